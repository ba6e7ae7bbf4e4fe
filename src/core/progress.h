// Work that takes more than a moment (a large import) says how far it has come, so that the
// page that started it can show a bar instead of a frozen page. The client names the work with
// a random key of its own (`?progress=KEY` on the request that does the work) and asks
// GET /api/v1/progress/KEY while it waits. Only the user who started the work may read it.
//
// The board is this server's memory, kept for ten minutes after the last step: behind a load
// balancer the question may reach another server, which answers 404, and the page then shows
// that the work goes on without a count. Nothing here is needed for the work itself.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace samla {

// Where the work is: a stage ("reading", "checking", "saving") and, when it counts, how many
// of how many (rows). `finished` once the request that does the work has answered.
struct ProgressStep {
  std::string stage;
  std::int64_t done = 0;
  std::int64_t total = 0;
  bool finished = false;
};

// Called by the work now and then; cheap enough to call for every row (it keeps one step in
// a hundred, and every change of stage).
using ProgressCallback =
    std::function<void(std::string_view stage, std::int64_t done, std::int64_t total)>;

class ProgressBoard {
 public:
  using Clock = std::chrono::steady_clock;

  // 16 to 64 letters, digits, '-' or '_': a key the client drew at random.
  static bool valid_key(std::string_view key);

  // Starts tracking `key` for `owner` (a user id) and answers the callback the work calls.
  // The callback holds the board by reference: the board outlives every request.
  ProgressCallback track(std::int64_t owner, const std::string& key);
  void finish(std::int64_t owner, const std::string& key);
  // The last step of `key`, if `owner` started it and it is not older than ten minutes.
  std::optional<ProgressStep> read(std::int64_t owner, const std::string& key);

  // At most this many keys are kept, and this many of one user (so that nobody can push
  // everyone else's work off the board); the oldest go first.
  static constexpr std::size_t kMaxKeys = 1024;
  static constexpr std::size_t kMaxKeysPerUser = 16;
  static constexpr std::chrono::minutes kKeptFor{10};

 private:
  struct Entry {
    ProgressStep step;
    Clock::time_point touched;
  };
  using Key = std::pair<std::int64_t, std::string>;

  void update(const Key& key, std::string_view stage, std::int64_t done, std::int64_t total);
  void prune_locked(Clock::time_point now);
  void drop_oldest_locked(std::optional<std::int64_t> owner);

  std::mutex mutex_;
  std::map<Key, Entry> entries_;
};

}  // namespace samla
