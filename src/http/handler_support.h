// Small helpers for route handlers.
#pragma once

#include "http/api.h"

// Declares `lhs` from the value of a Result, or returns its error as a problem+json
// response from the enclosing handler.
#define SAMLA_ASSIGN_OR_PROBLEM(lhs, expr) \
  SAMLA_ASSIGN_OR_PROBLEM_IMPL(SAMLA_CONCAT(samla_problem_, __LINE__), lhs, expr)
#define SAMLA_ASSIGN_OR_PROBLEM_IMPL(tmp, lhs, expr)                  \
  auto tmp = (expr);                                                  \
  if (!tmp.ok()) return ::samla::http::problem_response(tmp.error()); \
  lhs = std::move(tmp).value()
