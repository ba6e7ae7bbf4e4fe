// Request bodies are checked against the JSON Schema their route declares, for one thing
// every route needs and no reader should repeat: a field the schema does not name is
// refused (422 naming it), not silently dropped — a typo must not pass as "saved", and
// nothing the server did not ask for is ever stored or written to the audit log.
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "core/result.h"

namespace samla::http {

// `schema` with every {"$ref": "#/components/schemas/X"} replaced by X from `components`
// (the document's components.schemas), recursively. A reference to an unknown schema, or a
// chain deeper than a few levels, becomes {} (which accepts anything).
nlohmann::json resolve_refs(const nlohmann::json& schema, const nlohmann::json& components);

// Every field of `body` that `schema` (resolved) does not describe, named by its path
// ("weights.speed", "agenda[2].colour"). Objects with "properties" are closed unless they
// say "additionalProperties"; a record's own read-only fields (id, version, created_at,
// updated_at) are accepted at the top level and left for the reader to ignore.
std::vector<FieldError> unknown_fields(const nlohmann::json& body, const nlohmann::json& schema);

}  // namespace samla::http
