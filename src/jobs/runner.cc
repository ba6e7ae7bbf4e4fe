#include "jobs/runner.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <exception>

namespace samla::jobs {
namespace {

std::string default_runner_id() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  return std::string(host[0] ? host : "localhost") + ":" + std::to_string(getpid());
}

}  // namespace

Job runs_retention_job() {
  return {"jobs.retention",
          "Every day: forgets job runs older than " + std::to_string(kKeepRunsDays) + " days",
          Cadence::daily, 3,
          [](storage::SessionPool& pool, const JobContext& context) -> Result<Counts> {
            SAMLA_ASSIGN(auto lease, pool.acquire());
            SAMLA_ASSIGN(
                auto forgotten,
                store::delete_runs_before(
                    *lease, format_iso8601(context.now - std::chrono::days{kKeepRunsDays})));
            return Counts{{"job_runs", forgotten}};
          }};
}

JobRunner::JobRunner(storage::SessionPool& pool, std::vector<Job> jobs, RunnerOptions options)
    : pool_(pool), jobs_(std::move(jobs)), options_(std::move(options)) {
  if (options_.runner_id.empty()) options_.runner_id = default_runner_id();
}

JobRunner::~JobRunner() {
  stop();
}

const Job* JobRunner::find(std::string_view name) const {
  for (const auto& job : jobs_)
    if (job.name == name) return &job;
  return nullptr;
}

void JobRunner::set_public_url(std::function<std::string()> public_url) {
  std::lock_guard lock(mutex_);
  options_.public_url = std::move(public_url);
}

std::string JobRunner::public_url() const {
  std::function<std::string()> source;
  {
    std::lock_guard lock(mutex_);
    source = options_.public_url;
  }
  std::string url = source ? source() : "http://127.0.0.1:8080";
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

Result<RunOutcome> JobRunner::run_job(const Job& job, const std::string& period, TimePoint now) {
  std::optional<JobRun> claimed;
  {
    SAMLA_ASSIGN(auto lease, pool_.acquire());
    SAMLA_ASSIGN(claimed,
                 store::claim(*lease, job.name, period, options_.runner_id, now, options_.lease));
    if (!claimed) {
      SAMLA_ASSIGN(auto existing, store::find_run(*lease, job.name, period));
      if (!existing) return hidden_error(ErrorCode::internal, "The job run vanished.");
      return RunOutcome{*existing, false};
    }
  }
  const JobContext context{period, now, public_url()};
  Result<Counts> done = hidden_error(ErrorCode::internal, "The job did not run.");
  try {
    done = job.run(pool_, context);
  } catch (const std::exception& e) {
    done = hidden_error(ErrorCode::internal, std::string("The job threw: ") + e.what());
  }
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  if (done.ok()) {
    SAMLA_TRY(store::finish(*lease, claimed->id, done.value()));
    spdlog::info("job {} ran for {}", job.name, period);
  } else {
    SAMLA_TRY(store::fail(*lease, claimed->id, done.error().message));
    spdlog::warn("job {} failed for {}: {}", job.name, period, done.error().message);
  }
  SAMLA_ASSIGN(auto after, store::find_run(*lease, job.name, period));
  if (!after) return hidden_error(ErrorCode::internal, "The job run vanished.");
  return RunOutcome{*after, true};
}

std::vector<RunOutcome> JobRunner::tick(TimePoint now) {
  std::vector<RunOutcome> ran;
  for (const auto& job : jobs_) {
    auto outcome = run_job(job, period_of(job.cadence, job.hour_utc, now), now);
    if (!outcome.ok())
      spdlog::warn("job {} could not be claimed: {}", job.name, outcome.error().message);
    else if (outcome->ran_now)
      ran.push_back(std::move(outcome).value());
  }
  return ran;
}

Result<RunOutcome> JobRunner::run(std::string_view name, std::optional<std::string> period,
                                  TimePoint now) {
  const Job* job = find(name);
  if (!job)
    return make_error(ErrorCode::not_found, Msg::no_such_job, {{"name", std::string(name)}});
  if (period && !is_period(job->cadence, *period))
    return invalid_field("period",
                         job->cadence == Cadence::daily ? Msg::date_format : Msg::iso_week_format);
  return run_job(*job, period.value_or(period_of(job->cadence, job->hour_utc, now)), now);
}

Result<std::vector<JobState>> JobRunner::states(TimePoint now) {
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  std::vector<JobState> out;
  for (const auto& job : jobs_) {
    SAMLA_ASSIGN(auto newest, store::recent_runs(*lease, job.name, 1));
    JobState state{&job, period_of(job.cadence, job.hour_utc, now), std::nullopt};
    if (!newest.empty()) state.last_run = std::move(newest.front());
    out.push_back(std::move(state));
  }
  return out;
}

Result<std::vector<JobRun>> JobRunner::runs(std::optional<std::string> name, int limit) {
  if (name && !find(*name))
    return make_error(ErrorCode::not_found, Msg::no_such_job, {{"name", *name}});
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  return store::recent_runs(*lease, std::move(name), limit);
}

void JobRunner::start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] {
    std::unique_lock lock(mutex_);
    wakeup_.wait_for(lock, options_.first_delay, [this] { return stopping_; });
    while (!stopping_) {
      lock.unlock();
      tick(samla::now());
      lock.lock();
      wakeup_.wait_for(lock, options_.poll, [this] { return stopping_; });
    }
  });
}

void JobRunner::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wakeup_.notify_all();
  if (thread_.joinable()) thread_.join();
}

}  // namespace samla::jobs
