#include "live/hub.h"

#include <algorithm>

#include "core/json.h"

namespace samla::live {

std::string change_message(const PushedChange& change) {
  return nlohmann::json{{"type", "change"},
                        {"seq", change.seq},
                        {"kind", change.kind},
                        {"activity_id", change.activity_id ? nlohmann::json(*change.activity_id)
                                                           : nlohmann::json(nullptr)}}
      .dump();
}

LiveHub::LiveHub(std::chrono::milliseconds pace) : pace_(pace) {}

LiveHub::~LiveHub() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (pacer_.joinable()) pacer_.join();
}

void LiveHub::subscribe(std::int64_t session_id, const std::shared_ptr<Listener>& listener,
                        Pace pace) {
  std::lock_guard lock(mutex_);
  auto& list = listeners_[session_id];
  std::erase_if(list, [](const Subscribed& s) { return s.listener.expired(); });
  // Once per listener, however often it says hello.
  for (const auto& s : list)
    if (s.listener.lock() == listener) return;
  list.push_back({listener, pace});
}

void LiveHub::unsubscribe(std::int64_t session_id, const Listener* listener) {
  std::lock_guard lock(mutex_);
  auto it = listeners_.find(session_id);
  if (it == listeners_.end()) return;
  std::erase_if(it->second, [&](const Subscribed& s) {
    auto locked = s.listener.lock();
    return !locked || locked.get() == listener;
  });
  if (it->second.empty()) {
    listeners_.erase(it);
    paced_.erase(session_id);
  }
}

bool LiveHub::has_listeners(std::int64_t session_id) {
  std::lock_guard lock(mutex_);
  return listeners_.contains(session_id);
}

// With mutex_ held.
std::vector<std::shared_ptr<Listener>> LiveHub::targets(std::int64_t session_id, Pace pace) {
  std::vector<std::shared_ptr<Listener>> found;
  auto it = listeners_.find(session_id);
  if (it == listeners_.end()) return found;
  for (const auto& s : it->second)
    if (s.pace == pace)
      if (auto l = s.listener.lock()) found.push_back(std::move(l));
  return found;
}

void LiveHub::broadcast(std::int64_t session_id, const PushedChange& change) {
  const std::string text = change_message(change);
  std::vector<std::shared_ptr<Listener>> now_targets;
  std::vector<std::shared_ptr<Listener>> paced_targets;
  {
    std::lock_guard lock(mutex_);
    now_targets = targets(session_id, Pace::every_change);
    auto& paced = paced_[session_id];
    const auto now = std::chrono::steady_clock::now();
    if (change.kind == "session_closed" || now - paced.last_push >= pace_) {
      paced.waiting.reset();  // this message names a later change
      paced.last_push = now;
      paced_targets = targets(session_id, Pace::paced);
    } else {
      paced.waiting = text;
      start_pacer();
      wake_.notify_one();
    }
  }
  // Outside the lock: a listener's send only queues the text for its connection.
  for (const auto& l : now_targets) l->deliver(text);
  for (const auto& l : paced_targets) l->deliver(text);
}

// With mutex_ held.
void LiveHub::start_pacer() {
  if (!pacer_.joinable()) pacer_ = std::thread([this] { run_pacer(); });
}

void LiveHub::run_pacer() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    const auto now = std::chrono::steady_clock::now();
    std::optional<std::chrono::steady_clock::time_point> next;
    std::vector<std::int64_t> due;
    for (const auto& [id, paced] : paced_) {
      if (!paced.waiting) continue;
      const auto at = paced.last_push + pace_;
      if (at <= now)
        due.push_back(id);
      else if (!next || at < *next)
        next = at;
    }
    if (due.empty()) {
      if (next)
        wake_.wait_until(lock, *next);
      else
        wake_.wait(lock);
      continue;
    }
    lock.unlock();
    for (std::int64_t id : due) {
      // In the session's order: a change being published waits, and one published meanwhile
      // took the waiting message with it.
      auto order = publishing(id);
      std::string text;
      std::vector<std::shared_ptr<Listener>> paced_targets;
      {
        std::lock_guard inner(mutex_);
        auto it = paced_.find(id);
        if (it == paced_.end() || !it->second.waiting) continue;
        text = std::move(*it->second.waiting);
        it->second.waiting.reset();
        it->second.last_push = std::chrono::steady_clock::now();
        paced_targets = targets(id, Pace::paced);
      }
      for (const auto& l : paced_targets) l->deliver(text);
    }
    lock.lock();
  }
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
