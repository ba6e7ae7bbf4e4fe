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

// How long evaluation texts are kept, and after how long without activity someone is listed for
// review (issue 20 part 5).
constexpr const char* kRetentionSql = R"sql(
ALTER TABLE privacy_settings ADD COLUMN evaluation_texts_months @INT@ NOT NULL DEFAULT 24;
ALTER TABLE privacy_settings ADD COLUMN inactive_after_months @INT@ NOT NULL DEFAULT 36;
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{12, "privacy settings", kSettingsSql, "", ""},
          storage::Migration{49, "retention settings", kRetentionSql, "", ""}};
}

}  // namespace samla::privacy
