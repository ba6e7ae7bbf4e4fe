#include "register/exporter.h"

#include <stdlib.h>

#include <xlsxwriter.h>
#include <cstdlib>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "privacy/consent.h"
#include "register/json.h"
#include "register/list.h"

namespace samla::registry {
namespace {

namespace fs = std::filesystem;

std::string text(const std::optional<std::string>& value) {
  return value.value_or("");
}

// Reads every page of a list query.
template <typename T, typename Filter, typename List>
Result<std::vector<T>> read_all(Filter filter, List list) {
  filter.sort = SortOrder::name;
  filter.limit = kMaxPageSize;
  filter.cursor.reset();
  std::vector<T> out;
  for (;;) {
    SAMLA_ASSIGN(Page<T> page, list(filter));
    std::move(page.items.begin(), page.items.end(), std::back_inserter(out));
    if (!page.next) return out;
    filter.cursor = page.next;
  }
}

Result<std::vector<Organisation>> all_organisations(storage::Session& s, const Viewer& viewer,
                                                    const OrganisationFilter& filter) {
  return read_all<Organisation>(
      filter, [&](const OrganisationFilter& f) { return list_organisations(s, f, viewer); });
}

// The people, and for a viewer who sees lived experience the day each gave explicit consent to
// it: a sheet exported from one register imports into another with the consent it rests on.
Result<std::vector<Person>> all_people(storage::Session& s, const Viewer& viewer,
                                       const PersonFilter& filter) {
  SAMLA_ASSIGN(auto people, read_all<Person>(filter, [&](const PersonFilter& f) {
                 return list_people(s, f, viewer);
               }));
  if (!viewer.sees_special_category()) return people;
  SAMLA_ASSIGN(auto consented,
               s.query("SELECT person_id, given_on FROM consents WHERE purpose = ? AND ended_at "
                       "IS NULL",
                       {std::string(privacy::kLivedExperiencePurpose)}));
  std::map<std::int64_t, std::string> days;
  for (const auto& r : consented) days[r.integer(0)] = r.text(1);
  for (auto& p : people)
    if (auto it = days.find(p.meta.id); it != days.end())
      p.lived_experience_consent_on = it->second;
  return people;
}

std::string cell(const Organisation& o, Column c) {
  switch (c) {
    case Column::name:
      return o.name;
    case Column::sector:
      return text(o.sector);
    case Column::level:
      return text(o.level);
    case Column::country:
      return text(o.country);
    case Column::parent:
      return text(o.parent_name);
    case Column::website:
      return text(o.website);
    default:
      return "";
  }
}

std::string cell(const Person& p, Column c) {
  switch (c) {
    case Column::name:
      return p.name;
    case Column::email:
      return text(p.email);
    case Column::title:
      return text(p.title);
    case Column::organisation:
      return text(p.organisation_name);
    case Column::country:
      return text(p.country);
    case Column::perspectives:
      return join_values(p.perspectives);
    case Column::themes:
      return join_values(p.themes);
    case Column::languages:
      return join_values(p.languages);
    case Column::tags:
      return join_values(p.tags);
    case Column::notes:
      return p.notes;
    case Column::notes_special:
      return p.notes_special ? "yes" : "no";
    case Column::phone:
      return text(p.phone);
    case Column::mapped_by:
      return text(p.mapped_by);
    case Column::mapping_reason:
      return text(p.mapping_reason);
    case Column::lived_experience_consent_on:
      return text(p.lived_experience_consent_on);
    default:
      return "";
  }
}

// The columns of `kind` that `viewer` reads: the day of consent to lived experience and the mark
// on notes that hold health details only for those who see lived experience (their very names
// would tell the rest what the sheet is about).
std::vector<Column> export_columns(ImportKind kind, const Viewer& viewer) {
  std::vector<Column> out = columns_of(kind);
  if (!viewer.sees_special_category()) {
    std::erase(out, Column::lived_experience_consent_on);
    std::erase(out, Column::notes_special);
  }
  return out;
}

template <typename T>
ExportTable make_table(ImportKind kind, const std::vector<T>& records, const Viewer& viewer) {
  ExportTable table;
  table.columns = export_columns(kind, viewer);
  for (Column c : table.columns) table.header.emplace_back(column_name(c));
  for (const auto& record : records) {
    std::vector<std::string> row;
    for (Column c : table.columns) row.push_back(cell(record, c));
    table.rows.push_back(std::move(row));
  }
  return table;
}

// Excel refuses cells over 32767 bytes; cut at a character boundary rather than fail.
std::string fit_cell(const std::string& value) {
  constexpr std::size_t kMax = 32767;
  if (value.size() <= kMax) return value;
  std::size_t end = kMax;
  while (end > 0 && (static_cast<unsigned char>(value[end]) & 0xC0) == 0x80) --end;
  return value.substr(0, end);
}

Status xlsx_error(lxw_error e) {
  if (e == LXW_NO_ERROR) return ok_status();
  return hidden_error(ErrorCode::internal, std::string("XLSX export failed: ") + lxw_strerror(e));
}

Status write_workbook(const ExportTable& table, const std::string& sheet_name,
                      const fs::path& path) {
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook)
    return hidden_error(ErrorCode::internal, "XLSX export failed: cannot create the file");
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheet_name.c_str());
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  std::vector<std::size_t> widths(table.header.size(), 8);
  auto note_width = [&](std::size_t col, const std::string& value) {
    widths[col] = std::min<std::size_t>(60, std::max(widths[col], value.size() + 2));
  };
  Status status = ok_status();
  for (std::size_t c = 0; c < table.header.size() && status.ok(); ++c) {
    status = xlsx_error(
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), table.header[c].c_str(), bold));
    note_width(c, table.header[c]);
  }
  for (std::size_t r = 0; r < table.rows.size() && status.ok(); ++r) {
    for (std::size_t c = 0; c < table.rows[r].size() && status.ok(); ++c) {
      const std::string value = fit_cell(table.rows[r][c]);
      if (value.empty()) continue;
      const auto row = static_cast<lxw_row_t>(r + 1);
      const auto col = static_cast<lxw_col_t>(c);
      char* end = nullptr;
      const double number = std::strtod(value.c_str(), &end);
      if (c < table.numeric.size() && table.numeric[c] && end && *end == '\0')
        status = xlsx_error(worksheet_write_number(sheet, row, col, number, nullptr));
      else
        status = xlsx_error(worksheet_write_string(sheet, row, col, value.c_str(), nullptr));
      note_width(c, value);
    }
  }
  if (status.ok() && !table.header.empty()) {
    for (std::size_t c = 0; c < widths.size(); ++c)
      worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                           static_cast<double>(widths[c]), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    status = xlsx_error(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                                             static_cast<lxw_col_t>(table.header.size() - 1)));
  }
  lxw_error closed = workbook_close(workbook);  // frees the workbook whatever happened
  if (!status.ok()) return status;
  return xlsx_error(closed);
}

}  // namespace

namespace {

// A workbook is for people: headers, vocabulary values, countries and themes in `language`
// (CSV keeps codes for programs). Each of these imports again.
Status for_people(storage::Session& s, Language language, ExportTable& table) {
  const bool sv = language == Language::sv;
  std::map<std::string, std::string> countries, themes;
  SAMLA_ASSIGN(auto country_rows, s.query("SELECT code, name_en, name_sv FROM countries"));
  for (const auto& r : country_rows) countries[r.text(0)] = sv ? r.text(2) : r.text(1);
  SAMLA_ASSIGN(auto theme_rows, s.query("SELECT slug, name_en, name_sv FROM themes"));
  for (const auto& r : theme_rows) themes[r.text(0)] = sv ? r.text(2) : r.text(1);
  const auto& columns = table.columns;
  auto relabel = [&](std::string& cell, Column c) {
    if (cell.empty()) return;
    auto each = [&](auto&& word) {
      std::vector<std::string> out;
      for (const auto& v : split_values(cell)) out.push_back(word(v));
      cell = join_values(out);
    };
    switch (c) {
      case Column::sector:
        cell = vocabulary_label(Vocabulary::sector, cell, language);
        break;
      case Column::level:
        cell = vocabulary_label(Vocabulary::level, cell, language);
        break;
      case Column::perspectives:
        each([&](const std::string& v) {
          return vocabulary_label(Vocabulary::perspective, v, language);
        });
        break;
      case Column::themes:
        each([&](const std::string& v) { return themes.count(v) ? themes[v] : v; });
        break;
      case Column::country:
        if (countries.count(cell)) cell = countries[cell];
        break;
      default:
        break;
    }
  };
  for (std::size_t i = 0; i < columns.size() && i < table.header.size(); ++i)
    table.header[i] = column_label(columns[i], language);
  for (auto& row : table.rows)
    for (std::size_t i = 0; i < columns.size() && i < row.size(); ++i) relabel(row[i], columns[i]);
  return ok_status();
}

}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view text) {
  if (text == "csv") return ExportFormat::csv;
  if (text == "json") return ExportFormat::json;
  if (text == "xlsx") return ExportFormat::xlsx;
  return std::nullopt;
}

Result<ExportTable> export_table(storage::Session& s, ImportKind kind, const Viewer& viewer,
                                 const ExportSelection& selection) {
  if (kind == ImportKind::organisations) {
    SAMLA_ASSIGN(auto organisations, all_organisations(s, viewer, selection.organisations));
    return make_table(kind, organisations, viewer);
  }
  SAMLA_ASSIGN(auto people, all_people(s, viewer, selection.people));
  return make_table(kind, people, viewer);
}

Result<nlohmann::json> export_json(storage::Session& s, ImportKind kind, const Viewer& viewer,
                                   const ExportSelection& selection) {
  nlohmann::json out = nlohmann::json::array();
  if (kind == ImportKind::organisations) {
    SAMLA_ASSIGN(auto organisations, all_organisations(s, viewer, selection.organisations));
    for (const auto& o : organisations) out.push_back(to_json(o));
  } else {
    SAMLA_ASSIGN(auto people, all_people(s, viewer, selection.people));
    for (const auto& p : people) out.push_back(to_json(p));
  }
  return out;
}

std::string to_csv(const ExportTable& table, const csv::WriteOptions& options) {
  csv::Writer writer(options);
  writer.row(table.header);
  for (const auto& row : table.rows) writer.row(row);
  return writer.text();
}

Result<std::string> to_xlsx(const ExportTable& table, const std::string& sheet_name) {
  // libxlsxwriter writes to a file; a private temporary folder keeps it from others' eyes.
  std::string pattern = (fs::temp_directory_path() / "samla-xlsx-XXXXXX").string();
  if (!mkdtemp(pattern.data()))
    return hidden_error(ErrorCode::internal,
                        "XLSX export failed: cannot create a temporary folder");
  fs::path dir = pattern;
  fs::path path = dir / "export.xlsx";
  Status written = write_workbook(table, sheet_name, path);
  std::string bytes;
  if (written.ok()) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    bytes = buffer.str();
  }
  std::error_code ec;
  fs::remove_all(dir, ec);
  if (!written.ok()) return written.error();
  if (bytes.empty()) return hidden_error(ErrorCode::internal, "XLSX export failed: empty workbook");
  return bytes;
}

Result<std::string> export_register(storage::Session& s, ImportKind kind, ExportFormat format,
                                    const Viewer& viewer, const csv::WriteOptions& csv_options,
                                    const ExportSelection& selection) {
  if (format == ExportFormat::json) {
    SAMLA_ASSIGN(auto json, export_json(s, kind, viewer, selection));
    return json.dump(2) + "\n";
  }
  SAMLA_ASSIGN(auto table, export_table(s, kind, viewer, selection));
  if (format == ExportFormat::csv) return to_csv(table, csv_options);
  SAMLA_TRY(for_people(s, viewer.language, table));
  return to_xlsx(table, std::string(kind_name(kind)));
}

}  // namespace samla::registry
