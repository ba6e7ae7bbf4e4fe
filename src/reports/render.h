// A report's content rendered for one reader in one language: HTML (the master: self-contained,
// printable, accessible), Markdown, and from the HTML, PDF and DOCX (converters.h). Every
// rendering goes through the viewer's redaction here: lived experience appears only as a count,
// only for those who may see special-category data, and as "fewer than 5" below 5.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "core/language.h"
#include "privacy/viewer.h"
#include "reports/model.h"

namespace samla::reports {

struct Rendering {
  const Report* report = nullptr;
  const nlohmann::json* content = nullptr;  // gather_content(), or the approved snapshot
  const privacy::Viewer* viewer = nullptr;
  Language language = Language::en;
  // Charts as <img> with an SVG data address instead of inline SVG: pandoc keeps images but
  // drops inline SVG, so the DOCX gets its charts this way.
  bool charts_as_images = false;
};

std::string render_html(const Rendering& r);
std::string render_markdown(const Rendering& r);

// The content as `viewer` may see it: rows of lived experience removed, or their counts
// suppressed below 5 (kept as -1, "fewer than 5").
nlohmann::json redacted_content(const nlohmann::json& content, const privacy::Viewer& viewer);

inline constexpr int kSmallestShownCount = 5;

}  // namespace samla::reports
