// Timestamps are stored as text, so formatting must be exact and parsing must be strict:
// anything parse_iso8601 accepts is trusted as a point in time.
#include "core/clock.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace samla {
namespace {

using std::chrono::milliseconds;

TimePoint at_ms(std::int64_t ms) {
  return TimePoint(milliseconds(ms));
}

TEST(Clock, FormatsUtcWithMilliseconds) {
  EXPECT_EQ(format_iso8601(at_ms(0)), "1970-01-01T00:00:00.000Z");
  // Expected texts were checked with `date -u -d @SECONDS`.
  EXPECT_EQ(format_iso8601(at_ms(1795460585123)), "2026-11-23T19:03:05.123Z");
  EXPECT_EQ(format_iso8601(at_ms(951782400000)), "2000-02-29T00:00:00.000Z");  // leap day
}

TEST(Clock, FormatsInstantsBeforeTheEpoch) {
  EXPECT_EQ(format_iso8601(at_ms(-1)), "1969-12-31T23:59:59.999Z");
  EXPECT_EQ(format_iso8601(at_ms(-1000)), "1969-12-31T23:59:59.000Z");
}

TEST(Clock, DropsSubMillisecondPrecision) {
  TimePoint t = at_ms(1795460585123) + std::chrono::microseconds(999);
  EXPECT_EQ(format_iso8601(t), "2026-11-23T19:03:05.123Z");
}

TEST(Clock, RoundTripsThroughText) {
  for (std::int64_t ms :
       {std::int64_t{0}, std::int64_t{1}, std::int64_t{999}, std::int64_t{951782400000},
        std::int64_t{1795460585123}, std::int64_t{4102444799999}}) {
    TimePoint parsed;
    ASSERT_TRUE(parse_iso8601(format_iso8601(at_ms(ms)), parsed)) << ms;
    EXPECT_EQ(parsed, at_ms(ms)) << format_iso8601(at_ms(ms));
  }
}

TEST(Clock, NowRoundTripsToTheMillisecond) {
  TimePoint t = now();
  TimePoint parsed;
  ASSERT_TRUE(parse_iso8601(format_iso8601(t), parsed));
  EXPECT_EQ(parsed, std::chrono::time_point_cast<milliseconds>(t));
  EXPECT_EQ(now_iso8601().size(), 24u);
}

TEST(Clock, ParsesWithoutMilliseconds) {
  TimePoint parsed;
  ASSERT_TRUE(parse_iso8601("2026-11-23T19:03:05Z", parsed));
  EXPECT_EQ(parsed, at_ms(1795460585000));
}

TEST(Clock, TextOrderIsTimeOrder) {
  std::vector<std::int64_t> times = {1795460585123, 0, 951782400000, 1795460585122, 999};
  std::vector<std::string> texts;
  for (auto ms : times) texts.push_back(format_iso8601(at_ms(ms)));
  std::sort(times.begin(), times.end());
  std::sort(texts.begin(), texts.end());
  for (std::size_t i = 0; i < times.size(); ++i)
    EXPECT_EQ(texts[i], format_iso8601(at_ms(times[i])));
}

TEST(Clock, RejectsMalformedText) {
  const char* malformed[] = {
      "",
      "garbage",
      "2026-11-23",
      "2026-11-23T19:03:05",           // no zone
      "2026-11-23T19:03:05.123",       // no zone
      "2026-11-23 19:03:05Z",          // space instead of T
      "2026-11-23T19:03:05+01:00",     // only UTC is stored
      "2026-11-23T19:03:05.123Zjunk",  // trailing text
      "2026-11-23T19:03:05.Z",         // empty fraction
      "2026-11-23T19:03:05.12Z",       // fraction must be milliseconds
      "2026-11-23T19:03:05.1234Z",
      "2026-11-23T19:03Z",      // no seconds
      "2026-1-23T19:03:05Z",    // fields have fixed width
      " 2026-11-23T19:03:05Z",  // leading space
      "2026-13-01T00:00:00Z",   // month 13
      "2026-00-10T00:00:00Z",   // month 0
      "2026-02-30T00:00:00Z",   // no such day
      "2026-11-23T24:00:00Z",   // hour 24
      "2026-11-23T19:60:00Z",   // minute 60
      "2026-11-23T19:03:61Z",   // second 61
      "-2026-11-23T19:03:05Z",
  };
  for (const char* text : malformed) {
    TimePoint parsed = at_ms(42);
    EXPECT_FALSE(parse_iso8601(text, parsed)) << "accepted '" << text << "'";
  }
}

}  // namespace
}  // namespace samla
