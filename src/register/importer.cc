#include "register/importer.h"

#include <algorithm>

#include "register/import_internal.h"
#include "register/store.h"
#include "register/validation.h"
#include "register/xlsx.h"

namespace samla::registry {
namespace import_detail {

std::optional<std::string> Sheet::cell(const csv::Record& row, Column column) const {
  auto it = index_.find(column);
  if (it == index_.end()) return std::nullopt;
  if (it->second >= row.fields.size()) return std::string();
  return trim(csv::unguard(trim(row.fields[it->second])));
}

std::optional<std::string> Sheet::value(const csv::Record& row, Column column) const {
  auto text = cell(row, column);
  if (!text || text->empty()) return std::nullopt;
  return text;
}

ExtensionCells Sheet::extension_cells(const csv::Record& row,
                                      const ImportExtension& extension) const {
  ExtensionCells out;
  for (const auto& c : extension_columns_)
    if (c.extension == &extension)
      out[c.field] =
          c.index < row.fields.size() ? trim(csv::unguard(trim(row.fields[c.index]))) : "";
  return out;
}

std::string Sheet::extension_header(const ImportExtension& extension,
                                    const std::string& field) const {
  for (const auto& c : extension_columns_)
    if (c.extension == &extension && c.field == field) return c.header;
  return field;
}

std::string Sheet::label(Column column) const {
  auto it = headers_.find(column);
  return it != headers_.end() ? it->second : std::string(column_name(column));
}

bool is_data_error(const Error& e) {
  return e.code == ErrorCode::invalid || e.code == ErrorCode::conflict ||
         e.code == ErrorCode::not_found || e.code == ErrorCode::precondition_failed;
}

std::optional<Column> column_of_field(ImportKind kind, const std::string& field) {
  if (field == "organisation_id") return Column::organisation;
  if (field == "parent_id") return Column::parent;
  for (Column c : columns_of(kind))
    if (column_name(c) == field) return c;
  return std::nullopt;
}

void Problems::add_error(std::size_t line, const Error& error, const Sheet& sheet,
                         ImportKind kind) {
  if (error.fields.empty()) {
    add(line, "", error.detail);
    return;
  }
  for (const auto& f : error.fields) {
    auto column = column_of_field(kind, f.field);
    add(line, column ? sheet.label(*column) : f.field, Message(f.code, f.params));
  }
}

Result<std::vector<NamedOrganisation>> organisations_named(storage::Session& s,
                                                           const std::string& name) {
  SAMLA_ASSIGN(auto rows,
               s.query("SELECT id, country FROM organisations WHERE name = ? ORDER BY id", {name}));
  std::vector<NamedOrganisation> out;
  for (const auto& r : rows) out.push_back({r.integer(0), r.optional_text(1)});
  return out;
}

Result<std::optional<std::string>> Lookups::country(const std::string& text) {
  if (auto it = countries_.find(text); it != countries_.end()) return it->second;
  std::optional<std::string> code;
  auto found = store::resolve_country(s_, text);
  if (found.ok())
    code = std::move(*found);
  else if (found.error().code != ErrorCode::not_found)
    return found.error();
  return countries_.emplace(text, std::move(code)).first->second;
}

Result<std::optional<std::string>> Lookups::theme_slug(const std::string& text) {
  if (auto it = themes_.find(text); it != themes_.end()) return it->second;
  SAMLA_ASSIGN(auto theme, store::find_theme(s_, text));
  std::optional<std::string> slug;
  if (theme) slug = theme->slug;
  return themes_.emplace(text, std::move(slug)).first->second;
}

Result<std::vector<NamedOrganisation>> Lookups::organisations_named(const std::string& name) {
  if (auto it = organisations_.find(name); it != organisations_.end()) return it->second;
  SAMLA_ASSIGN(auto named, import_detail::organisations_named(s_, name));
  return organisations_.emplace(name, std::move(named)).first->second;
}

}  // namespace import_detail

namespace {

using import_detail::Problems;
using import_detail::Sheet;

bool blank(const csv::Record& record) {
  return std::all_of(record.fields.begin(), record.fields.end(),
                     [](const std::string& f) { return trim(f).empty(); });
}

bool all_blank(const ExtensionCells& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const auto& c) { return c.second.empty(); });
}

// The extension that reads a header: by the caller's mapping (`chosen`, a field's English
// name) or by the header's own words.
std::optional<std::pair<const ImportExtension*, std::string>> extension_for(
    const ImportOptions& options, const std::string& header, const std::string* chosen) {
  for (const auto& extension : options.extensions) {
    if (chosen) {
      auto fields = extension->fields(options.kind);
      if (std::find(fields.begin(), fields.end(), *chosen) != fields.end())
        return std::pair{extension.get(), *chosen};
    } else if (auto field = extension->field_for_header(options.kind, header)) {
      return std::pair{extension.get(), *field};
    }
  }
  return std::nullopt;
}

// Maps the header to columns, reporting repeated and missing required columns; a column it does
// not know is a warning.
std::optional<Sheet> read_sheet(csv::Table table, const ImportOptions& options,
                                ImportReport& report, Problems& problems) {
  const ImportKind kind = options.kind;
  std::map<Column, std::size_t> index;
  std::map<Column, std::string> headers;
  const auto& header = table.header;
  std::vector<bool> unnamed(header.fields.size(), false);
  std::vector<Sheet::ExtensionColumn> extension_columns;
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    std::string text = trim(header.fields[i]);
    if (text.empty()) {
      unnamed[i] = true;  // Excel leaves these after a trailing delimiter
      continue;
    }
    auto chosen = options.columns.find(text);
    const bool by_hand = chosen != options.columns.end();
    auto column = by_hand ? column_named(kind, chosen->second) : column_for_header(kind, text);
    auto extension =
        column ? std::nullopt : extension_for(options, text, by_hand ? &chosen->second : nullptr);
    report.columns.push_back({text, column, extension ? extension->second : "", by_hand});
    if (extension) {
      auto same =
          std::find_if(extension_columns.begin(), extension_columns.end(), [&](const auto& c) {
            return c.extension == extension->first && c.field == extension->second;
          });
      if (same != extension_columns.end())
        problems.add(header.line, text, Message(Msg::column_twice, {{"other", same->header}}));
      else
        extension_columns.push_back({extension->first, extension->second, i, text});
      continue;
    }
    if (by_hand && !column) continue;  // left out on purpose: no notice
    if (!column) {
      // A column samla does not know (a spreadsheet's own notes, an internal id) is left out
      // with a notice: the rest of the sheet is still the register's data.
      problems.warn(header.line, text,
                    Message(Msg::column_ignored, {{"columns", expected_headers(kind)}}));
    } else if (index.count(*column)) {
      problems.add(header.line, text, Message(Msg::column_twice, {{"other", headers[*column]}}));
    } else {
      index[*column] = i;
      headers[*column] = text;
    }
  }
  std::vector<Column> required{Column::name};
  if (kind == ImportKind::organisations) required = {Column::name, Column::sector, Column::level};
  for (Column c : required)
    if (!index.count(c))
      problems.add(header.line, std::string(column_name(c)), Msg::column_required);
  for (const auto& extension : options.extensions) {
    std::vector<std::string> present;
    for (const auto& c : extension_columns)
      if (c.extension == extension.get()) present.push_back(c.field);
    if (present.empty()) continue;
    if (auto problem = extension->check_columns(present)) {
      std::string where = problem->first;
      for (const auto& c : extension_columns)
        if (c.extension == extension.get() && c.field == problem->first) where = c.header;
      problems.add(header.line, where, std::move(problem->second));
    }
  }

  if (!problems.empty()) return std::nullopt;  // rows cannot be read against a bad header

  std::vector<csv::Record> rows;
  for (auto& record : table.records) {
    if (blank(record)) continue;
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
      bool outside = i >= header.fields.size() || unnamed[i];
      if (outside && !trim(record.fields[i]).empty()) {
        problems.add(record.line, "column " + std::to_string(i + 1), Msg::value_without_header);
        break;
      }
    }
    rows.push_back(std::move(record));
  }
  return Sheet(std::move(index), std::move(headers), std::move(rows), options.value_separator,
               std::move(extension_columns));
}

// The extensions' checks of every row, before anything is written.
void check_extension_rows(const Sheet& sheet, const ImportOptions& options, Problems& problems) {
  for (const auto& extension : options.extensions)
    for (const auto& row : sheet.rows()) {
      auto cells = sheet.extension_cells(row, *extension);
      if (cells.empty() || all_blank(cells)) continue;
      for (auto& [field, what] : extension->check_row(cells))
        problems.add(row.line, sheet.extension_header(*extension, field), std::move(what));
    }
}

// The extensions' writes, row by row after the register's; a refusal is the row's problem.
Status write_extension_rows(storage::Session& s, const Sheet& sheet, const ImportOptions& options,
                            const import_detail::WrittenRows& written, ImportReport& report,
                            Problems& problems) {
  for (const auto& extension : options.extensions)
    for (const auto& [row, subject] : written) {
      auto cells = sheet.extension_cells(*row, *extension);
      if (cells.empty() || all_blank(cells)) continue;
      auto added = extension->write_row(s, subject, cells);
      if (added.ok()) {
        report.added[std::string(extension->counted_as())] += *added;
        continue;
      }
      if (!import_detail::is_data_error(added.error())) return added.error();
      if (added.error().fields.empty()) problems.add(row->line, "", added.error().detail);
      for (const auto& f : added.error().fields)
        problems.add(row->line, sheet.extension_header(*extension, f.field),
                     Message(f.code, f.params));
      return ok_status();
    }
  return ok_status();
}

}  // namespace

Status check_import_options(const ImportOptions& options) {
  std::vector<FieldError> errors;
  if (!is_value_separator(options.value_separator))
    errors.emplace_back("separator", Msg::must_be_values, MessageParams{{"values", "|\n;\n,"}});
  if (options.columns.size() > 200)
    errors.emplace_back("columns", Msg::at_most_items, MessageParams{{"max", "200"}});
  std::vector<std::string> fields;
  for (Column c : accepted_columns(options.kind)) fields.emplace_back(column_name(c));
  for (const auto& extension : options.extensions)
    for (auto& field : extension->fields(options.kind)) fields.push_back(std::move(field));
  for (const auto& [header, field] : options.columns) {
    if (!field.empty() && std::find(fields.begin(), fields.end(), field) == fields.end()) {
      errors.emplace_back(
          "columns", Msg::unknown_import_field,
          MessageParams{{"header", header}, {"value", field}, {"values", one_per_line(fields)}});
      break;
    }
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return ok_status();
}

Result<ImportReport> import_csv(storage::Session& session, const ImportOptions& options,
                                std::string_view text, const access::Principal& actor) {
  ImportReport report;
  report.kind = options.kind;
  report.dry_run = options.dry_run;
  Problems problems(report);

  // An Excel workbook is read as its first sheet; anything else as CSV.
  if (options.progress) options.progress("reading", 0, 0);
  csv::Parsed parsed = xlsx::looks_like_xlsx(text) ? xlsx::parse(text) : csv::parse(text);
  if (parsed.error) {
    problems.add(parsed.error->line, "", parsed.error->what);
    return report;
  }
  auto sheet = read_sheet(std::move(parsed.table), options, report, problems);
  if (!sheet) return report;
  check_extension_rows(*sheet, options, problems);

  // Checks and writes share one transaction, so nothing changes between them; it is rolled
  // back on any problem and on a dry run, which thereby sees exactly what a real run would.
  bool rolled_back_on_purpose = false;
  Status outcome = storage::in_transaction(session, [&](storage::Session& tx) -> Status {
    import_detail::WrittenRows written;
    if (options.kind == ImportKind::organisations)
      SAMLA_TRY(import_detail::import_organisations(tx, *sheet, actor, options.progress, report,
                                                    written));
    else
      SAMLA_TRY(import_detail::import_people(tx, *sheet, actor, options.progress, report, written));
    if (report.ok())
      SAMLA_TRY(write_extension_rows(tx, *sheet, options, written, report, problems));
    if (!report.ok() || options.dry_run) {
      rolled_back_on_purpose = true;
      return hidden_error(ErrorCode::conflict, "rolled back");
    }
    return ok_status();
  });
  if (!outcome.ok() && !rolled_back_on_purpose) return outcome.error();
  std::stable_sort(report.problems.begin(), report.problems.end(),
                   [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
  if (!report.ok()) {
    report.created = report.updated = report.unchanged = 0;
    report.added.clear();
    report.organisations_created.clear();
  }
  return report;
}

std::string format_problem(std::string_view file, const ImportProblem& problem, Language language,
                           bool warning) {
  std::string out = std::string(file) + ":" + std::to_string(problem.line) + ": ";
  if (!problem.column.empty()) out += problem.column + ": ";
  if (warning) out += language == Language::sv ? "varning: " : "warning: ";
  return out + render_message(problem.what.code, problem.what.params, language);
}

std::string summary_line(const ImportReport& report) {
  std::string kind(kind_name(report.kind));
  std::string unchanged = std::to_string(report.unchanged) + " unchanged";
  for (const auto& [what, count] : report.added)
    unchanged +=
        "; " + std::to_string(count) + " " + what + (report.dry_run ? " to add" : " added");
  if (report.dry_run)
    return "dry run, nothing written: " + kind + ": " + std::to_string(report.created) +
           " to create, " + std::to_string(report.updated) + " to update, " + unchanged;
  return "imported " + kind + ": " + std::to_string(report.created) + " created, " +
         std::to_string(report.updated) + " updated, " + unchanged;
}

}  // namespace samla::registry
