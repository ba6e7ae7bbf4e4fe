// Runs the registered jobs: on a timer in the server (start()), or once from `samla jobs run`
// and POST /api/v1/jobs/{name}/run. Every run is claimed in the database first (jobs/store.h),
// so it does not matter how many servers tick: each job runs once per period.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "jobs/job.h"
#include "jobs/store.h"

namespace samla::jobs {

struct RunnerOptions {
  std::string runner_id;                    // empty: "host:pid"
  std::chrono::seconds lease{15 * 60};      // longer than any run takes
  std::chrono::seconds poll{60};            // how often the server's thread looks
  std::chrono::seconds first_delay{5};      // the first look, once the server listens
  std::function<std::string()> public_url;  // absent: http://127.0.0.1:8080
};

// One job's run as a caller saw it: the run, and whether this call is the one that ran it.
struct RunOutcome {
  JobRun run;
  bool ran_now = false;
};

// A registered job as the API lists it: its current period and its newest run.
struct JobState {
  const Job* job = nullptr;
  std::string current_period;
  std::optional<JobRun> last_run;
};

// The runner's own retention: runs older than kKeepRunsDays are forgotten (daily).
inline constexpr int kKeepRunsDays = 400;
Job runs_retention_job();

class JobRunner {
 public:
  JobRunner(storage::SessionPool& pool, std::vector<Job> jobs, RunnerOptions options = {});
  ~JobRunner();  // stops the thread
  JobRunner(const JobRunner&) = delete;
  JobRunner& operator=(const JobRunner&) = delete;

  const std::vector<Job>& jobs() const { return jobs_; }
  const Job* find(std::string_view name) const;
  void set_public_url(std::function<std::string()> public_url);

  // Runs every job whose period at `now` has not run yet; the runs this call made.
  std::vector<RunOutcome> tick(TimePoint now);
  // Job `name` for `period` (its period at `now` when absent): the run, made now or found.
  // 404 for an unknown job, 422 for a period the job could not have.
  Result<RunOutcome> run(std::string_view name, std::optional<std::string> period, TimePoint now);

  // Every job with its current period at `now` and its newest run.
  Result<std::vector<JobState>> states(TimePoint now);
  // The newest runs first (of job `name` only, when given; 404 for an unknown one).
  Result<std::vector<JobRun>> runs(std::optional<std::string> name, int limit);

  // The background thread that ticks first after first_delay, then every poll interval; stop() or
  // the destructor ends it.
  void start();
  void stop();

 private:
  Result<RunOutcome> run_job(const Job& job, const std::string& period, TimePoint now);
  std::string public_url() const;

  storage::SessionPool& pool_;
  std::vector<Job> jobs_;
  RunnerOptions options_;
  mutable std::mutex mutex_;
  std::condition_variable wakeup_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace samla::jobs
