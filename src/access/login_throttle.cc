#include "access/login_throttle.h"

#include <algorithm>
#include <cctype>

#include "access/credentials.h"

namespace samla::access {
std::chrono::seconds wait_after(int failures, const LoginThrottlePolicy& policy) {
  int beyond = failures - policy.free_failures + 1;
  if (beyond <= 0) return std::chrono::seconds{0};
  std::chrono::seconds wait = policy.first_wait;
  // Doubling stops at the cap, so the shift never overflows however often a pair fails.
  for (int i = 1; i < beyond && wait < policy.longest_wait; ++i) wait *= 2;
  return std::min(wait, policy.longest_wait);
}

std::string login_pair_key(const std::string& name, const std::string& address) {
  std::string key = name;
  std::transform(key.begin(), key.end(), key.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  // A NUL cannot occur in a name that passed validation, so the pair is unambiguous.
  key.push_back('\0');
  key += address;
  return credentials::sha256_hex(key);
}

Result<std::optional<std::chrono::seconds>> login_wait(storage::Session& session,
                                                       const std::string& pair_key, TimePoint now) {
  SAMLA_ASSIGN(storage::Rows rows,
               session.query("SELECT blocked_until FROM login_throttle WHERE pair_key = ? AND "
                             "blocked_until IS NOT NULL AND blocked_until > ?",
                             {pair_key, format_iso8601(now)}));
  if (rows.empty()) return std::optional<std::chrono::seconds>{};
  auto left = std::chrono::ceil<std::chrono::seconds>(stored_time(rows.front().text(0)) - now);
  return std::optional<std::chrono::seconds>{std::max(left, std::chrono::seconds{1})};
}

Status record_login_failure(storage::Session& session, const std::string& pair_key, TimePoint now,
                            const LoginThrottlePolicy& policy) {
  std::string at = format_iso8601(now);
  return storage::in_transaction(session, [&](storage::Session& s) -> Status {
    SAMLA_TRY(s.execute("DELETE FROM login_throttle WHERE expires_at <= ?", {at}));
    // One statement counts the failure, so concurrent failures of a pair on several servers
    // are all counted: the row lock orders them.
    SAMLA_ASSIGN(storage::Row row,
                 s.query_one("INSERT INTO login_throttle (pair_key, failures, last_failure_at, "
                             "expires_at) VALUES (?, 1, ?, ?) ON CONFLICT (pair_key) DO UPDATE "
                             "SET failures = login_throttle.failures + 1, "
                             "last_failure_at = excluded.last_failure_at RETURNING failures",
                             {pair_key, at, format_iso8601(now + policy.memory)}));
    auto failures = static_cast<int>(std::min<std::int64_t>(row.integer(0), 1 << 20));
    std::chrono::seconds wait = wait_after(failures, policy);
    std::optional<std::string> blocked_until;
    if (wait.count() > 0) blocked_until = format_iso8601(now + wait);
    SAMLA_TRY(s.execute(
        "UPDATE login_throttle SET blocked_until = ?, expires_at = ? WHERE pair_key = ?",
        {storage::nullable(blocked_until), format_iso8601(now + wait + policy.memory), pair_key}));
    return ok_status();
  });
}

Status forget_login_failures(storage::Session& session, const std::string& pair_key) {
  SAMLA_TRY(session.execute("DELETE FROM login_throttle WHERE pair_key = ?", {pair_key}));
  return ok_status();
}

}  // namespace samla::access
