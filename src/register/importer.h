// Imports organisations or people from a CSV file (see docs/import.md). The whole file is
// checked before anything is kept: every problem is reported with its physical line and the
// column header as written, and on any problem nothing is written. Re-importing updates
// instead of duplicating: people match by e-mail (else name and organisation), organisations
// by name and country. Columns missing from the file leave those fields of matched records
// as they were.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "register/import_columns.h"
#include "storage/database.h"

namespace samla::registry {

struct ImportProblem {
  std::size_t line = 0;  // physical line in the file where the record starts
  std::string column;    // the header as written in the file; "" for the whole line
  std::string message;
};

struct ImportReport {
  ImportKind kind = ImportKind::people;
  bool dry_run = false;
  int created = 0;
  int updated = 0;
  int unchanged = 0;
  std::vector<ImportProblem> problems;  // non-empty: nothing was written
  bool ok() const { return problems.empty(); }
};

struct ImportOptions {
  ImportKind kind = ImportKind::people;
  bool dry_run = false;  // validate and count, then roll everything back
};

// Imports `text` (a whole CSV file) in one transaction on `session`, audited as `actor`.
// Bad data ends up in the report's problems (and nothing is written); an Error means the
// database failed.
Result<ImportReport> import_csv(storage::Session& session, const ImportOptions& options,
                                std::string_view text, const access::Principal& actor);

// "FILE:LINE: column: message", or "FILE:LINE: message" for a problem with no column.
std::string format_problem(std::string_view file, const ImportProblem& problem);

// "imported people: 12 created, 3 updated, 0 unchanged" (or the dry-run equivalent).
std::string summary_line(const ImportReport& report);

}  // namespace samla::registry
