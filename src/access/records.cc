#include "access/records.h"

#include <nlohmann/json.hpp>

#include <string>

#include "access/audit.h"
#include "storage/versioned.h"

namespace samla::access {

Status check_version(std::int64_t current, std::optional<std::int64_t> expected) {
  if (expected && *expected != current)
    return make_error(ErrorCode::precondition_failed, Msg::changed_since_read,
                      {{"version", std::to_string(current)}});
  return ok_status();
}

Status audit_created(storage::Session& s, const RecordKind& kind, std::int64_t id,
                     const nlohmann::json& after, const Principal& actor) {
  return record_change(s, actor, "create", kind.record_type, std::to_string(id), nullptr, &after);
}

Status audit_changed(storage::Session& s, const RecordKind& kind, std::int64_t id,
                     const nlohmann::json& before, const nlohmann::json& after,
                     const Principal& actor, std::string_view action) {
  return record_change(s, actor, action, kind.record_type, std::to_string(id), &before, &after);
}

Status delete_record(storage::Session& s, const RecordKind& kind, std::int64_t id,
                     std::int64_t version, const nlohmann::json& before, const Principal& actor) {
  SAMLA_TRY(storage::execute_versioned(
      s, "DELETE FROM " + std::string(kind.table) + " WHERE id = ? AND version = ?", {id, version},
      kind.what));
  return record_change(s, actor, "delete", kind.record_type, std::to_string(id), &before, nullptr);
}

}  // namespace samla::access
