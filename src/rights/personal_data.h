// Where a person is in the database (GDPR art. 15, 17, 20): every row that names them, found by
// walking the schema's own foreign keys (storage/catalog.h) rather than a list kept by hand, and
// what erasure does to each kind of row. A table a later migration adds with a reference to
// people or to accounts is found at once; its free text must be classified below, which a test
// checks (personal_data_test.cc), so no new table can be forgotten.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "storage/catalog.h"
#include "storage/database.h"

namespace samla::rights {

// A text column of rows about a person and what erasure writes there.
struct ClearedColumn {
  std::string_view column;
  std::string_view value_sql;  // "''", "NULL", "'{}'", or kTombstoneValue
};
inline constexpr std::string_view kTombstoneValue = "TOMBSTONE";

// How erasure treats the rows of one table that name a person.
struct PersonalTable {
  std::string_view table;
  std::vector<ClearedColumn> cleared;  // free text about the person: emptied
  std::vector<std::string_view> kept;  // text that names nobody (states, days, kinds, staff)
  bool delete_rows = false;            // rows that exist only for the person: deleted
  std::string_view audit_type;         // the audit log's name for its records, if audited
};

// Every table whose rows can name a person, with its rule.
const std::vector<PersonalTable>& personal_tables();
const PersonalTable* personal_table(std::string_view table);

// The rows of one table that name the person, as an SQL condition on that table.
struct PersonRows {
  std::string table;
  std::string where;  // "person_id = ?" …
  storage::Params params;
  bool owned = false;  // the rows belong to the person (deleted with them: ON DELETE CASCADE)
  // Found through the person's account (what they did as a user: assessments they made, their
  // ratings), not as the person they are about: erasure replaces their name there, nothing more.
  bool by_account = false;
};

// Every table's rows that name person `person_id`: their own row, rows referring to them or to
// their account, the rows that belong to those (an invitation's answers and messages), and the
// audit log's entries about any of these. One entry per table and way found (conditions joined
// with OR).
std::vector<PersonRows> rows_naming(const std::vector<storage::TableInfo>& tables,
                                    std::int64_t person_id);

// The audit log's entries about the person and the records that belong to them (in `found`, of
// rows_naming), without their account's doings on other records.
PersonRows audit_entries_about(const std::vector<PersonRows>& found, std::int64_t person_id);

// The values that identify the person wherever they are written: their name, e-mail address
// and phone number, their account's name, and the name typed for them on an agreement.
Result<std::vector<std::string>> identifying_values(storage::Session& s, std::int64_t person_id);

// The SQL condition "column `column` contains the text bound next" for the session's backend.
std::string contains_sql(storage::Dialect dialect, const std::string& column);

// Whether a column holds a secret (a password or token hash) that leaves the server never.
bool is_secret_column(std::string_view column);

}  // namespace samla::rights
