#include "core/clock.h"

#include <cstdio>
#include <ctime>
#include <string_view>

namespace samla {

TimePoint now() {
  return std::chrono::system_clock::now();
}

std::string format_iso8601(TimePoint t) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
  std::time_t secs = static_cast<std::time_t>(ms / 1000);
  int millis = static_cast<int>(ms % 1000);
  if (millis < 0) {
    millis += 1000;
    secs -= 1;
  }
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, millis);
  return buf;
}

std::string now_iso8601() {
  return format_iso8601(now());
}

bool parse_iso8601(const std::string& text, TimePoint& out) {
  // Exactly YYYY-MM-DDTHH:MM:SS[.mmm]Z. A scanf format alone would accept one-digit fields, leading
  // spaces and a two-digit fraction, and timegm would quietly turn month 13 into January.
  static constexpr std::string_view kShape = "dddd-dd-ddTdd:dd:dd.dddZ";
  if (text.size() != 20 && text.size() != 24) return false;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    bool digit = text[i] >= '0' && text[i] <= '9';
    if (kShape[i] == 'd' ? !digit : text[i] != kShape[i]) return false;
  }
  if (text.back() != 'Z') return false;
  auto number = [&](std::size_t at, std::size_t len) {
    int n = 0;
    for (std::size_t i = at; i < at + len; ++i) n = n * 10 + (text[i] - '0');
    return n;
  };
  using namespace std::chrono;
  year_month_day date{year{number(0, 4)}, month{static_cast<unsigned>(number(5, 2))},
                      day{static_cast<unsigned>(number(8, 2))}};
  int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
  if (!date.ok() || hour > 23 || minute > 59 || second > 59) return false;
  int millis = text.size() == 24 ? number(20, 3) : 0;
  out = sys_days(date) + hours(hour) + minutes(minute) + seconds(second) + milliseconds(millis);
  return true;
}

TimePoint stored_time(const std::string& text) {
  TimePoint t{};
  if (!parse_iso8601(text, t)) return TimePoint{};
  return t;
}

}  // namespace samla
