#include "dashboard/service.h"

#include "dashboard/figures.h"
#include "dashboard/quarters.h"
#include "dashboard/store.h"
#include "privacy/redaction.h"
#include "programme/store.h"

namespace samla::dashboard {
namespace {

// The quarters a request asks for, or 422 naming `from` or `to`.
Result<std::vector<Quarter>> quarters_asked(const DashboardRequest& r) {
  std::vector<FieldError> errors;
  auto read = [&](const char* name, const std::optional<std::string>& text) {
    std::optional<Quarter> q;
    if (text && !(q = parse_quarter(*text))) errors.emplace_back(name, Msg::not_a_quarter);
    return q;
  };
  auto from = read("from", r.from);
  auto to = read("to", r.to);
  if (!errors.empty()) return invalid_fields(std::move(errors));
  const auto today = quarter_of(r.today);
  if (!today) return hidden_error(ErrorCode::internal, "the dashboard's day is no day: " + r.today);
  if (!to) to = from && from->label > today->label ? *from : *today;
  if (!from) from = shift_quarter(*to, -3);
  if (to->label < from->label) return invalid_field("to", Msg::quarter_before_from);
  auto quarters = quarters_between(*from, *to);
  if (quarters.size() > static_cast<std::size_t>(kMaxQuarters))
    return invalid_field(r.to ? "to" : "from", Msg::too_many_quarters,
                         {{"max", std::to_string(kMaxQuarters)}});
  return quarters;
}

}  // namespace

Result<Dashboard> DashboardService::dashboard(const DashboardRequest& request,
                                              const privacy::Viewer& viewer) {
  SAMLA_ASSIGN(auto quarters, quarters_asked(request));
  Dashboard out;
  SAMLA_ASSIGN(Facts facts, run(false, [&](storage::Session& s) -> Result<Facts> {
                 SAMLA_ASSIGN(out.programme_id,
                              programme::store::programme_for(s, request.programme_id));
                 SAMLA_ASSIGN(auto programme, programme::store::get_programme(s, out.programme_id));
                 out.programme_name = programme.name;
                 return store::read_facts(s, out.programme_id);
               }));
  for (const auto& quarter : quarters) {
    // A quarter still to come has no figures yet; the one that runs on, those of today.
    if (quarter.starts_on > request.today) {
      // Zeros in the same shape: every level, every country group.
      Facts none;
      none.country_groups = facts.country_groups;
      out.quarters.push_back(figures_for(none, quarter, quarter.starts_on));
      continue;
    }
    const std::string as_of = std::min(quarter.ends_on, request.today);
    QuarterFigures f = figures_for(facts, quarter, as_of);
    privacy::redact_perspective_rows(f.by_perspective, &PerspectiveCount::perspective, viewer);
    SAMLA_ASSIGN(auto query, network_.query({.as_of = as_of}));
    SAMLA_ASSIGN(auto analysed, network_.analyse(query));
    f.network = {analysed->metrics.node_count, analysed->metrics.edge_count,
                 analysed->metrics.density, analysed->metrics.cross_country_share};
    out.quarters.push_back(std::move(f));
  }
  return out;
}

}  // namespace samla::dashboard
