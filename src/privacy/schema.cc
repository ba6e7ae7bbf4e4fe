#include "privacy/schema.h"

namespace samla::privacy {
namespace {

// One row, there from the start, so that a change is always an UPDATE that can be checked
// to have changed exactly one row (two first writers cannot both insert it).
constexpr const char* kSettingsSql = R"sql(
CREATE TABLE privacy_settings (
  id @INT@ PRIMARY KEY CHECK (id = 1),
  free_text_for_all_readers @INT@ NOT NULL DEFAULT 0 CHECK (free_text_for_all_readers IN (0, 1)),
  version @INT@ NOT NULL DEFAULT 1,
  updated_at TEXT,
  updated_by TEXT
);
INSERT INTO privacy_settings (id) VALUES (1);
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{12, "privacy settings", kSettingsSql, "", ""}};
}

}  // namespace samla::privacy
