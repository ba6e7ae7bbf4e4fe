// The JSON shapes of the access module's records, apart from the domain types; the same
// shapes go into the API and into audit entries (never with a password hash or a secret).
#pragma once

#include <nlohmann/json.hpp>

#include "access/audit.h"
#include "access/service.h"

namespace samla::access {

// {id, name, role, disabled, created_at, updated_at, version, person_id}
nlohmann::json user_json(const User& user);
// {id, name, role}: the short form inside a session.
nlohmann::json user_summary_json(const User& user);
// {id, name, role, person_id}: an entry of the directory event planners read.
nlohmann::json user_directory_json(const UserSummary& user);
// {id, user_id, name, created_at, last_used_at, revoked_at}
nlohmann::json token_json(const ApiToken& token);
// {id, at, user_id, user_name, action, record_type, record_id, before, after}; before/after
// are the stored JSON documents, or null.
nlohmann::json audit_entry_json(const AuditEntry& entry);

// JSON Schemas (OpenAPI 3.1 / JSON Schema 2020-12) of the access module's request and
// response bodies, keyed by the schema names its RouteDocs use; the records' from the same
// field tables as the writers above.
nlohmann::json openapi_schemas();

}  // namespace samla::access
