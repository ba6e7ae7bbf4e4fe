// A live session over a WebSocket: the server pushes changes ({"type": "change", "seq", "kind",
// "activity_id"}) — to the console every change as it happens, to a participant at most one
// message per 250 ms naming the latest (live/hub.h) — and a participant may send their ideas and
// answers the same way. The first message says who is there and what they saw last: a participant
// {"type": "hello", "token": …, "since": N}, the facilitator's console {"type": "hello",
// "since": N} (its account was checked on the upgrade); the answer is {"type": "welcome",
// "seq", "changes": […]} with what came after N. Then {"type": "input", "ref", "activity_id",
// "text"} and {"type": "answer", "ref", …the answer's fields} are answered {"type": "result",
// "ref", "status", "body"} (the body as the HTTP route's, a problem in the reader's language
// when refused); {"type": "ping"} gets {"type": "pong"}.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/language.h"
#include "http/api.h"
#include "live/hub.h"
#include "live/service.h"

namespace samla::live {

class LiveSocket : public http::SocketHandler,
                   public Listener,
                   public std::enable_shared_from_this<LiveSocket> {
 public:
  enum class Role { participant, facilitator };
  LiveSocket(LiveService& service, std::int64_t session_id, Role role, Language language)
      : service_(service), session_id_(session_id), role_(role), language_(language) {}

  void attach(std::shared_ptr<http::SocketPeer> peer) override;
  void on_message(const std::string& text) override;
  void on_close() override;
  void deliver(const std::string& text) override;

 private:
  void send(const nlohmann::json& message);
  void send_problem(const Error& error, const nlohmann::json& ref, const char* type = "error");
  void hello(const nlohmann::json& message);

  LiveService& service_;
  const std::int64_t session_id_;
  const Role role_;
  const Language language_;
  std::mutex mutex_;
  std::weak_ptr<http::SocketPeer> peer_;
  bool greeted_ = false;
  std::atomic<bool> closed_{false};
  std::string token_;  // a participant's, from their hello
};

}  // namespace samla::live
