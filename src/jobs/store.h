// The job runs: one row per job and period (unique), claimed atomically so that of several
// servers, or a server and `samla jobs run`, exactly one runs a period. A claim holds a lease;
// a run whose server died mid-way is claimed again once its lease has passed, and a failed run
// is tried again up to kMaxAttempts times.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"
#include "storage/migrations.h"

namespace samla::jobs {

inline constexpr int kMaxAttempts = 3;

struct JobRun {
  std::int64_t id = 0;
  std::string job, period;
  std::string status;  // running, done, failed
  int attempts = 0;
  std::string runner;  // which server or command ran it ("host:pid")
  std::string started_at;
  std::optional<std::string> finished_at, error;
  Counts counts;  // what it did, when done
};

std::vector<storage::Migration> migrations();

namespace store {

// The run of `job` for `period` if this caller may now run it: a new row, a run whose lease
// has passed, or a failed one with attempts left. nullopt when another holds it or it is done.
Result<std::optional<JobRun>> claim(storage::Session& s, const std::string& job,
                                    const std::string& period, const std::string& runner,
                                    TimePoint now, std::chrono::seconds lease);
Status finish(storage::Session& s, std::int64_t run_id, const Counts& counts);
Status fail(storage::Session& s, std::int64_t run_id, const std::string& error);

Result<std::optional<JobRun>> find_run(storage::Session& s, const std::string& job,
                                       const std::string& period);
// The newest runs first; of `job` only when given.
Result<std::vector<JobRun>> recent_runs(storage::Session& s, std::optional<std::string> job,
                                        int limit);
// Forgets runs that started before `before` (the retention of the runs themselves).
Result<std::int64_t> delete_runs_before(storage::Session& s, const std::string& before);

}  // namespace store
}  // namespace samla::jobs
