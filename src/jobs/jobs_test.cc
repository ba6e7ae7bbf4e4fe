// The job runner on both backends: periods (days and ISO weeks, from the job's hour), one run
// per period however many runners tick at once, a failed run tried again up to three times, an
// abandoned run taken over once its lease has passed, and a manual run that names its period.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "app/test_support.h"
#include "jobs/runner.h"
#include "register/register_test_support.h"

namespace samla::jobs {
namespace {

TimePoint at(const std::string& text) {
  TimePoint t;
  EXPECT_TRUE(parse_iso8601(text, t)) << text;
  return t;
}

TEST(JobPeriods, DaysAndIsoWeeksStartAtTheJobsHour) {
  struct Row {
    Cadence cadence;
    int hour;
    const char* moment;
    const char* period;
  };
  const Row rows[] = {
      {Cadence::daily, 6, "2026-12-07T06:00:00Z", "2026-12-07"},
      {Cadence::daily, 6, "2026-12-07T05:59:59Z", "2026-12-06"},
      {Cadence::daily, 0, "2026-12-31T23:59:59Z", "2026-12-31"},
      {Cadence::weekly, 6, "2026-12-07T06:00:00Z", "2026-W50"},  // a Monday
      {Cadence::weekly, 6, "2026-12-07T05:59:00Z", "2026-W49"},  // not yet the new week
      {Cadence::weekly, 0, "2026-12-31T12:00:00Z", "2026-W53"},  // 2026 has 53 weeks
      {Cadence::weekly, 0, "2027-01-03T12:00:00Z", "2026-W53"},  // a Sunday, still 2026's
      {Cadence::weekly, 0, "2027-01-04T00:00:00Z", "2027-W01"},
      {Cadence::weekly, 0, "2024-12-30T00:00:00Z", "2025-W01"},  // a Monday in 2024
  };
  for (const auto& r : rows) {
    EXPECT_EQ(period_of(r.cadence, r.hour, at(r.moment)), r.period) << r.moment;
    EXPECT_TRUE(is_period(r.cadence, r.period)) << r.period;
  }
  for (const char* bad : {"2025-W53", "2026-W54", "2026-W00", "2026-w49", "2026-W4", "26-W490"})
    EXPECT_FALSE(is_period(Cadence::weekly, bad)) << bad;
  EXPECT_FALSE(is_period(Cadence::daily, "2026-02-30"));
  EXPECT_FALSE(is_period(Cadence::daily, "2026-W49"));
}

class JobRunnerTest : public app::testing::MigratedDatabaseTest {
 protected:
  void SetUp() override { open_through("jobs"); }

  // A job that counts its runs, fails while `failures` lasts, and takes `pause` to finish.
  Job counting_job(std::atomic<int>& runs, std::atomic<int>& failures,
                   std::chrono::milliseconds pause = std::chrono::milliseconds(0)) {
    return {
        "test.count", "counts", Cadence::daily, 6,
        [&runs, &failures, pause](storage::SessionPool&, const JobContext& c) -> Result<Counts> {
          ++runs;
          std::this_thread::sleep_for(pause);
          if (failures > 0) {
            --failures;
            return hidden_error(ErrorCode::unavailable, "the mail server was away");
          }
          return Counts{{"runs", runs.load()},
                        {"day_length", static_cast<std::int64_t>(c.period.size())}};
        }};
  }
};

TEST_P(JobRunnerTest, ManyRunnersTickingAtOnceRunEachPeriodOnce) {
  std::atomic<int> runs{0}, failures{0};
  const TimePoint now = at("2026-12-07T08:00:00Z");
  // Four runners, as four servers would be, each with its own connections to the database.
  std::vector<std::unique_ptr<storage::SessionPool>> pools;
  std::vector<std::unique_ptr<JobRunner>> runners;
  for (int i = 0; i < 4; ++i) {
    pools.push_back(std::make_unique<storage::SessionPool>(db_->database()));
    runners.push_back(std::make_unique<JobRunner>(
        *pools.back(),
        std::vector<Job>{counting_job(runs, failures, std::chrono::milliseconds(50))},
        RunnerOptions{"server-" + std::to_string(i)}));
  }
  std::atomic<int> ran_now{0};
  std::vector<std::thread> threads;
  for (auto& runner : runners)
    threads.emplace_back(
        [&, r = runner.get()] { ran_now += static_cast<int>(r->tick(now).size()); });
  for (auto& t : threads) t.join();
  EXPECT_EQ(runs.load(), 1);
  EXPECT_EQ(ran_now.load(), 1);
  auto found = runners[0]->run("test.count", std::nullopt, now);
  ASSERT_OK(found);
  EXPECT_FALSE(found->ran_now);
  EXPECT_EQ(found->run.status, "done");
  EXPECT_EQ(found->run.period, "2026-12-07");
  EXPECT_EQ(found->run.counts.at("runs"), 1);
  // The next day is a new period.
  EXPECT_EQ(runners[1]->tick(at("2026-12-08T07:00:00Z")).size(), 1u);
  EXPECT_EQ(runs.load(), 2);
}

TEST_P(JobRunnerTest, AFailedRunIsTriedAgainUpToThreeTimes) {
  std::atomic<int> runs{0}, failures{5};
  JobRunner runner(*pool_, {counting_job(runs, failures)}, RunnerOptions{"one"});
  const TimePoint now = at("2026-12-07T08:00:00Z");
  for (int i = 0; i < 5; ++i) runner.tick(now);
  EXPECT_EQ(runs.load(), kMaxAttempts);
  auto run = runner.run("test.count", "2026-12-07", now);
  ASSERT_OK(run);
  EXPECT_EQ(run->run.status, "failed");
  EXPECT_EQ(run->run.attempts, kMaxAttempts);
  EXPECT_EQ(run->run.error, "the mail server was away");

  failures = 1;  // the next day fails once and then succeeds
  runner.tick(at("2026-12-08T08:00:00Z"));
  runner.tick(at("2026-12-08T08:01:00Z"));
  auto next = runner.run("test.count", "2026-12-08", at("2026-12-08T08:02:00Z"));
  ASSERT_OK(next);
  EXPECT_EQ(next->run.status, "done");
  EXPECT_EQ(next->run.attempts, 2);
}

TEST_P(JobRunnerTest, ARunWhoseServerDiedIsTakenOverWhenItsLeaseHasPassed) {
  {
    auto lease = pool_->acquire();
    ASSERT_OK(lease);
    auto claimed = store::claim(**lease, "test.count", "2026-12-07", "dead-server",
                                at("2026-12-07T06:00:00Z"), std::chrono::minutes(15));
    ASSERT_OK(claimed);
    ASSERT_TRUE(claimed->has_value());
  }
  std::atomic<int> runs{0}, failures{0};
  JobRunner runner(*pool_, {counting_job(runs, failures)}, RunnerOptions{"alive"});
  EXPECT_TRUE(runner.tick(at("2026-12-07T06:10:00Z")).empty());  // still leased
  EXPECT_EQ(runs.load(), 0);
  auto taken = runner.tick(at("2026-12-07T06:16:00Z"));
  ASSERT_EQ(taken.size(), 1u);
  EXPECT_EQ(taken[0].run.runner, "alive");
  EXPECT_EQ(taken[0].run.attempts, 2);
  EXPECT_EQ(runs.load(), 1);
}

TEST_P(JobRunnerTest, AManualRunNamesAJobAndAPeriodItCouldHave) {
  std::atomic<int> runs{0}, failures{0};
  JobRunner runner(*pool_, {counting_job(runs, failures)}, RunnerOptions{"one"});
  auto unknown = runner.run("test.nothing", std::nullopt, samla::now());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
  auto week = runner.run("test.count", "2026-W49", samla::now());
  ASSERT_FALSE(week.ok());
  EXPECT_EQ(week.error().code, ErrorCode::invalid);
  EXPECT_EQ(week.error().fields.at(0).field, "period");
  auto past = runner.run("test.count", "2026-11-30", samla::now());
  ASSERT_OK(past);
  EXPECT_TRUE(past->ran_now);
  EXPECT_EQ(past->run.counts.at("day_length"), 10);
  auto listed = runner.runs(std::string("test.count"), 10);
  ASSERT_OK(listed);
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().period, "2026-11-30");
  auto states = runner.states(at("2026-12-07T08:00:00Z"));
  ASSERT_OK(states);
  ASSERT_EQ(states->size(), 1u);
  EXPECT_EQ(states->front().current_period, "2026-12-07");
  ASSERT_TRUE(states->front().last_run);
  EXPECT_EQ(states->front().last_run->period, "2026-11-30");
}

INSTANTIATE_TEST_SUITE_P(Backends, JobRunnerTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::jobs
