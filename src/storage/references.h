// A record's references checked before it is written: each reference that names no row becomes a
// field error ("no organisation has the id 7"), so one answer lists every wrong reference.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "storage/database.h"

namespace samla::storage {

// Adds `message` (with {id}) on `field` to `errors` when `sql` — one `?`, for `id` — finds no row.
inline Status note_missing_reference(Session& s, std::string_view sql, std::int64_t id,
                                     const std::string& field, Msg message,
                                     std::vector<FieldError>& errors) {
  SAMLA_ASSIGN(auto found, s.query(sql, {id}));
  if (found.empty()) errors.emplace_back(field, message, MessageParams{{"id", std::to_string(id)}});
  return ok_status();
}

}  // namespace samla::storage
