// What makes an outcome valid, given the facts of its event. Pure: the store reads the facts
// and the references (themes, people, organisations) and then asks these rules.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "outcomes/model.h"

namespace samla::outcomes {

// What the rules need to know of the event an outcome belongs to.
struct EventFacts {
  std::string day;  // YYYY-MM-DD the event starts, in its zone
  std::vector<std::int64_t> agenda_item_ids;
};

inline constexpr std::size_t kMaxTextBytes = 4000;

// Every field error of `o`: kind, source, status and priority from their vocabularies; text
// present and at most 4,000 bytes; an action point with exactly one owner, a due date not
// before the event's day and a priority, other kinds with none of these; a speaker only on
// a quote, named only with its speaker; an agenda item of this event. When `before` (the stored
// outcome) is given, its agenda item and due date are checked only if they changed: an edit of
// the event's agenda or day must not lock its outcomes.
std::vector<FieldError> check_outcome(const Outcome& o, const EventFacts& event,
                                      const Outcome* before = nullptr);

// Whether `ids` holds each of `current` exactly once (a reordering of them).
bool is_reordering(std::vector<std::int64_t> ids, std::vector<std::int64_t> current);

}  // namespace samla::outcomes
