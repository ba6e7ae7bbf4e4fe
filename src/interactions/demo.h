// The demo's contact history: a few meetings, calls and e-mails with the contact persons of
// "Kraftsamling för psykisk hälsa"'s member organisations, two with a follow-up (one late).
// Nothing in them is about anyone's health.
#pragma once

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::interactions {

// Adds the demo interactions when there are none yet, and counts the "interactions" it added.
Result<Counts> load_demo_interactions(storage::SessionPool& pool, const access::Principal& actor);

}  // namespace samla::interactions
