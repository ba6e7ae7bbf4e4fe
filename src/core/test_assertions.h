// Assertions on Result<T> shared by the tests of every module. Included only by tests.
#pragma once

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>
#include <utility>

#include "core/result.h"

// Fails the test (and returns from it) when `expr`, a Result, holds an error; prints the error.
#define ASSERT_OK(expr)                                                          \
  do {                                                                           \
    auto&& assert_ok_ = (expr);                                                  \
    ASSERT_TRUE(assert_ok_.ok()) << #expr << ": " << assert_ok_.error().message; \
  } while (0)

namespace samla {

// The value of `r`, or a failed test: the exception ends the test body and gtest reports it.
template <typename T>
T get(Result<T> r, const char* what = "operation") {
  if (!r.ok()) {
    ADD_FAILURE() << what << " failed: " << r.error().message;
    throw std::runtime_error(r.error().message);
  }
  return std::move(r).value();
}

// The fields a failure names, for asserting which fields a 422 names.
inline std::set<std::string> fields_of(const Error& e) {
  std::set<std::string> out;
  for (const auto& f : e.fields) out.insert(f.field);
  return out;
}

}  // namespace samla
