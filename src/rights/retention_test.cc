#include <gtest/gtest.h>

#include "core/clock.h"
#include "rights/retention.h"

namespace samla::rights {
namespace {

TEST(MonthsBefore, CountsCalendarMonthsAndKeepsToTheMonthsEnd) {
  TimePoint at;
  ASSERT_TRUE(parse_iso8601("2026-03-31T10:00:00Z", at));
  EXPECT_EQ(months_before(at, 1), "2026-02-28");
  EXPECT_EQ(months_before(at, 24), "2024-03-31");
  EXPECT_EQ(months_before(at, 13), "2025-02-28");
  ASSERT_TRUE(parse_iso8601("2028-03-31T00:00:00Z", at));
  EXPECT_EQ(months_before(at, 1), "2028-02-29");
  ASSERT_TRUE(parse_iso8601("2026-01-15T23:59:00Z", at));
  EXPECT_EQ(months_before(at, 1), "2025-12-15");
}

}  // namespace
}  // namespace samla::rights
