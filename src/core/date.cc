#include "core/date.h"

#include <unicode/gregocal.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <memory>

namespace samla {
namespace {

bool digits(std::string_view text, std::size_t from, std::size_t count, int& out) {
  out = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

std::optional<Day> day_at(std::string_view text) {
  int y = 0, m = 0, d = 0;
  if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !digits(text, 0, 4, y) ||
      !digits(text, 5, 2, m) || !digits(text, 8, 2, d))
    return std::nullopt;
  Day day{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
          std::chrono::day{static_cast<unsigned>(d)}};
  if (!day.ok() || y < kFirstYear || y > kLastYear) return std::nullopt;
  return day;
}

bool clock_at(std::string_view text, std::size_t from, int& hour, int& minute) {
  return text[from + 2] == ':' && digits(text, from, 2, hour) &&
         digits(text, from + 3, 2, minute) && hour < 24 && minute < 60;
}

std::unique_ptr<icu::TimeZone> zone_named(std::string_view zone) {
  if (zone.empty() || zone.size() > 64) return nullptr;
  std::unique_ptr<icu::TimeZone> tz(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(
      icu::StringPiece(zone.data(), static_cast<int32_t>(zone.size())))));
  if (!tz || *tz == icu::TimeZone::getUnknown()) return nullptr;
  return tz;
}

}  // namespace

std::optional<Day> parse_day(std::string_view text) {
  if (text.size() != 10) return std::nullopt;
  return day_at(text);
}

std::optional<LocalMinute> parse_local_minute(std::string_view text) {
  if (text.size() != 16 || text[10] != 'T') return std::nullopt;
  auto day = day_at(text);
  LocalMinute out;
  if (!day || !clock_at(text, 11, out.hour, out.minute)) return std::nullopt;
  out.day = *day;
  return out;
}

bool is_clock_time(std::string_view text) {
  int hour = 0, minute = 0;
  return text.size() == 5 && clock_at(text, 0, hour, minute);
}

std::string format_day(const Day& day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return buffer;
}

std::optional<std::string> add_days(std::string_view day, int days) {
  auto parsed = parse_day(day);
  if (!parsed) return std::nullopt;
  return format_day(Day{std::chrono::sys_days{*parsed} + std::chrono::days{days}});
}

bool is_time_zone(std::string_view zone) {
  return zone_named(zone) != nullptr;
}

std::optional<TimePoint> instant_of(const LocalMinute& local, std::string_view zone) {
  auto tz = zone_named(zone);
  if (!tz) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  icu::GregorianCalendar calendar(tz.release(), status);  // adopts the zone
  if (U_FAILURE(status)) return std::nullopt;
  calendar.setRepeatedWallTimeOption(UCAL_WALLTIME_FIRST);
  calendar.setSkippedWallTimeOption(UCAL_WALLTIME_NEXT_VALID);
  calendar.clear();
  calendar.set(static_cast<int>(local.day.year()),
               static_cast<int>(static_cast<unsigned>(local.day.month())) - 1,
               static_cast<int>(static_cast<unsigned>(local.day.day())), local.hour, local.minute,
               0);
  UDate millis = calendar.getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  return TimePoint(std::chrono::milliseconds(static_cast<std::int64_t>(millis)));
}

std::optional<Day> day_in(TimePoint at, std::string_view zone) {
  auto tz = zone_named(zone);
  if (!tz) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  icu::GregorianCalendar calendar(tz.release(), status);
  if (U_FAILURE(status)) return std::nullopt;
  auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch());
  calendar.setTime(static_cast<UDate>(millis.count()), status);
  int y = calendar.get(UCAL_YEAR, status);
  int era = calendar.get(UCAL_ERA, status);
  int m = calendar.get(UCAL_MONTH, status) + 1;
  int d = calendar.get(UCAL_DATE, status);
  if (U_FAILURE(status)) return std::nullopt;
  if (era == icu::GregorianCalendar::BC) y = 1 - y;
  return Day{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
             std::chrono::day{static_cast<unsigned>(d)}};
}

std::string day_from_today(int days) {
  const auto today = parse_day(now_iso8601().substr(0, 10));
  return format_day(std::chrono::sys_days(*today) + std::chrono::days(days));
}

}  // namespace samla
