#include "jobs/store.h"

#include <nlohmann/json.hpp>

#include "storage/row_reader.h"

namespace samla::jobs {
namespace {

using nlohmann::json;
using storage::Session;

constexpr const char* kRunsSql = R"sql(
-- One row per job and period: the unique key is what makes a period run once, whoever asks.
CREATE TABLE job_runs (
  id @ID@,
  job TEXT NOT NULL,
  period TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  attempts @INT@ NOT NULL,
  runner TEXT NOT NULL,
  started_at TEXT NOT NULL,
  lease_until TEXT NOT NULL,
  finished_at TEXT,
  error TEXT,
  counts TEXT NOT NULL,
  UNIQUE (job, period)
);
CREATE INDEX job_runs_started ON job_runs (started_at);
)sql";

constexpr const char* kColumns =
    "id, job, period, status, attempts, runner, started_at, finished_at, error, counts";

JobRun read_run(const storage::Row& r) {
  JobRun run;
  std::string counts;
  storage::read_columns(r, 0, run.id, run.job, run.period, run.status, run.attempts, run.runner,
                        run.started_at, run.finished_at, run.error, counts);
  json parsed = json::parse(counts, nullptr, false);
  if (parsed.is_object())
    for (const auto& [what, n] : parsed.items())
      if (n.is_number_integer()) run.counts[what] = n.get<std::int64_t>();
  return run;
}

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{24, "scheduled job runs", kRunsSql, "", ""}};
}

namespace store {

Result<std::optional<JobRun>> claim(Session& s, const std::string& job, const std::string& period,
                                    const std::string& runner, TimePoint now,
                                    std::chrono::seconds lease) {
  const std::string at = format_iso8601(now), until = format_iso8601(now + lease);
  // Each statement is atomic on its own: the INSERT meets the unique key, the UPDATE takes the
  // row only while it still looks abandoned or failed, so two claimants never both win.
  SAMLA_ASSIGN(auto inserted,
               s.query("INSERT INTO job_runs (job, period, status, attempts, runner, started_at, "
                       "lease_until, counts) VALUES (?, ?, 'running', 1, ?, ?, ?, '{}') "
                       "ON CONFLICT (job, period) DO NOTHING RETURNING id",
                       {job, period, runner, at, until}));
  if (inserted.empty()) {
    SAMLA_ASSIGN(auto taken,
                 s.execute("UPDATE job_runs SET status = 'running', attempts = attempts + 1, "
                           "runner = ?, started_at = ?, lease_until = ?, finished_at = NULL, "
                           "error = NULL WHERE job = ? AND period = ? AND ((status = 'running' "
                           "AND lease_until < ?) OR (status = 'failed' AND attempts < ?))",
                           {runner, at, until, job, period, at, std::int64_t{kMaxAttempts}}));
    if (taken != 1) return std::optional<JobRun>{};
  }
  SAMLA_ASSIGN(auto run, find_run(s, job, period));
  return run;
}

Status finish(Session& s, std::int64_t run_id, const Counts& counts) {
  SAMLA_ASSIGN(auto changed, s.execute("UPDATE job_runs SET status = 'done', finished_at = ?, "
                                       "counts = ? WHERE id = ? AND status = 'running'",
                                       {now_iso8601(), json(counts).dump(), run_id}));
  if (changed != 1) return make_error(ErrorCode::conflict, Msg::job_run_not_running);
  return ok_status();
}

Status fail(Session& s, std::int64_t run_id, const std::string& error) {
  SAMLA_TRY(
      s.execute("UPDATE job_runs SET status = 'failed', finished_at = ?, error = ? "
                "WHERE id = ? AND status = 'running'",
                {now_iso8601(), error.substr(0, 2000), run_id}));
  return ok_status();
}

Result<std::optional<JobRun>> find_run(Session& s, const std::string& job,
                                       const std::string& period) {
  SAMLA_ASSIGN(auto rows, s.query(std::string("SELECT ") + kColumns +
                                      " FROM job_runs WHERE job = ? AND period = ?",
                                  {job, period}));
  if (rows.empty()) return std::optional<JobRun>{};
  return std::optional<JobRun>{read_run(rows.front())};
}

Result<std::vector<JobRun>> recent_runs(Session& s, std::optional<std::string> job, int limit) {
  storage::Params params;
  std::string where;
  if (job) {
    where = " WHERE job = ?";
    params.push_back(*job);
  }
  params.push_back(std::int64_t{limit});
  SAMLA_ASSIGN(auto rows, s.query(std::string("SELECT ") + kColumns + " FROM job_runs" + where +
                                      " ORDER BY started_at DESC, id DESC LIMIT ?",
                                  params));
  return storage::read_rows(rows, read_run);
}

Result<std::int64_t> delete_runs_before(Session& s, const std::string& before) {
  return s.execute("DELETE FROM job_runs WHERE started_at < ? AND status <> 'running'", {before});
}

}  // namespace store
}  // namespace samla::jobs
