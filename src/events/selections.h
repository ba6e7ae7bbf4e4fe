// Invitation selection for an event: the candidate pool from a register filter, each
// candidate's relevance and influence from expertise and the stakeholder analysis, the
// solver (src/selection), and the stored selection with its parameters so it can be
// reproduced. See docs/selection.md.
#pragma once

#include <nlohmann/json.hpp>

#include "access/principal.h"
#include "core/result.h"
#include "events/model.h"
#include "register/model.h"
#include "selection/model.h"
#include "storage/database.h"

namespace samla::events::store {

// The problem a selection request poses against the register as it is now: candidate i is
// people[i], scored for `event`. 422 naming the field for a bad request.
struct PosedSelection {
  selection::Problem problem;
  std::vector<registry::Person> people;
};
Result<PosedSelection> pose_selection(storage::Session& s, const Event& event,
                                      const nlohmann::json& request,
                                      const access::Principal& actor);

// Why one chosen candidate is in: `score`, its `parts`, and the quotas they `fills`
// (`request` says which quotas are about lived experience, for redaction).
nlohmann::json explain_choice(const selection::Selection& solved,
                              const selection::ChosenCandidate& chosen);

// Runs a selection for event `event_id` as asked in `request` (the SelectionInput body) and
// saves it, audited. 422 naming the field for a bad request; the answer is the stored
// selection as JSON, unredacted (callers redact with redact_selection).
Result<nlohmann::json> run_selection(storage::Session& s, std::int64_t event_id,
                                     const nlohmann::json& request, const access::Principal& actor);
Result<nlohmann::json> get_selection(storage::Session& s, std::int64_t id);
Result<std::vector<nlohmann::json>> selections_of(storage::Session& s, std::int64_t event_id);

// The indices of the quotas in a selection request (SelectionInput) that are about
// special-category data (privacy::is_special_quota).
std::vector<int> special_quotas(const nlohmann::json& request);

// Removes what a viewer without special-category access may not learn: which chosen people
// count toward a lived-experience quota (the quota's totals stay: they are about 40 people,
// not one).
void redact_selection(nlohmann::json& selection);

}  // namespace samla::events::store
