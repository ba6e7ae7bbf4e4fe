// Exports organisations or people as CSV, JSON or XLSX. CSV and XLSX use the import headers
// and '|' between several values, so an exported file imports again unchanged; JSON uses the
// API's wire objects. Everything goes through the register's list queries with a Viewer, so
// an export never shows what the viewer may not see (lived experience, for most roles).
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "register/csv.h"
#include "register/import_columns.h"
#include "register/service.h"
#include "storage/database.h"

namespace samla::registry {

enum class ExportFormat { csv, json, xlsx };

// Parses "csv", "json" or "xlsx".
std::optional<ExportFormat> parse_export_format(std::string_view text);

// Which records to export: the list filters (sort, limit and cursor are ignored: an export
// holds every matching record, sorted by name).
struct ExportSelection {
  PersonFilter people;
  OrganisationFilter organisations;
};

// A sheet of text: the import headers and one row per record, sorted by name.
struct ExportTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  // Columns whose cells are numbers: an XLSX sheet stores them as numbers (sortable, summable),
  // not as text. Empty: every column is text.
  std::vector<bool> numeric;
  // The register's column of each header cell (a register export; empty for other tables).
  std::vector<Column> columns;
};

// Every organisation or person `viewer` may see, as a sheet.
Result<ExportTable> export_table(storage::Session& s, ImportKind kind, const Viewer& viewer,
                                 const ExportSelection& selection = {});
// Every organisation or person `viewer` may see, as a JSON array of wire objects.
Result<nlohmann::json> export_json(storage::Session& s, ImportKind kind, const Viewer& viewer,
                                   const ExportSelection& selection = {});

// The sheet as CSV text.
std::string to_csv(const ExportTable& table, const csv::WriteOptions& options);
// The sheet as the bytes of an .xlsx workbook: bold, frozen header row with an auto-filter.
Result<std::string> to_xlsx(const ExportTable& table, const std::string& sheet_name);

// The whole export in one call: the bytes of the file.
Result<std::string> export_register(storage::Session& s, ImportKind kind, ExportFormat format,
                                    const Viewer& viewer, const csv::WriteOptions& csv_options,
                                    const ExportSelection& selection = {});

}  // namespace samla::registry
