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

// Words that suggest health details in free text: the forms warn when a text has one (issue 20
// part 7). Swedish and English to start with; the programme changes the list.
constexpr const char* kSensitiveWordsSql = R"sql(
ALTER TABLE privacy_settings ADD COLUMN sensitive_words TEXT NOT NULL DEFAULT '["diagnos", "diagnosis", "depression", "ångest", "anxiety", "psykos", "psychosis", "bipolär", "bipolar", "schizofreni", "schizophrenia", "självmord", "suicide", "självskada", "self-harm", "medicin", "medication", "inlagd", "admitted to hospital", "sjukskriven", "sick leave", "missbruk", "addiction", "tvångsvård", "compulsory care", "adhd", "autism", "trauma", "ätstörning", "eating disorder"]';
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{12, "privacy settings", kSettingsSql, "", ""},
          storage::Migration{49, "retention settings", kRetentionSql, "", ""},
          storage::Migration{51, "sensitive words", kSensitiveWordsSql, "", ""}};
}

}  // namespace samla::privacy
