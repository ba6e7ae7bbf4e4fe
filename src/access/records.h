// The record kit's audited writes, shared by every versioned record type (people,
// organisations, themes, country groups, events, lessons, ties and what comes next): the
// If-Match check, the "exactly one row" delete, and the audit entries with the record's JSON
// before and after, in the caller's transaction. A record type names itself once
// (RecordKind) and writes only its own columns and rules.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

#include "access/principal.h"
#include "core/clock.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::access {

struct RecordKind {
  std::string_view table;        // "country_groups"
  std::string_view record_type;  // "country_group": the audit log's name for it
  std::string_view what;         // "country group": how messages name one
};

// 412 (precondition failed) when If-Match named `expected` and the record is now at `current`.
Status check_version(std::int64_t current, std::optional<std::int64_t> expected);

// Record `id` as `get` (a function of the session and the id) reads it, provided If-Match's
// `expected` is still its version (else 412): where every update and delete starts. Records
// keep their version in `meta.version` (the register's) or in `version`.
template <typename Get>
auto read_for_change(storage::Session& s, std::int64_t id, std::optional<std::int64_t> expected,
                     const RecordKind& /*kind*/, Get get) -> decltype(get(s, id)) {
  SAMLA_ASSIGN(auto before, get(s, id));
  if constexpr (requires { before.meta.version; }) {
    SAMLA_TRY(check_version(before.meta.version, expected));
  } else {
    SAMLA_TRY(check_version(before.version, expected));
  }
  return before;
}

// The next version of a one-row settings record (the analysis or privacy settings): checks
// that `expected` is still current and stamps the version, the time and who changed it.
template <typename Settings>
Status stamp_next_settings(const Settings& current, Settings& next,
                           std::optional<std::int64_t> expected, const RecordKind& /*kind*/,
                           const Principal& actor) {
  SAMLA_TRY(check_version(current.version, expected));
  next.version = current.version + 1;
  next.updated_at = now_iso8601();
  next.updated_by = actor.name;
  return ok_status();
}

// Audits the creation of record `id`, `after` its JSON.
Status audit_created(storage::Session& s, const RecordKind& kind, std::int64_t id,
                     const nlohmann::json& after, const Principal& actor);

// Audits a change of record `id` from `before` to `after`; `action` says what kind of change.
Status audit_changed(storage::Session& s, const RecordKind& kind, std::int64_t id,
                     const nlohmann::json& before, const nlohmann::json& after,
                     const Principal& actor, std::string_view action = "update");

// Deletes record `id`, read at `version` as `before` (its JSON), unless someone changed it
// since (412, storage::execute_versioned), and audits the deletion. Rows that refer to it go
// by the database's ON DELETE rules.
Status delete_record(storage::Session& s, const RecordKind& kind, std::int64_t id,
                     std::int64_t version, const nlohmann::json& before, const Principal& actor);

}  // namespace samla::access
