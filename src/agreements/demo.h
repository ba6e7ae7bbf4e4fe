// The demo's agreement: the letter of intent of "Kraftsamling för psykisk hälsa", signed by the
// organisations that decided formally to join, each through its contact person.
#pragma once

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::agreements {

// Adds the demo agreement when there is none yet, and counts the "agreements" it added.
Result<Counts> load_demo_agreements(storage::SessionPool& pool, const access::Principal& actor);

}  // namespace samla::agreements
