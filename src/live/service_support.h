// What the live sessions' use cases share (live/service.cc, live/service_record.cc).
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.h"
#include "live/model.h"
#include "live/store.h"
#include "storage/database.h"

namespace samla::live::detail {

inline Status invalid_if_any(std::vector<FieldError> errors) {
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return ok_status();
}

// The activity `activity_id` of session `session_id` (not_found when it is another's).
inline Result<Activity> activity_of(storage::Session& s, std::int64_t session_id,
                                    std::int64_t activity_id) {
  SAMLA_ASSIGN(Activity a, store::get_activity(s, activity_id));
  if (a.session_id != session_id)
    return make_error(ErrorCode::not_found, Msg::live_activity_not_found);
  return a;
}

// An input of `activity` that participants can see (to vote on).
inline Result<Input> visible_input(storage::Session& s, const Activity& activity,
                                   std::int64_t input_id) {
  SAMLA_ASSIGN(Input input, store::get_input(s, input_id));
  if (input.activity_id != activity.id || input.hidden || input.merged_into)
    return make_error(ErrorCode::not_found, Msg::live_input_not_found);
  return input;
}

inline Result<LiveSession> open_session(storage::Session& s, std::int64_t id) {
  SAMLA_ASSIGN(LiveSession session, store::get_session(s, id));
  if (session.status != "open") return make_error(ErrorCode::conflict, Msg::live_session_closed);
  return session;
}

}  // namespace samla::live::detail
