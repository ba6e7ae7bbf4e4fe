// The resource library's storage queries, each inside a caller's session (and transaction).
// Every write checks the rules and the references and is audited; a file's audit entry holds its
// name, type, size and SHA-256, never its bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "resources/model.h"
#include "storage/database.h"

namespace samla::resources::store {

inline constexpr int kDefaultLimit = 100, kMaxLimit = 500;

struct ListFilter {
  std::optional<std::int64_t> programme_id;
  std::optional<std::string> kind, language, audience;
  std::optional<std::string> theme;  // a theme slug
  std::optional<std::string> q;      // words in the title, description or file name
  int limit = kDefaultLimit;
};

// Newest first, at most filter.limit.
Result<std::vector<Resource>> list_resources(storage::Session& s, const ListFilter& filter);
Result<Resource> get_resource(storage::Session& s, std::int64_t id);
Result<Resource> insert_resource(storage::Session& s, Resource r, const access::Principal& actor);
// Changes what describes a resource; its file stays.
Result<Resource> update_resource(storage::Session& s, std::int64_t id, Resource next,
                                 std::optional<std::int64_t> expected_version,
                                 const access::Principal& actor);
Status delete_resource(storage::Session& s, std::int64_t id,
                       std::optional<std::int64_t> expected_version,
                       const access::Principal& actor);

// Keeps `file` as the resource's file (replacing any earlier one); a new version.
Result<Resource> put_file(storage::Session& s, std::int64_t id, StoredFile file,
                          std::optional<std::int64_t> expected_version,
                          const access::Principal& actor);
// Removes the resource's file; a new version. Not found when it has none.
Result<Resource> delete_file(storage::Session& s, std::int64_t id,
                             std::optional<std::int64_t> expected_version,
                             const access::Principal& actor);
// The file's facts and bytes; not found when the resource has none.
Result<StoredFile> read_file(storage::Session& s, std::int64_t id);

}  // namespace samla::resources::store
