// The append-only audit log. Every write records who, when, which record, and the
// before/after values, in the same transaction as the write itself. The database refuses
// UPDATE and DELETE on the table (triggers), so no endpoint or bug can edit history.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "access/principal.h"
#include "core/page.h"
#include "storage/database.h"

namespace samla::access {

struct AuditEntry {
  std::int64_t id = 0;
  std::string at;  // ISO 8601 UTC
  std::optional<std::int64_t> user_id;
  std::string user_name;
  std::string action;       // create, update, delete, login, logout, token_create, …
  std::string record_type;  // person, organisation, theme, country_group, user, token, session
  std::string record_id;
  std::optional<std::string> before_json;  // the record before the change (absent on create)
  std::optional<std::string> after_json;   // the record after the change (absent on delete)
};

// Appends one entry in the caller's transaction. `before`/`after` may be null.
Status record_change(storage::Session& session, const Principal& actor, std::string_view action,
                     std::string_view record_type, std::string_view record_id,
                     const nlohmann::json* before, const nlohmann::json* after);

struct AuditQuery {
  std::optional<std::string> record_type;
  std::optional<std::string> record_id;
  std::optional<std::int64_t> user_id;
  int limit = kDefaultPageSize;
  std::optional<std::string> cursor;  // from Page::next
};

// Newest first.
Result<Page<AuditEntry>> list_audit(storage::Session& session, const AuditQuery& query);

}  // namespace samla::access
