// Events and lessons on the wire (and, for an event's design, in the database): JSON out,
// and JSON in with an error per mistyped field.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "events/messages.h"
#include "events/model.h"
#include "privacy/viewer.h"

namespace samla::events {

nlohmann::json to_json(const Event& e);
// An EventInput body (status, id and times are not read from it).
Result<Event> event_from_json(const nlohmann::json& j);
// The design as stored: the input fields only.
nlohmann::json design_json(const Event& e);

nlohmann::json to_json(const Lesson& l);
Result<Lesson> lesson_from_json(const nlohmann::json& j);

// The Event, EventInput, Lesson and LessonInput schemas, from the same field tables.
void add_event_schemas(nlohmann::json& schemas);

// An invitation as `viewer_sees_access_needs` may see it: without that right the access
// needs are null and `access_needs_hidden` is true (invitation_wire.cc).
// An invitation as `viewer` may see it: access needs and the fills of lived-experience quotas
// only with special-category access; the participant's comment and the organisers' note only
// for those who see free text about people.
nlohmann::json to_json(const Invitation& v, const privacy::Viewer& viewer);
// The event as its RSVP page shows it, and the participant's own answer.
nlohmann::json rsvp_json(const Event& e, const Invitation& v);
// An outbox message, its personal link shown or masked as `links` says.
nlohmann::json to_json(const OutboxMessage& m, PersonalLinks links);

}  // namespace samla::events
