// The network's rules, pure so each is a table test (rules_test.cc).
#pragma once

#include <vector>

#include "core/result.h"
#include "network/model.h"

namespace samla::network {

// Every check that needs no database: a known type and source, strength 1–3, real dates with
// the end not before the start, no tie to oneself. Each error names its field.
std::vector<FieldError> check_tie(const Tie& t);

// Whether `text` is a day that exists, written YYYY-MM-DD.
bool is_real_day(const std::string& text);

// Whether a tie is part of the network on `day` (YYYY-MM-DD).
bool tie_holds_on(const Tie& t, const std::string& day);

// The first day of each month from `from_day`'s month to `to_day` (both YYYY-MM-DD), the last
// `max` of them: the monthly points of the trends. Empty when either is not a day or `from_day`
// is after `to_day`.
std::vector<std::string> month_starts(const std::string& from_day, const std::string& to_day,
                                      std::size_t max);

// How much one shared event counts toward a co-participation edge's weight on `day`, when the
// event was on `event_day` (both YYYY-MM-DD): 1 on the day, halving every `half_life_days`
// after it (2^(−age/half-life)), so the network shows who still works together rather than
// who once sat in the same room. A half-life of 0 never fades; a day that is not a date, or
// an event after `day`, counts 1.
double faded_weight(const std::string& event_day, const std::string& day, int half_life_days);

}  // namespace samla::network
