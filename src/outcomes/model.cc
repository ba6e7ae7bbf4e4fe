#include "outcomes/model.h"

namespace samla::outcomes {

const std::vector<std::string>& kinds() {
  static const std::vector<std::string> values{"key_insight", "outcome", "decision", "action_point",
                                               "quote"};
  return values;
}

const std::vector<std::string>& sources() {
  static const std::vector<std::string> values{"plenary", "breakout_group", "live_session"};
  return values;
}

const std::vector<std::string>& statuses() {
  static const std::vector<std::string> values{"draft", "agreed"};
  return values;
}

const std::vector<std::string>& priorities() {
  static const std::vector<std::string> values{"high", "medium", "low"};
  return values;
}

}  // namespace samla::outcomes
