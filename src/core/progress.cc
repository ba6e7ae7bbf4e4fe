#include "core/progress.h"

#include <algorithm>

namespace samla {

bool ProgressBoard::valid_key(std::string_view key) {
  if (key.size() < 16 || key.size() > 64) return false;
  return std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
  });
}

ProgressCallback ProgressBoard::track(std::int64_t owner, const std::string& key) {
  Key k{owner, key};
  {
    std::lock_guard lock(mutex_);
    auto now = Clock::now();
    prune_locked(now);
    std::size_t own = 0;
    for (const auto& [key, entry] : entries_) own += key.first == owner ? 1 : 0;
    if (own >= kMaxKeysPerUser && !entries_.count(k)) drop_oldest_locked(owner);
    entries_[k] = Entry{ProgressStep{"starting", 0, 0, false}, now};
  }
  return [this, k](std::string_view stage, std::int64_t done, std::int64_t total) {
    update(k, stage, done, total);
  };
}

void ProgressBoard::update(const Key& key, std::string_view stage, std::int64_t done,
                           std::int64_t total) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end()) return;  // pruned meanwhile: the work goes on uncounted
  ProgressStep& step = it->second.step;
  // Every hundredth row is enough for a bar; a new stage or the last row always counts.
  const bool same_stage = step.stage == stage;
  if (same_stage && done % 100 != 0 && done != total) return;
  step.stage = std::string(stage);
  step.done = done;
  step.total = total;
  it->second.touched = Clock::now();
}

void ProgressBoard::finish(std::int64_t owner, const std::string& key) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(Key{owner, key});
  if (it == entries_.end()) return;
  it->second.step.finished = true;
  it->second.touched = Clock::now();
}

std::optional<ProgressStep> ProgressBoard::read(std::int64_t owner, const std::string& key) {
  std::lock_guard lock(mutex_);
  prune_locked(Clock::now());
  auto it = entries_.find(Key{owner, key});
  if (it == entries_.end()) return std::nullopt;
  return it->second.step;
}

void ProgressBoard::prune_locked(Clock::time_point now) {
  for (auto it = entries_.begin(); it != entries_.end();)
    it = now - it->second.touched > kKeptFor ? entries_.erase(it) : std::next(it);
  while (entries_.size() >= kMaxKeys) drop_oldest_locked(std::nullopt);
}

// Drops the least recently told entry, of `owner` when given, else of anyone.
void ProgressBoard::drop_oldest_locked(std::optional<std::int64_t> owner) {
  auto oldest = entries_.end();
  for (auto it = entries_.begin(); it != entries_.end(); ++it)
    if ((!owner || it->first.first == *owner) &&
        (oldest == entries_.end() || it->second.touched < oldest->second.touched))
      oldest = it;
  if (oldest != entries_.end()) entries_.erase(oldest);
}

}  // namespace samla
