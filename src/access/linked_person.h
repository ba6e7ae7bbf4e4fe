// The person in the register a caller's account stands for (users.person_id, set by an admin):
// how capabilities recognise "their own" records — the actions a person carries out, the group
// they lead.
#pragma once

#include <cstdint>
#include <optional>

#include "access/principal.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::access {

// The linked person's id; none for an account that stands for nobody, a token of the system,
// or a user that no longer exists.
Result<std::optional<std::int64_t>> linked_person(storage::Session& s, const Principal& who);

}  // namespace samla::access
