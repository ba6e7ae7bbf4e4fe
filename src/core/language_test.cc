// Language negotiation and language-aware sort keys.
#include "core/language.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace samla {
namespace {

TEST(LanguageCode, NamesBothLanguages) {
  EXPECT_EQ(language_code(Language::en), "en");
  EXPECT_EQ(language_code(Language::sv), "sv");
}

// Each row: why, the lang parameter, the Accept-Language header, the language chosen.
TEST(NegotiateLanguage, Table) {
  struct Row {
    const char* why;
    const char* lang;
    const char* header;
    Language chosen;
  };
  const Row rows[] = {
      {"LangParameterWins", "sv", "en-GB,en;q=0.9", Language::sv},
      {"LangParameterWins", "en", "sv-SE,sv;q=0.9", Language::en},
      {"LangParameterWins", "SV", "", Language::sv},
      {"LangParameterWins", "sv-FI", "", Language::sv},
      {"UnknownLangParameterFallsBackToTheHeader", "de", "sv", Language::sv},
      {"UnknownLangParameterFallsBackToTheHeader", "", "sv", Language::sv},
      {"HonoursQValues", "", "sv-SE,sv;q=0.9,en;q=0.8", Language::sv},
      {"HonoursQValues", "", "en;q=0.5, sv;q=0.8", Language::sv},
      {"HonoursQValues", "", "sv;q=0.4,en;q=0.6", Language::en},
      {"HonoursQValues", "", "de,fr;q=0.9,sv;q=0.2,en;q=0.1", Language::sv},
      {"HonoursQValues", "", "en-US,en;q=0.9", Language::en},
      {"HonoursQValues", "", "SV-se", Language::sv},
      {"QZeroMeansNotAcceptable", "", "sv;q=0", Language::en},
      {"QZeroMeansNotAcceptable", "", "sv;q=0, en;q=0.1", Language::en},
      {"UnknownMeansEnglish", "", "", Language::en},
      {"UnknownMeansEnglish", "", "de-DE,fr;q=0.8", Language::en},
      {"UnknownMeansEnglish", "", "*", Language::en},
      {"UnknownMeansEnglish", "xx", ",,;q=,", Language::en},
  };
  for (const auto& row : rows)
    EXPECT_EQ(negotiate_language(row.lang, row.header), row.chosen)
        << row.why << ": lang=" << row.lang << " header=" << row.header;
}

std::vector<std::string> sorted(std::vector<std::string> names, Language language) {
  std::sort(names.begin(), names.end(), [&](const std::string& a, const std::string& b) {
    return collation_key(a, language) < collation_key(b, language);
  });
  return names;
}

TEST(CollationKey, SwedishPutsZBeforeÅÄÖ) {
  EXPECT_EQ(sorted({"ö", "z", "ä", "å", "a"}, Language::sv),
            (std::vector<std::string>{"a", "z", "å", "ä", "ö"}));
  EXPECT_EQ(sorted({"Zorn", "Åsa", "Ärla", "Östen", "Adam"}, Language::sv),
            (std::vector<std::string>{"Adam", "Zorn", "Åsa", "Ärla", "Östen"}));
}

TEST(CollationKey, EnglishSortsÅWithA) {
  EXPECT_EQ(sorted({"Zorn", "Åsa", "Ärla", "Östen", "Adam", "Bertil"}, Language::en),
            (std::vector<std::string>{"Adam", "Ärla", "Åsa", "Bertil", "Östen", "Zorn"}));
}

TEST(CollationKey, CaseAndAccentsAreSecondary) {
  // "adam" and "Adam" sort together, before "Adams", in both languages.
  for (Language language : {Language::en, Language::sv}) {
    EXPECT_EQ(sorted({"Adams", "adam", "Bo", "Adam"}, language).back(), "Bo");
    EXPECT_LT(collation_key("Adam", language), collation_key("Adams", language));
    EXPECT_LT(collation_key("adam", language), collation_key("Adams", language));
    EXPECT_NE(collation_key("adam", language), collation_key("Adam", language));
  }
  EXPECT_LT(collation_key("resume", Language::en), collation_key("résumé", Language::en));
  EXPECT_LT(collation_key("résumé", Language::en), collation_key("resumes", Language::en));
}

TEST(CollationKey, IsStableLowercaseHex) {
  std::string key = collation_key("Östen 😀", Language::sv);
  EXPECT_FALSE(key.empty());
  EXPECT_EQ(key.size() % 2, 0u);
  EXPECT_EQ(key.find_first_not_of("0123456789abcdef"), std::string::npos) << key;
  EXPECT_EQ(key, collation_key("Östen 😀", Language::sv));
  EXPECT_NE(key, collation_key("Östen 😀", Language::en));
  EXPECT_LT(collation_key("", Language::sv), collation_key("a", Language::sv));
}

TEST(CollationKey, HandlesLongText) {
  // Longer than the first buffer the implementation tries.
  std::string a(500, 'a'), b = a + "b";
  EXPECT_LT(collation_key(a, Language::sv), collation_key(b, Language::sv));
}

}  // namespace
}  // namespace samla
