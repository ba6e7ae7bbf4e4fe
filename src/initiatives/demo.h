// The demo's initiative list: what the formation workshop of "Kraftsamling för psykisk hälsa"
// proposed, in its two workstreams, four of them rated by the workshop's three raters (locked
// accounts: access/locked_account.h) and so in an order, two still waiting to be rated.
#pragma once

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::initiatives {

// Adds the demo initiatives and their ratings when there are none yet, and counts the
// "initiatives" and "ratings" it added.
Result<Counts> load_demo_initiatives(storage::SessionPool& pool, const access::Principal& actor);

}  // namespace samla::initiatives
