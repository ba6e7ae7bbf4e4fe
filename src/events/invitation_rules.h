// The invitations' rules, pure so each is a table test (invitation_rules_test.cc): which
// status may follow which, and what the event's own status allows.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "core/clock.h"
#include "core/messages.h"
#include "core/result.h"
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

// What a participant's answer says about how they take part, checked against the event: a
// hybrid event asks whoever accepts or may come (tentative) whether in person or online, and
// no other event asks (a decline needs no answer). The field's problem, or nothing.
std::optional<FieldError> attendance_mode_problem(const Event& e, const std::string& response,
                                                  const std::optional<std::string>& mode);

// Whether an invitation is due a reminder to answer at `now`: invited and unanswered, and
// neither sent nor reminded in the last kReminderPause — so a second click sends nothing twice,
// and a reminder never replaces the link of an invitation that has only just gone out.
inline constexpr std::chrono::hours kReminderPause{20};
bool due_for_reminder(const Invitation& v, TimePoint now);

// The message language for someone who speaks `languages` (ISO 639-1): Swedish when they
// speak it, else English.
std::string message_language(const std::vector<std::string>& languages);

}  // namespace samla::events
