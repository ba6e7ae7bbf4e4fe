// Several senders on one outbox (several samla servers, or threads): each message is claimed by
// one of them; a claim that lapsed (its sender died mid-send) is claimed again, one still held
// is not; a message once sent is never claimed again. Both backends.
#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>
#include <set>
#include <thread>

#include "app/test_support.h"
#include "core/clock.h"
#include "events/messages.h"

namespace samla::events {
namespace {

class OutboxClaims : public app::testing::MigratedDatabaseTest {
 protected:
  void SetUp() override { open_through("events"); }

  std::int64_t queue(const std::string& to) {
    OutboxMessage m;
    m.to_name = to;
    m.to_email = to + "@example.org";
    m.language = "en";
    m.subject = "Hello";
    m.body = "Hello " + to;
    m.kind = "invitation";
    auto lease = pool_->acquire();
    EXPECT_TRUE(lease.ok());
    auto queued = store::queue_message(**lease, m);
    EXPECT_TRUE(queued.ok());
    return queued.ok() ? queued->id : 0;
  }

  // A claim in a write transaction of its own, as OutboxSender makes it.
  std::optional<std::int64_t> claim(std::int64_t after, const std::string& now,
                                    const std::string& until) {
    auto claimed = storage::with_session(*pool_, true, [&](storage::Session& s) {
      return store::claim_next_message(s, 3, after, now, until);
    });
    EXPECT_TRUE(claimed.ok()) << (claimed.ok() ? "" : claimed.error().message);
    if (!claimed.ok() || !*claimed) return std::nullopt;
    return (*claimed)->id;
  }
};

TEST_P(OutboxClaims, TwoSendersAtOnceClaimEachMessageOnce) {
  std::set<std::int64_t> queued;
  for (int i = 0; i < 60; ++i) queued.insert(queue("p" + std::to_string(i)));
  const std::string now = "2026-12-07T10:00:00.000Z";
  const std::string until = "2026-12-07T10:05:00.000Z";
  std::mutex mutex;
  std::vector<std::int64_t> claimed;
  auto sender = [&] {
    std::int64_t after = 0;
    while (auto id = claim(after, now, until)) {
      after = *id;
      std::lock_guard lock(mutex);
      claimed.push_back(*id);
    }
  };
  std::thread first(sender);
  std::thread second(sender);
  first.join();
  second.join();
  std::sort(claimed.begin(), claimed.end());
  EXPECT_EQ(std::set<std::int64_t>(claimed.begin(), claimed.end()), queued);
  EXPECT_EQ(claimed.size(), queued.size()) << "a message was claimed twice";
  // Held claims keep a later round (both senders again) off every message.
  EXPECT_EQ(claim(0, now, until), std::nullopt);
}

TEST_P(OutboxClaims, ALapsedClaimIsClaimedAgainAndASentMessageNever) {
  const std::int64_t first = queue("first");
  const std::int64_t second = queue("second");
  EXPECT_EQ(claim(0, "2026-12-07T10:00:00.000Z", "2026-12-07T10:05:00.000Z"), first);
  // While the first sender holds it, the next goes to another.
  EXPECT_EQ(claim(0, "2026-12-07T10:01:00.000Z", "2026-12-07T10:06:00.000Z"), second);
  // The first sender died: once its claim lapsed, the message is claimed again.
  EXPECT_EQ(claim(0, "2026-12-07T10:05:00.001Z", "2026-12-07T10:10:00.000Z"), first);
  {
    auto lease = pool_->acquire();
    ASSERT_TRUE(lease.ok());
    ASSERT_TRUE(store::record_attempt(**lease, first, std::nullopt).ok());  // sent
    ASSERT_TRUE(store::record_attempt(**lease, second, std::string("550 no such user")).ok());
  }
  // A failed message is tried again (fewer than three attempts), but not twice in one round
  // (`after`), and a sent one never, whatever the clock says.
  EXPECT_EQ(claim(0, "2026-12-07T10:02:00.000Z", "2026-12-07T10:07:00.000Z"), second);
  {
    auto lease = pool_->acquire();
    ASSERT_TRUE(lease.ok());
    ASSERT_TRUE(store::record_attempt(**lease, second, std::string("550 no such user")).ok());
  }
  EXPECT_EQ(claim(second, "2030-01-01T00:00:00.000Z", "2030-01-01T00:05:00.000Z"), std::nullopt);
  EXPECT_EQ(claim(0, "2030-01-01T00:00:00.000Z", "2030-01-01T00:05:00.000Z"), second);
  {
    auto lease = pool_->acquire();
    ASSERT_TRUE(lease.ok());
    ASSERT_TRUE(store::record_attempt(**lease, second, std::string("550 no such user")).ok());
  }
  // Three attempts: no more.
  EXPECT_EQ(claim(0, "2031-01-01T00:00:00.000Z", "2031-01-01T00:05:00.000Z"), std::nullopt);
}

TEST_P(OutboxClaims, AFailedMessageWaitsUntilItsRetryTime) {
  const std::int64_t id = queue("later");
  EXPECT_EQ(claim(0, "2026-12-07T10:00:00.000Z", "2026-12-07T10:05:00.000Z"), id);
  {
    auto lease = pool_->acquire();
    ASSERT_TRUE(lease.ok());
    ASSERT_TRUE(store::record_attempt(**lease, id, std::string("421 try again later"),
                                      std::string("2026-12-07T10:01:00.000Z"))
                    .ok());
  }
  // Another server's round a second later does not spend the next attempt at once.
  EXPECT_EQ(claim(0, "2026-12-07T10:00:01.000Z", "2026-12-07T10:05:01.000Z"), std::nullopt);
  EXPECT_EQ(claim(0, "2026-12-07T10:01:00.001Z", "2026-12-07T10:06:00.000Z"), id);
}

INSTANTIATE_TEST_SUITE_P(Backends, OutboxClaims,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace samla::events
