// What a log line written while a request is answered should say about it: its request id
// (X-Request-Id, taken from a proxy that set one or made here), and on the access line its
// method, path, status and time. Kept per thread for the length of the answer, so every line a
// handler logs carries the id too (cli/json_log.h writes them as fields of JSON lines).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace samla::http {

struct AccessFields {
  std::string_view method;
  std::string_view path;
  int status = 0;
  double milliseconds = 0;
};

// The request id of the answer this thread is working on; empty when none.
const std::string& current_request_id();
// The access line being written on this thread, if it is one.
const AccessFields* current_access();

// Sets the thread's request id while it lives.
class RequestIdScope {
 public:
  explicit RequestIdScope(std::string id);
  ~RequestIdScope();
  RequestIdScope(const RequestIdScope&) = delete;
  RequestIdScope& operator=(const RequestIdScope&) = delete;
};

// Marks the log line written while it lives as the access line with `fields`.
class AccessScope {
 public:
  explicit AccessScope(const AccessFields& fields);
  AccessScope(AccessFields&&) = delete;  // the fields must outlive the scope
  ~AccessScope();
  AccessScope(const AccessScope&) = delete;
  AccessScope& operator=(const AccessScope&) = delete;
};

// The id to answer with: the one a proxy sent when it is 1–64 characters of letters, digits,
// '-', '_' and '.', else a new random one (32 hex digits).
std::string request_id_for(std::string_view sent);

}  // namespace samla::http
