// A live session as one reader sees it: the facilitator every activity, hidden input and result;
// a participant the activities opened so far, what is not hidden, their own answers, and
// results under the rules of live/results.h.
#pragma once

#include <cstdint>
#include <optional>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "live/model.h"
#include "live/results.h"
#include "storage/database.h"

namespace samla::live {

// {session, participants, activities: [activity + {inputs, results, my_answer?}]}.
Result<nlohmann::json> session_state(storage::Session& s, const LiveSession& session,
                                     Audience audience, std::optional<std::int64_t> participant_id);

// One activity as the state lists it.
Result<nlohmann::json> activity_state(storage::Session& s, const Activity& activity,
                                      Audience audience,
                                      std::optional<std::int64_t> participant_id);

// Adds to a participant's view of the session (read without a participant: the same for every
// participant at one change number, so it can be shared) what is theirs alone: `mine` on the
// ideas they wrote and `my_answer` on each activity.
Status personalise(storage::Session& s, nlohmann::json& state, std::int64_t participant_id);

}  // namespace samla::live
