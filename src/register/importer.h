// Imports organisations or people from a CSV file or an Excel sheet (see docs/import.md). The whole
// file is checked before anything is kept: every problem is reported with its physical line and the
// column header as written, and on any problem nothing is written. Re-importing updates
// instead of duplicating: people match by e-mail (else name and organisation), organisations
// by name and country. Columns missing from the file leave those fields of matched records
// as they were.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "access/principal.h"
#include "core/progress.h"
#include "core/result.h"
#include "register/import_columns.h"
#include "register/import_extension.h"
#include "storage/database.h"

namespace samla::registry {

// What is wrong, where: `what` is worded in the reader's language (the HTTP answer renders it in
// the request's), `message` is its English text for the CLI and the log.
struct ImportProblem {
  ImportProblem(std::size_t at_line, std::string at_column, Message problem)
      : line(at_line),
        column(std::move(at_column)),
        what(std::move(problem)),
        message(render_message(what.code, what.params, Language::en)) {}
  std::size_t line = 0;  // physical line in the file where the record starts
  std::string column;    // the header as written in the file; "" for the whole line
  Message what;
  std::string message;
};

struct ImportReport {
  ImportKind kind = ImportKind::people;
  bool dry_run = false;
  int created = 0;
  int updated = 0;
  int unchanged = 0;
  std::vector<ImportProblem> problems;  // non-empty: nothing was written
  // What was left out but did not stop the import: a column samla does not know is ignored.
  std::vector<ImportProblem> warnings;
  // How each header of the file was read: the field it fills, or none when it was left out.
  struct MappedColumn {
    std::string header;
    std::optional<Column> column;
    std::string extension_field;  // else the field of an extension ("influence"), or ""
    bool chosen = false;          // by the caller's mapping rather than by the header's name
    // The field's English name, or "" when the column is left out.
    std::string field() const {
      return column ? std::string(column_name(*column)) : extension_field;
    }
  };
  std::vector<MappedColumn> columns;
  // What the extensions added beside the register's records ("assessments": 12).
  std::map<std::string, int> added;
  // Organisations a people sheet named that were not in the register: created with the people
  // (a dry run lists those it would create).
  struct NewOrganisation {
    std::size_t line = 0;  // the first row naming it
    std::string name;
    std::optional<std::string> country;
    // Empty when the sheet does not say: the organisation is created "to complete".
    std::optional<std::string> sector, level;
  };
  std::vector<NewOrganisation> organisations_created;
  bool ok() const { return problems.empty(); }
};

struct ImportOptions {
  ImportKind kind = ImportKind::people;
  bool dry_run = false;  // validate and count, then roll everything back
  // Columns chosen by hand, by the header as the file writes it (trimmed): the English name of
  // a field ("email"), or "" to leave the column out. Other headers are matched by name.
  std::map<std::string, std::string> columns;
  // What separates several values in one cell: '|', ';' or ','.
  char value_separator = '|';
  // Columns other capabilities read from the same sheet (assessments), see import_extension.h.
  std::vector<std::shared_ptr<const ImportExtension>> extensions;
  // Told how far the import has come: "reading" the file, "checking" and "saving" row after
  // row, each with the rows done and the rows in all.
  ProgressCallback progress;
};

// Checks options a caller gave (the mapping and the separator) before anything is read:
// field errors naming `columns` or `separator`.
Status check_import_options(const ImportOptions& options);

// Imports `text` (a whole CSV file, or an .xlsx workbook's first sheet, told apart by the
// bytes) in one transaction on `session`, audited as `actor`.
// Bad data ends up in the report's problems (and nothing is written); an Error means the
// database failed.
Result<ImportReport> import_csv(storage::Session& session, const ImportOptions& options,
                                std::string_view text, const access::Principal& actor);

// "FILE:LINE: column: message", or "FILE:LINE: message" for a problem with no column; for a
// warning, "FILE:LINE: column: warning: message" ("varning" in Swedish). In `language`.
std::string format_problem(std::string_view file, const ImportProblem& problem,
                           Language language = Language::en, bool warning = false);

// "imported people: 12 created, 3 updated, 0 unchanged" (or the dry-run equivalent).
std::string summary_line(const ImportReport& report);

}  // namespace samla::registry
