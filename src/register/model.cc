#include "register/model.h"

#include <algorithm>

namespace samla::registry {
namespace {

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

const std::vector<std::string>& sectors() {
  static const std::vector<std::string> values{"agency",
                                               "municipality",
                                               "region",
                                               "business",
                                               "civil_society",
                                               "academia",
                                               "healthcare_provider",
                                               "international_body"};
  return values;
}

const std::vector<std::string>& levels() {
  static const std::vector<std::string> values{"local", "regional", "national", "international"};
  return values;
}

const std::vector<std::string>& perspectives() {
  static const std::vector<std::string> values{"policymaker",    "healthcare_professional",
                                               "researcher",     "community_leader",
                                               "advocacy_group", std::string(kLivedExperience)};
  return values;
}

bool is_sector(std::string_view s) {
  return contains(sectors(), s);
}
std::string_view kind_name(StakeholderRef::Kind kind) {
  return kind == StakeholderRef::Kind::person ? "person" : "organisation";
}

bool is_level(std::string_view s) {
  return contains(levels(), s);
}
bool is_perspective(std::string_view s) {
  return contains(perspectives(), s);
}

}  // namespace samla::registry
