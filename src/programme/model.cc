#include "programme/model.h"

namespace samla::programme {

const std::vector<std::string>& membership_statuses() {
  static const std::vector<std::string> list{"invited", "member", "left"};
  return list;
}

const std::vector<std::string>& gate_statuses() {
  static const std::vector<std::string> list{"open", "passed"};
  return list;
}

}  // namespace samla::programme
