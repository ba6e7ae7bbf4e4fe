#include "initiatives/model.h"

namespace samla::initiatives {

const std::vector<std::string>& statuses() {
  static const std::vector<std::string> list{"proposed", "accepted", "declined"};
  return list;
}

const std::vector<std::string>& criteria() {
  static const std::vector<std::string> list{"impact", "feasibility", "urgency", "fit"};
  return list;
}

}  // namespace samla::initiatives
