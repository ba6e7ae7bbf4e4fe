// The evaluation's storage queries, each inside a caller's session (and transaction).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "evaluation/model.h"
#include "storage/database.h"

namespace samla::evaluation::store {

// The event's form: the stored one, or the default instrument (version 0); with the number
// of answers. not_found when there is no such event.
Result<Form> get_form(storage::Session& s, std::int64_t event_id);

// Replaces the event's items (If-Match: `expected_version`, 0 for the default instrument);
// refused once answers have come in, since they would no longer pair. Audited.
Result<Form> put_form(storage::Session& s, std::int64_t event_id, std::vector<Item> items,
                      std::optional<std::int64_t> expected_version, const access::Principal& actor);

// Stores an answer of `invitation_id`; a second one to the same phase is a 422 on "phase".
Result<Answer> insert_answer(storage::Session& s, std::int64_t event_id, std::int64_t invitation_id,
                             Answer answer);

// Every answer to the event's forms, oldest first.
Result<std::vector<Answer>> answers_of(storage::Session& s, std::int64_t event_id);

// The phases `invitation_id` has answered.
Result<std::vector<std::string>> phases_answered(storage::Session& s, std::int64_t invitation_id);

}  // namespace samla::evaluation::store
