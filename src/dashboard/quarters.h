// Calendar quarters, written "2026-Q3": read strictly, and listed from one to another.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dashboard/model.h"

namespace samla::dashboard {

// The most quarters one dashboard shows: ten years.
inline constexpr int kMaxQuarters = 40;

// The quarter `text` names, written exactly YYYY-Qn (n 1–4, a year parse_day takes).
std::optional<Quarter> parse_quarter(std::string_view text);
// The quarter `day` (YYYY-MM-DD) is in; nullopt when it is not a day.
std::optional<Quarter> quarter_of(std::string_view day);
// The quarter `by` quarters after `q` (before, when negative).
Quarter shift_quarter(const Quarter& q, int by);
// `from` to `to`, both included, oldest first; empty when `to` is before `from`.
std::vector<Quarter> quarters_between(const Quarter& from, const Quarter& to);

}  // namespace samla::dashboard
