// Reads a row's consecutive columns into a record's fields in one call, by each field's type:
//   storage::read_columns(row, 0, m.id, m.event_id, m.to_name);
// text (NULL as ""), whole numbers (NULL as 0), int, double, bool (non-zero), and the
// optional forms (NULL as nullopt). Columns that need more (JSON, lists, enums) are read by
// hand after.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "storage/database.h"

namespace samla::storage {

inline void read_column(const Row& r, std::size_t i, std::string& out) {
  out = r.text(i);
}
inline void read_column(const Row& r, std::size_t i, std::int64_t& out) {
  out = r.integer(i);
}
inline void read_column(const Row& r, std::size_t i, int& out) {
  out = static_cast<int>(r.integer(i));
}
inline void read_column(const Row& r, std::size_t i, double& out) {
  out = r.real(i);
}
inline void read_column(const Row& r, std::size_t i, bool& out) {
  out = r.integer(i) != 0;
}
inline void read_column(const Row& r, std::size_t i, std::optional<std::string>& out) {
  out = r.optional_text(i);
}
inline void read_column(const Row& r, std::size_t i, std::optional<std::int64_t>& out) {
  out = r.optional_integer(i);
}

// Reads columns first, first + 1, … into `out…` in order.
template <typename... T>
void read_columns(const Row& r, std::size_t first, T&... out) {
  std::size_t i = first;
  (read_column(r, i++, out), ...);
}

// Every row read into a record by `read` (a function of a Row), in the rows' order.
template <typename Read>
auto read_rows(const Rows& rows, Read read) {
  std::vector<std::invoke_result_t<Read, const Row&>> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back(read(r));
  return out;
}

}  // namespace samla::storage
