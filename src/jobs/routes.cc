#include "jobs/routes.h"

#include <nlohmann/json.hpp>

#include "core/json_schema.h"
#include "http/handler_support.h"
#include "http/record_responses.h"

namespace samla::jobs {
namespace {

using http::Request;
using http::Response;
using nlohmann::json;
using Action = access::Action;

constexpr int kDefaultRuns = 50, kMaxRuns = 500;

}  // namespace

// Found by argument-dependent lookup from the list answers, so in this namespace.
json to_json(const JobRun& run) {
  return {{"id", run.id},
          {"job", run.job},
          {"period", run.period},
          {"status", run.status},
          {"attempts", run.attempts},
          {"runner", run.runner},
          {"started_at", run.started_at},
          {"finished_at", run.finished_at ? json(*run.finished_at) : json(nullptr)},
          {"error", run.error ? json(*run.error) : json(nullptr)},
          {"counts", run.counts}};
}

json to_json(const JobState& state) {
  return {{"name", state.job->name},
          {"description", state.job->description},
          {"cadence", cadence_name(state.job->cadence)},
          {"hour_utc", state.job->hour_utc},
          {"current_period", state.current_period},
          {"last_run", state.last_run ? to_json(*state.last_run) : json(nullptr)}};
}

std::vector<http::Route> routes(JobRunner& runner) {
  JobRunner* jobs = &runner;
  std::vector<http::Route> out;
  out.push_back(
      {"GET",
       "/api/v1/jobs",
       Action::read_audit,
       [jobs](Request&) -> Response { return http::list_response(jobs->states(samla::now())); },
       {"The scheduled jobs (digests, reminders, retention): when each runs, the "
        "period it is in and its newest run",
        "jobs",
        std::nullopt,
        "JobList",
        {},
        200}});
  out.push_back({"GET",
                 "/api/v1/jobs/runs",
                 Action::read_audit,
                 [jobs](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto limit, http::integer_query(r, "limit"));
                   if (limit && (*limit < 1 || *limit > kMaxRuns))
                     return http::problem_response(
                         invalid_field("limit", Msg::whole_number_range,
                                       {{"min", "1"}, {"max", std::to_string(kMaxRuns)}}));
                   return http::list_response(jobs->runs(
                       r.query_param("job"), static_cast<int>(limit.value_or(kDefaultRuns))));
                 },
                 {"The runs of the scheduled jobs, newest first (?job= one job; ?limit= up to 500, "
                  "default 50)",
                  "jobs",
                  std::nullopt,
                  "JobRunList",
                  {"job", "limit"},
                  200}});
  out.push_back({"POST",
                 "/api/v1/jobs/{name}/run",
                 Action::manage_users,
                 [jobs](Request& r) -> Response {
                   auto outcome =
                       jobs->run(r.path_params.at("name"), r.query_param("period"), samla::now());
                   if (!outcome.ok()) return http::problem_response(outcome.error());
                   return http::json_response(
                       200, {{"ran_now", outcome->ran_now}, {"run", to_json(outcome->run)}});
                 },
                 {"Run a job now for its current period (or ?period=): once per period, so a "
                  "period that already ran answers its run with ran_now false",
                  "jobs",
                  std::nullopt,
                  "JobRunOutcome",
                  {"period"},
                  200}});
  return out;
}

json openapi_schemas() {
  using namespace schema;
  json schemas;
  schemas["JobRun"] =
      complete({{"id", type("integer")},
                {"job", type("string")},
                {"period", type("string")},
                {"status", enum_of({"running", "done", "failed"})},
                {"attempts", type("integer")},
                {"runner", type("string")},
                {"started_at", type("string")},
                {"finished_at", nullable("string")},
                {"error", nullable("string")},
                {"counts", {{"type", "object"}, {"additionalProperties", type("integer")}}}});
  schemas["JobRunList"] = list_of("JobRun");
  schemas["Job"] =
      complete({{"name", type("string")},
                {"description", type("string")},
                {"cadence", enum_of({"daily", "weekly"})},
                {"hour_utc", integer(0, 23)},
                {"current_period", type("string")},
                {"last_run", {{"oneOf", json::array({ref("JobRun"), type("null")})}}}});
  schemas["JobList"] = list_of("Job");
  schemas["JobRunOutcome"] = complete({{"ran_now", type("boolean")}, {"run", ref("JobRun")}});
  return schemas;
}

}  // namespace samla::jobs
