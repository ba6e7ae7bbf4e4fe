// Invitations (docs/events.md "Invitations"): proposed from a selection or by hand, sent
// with a personal RSVP link into the outbox, answered, checked in. Every change is checked
// against invitation_rules.h first, versioned and audited (without the access needs
// themselves: the audit log is read more widely than special-category data may be).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "events/model.h"
#include "storage/database.h"

namespace samla::events::store {

// Proposes every person a stored selection of the event chose, each with their explanation;
// people already asked to the event are skipped. `language` overrides each person's own.
Result<std::vector<Invitation>> propose_from_selection(storage::Session& s, std::int64_t event_id,
                                                       std::int64_t selection_id,
                                                       const std::optional<std::string>& language,
                                                       const access::Principal& actor);
// Proposes people by hand; unknown people are a 422 naming `person_ids`.
Result<std::vector<Invitation>> propose_people(storage::Session& s, std::int64_t event_id,
                                               const std::vector<std::int64_t>& person_ids,
                                               const std::optional<std::string>& language,
                                               const access::Principal& actor);

Result<Invitation> get_invitation(storage::Session& s, std::int64_t id);
// The event's invitations in the order they were made.
Result<std::vector<Invitation>> invitations_of(storage::Session& s, std::int64_t event_id);
// Only a proposed invitation may be deleted; later ones are part of the record.
Status delete_invitation(storage::Session& s, std::int64_t id,
                         std::optional<std::int64_t> expected_version,
                         const access::Principal& actor);

// Moves an invitation to `to` (organisers: an answer given by phone, a withdrawal, a
// check-in). A decline of an invitation from a selection proposes the next best candidate
// who keeps the selection's quotas (the waitlist).
Result<Invitation> move_invitation(storage::Session& s, std::int64_t id, const std::string& to,
                                   const std::string& note,
                                   std::optional<std::int64_t> expected_version,
                                   const access::Principal& actor);

// The events a person was asked to, soonest first: each with the invitation's status.
struct PersonEvent {
  std::int64_t event_id = 0;
  std::string title, type, starts_at, time_zone, event_status;
  std::int64_t invitation_id = 0;
  std::string invitation_status;
  std::optional<std::string> checked_in_at;
};
// 404 when there is no such person.
Result<std::vector<PersonEvent>> events_of_person(storage::Session& s, std::int64_t person_id);

// Sends the listed invitations (none listed: every proposed one): each gets a new RSVP link
// `{public_url}/rsvp#{token}` and a message in the outbox with the invitation's calendar file
// (a request only with an `organiser` address, see to_icalendar); proposed ones become invited.
// Someone without an e-mail address is not refused with the rest: they are left out and listed.
struct SentInvitations {
  std::vector<Invitation> sent;
  struct Skipped {
    std::int64_t invitation_id = 0;
    std::string name;
    std::string reason;  // "no_email", "contacted_recently", "no_contact_basis"
  };
  std::vector<Skipped> skipped;
};
Result<SentInvitations> send_invitations(
    storage::Session& s, std::int64_t event_id,
    const std::optional<std::vector<std::int64_t>>& invitation_ids, const std::string& public_url,
    const std::optional<std::string>& organiser, const access::Principal& actor);

// Reminds everyone invited who has not answered (status invited) and was neither sent the
// invitation nor reminded in the last kReminderPause: a new personal link each (the old one stops
// working) and a reminder in the outbox, kind "reminder", in the invitation's language. Those
// without an e-mail address, and those contacted too recently, are listed in `skipped`. The event
// must be open for invitations.
Result<SentInvitations> remind_invitations(storage::Session& s, std::int64_t event_id,
                                           const std::string& public_url,
                                           const std::optional<std::string>& organiser,
                                           const access::Principal& actor);

// A new personal link for `invitation` (the old one stops working): the token of
// `{public_url}/rsvp#{token}`, for a follow-up message. Audited as "renew_link".
Result<std::string> renew_personal_link(storage::Session& s, const Invitation& invitation,
                                        const access::Principal& actor);

// The participant's side, by the RSVP token (a wrong or replaced token: 404).
Result<Invitation> invitation_by_token(storage::Session& s, const std::string& token);

struct RsvpAnswer {
  std::string response;  // accepted, declined, tentative
  std::optional<std::string> interpretation_language;
  std::optional<std::string> attendance_mode;  // in_person, online: a hybrid event asks
  std::optional<std::string> access_needs;
  bool access_needs_consent = false;
  std::string comment;
};
Result<Invitation> answer_invitation(storage::Session& s, const std::string& token,
                                     const RsvpAnswer& answer);

}  // namespace samla::events::store
