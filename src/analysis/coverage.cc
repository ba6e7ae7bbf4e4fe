#include "analysis/coverage.h"

#include <algorithm>
#include <map>

#include "register/model.h"

namespace samla::analysis {
namespace {

using storage::Session;
// country → column → count
using CountTable = std::map<std::string, std::map<std::string, int>>;

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

void add_grouped(CountTable& counts, const std::vector<storage::Row>& rows) {
  for (const auto& r : rows) counts[r.text(0)][r.text(1)] += static_cast<int>(r.integer(2));
}

// Adds one stakeholder's profile to the counts.
void add_profile(CountTable& perspectives, CountTable& sectors, const Profile& p) {
  if (!p.country) return;
  for (const auto& perspective : p.perspectives) perspectives[*p.country][perspective] += 1;
  if (p.sector) sectors[*p.country][*p.sector] += 1;
}

// The mapped stakeholders per country and perspective / sector, straight from the register
// (grouped in SQL: the register may hold 100,000 people).
Status count_register(Session& s, const std::optional<std::string>& theme, CountTable& perspectives,
                      CountTable& sectors) {
  storage::Params params;
  std::string expert = store::expertise_condition(theme, params);
  SAMLA_ASSIGN(auto by_perspective,
               s.query("SELECT p.country, pp.perspective, COUNT(*) FROM people p "
                       "JOIN person_perspectives pp ON pp.person_id = p.id "
                       "WHERE p.country IS NOT NULL" +
                           expert + " GROUP BY p.country, pp.perspective",
                       params));
  add_grouped(perspectives, by_perspective);
  SAMLA_ASSIGN(auto people_by_sector,
               s.query("SELECT p.country, o.sector, COUNT(*) FROM people p "
                       "JOIN organisations o ON o.id = p.organisation_id "
                       "WHERE p.country IS NOT NULL AND o.sector IS NOT NULL" +
                           expert + " GROUP BY p.country, o.sector",
                       params));
  add_grouped(sectors, people_by_sector);
  if (!theme) {  // with a theme, organisations count only through their assessments
    SAMLA_ASSIGN(auto organisations, s.query("SELECT country, sector, COUNT(*) FROM organisations "
                                             "WHERE country IS NOT NULL AND sector IS NOT NULL "
                                             "GROUP BY country, sector"));
    add_grouped(sectors, organisations);
  }
  return ok_status();
}

Result<std::vector<CoverageRow>> country_rows(Session& s, const std::vector<std::string>& codes,
                                              Language language) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT code, name_en, name_sv FROM countries"));
  std::vector<std::pair<std::string, CoverageRow>> keyed;
  for (const auto& r : rows) {
    std::string code = r.text(0);
    if (!contains(codes, code)) continue;
    std::string label = language == Language::sv ? r.text(2) : r.text(1);
    keyed.push_back({collation_key(label, language), CoverageRow{code, label, {code}}});
  }
  std::sort(keyed.begin(), keyed.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<CoverageRow> out;
  for (auto& [key, row] : keyed) out.push_back(std::move(row));
  return out;
}

// Every country group (or only `only`), ordered by name as the language sorts.
Result<std::vector<CoverageRow>> group_rows(Session& s, const std::optional<std::string>& only,
                                            Language language) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT g.slug, g.name, m.country FROM country_groups g "
                                  "JOIN country_group_members m ON m.group_id = g.id "
                                  "ORDER BY g.slug, m.country"));
  std::vector<CoverageRow> out;
  for (const auto& r : rows) {
    if (only && r.text(0) != *only) continue;
    if (out.empty() || out.back().key != r.text(0)) out.push_back({r.text(0), r.text(1), {}});
    out.back().countries.push_back(r.text(2));
  }
  std::stable_sort(out.begin(), out.end(), [language](const auto& a, const auto& b) {
    return collation_key(a.label, language) < collation_key(b.label, language);
  });
  return out;
}

// Countries with someone mapped, whatever the theme, in the columns `special` allows.
std::vector<std::string> mapped_countries(const CountTable& perspectives, const CountTable& sectors,
                                          bool special) {
  std::vector<std::string> out;
  auto add = [&](const CountTable& counts) {
    for (const auto& [country, columns] : counts)
      for (const auto& [column, count] : columns)
        if (count > 0 && (special || column != registry::kLivedExperience) &&
            !contains(out, country))
          out.push_back(country);
  };
  add(perspectives);
  add(sectors);
  return out;
}

CoverageMatrix fill(const std::string& dimension, const std::vector<std::string>& columns,
                    const std::vector<CoverageRow>& rows, const CountTable& mapped,
                    const CountTable& high) {
  CoverageMatrix m{dimension, columns, {}};
  auto count = [](const CountTable& counts, const std::string& country, const std::string& column) {
    auto c = counts.find(country);
    if (c == counts.end()) return 0;
    auto v = c->second.find(column);
    return v == c->second.end() ? 0 : v->second;
  };
  for (const auto& row : rows) {
    std::vector<CoverageCell> cells(columns.size());
    for (std::size_t j = 0; j < columns.size(); ++j)
      for (const auto& country : row.countries) {
        cells[j].mapped += count(mapped, country, columns[j]);
        cells[j].high_priority += count(high, country, columns[j]);
      }
    m.cells.push_back(std::move(cells));
  }
  return m;
}

void collect_gaps(const CoverageMatrix& m, const std::vector<CoverageRow>& rows,
                  std::vector<CoverageGap>& out) {
  for (std::size_t i = 0; i < rows.size(); ++i)
    for (std::size_t j = 0; j < m.columns.size(); ++j) {
      const auto& cell = m.cells[i][j];
      if (cell.high_priority > 0) continue;
      out.push_back({m.dimension, rows[i].key, m.columns[j],
                     cell.mapped == 0 ? GapKind::none_mapped : GapKind::none_high_priority,
                     cell.mapped});
    }
}

}  // namespace

bool on_theme(const StakeholderView& view, const std::string& theme) {
  return contains(view.profile.themes, theme) || one_decimal(view.relevance) >= 1;
}

std::set<CellRef> cells_of(const Profile& profile, const Coverage& coverage) {
  std::set<CellRef> out;
  if (!profile.country) return out;
  for (std::size_t i = 0; i < coverage.rows.size(); ++i) {
    if (!contains(coverage.rows[i].countries, *profile.country)) continue;
    for (std::size_t j = 0; j < coverage.perspective.columns.size(); ++j)
      if (contains(profile.perspectives, coverage.perspective.columns[j]))
        out.insert({"perspective", i, j});
    for (std::size_t j = 0; j < coverage.sector.columns.size(); ++j)
      if (profile.sector == coverage.sector.columns[j]) out.insert({"sector", i, j});
  }
  return out;
}

void hide_column(Coverage& coverage, const std::string& dimension, const std::string& column) {
  CoverageMatrix& m = dimension == "sector" ? coverage.sector : coverage.perspective;
  auto it = std::find(m.columns.begin(), m.columns.end(), column);
  if (it == m.columns.end()) return;
  auto index = static_cast<std::size_t>(it - m.columns.begin());
  m.columns.erase(it);
  for (auto& row : m.cells) row.erase(row.begin() + static_cast<std::ptrdiff_t>(index));
  std::erase_if(coverage.gaps, [&](const CoverageGap& g) {
    return g.dimension == dimension && g.column == column;
  });
}

namespace store {

std::string expertise_condition(const std::optional<std::string>& theme, storage::Params& params) {
  if (!theme) return "";
  params.emplace_back(*theme);
  return " AND EXISTS (SELECT 1 FROM person_themes pt JOIN themes t ON t.id = pt.theme_id "
         "WHERE pt.person_id = p.id AND t.slug = ?)";
}

Status check_filter_slugs(Session& s, const std::optional<std::string>& theme,
                          const std::optional<std::string>& country_group) {
  std::vector<FieldError> errors;
  if (theme) {
    SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM themes WHERE slug = ?", {*theme}));
    if (found.empty()) errors.emplace_back("theme", Msg::no_theme_with_this_slug);
  }
  if (country_group) {
    SAMLA_ASSIGN(auto found,
                 s.query("SELECT 1 FROM country_groups WHERE slug = ?", {*country_group}));
    if (found.empty()) errors.emplace_back("country_group", Msg::no_country_group_with_this_slug);
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return ok_status();
}

Result<std::vector<std::string>> group_countries(Session& s, const std::string& slug) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT m.country FROM country_group_members m "
                                  "JOIN country_groups g ON g.id = m.group_id "
                                  "WHERE g.slug = ? ORDER BY m.country",
                                  {slug}));
  std::vector<std::string> out;
  for (const auto& r : rows) out.push_back(r.text(0));
  return out;
}

Result<Coverage> coverage(Session& s, const CoverageOptions& options,
                          const std::vector<StakeholderView>& views, double high_priority,
                          Language language) {
  SAMLA_TRY(check_filter_slugs(s, options.theme, options.country_group));
  CountTable perspectives, sectors, high_perspectives, high_sectors;
  SAMLA_TRY(count_register(s, options.theme, perspectives, sectors));
  for (const auto& view : views) {
    bool on = !options.theme || on_theme(view, *options.theme);
    if (!on) continue;
    // Relevant by assessment but not by expertise: the SQL above did not count them.
    bool counted = !options.theme || (view.subject.kind == Subject::Kind::person &&
                                      contains(view.profile.themes, *options.theme));
    if (!counted) add_profile(perspectives, sectors, view.profile);
    if (is_high_priority(view.priority, high_priority))
      add_profile(high_perspectives, high_sectors, view.profile);
  }

  // Rows come from the whole register, not the theme's part of it: a country with no one on
  // the theme is exactly the gap a coordinator looks for.
  CountTable all_perspectives, all_sectors;
  if (options.theme) SAMLA_TRY(count_register(s, std::nullopt, all_perspectives, all_sectors));
  const CountTable& row_perspectives = options.theme ? all_perspectives : perspectives;
  const CountTable& row_sectors = options.theme ? all_sectors : sectors;

  Coverage out;
  if (options.rows_by_group) {
    SAMLA_ASSIGN(out.rows, group_rows(s, options.country_group, language));
  } else if (options.country) {
    SAMLA_ASSIGN(out.rows, country_rows(s, {*options.country}, language));
  } else if (options.country_group) {
    SAMLA_ASSIGN(auto codes, group_countries(s, *options.country_group));
    SAMLA_ASSIGN(out.rows, country_rows(s, codes, language));
  } else {
    auto codes = mapped_countries(row_perspectives, row_sectors, options.special);
    SAMLA_ASSIGN(out.rows, country_rows(s, codes, language));
    auto visible = mapped_countries(row_perspectives, row_sectors, false);
    for (const auto& row : out.rows)
      if (!contains(visible, row.key)) out.special_only_rows.push_back(row.key);
  }
  out.perspective =
      fill("perspective", registry::perspectives(), out.rows, perspectives, high_perspectives);
  out.sector = fill("sector", registry::sectors(), out.rows, sectors, high_sectors);
  collect_gaps(out.perspective, out.rows, out.gaps);
  collect_gaps(out.sector, out.rows, out.gaps);
  return out;
}

}  // namespace store
}  // namespace samla::analysis
