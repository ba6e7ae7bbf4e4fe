// samla jobs list and run: the scheduled jobs from the command line. `serve` runs them on its
// own; `jobs run` is for a server started with --no-jobs (cron calls it instead) and for
// running one job now. Every run is claimed in the database, so a server that ticks at the
// same time never runs the same period twice.
#include <cstdlib>
#include <iomanip>
#include <iostream>

#include "cli/context.h"
#include "jobs/runner.h"

namespace samla::cli {
namespace {

std::string counts_text(const Counts& counts) {
  std::string out;
  for (const auto& [what, n] : counts)
    out += (out.empty() ? "" : ", ") + what + " " + std::to_string(n);
  return out.empty() ? "-" : out;
}

int list_jobs(const Context& context) {
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto states = app->jobs->states(samla::now());
  if (!states.ok()) return report(states.error());
  std::cout << std::left << std::setw(26) << "JOB" << std::setw(8) << "EVERY" << std::setw(12)
            << "PERIOD" << std::setw(10) << "LAST RUN"
            << "WHAT IT DID\n";
  for (const auto& s : *states) {
    std::cout << std::setw(26) << s.job->name << std::setw(8) << cadence_name(s.job->cadence)
              << std::setw(12) << s.current_period;
    if (s.last_run)
      std::cout << std::setw(10) << s.last_run->status << s.last_run->period << ": "
                << (s.last_run->error ? *s.last_run->error : counts_text(s.last_run->counts));
    else
      std::cout << std::setw(10) << "never";
    std::cout << "\n";
  }
  return kOk;
}

// One line per job run: "actions.weekly_digest 2026-W49 done: messages 4".
void print_outcome(const jobs::RunOutcome& outcome) {
  const jobs::JobRun& run = outcome.run;
  std::cout << run.job << " " << run.period << " " << run.status;
  if (!outcome.ran_now) std::cout << " (earlier, by " << run.runner << ")";
  std::cout << ": " << (run.error ? *run.error : counts_text(run.counts)) << "\n";
}

int run_jobs(const Context& context, const std::string& name, const std::string& period,
             const std::string& public_url) {
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  std::string url = public_url;
  if (const char* env = std::getenv("SAMLA_PUBLIC_URL"); url.empty() && env) url = env;
  if (!url.empty()) app->jobs->set_public_url([url] { return url; });
  if (name.empty()) {
    if (!period.empty()) return usage_error("--period needs a job's name");
    int failed = 0;
    for (const auto& outcome : app->jobs->tick(samla::now())) {
      print_outcome(outcome);
      failed += outcome.run.status == "failed";
    }
    return failed ? kFailed : kOk;
  }
  auto outcome =
      app->jobs->run(name, period.empty() ? std::nullopt : std::optional(period), samla::now());
  if (!outcome.ok()) return report(outcome.error());
  print_outcome(*outcome);
  return outcome->run.status == "failed" ? kFailed : kOk;
}

}  // namespace

void add_job_commands(CLI::App& app, Context& context) {
  CLI::App* jobs_command =
      add_command(app, "jobs", "Scheduled jobs: digests, reminders, retention");
  jobs_command->require_subcommand(1);
  struct JobOptions {
    std::string name, period, public_url;
  };
  auto options = std::make_shared<JobOptions>();

  CLI::App* list = add_command(*jobs_command, "list", "List the jobs and their newest runs");
  list->callback([&context] { context.action = [&context] { return list_jobs(context); }; });

  CLI::App* run =
      add_command(*jobs_command, "run",
                  "Run the jobs whose period has not run yet, or job NAME now (once per period)");
  run->add_option("NAME", options->name, "One job, as jobs list names it");
  run->add_option("--period", options->period,
                  "The period to run NAME for: a day YYYY-MM-DD or an ISO week YYYY-Www "
                  "(default: the current one)");
  run->add_option("--public-url", options->public_url,
                  "Where people reach samla, for links in messages (default: SAMLA_PUBLIC_URL, "
                  "else http://127.0.0.1:8080)");
  run->callback([&context, options] {
    context.action = [&context, options] {
      return run_jobs(context, options->name, options->period, options->public_url);
    };
  });
}

}  // namespace samla::cli
