#include "outcomes/service.h"

#include "events/record_access.h"
#include "outcomes/store.h"

namespace samla::outcomes {
namespace {

using storage::Session;

constexpr Msg kWriteRefusal = Msg::outcomes_write_refused;
constexpr Msg kReadRefusal = Msg::outcomes_read_early;

Status may_write(Session& s, std::int64_t event_id, const access::Principal& actor) {
  SAMLA_TRY(events::event_for_writing(s, event_id, actor, kWriteRefusal));
  return ok_status();
}

Result<bool> may_read(Session& s, std::int64_t event_id, const access::Principal& caller) {
  return events::reads_event_records(s, event_id, caller, kReadRefusal);
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
