#include "register/import_columns.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "register/model.h"

namespace samla::registry {
namespace {

struct ColumnWords {
  Column column;
  std::string_view english;
  std::vector<std::string_view> aliases;  // compared after header_key()
};

// Every accepted header; the first word is the English one exports write.
const std::vector<ColumnWords>& people_columns() {
  static const std::vector<ColumnWords> columns{
      {Column::name, "name", {"name", "namn", "fullname", "fullständigtnamn"}},
      {Column::email, "email", {"email", "mail", "epost", "epostadress", "mejl", "mejladress"}},
      {Column::title, "title", {"title", "jobtitle", "titel", "befattning"}},
      {Column::organisation,
       "organisation",
       {"organisation", "organization", "org", "organisationsnamn"}},
      {Column::country, "country", {"country", "land"}},
      {Column::perspectives, "perspectives", {"perspectives", "perspective", "perspektiv"}},
      {Column::themes, "themes", {"themes", "theme", "expertise", "teman", "tema", "expertis"}},
      {Column::languages, "languages", {"languages", "language", "språk"}},
      {Column::tags, "tags", {"tags", "tag", "taggar", "tagg", "etiketter"}},
      {Column::notes, "notes", {"notes", "note", "anteckningar", "anteckning", "kommentar"}},
      {Column::notes_special,
       "notes_special",
       {"notesspecial", "notesholdhealthdetails", "anteckningarhälsouppgifter",
        "hälsouppgifterianteckningarna"}},
      {Column::phone, "phone", {"phone", "telephone", "telefon", "telefonnummer"}},
      {Column::mapped_by, "mapped_by", {"mappedby", "kartlagdav"}},
      {Column::mapping_reason, "mapping_reason", {"mappingreason", "motivering", "skäl"}},
      {Column::lived_experience_consent_on,
       "lived_experience_consent_on",
       {"livedexperienceconsenton", "livedexperienceconsent", "samtyckeegenerfarenhet"}},
  };
  return columns;
}

const std::vector<ColumnWords>& organisation_columns() {
  static const std::vector<ColumnWords> columns{
      {Column::name, "name", {"name", "namn"}},
      {Column::sector, "sector", {"sector", "sektor"}},
      {Column::level, "level", {"level", "nivå"}},
      {Column::country, "country", {"country", "land"}},
      {Column::parent,
       "parent",
       {"parent", "parentorganisation", "parentorganization", "överordnad",
        "överordnadorganisation"}},
      {Column::website, "website", {"website", "web", "url", "webbplats", "webbsida", "hemsida"}},
  };
  return columns;
}

const std::vector<ColumnWords>& columns_for(ImportKind kind) {
  return kind == ImportKind::people ? people_columns() : organisation_columns();
}

// What a people sheet may also say about each person's organisation: its sector and level,
// with which the import creates an organisation the register does not have yet. Read, never
// written by an export of people.
const std::vector<ColumnWords>& accepted_for(ImportKind kind) {
  static const std::vector<ColumnWords> people = [] {
    auto out = people_columns();
    out.push_back({Column::sector,
                   "sector",
                   {"sector", "sektor", "organisationsector", "organisationssektor"}});
    out.push_back(
        {Column::level, "level", {"level", "nivå", "organisationlevel", "organisationsnivå"}});
    return out;
  }();
  return kind == ImportKind::people ? people : organisation_columns();
}

// Header comparison ignores the separators entirely: "E-post", "e_post" and "epost" match.
std::string header_key(std::string_view text) {
  std::string key = fold_label(text);
  key.erase(std::remove(key.begin(), key.end(), '_'), key.end());
  return key;
}

// Labels accepted besides the stored value itself (whose underscores may be spaces): the web's
// own labels in both languages (web/src/i18n/{en,sv}.json; tests/cli checks each of them) and
// the words people use in their sheets.
const std::map<std::string, std::string>& labels(Vocabulary vocabulary) {
  static const std::map<std::string, std::string> sector{
      {"myndighet", "agency"},
      {"government_agency", "agency"},
      {"statlig_myndighet", "agency"},
      {"kommun", "municipality"},
      {"region", "region"},
      {"näringsliv", "business"},
      {"företag", "business"},
      {"civilsamhälle", "civil_society"},
      {"civilsamhället", "civil_society"},
      {"idéburen_organisation", "civil_society"},
      {"akademi", "academia"},
      {"lärosäte", "academia"},
      {"universitet", "academia"},
      {"vårdgivare", "healthcare_provider"},
      {"internationell_organisation", "international_body"},
      {"internationellt_organ", "international_body"},
  };
  static const std::map<std::string, std::string> level{
      {"lokal", "local"},
      {"regional", "regional"},
      {"nationell", "national"},
      {"internationell", "international"},
  };
  static const std::map<std::string, std::string> perspective{
      {"policy_maker", "policymaker"},
      {"beslutsfattare", "policymaker"},
      {"vårdprofessionell", "healthcare_professional"},
      {"hälso_och_sjukvårdspersonal", "healthcare_professional"},
      {"forskare", "researcher"},
      {"samhällsledare", "community_leader"},
      {"lokal_ledare", "community_leader"},
      {"intresseorganisation", "advocacy_group"},
      {"egen_erfarenhet", std::string(kLivedExperience)},
      {"erfarenhetsexpert", std::string(kLivedExperience)},
  };
  switch (vocabulary) {
    case Vocabulary::sector:
      return sector;
    case Vocabulary::level:
      return level;
    case Vocabulary::perspective:
      break;
  }
  return perspective;
}

const std::vector<std::string>& values(Vocabulary vocabulary) {
  switch (vocabulary) {
    case Vocabulary::sector:
      return sectors();
    case Vocabulary::level:
      return levels();
    case Vocabulary::perspective:
      break;
  }
  return perspectives();
}

std::string join(const std::vector<std::string>& list, std::string_view separator) {
  std::string out;
  for (const auto& item : list) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

}  // namespace

std::string_view kind_name(ImportKind kind) {
  return kind == ImportKind::people ? "people" : "organisations";
}

std::optional<ImportKind> parse_kind(std::string_view text) {
  if (text == "people") return ImportKind::people;
  if (text == "organisations" || text == "organizations") return ImportKind::organisations;
  return std::nullopt;
}

const std::vector<Column>& columns_of(ImportKind kind) {
  static const auto list = [](ImportKind k) {
    std::vector<Column> out;
    for (const auto& c : columns_for(k)) out.push_back(c.column);
    return out;
  };
  static const std::vector<Column> people = list(ImportKind::people);
  static const std::vector<Column> organisations = list(ImportKind::organisations);
  return kind == ImportKind::people ? people : organisations;
}

std::string_view column_name(Column column) {
  for (const auto* table : {&people_columns(), &organisation_columns()})
    for (const auto& c : *table)
      if (c.column == column) return c.english;
  return "?";
}

std::optional<Column> column_for_header(ImportKind kind, std::string_view header) {
  std::string key = header_key(header);
  for (const auto& c : accepted_for(kind))
    if (std::find(c.aliases.begin(), c.aliases.end(), key) != c.aliases.end()) return c.column;
  return std::nullopt;
}

std::string expected_headers(ImportKind kind) {
  std::vector<std::string> names;
  for (const auto& c : accepted_for(kind)) names.emplace_back(c.english);
  return join(names, ", ");
}

std::optional<std::string> vocabulary_value(Vocabulary vocabulary, std::string_view text) {
  std::string key = fold_label(text);
  const auto& stored = values(vocabulary);
  if (std::find(stored.begin(), stored.end(), key) != stored.end()) return key;
  const auto& words = labels(vocabulary);
  if (auto it = words.find(key); it != words.end()) return it->second;
  return std::nullopt;
}

std::string vocabulary_label(Vocabulary vocabulary, std::string_view value, Language language) {
  // The web's labels (web/src/i18n/{en,sv}.json); tests/cli checks they match and import again.
  static const std::map<std::string_view, std::pair<const char*, const char*>> labels{
      {"agency", {"Government agency", "Myndighet"}},
      {"municipality", {"Municipality", "Kommun"}},
      {"region", {"Region", "Region"}},
      {"business", {"Business", "Näringsliv"}},
      {"civil_society", {"Civil society", "Civilsamhälle"}},
      {"academia", {"Academia", "Akademi"}},
      {"healthcare_provider", {"Healthcare provider", "Vårdgivare"}},
      {"international_body", {"International body", "Internationellt organ"}},
      {"local", {"Local", "Lokal"}},
      {"regional", {"Regional", "Regional"}},
      {"national", {"National", "Nationell"}},
      {"international", {"International", "Internationell"}},
      {"policymaker", {"Policymaker", "Beslutsfattare"}},
      {"healthcare_professional", {"Healthcare professional", "Vårdprofessionell"}},
      {"researcher", {"Researcher", "Forskare"}},
      {"community_leader", {"Community leader", "Lokal ledare"}},
      {"advocacy_group", {"Advocacy group", "Intresseorganisation"}},
      {"lived_experience", {"Lived experience", "Egen erfarenhet"}},
  };
  const auto& known = values(vocabulary);
  auto it = labels.find(value);
  if (it == labels.end() || std::find(known.begin(), known.end(), value) == known.end())
    return std::string(value);
  return language == Language::sv ? it->second.second : it->second.first;
}

std::string column_label(Column column, Language language) {
  static const std::map<Column, std::pair<const char*, const char*>> labels{
      {Column::name, {"Name", "Namn"}},
      {Column::email, {"E-mail", "E-post"}},
      {Column::title, {"Title", "Titel"}},
      {Column::organisation, {"Organisation", "Organisation"}},
      {Column::country, {"Country", "Land"}},
      {Column::perspectives, {"Perspectives", "Perspektiv"}},
      {Column::themes, {"Themes", "Teman"}},
      {Column::languages, {"Languages", "Språk"}},
      {Column::tags, {"Tags", "Taggar"}},
      {Column::notes, {"Notes", "Anteckningar"}},
      {Column::notes_special, {"Notes hold health details", "Hälsouppgifter i anteckningarna"}},
      {Column::phone, {"Phone", "Telefon"}},
      {Column::mapped_by, {"Mapped by", "Kartlagd av"}},
      {Column::mapping_reason, {"Mapping reason", "Motivering"}},
      {Column::sector, {"Sector", "Sektor"}},
      {Column::level, {"Level", "Nivå"}},
      {Column::parent, {"Parent organisation", "Överordnad organisation"}},
      {Column::website, {"Website", "Webbplats"}},
      {Column::lived_experience_consent_on,
       {"Lived experience consent on", "Samtycke egen erfarenhet"}},
  };
  auto it = labels.find(column);
  if (it == labels.end()) return std::string(column_name(column));
  return language == Language::sv ? it->second.second : it->second.first;
}

std::string vocabulary_list(Vocabulary vocabulary) {
  return one_per_line(values(vocabulary));
}

bool is_value_separator(char c) {
  return c == '|' || c == ';' || c == ',';
}

std::optional<Column> column_named(ImportKind kind, std::string_view name) {
  for (const auto& c : accepted_for(kind))
    if (c.english == name) return c.column;
  return std::nullopt;
}

std::vector<Column> accepted_columns(ImportKind kind) {
  std::vector<Column> out;
  for (const auto& c : accepted_for(kind)) out.push_back(c.column);
  return out;
}

std::vector<std::string> split_values(std::string_view cell, char separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= cell.size()) {
    std::size_t bar = cell.find(separator, start);
    if (bar == std::string_view::npos) bar = cell.size();
    std::string_view part = cell.substr(start, bar - start);
    while (!part.empty() && std::isspace(static_cast<unsigned char>(part.front())))
      part.remove_prefix(1);
    while (!part.empty() && std::isspace(static_cast<unsigned char>(part.back())))
      part.remove_suffix(1);
    if (!part.empty()) out.emplace_back(part);
    start = bar + 1;
  }
  return out;
}

std::string join_values(const std::vector<std::string>& values) {
  return join(values, "|");
}

std::string fold_label(std::string_view text) {
  std::string lower;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(lower);
  std::string out;
  bool pending_separator = false;
  for (char c : lower) {
    if (c == ' ' || c == '-' || c == '_' || c == '\t') {
      pending_separator = !out.empty();
      continue;
    }
    if (pending_separator) out.push_back('_');
    pending_separator = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace samla::registry
