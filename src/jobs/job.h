// Scheduled work that a capability registers (Capability::jobs): weekly digests, daily
// reminders, retention. A job runs once per period — a day or an ISO week, starting at a set
// hour (UTC) — and each run is a row in the database (job_runs, unique per job and period), so
// that a restart, a second call or a second server never runs the same period twice. A job's
// own writes are safe to repeat as well (messages carry a key the outbox keeps once), because
// a run cut short by a crash is run again.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::jobs {

enum class Cadence { daily, weekly };

std::string_view cadence_name(Cadence cadence);

// What a run knows: the period it runs for, the moment it started, and where people reach
// samla (for links in messages).
struct JobContext {
  std::string period;  // "2026-12-07" (daily) or "2026-W50" (weekly)
  TimePoint now;
  std::string public_url;  // no trailing slash
};

struct Job {
  std::string name;         // "actions.weekly_digest": the capability, a dot, the job
  std::string description;  // one line, English, for `samla jobs list` and the API
  Cadence cadence = Cadence::daily;
  int hour_utc =
      6;  // the period starts at this hour (UTC): a day from 06:00, a week from Monday 06:00
  // The work of one period: what it did, by what it counts ("messages": 12).
  std::function<Result<Counts>(storage::SessionPool&, const JobContext&)> run;
};

// The period `at` falls in for a job of `cadence` starting at `hour_utc`: the day
// ("2026-12-07") or ISO 8601 week ("2026-W50") of the moment `hour_utc` hours earlier.
std::string period_of(Cadence cadence, int hour_utc, TimePoint at);

// Whether `text` is a period a job of `cadence` could run for (checked before a manual run).
bool is_period(Cadence cadence, std::string_view text);

}  // namespace samla::jobs
