#include "analysis/phrases.h"

#include <map>

#include "register/import_columns.h"
#include "register/model.h"

namespace samla::analysis {
namespace {

// One word family per perspective or sector: who is missing ("No one with lived experience"),
// and the plural for counts. Its label is the register's (registry::vocabulary_label), the one
// the web and the workbooks show.
struct Words {
  const char* nobody;  // a full noun phrase after which " from X" / " in X" follows
  const char* phrase;  // lower-case, for "closes the gap: …"
  const char* place;   // " from " or " in "
};

using Table = std::map<std::string_view, std::pair<Words, Words>>;  // en, sv

const Table& perspectives() {
  static const Table t{
      {"policymaker",
       {{"No policymaker", "a policymaker", " from "},
        {"Ingen beslutsfattare", "beslutsfattare", " från "}}},
      {"healthcare_professional",
       {{"No healthcare professional", "a healthcare professional", " from "},
        {"Ingen vårdprofessionell", "vårdprofessionell", " från "}}},
      {"researcher",
       {{"No researcher", "a researcher", " from "}, {"Ingen forskare", "forskare", " från "}}},
      {"community_leader",
       {{"No community leader", "a community leader", " from "},
        {"Ingen lokal ledare", "lokal ledare", " från "}}},
      {"advocacy_group",
       {{"No one from an advocacy group", "an advocacy group", " in "},
        {"Ingen från en intresseorganisation", "intresseorganisation", " i "}}},
      {registry::kLivedExperience,
       {{"No one with lived experience", "lived experience", " from "},
        {"Ingen med egen erfarenhet", "egen erfarenhet", " från "}}},
  };
  return t;
}

const Table& sectors() {
  static const Table t{
      {"agency",
       {{"No one from a government agency", "a government agency", " in "},
        {"Ingen från en myndighet", "myndighet", " i "}}},
      {"municipality",
       {{"No one from a municipality", "a municipality", " in "},
        {"Ingen från en kommun", "kommun", " i "}}},
      {"region",
       {{"No one from a region", "a region", " in "}, {"Ingen från en region", "region", " i "}}},
      {"business",
       {{"No one from business", "business", " in "},
        {"Ingen från näringslivet", "näringsliv", " i "}}},
      {"civil_society",
       {{"No one from civil society", "civil society", " in "},
        {"Ingen från civilsamhället", "civilsamhälle", " i "}}},
      {"academia",
       {{"No one from academia", "academia", " in "}, {"Ingen från akademin", "akademi", " i "}}},
      {"healthcare_provider",
       {{"No one from a healthcare provider", "a healthcare provider", " in "},
        {"Ingen från en vårdgivare", "vårdgivare", " i "}}},
      {"international_body",
       {{"No one from an international body", "an international body", " in "},
        {"Ingen från ett internationellt organ", "internationellt organ", " i "}}},
  };
  return t;
}

const Words* words(std::string_view dimension, std::string_view column, Language language) {
  const Table& table = dimension == "sector" ? sectors() : perspectives();
  auto it = table.find(column);
  if (it == table.end()) return nullptr;
  return language == Language::sv ? &it->second.second : &it->second.first;
}

}  // namespace

std::string perspective_label(std::string_view perspective, Language language) {
  return registry::vocabulary_label(registry::Vocabulary::perspective, perspective, language);
}

std::string sector_label(std::string_view sector, Language language) {
  return registry::vocabulary_label(registry::Vocabulary::sector, sector, language);
}

std::string quadrant_label(std::string_view quadrant, Language language) {
  static const std::map<std::string_view, std::pair<const char*, const char*>> labels{
      {"key_player", {"key player", "nyckelaktör"}},
      {"keep_satisfied", {"keep satisfied", "håll nöjd"}},
      {"keep_informed", {"keep informed", "håll informerad"}},
      {"minimal_effort", {"minimal effort", "minsta insats"}},
  };
  auto it = labels.find(quadrant);
  if (it == labels.end()) return std::string(quadrant);
  return language == Language::sv ? it->second.second : it->second.first;
}

std::string gap_sentence(std::string_view dimension, std::string_view column,
                         std::string_view where, int mapped, Language language) {
  const Words* w = words(dimension, column, language);
  std::string place(where);
  if (!w) return std::string(column) + ": " + place;
  if (mapped == 0) return std::string(w->nobody) + w->place + place;
  const std::string label =
      dimension == "sector" ? sector_label(column, language) : perspective_label(column, language);
  std::string count = std::to_string(mapped);
  if (language == Language::sv)
    return label + w->place + place + ": " + count + " kartlagda, ingen med hög prioritet";
  return label + w->place + place + ": " + count + " mapped, none of high priority";
}

std::string gap_phrase(std::string_view dimension, std::string_view column, std::string_view where,
                       Language language) {
  const Words* w = words(dimension, column, language);
  if (!w) return std::string(column) + " " + std::string(where);
  return std::string(w->phrase) + w->place + std::string(where);
}

}  // namespace samla::analysis
