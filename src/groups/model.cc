#include "groups/model.h"

namespace samla::groups {

const std::vector<std::string>& kinds() {
  static const std::vector<std::string> v{"working_group", "task_force", "research_project",
                                          "advocacy_campaign", "policy_initiative"};
  return v;
}

const std::vector<std::string>& member_roles() {
  static const std::vector<std::string> v{"chair", "member", "secretariat"};
  return v;
}

const std::vector<std::string>& deliverable_statuses() {
  static const std::vector<std::string> v{"planned", "in_progress", "delivered", "dropped"};
  return v;
}

}  // namespace samla::groups
