// Answers to GET requests on the register, kept until the register changes.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "http/api.h"
#include "register/service.h"

namespace samla::registry {

// A page of people is five queries and a JSON document of 25 kB, the same for every reader
// who sees the same fields, until something in the register changes. Answers are kept under
// register_generation (so any committed change, by this server, another server or the CLI, retires
// them all) and under what makes them differ between callers: the request target, the
// language (it decides name order) and whether the caller may see special-category data.
// The caller's permission to the route is checked by the router before any of this runs.
class ResponseCache {
 public:
  // The kept answer for `request`, else compute()'s, kept when it is a 200. Without a
  // generation (a database not yet migrated) every answer is computed.
  template <typename Compute>
  http::Response answer(RegisterService& service, const http::Request& request, Compute&& compute) {
    auto generation = service.generation();
    if (!generation.ok() || !*generation) return compute();
    std::string key = key_of(request);
    if (auto hit = find(key, **generation)) return std::move(*hit);
    http::Response response = compute();
    if (response.status == 200) store(std::move(key), **generation, response);
    return response;
  }

 private:
  // Bounds memory: a full cache is emptied (the server's goal is under 64 MB in all).
  static constexpr std::size_t kMaxBytes = 8 * 1024 * 1024;

  static std::string key_of(const http::Request& request);
  std::optional<http::Response> find(const std::string& key, std::int64_t generation);
  void store(std::string key, std::int64_t generation, const http::Response& response);

  std::mutex mutex_;
  std::int64_t generation_ = -1;
  std::size_t bytes_ = 0;
  std::unordered_map<std::string, http::Response> answers_;
};

}  // namespace samla::registry
