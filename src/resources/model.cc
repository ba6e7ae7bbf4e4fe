#include "resources/model.h"

namespace samla::resources {

const std::vector<std::string>& kinds() {
  static const std::vector<std::string> list{"knowledge", "tool", "report", "policy"};
  return list;
}

const std::vector<std::string>& audiences() {
  static const std::vector<std::string> list{"everyone", "team"};
  return list;
}

}  // namespace samla::resources
