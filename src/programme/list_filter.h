// `?programme_id=` on the lists of records that belong to a programme (events, kickoff lists,
// follow-up groups, action plans, reports): one reading of the parameter for all of them —
// absent, every programme's; a positive whole number, that programme's; anything else, a 422
// naming it.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.h"
#include "http/api.h"

namespace samla::programme {

// The programme a record belongs to, whether it keeps it as an optional or a plain id.
template <typename T>
std::optional<std::int64_t> programme_of(const T& record) {
  return record.programme_id;
}

// `list` as the request's `programme_id` narrows it.
template <typename T>
Result<std::vector<T>> of_requested_programme(const http::Request& r, Result<std::vector<T>> list) {
  SAMLA_ASSIGN(auto wanted, http::integer_query(r, "programme_id"));
  if (wanted && *wanted < 1) return invalid_field("programme_id", Msg::must_be_positive_id);
  if (!wanted || !list.ok()) return list;
  std::erase_if(list.value(), [&](const T& record) { return programme_of(record) != wanted; });
  return list;
}

}  // namespace samla::programme
