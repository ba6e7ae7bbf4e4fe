// Who listens to which live session on this server, and the last change each session's
// listeners were sent: LiveService publishes every change once, in order, after its commit.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace samla::live {

// A listener: a WebSocket's handler (live/socket.h).
class Listener {
 public:
  virtual ~Listener() = default;
  virtual void deliver(const std::string& text) = 0;
};

class LiveHub {
 public:
  void subscribe(std::int64_t session_id, const std::shared_ptr<Listener>& listener);
  void unsubscribe(std::int64_t session_id, const Listener* listener);
  bool has_listeners(std::int64_t session_id);
  // Sends `text` to every listener of the session.
  void broadcast(std::int64_t session_id, const std::string& text);

  // The last change sent to the session's listeners; `fallback` when none was yet.
  std::int64_t last_sent(std::int64_t session_id, std::int64_t fallback);
  void set_last_sent(std::int64_t session_id, std::int64_t seq);

  // Where the session's listeners stand, when no change was sent to them yet: `seq`.
  void start_from(std::int64_t session_id, std::int64_t seq);

  // Held while a session's changes are read and sent, so that its listeners get them in order.
  std::unique_lock<std::mutex> publishing(std::int64_t session_id);

 private:
  std::mutex mutex_;
  std::map<std::int64_t, std::shared_ptr<std::mutex>> publishing_;
  std::map<std::int64_t, std::vector<std::weak_ptr<Listener>>> listeners_;
  std::map<std::int64_t, std::int64_t> last_sent_;
};

}  // namespace samla::live
