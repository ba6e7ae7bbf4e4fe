// Shared by the importer's files; not part of the module's interface.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "register/csv.h"
#include "register/importer.h"

namespace samla::registry::import_detail {

// A parsed file whose header has been mapped to columns.
class Sheet {
 public:
  // Where an extension's field is: its column and the header as written.
  struct ExtensionColumn {
    const ImportExtension* extension = nullptr;
    std::string field;
    std::size_t index = 0;
    std::string header;
  };

  Sheet(std::map<Column, std::size_t> index, std::map<Column, std::string> headers,
        std::vector<csv::Record> rows, char value_separator,
        std::vector<ExtensionColumn> extension_columns = {})
      : index_(std::move(index)),
        headers_(std::move(headers)),
        rows_(std::move(rows)),
        value_separator_(value_separator),
        extension_columns_(std::move(extension_columns)) {}

  const std::vector<ExtensionColumn>& extension_columns() const { return extension_columns_; }
  // One row's cells of `extension`'s columns (field → trimmed cell).
  ExtensionCells extension_cells(const csv::Record& row, const ImportExtension& extension) const;
  // The header of `extension`'s `field` as the file wrote it.
  std::string extension_header(const ImportExtension& extension, const std::string& field) const;

  const std::vector<csv::Record>& rows() const { return rows_; }
  bool has(Column column) const { return index_.count(column) != 0; }
  // The cell, trimmed and with any formula guard removed; nullopt when the column is absent.
  std::optional<std::string> cell(const csv::Record& row, Column column) const;
  // The cell when the column is present and the cell is not blank.
  std::optional<std::string> value(const csv::Record& row, Column column) const;
  // The header as the file wrote it, or the English name when the file lacks the column.
  std::string label(Column column) const;
  // The values of a multi-value cell, split at the import's separator.
  std::vector<std::string> values(const csv::Record& row, Column column) const {
    return split_values(cell(row, column).value_or(""), value_separator_);
  }

 private:
  std::map<Column, std::size_t> index_;
  std::map<Column, std::string> headers_;
  std::vector<csv::Record> rows_;
  char value_separator_ = '|';
  std::vector<ExtensionColumn> extension_columns_;
};

// The stakeholder each row of the sheet is about, once written (created, updated or unchanged),
// for the extensions' writes.
using WrittenRows = std::vector<std::pair<const csv::Record*, StakeholderRef>>;

// Collects problems into a report.
class Problems {
 public:
  explicit Problems(ImportReport& report) : report_(report) {}
  void add(std::size_t line, std::string column, Message what) {
    report_.problems.emplace_back(line, std::move(column), std::move(what));
  }
  // A notice that does not stop the import (an ignored column).
  void warn(std::size_t line, std::string column, Message what) {
    report_.warnings.emplace_back(line, std::move(column), std::move(what));
  }
  // Adds the field errors of a failed write or validation, naming the file's headers.
  // `field_column` maps a record field ("organisation_id") to its column.
  void add_error(std::size_t line, const Error& error, const Sheet& sheet, ImportKind kind);
  bool empty() const { return report_.problems.empty(); }

 private:
  ImportReport& report_;
};

// The column that holds a record field, for reporting: "organisation_id" → organisation.
std::optional<Column> column_of_field(ImportKind kind, const std::string& field);

// Organisations whose name is exactly `name`, as (id, country) pairs, oldest first.
struct NamedOrganisation {
  std::int64_t id = 0;
  std::optional<std::string> country;
};
Result<std::vector<NamedOrganisation>> organisations_named(storage::Session& s,
                                                           const std::string& name);

// What the rows of one file name, looked up once per distinct text: a file of 100,000 people
// names a few dozen countries and themes and a few thousand organisations, and none of these
// change while its rows are checked (people are checked before anything is written).
class Lookups {
 public:
  explicit Lookups(storage::Session& s) : s_(s) {}
  // The ISO code for a code or name (see store::resolve_country); nullopt when unknown.
  Result<std::optional<std::string>> country(const std::string& text);
  // The theme's slug for a slug or name; nullopt when unknown.
  Result<std::optional<std::string>> theme_slug(const std::string& text);
  Result<std::vector<NamedOrganisation>> organisations_named(const std::string& name);

 private:
  storage::Session& s_;
  std::map<std::string, std::optional<std::string>> countries_;
  std::map<std::string, std::optional<std::string>> themes_;
  std::map<std::string, std::vector<NamedOrganisation>> organisations_;
};

// Whether a failed write is the row's fault (reported on its line) rather than the database's.
bool is_data_error(const Error& e);

// Tells the caller (when it asked, ImportOptions::progress) how far one pass over the rows has
// come: "checking" or "saving", rows done of the sheet's rows.
class RowProgress {
 public:
  RowProgress(const ProgressCallback& callback, std::string_view stage, std::size_t total)
      : callback_(callback), stage_(stage), total_(static_cast<std::int64_t>(total)) {}
  void done(std::size_t rows) const {
    if (callback_) callback_(stage_, static_cast<std::int64_t>(rows), total_);
  }

 private:
  const ProgressCallback& callback_;
  std::string_view stage_;
  std::int64_t total_;
};

// Each kind checks every row, then (when no row has a problem) writes them in order. A
// write that fails adds a problem and stops. The caller rolls back on any problem.
Status import_organisations(storage::Session& s, const Sheet& sheet, const access::Principal& actor,
                            const ProgressCallback& progress, ImportReport& report,
                            WrittenRows& written);
Status import_people(storage::Session& s, const Sheet& sheet, const access::Principal& actor,
                     const ProgressCallback& progress, ImportReport& report, WrittenRows& written);

}  // namespace samla::registry::import_detail
