// Coverage (docs/analysis.md, "Coverage"): how many stakeholders the register has, and how
// many of high priority, per country (or country group) and perspective, and per country
// and sector; and the gaps, the cells where no one is mapped or no one is of high priority.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "analysis/model.h"
#include "core/language.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::analysis {

struct CoverageOptions {
  std::optional<std::string> theme;          // only stakeholders on this theme count
  std::optional<std::string> country_group;  // rows: its countries
  std::optional<std::string> country;        // rows: this country alone (ISO code)
  bool rows_by_group = false;                // rows: every country group (or just that one)
  // Whether the caller may see special-category data. Rows are the countries with someone
  // mapped; without that access a country whose only stakeholders have lived experience
  // gets no row, since the row alone would tell.
  bool special = true;
};

struct CoverageRow {
  std::string key;    // ISO alpha-2 code, or a country group's slug
  std::string label;  // the country's name in the request's language, or the group's name
  std::vector<std::string> countries;
};

struct CoverageCell {
  int mapped = 0;
  int high_priority = 0;
};

struct CoverageMatrix {
  std::string dimension;                         // "perspective" or "sector"
  std::vector<std::string> columns;              // perspective or sector keys
  std::vector<std::vector<CoverageCell>> cells;  // [row][column]
};

enum class GapKind { none_mapped, none_high_priority };

struct CoverageGap {
  std::string dimension;  // "perspective" or "sector"
  std::string row;        // row key
  std::string column;
  GapKind kind = GapKind::none_mapped;
  int mapped = 0;
};

struct Coverage {
  std::vector<CoverageRow> rows;
  CoverageMatrix perspective;
  CoverageMatrix sector;
  std::vector<CoverageGap> gaps;
  // Rows whose only mapped stakeholders have lived experience (country rows without a
  // group); a kickoff list hides their gaps from viewers without special-category access.
  std::vector<std::string> special_only_rows;
};

// Is this stakeholder on `theme`: a person with the theme as expertise, or one whose latest
// assessments give it relevance 1 or more (`view` computed for that theme)?
bool on_theme(const StakeholderView& view, const std::string& theme);

// The cells (dimension, row index, column index) a stakeholder falls in.
struct CellRef {
  std::string dimension;
  std::size_t row = 0, column = 0;
  auto operator<=>(const CellRef&) const = default;
};
std::set<CellRef> cells_of(const Profile& profile, const Coverage& coverage);

namespace store {

// " AND <person p has `theme` as expertise>", with its parameter appended to `params`; ""
// without a theme. For queries over `people p`.
std::string expertise_condition(const std::optional<std::string>& theme, storage::Params& params);

// 422 naming `theme` or `country_group` when either names nothing in the register.
Status check_filter_slugs(storage::Session& s, const std::optional<std::string>& theme,
                          const std::optional<std::string>& country_group);

// The countries of a country group (empty when it has none).
Result<std::vector<std::string>> group_countries(storage::Session& s, const std::string& slug);

// Counts the register and the high-priority views (priority ≥ `high_priority`; `views`
// computed for the theme, if any). Every perspective column is present; callers hide the
// lived-experience column from those who may not see it.
Result<Coverage> coverage(storage::Session& s, const CoverageOptions& options,
                          const std::vector<StakeholderView>& views, double high_priority,
                          Language language);

}  // namespace store

// Removes a column (and its gaps) from `coverage`: the lived-experience one, for viewers
// who may not see special-category data.
void hide_column(Coverage& coverage, const std::string& dimension, const std::string& column);

}  // namespace samla::analysis
