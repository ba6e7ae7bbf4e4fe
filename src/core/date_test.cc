// Dates are compared as text in SQL, so only the exact ISO forms may pass; wall-clock times
// become instants through their zone, across daylight-saving changes.
#include "core/date.h"

#include <gtest/gtest.h>

namespace samla {
namespace {

using namespace std::chrono;

TEST(Date, ParsesExactDaysOnly) {
  auto day = parse_day("2024-02-29");
  ASSERT_TRUE(day);
  EXPECT_EQ(format_day(*day), "2024-02-29");
  EXPECT_TRUE(parse_day("1900-01-01") && parse_day("2199-12-31"));
  for (const char* bad :
       {"2025- 1-01", "2025-01- 7", "+025-01-01", "2025-1-01", "2025-01-1", "2025-02-29",
        "2025-13-01", "2025-00-10", "2025-01-32", "2025/01/01", "2025-01-01 ", " 2025-01-01",
        "2025-01-01T00:00", "", "２０２５-01-01", "1899-12-31", "2200-01-01", "0001-01-01"})
    EXPECT_FALSE(parse_day(bad)) << bad;
}

TEST(Date, ParsesExactWallClockTimesOnly) {
  auto local = parse_local_minute("2027-03-10T09:05");
  ASSERT_TRUE(local);
  EXPECT_EQ((std::pair{local->hour, local->minute}), (std::pair{9, 5}));
  for (const char* bad :
       {"2027-03-10T24:00", "2027-03-10T09:60", "2027-03-10 09:00", "2027-03-10T9:00",
        "2027-03-10T 9:00", "2027-02-30T09:00", "2027-03-10T09:00:00", "+027-03-10T09:00"})
    EXPECT_FALSE(parse_local_minute(bad)) << bad;
  EXPECT_TRUE(is_clock_time("23:59"));
  for (const char* bad : {"24:00", "9:00", " 9:00", "09:0", "09-00", "ab:cd"})
    EXPECT_FALSE(is_clock_time(bad)) << bad;
}

TEST(Date, WallClockTimesBecomeInstantsThroughTheirZone) {
  // 09:00 in Stockholm in winter is 08:00 UTC, in summer 07:00 UTC.
  auto winter = instant_of(*parse_local_minute("2027-01-15T09:00"), "Europe/Stockholm");
  auto summer = instant_of(*parse_local_minute("2027-07-15T09:00"), "Europe/Stockholm");
  ASSERT_TRUE(winter && summer);
  EXPECT_EQ(format_iso8601(*winter), "2027-01-15T08:00:00.000Z");
  EXPECT_EQ(format_iso8601(*summer), "2027-07-15T07:00:00.000Z");
  // The same wall clock is earlier in Helsinki than in Lisbon.
  auto helsinki = instant_of(*parse_local_minute("2027-01-15T09:00"), "Europe/Helsinki");
  auto lisbon = instant_of(*parse_local_minute("2027-01-15T09:00"), "Europe/Lisbon");
  EXPECT_LT(*helsinki, *lisbon);
  EXPECT_FALSE(instant_of(*parse_local_minute("2027-01-15T09:00"), "Europe/Atlantis"));
}

TEST(Date, SkippedAndRepeatedWallTimesHaveOneMeaning) {
  // Clocks in Stockholm went from 02:00 to 03:00 on 2027-03-28 and back on 2027-10-31.
  auto skipped = instant_of(*parse_local_minute("2027-03-28T02:30"), "Europe/Stockholm");
  EXPECT_EQ(format_iso8601(*skipped), "2027-03-28T01:00:00.000Z");
  auto repeated = instant_of(*parse_local_minute("2027-10-31T02:30"), "Europe/Stockholm");
  EXPECT_EQ(format_iso8601(*repeated), "2027-10-31T00:30:00.000Z");
}

TEST(Date, DaysAreAddedAcrossMonthsYearsAndLeapDays) {
  EXPECT_EQ(add_days("2024-02-28", 1), "2024-02-29");
  EXPECT_EQ(add_days("2023-02-28", 1), "2023-03-01");
  EXPECT_EQ(add_days("2026-12-31", 1), "2027-01-01");
  EXPECT_EQ(add_days("2026-03-01", -1), "2026-02-28");
  EXPECT_EQ(add_days("2026-12-06", 0), "2026-12-06");
  EXPECT_FALSE(add_days("2026-02-30", 1));
  EXPECT_FALSE(add_days("06-12-2026", 1));
}

TEST(Date, TheDayDependsOnTheZone) {
  TimePoint at;
  ASSERT_TRUE(parse_iso8601("2027-01-15T23:30:00.000Z", at));
  EXPECT_EQ(format_day(*day_in(at, "Europe/Stockholm")), "2027-01-16");
  EXPECT_EQ(format_day(*day_in(at, "America/New_York")), "2027-01-15");
  EXPECT_TRUE(is_time_zone("Europe/Stockholm"));
  EXPECT_FALSE(is_time_zone("Europe/Atlantis"));
  EXPECT_FALSE(is_time_zone(""));
}

}  // namespace
}  // namespace samla
