// The events' and lessons' storage, inside a caller's session (and transaction). Every
// write is checked first (rules.cc, then the themes exist), versioned and audited.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "events/model.h"
#include "storage/database.h"

namespace samla::events::store {

Result<Event> insert_event(storage::Session& s, Event e, const access::Principal& actor);
Result<Event> get_event(storage::Session& s, std::int64_t id);
// Every event, soonest first.
Result<std::vector<Event>> list_events(storage::Session& s);
// Replaces the design (the status stays); a closed event cannot change.
Result<Event> update_event(storage::Session& s, std::int64_t id, Event next,
                           std::optional<std::int64_t> expected_version,
                           const access::Principal& actor);
// Only drafts may be deleted; later events are part of the programme's record.
Status delete_event(storage::Session& s, std::int64_t id,
                    std::optional<std::int64_t> expected_version, const access::Principal& actor);

// Moves an event along its lifecycle. Opening a thematic workshop for invitations needs a
// validated lesson for each of its themes, unless `override_reason` is given: not blank (422),
// and only by an actor who may override (403); the reason is kept on the event and audited.
Result<Event> transition(storage::Session& s, std::int64_t id, const std::string& to,
                         const std::optional<std::string>& override_reason,
                         std::optional<std::int64_t> expected_version,
                         const access::Principal& actor);

Result<Lesson> insert_lesson(storage::Session& s, Lesson l, const access::Principal& actor);
Result<Lesson> get_lesson(storage::Session& s, std::int64_t id);
Result<std::vector<Lesson>> list_lessons(storage::Session& s);
Result<Lesson> update_lesson(storage::Session& s, std::int64_t id, Lesson next,
                             std::optional<std::int64_t> expected_version,
                             const access::Principal& actor);
Status delete_lesson(storage::Session& s, std::int64_t id,
                     std::optional<std::int64_t> expected_version, const access::Principal& actor);

}  // namespace samla::events::store
