// The demo's initiative list: what the formation workshop of "Kraftsamling för psykisk hälsa"
// proposed, in its two workstreams, waiting to be rated (ratings need the raters' accounts,
// which a fresh demo does not have).
#pragma once

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::initiatives {

// Adds the demo initiatives when there are none yet, and counts the "initiatives" it added.
Result<Counts> load_demo_initiatives(storage::SessionPool& pool, const access::Principal& actor);

}  // namespace samla::initiatives
