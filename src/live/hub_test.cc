// The hub's pacing: the console hears every change in order; phones hear the first change at
// once, then at most one message per pace naming the latest, and the session's end at once.
#include "live/hub.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "core/json.h"

namespace samla::live {
namespace {

using namespace std::chrono_literals;

class Heard : public Listener {
 public:
  void deliver(const std::string& text) override {
    std::lock_guard lock(mutex_);
    seqs_.push_back(nlohmann::json::parse(text).at("seq").get<std::int64_t>());
    kinds_.push_back(nlohmann::json::parse(text).at("kind").get<std::string>());
  }
  std::vector<std::int64_t> seqs() {
    std::lock_guard lock(mutex_);
    return seqs_;
  }
  std::vector<std::string> kinds() {
    std::lock_guard lock(mutex_);
    return kinds_;
  }
  // Waits (at most 5 s) until `count` messages came.
  bool wait_for(std::size_t count) {
    for (int i = 0; i < 500 && seqs().size() < count; ++i) std::this_thread::sleep_for(10ms);
    return seqs().size() >= count;
  }

 private:
  std::mutex mutex_;
  std::vector<std::int64_t> seqs_;
  std::vector<std::string> kinds_;
};

void send(LiveHub& hub, std::int64_t session, std::int64_t seq, const char* kind = "answered") {
  auto order = hub.publishing(session);
  hub.broadcast(session, {seq, kind, 7});
}

TEST(LiveHub, TheConsoleHearsEveryChangeAndPhonesTheLatestOncePerPace) {
  // A pace long enough that the five sends below fall within it on a busy machine too.
  LiveHub hub(500ms);
  auto console = std::make_shared<Heard>();
  auto phone = std::make_shared<Heard>();
  hub.subscribe(1, console, Pace::every_change);
  hub.subscribe(1, phone, Pace::paced);
  for (int seq = 1; seq <= 5; ++seq) send(hub, 1, seq);
  EXPECT_EQ(console->seqs(), (std::vector<std::int64_t>{1, 2, 3, 4, 5}));
  // The first at once; the rest wait for the pace and come as one message naming the last.
  EXPECT_EQ(phone->seqs().front(), 1);
  ASSERT_TRUE(phone->wait_for(2));
  std::this_thread::sleep_for(600ms);  // nothing more follows, a pace later
  EXPECT_EQ(phone->seqs(), (std::vector<std::int64_t>{1, 5}));
  // Once the pace has passed with nothing waiting, the next change goes at once.
  send(hub, 1, 6);
  EXPECT_EQ(phone->seqs(), (std::vector<std::int64_t>{1, 5, 6}));
}

TEST(LiveHub, TheSessionsEndReachesPhonesAtOnceAndTakesWhatWaitedWithIt) {
  LiveHub hub(10s);  // so long that only an immediate send can reach the phone in this test
  auto phone = std::make_shared<Heard>();
  hub.subscribe(1, phone, Pace::paced);
  send(hub, 1, 1);
  send(hub, 1, 2);
  EXPECT_EQ(phone->seqs(), (std::vector<std::int64_t>{1}));
  send(hub, 1, 3, "session_closed");
  EXPECT_EQ(phone->seqs(), (std::vector<std::int64_t>{1, 3}));
  EXPECT_EQ(phone->kinds().back(), "session_closed");
}

TEST(LiveHub, SessionsArePacedApartAndAGoneListenerHearsNothing) {
  LiveHub hub(60ms);
  auto first = std::make_shared<Heard>();
  auto second = std::make_shared<Heard>();
  hub.subscribe(1, first, Pace::paced);
  hub.subscribe(2, second, Pace::paced);
  hub.subscribe(2, second, Pace::paced);  // a second hello: still one listener
  send(hub, 1, 10);
  send(hub, 2, 20);  // another session's pace is its own: at once
  send(hub, 2, 21);
  EXPECT_EQ(first->seqs(), (std::vector<std::int64_t>{10}));
  ASSERT_TRUE(second->wait_for(2));
  EXPECT_EQ(second->seqs(), (std::vector<std::int64_t>{20, 21}));
  hub.unsubscribe(1, first.get());
  EXPECT_FALSE(hub.has_listeners(1));
  send(hub, 1, 11);
  EXPECT_EQ(first->seqs(), (std::vector<std::int64_t>{10}));
}

}  // namespace
}  // namespace samla::live
