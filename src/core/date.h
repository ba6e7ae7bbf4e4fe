// Calendar days and wall-clock times as samla writes them — ISO 8601 "YYYY-MM-DD" and
// "YYYY-MM-DDTHH:MM" — parsed strictly in one place: digits exactly where digits go, and
// only days the Gregorian calendar has. samla compares such texts as text (in SQL too), so
// "2025- 1-01" or "+025-01-01", which sort apart from real dates, must never be stored.
// Wall-clock times become instants through their IANA zone (ICU), never by comparing text.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"

namespace samla {

// A day, "2027-03-10".
using Day = std::chrono::year_month_day;

// A wall-clock time to the minute, as on a clock in some time zone: "2027-03-10T09:00".
struct LocalMinute {
  Day day;
  int hour = 0;    // 0–23
  int minute = 0;  // 0–59
};

// The years samla holds a day in. Outside them a day means nothing to a programme, and an
// instant would not fit a TimePoint (64-bit nanoseconds: 1678–2262).
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2199;

// The day `text` names, written exactly YYYY-MM-DD in kFirstYear–kLastYear; nullopt for
// anything else.
std::optional<Day> parse_day(std::string_view text);
// The wall-clock time `text` names, written exactly YYYY-MM-DDTHH:MM (a day as parse_day
// takes it); nullopt otherwise.
std::optional<LocalMinute> parse_local_minute(std::string_view text);
// Whether `text` is a time of day written exactly HH:MM.
bool is_clock_time(std::string_view text);

// "YYYY-MM-DD".
std::string format_day(const Day& day);
// The day `days` after (before, when negative) today in UTC, written YYYY-MM-DD: the demo's
// dates, which stay as near to the present as the day it is loaded.
std::string day_from_today(int days);
// The day `days` after `day` (before, when negative), both YYYY-MM-DD; nullopt when `day` is
// not one parse_day takes.
std::optional<std::string> add_days(std::string_view day, int days);

// Whether ICU knows `zone` as an IANA time zone ("Europe/Stockholm").
bool is_time_zone(std::string_view zone);

// The instant at which clocks in `zone` show `local`. A time skipped when clocks go forward
// is read as the first valid minute after the gap; a time shown twice when they go back, as
// the first of the two. nullopt when the zone is unknown.
std::optional<TimePoint> instant_of(const LocalMinute& local, std::string_view zone);

// The day clocks in `zone` show at `at`; nullopt when the zone is unknown.
std::optional<Day> day_in(TimePoint at, std::string_view zone);

}  // namespace samla
