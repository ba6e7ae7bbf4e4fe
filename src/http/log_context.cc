#include "http/log_context.h"

#include <random>

namespace samla::http {
namespace {

thread_local std::string request_id;
thread_local const AccessFields* access = nullptr;

bool acceptable(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
          c == '_' || c == '.'))
      return false;
  return true;
}

}  // namespace

const std::string& current_request_id() {
  return request_id;
}
const AccessFields* current_access() {
  return access;
}

RequestIdScope::RequestIdScope(std::string id) {
  request_id = std::move(id);
}
RequestIdScope::~RequestIdScope() {
  request_id.clear();
}

AccessScope::AccessScope(const AccessFields& fields) {
  access = &fields;
}
AccessScope::~AccessScope() {
  access = nullptr;
}

std::string request_id_for(std::string_view sent) {
  if (acceptable(sent)) return std::string(sent);
  // Not a secret, only unique enough to find a request's lines: a per-thread generator.
  thread_local std::mt19937_64 random{std::random_device{}()};
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id(32, '0');
  for (std::size_t i = 0; i < id.size(); i += 16) {
    std::uint64_t bits = random();
    for (std::size_t j = 0; j < 16; ++j, bits >>= 4) id[i + j] = kHex[bits & 0xf];
  }
  return id;
}

}  // namespace samla::http
