#include "resources/schema.h"

namespace samla::resources {
namespace {

// A resource's file facts sit on its row (lists show them); the bytes sit in resource_files,
// read only when the file is served, so a list never drags megabytes along. The search reads
// `words_folded`: the title, description and file name, case-folded (core/case_fold.h).
constexpr const char* kResourcesSql = R"sql(
CREATE TABLE resources (
  id @ID@,
  programme_id @INT@ NOT NULL REFERENCES programmes(id),
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('knowledge', 'tool', 'report', 'policy')),
  language TEXT NOT NULL,
  audience TEXT NOT NULL CHECK (audience IN ('everyone', 'team')),
  url TEXT,
  words_folded TEXT NOT NULL,
  file_name TEXT,
  file_type TEXT,
  file_size @INT@,
  file_sha256 TEXT,
  file_uploaded_by TEXT,
  file_uploaded_at TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1
);
CREATE INDEX resources_by_programme ON resources (programme_id, kind, language);
CREATE TABLE resource_themes (
  resource_id @INT@ NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
  theme_id @INT@ NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
  PRIMARY KEY (resource_id, theme_id)
);
CREATE INDEX resource_themes_by_theme ON resource_themes (theme_id, resource_id);
CREATE TABLE resource_files (
  resource_id @INT@ PRIMARY KEY REFERENCES resources(id) ON DELETE CASCADE,
  data @BLOB@ NOT NULL
);
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{42, "resources", kResourcesSql, "", ""}};
}

}  // namespace samla::resources
