// Access and portability (GDPR art. 15 and 20): everything samla holds about one person, as a
// ZIP with a machine-readable JSON of every row that names them (found by rights/personal_data.h)
// and a readable HTML summary in their language.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

#include "core/language.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::rights {

// {format, person_id, exported_at, exported_by, language, records: {table: [row…]},
//  mentions: [{table, row, columns}]}. Rows are every column but secrets (hashes of passwords
// and links) and files (their size instead). Mentions are rows that write one of the person's
// identifying values in free text without referring to them.
// Who reads the export. For the person themselves (their own page and its download) mentions
// stay empty (a scan of every text column on each visit, and rows about others too), and a
// tie's note marked as holding health details is withheld, in the tie and in its audit entries:
// it may be about the person at the other end.
enum class Reader { administrator, the_person };
Result<nlohmann::json> person_records(storage::Session& s, std::int64_t person_id,
                                      const std::string& exported_by,
                                      Reader reader = Reader::administrator);

// The language the person reads: Swedish when they speak it, else English.
Result<Language> language_of(storage::Session& s, std::int64_t person_id);

// The readable summary of `records` in `language`.
std::string summary_html(const nlohmann::json& records, Language language);

struct ExportFile {
  std::string name;   // samla-person-<id>.zip
  std::string bytes;  // the ZIP: person.json and summary.html
};
// `reader` as for person_records.
Result<ExportFile> export_person(storage::Session& s, std::int64_t person_id,
                                 const std::string& exported_by,
                                 Reader reader = Reader::administrator);

}  // namespace samla::rights
