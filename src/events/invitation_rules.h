// The invitations' rules, pure so each is a table test (invitation_rules_test.cc): which
// status may follow which, and what the event's own status allows.
#pragma once

#include <optional>
#include <string>

#include "core/messages.h"
#include "events/model.h"

namespace samla::events {

// Whether an invitation may go from `from` to `to`:
//   proposed → invited | withdrawn
//   invited → accepted | declined | tentative | attended | withdrawn
//   accepted, declined, tentative → one another (a changed answer) | attended | withdrawn;
//     accepted and tentative also → no_show
//   attended ↔ no_show (a check-in corrected); withdrawn → proposed (asked again)
bool allowed_invitation_step(const std::string& from, const std::string& to);

// Why the event's status forbids moving an invitation to `to` now, or nothing when it
// allows it: answers need the event open for invitations; check-in (attended, no_show)
// needs it open or held; nobody is proposed or withdrawn once the event has been held.
std::optional<Message> event_forbids_step(const std::string& event_status, const std::string& to);

// The participant's answers through the RSVP link.
bool is_answer(const std::string& status);  // accepted, declined, tentative

// Whether the invitation still holds a seat (proposed, invited, accepted, tentative,
// attended): the waitlist pins these and fills only the seats the others left.
bool holds_seat(const std::string& status);

// The message language for someone who speaks `languages` (ISO 639-1): Swedish when they
// speak it, else English.
std::string message_language(const std::vector<std::string>& languages);

}  // namespace samla::events
