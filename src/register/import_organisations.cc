// Importing organisations: each row is matched by name and country; parents may be named in
// the same file (they are written first) or already be in the register.
#include <set>

#include "register/import_internal.h"
#include "register/store.h"
#include "register/validation.h"

namespace samla::registry::import_detail {
namespace {

using storage::Session;

struct OrganisationRow {
  const csv::Record* record = nullptr;
  Organisation organisation;  // as it will be written
  std::optional<Organisation> existing;
  std::optional<std::size_t> parent_row;  // the parent is this row of the file
  std::set<Column> reported;              // columns that already have a problem
  bool duplicate = false;                 // repeats an earlier row (reported)
};

bool same_content(Organisation a, Organisation b) {
  normalise(a);
  normalise(b);
  return a.name == b.name && a.sector == b.sector && a.level == b.level && a.country == b.country &&
         a.parent_id == b.parent_id && a.website == b.website;
}

// A sheet may leave out the sector and level of an organisation still "to complete" (one a
// people sheet created), so that an export of the register imports again unchanged; a new one
// needs both.
SectorAndLevel sector_and_level_of(const std::optional<Organisation>& existing) {
  return existing && (!existing->sector || !existing->level) ? SectorAndLevel::may_wait
                                                             : SectorAndLevel::required;
}

// Reads one row's own fields (all but the parent).
Status read_row(Session& s, Lookups& lookups, const Sheet& sheet, OrganisationRow& row,
                Problems& problems) {
  const auto& record = *row.record;
  auto problem = [&](Column c, Message what) {
    problems.add(record.line, sheet.label(c), std::move(what));
    row.reported.insert(c);
  };
  std::string name = sheet.cell(record, Column::name).value_or("");
  std::optional<std::string> country;
  if (auto text = sheet.value(record, Column::country)) {
    SAMLA_ASSIGN(country, lookups.country(*text));
    if (!country) problem(Column::country, Message(Msg::unknown_country_name, {{"value", *text}}));
  }
  if (!name.empty() && !row.reported.count(Column::country)) {
    SAMLA_ASSIGN(row.existing, store::find_organisation(s, name, country));
  }
  Organisation& o = row.organisation;
  if (row.existing) o = *row.existing;
  o.name = name;
  if (sheet.has(Column::country)) o.country = country;
  for (auto [column, vocabulary] : {std::pair{Column::sector, Vocabulary::sector},
                                    std::pair{Column::level, Vocabulary::level}}) {
    std::optional<std::string>& field = column == Column::sector ? o.sector : o.level;
    auto text = sheet.value(record, column);
    if (!text) {
      if (!row.existing) problem(column, Msg::required);
    } else if (auto v = vocabulary_value(vocabulary, *text)) {
      field = *v;
    } else {
      problem(column, Message(Msg::unknown_vocabulary_value,
                              {{"value", *text}, {"values", vocabulary_list(vocabulary)}}));
    }
  }
  if (sheet.has(Column::website)) o.website = sheet.value(record, Column::website);
  for (const auto& e : store::validate_organisation(o, sector_and_level_of(row.existing))) {
    auto column = column_of_field(ImportKind::organisations, e.field);
    if (column && row.reported.count(*column)) continue;
    if (column) row.reported.insert(*column);
    problems.add(record.line, column ? sheet.label(*column) : e.field, Message(e.code, e.params));
  }
  return ok_status();
}

// Picks the one candidate, preferring the child's country when a name is used in several.
template <typename Candidate, typename CountryOf>
std::optional<Candidate> pick(const std::vector<Candidate>& candidates,
                              const std::optional<std::string>& country, CountryOf country_of,
                              bool& ambiguous) {
  ambiguous = false;
  if (candidates.size() == 1) return candidates.front();
  std::vector<Candidate> same;
  for (const auto& c : candidates)
    if (country_of(c) == country) same.push_back(c);
  if (same.size() == 1) return same.front();
  ambiguous = !candidates.empty();
  return std::nullopt;
}

Status resolve_parent(Session& s, const Sheet& sheet, std::vector<OrganisationRow>& rows,
                      std::size_t i, Problems& problems) {
  OrganisationRow& row = rows[i];
  const auto line = row.record->line;
  const std::string label = sheet.label(Column::parent);
  if (!sheet.has(Column::parent)) return ok_status();  // a matched record keeps its parent
  auto name = sheet.value(*row.record, Column::parent);
  row.organisation.parent_id.reset();
  if (!name) return ok_status();
  const auto& country = row.organisation.country;
  std::vector<std::size_t> in_file;
  for (std::size_t k = 0; k < rows.size(); ++k)
    if (k != i && !rows[k].duplicate && rows[k].organisation.name == *name) in_file.push_back(k);
  bool ambiguous = false;
  auto file_parent = pick(
      in_file, country, [&](std::size_t k) { return rows[k].organisation.country; }, ambiguous);
  if (file_parent) {
    row.parent_row = *file_parent;
    return ok_status();
  }
  if (ambiguous) {
    problems.add(line, label, Message(Msg::organisation_name_ambiguous, {{"name", *name}}));
    return ok_status();
  }
  if (*name == row.organisation.name) {
    problems.add(line, label, Msg::own_parent);
    return ok_status();
  }
  SAMLA_ASSIGN(auto stored, organisations_named(s, *name));
  auto db_parent = pick(
      stored, country, [](const NamedOrganisation& o) { return o.country; }, ambiguous);
  if (db_parent)
    row.organisation.parent_id = db_parent->id;
  else if (ambiguous)
    problems.add(line, label, Message(Msg::organisation_name_ambiguous, {{"name", *name}}));
  else
    problems.add(line, label, Message(Msg::parent_not_found, {{"name", *name}}));
  return ok_status();
}

// Reports rows whose parents, followed through the file, lead back to themselves.
void find_cycles(const Sheet& sheet, const std::vector<OrganisationRow>& rows, Problems& problems) {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::optional<std::size_t> at = rows[i].parent_row;
    for (std::size_t steps = 0; at && steps <= rows.size(); ++steps) {
      if (*at == i) {
        problems.add(rows[i].record->line, sheet.label(Column::parent), Msg::parents_loop);
        break;
      }
      at = rows[*at].parent_row;
    }
  }
}

// Writes one row; false when the store refused it (a problem was added).
Result<bool> write_row(Session& s, const Sheet& sheet, OrganisationRow& row,
                       const access::Principal& actor, ImportReport& report, Problems& problems) {
  Result<Organisation> written = Organisation{};
  if (row.existing) {
    if (same_content(row.organisation, *row.existing)) {
      ++report.unchanged;
      row.organisation.meta = row.existing->meta;
      return true;
    }
    written = store::update_organisation(s, row.existing->meta.id, row.organisation,
                                         row.existing->meta.version, actor,
                                         sector_and_level_of(row.existing));
    if (written.ok()) ++report.updated;
  } else {
    written = store::insert_organisation(s, row.organisation, actor);
    if (written.ok()) ++report.created;
  }
  if (written.ok()) {
    row.organisation.meta = written->meta;
    return true;
  }
  if (!is_data_error(written.error())) return written.error();
  problems.add_error(row.record->line, written.error(), sheet, ImportKind::organisations);
  return false;
}

}  // namespace

Status import_organisations(Session& s, const Sheet& sheet, const access::Principal& actor,
                            const ProgressCallback& progress, ImportReport& report,
                            WrittenRows& written_rows) {
  Problems problems(report);
  std::vector<OrganisationRow> rows;
  std::map<std::pair<std::string, std::optional<std::string>>, std::size_t> first_line;
  Lookups lookups(s);
  const RowProgress checking(progress, "checking", sheet.rows().size());
  for (const auto& record : sheet.rows()) {
    checking.done(rows.size());
    OrganisationRow row;
    row.record = &record;
    SAMLA_TRY(read_row(s, lookups, sheet, row, problems));
    auto key = std::pair{row.organisation.name, row.organisation.country};
    if (!row.organisation.name.empty() && !row.reported.count(Column::country)) {
      auto [it, fresh] = first_line.emplace(key, record.line);
      row.duplicate = !fresh;
      if (!fresh)
        problems.add(
            record.line, sheet.label(Column::name),
            Message(Msg::same_organisation_as_line, {{"line", std::to_string(it->second)}}));
    }
    rows.push_back(std::move(row));
  }
  checking.done(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i)
    SAMLA_TRY(resolve_parent(s, sheet, rows, i, problems));
  find_cycles(sheet, rows, problems);
  if (!problems.empty()) return ok_status();

  // Parents first: each pass writes the rows whose parent row is already written.
  std::vector<bool> done(rows.size(), false);
  const RowProgress saving(progress, "saving", rows.size());
  for (std::size_t written = 0; written < rows.size();) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
      auto parent = rows[i].parent_row;
      if (done[i] || (parent && !done[*parent])) continue;
      saving.done(written);
      if (parent) rows[i].organisation.parent_id = rows[*parent].organisation.meta.id;
      SAMLA_ASSIGN(bool ok, write_row(s, sheet, rows[i], actor, report, problems));
      if (!ok) return ok_status();
      done[i] = true;
      ++written;
    }
  }
  saving.done(rows.size());
  for (const auto& row : rows)
    written_rows.emplace_back(
        row.record, StakeholderRef{StakeholderRef::Kind::organisation, row.organisation.meta.id});
  return ok_status();
}

}  // namespace samla::registry::import_detail
