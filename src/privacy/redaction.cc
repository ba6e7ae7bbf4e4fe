#include "privacy/redaction.h"

#include <algorithm>

namespace samla::privacy {

bool is_special_perspective(std::string_view perspective) {
  return perspective == kLivedExperience;
}

void redact_perspectives(std::vector<std::string>& perspectives, const Viewer& viewer) {
  if (viewer.sees_special_category()) return;
  perspectives.erase(std::remove_if(perspectives.begin(), perspectives.end(),
                                    [](const std::string& p) { return is_special_perspective(p); }),
                     perspectives.end());
}

std::vector<std::string> visible_perspectives(const std::vector<std::string>& perspectives,
                                              const Viewer& viewer) {
  std::vector<std::string> out = perspectives;
  redact_perspectives(out, viewer);
  return out;
}

}  // namespace samla::privacy
