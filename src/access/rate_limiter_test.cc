#include "access/rate_limiter.h"

#include <gtest/gtest.h>

namespace samla::access {
namespace {

using namespace std::chrono_literals;

TEST(LoginRateLimiter, FiveFailuresPerAccountInFifteenMinutes) {
  LoginRateLimiter limiter;
  TimePoint t0 = samla::now();
  for (int i = 0; i < 5; ++i) {
    EXPECT_TRUE(limiter.allowed("anna", "10.0.0.1", t0 + i * 1min)) << i;
    limiter.record_failure("anna", "10.0.0.1", t0 + i * 1min);
  }
  EXPECT_FALSE(limiter.allowed("anna", "10.0.0.9", t0 + 5min));
  EXPECT_FALSE(limiter.allowed("Anna", "10.0.0.9", t0 + 5min));
  EXPECT_TRUE(limiter.allowed("bertil", "10.0.0.9", t0 + 5min));
  // The window slides: at t0+15min the first failure no longer counts.
  EXPECT_FALSE(limiter.allowed("anna", "10.0.0.9", t0 + 15min - 1ms));
  EXPECT_TRUE(limiter.allowed("anna", "10.0.0.9", t0 + 15min));
}

TEST(LoginRateLimiter, TwentyFailuresPerAddress) {
  LoginRateLimiter limiter;
  TimePoint t0 = samla::now();
  for (int i = 0; i < 20; ++i) limiter.record_failure("user" + std::to_string(i), "10.6.6.6", t0);
  EXPECT_FALSE(limiter.allowed("someone", "10.6.6.6", t0));
  EXPECT_TRUE(limiter.allowed("someone", "10.0.0.1", t0));
  EXPECT_TRUE(limiter.allowed("someone", "10.6.6.6", t0 + 15min));
}

TEST(LoginRateLimiter, ResetForgetsTheAccountButNotTheAddress) {
  LoginRateLimiter limiter(LoginLimits{2, 3, 15min});
  TimePoint t0 = samla::now();
  limiter.record_failure("anna", "10.0.0.1", t0);
  limiter.record_failure("anna", "10.0.0.1", t0);
  EXPECT_FALSE(limiter.allowed("anna", "10.0.0.2", t0));
  limiter.reset_account("ANNA");
  EXPECT_TRUE(limiter.allowed("anna", "10.0.0.2", t0));
  limiter.record_failure("anna", "10.0.0.1", t0);
  EXPECT_FALSE(limiter.allowed("anna", "10.0.0.1", t0));  // the address has 3 now
}

TEST(LoginRateLimiter, ManyStaleKeysAreSwept) {
  LoginRateLimiter limiter;
  TimePoint t0 = samla::now();
  for (int i = 0; i < 10050; ++i)
    limiter.record_failure("u" + std::to_string(i), "a" + std::to_string(i), t0);
  limiter.record_failure("late", "late", t0 + 16min);
  // Nothing observable breaks: old keys are gone, the new one counts.
  EXPECT_TRUE(limiter.allowed("u1", "a1", t0 + 16min));
  EXPECT_TRUE(limiter.allowed("late", "late", t0 + 16min));
}

}  // namespace
}  // namespace samla::access
