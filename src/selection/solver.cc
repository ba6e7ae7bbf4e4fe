#include "selection/solver.h"

#include <glpk.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <memory>
#include <set>

namespace samla::selection {
namespace {

bool has(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

template <typename Keep>
std::vector<std::size_t> members_where(const std::vector<Candidate>& pool, Keep keep) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < pool.size(); ++i)
    if (keep(pool[i])) out.push_back(i);
  return out;
}

// Frees the GLPK problem however solve() returns.
struct GlpDeleter {
  void operator()(glp_prob* p) const { glp_delete_prob(p); }
};

// "At most N from any one X": a row for each value of `key` that more than N candidates have
// (fewer could never break the bound), named "at most N from <name(value)>".
template <typename Key, typename Name>
void at_most_per_group(std::vector<QuotaRow>& rows, const std::vector<Candidate>& pool,
                       const Quota& quota, std::size_t q, const std::optional<Key> Candidate::*key,
                       Name name) {
  std::map<Key, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < pool.size(); ++i)
    if (pool[i].*key) groups[*(pool[i].*key)].push_back(i);
  for (auto& [value, members] : groups)
    if (static_cast<int>(members.size()) > quota.count)
      rows.push_back({"at most " + std::to_string(quota.count) + " from " + name(value), false,
                      quota.count, std::move(members), q});
}

}  // namespace

ChosenCandidate score_of(const Candidate& c, const Weights& w) {
  ChosenCandidate out;
  out.relevance_part = w.relevance * c.relevance;
  out.influence_part = w.influence * c.influence;
  out.newcomer_part = c.newcomer ? w.newcomer : 0;
  out.continuity_part = c.newcomer ? 0 : w.continuity;
  out.score = out.relevance_part + out.influence_part + out.newcomer_part + out.continuity_part;
  return out;
}

std::vector<QuotaRow> expand(const Problem& p) {
  std::vector<QuotaRow> rows;
  const auto& pool = p.candidates;
  for (std::size_t q = 0; q < p.quotas.size(); ++q) {
    const Quota& quota = p.quotas[q];
    const std::string n = std::to_string(quota.count);
    switch (quota.kind) {
      case Quota::Kind::country_min:
        for (const auto& country : quota.countries)
          rows.push_back(
              {"at least " + n + " from " + country, true, quota.count,
               members_where(pool, [&](const Candidate& c) { return c.country == country; }), q});
        break;
      case Quota::Kind::perspective_min:
      case Quota::Kind::perspective_max: {
        bool min = quota.kind == Quota::Kind::perspective_min;
        rows.push_back(
            {(min ? "at least " : "at most ") + n + " " + quota.key, min, quota.count,
             members_where(pool,
                           [&](const Candidate& c) { return has(c.perspectives, quota.key); }),
             q});
        break;
      }
      case Quota::Kind::perspective_share: {
        int bound = static_cast<int>(std::ceil(quota.share * p.seats - 1e-9));
        rows.push_back(
            {"at least " + std::to_string(bound) + " with " +
                 (quota.label.empty() ? quota.key : quota.label),
             true, bound,
             members_where(pool,
                           [&](const Candidate& c) { return has(c.perspectives, quota.key); }),
             q});
        break;
      }
      case Quota::Kind::organisation_max:
        at_most_per_group(rows, pool, quota, q, &Candidate::organisation_id,
                          [](std::int64_t id) { return "organisation " + std::to_string(id); });
        break;
      case Quota::Kind::country_max:
        at_most_per_group(rows, pool, quota, q, &Candidate::country,
                          [](const std::string& code) { return code; });
        break;
      case Quota::Kind::sector_min:
        rows.push_back(
            {"at least " + n + " from sector " + quota.key, true, quota.count,
             members_where(pool, [&](const Candidate& c) { return c.sector == quota.key; }), q});
        break;
    }
  }
  return rows;
}

std::vector<FieldError> check(const Problem& p) {
  std::vector<FieldError> errors;
  std::set<std::int64_t> ids;
  for (const auto& c : p.candidates) ids.insert(c.id);
  // Excluding someone outside the pool frees no seat and costs none.
  int available = static_cast<int>(ids.size());
  for (auto id : std::set<std::int64_t>(p.excluded.begin(), p.excluded.end()))
    available -= static_cast<int>(ids.count(id));
  if (p.seats < 1)
    errors.emplace_back("seats", Msg::at_least, MessageParams{{"min", "1"}});
  else if (p.seats > available)
    errors.emplace_back("seats", Msg::more_than_candidates,
                        MessageParams{{"count", std::to_string(std::max(available, 0))}});
  if (static_cast<int>(p.pinned.size()) > p.seats)
    errors.emplace_back("pinned", Msg::more_pinned_than_seats,
                        MessageParams{{"count", std::to_string(p.pinned.size())},
                                      {"seats", std::to_string(p.seats)}});
  for (auto id : p.pinned) {
    if (!ids.count(id))
      errors.emplace_back("pinned", Msg::person_not_in_pool,
                          MessageParams{{"id", std::to_string(id)}});
    if (std::find(p.excluded.begin(), p.excluded.end(), id) != p.excluded.end())
      errors.emplace_back("pinned", Msg::person_also_excluded,
                          MessageParams{{"id", std::to_string(id)}});
  }
  for (std::size_t q = 0; q < p.quotas.size(); ++q) {
    const Quota& quota = p.quotas[q];
    std::string field = "quotas[" + std::to_string(q) + "]";
    if (quota.count < 0)
      errors.emplace_back(field + ".count", Msg::at_least, MessageParams{{"min", "0"}});
    if (quota.kind == Quota::Kind::perspective_share && (quota.share < 0 || quota.share > 1))
      errors.emplace_back(field + ".share", Msg::number_range,
                          MessageParams{{"min", "0"}, {"max", "1"}});
    if (quota.kind == Quota::Kind::country_min && quota.countries.empty())
      errors.emplace_back(field + ".key", Msg::group_without_countries);
  }
  return errors;
}

Result<Selection> solve(const Problem& p) {
  auto errors = check(p);
  if (!errors.empty()) return invalid_fields(std::move(errors));
  const auto started = std::chrono::steady_clock::now();
  const auto& pool = p.candidates;
  const int n = static_cast<int>(pool.size());
  std::vector<ChosenCandidate> scores;
  double big = 1;
  for (const auto& c : pool) {
    scores.push_back(score_of(c, p.weights));
    big += std::abs(scores.back().score);
  }
  std::vector<QuotaRow> rows = expand(p);
  const int m = static_cast<int>(rows.size());

  // GLPK keeps an environment per thread; free it when done (after the problem, which is
  // declared later and so destroyed first), or every server thread that solved once holds it.
  struct GlpEnvironment {
    ~GlpEnvironment() { glp_free_env(); }
  } environment;
  glp_term_out(GLP_OFF);
  std::unique_ptr<glp_prob, GlpDeleter> lp(glp_create_prob());
  glp_set_obj_dir(lp.get(), GLP_MAX);
  // Columns: x_1 … x_n, then the quota rows' slacks.
  glp_add_cols(lp.get(), n);
  std::set<std::int64_t> pinned(p.pinned.begin(), p.pinned.end());
  std::set<std::int64_t> excluded(p.excluded.begin(), p.excluded.end());
  for (int j = 0; j < n; ++j) {
    glp_set_col_kind(lp.get(), j + 1, GLP_BV);
    glp_set_obj_coef(lp.get(), j + 1, scores[j].score);
    if (pinned.count(pool[j].id)) glp_set_col_bnds(lp.get(), j + 1, GLP_FX, 1, 1);
    if (excluded.count(pool[j].id)) glp_set_col_bnds(lp.get(), j + 1, GLP_FX, 0, 0);
  }
  // Each row's shortfall is made of unit slacks costing big, 2·big, 3·big…: a row missed by
  // s costs big·s(s+1)/2, so when quotas conflict the misses spread over them.
  std::vector<std::vector<int>> slack_columns(m);
  for (int r = 0; r < m; ++r) {
    const QuotaRow& row = rows[r];
    int members = static_cast<int>(row.members.size());
    int most = row.at_least ? row.bound : std::max(0, std::min(members, p.seats) - row.bound);
    if (most <= 0) continue;
    int first = glp_add_cols(lp.get(), most);
    for (int u = 0; u < most; ++u) {
      glp_set_col_kind(lp.get(), first + u, GLP_BV);
      glp_set_obj_coef(lp.get(), first + u, -big * (u + 1));
      slack_columns[r].push_back(first + u);
    }
  }
  // Rows: the seats, then one per quota row.
  glp_add_rows(lp.get(), 1 + m);
  std::vector<int> ia{0}, ja{0};
  std::vector<double> ar{0};
  glp_set_row_bnds(lp.get(), 1, GLP_FX, p.seats, p.seats);
  for (int j = 0; j < n; ++j) {
    ia.push_back(1);
    ja.push_back(j + 1);
    ar.push_back(1);
  }
  for (int r = 0; r < m; ++r) {
    const QuotaRow& row = rows[r];
    if (row.at_least)
      glp_set_row_bnds(lp.get(), r + 2, GLP_LO, row.bound, 0);
    else
      glp_set_row_bnds(lp.get(), r + 2, GLP_UP, 0, row.bound);
    for (std::size_t i : row.members) {
      ia.push_back(r + 2);
      ja.push_back(static_cast<int>(i) + 1);
      ar.push_back(1);
    }
    for (int column : slack_columns[r]) {
      ia.push_back(r + 2);
      ja.push_back(column);
      ar.push_back(row.at_least ? 1 : -1);
    }
  }
  glp_load_matrix(lp.get(), static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());

  glp_iocp parm;
  glp_init_iocp(&parm);
  parm.presolve = GLP_ON;
  parm.msg_lev = GLP_MSG_OFF;
  parm.tm_lim = static_cast<int>(p.time_limit_seconds * 1000);
  int ret = glp_intopt(lp.get(), &parm);
  int status = glp_mip_status(lp.get());
  if (ret != 0 && ret != GLP_ETMLIM)
    return hidden_error(ErrorCode::internal,
                        "The optimiser failed (GLPK code " + std::to_string(ret) + ").");
  if (status != GLP_OPT && status != GLP_FEAS)
    return make_error(ErrorCode::unavailable, Msg::optimiser_time_limit);

  Selection out;
  out.proven_optimal = status == GLP_OPT;
  std::vector<bool> chosen(pool.size(), false);
  for (int j = 0; j < n; ++j) chosen[j] = glp_mip_col_val(lp.get(), j + 1) > 0.5;
  for (const auto& row : rows) {
    RowOutcome outcome{row, 0, 0};
    for (std::size_t i : row.members) outcome.chosen += chosen[i] ? 1 : 0;
    outcome.shortfall = row.at_least ? std::max(0, row.bound - outcome.chosen)
                                     : std::max(0, outcome.chosen - row.bound);
    out.total_shortfall += outcome.shortfall;
    out.rows.push_back(std::move(outcome));
  }
  out.feasible = out.total_shortfall == 0;
  for (int j = 0; j < n; ++j) {
    if (!chosen[j]) continue;
    ChosenCandidate c = scores[j];
    c.index = static_cast<std::size_t>(j);
    c.pinned = pinned.count(pool[j].id) > 0;
    for (const auto& row : rows)
      if (row.at_least && std::binary_search(row.members.begin(), row.members.end(), c.index))
        c.fills.push_back(row.label);
    out.objective += c.score;
    out.chosen.push_back(std::move(c));
  }
  std::stable_sort(out.chosen.begin(), out.chosen.end(),
                   [](const auto& a, const auto& b) { return a.score > b.score; });
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return out;
}

}  // namespace samla::selection
