// Result<T>: the value of an operation that can fail in an expected way.
// Errors cross module boundaries as values; exceptions are reserved for bugs and are
// caught once at the HTTP and CLI entry points.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/messages.h"

namespace samla {

// What kind of failure an Error is; the HTTP layer maps each to one status code.
enum class ErrorCode {
  invalid,                 // a field failed validation (422)
  malformed,               // the request could not be parsed (400)
  not_found,               // the record does not exist (404)
  conflict,                // the write clashes with existing data, e.g. a duplicate (409)
  precondition_failed,     // If-Match named a version that is no longer current (412)
  unauthenticated,         // no valid session or token (401)
  forbidden,               // authenticated but not allowed (403)
  too_many_requests,       // rate limited (429)
  unavailable,             // the database or another dependency cannot be reached (503)
  internal,                // a bug or an unexpected state (500)
  unsupported_media_type,  // the body is not in a format the route accepts (415)
  payload_too_large,       // the body exceeds the server's limit (413)
};

// One field that failed validation, named as the client sent it. What is wrong is a code from
// core/messages.h with its parameters; `message` is its English text (logs, the CLI, tests),
// and the HTTP layer renders it again in the request's language.
struct FieldError {
  FieldError(std::string field_name, Msg message_code, MessageParams message_params = {})
      : field(std::move(field_name)),
        code(message_code),
        params(std::move(message_params)),
        message(render_message(code, params, Language::en)) {}
  FieldError(std::string field_name, Message what)
      : FieldError(std::move(field_name), what.code, std::move(what.params)) {}
  std::string field;
  Msg code;
  MessageParams params;
  std::string message;
  bool operator==(const FieldError&) const = default;
};

// An expected failure: its kind, what the client reads (`detail`, a coded message rendered in
// the request's language), field errors for `invalid`, and `message`, the English text for logs,
// the CLI and tests. There is no way to make an Error from bare English that a client would read:
// either the failure is worded by a code of core/messages.json (make_error, the constructor), or
// its text is for the log only (hidden_error) and the client reads the plain words for its kind.
struct Error {
  Error(ErrorCode error_code, Message what, std::vector<FieldError> field_errors = {})
      : code(error_code),
        message(render_message(what.code, what.params, Language::en)),
        fields(std::move(field_errors)),
        detail(std::move(what)) {}
  ErrorCode code = ErrorCode::internal;
  std::string message;
  std::vector<FieldError> fields;
  Message detail;
};

// The words a client reads for a failure of `code` whose own text is for the log only.
Msg plain_words_for(ErrorCode code);

inline Error make_error(ErrorCode code, Msg what, MessageParams params = {}) {
  return Error(code, Message{what, std::move(params)});
}
// A failure whose text may describe internals (a database's message, a path, a library's error):
// `message` keeps it for the log and the CLI; the client reads plain_words_for(code).
inline Error hidden_error(ErrorCode code, std::string log_text) {
  Error error(code, Message{plain_words_for(code)});
  error.message = std::move(log_text);
  return error;
}
inline Error invalid_fields(std::vector<FieldError> fields) {
  return Error(ErrorCode::invalid, Message{Msg::fields_invalid}, std::move(fields));
}
// The 422 of one field.
inline Error invalid_field(std::string field, Msg message, MessageParams params = {}) {
  return invalid_fields({FieldError(std::move(field), message, std::move(params))});
}

// Either a T or an Error. Check ok() before value(); error() is valid only when !ok().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & {
    assert(ok());
    return std::get<0>(state_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<0>(state_);
  }
  T&& value() && {
    assert(ok());
    return std::get<0>(std::move(state_));
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const {
    assert(!ok());
    return std::get<1>(state_);
  }
  Error&& take_error() && { return std::get<1>(std::move(state_)); }

 private:
  std::variant<T, Error> state_;
};

// The result of an operation that yields nothing on success.
struct Unit {};
using Status = Result<Unit>;
inline Status ok_status() {
  return Unit{};
}

}  // namespace samla

// Propagates a failed Result out of the enclosing function, which must return a Result.
#define SAMLA_TRY(expr)                                            \
  do {                                                             \
    auto&& samla_try_result_ = (expr);                             \
    if (!samla_try_result_.ok()) return samla_try_result_.error(); \
  } while (0)

#define SAMLA_CONCAT_INNER(a, b) a##b
#define SAMLA_CONCAT(a, b) SAMLA_CONCAT_INNER(a, b)
// Declares `lhs` from the value of a Result, or returns its error.
#define SAMLA_ASSIGN(lhs, expr) SAMLA_ASSIGN_IMPL(SAMLA_CONCAT(samla_assign_, __LINE__), lhs, expr)
#define SAMLA_ASSIGN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                      \
  if (!tmp.ok()) return tmp.error();      \
  lhs = std::move(tmp).value()
