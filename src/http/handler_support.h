// Small helpers for route handlers.
#pragma once

#include <nlohmann/json.hpp>

#include "http/api.h"

// Declares `lhs` from the value of a Result, or returns its error as a problem+json
// response from the enclosing handler.
#define SAMLA_ASSIGN_OR_PROBLEM(lhs, expr) \
  SAMLA_ASSIGN_OR_PROBLEM_IMPL(SAMLA_CONCAT(samla_problem_, __LINE__), lhs, expr)
#define SAMLA_ASSIGN_OR_PROBLEM_IMPL(tmp, lhs, expr)                  \
  auto tmp = (expr);                                                  \
  if (!tmp.ok()) return ::samla::http::problem_response(tmp.error()); \
  lhs = std::move(tmp).value()

namespace samla::http {

// The names every routes file uses: `using namespace http::route_names;`.
namespace route_names {
using access::Action;
using http::Request;
using http::Response;
using nlohmann::json;
}  // namespace route_names

// `answer` as JSON with `status`, or its problem+json: for use cases that answer a view rather
// than a record (no ETag).
inline Response json_or_problem(const Result<nlohmann::json>& answer, int status = 200) {
  if (!answer.ok()) return problem_response(answer.error());
  return json_response(status, answer.value());
}

// 204 No Content when `done` succeeded (a delete), else its problem+json.
inline Response no_content_or_problem(const Status& done) {
  if (!done.ok()) return problem_response(done.error());
  Response response;
  response.status = 204;
  response.content_type.clear();
  return response;
}

}  // namespace samla::http
