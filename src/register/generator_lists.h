// The word lists the data generator combines (generator_lists.cc). First and last names are
// drawn independently, so a generated name is an invention, not a real person's.
#pragma once

#include <string>
#include <vector>

namespace samla::registry::generator_lists {

struct CountryInfo {
  std::string code;          // ISO 3166-1 alpha-2
  std::string language;      // ISO 639-1, the most spoken
  std::string calling_code;  // "46"
  int names;                 // index of its name group
};

struct NameGroup {
  std::vector<std::string> first;
  std::vector<std::string> last;
};

struct OrganisationPattern {
  std::string prefix;  // before the place name
  std::string suffix;  // after it
};

// Countries from the most to the least represented (the generator skews by this order).
const std::vector<CountryInfo>& countries();
// The entry for `code`, which must be one of countries().
const CountryInfo& country_info(const std::string& code);
const NameGroup& name_group(int index);
const std::vector<std::string>& places();
const std::vector<OrganisationPattern>& organisation_patterns(const std::string& sector);
const std::vector<std::string>& titles();
const std::vector<std::string>& theme_slugs();  // the migration's seeded themes
const std::vector<std::string>& tags();
const std::vector<std::string>& notes();

}  // namespace samla::registry::generator_lists
