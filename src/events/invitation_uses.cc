// The invitations' use cases (EventsService in service.h): each in a pooled session, writes in
// one transaction; the rules and the SQL are store::'s (invitations.cc, waitlist.cc).
#include "events/invitations.h"
#include "events/service.h"

namespace samla::events {

using storage::Session;

Result<std::vector<Invitation>> EventsService::propose(std::int64_t event_id,
                                                       std::optional<std::int64_t> selection_id,
                                                       const std::vector<std::int64_t>& person_ids,
                                                       const std::optional<std::string>& language,
                                                       const access::Principal& actor) {
  return run(true, [&](Session& s) {
    return selection_id ? store::propose_from_selection(s, event_id, *selection_id, language, actor)
                        : store::propose_people(s, event_id, person_ids, language, actor);
  });
}

Result<std::vector<Invitation>> EventsService::send(
    std::int64_t event_id, const std::optional<std::vector<std::int64_t>>& ids,
    const access::Principal& actor) {
  auto sent = run(true, [&](Session& s) {
    return store::send_invitations(s, event_id, ids, public_url(), calendar_organiser(), actor);
  });
  if (sent.ok()) outbox_changed();
  return sent;
}

Result<std::vector<Invitation>> EventsService::invitations(std::int64_t event_id) {
  return run(false, [&](Session& s) { return store::invitations_of(s, event_id); });
}

Result<Invitation> EventsService::invitation(std::int64_t id) {
  return run(false, [&](Session& s) { return store::get_invitation(s, id); });
}

Status EventsService::delete_invitation(std::int64_t id, std::optional<std::int64_t> version,
                                        const access::Principal& actor) {
  return run(true, [&](Session& s) { return store::delete_invitation(s, id, version, actor); });
}

Result<Invitation> EventsService::move_invitation(std::int64_t id, const std::string& to,
                                                  const std::string& note,
                                                  std::optional<std::int64_t> version,
                                                  const access::Principal& actor) {
  return run(true,
             [&](Session& s) { return store::move_invitation(s, id, to, note, version, actor); });
}

namespace {

Result<EventsService::Invited> with_event(Session& s, Result<Invitation> found) {
  if (!found.ok()) return found.error();
  SAMLA_ASSIGN(Event event, store::get_event(s, found->event_id));
  return EventsService::Invited{std::move(event), std::move(found).value()};
}

}  // namespace

Result<EventsService::Invited> EventsService::invited(std::int64_t invitation_id) {
  return run(false,
             [&](Session& s) { return with_event(s, store::get_invitation(s, invitation_id)); });
}

Result<EventsService::Invited> EventsService::rsvp(const std::string& token) {
  return run(false,
             [&](Session& s) { return with_event(s, store::invitation_by_token(s, token)); });
}

Result<EventsService::Invited> EventsService::answer_rsvp(const std::string& token,
                                                          const store::RsvpAnswer& answer) {
  return run(true,
             [&](Session& s) { return with_event(s, store::answer_invitation(s, token, answer)); });
}

}  // namespace samla::events
