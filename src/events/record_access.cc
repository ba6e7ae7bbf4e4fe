#include "events/record_access.h"

#include <algorithm>

#include "events/store.h"

namespace samla::events {

bool is_held(const std::string& status) {
  return status == "held" || status == "reported" || status == "closed";
}

bool writes_event_records(const Event& event, const access::Principal& who) {
  if (who.role == access::Role::admin || who.role == access::Role::coordinator) return true;
  return who.role == access::Role::facilitator &&
         std::count(event.facilitator_user_ids.begin(), event.facilitator_user_ids.end(),
                    who.user_id) > 0;
}

Result<Event> event_for_writing(storage::Session& s, std::int64_t event_id,
                                const access::Principal& actor, Msg refusal) {
  SAMLA_ASSIGN(Event event, store::get_event(s, event_id));
  if (!writes_event_records(event, actor)) return make_error(ErrorCode::forbidden, refusal);
  if (event.status == "closed")
    return Error(ErrorCode::invalid, Msg::event_records_closed,
                 {FieldError("event", Msg::is_closed)});
  return event;
}

Result<bool> reads_event_records(storage::Session& s, std::int64_t event_id,
                                 const access::Principal& caller, Msg refusal) {
  SAMLA_ASSIGN(Event event, store::get_event(s, event_id));
  const bool writer = writes_event_records(event, caller);
  if (!writer && caller.role != access::Role::facilitator && !is_held(event.status))
    return make_error(ErrorCode::forbidden, refusal);
  return writer;
}

}  // namespace samla::events
