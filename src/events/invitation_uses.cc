// The invitations' use cases (EventsService in service.h): each in a pooled session, writes in
// one transaction; the rules and the SQL are store::'s (invitations.cc, waitlist.cc).
#include <set>

#include "analysis/kickoff.h"
#include "events/invitation_rules.h"
#include "events/invitations.h"
#include "events/service.h"
#include "events/store.h"
#include "register/store.h"

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

Result<EventsService::KickoffInvitations> EventsService::invite_kickoff_list(
    std::int64_t list_id, std::int64_t event_id, const std::optional<std::string>& language,
    const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<KickoffInvitations> {
    SAMLA_ASSIGN(analysis::KickoffList list, analysis::store::read_kickoff(s, list_id));
    SAMLA_ASSIGN(auto asked, store::invitations_of(s, event_id));
    std::set<std::int64_t> already;
    for (const auto& v : asked) already.insert(v.person_id);
    KickoffInvitations out;
    std::vector<std::int64_t> people;
    std::set<std::int64_t> chosen;
    for (const auto& e : list.entries) {
      if (!e.included) continue;
      std::int64_t person = e.subject.id;
      if (e.subject.kind == registry::StakeholderRef::Kind::organisation) {
        // An organisation is invited through its contact person.
        SAMLA_ASSIGN(auto organisation, registry::store::get_organisation(s, e.subject.id));
        if (!organisation.contact_person_id) {
          out.skipped.push_back({e.subject, e.profile.name, "no_contact_person"});
          continue;
        }
        person = *organisation.contact_person_id;
      }
      if (already.count(person))
        out.skipped.push_back({e.subject, e.profile.name, "already_invited"});
      else if (chosen.insert(person).second)
        people.push_back(person);
    }
    if (!people.empty()) {
      SAMLA_ASSIGN(out.invited, store::propose_people(s, event_id, people, language, actor));
    } else {
      // Nothing to propose: the event's state still decides whether the list could be.
      SAMLA_ASSIGN(Event event, store::get_event(s, event_id));
      if (auto why = event_forbids_step(event.status, "proposed"))
        return Error(ErrorCode::invalid, *why, {FieldError("event_id", *why)});
    }
    return out;
  });
}

Result<store::SentInvitations> EventsService::send(
    std::int64_t event_id, const std::optional<std::vector<std::int64_t>>& ids,
    const access::Principal& actor) {
  auto sent = run(true, [&](Session& s) {
    return store::send_invitations(s, event_id, ids, public_url(), calendar_organiser(), actor);
  });
  if (sent.ok()) outbox_changed();
  return sent;
}

Result<store::SentInvitations> EventsService::remind(std::int64_t event_id,
                                                     const access::Principal& actor) {
  auto reminded = run(true, [&](Session& s) {
    return store::remind_invitations(s, event_id, public_url(), calendar_organiser(), actor);
  });
  if (reminded.ok()) outbox_changed();
  return reminded;
}

Result<std::vector<Invitation>> EventsService::invitations(std::int64_t event_id) {
  return run(false, [&](Session& s) { return store::invitations_of(s, event_id); });
}

Result<registry::ExportTable> EventsService::attendance(std::int64_t id, Language language) {
  return run(false, [&](Session& s) -> Result<registry::ExportTable> {
    SAMLA_TRY(store::get_event(s, id));  // 404 for no such event
    return store::attendance_table(s, id, language);
  });
}

Result<std::string> EventsService::sign_in_sheet(std::int64_t id, Language language) {
  return run(false, [&](Session& s) { return store::sign_in_sheet(s, id, language); });
}

Result<std::vector<store::PersonEvent>> EventsService::events_of_person(std::int64_t person_id) {
  return run(false, [&](Session& s) { return store::events_of_person(s, person_id); });
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
