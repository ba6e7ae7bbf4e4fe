#include "live/hub.h"

#include <algorithm>

namespace samla::live {

void LiveHub::subscribe(std::int64_t session_id, const std::shared_ptr<Listener>& listener) {
  std::lock_guard lock(mutex_);
  auto& list = listeners_[session_id];
  std::erase_if(list, [](const std::weak_ptr<Listener>& l) { return l.expired(); });
  // Once per listener, however often it says hello.
  for (const auto& l : list)
    if (l.lock() == listener) return;
  list.push_back(listener);
}

void LiveHub::unsubscribe(std::int64_t session_id, const Listener* listener) {
  std::lock_guard lock(mutex_);
  auto it = listeners_.find(session_id);
  if (it == listeners_.end()) return;
  std::erase_if(it->second, [&](const std::weak_ptr<Listener>& l) {
    auto locked = l.lock();
    return !locked || locked.get() == listener;
  });
  if (it->second.empty()) listeners_.erase(it);
}

bool LiveHub::has_listeners(std::int64_t session_id) {
  std::lock_guard lock(mutex_);
  return listeners_.contains(session_id);
}

void LiveHub::broadcast(std::int64_t session_id, const std::string& text) {
  std::vector<std::shared_ptr<Listener>> targets;
  {
    std::lock_guard lock(mutex_);
    auto it = listeners_.find(session_id);
    if (it == listeners_.end()) return;
    for (const auto& weak : it->second)
      if (auto l = weak.lock()) targets.push_back(std::move(l));
  }
  // Outside the lock: a listener's send only queues the text for its connection.
  for (const auto& l : targets) l->deliver(text);
}

std::int64_t LiveHub::last_sent(std::int64_t session_id, std::int64_t fallback) {
  std::lock_guard lock(mutex_);
  auto it = last_sent_.find(session_id);
  return it == last_sent_.end() ? fallback : it->second;
}

void LiveHub::start_from(std::int64_t session_id, std::int64_t seq) {
  std::lock_guard lock(mutex_);
  last_sent_.try_emplace(session_id, seq);
}

std::unique_lock<std::mutex> LiveHub::publishing(std::int64_t session_id) {
  std::shared_ptr<std::mutex> m;
  {
    std::lock_guard lock(mutex_);
    auto& slot = publishing_[session_id];
    if (!slot) slot = std::make_shared<std::mutex>();
    m = slot;
  }
  // The mutex lives as long as the map holds it: sessions are few, and kept for the process.
  return std::unique_lock<std::mutex>(*m);
}

void LiveHub::set_last_sent(std::int64_t session_id, std::int64_t seq) {
  std::lock_guard lock(mutex_);
  auto& last = last_sent_[session_id];
  last = std::max(last, seq);
}

}  // namespace samla::live
