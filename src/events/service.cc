#include "events/service.h"

#include "access/principal.h"
#include "events/calendar.h"
#include "events/selections.h"

#ifndef SAMLA_VERSION
#define SAMLA_VERSION "0.0.0"
#endif

namespace samla::events {
namespace {

// The selection as `viewer` may see it: lived-experience rows without their outcome, and no
// fills of them, for anyone who may not see who has lived experience.
nlohmann::json seen_by(nlohmann::json selection, const privacy::Viewer& viewer) {
  if (!viewer.sees_special_category()) store::redact_selection(selection);
  return selection;
}

}  // namespace

Result<Event> EventsService::duplicate(std::int64_t id, const Duplicate& changes, Language language,
                                       const access::Principal& actor) {
  return run(true, [&](storage::Session& s) -> Result<Event> {
    SAMLA_ASSIGN(Event copy, store::get_event(s, id));
    copy.title =
        changes.title.value_or(copy.title + (language == Language::sv ? " (kopia)" : " (copy)"));
    if (changes.starts_at) copy.starts_at = *changes.starts_at;
    if (changes.ends_at) copy.ends_at = *changes.ends_at;
    // The agenda items are the copy's own: new ids from its own counter.
    for (auto& item : copy.agenda) item.id = 0;
    // The invitation's words carry over; its reply-by day belonged to the other date.
    copy.reply_by.reset();
    return store::insert_event(s, std::move(copy), actor);
  });
}

Result<Event> EventsService::transition(std::int64_t id, const std::string& to,
                                        const std::optional<std::string>& override_reason,
                                        std::optional<std::int64_t> version,
                                        const access::Principal& actor) {
  return run(true, [&](storage::Session& s) -> Result<Event> {
    if (to == "reported" && reported_gate_) {
      SAMLA_ASSIGN(bool approved, reported_gate_(s, id));
      if (!approved) return invalid_field("to", Msg::needs_approved_report);
    }
    return store::transition(s, id, to, override_reason, version, actor);
  });
}

Result<std::string> EventsService::calendar(std::int64_t id) {
  SAMLA_ASSIGN(Event event,
               run(false, [&](storage::Session& s) { return store::get_event(s, id); }));
  return to_icalendar(event, SAMLA_VERSION);
}

Result<nlohmann::json> EventsService::run_selection(std::int64_t event_id,
                                                    const nlohmann::json& request,
                                                    const privacy::Viewer& viewer) {
  // A quota on lived experience is solved with everyone's lived experience, and its outcome
  // (or the choice itself, on a small pool) shows who has it: only those who may see it set
  // one. (Re-solving a kept selection for the waitlist is not setting one.)
  if (!viewer.sees_special_category()) {
    auto quotas = store::special_quotas(request);
    if (!quotas.empty())
      return make_error(ErrorCode::forbidden, Msg::quota_lived_experience_refused,
                        {{"index", std::to_string(quotas.front())}});
  }
  SAMLA_ASSIGN(auto made, run(true, [&](storage::Session& s) {
                 return store::run_selection(s, event_id, request, viewer.principal);
               }));
  return seen_by(std::move(made), viewer);
}

Result<nlohmann::json> EventsService::selection(std::int64_t id, const privacy::Viewer& viewer) {
  SAMLA_ASSIGN(auto kept,
               run(false, [&](storage::Session& s) { return store::get_selection(s, id); }));
  return seen_by(std::move(kept), viewer);
}

Result<std::vector<nlohmann::json>> EventsService::selections(std::int64_t event_id,
                                                              const privacy::Viewer& viewer) {
  SAMLA_ASSIGN(auto all,
               run(false, [&](storage::Session& s) { return store::selections_of(s, event_id); }));
  for (auto& one : all) one = seen_by(std::move(one), viewer);
  return all;
}

Result<EventsService::Outbox> EventsService::outbox(const access::Principal& caller) {
  Outbox out;
  SAMLA_ASSIGN(out.messages, run(false, [](storage::Session& s) { return store::outbox(s); }));
  out.links = access::can(caller, access::Action::read_personal_links) ? PersonalLinks::shown
                                                                       : PersonalLinks::masked;
  return out;
}

}  // namespace samla::events
