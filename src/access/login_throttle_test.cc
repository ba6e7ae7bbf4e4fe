// The login throttle: its waits (pure) and its table on both backends.
#include "access/login_throttle.h"

#include "access/test_support.h"

namespace samla::access::testing {
namespace {

using namespace std::chrono_literals;

TEST(LoginThrottleWait, GrowsAfterTheFreeFailuresUpToTheCap) {
  LoginThrottlePolicy policy;  // 5 free, then 30 s doubling, at most 15 minutes
  struct Case {
    int failures;
    std::chrono::seconds wait;
  };
  for (const Case& c :
       {Case{0, 0s}, Case{1, 0s}, Case{4, 0s}, Case{5, 30s}, Case{6, 60s}, Case{7, 120s},
        Case{9, 480s}, Case{10, 900s}, Case{12, 900s}, Case{1000, 900s}, Case{2147483647, 900s}})
    EXPECT_EQ(wait_after(c.failures, policy), c.wait) << c.failures;
}

TEST(LoginThrottleKey, IgnoresCaseAndSeparatesNameFromAddress) {
  EXPECT_EQ(login_pair_key("Anna", "10.0.0.1"), login_pair_key("anna", "10.0.0.1"));
  EXPECT_NE(login_pair_key("anna", "10.0.0.1"), login_pair_key("anna", "10.0.0.2"));
  EXPECT_NE(login_pair_key("anna1", "0.0.0.1"), login_pair_key("anna", "10.0.0.1"));
  EXPECT_EQ(login_pair_key(std::string(100, 'x'), "10.0.0.1").size(), 64u);
}

using LoginThrottleStore = AccessBackendTest;

TEST_P(LoginThrottleStore, CountsOnePairInOneRowAndWaitsAfterTheFreeFailures) {
  LoginThrottlePolicy policy;
  std::string key = login_pair_key("anna", "10.6.6.6");
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(get(login_wait(*session_, key, now_)), std::nullopt) << i;
    ASSERT_OK(record_login_failure(*session_, key, now_, policy));
  }
  EXPECT_EQ(count("SELECT COUNT(*) FROM login_throttle"), 1);
  EXPECT_EQ(count("SELECT failures FROM login_throttle"), 4);
  EXPECT_EQ(get(login_wait(*session_, key, now_)), std::nullopt);
  ASSERT_OK(record_login_failure(*session_, key, now_, policy));
  EXPECT_EQ(get(login_wait(*session_, key, now_)), std::optional(30s));
  EXPECT_EQ(get(login_wait(*session_, key, now_ + 20s)), std::optional(10s));
  EXPECT_EQ(get(login_wait(*session_, key, now_ + 30s)), std::nullopt);
  // Another pair is untouched.
  EXPECT_EQ(get(login_wait(*session_, login_pair_key("anna", "10.0.0.1"), now_)), std::nullopt);
  // The next failure after the wait doubles it.
  ASSERT_OK(record_login_failure(*session_, key, now_ + 30s, policy));
  EXPECT_EQ(get(login_wait(*session_, key, now_ + 30s)), std::optional(60s));

  ASSERT_OK(forget_login_failures(*session_, key));
  EXPECT_EQ(count("SELECT COUNT(*) FROM login_throttle"), 0);
}

TEST_P(LoginThrottleStore, ExpiredRowsAreSweptSoTheTableStaysSmall) {
  LoginThrottlePolicy policy;
  for (int i = 0; i < 50; ++i)
    ASSERT_OK(record_login_failure(*session_, login_pair_key("u" + std::to_string(i), "10.6.6.6"),
                                   now_, policy));
  EXPECT_EQ(count("SELECT COUNT(*) FROM login_throttle"), 50);
  // Fifteen minutes after the last failure the next failure sweeps them all.
  ASSERT_OK(
      record_login_failure(*session_, login_pair_key("late", "10.6.6.6"), now_ + 15min, policy));
  EXPECT_EQ(count("SELECT COUNT(*) FROM login_throttle"), 1);
  // A pair forgotten this way starts again from one failure.
  std::string key = login_pair_key("u0", "10.6.6.6");
  ASSERT_OK(record_login_failure(*session_, key, now_ + 15min, policy));
  EXPECT_EQ(count("SELECT failures FROM login_throttle WHERE pair_key = ?", {key}), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, LoginThrottleStore,
                         ::testing::ValuesIn(storage::testing::test_backends()));

}  // namespace
}  // namespace samla::access::testing
