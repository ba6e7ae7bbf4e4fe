#include "outcomes/service.h"

#include <algorithm>

#include "events/store.h"
#include "outcomes/store.h"

namespace samla::outcomes {
namespace {

using storage::Session;

bool is_held(const std::string& status) {
  return status == "held" || status == "reported" || status == "closed";
}

// Whether `who` may write the outcomes of `event`.
bool writes_outcomes(const events::Event& event, const access::Principal& who) {
  if (who.role == access::Role::admin || who.role == access::Role::coordinator) return true;
  return who.role == access::Role::facilitator &&
         std::count(event.facilitator_user_ids.begin(), event.facilitator_user_ids.end(),
                    who.user_id) > 0;
}

Status may_write(Session& s, std::int64_t event_id, const access::Principal& actor) {
  SAMLA_ASSIGN(events::Event event, events::store::get_event(s, event_id));
  if (!writes_outcomes(event, actor))
    return make_error(ErrorCode::forbidden,
                      "Only the event's facilitators, coordinators and administrators record its "
                      "outcomes.");
  if (event.status == "closed")  // a closed event is a record: it and its outcomes stay
    return Error{ErrorCode::invalid,
                 "A closed event's outcomes cannot change.",
                 {FieldError("event", Msg::is_closed)}};
  return ok_status();
}

// Whether `caller` may read the event's outcomes, and whether they see unnamed speakers.
Result<bool> may_read(Session& s, std::int64_t event_id, const access::Principal& caller) {
  SAMLA_ASSIGN(events::Event event, events::store::get_event(s, event_id));
  const bool writer = writes_outcomes(event, caller);
  if (!writer && caller.role != access::Role::facilitator && !is_held(event.status))
    return make_error(ErrorCode::forbidden,
                      "An event's outcomes can be read once the event has been held.");
  return writer;
}

// A quote's speaker stays hidden from readers until they agreed to be named.
void redact(Outcome& o, bool writer) {
  if (!writer && !o.named_on) o.speaker_person_id.reset();
}

}  // namespace

Result<std::vector<Outcome>> OutcomesService::list(std::int64_t event_id,
                                                   const access::Principal& caller) {
  return run(false, [&](Session& s) -> Result<std::vector<Outcome>> {
    SAMLA_ASSIGN(bool writer, may_read(s, event_id, caller));
    SAMLA_ASSIGN(auto all, store::list_outcomes(s, event_id));
    for (auto& o : all) redact(o, writer);
    return all;
  });
}

Result<Outcome> OutcomesService::get(std::int64_t event_id, std::int64_t id,
                                     const access::Principal& caller) {
  return run(false, [&](Session& s) -> Result<Outcome> {
    SAMLA_ASSIGN(bool writer, may_read(s, event_id, caller));
    SAMLA_ASSIGN(Outcome o, store::get_outcome(s, event_id, id));
    redact(o, writer);
    return o;
  });
}

Result<Outcome> OutcomesService::create(std::int64_t event_id, Outcome input,
                                        const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<Outcome> {
    SAMLA_TRY(may_write(s, event_id, actor));
    return store::insert_outcome(s, event_id, std::move(input), actor);
  });
}

Result<Outcome> OutcomesService::update(std::int64_t event_id, std::int64_t id, Outcome input,
                                        std::optional<std::int64_t> version,
                                        const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<Outcome> {
    SAMLA_TRY(may_write(s, event_id, actor));
    return store::update_outcome(s, event_id, id, std::move(input), version, actor);
  });
}

Status OutcomesService::remove(std::int64_t event_id, std::int64_t id,
                               std::optional<std::int64_t> version,
                               const access::Principal& actor) {
  return run(true, [&](Session& s) -> Status {
    SAMLA_TRY(may_write(s, event_id, actor));
    return store::delete_outcome(s, event_id, id, version, actor);
  });
}

Result<std::vector<Outcome>> OutcomesService::reorder(std::int64_t event_id,
                                                      const std::vector<std::int64_t>& ids,
                                                      const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<std::vector<Outcome>> {
    SAMLA_TRY(may_write(s, event_id, actor));
    return store::reorder_outcomes(s, event_id, ids, actor);
  });
}

}  // namespace samla::outcomes
