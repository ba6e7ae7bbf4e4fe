#include "access/rate_limiter.h"

#include <algorithm>
#include <cctype>

namespace samla::access {
namespace {

// Past this many keys, stale ones are swept so a flood of made-up names cannot grow memory
// without bound; live ones stay, because forgetting them would lift the limit.
constexpr std::size_t kSweepAbove = 10000;

std::string account_key(const std::string& account) {
  std::string key = account;
  std::transform(key.begin(), key.end(), key.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return key;
}

}  // namespace

std::size_t LoginRateLimiter::recent(Failures& failures, const std::string& key, TimePoint now) {
  auto it = failures.find(key);
  if (it == failures.end()) return 0;
  auto& times = it->second;
  while (!times.empty() && now - times.front() >= limits_.window) times.pop_front();
  if (times.empty()) {
    failures.erase(it);
    return 0;
  }
  return times.size();
}

void LoginRateLimiter::prune_all(Failures& failures, TimePoint now) {
  for (auto it = failures.begin(); it != failures.end();) {
    auto& times = it->second;
    while (!times.empty() && now - times.front() >= limits_.window) times.pop_front();
    it = times.empty() ? failures.erase(it) : std::next(it);
  }
}

bool LoginRateLimiter::allowed(const std::string& account, const std::string& address,
                               TimePoint now) {
  std::lock_guard lock(mutex_);
  return recent(by_account_, account_key(account), now) <
             static_cast<std::size_t>(limits_.per_account) &&
         recent(by_address_, address, now) < static_cast<std::size_t>(limits_.per_address);
}

void LoginRateLimiter::record_failure(const std::string& account, const std::string& address,
                                      TimePoint now) {
  std::lock_guard lock(mutex_);
  if (by_account_.size() > kSweepAbove) prune_all(by_account_, now);
  if (by_address_.size() > kSweepAbove) prune_all(by_address_, now);
  by_account_[account_key(account)].push_back(now);
  by_address_[address].push_back(now);
}

void LoginRateLimiter::reset_account(const std::string& account) {
  std::lock_guard lock(mutex_);
  by_account_.erase(account_key(account));
}

}  // namespace samla::access
