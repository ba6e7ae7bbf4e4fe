#include "access/audit.h"

#include <nlohmann/json.hpp>

#include <charconv>

#include "core/clock.h"
#include "storage/row_reader.h"

namespace samla::access {
namespace {

storage::Value json_or_null(const nlohmann::json* value) {
  if (!value || value->is_null()) return nullptr;
  return value->dump();
}

AuditEntry entry_from_row(const storage::Row& row) {
  AuditEntry e;
  storage::read_columns(row, 0, e.id, e.at, e.user_id, e.user_name, e.action, e.record_type,
                        e.record_id, e.before_json, e.after_json);
  return e;
}

// The cursor is the id of the last entry shown; the next page holds older (smaller) ids.
Result<std::int64_t> parse_cursor(const std::string& cursor) {
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(cursor.data(), cursor.data() + cursor.size(), id);
  if (ec != std::errc() || end != cursor.data() + cursor.size() || id <= 0)
    return invalid_field("cursor", Msg::not_a_cursor);
  return id;
}

}  // namespace

Status record_change(storage::Session& session, const Principal& actor, std::string_view action,
                     std::string_view record_type, std::string_view record_id,
                     const nlohmann::json* before, const nlohmann::json* after) {
  // The system principal (id 0) is no user; NULL keeps user_id filters meaningful.
  storage::Value user_id =
      actor.user_id > 0 ? storage::Value{actor.user_id} : storage::Value{nullptr};
  auto inserted = session.execute(
      "INSERT INTO audit_log (at, user_id, user_name, action, record_type, record_id, "
      "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {now_iso8601(), user_id, actor.name, std::string(action), std::string(record_type),
       std::string(record_id), json_or_null(before), json_or_null(after)});
  if (!inserted.ok()) return inserted.error();
  return ok_status();
}

Result<Page<AuditEntry>> list_audit(storage::Session& session, const AuditQuery& query) {
  if (query.limit < 1 || query.limit > kMaxPageSize)
    return invalid_field("limit", Msg::whole_number_range,
                         {{"min", "1"}, {"max", std::to_string(kMaxPageSize)}});
  std::string where = " WHERE 1 = 1";
  storage::Params params;
  if (query.record_type) {
    where += " AND record_type = ?";
    params.emplace_back(*query.record_type);
  }
  if (query.record_id) {
    where += " AND record_id = ?";
    params.emplace_back(*query.record_id);
  }
  if (query.user_id) {
    where += " AND user_id = ?";
    params.emplace_back(*query.user_id);
  }

  Page<AuditEntry> page;
  SAMLA_ASSIGN(storage::Row count,
               session.query_one("SELECT COUNT(*) FROM audit_log" + where, params));
  page.total = count.integer(0);

  if (query.cursor) {
    SAMLA_ASSIGN(std::int64_t after_id, parse_cursor(*query.cursor));
    where += " AND id < ?";
    params.emplace_back(after_id);
  }
  // One row more than asked tells whether a next page exists without a second query.
  params.emplace_back(static_cast<std::int64_t>(query.limit) + 1);
  SAMLA_ASSIGN(storage::Rows rows,
               session.query("SELECT id, at, user_id, user_name, action, record_type, record_id, "
                             "before_json, after_json FROM audit_log" +
                                 where + " ORDER BY id DESC LIMIT ?",
                             params));
  for (const storage::Row& row : rows) {
    if (page.items.size() == static_cast<std::size_t>(query.limit)) {
      page.next = std::to_string(page.items.back().id);
      break;
    }
    page.items.push_back(entry_from_row(row));
  }
  return page;
}

}  // namespace samla::access
