// The demo programme's records as plain tables (demo_data.cc); demo.cc loads them.
#pragma once

#include <vector>

namespace samla::registry::demo {

struct GroupRow {
  const char* slug;
  const char* name;
  const char* description;
  const char* countries;  // '|'-separated ISO codes
};

struct OrganisationRow {
  const char* name;
  const char* sector;
  const char* level;
  const char* country;
  const char* parent;   // "" for none
  const char* website;  // "" for none
};

// Every person here is invented. '|' separates several values.
struct PersonRow {
  const char* name;
  const char* email;  // "" for none
  const char* title;
  const char* organisation;  // "" for none; otherwise a name in organisations()
  const char* country;
  const char* perspectives;
  const char* themes;
  const char* languages;
  const char* tags;
  const char* notes;
};

const std::vector<GroupRow>& groups();
const std::vector<OrganisationRow>& organisations();
const std::vector<PersonRow>& people();

// Who mapped the demo stakeholders, and why, per programme.
inline constexpr const char* kSwedishMapper = "Kraftsamlingens kansli";
inline constexpr const char* kSwedishReason = "Intressentkartläggning inför kickoff";
inline constexpr const char* kEuropeanMapper = "Joint action task 8.2";
inline constexpr const char* kEuropeanReason =
    "Invited to the thematic workshops and policy dialogues";

}  // namespace samla::registry::demo
