// The one place that knows which register values are special-category data and removes them
// for a viewer who may not see them. Every output of perspectives (JSON, CSV, XLSX, GraphML,
// GEXF, reports) goes through here, so no output names lived experience on its own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "privacy/viewer.h"

namespace samla::privacy {

// The perspective that is special-category data (GDPR art. 9): lived experience of mental
// illness. The register's vocabulary lists it among the perspectives.
inline constexpr std::string_view kLivedExperience = "lived_experience";

// Whether `perspective` is special-category data.
bool is_special_perspective(std::string_view perspective);

// Removes from `perspectives` what `viewer` may not see.
void redact_perspectives(std::vector<std::string>& perspectives, const Viewer& viewer);

// `perspectives` as `viewer` may see them.
std::vector<std::string> visible_perspectives(const std::vector<std::string>& perspectives,
                                              const Viewer& viewer);

}  // namespace samla::privacy
