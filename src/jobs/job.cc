#include "jobs/job.h"

#include <chrono>
#include <cstdio>

#include "core/date.h"

namespace samla::jobs {

using namespace std::chrono;

std::string_view cadence_name(Cadence cadence) {
  return cadence == Cadence::daily ? "daily" : "weekly";
}

namespace {

// ISO 8601 week date: the week belongs to the year of its Thursday.
std::string iso_week(sys_days day) {
  const unsigned iso_weekday = weekday{day}.iso_encoding();  // Monday 1 … Sunday 7
  const sys_days thursday = day + days{4 - static_cast<int>(iso_weekday)};
  const year_month_day t{thursday};
  const sys_days first_of_year = sys_days{t.year() / January / 1};
  const int week = static_cast<int>((thursday - first_of_year).count()) / 7 + 1;
  char text[32];
  std::snprintf(text, sizeof text, "%04d-W%02d", static_cast<int>(t.year()), week);
  return text;
}

}  // namespace

std::string period_of(Cadence cadence, int hour_utc, TimePoint at) {
  const sys_days day = floor<days>(at - hours{hour_utc});
  return cadence == Cadence::daily ? format_day(year_month_day{day}) : iso_week(day);
}

bool is_period(Cadence cadence, std::string_view text) {
  if (cadence == Cadence::daily) return parse_day(text).has_value();
  // YYYY-Www with a week the year has: the ISO week of that week's Monday must give it back.
  if (text.size() != 8 || text[4] != '-' || text[5] != 'W') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 6u, 7u})
    if (text[i] < '0' || text[i] > '9') return false;
  const int y = std::stoi(std::string(text.substr(0, 4)));
  const int w = std::stoi(std::string(text.substr(6, 2)));
  if (w < 1 || w > 53 || y < kFirstYear || y > kLastYear) return false;
  // The Monday of week 1 is the Monday on or before 4 January.
  const sys_days jan4 = sys_days{year{y} / January / 4};
  const sys_days monday = jan4 - days{weekday{jan4}.iso_encoding() - 1} + weeks{w - 1};
  return iso_week(monday) == text;
}

}  // namespace samla::jobs
