#include "register/response_cache.h"

namespace samla::registry {

std::string ResponseCache::key_of(const http::Request& request) {
  // Whether free text shows for a non-special viewer is the privacy setting's, and changing
  // it is an audited change of the register: it retires every kept answer.
  Viewer viewer{request.caller(), request.language};
  std::string key = std::string(language_code(request.language)) +
                    (viewer.sees_special_category() ? "|special|" : "|-|");
  // A kept answer comes back faster; searches are kept per user, so the time of an answer
  // cannot tell anyone what someone else searched for.
  if (request.query_param("q")) key += "user " + std::to_string(request.caller().user_id) + "|";
  return key + request.target;
}

std::optional<http::Response> ResponseCache::find(const std::string& key, std::int64_t generation) {
  std::lock_guard lock(mutex_);
  if (generation != generation_) return std::nullopt;
  auto it = answers_.find(key);
  if (it == answers_.end()) return std::nullopt;
  return it->second;
}

void ResponseCache::store(std::string key, std::int64_t generation,
                          const http::Response& response) {
  std::lock_guard lock(mutex_);
  if (generation < generation_) return;  // computed before a change another request saw
  if (generation > generation_) {
    answers_.clear();
    bytes_ = 0;
    generation_ = generation;
  }
  std::size_t size = key.size() + response.body.size();
  if (bytes_ + size > kMaxBytes) {
    answers_.clear();
    bytes_ = 0;
  }
  if (answers_.emplace(std::move(key), response).second) bytes_ += size;
}

}  // namespace samla::registry
