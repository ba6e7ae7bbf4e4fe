// The demo programme: a register modelled on the two source documents, a Swedish national
// initiative for mental health (agencies, regions, municipalities, business, civil society)
// and a European joint action (Member States and Associated Countries). Organisations are
// real public bodies and associations; every person is invented.
#pragma once

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::registry {

// Loads the demo programme in one transaction on `session`, audited as `actor`, and counts
// the "country groups", "themes", "organisations" and "people" it added. Records that
// already exist (groups by slug, organisations by name and country, people by e-mail or
// name and organisation) are left as they are, so loading twice adds nothing.
Result<Counts> load_demo(storage::Session& session, const access::Principal& actor);

// True when the register holds no organisations and no people (serve --demo loads only then).
Result<bool> register_is_empty(storage::Session& session);

}  // namespace samla::registry
