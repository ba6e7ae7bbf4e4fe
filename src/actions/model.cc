#include "actions/model.h"

namespace samla::actions {

const std::vector<std::string>& statuses() {
  static const std::vector<std::string> v{"proposed", "agreed", "in_progress",
                                          "blocked",  "done",   "dropped"};
  return v;
}

const std::vector<std::string>& directions() {
  static const std::vector<std::string> v{"increase", "decrease", "keep"};
  return v;
}

const std::vector<std::string>& party_roles() {
  static const std::vector<std::string> v{"responsible", "consulted", "informed"};
  return v;
}

}  // namespace samla::actions
