// Assertions on Result<T> shared by the tests of every module. Included only by tests.
#pragma once

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>
#include <utility>

#include "core/result.h"

// Fails the test (and returns from it) when `expr`, a Result, holds an error; prints the error.
#define ASSERT_OK(expr)                                                                      \
  do {                                                                                       \
    auto&& assert_ok_ = (expr);                                                              \
    ASSERT_TRUE(assert_ok_.ok()) << #expr << ": " << ::samla::described(assert_ok_.error()); \
  } while (0)

namespace samla {

// An error's message and the fields it names ("… [title: not_empty, kind: must_be_values]"), so a
// failed test says which field was refused.
inline std::string described(const Error& e) {
  std::string out = e.message;
  for (std::size_t i = 0; i < e.fields.size(); ++i)
    out += (i == 0 ? " [" : ", ") + e.fields[i].field + ": " + e.fields[i].message +
           (i + 1 == e.fields.size() ? "]" : "");
  return out;
}

// The value of `r`, or a failed test: the exception ends the test body and gtest reports it.
template <typename T>
T get(Result<T> r, const char* what = "operation") {
  if (!r.ok()) {
    ADD_FAILURE() << what << " failed: " << described(r.error());
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
