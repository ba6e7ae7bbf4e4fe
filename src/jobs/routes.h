// The job runner over HTTP, for administrators: what is registered and when it last ran
// (GET /api/v1/jobs, /api/v1/jobs/runs), and a run now (POST /api/v1/jobs/{name}/run).
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <vector>

#include "http/api.h"
#include "jobs/runner.h"

namespace samla::jobs {

std::vector<http::Route> routes(JobRunner& runner);
nlohmann::json openapi_schemas();
nlohmann::json to_json(const JobRun& run);
nlohmann::json to_json(const JobState& state);

}  // namespace samla::jobs
