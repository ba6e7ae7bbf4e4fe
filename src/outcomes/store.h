// The outcomes' storage queries, each inside a caller's session (and transaction). Every
// write checks the rules against the event's facts and the register, and is audited.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "outcomes/model.h"
#include "storage/database.h"

namespace samla::outcomes::store {

// The outcomes of event `event_id` in its order; not_found when there is no such event.
Result<std::vector<Outcome>> list_outcomes(storage::Session& s, std::int64_t event_id);
// One outcome of the event; not_found when the event has no outcome with this id.
Result<Outcome> get_outcome(storage::Session& s, std::int64_t event_id, std::int64_t id);
// Adds `o` at the end of the event's order, as a draft unless it says agreed.
Result<Outcome> insert_outcome(storage::Session& s, std::int64_t event_id, Outcome o,
                               const access::Principal& actor);
// Replaces the outcome's fields (not its position); If-Match as everywhere.
Result<Outcome> update_outcome(storage::Session& s, std::int64_t event_id, std::int64_t id,
                               Outcome next, std::optional<std::int64_t> expected_version,
                               const access::Principal& actor);
Status delete_outcome(storage::Session& s, std::int64_t event_id, std::int64_t id,
                      std::optional<std::int64_t> expected_version, const access::Principal& actor);
// Puts the event's outcomes in the order of `ids`, which must name each of them once (422
// otherwise: someone added or removed one meanwhile). Audited as one change per moved item.
Result<std::vector<Outcome>> reorder_outcomes(storage::Session& s, std::int64_t event_id,
                                              const std::vector<std::int64_t>& ids,
                                              const access::Principal& actor);

}  // namespace samla::outcomes::store
