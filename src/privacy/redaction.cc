#include "privacy/redaction.h"

#include <algorithm>

namespace samla::privacy {

bool is_special_perspective(std::string_view perspective) {
  return perspective == kLivedExperience;
}

bool is_special_quota(std::string_view kind, std::string_view key) {
  return kind == kLivedExperienceShare || is_special_perspective(key);
}

void redact_perspectives(std::vector<std::string>& perspectives, const Viewer& viewer) {
  if (viewer.sees_special_category()) return;
  perspectives.erase(std::remove_if(perspectives.begin(), perspectives.end(),
                                    [](const std::string& p) { return is_special_perspective(p); }),
                     perspectives.end());
}

void keep_hidden_perspectives(const std::vector<std::string>& before,
                              std::vector<std::string>& after, const Viewer& writer) {
  if (writer.sees_special_category()) return;
  std::erase_if(after, [](const std::string& p) { return is_special_perspective(p); });
  for (const auto& p : before)
    if (is_special_perspective(p)) after.push_back(p);
  std::sort(after.begin(), after.end());
}

std::vector<std::string> visible_perspectives(const std::vector<std::string>& perspectives,
                                              const Viewer& viewer) {
  std::vector<std::string> out = perspectives;
  redact_perspectives(out, viewer);
  return out;
}

bool is_special_consent(std::string_view purpose) {
  return purpose == kLivedExperiencePurpose;
}

void redact_consents(std::vector<Consent>& consents, const Viewer& viewer) {
  if (viewer.sees_special_category()) return;
  std::erase_if(consents, [](const Consent& c) { return is_special_consent(c.purpose); });
}

}  // namespace samla::privacy
