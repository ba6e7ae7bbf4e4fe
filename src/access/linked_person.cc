#include "access/linked_person.h"

namespace samla::access {

Result<std::optional<std::int64_t>> linked_person(storage::Session& s, const Principal& who) {
  if (who.user_id == 0) return std::optional<std::int64_t>{};
  SAMLA_ASSIGN(auto rows, s.query("SELECT person_id FROM users WHERE id = ?", {who.user_id}));
  if (rows.empty() || rows.front().is_null(0)) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{rows.front().integer(0)};
}

}  // namespace samla::access
