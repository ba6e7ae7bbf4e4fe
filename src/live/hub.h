// Who listens to which live session on this server, and the last change each session's
// listeners were sent: LiveService publishes every change once, in order, after its commit.
//
// The facilitator's console and presenter hear every change as it happens. Participants' phones
// are paced: at most one message per `pace` (250 ms) per session, naming the latest change, and
// `session_closed` at once. A phone only needs to know that something changed to read again; in
// a room of a thousand, one message per change would be 48,000 messages a second at 48 writes a
// second, most of them read by nobody before the next arrives.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace samla::live {

// A listener: a WebSocket's handler (live/socket.h).
class Listener {
 public:
  virtual ~Listener() = default;
  virtual void deliver(const std::string& text) = 0;
};

// How often a listener hears of changes.
enum class Pace { every_change, paced };

// One change as pushed: {"type": "change", "seq", "kind", "activity_id"}.
struct PushedChange {
  std::int64_t seq = 0;
  std::string kind;
  std::optional<std::int64_t> activity_id;
};

class LiveHub {
 public:
  explicit LiveHub(std::chrono::milliseconds pace = std::chrono::milliseconds(250));
  ~LiveHub();
  LiveHub(const LiveHub&) = delete;
  LiveHub& operator=(const LiveHub&) = delete;

  void subscribe(std::int64_t session_id, const std::shared_ptr<Listener>& listener, Pace pace);
  void unsubscribe(std::int64_t session_id, const Listener* listener);
  bool has_listeners(std::int64_t session_id);
  // Sends the change to the session's listeners: at once to those who hear every change, to
  // the paced ones at once or with the next paced message. Called with publishing() held.
  void broadcast(std::int64_t session_id, const PushedChange& change);

  // The last change sent to the session's listeners; `fallback` when none was yet.
  std::int64_t last_sent(std::int64_t session_id, std::int64_t fallback);
  void set_last_sent(std::int64_t session_id, std::int64_t seq);

  // Where the session's listeners stand, when no change was sent to them yet: `seq`.
  void start_from(std::int64_t session_id, std::int64_t seq);

  // Held while a session's changes are read and sent, so that its listeners get them in order.
  std::unique_lock<std::mutex> publishing(std::int64_t session_id);

 private:
  struct Subscribed {
    std::weak_ptr<Listener> listener;
    Pace pace;
  };
  // The paced listeners' side of a session: when they last heard, and what waits for them.
  struct Paced {
    std::chrono::steady_clock::time_point last_push{};
    std::optional<std::string> waiting;
  };

  std::vector<std::shared_ptr<Listener>> targets(std::int64_t session_id, Pace pace);
  void start_pacer();
  void run_pacer();

  const std::chrono::milliseconds pace_;
  std::mutex mutex_;
  std::map<std::int64_t, std::shared_ptr<std::mutex>> publishing_;
  std::map<std::int64_t, std::vector<Subscribed>> listeners_;
  std::map<std::int64_t, std::int64_t> last_sent_;
  std::map<std::int64_t, Paced> paced_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread pacer_;  // started with the first message that must wait
};

std::string change_message(const PushedChange& change);

}  // namespace samla::live
