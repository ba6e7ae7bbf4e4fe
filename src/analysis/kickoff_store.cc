#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "access/audit.h"
#include "analysis/kickoff.h"
#include "analysis/profiles.h"
#include "analysis/settings.h"
#include "analysis/store.h"
#include "analysis/views.h"
#include "analysis/wire.h"
#include "core/clock.h"
#include "programme/store.h"
#include "storage/row_reader.h"

namespace samla::analysis::store {
namespace {

using nlohmann::json;
using storage::Session;

constexpr std::size_t kMaxText = 2000;

std::string marks(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += i ? ", ?" : "?";
  return out;
}

// The register's first stakeholders (by English sort key) in one coverage cell, as
// candidates to close it: people, then (without a theme) organisations of the sector.
Result<std::vector<Subject>> register_candidates(Session& s, const CoverageMatrix& m,
                                                 const CoverageRow& row, std::size_t column,
                                                 const std::optional<std::string>& theme) {
  storage::Params params{m.columns[column]};
  for (const auto& c : row.countries) params.emplace_back(c);
  std::string expert = expertise_condition(theme, params);
  const std::string in = " IN (" + marks(row.countries.size()) + ")";
  std::string sql =
      m.dimension == "perspective"
          ? "SELECT p.id FROM people p JOIN person_perspectives pp ON pp.person_id = p.id "
            "WHERE pp.perspective = ? AND p.country" +
                in
          : "SELECT p.id FROM people p JOIN organisations o ON o.id = p.organisation_id "
            "WHERE o.sector = ? AND p.country" +
                in;
  SAMLA_ASSIGN(auto people,
               s.query(sql + expert + " ORDER BY p.sort_key_en, p.id LIMIT 50", params));
  std::vector<Subject> out;
  for (const auto& r : people) out.push_back({Subject::Kind::person, r.integer(0)});
  if (m.dimension == "sector" && !theme) {
    SAMLA_ASSIGN(auto organisations,
                 s.query("SELECT id FROM organisations WHERE sector = ? AND country" + in +
                             " ORDER BY sort_key_en, id LIMIT 50",
                         storage::Params(params.begin(), params.end())));
    for (const auto& r : organisations) out.push_back({Subject::Kind::organisation, r.integer(0)});
  }
  return out;
}

struct Builder {
  Session& s;
  const Coverage& coverage;
  const KickoffParameters& parameters;
  std::vector<KickoffEntry> entries;
  std::set<CellRef> covered;

  bool listed(const Subject& subject) const {
    return std::any_of(entries.begin(), entries.end(),
                       [&](const KickoffEntry& e) { return e.subject == subject; });
  }
  void add(KickoffEntry entry) {
    auto cells = cells_of(entry.profile, coverage);
    covered.insert(cells.begin(), cells.end());
    entries.push_back(std::move(entry));
  }

  Status close_gap(const CoverageMatrix& m, std::size_t i, std::size_t j,
                   const std::vector<StakeholderView>& views, std::vector<CoverageGap>& open) {
    CellRef cell{m.dimension, i, j};
    if (covered.count(cell)) return ok_status();
    CoverageGap gap{m.dimension, coverage.rows[i].key, m.columns[j],
                    m.cells[i][j].mapped == 0 ? GapKind::none_mapped : GapKind::none_high_priority,
                    m.cells[i][j].mapped};
    for (const auto& v : views)  // the assessed, highest priority first
      if (!listed(v.subject) && cells_of(v.profile, coverage).count(cell)) {
        add({0, v.subject, v.profile, "closes_gap", gap, std::string(quadrant_name(v.quadrant)),
             v.priority, "", true, "", std::nullopt});
        return ok_status();
      }
    if (m.cells[i][j].mapped > 0) {
      SAMLA_ASSIGN(auto candidates,
                   register_candidates(s, m, coverage.rows[i], j, parameters.theme));
      for (const auto& subject : candidates)
        if (!listed(subject)) {
          SAMLA_ASSIGN(Profile profile, profile_of(s, subject));
          add({0, subject, std::move(profile), "closes_gap", gap, std::nullopt, std::nullopt, "",
               true, "", std::nullopt});
          return ok_status();
        }
    }
    open.push_back(gap);
    return ok_status();
  }
};

Status insert_entry(Session& s, std::int64_t list_id, std::int64_t position,
                    const KickoffEntry& e) {
  const bool person = e.subject.kind == Subject::Kind::person;
  storage::Value none = nullptr;
  auto text_or_null = [&](const std::optional<std::string>& t) {
    return t ? storage::Value{*t} : none;
  };
  SAMLA_TRY(s.execute(
      "INSERT INTO kickoff_entries (list_id, position, person_id, organisation_id, reason, "
      "gap_dimension, gap_row, gap_column, quadrant, priority, note, status, removed_reason, "
      "changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {list_id, position, person ? storage::Value{e.subject.id} : none,
       person ? none : storage::Value{e.subject.id}, e.reason,
       e.gap ? storage::Value{e.gap->dimension} : none, e.gap ? storage::Value{e.gap->row} : none,
       e.gap ? storage::Value{e.gap->column} : none, text_or_null(e.quadrant),
       e.priority ? storage::Value{*e.priority} : none, e.note,
       std::string(e.included ? "included" : "removed"), e.removed_reason,
       text_or_null(e.changed_by)}));
  return ok_status();
}

json audit_entries(const std::vector<KickoffEntry>& entries) {
  json out = json::array();
  for (const auto& e : entries)
    out.push_back({{"subject_type", kind_name(e.subject.kind)},
                   {"subject_id", e.subject.id},
                   {"reason", e.reason},
                   {"status", e.included ? "included" : "removed"}});
  return out;
}

Status check_reason(const std::string& reason) {
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
    return invalid_field("reason", Msg::reason_required);
  if (reason.size() > kMaxText) return invalid_field("reason", Msg::max_bytes, {{"max", "2000"}});
  return ok_status();
}

// Bumps the version of a draft list when `expected` (if given) is current: 404 without the
// list, 409 when it is final, 412 on another version. One conditional UPDATE, so two edits
// naming the same version cannot both pass, nor an edit slip past a list made final meanwhile.
Result<std::int64_t> bump_draft_version(Session& s, std::int64_t list_id,
                                        std::optional<std::int64_t> expected) {
  auto bumped = expected ? s.query(
                               "UPDATE kickoff_lists SET version = version + 1 WHERE id = ? AND "
                               "status = 'draft' AND version = ? RETURNING version",
                               {list_id, *expected})
                         : s.query(
                               "UPDATE kickoff_lists SET version = version + 1 WHERE id = ? "
                               "AND status = 'draft' RETURNING version",
                               {list_id});
  SAMLA_ASSIGN(auto rows, std::move(bumped));
  if (!rows.empty()) return rows.front().integer(0);
  SAMLA_ASSIGN(auto current,
               s.query("SELECT version, status FROM kickoff_lists WHERE id = ?", {list_id}));
  if (current.empty()) return make_error(ErrorCode::not_found, Msg::no_such_kickoff_list);
  if (current.front().text(1) == "final")
    return make_error(ErrorCode::conflict, Msg::kickoff_list_final);
  return make_error(ErrorCode::precondition_failed, Msg::changed_since_read,
                    {{"version", std::to_string(current.front().integer(0))}});
}

}  // namespace

Result<KickoffList> build_kickoff(Session& s, std::string title,
                                  std::optional<std::int64_t> programme_id,
                                  KickoffParameters parameters,
                                  const std::vector<StakeholderView>& views,
                                  const Coverage& coverage, const access::Principal& actor) {
  if (title.find_first_not_of(" \t\r\n") == std::string::npos)
    return invalid_field("title", Msg::required);
  if (title.size() > 200) return invalid_field("title", Msg::max_bytes, {{"max", "200"}});
  Builder b{s, coverage, parameters, {}, {}};
  for (const auto& v : views)
    if (std::find(parameters.include_quadrants.begin(), parameters.include_quadrants.end(),
                  v.quadrant) != parameters.include_quadrants.end())
      b.add({0, v.subject, v.profile, std::string(quadrant_name(v.quadrant)), std::nullopt,
             std::string(quadrant_name(v.quadrant)), v.priority, "", true, "", std::nullopt});
  std::vector<CoverageGap> open;
  if (parameters.close_gaps)
    for (const CoverageMatrix* m : {&coverage.perspective, &coverage.sector})
      for (std::size_t i = 0; i < coverage.rows.size(); ++i)
        for (std::size_t j = 0; j < m->columns.size(); ++j)
          SAMLA_TRY(b.close_gap(*m, i, j, views, open));

  KickoffList list;
  list.title = std::move(title);
  list.created_at = now_iso8601();
  list.created_on = list.created_at.substr(0, 10);
  list.created_by = actor.name;
  list.parameters = std::move(parameters);
  list.open_gaps = std::move(open);
  list.special_only_rows = coverage.special_only_rows;
  SAMLA_ASSIGN(list.programme_id, programme::store::programme_for(s, programme_id));
  SAMLA_ASSIGN(auto row,
               s.query_one("INSERT INTO kickoff_lists (title, created_on, created_at, created_by, "
                           "programme_id, parameters, open_gaps) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id",
                           {list.title, list.created_on, list.created_at, list.created_by,
                            *list.programme_id, parameters_to_json(list.parameters).dump(),
                            json{{"gaps", gaps_to_json(list.open_gaps)},
                                 {"special_only_rows", list.special_only_rows}}
                                .dump()}));
  list.id = row.integer(0);
  std::int64_t position = 0;
  for (const auto& e : b.entries) SAMLA_TRY(insert_entry(s, list.id, ++position, e));
  json after = {{"title", list.title},
                {"parameters", parameters_to_json(list.parameters)},
                {"entries", audit_entries(b.entries)}};
  SAMLA_TRY(access::record_change(s, actor, "create", "kickoff_list", std::to_string(list.id),
                                  nullptr, &after));
  return read_kickoff(s, list.id);
}

Result<KickoffList> read_kickoff(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto r,
               s.query_one("SELECT id, title, created_on, created_at, created_by, "
                           "parameters, open_gaps, version, status, status_changed_at, "
                           "status_changed_by, programme_id FROM kickoff_lists WHERE id = ?",
                           {id}, Msg::no_such_kickoff_list));
  KickoffList list;
  storage::read_columns(r, 0, list.id, list.title, list.created_on, list.created_at,
                        list.created_by);
  storage::read_columns(r, 8, list.status, list.status_changed_at, list.status_changed_by,
                        list.programme_id);
  SAMLA_ASSIGN(list.parameters, parameters_from_json(json::parse(r.text(5), nullptr, false)));
  json gaps = json::parse(r.text(6), nullptr, false);
  if (gaps.is_object()) {
    list.open_gaps = gaps_from_json(gaps.value("gaps", json::array()));
    for (const auto& row : gaps.value("special_only_rows", json::array()))
      if (row.is_string()) list.special_only_rows.push_back(row.get<std::string>());
  }
  list.version = r.integer(7);

  registry::ProfileQuery listed;
  listed.people = IdSelect{"SELECT person_id FROM kickoff_entries WHERE list_id = ?", {id}};
  listed.organisations =
      IdSelect{"SELECT organisation_id FROM kickoff_entries WHERE list_id = ?", {id}};
  SAMLA_ASSIGN(auto profiles, load_profiles(s, listed));
  SAMLA_ASSIGN(auto entries,
               s.query("SELECT id, person_id, organisation_id, reason, gap_dimension, gap_row, "
                       "gap_column, quadrant, priority, note, status, removed_reason, changed_by "
                       "FROM kickoff_entries WHERE list_id = ? ORDER BY position, id",
                       {id}));
  for (const auto& e : entries) {
    KickoffEntry entry;
    entry.id = e.integer(0);
    entry.subject = read_subject(e, 1);
    entry.profile = profiles[entry.subject];
    entry.reason = e.text(3);
    if (auto dimension = e.optional_text(4))
      entry.gap = CoverageGap{*dimension, e.text(5), e.text(6), GapKind::none_high_priority, 0};
    entry.quadrant = e.optional_text(7);
    if (!e.is_null(8)) entry.priority = e.real(8);
    entry.note = e.text(9);
    entry.included = e.text(10) == "included";
    entry.removed_reason = e.text(11);
    entry.changed_by = e.optional_text(12);
    list.entries.push_back(std::move(entry));
  }
  return list;
}

Result<std::vector<KickoffSummary>> list_kickoffs(Session& s) {
  SAMLA_ASSIGN(auto rows,
               s.query("SELECT l.id, l.title, l.created_on, l.created_by, l.status, "
                       "(SELECT COUNT(*) FROM kickoff_entries e WHERE e.list_id = l.id "
                       "AND e.status = 'included'), l.programme_id FROM kickoff_lists l ORDER BY "
                       "l.id DESC"));
  std::vector<KickoffSummary> out;
  for (const auto& r : rows)
    out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4),
                   static_cast<int>(r.integer(5)), r.optional_integer(6).value_or(0)});
  return out;
}

Result<KickoffList> add_kickoff_entry(Session& s, std::int64_t list_id, const Subject& subject,
                                      const std::string& reason,
                                      std::optional<std::int64_t> expected_version,
                                      const access::Principal& actor) {
  SAMLA_TRY(check_reason(reason));
  auto profile = profile_of(s, subject);
  if (!profile.ok()) {
    if (profile.error().code == ErrorCode::not_found)
      return invalid_field("subject_id", Msg::no_such_stakeholder);
    return profile.error();
  }
  SAMLA_TRY(bump_draft_version(s, list_id, expected_version));
  SAMLA_ASSIGN(auto present,
               s.query(subject.kind == Subject::Kind::person
                           ? "SELECT 1 FROM kickoff_entries WHERE list_id = ? AND person_id = ?"
                           : "SELECT 1 FROM kickoff_entries WHERE list_id = ? AND "
                             "organisation_id = ?",
                       {list_id, subject.id}));
  if (!present.empty()) return make_error(ErrorCode::conflict, Msg::kickoff_entry_exists);
  SAMLA_ASSIGN(auto last, s.query_one("SELECT COALESCE(MAX(position), 0) FROM kickoff_entries "
                                      "WHERE list_id = ?",
                                      {list_id}));
  KickoffEntry entry{0,
                     subject,
                     std::move(profile).value(),
                     "added",
                     std::nullopt,
                     std::nullopt,
                     std::nullopt,
                     reason,
                     true,
                     "",
                     actor.name};
  // What the analysis says of them now, with the settings the list was built with.
  SAMLA_ASSIGN(auto history, assessments_of(s, subject));
  if (!history.empty()) {
    SAMLA_ASSIGN(KickoffList list, read_kickoff(s, list_id));
    ViewOptions options = list.parameters.settings.view;
    options.theme = list.parameters.theme;
    std::vector<Assessment> oldest_first(history.rbegin(), history.rend());
    auto views = build_views(oldest_first, {{subject, entry.profile}}, options);
    if (!views.empty()) {
      entry.quadrant = std::string(quadrant_name(views.front().quadrant));
      entry.priority = views.front().priority;
    }
  }
  SAMLA_TRY(insert_entry(s, list_id, last.integer(0) + 1, entry));
  json after = {{"added", audit_entries({entry})}, {"reason", reason}};
  SAMLA_TRY(access::record_change(s, actor, "update", "kickoff_list", std::to_string(list_id),
                                  nullptr, &after));
  return read_kickoff(s, list_id);
}

Result<KickoffList> set_kickoff_status(Session& s, std::int64_t list_id, const std::string& to,
                                       std::optional<std::int64_t> expected_version,
                                       const access::Principal& actor) {
  const auto& statuses = kickoff_statuses();
  if (std::find(statuses.begin(), statuses.end(), to) == statuses.end())
    return invalid_field("to", Msg::must_be_values, {{"values", "draft\nfinal"}});
  SAMLA_ASSIGN(auto current, s.query_one("SELECT status, version FROM kickoff_lists WHERE id = ?",
                                         {list_id}, Msg::no_such_kickoff_list));
  struct {
    std::string status;
    std::int64_t version;
  } before{current.text(0), current.integer(1)};
  if (before.status == to)
    return invalid_field("to", to == "final" ? Msg::already_final : Msg::already_draft);
  const std::string at = now_iso8601();
  auto changed =
      expected_version
          ? s.query(
                "UPDATE kickoff_lists SET status = ?, status_changed_at = ?, "
                "status_changed_by = ?, version = version + 1 WHERE id = ? AND status = ? "
                "AND version = ? RETURNING version",
                {to, at, actor.name, list_id, before.status, *expected_version})
          : s.query(
                "UPDATE kickoff_lists SET status = ?, status_changed_at = ?, "
                "status_changed_by = ?, version = version + 1 WHERE id = ? AND status = ? "
                "RETURNING version",
                {to, at, actor.name, list_id, before.status});
  SAMLA_ASSIGN(auto rows, std::move(changed));
  if (rows.empty())
    return make_error(ErrorCode::precondition_failed, Msg::changed_since_read,
                      {{"version", std::to_string(before.version)}});
  json was = {{"status", before.status}};
  json now = {{"status", to}};
  SAMLA_TRY(access::record_change(s, actor, "update", "kickoff_list", std::to_string(list_id), &was,
                                  &now));
  return read_kickoff(s, list_id);
}

Result<KickoffList> set_kickoff_entry(Session& s, std::int64_t list_id, std::int64_t entry_id,
                                      bool included, const std::string& reason,
                                      std::optional<std::int64_t> expected_version,
                                      const access::Principal& actor) {
  SAMLA_TRY(check_reason(reason));
  SAMLA_ASSIGN(auto found, s.query("SELECT status FROM kickoff_entries WHERE id = ? AND "
                                   "list_id = ?",
                                   {entry_id, list_id}));
  if (found.empty()) return make_error(ErrorCode::not_found, Msg::no_such_kickoff_entry);
  SAMLA_TRY(bump_draft_version(s, list_id, expected_version));
  std::string before_status = found.front().text(0);
  std::string status = included ? "included" : "removed";
  SAMLA_TRY(
      s.execute("UPDATE kickoff_entries SET status = ?, removed_reason = ?, changed_by = ? "
                "WHERE id = ?",
                {status, included ? std::string() : reason, actor.name, entry_id}));
  json before = {{"entry_id", entry_id}, {"status", before_status}};
  json after = {{"entry_id", entry_id}, {"status", status}, {"reason", reason}};
  SAMLA_TRY(access::record_change(s, actor, "update", "kickoff_list", std::to_string(list_id),
                                  &before, &after));
  return read_kickoff(s, list_id);
}

}  // namespace samla::analysis::store
