#include "anchoring/model.h"

#include <algorithm>

namespace samla::anchoring {

const std::vector<std::string>& levels() {
  static const std::vector<std::string> list{"informed", "consulted", "endorsed", "committed",
                                             "formally_decided"};
  return list;
}

int level_rank(const std::string& level) {
  const auto& all = levels();
  const auto it = std::find(all.begin(), all.end(), level);
  return it == all.end() ? -1 : static_cast<int>(it - all.begin());
}

}  // namespace samla::anchoring
