#include "register/countries.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

namespace samla::registry {
namespace {

std::string display_name(const std::string& code, const char* language) {
  icu::UnicodeString name;
  icu::Locale("", code.c_str()).getDisplayCountry(icu::Locale(language), name);
  std::string out;
  name.toUTF8String(out);
  return out;
}

Country make_country(const std::string& code, const std::string& alpha3,
                     const std::string& fallback_name) {
  Country c{code, alpha3, display_name(code, "en"), display_name(code, "sv")};
  // ICU answers with the code itself when CLDR has no name; keep the ISO name then.
  if (c.name_en == code && !fallback_name.empty()) c.name_en = fallback_name;
  if (c.name_sv == code) c.name_sv = c.name_en;
  return c;
}

}  // namespace

std::vector<Country> iso_countries() {
  const char* override_path = std::getenv("SAMLA_ISO_CODES");
  std::ifstream in(override_path ? override_path : "/usr/share/iso-codes/json/iso_3166-1.json");
  std::vector<Country> out;
  if (in) {
    nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    if (!doc.is_discarded() && doc.contains("3166-1")) {
      for (const auto& entry : doc["3166-1"]) {
        out.push_back(make_country(entry.value("alpha_2", ""), entry.value("alpha_3", ""),
                                   entry.value("name", "")));
      }
      return out;
    }
  }
  for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) {
    icu::Locale locale("", *code);
    out.push_back(make_country(*code, locale.getISO3Country(), ""));
  }
  return out;
}

}  // namespace samla::registry
