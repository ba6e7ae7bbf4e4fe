// The events' rules, pure so each is a table test (rules_test.cc): field checks, the status
// lifecycle and the readiness gate.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "access/principal.h"
#include "core/clock.h"
#include "core/result.h"
#include "events/model.h"

namespace samla::events {

// Every field check that needs no database: vocabularies, a real IANA time zone, start and
// end as real wall-clock times with the end after the start, capacity, venue or link as the
// format needs, agenda times. Each error names its field ("agenda[2].time").
std::vector<FieldError> check_event(const Event& e);
std::vector<FieldError> check_lesson(const Lesson& l);

// Gives every agenda item of `agenda` an id: an item that carries an id of `before` (the
// stored agenda, empty for a new event) keeps it, any other gets `next_id`, which then moves
// on; ids are never reused. An id given to two items is an error naming the second.
std::vector<FieldError> assign_agenda_ids(std::vector<AgendaItem>& agenda,
                                          const std::vector<AgendaItem>& before,
                                          std::int64_t& next_id);

// Whether `actor` may give an event the facilitator accounts `next` (it had `before`; a new
// event had none): admins and coordinators name anyone; a facilitator leaves the list as it
// was, or on an event of their own making names only themselves, since being named lets
// them write the event's outcomes.
bool may_name_facilitators(const access::Principal& actor, const std::vector<std::int64_t>& before,
                           const std::vector<std::int64_t>& next);

// Whether `from` → `to` is a step of the lifecycle: draft → designed → open_for_invitations
// → held → reported → closed, and back from designed or open_for_invitations to draft
// (to change the design).
bool allowed_transition(const std::string& from, const std::string& to);

// Whether invitations may be sent and answered while an event has `status`: the states the
// readiness gate guards (today only open_for_invitations).
bool admits_invitations(const std::string& status);

// When a wall-clock time in `zone` happens, as UTC text (format_iso8601) that sorts and
// compares by time across zones: what the database orders and compares events by. nullopt
// when the time or the zone is not valid.
std::optional<std::string> instant_text(std::string_view local, std::string_view zone);

// Why `e` cannot be recorded as held at `now`, or nothing when it can: an event is held only
// once it has started (its start, a wall-clock time in its zone, compared as an instant), so
// nothing dated in the future reaches today's network and trends.
std::optional<Message> too_early_to_hold(const Event& e, TimePoint now);

// Why attendance (attended, no_show) cannot be recorded for `e` at `now`, or nothing when it
// can: from the day the event starts, in its own time zone (people check in at the door).
std::optional<Message> too_early_for_attendance(const Event& e, TimePoint now);

// The event's themes that have no validated lesson among `lessons` (the readiness gate: a
// thematic workshop opens for invitations only when this is empty). Other event types are
// never gated.
std::vector<std::string> themes_without_validated_lesson(const Event& e,
                                                         const std::vector<Lesson>& lessons);

}  // namespace samla::events
