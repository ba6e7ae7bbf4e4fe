#include "access/wire.h"

namespace samla::access {
namespace {

nlohmann::json optional_json(const std::optional<std::string>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

// Stored documents were written by record_change, but a damaged one must not become a 500.
nlohmann::json parse_document(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  auto parsed = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  return parsed.is_discarded() ? nlohmann::json(*text) : parsed;
}

}  // namespace

nlohmann::json user_json(const User& user) {
  return {{"id", user.id},
          {"name", user.name},
          {"role", std::string(role_name(user.role))},
          {"disabled", user.disabled},
          {"created_at", user.created_at},
          {"updated_at", user.updated_at},
          {"version", user.version}};
}

nlohmann::json user_summary_json(const User& user) {
  return {{"id", user.id}, {"name", user.name}, {"role", std::string(role_name(user.role))}};
}

nlohmann::json token_json(const ApiToken& token) {
  return {{"id", token.id},
          {"user_id", token.user_id},
          {"name", token.name},
          {"created_at", token.created_at},
          {"last_used_at", optional_json(token.last_used_at)},
          {"revoked_at", optional_json(token.revoked_at)},
          {"expires_at", optional_json(token.expires_at)}};
}

nlohmann::json audit_entry_json(const AuditEntry& entry) {
  return {{"id", entry.id},
          {"at", entry.at},
          {"user_id", entry.user_id ? nlohmann::json(*entry.user_id) : nlohmann::json(nullptr)},
          {"user_name", entry.user_name},
          {"action", entry.action},
          {"record_type", entry.record_type},
          {"record_id", entry.record_id},
          {"before", parse_document(entry.before_json)},
          {"after", parse_document(entry.after_json)}};
}

}  // namespace samla::access
