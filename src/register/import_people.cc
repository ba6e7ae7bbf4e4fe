// Importing people: each row is matched by e-mail, else by name and organisation. An
// organisation the register lacks is created with the people (the report lists it, a dry run
// too), with the sector and level the sheet gives, or else "to complete" without them.
#include <set>
#include <tuple>

#include "core/case_fold.h"
#include "register/import_internal.h"
#include "register/store.h"
#include "register/validation.h"

namespace samla::registry::import_detail {
namespace {

using storage::Session;

struct PersonRow {
  const csv::Record* record = nullptr;
  Person person;  // as it will be written
  std::optional<Person> existing;
  std::set<Column> reported;  // columns that already have a problem
  // The organisation to create for this row: an index into the report's organisations_created.
  std::optional<std::size_t> new_organisation;
};

// The organisations the sheet names that the register lacks, by name and country: where each
// is in the report's organisations_created, and the rows that gave its sector and level.
struct PlannedOrganisation {
  std::size_t index = 0;
  std::size_t sector_line = 0;
  std::size_t level_line = 0;
};
using NewOrganisationKeys =
    std::map<std::pair<std::string, std::optional<std::string>>, PlannedOrganisation>;

bool same_content(Person a, Person b) {
  normalise(a);
  normalise(b);
  return a.name == b.name && a.title == b.title && a.organisation_id == b.organisation_id &&
         a.country == b.country && a.perspectives == b.perspectives && a.themes == b.themes &&
         a.languages == b.languages && a.email == b.email && a.phone == b.phone &&
         a.tags == b.tags && a.notes == b.notes && a.mapped_by == b.mapped_by &&
         a.mapping_reason == b.mapping_reason;
}

class RowReader {
 public:
  RowReader(Session& s, Lookups& lookups, const Sheet& sheet, PersonRow& row, Problems& problems,
            ImportReport& report, NewOrganisationKeys& new_organisations)
      : s_(s),
        lookups_(lookups),
        sheet_(sheet),
        row_(row),
        problems_(problems),
        report_(report),
        new_organisations_(new_organisations) {}

  Status read() {
    const auto& record = *row_.record;
    SAMLA_ASSIGN(auto country, read_country());
    SAMLA_ASSIGN(auto organisation_id, read_organisation(country));
    std::string name = sheet_.cell(record, Column::name).value_or("");
    auto email = sheet_.value(record, Column::email);
    if (email) email = normalised_email(*email);
    SAMLA_TRY(match(name, email, organisation_id));

    Person& p = row_.person;
    if (row_.existing) p = *row_.existing;
    p.name = name;
    if (sheet_.has(Column::email)) p.email = email;
    if (sheet_.has(Column::organisation)) p.organisation_id = organisation_id;
    if (sheet_.has(Column::country)) p.country = country;
    for (auto [column, field] :
         {std::pair{Column::title, &Person::title}, std::pair{Column::phone, &Person::phone},
          std::pair{Column::mapped_by, &Person::mapped_by},
          std::pair{Column::mapping_reason, &Person::mapping_reason},
          std::pair{Column::lived_experience_consent_on, &Person::lived_experience_consent_on}})
      if (sheet_.has(column)) p.*field = sheet_.value(record, column);
    if (sheet_.has(Column::notes)) p.notes = sheet_.cell(record, Column::notes).value_or("");
    if (sheet_.has(Column::notes_special)) {
      // Yes or no, in either language; empty keeps what the register has (a new person: no).
      const std::string said = fold_case(sheet_.cell(record, Column::notes_special).value_or(""));
      if (said == "yes" || said == "ja" || said == "true" || said == "1" || said == "x")
        p.notes_special = true;
      else if (said == "no" || said == "nej" || said == "false" || said == "0")
        p.notes_special = false;
      else if (!said.empty())
        problem(Column::notes_special, Message(Msg::must_be_yes_or_no));
    }
    if (sheet_.has(Column::languages)) p.languages = list(Column::languages);
    if (sheet_.has(Column::tags)) p.tags = list(Column::tags);
    if (sheet_.has(Column::perspectives)) p.perspectives = read_perspectives();
    if (sheet_.has(Column::themes)) {
      SAMLA_ASSIGN(p.themes, read_themes());
    }
    for (const auto& e : store::validate_person(p)) {
      auto column = column_of_field(ImportKind::people, e.field);
      if (column && row_.reported.count(*column)) continue;
      if (column) row_.reported.insert(*column);
      problems_.add(record.line, column ? sheet_.label(*column) : e.field,
                    Message(e.code, e.params));
    }
    return ok_status();
  }

 private:
  void problem(Column c, Message what) {
    problems_.add(row_.record->line, sheet_.label(c), std::move(what));
    row_.reported.insert(c);
  }

  std::vector<std::string> list(Column c) { return sheet_.values(*row_.record, c); }

  static std::string normalised_email(const std::string& text) {
    Person probe;
    probe.email = text;
    normalise(probe);
    return probe.email.value_or("");
  }

  Result<std::optional<std::string>> read_country() {
    auto text = sheet_.value(*row_.record, Column::country);
    if (!text) return std::optional<std::string>{};
    SAMLA_ASSIGN(auto code, lookups_.country(*text));
    if (code) return code;
    problem(Column::country, Message(Msg::unknown_country_name, {{"value", *text}}));
    return std::optional<std::string>{};
  }

  Result<std::optional<std::int64_t>> read_organisation(const std::optional<std::string>& country) {
    auto name = sheet_.value(*row_.record, Column::organisation);
    if (!name) return std::optional<std::int64_t>{};
    SAMLA_ASSIGN(auto named, lookups_.organisations_named(*name));
    if (named.size() == 1) return std::optional<std::int64_t>{named.front().id};
    std::vector<std::int64_t> same_country;
    for (const auto& o : named)
      if (country && o.country == country) same_country.push_back(o.id);
    if (same_country.size() == 1) return std::optional<std::int64_t>{same_country.front()};
    if (named.empty())
      plan_organisation(*name, country);
    else
      problem(Column::organisation, Message(Msg::organisation_name_ambiguous, {{"name", *name}}));
    return std::optional<std::int64_t>{};
  }

  // An organisation the register lacks: created with the people, once however many rows name
  // it. Its sector and level come from the first row that gives them (the rows must agree);
  // without them it is created "to complete".
  void plan_organisation(const std::string& name, const std::optional<std::string>& country) {
    const auto& record = *row_.record;
    auto sector_text = sheet_.value(record, Column::sector);
    auto level_text = sheet_.value(record, Column::level);
    auto key = std::pair{name, country};
    auto known = new_organisations_.find(key);
    std::optional<std::string> sector, level;
    for (auto [column, vocabulary, text, out] :
         {std::tuple{Column::sector, Vocabulary::sector, &sector_text, &sector},
          std::tuple{Column::level, Vocabulary::level, &level_text, &level}}) {
      if (!*text) continue;
      if (auto v = vocabulary_value(vocabulary, **text))
        *out = *v;
      else
        problem(column, Message(Msg::unknown_vocabulary_value,
                                {{"value", **text}, {"values", vocabulary_list(vocabulary)}}));
    }
    if (row_.reported.count(Column::sector) || row_.reported.count(Column::level)) return;
    if (known == new_organisations_.end()) {
      known =
          new_organisations_
              .emplace(key, PlannedOrganisation{report_.organisations_created.size(),
                                                sector ? record.line : 0, level ? record.line : 0})
              .first;
      report_.organisations_created.push_back({record.line, name, country, sector, level});
    } else {
      PlannedOrganisation& planned = known->second;
      auto& first = report_.organisations_created[planned.index];
      for (auto [column, value, first_value, line] :
           {std::tuple{Column::sector, &sector, &first.sector, &planned.sector_line},
            std::tuple{Column::level, &level, &first.level, &planned.level_line}}) {
        if (!*value) continue;
        if (!*first_value) {  // an earlier row named it without saying
          *first_value = *value;
          *line = record.line;
        } else if (*value != *first_value) {
          problem(column, Message(Msg::differs_for_same_organisation,
                                  {{"value", *sheet_.value(record, column)},
                                   {"line", std::to_string(*line)}}));
        }
      }
    }
    row_.new_organisation = known->second.index;
  }

  // E-mail first; else name and organisation, unless that person has another e-mail (then it
  // is a namesake, not the same person).
  Status match(const std::string& name, const std::optional<std::string>& email,
               std::optional<std::int64_t> organisation_id) {
    if (email) {
      SAMLA_ASSIGN(row_.existing, store::find_person_by_email(s_, *email));
    }
    // No one in the register works at an organisation that is not there yet.
    if (row_.existing || name.empty() || row_.reported.count(Column::organisation) ||
        row_.new_organisation)
      return ok_status();
    SAMLA_ASSIGN(auto by_name, store::find_person_by_name(s_, name, organisation_id));
    if (by_name && (!email || !by_name->email || by_name->email == email))
      row_.existing = std::move(by_name);
    return ok_status();
  }

  std::vector<std::string> read_perspectives() {
    std::vector<std::string> out;
    for (const auto& text : list(Column::perspectives)) {
      if (auto v = vocabulary_value(Vocabulary::perspective, text))
        out.push_back(*v);
      else
        problem(Column::perspectives,
                Message(Msg::unknown_perspective,
                        {{"value", text}, {"values", vocabulary_list(Vocabulary::perspective)}}));
    }
    return out;
  }

  Result<std::vector<std::string>> read_themes() {
    std::vector<std::string> out;
    for (const auto& text : list(Column::themes)) {
      SAMLA_ASSIGN(auto slug, lookups_.theme_slug(text));
      if (slug)
        out.push_back(*slug);
      else
        problem(Column::themes, Message(Msg::unknown_theme, {{"value", text}}));
    }
    return out;
  }

  Session& s_;
  Lookups& lookups_;
  const Sheet& sheet_;
  PersonRow& row_;
  Problems& problems_;
  ImportReport& report_;
  NewOrganisationKeys& new_organisations_;
};

// Creates the organisations the sheet names and the register lacks, and points their rows at
// them; false when the store refused one (a problem was added on its first line).
Result<bool> create_organisations(Session& s, const Sheet& sheet, const ImportReport& report,
                                  std::vector<PersonRow>& rows, const access::Principal& actor,
                                  Problems& problems) {
  std::vector<std::int64_t> ids;
  for (const auto& planned : report.organisations_created) {
    Organisation o;
    o.name = planned.name;
    o.country = planned.country;
    o.sector = planned.sector;
    o.level = planned.level;
    auto written = store::insert_organisation(s, std::move(o), actor, SectorAndLevel::may_wait);
    if (!written.ok()) {
      if (!is_data_error(written.error())) return written.error();
      // The organisation's fields are the sheet's organisation, sector, level and country.
      const Error& e = written.error();
      if (e.fields.empty()) problems.add(planned.line, sheet.label(Column::organisation), e.detail);
      for (const auto& f : e.fields) {
        auto column = f.field == "name" ? std::optional{Column::organisation}
                                        : column_of_field(ImportKind::organisations, f.field);
        problems.add(planned.line, sheet.label(column.value_or(Column::organisation)),
                     Message(f.code, f.params));
      }
      return false;
    }
    ids.push_back(written->meta.id);
  }
  for (auto& row : rows)
    if (row.new_organisation) row.person.organisation_id = ids[*row.new_organisation];
  return true;
}

}  // namespace

Status import_people(Session& s, const Sheet& sheet, const access::Principal& actor,
                     const ProgressCallback& progress, ImportReport& report,
                     WrittenRows& written_rows) {
  Problems problems(report);
  std::vector<PersonRow> rows;
  std::map<std::string, std::size_t> line_of_key;
  std::map<std::int64_t, std::size_t> line_of_match;
  NewOrganisationKeys new_organisations;
  Lookups lookups(s);
  rows.reserve(sheet.rows().size());
  const RowProgress checking(progress, "checking", sheet.rows().size());
  for (const auto& record : sheet.rows()) {
    checking.done(rows.size());
    PersonRow row;
    row.record = &record;
    SAMLA_TRY(RowReader(s, lookups, sheet, row, problems, report, new_organisations).read());
    const Person& p = row.person;
    // The same person twice in one file would make the result depend on row order.
    std::string key = p.email ? "e:" + *p.email
                      : row.new_organisation
                          ? "new:" + p.name + "\n" + std::to_string(*row.new_organisation)
                          : "n:" + p.name + "\n" + std::to_string(p.organisation_id.value_or(0));
    if (!p.name.empty()) {
      auto [it, fresh] = line_of_key.emplace(key, record.line);
      if (!fresh)
        problems.add(record.line, sheet.label(p.email ? Column::email : Column::name),
                     Message(Msg::same_person_as_line, {{"line", std::to_string(it->second)}}));
      else if (row.existing) {
        auto [m, first] = line_of_match.emplace(row.existing->meta.id, record.line);
        if (!first)
          problems.add(
              record.line, sheet.label(Column::name),
              Message(Msg::same_registered_person_as_line, {{"line", std::to_string(m->second)}}));
      }
    }
    rows.push_back(std::move(row));
  }
  checking.done(rows.size());
  if (!problems.empty()) return ok_status();
  SAMLA_ASSIGN(bool created, create_organisations(s, sheet, report, rows, actor, problems));
  if (!created) return ok_status();
  // New people get their search entries in one statement at the end (see SearchIndex).
  std::optional<std::int64_t> first_new, last_new;
  const RowProgress saving(progress, "saving", rows.size());
  std::size_t saved = 0;
  for (auto& row : rows) {
    saving.done(saved++);
    Result<Person> written = Person{};
    const std::optional<std::string> consent_on = row.person.lived_experience_consent_on;
    const std::optional<std::int64_t> existing_id =
        row.existing ? std::optional(row.existing->meta.id) : std::nullopt;
    if (Status consent = store::check_lived_experience_consent(s, existing_id, row.person);
        !consent.ok())
      written = consent.error();
    else if (row.existing) {
      if (same_content(row.person, *row.existing)) {
        ++report.unchanged;
        written_rows.emplace_back(
            row.record, StakeholderRef{StakeholderRef::Kind::person, row.existing->meta.id});
        continue;
      }
      written = store::update_person(s, row.existing->meta.id, row.person,
                                     row.existing->meta.version, actor);
      if (written.ok()) ++report.updated;
    } else {
      written = store::insert_person(s, std::move(row.person), actor, store::SearchIndex::later);
      if (written.ok()) {
        ++report.created;
        if (!first_new) first_new = written->meta.id;
        last_new = written->meta.id;
      }
    }
    if (written.ok()) {
      Person kept = written.value();  // what was stored, with the consent the row carried
      kept.lived_experience_consent_on = consent_on;
      if (Status consent =
              store::record_lived_experience_consent(s, kept.meta.id, kept, actor, "import");
          !consent.ok())
        written = consent.error();
    }
    if (written.ok()) {
      written_rows.emplace_back(row.record,
                                StakeholderRef{StakeholderRef::Kind::person, written->meta.id});
      continue;
    }
    if (!is_data_error(written.error())) return written.error();
    problems.add_error(row.record->line, written.error(), sheet, ImportKind::people);
    return ok_status();
  }
  saving.done(rows.size());
  if (first_new) SAMLA_TRY(store::complete_new_people(s, *first_new, *last_new, actor, "import"));
  return ok_status();
}

}  // namespace samla::registry::import_detail
