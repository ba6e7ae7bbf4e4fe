// Failed-login counting, in memory: at most N failures per account name and M per remote
// address inside a sliding window. Beyond that, logins are refused without checking the
// password, which makes online guessing slow and costs the server no Argon2 work.
#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <string>

#include "core/clock.h"

namespace samla::access {

struct LoginLimits {
  int per_account = 5;
  int per_address = 20;
  std::chrono::seconds window{15 * 60};
};

// Thread-safe. Account names are compared case-insensitively (ASCII) so that case variants
// of a name share one budget.
class LoginRateLimiter {
 public:
  explicit LoginRateLimiter(LoginLimits limits = {}) : limits_(limits) {}

  // True when a login for `account` from `address` may be attempted at `now`.
  bool allowed(const std::string& account, const std::string& address, TimePoint now);
  // Counts one failed login at `now`.
  void record_failure(const std::string& account, const std::string& address, TimePoint now);
  // Forgets the failures of `account` (after a successful login). The address keeps its
  // count, so one address cannot guess freely by logging in to its own account in between.
  void reset_account(const std::string& account);

 private:
  using Failures = std::map<std::string, std::deque<TimePoint>>;
  // Drops failures older than the window; returns how many are left for `key`.
  std::size_t recent(Failures& failures, const std::string& key, TimePoint now);
  void prune_all(Failures& failures, TimePoint now);

  LoginLimits limits_;
  std::mutex mutex_;
  Failures by_account_;
  Failures by_address_;
};

}  // namespace samla::access
