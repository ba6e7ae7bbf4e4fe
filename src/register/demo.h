// The demo programme: a register modelled on the two source documents, a Swedish national
// initiative for mental health (agencies, regions, municipalities, business, civil society)
// and a European joint action (Member States and Associated Countries). Organisations are
// real public bodies and associations; every person is invented.
#pragma once

#include "access/principal.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::registry {

struct DemoSummary {
  int country_groups_created = 0;
  int themes_created = 0;
  int organisations_created = 0;
  int people_created = 0;
};

// Loads the demo programme in one transaction on `session`, audited as `actor`. Records that
// already exist (groups by slug, organisations by name and country, people by e-mail or
// name and organisation) are left as they are, so loading twice adds nothing.
Result<DemoSummary> load_demo(storage::Session& session, const access::Principal& actor);

// True when the register holds no organisations and no people (serve --demo loads only then).
Result<bool> register_is_empty(storage::Session& session);

}  // namespace samla::registry
