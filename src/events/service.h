// The events use cases: each in a pooled session, writes in one transaction.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include <vector>

#include "events/attendance.h"
#include "events/invitations.h"
#include "events/messages.h"
#include "events/store.h"
#include "privacy/pooled_service.h"
#include "register/model.h"

namespace samla::events {

class EventsService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  // Events and lessons learned: create, read, list, replace (If-Match) and delete, under the
  // store's rules (store.h).
  privacy::RecordUses<Event> events() {
    return {*this,
            {store::insert_event, store::get_event, store::list_events, store::update_event,
             store::delete_event}};
  }
  privacy::RecordUses<Lesson> lessons() {
    return {*this,
            {store::insert_lesson, store::get_lesson, store::list_lessons, store::update_lesson,
             store::delete_lesson}};
  }
  // Moves an event along its lifecycle (store::transition: the readiness gate, overridden
  // only by an administrator with a reason).
  Result<Event> transition(std::int64_t id, const std::string& to,
                           const std::optional<std::string>& override_reason,
                           std::optional<std::int64_t> version, const access::Principal& actor);
  // A new draft with `id`'s design (type, themes, objectives, format, venue, agenda,
  // facilitators, materials), under `title` and on the given dates when they are given; no
  // invitations, selections or outcomes come along. 404 for no such event.
  struct Duplicate {
    std::optional<std::string> title, starts_at, ends_at;
  };
  Result<Event> duplicate(std::int64_t id, const Duplicate& changes, Language language,
                          const access::Principal& actor);
  // The attendance as a sheet and the sign-in sheet to print (attendance.h).
  Result<registry::ExportTable> attendance(std::int64_t id, Language language);
  Result<std::string> sign_in_sheet(std::int64_t id, Language language);
  // The event as an iCalendar file (RFC 5545).
  Result<std::string> calendar(std::int64_t id);

  // Runs and keeps a selection for event `event_id` as the viewer's principal (see
  // store::run_selection), answered as `viewer` may see it (redact_selection).
  Result<nlohmann::json> run_selection(std::int64_t event_id, const nlohmann::json& request,
                                       const privacy::Viewer& viewer);
  // One kept selection, as `viewer` may see it.
  Result<nlohmann::json> selection(std::int64_t id, const privacy::Viewer& viewer);
  // An event's selections, newest first, as `viewer` may see them.
  Result<std::vector<nlohmann::json>> selections(std::int64_t event_id,
                                                 const privacy::Viewer& viewer);

  // Every message samla has written, newest first, and whether the caller sees the working
  // personal links in them: only those who may act for any participant do.
  struct Outbox {
    std::vector<OutboxMessage> messages;
    PersonalLinks links = PersonalLinks::masked;
  };
  Result<Outbox> outbox(const access::Principal& caller);

  // The invitations' use cases (invitation_uses.cc; the rules are store::'s in invitations.h).
  // Proposes the people a kept selection chose, or `person_ids` by hand (exactly one given).
  Result<std::vector<Invitation>> propose(std::int64_t event_id,
                                          std::optional<std::int64_t> selection_id,
                                          const std::vector<std::int64_t>& person_ids,
                                          const std::optional<std::string>& language,
                                          const access::Principal& actor);
  // "Invite this list": proposes, on `event_id`, everyone included on a kickoff list. A person
  // is invited; an organisation is named in `skipped` (it has no contact person in the register
  // yet), as is anyone already invited to the event. One transaction.
  struct KickoffInvitations {
    std::vector<Invitation> invited;
    struct Skipped {
      registry::StakeholderRef subject;
      std::string name;
      std::string reason;  // "no_contact_person" or "already_invited"
    };
    std::vector<Skipped> skipped;
  };
  Result<KickoffInvitations> invite_kickoff_list(std::int64_t list_id, std::int64_t event_id,
                                                 const std::optional<std::string>& language,
                                                 const access::Principal& actor);
  // Sends the listed invitations (none listed: every proposed one) and wakes the outbox.
  Result<store::SentInvitations> send(std::int64_t event_id,
                                      const std::optional<std::vector<std::int64_t>>& ids,
                                      const access::Principal& actor);
  // Reminds everyone invited who has not answered (store::remind_invitations) and wakes the
  // outbox.
  Result<store::SentInvitations> remind(std::int64_t event_id, const access::Principal& actor);
  Result<std::vector<Invitation>> invitations(std::int64_t event_id);
  // The events `person_id` was asked to, soonest first (a person's page lists them).
  Result<std::vector<store::PersonEvent>> events_of_person(std::int64_t person_id);
  Result<Invitation> invitation(std::int64_t id);
  Status delete_invitation(std::int64_t id, std::optional<std::int64_t> version,
                           const access::Principal& actor);
  // An answer recorded by an organiser, a withdrawal or a check-in (store::move_invitation).
  Result<Invitation> move_invitation(std::int64_t id, const std::string& to,
                                     const std::string& note, std::optional<std::int64_t> version,
                                     const access::Principal& actor);
  // An invitation with its event: what the RSVP page and the calendar file show.
  struct Invited {
    Event event;
    Invitation invitation;
  };
  Result<Invited> invited(std::int64_t invitation_id);
  // The participant's side, by their RSVP token (wrong or replaced: 404).
  Result<Invited> rsvp(const std::string& token);
  Result<Invited> answer_rsvp(const std::string& token, const store::RsvpAnswer& answer);

  // Where people reach the web app, for the RSVP links in invitation messages ("serve
  // --public-url", or the bound address); set once before the server starts. A function,
  // because an ephemeral port is known only once the server has bound it.
  void set_public_url(std::function<std::string()> url) { public_url_ = std::move(url); }
  std::string public_url() const { return public_url_(); }

  // The address calendar replies go to (serve --smtp-from), if one was configured: only then
  // do invitations ask calendars for an answer (see to_icalendar).
  void set_calendar_organiser(std::optional<std::string> address) {
    organiser_ = std::move(address);
  }
  const std::optional<std::string>& calendar_organiser() const { return organiser_; }

  // Whether the event has an approved report (the reports capability answers; see app.cc):
  // from then on an event moves to reported only with one. Unset: no such rule.
  using ReportedGate = std::function<Result<bool>(storage::Session&, std::int64_t event_id)>;
  void set_reported_gate(ReportedGate gate) { reported_gate_ = std::move(gate); }

  // Called after messages were queued (the SMTP sender's wake-up, when SMTP is configured).
  void set_outbox_waker(std::function<void()> wake) { wake_outbox_ = std::move(wake); }
  void outbox_changed() const {
    if (wake_outbox_) wake_outbox_();
  }

 private:
  std::function<void()> wake_outbox_;
  ReportedGate reported_gate_;
  std::optional<std::string> organiser_;
  std::function<std::string()> public_url_ = [] { return std::string("http://127.0.0.1:8080"); };
};

}  // namespace samla::events
