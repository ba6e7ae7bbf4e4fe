// The facilitator's work after the room has spoken (issue 21 parts 2, 4 and 5): groups of ideas,
// opinion groups from the statements' votes, and promotion into the event's record or the
// initiative list, keeping where each item came from.
#include <algorithm>
#include <map>
#include <set>

#include "access/principal.h"
#include "core/utf8.h"
#include "events/invitations.h"
#include "events/record_access.h"
#include "initiatives/store.h"
#include "live/opinion_groups.h"
#include "live/rules.h"
#include "live/service.h"
#include "live/service_support.h"
#include "live/store.h"
#include "live/view.h"
#include "live/wire.h"
#include "outcomes/rules.h"
#include "outcomes/store.h"

namespace samla::live {
namespace {

using detail::activity_of;
using detail::invalid_if_any;
using detail::visible_input;
using nlohmann::json;
using storage::Session;

// At most `max` bytes of `text`, cut between characters.
std::string cut(const std::string& text, std::size_t max) {
  if (text.size() <= max) return text;
  std::size_t end = max - 3;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end) + "…";
}

std::string number(double x) {
  std::string s = std::to_string(x);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// A poll's result in words, as the facilitator may see it: no breakdown where it is withheld.
std::string poll_summary(const Activity& a, const json& results, Language language) {
  const std::string n = std::to_string(results.value("respondents", 0));
  if (results.contains("withheld"))
    return render_message(Msg::live_summary_answered, {{"title", a.title}, {"n", n}}, language);
  const std::string type = a.poll_type.value_or("single");
  if (type == "scale")
    return render_message(
        Msg::live_summary_mean,
        {{"title", a.title}, {"mean", number(results.value("mean", 0.0))}, {"n", n}}, language);
  std::vector<std::pair<std::string, int>> rows;
  if (type == "words") {
    for (const auto& w : results.value("words", json::array()))
      rows.emplace_back(w.value("word", ""), w.value("count", 0));
  } else {
    const json values = results.value(type == "ranking" ? "points" : "counts", json::array());
    for (std::size_t i = 0; i < values.size() && i < a.options.size(); ++i)
      rows.emplace_back(a.options[i], values[i].get<int>());
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& x, const auto& y) { return x.second > y.second; });
  std::string counts;
  for (std::size_t i = 0; i < rows.size() && i < 12; ++i) {
    if (!counts.empty()) counts += ", ";
    counts += type == "ranking" ? std::to_string(i + 1) + ". " + rows[i].first
                                : rows[i].first + " " + std::to_string(rows[i].second);
  }
  return render_message(Msg::live_summary_counts,
                        {{"title", a.title}, {"counts", counts}, {"n", n}}, language);
}

// What a promotion starts from: the source's wording and, for a dot-voted item, its dots.
struct Source {
  std::string text;
  std::optional<int> dots;
};

Result<Source> source_of(Session& s, const Activity& a, const PromoteRequest& request,
                         Language language) {
  if (request.input_id && request.cluster_id)
    return invalid_field("cluster_id", Msg::live_promote_source);
  if (request.cluster_id) {
    if (a.kind != "ideas") return invalid_field("cluster_id", Msg::live_cluster_not_found);
    SAMLA_ASSIGN(auto clusters, store::list_clusters(s, a.id));
    const auto cluster = std::find_if(clusters.begin(), clusters.end(), [&](const Cluster& c) {
      return c.id == *request.cluster_id;
    });
    if (cluster == clusters.end()) return invalid_field("cluster_id", Msg::live_cluster_not_found);
    // The group's title, then its ideas.
    SAMLA_ASSIGN(auto inputs, store::list_inputs(s, a.id));
    std::string members;
    for (const auto& input : inputs)
      if (input.cluster_id == cluster->id && !input.hidden && !input.merged_into)
        members += (members.empty() ? "" : "; ") + input.text;
    return Source{members.empty() ? cluster->title : cluster->title + ": " + members, {}};
  }
  if (request.input_id) {
    if (a.kind != "ideas" && a.kind != "statements" && a.kind != "dots")
      return invalid_field("input_id", Msg::live_promote_source);
    auto input = visible_input(s, a, *request.input_id);
    if (!input.ok()) return invalid_field("input_id", Msg::live_input_not_found);
    Source out{input->text, {}};
    if (a.kind == "dots") {
      SAMLA_ASSIGN(auto answers, store::list_answers(s, a.id));
      int dots = 0;
      for (const auto& answer : answers)
        if (answer.input_id == input->id) dots += answer.value.value_or(0);
      out.dots = dots;
    }
    return out;
  }
  if (a.kind != "poll") return invalid_field("input_id", Msg::live_promote_source);
  SAMLA_ASSIGN(auto inputs, store::list_inputs(s, a.id));
  SAMLA_ASSIGN(auto answers, store::list_answers(s, a.id));
  return Source{poll_summary(a, results_of(a, inputs, answers, Audience::facilitator), language),
                {}};
}

}  // namespace

Result<Cluster> LiveService::add_cluster(std::int64_t session_id, std::int64_t activity_id,
                                         const std::string& title) {
  SAMLA_TRY(invalid_if_any(check_session_title(title)));
  std::int64_t taken = 0;
  auto added = run(true, [&](Session& s) -> Result<Cluster> {
    // Grouping, like promoting, goes on after the session closes: the work after the workshop.
    SAMLA_ASSIGN(Activity a, activity_of(s, session_id, activity_id));
    if (a.kind != "ideas") return invalid_field("activity_id", Msg::live_wrong_answer_kind);
    SAMLA_ASSIGN(Cluster made, store::insert_cluster(s, a.id, title));
    SAMLA_ASSIGN(taken, store::record_change(s, session_id, "cluster_added", a.id));
    return made;
  });
  if (added.ok()) publish(session_id, taken);
  return added;
}

Result<json> LiveService::set_input_cluster(std::int64_t session_id, std::int64_t input_id,
                                            std::optional<std::int64_t> cluster_id) {
  std::int64_t taken = 0;
  auto state = run(true, [&](Session& s) -> Result<json> {
    SAMLA_ASSIGN(Input input, store::get_input(s, input_id));
    SAMLA_ASSIGN(Activity a, activity_of(s, session_id, input.activity_id));
    if (a.kind != "ideas") return make_error(ErrorCode::conflict, Msg::live_not_allowed_here);
    if (cluster_id) {
      SAMLA_ASSIGN(auto clusters, store::list_clusters(s, a.id));
      if (std::none_of(clusters.begin(), clusters.end(),
                       [&](const Cluster& c) { return c.id == *cluster_id; }))
        return invalid_field("cluster_id", Msg::live_cluster_not_found);
    }
    if (input.cluster_id != cluster_id) {
      SAMLA_TRY(store::set_input_cluster(s, input_id, cluster_id));
      SAMLA_ASSIGN(taken, store::record_change(s, session_id, "input_changed", a.id));
    }
    return activity_state(s, a, Audience::facilitator, std::nullopt);
  });
  if (state.ok()) publish(session_id, taken);
  return state;
}

Result<json> LiveService::opinion_groups(std::int64_t session_id, std::int64_t activity_id) {
  struct Votes {
    std::vector<Input> statements;
    std::vector<std::vector<double>> rows;  // per voter, per statement: 1, -1, 0
    std::vector<std::vector<char>> voted;   // a 0 above was a pass, not a missing vote
  };
  SAMLA_ASSIGN(Votes votes, run(false, [&](Session& s) -> Result<Votes> {
                 SAMLA_ASSIGN(Activity a, activity_of(s, session_id, activity_id));
                 if (a.kind != "statements")
                   return make_error(ErrorCode::conflict, Msg::live_opinion_groups_statements);
                 SAMLA_ASSIGN(auto inputs, store::list_inputs(s, a.id));
                 SAMLA_ASSIGN(auto answers, store::list_answers(s, a.id));
                 Votes out;
                 std::map<std::int64_t, std::size_t> column;
                 for (const auto& input : inputs)
                   if (!input.hidden && !input.merged_into) {
                     column[input.id] = out.statements.size();
                     out.statements.push_back(input);
                   }
                 std::map<std::int64_t, std::size_t> row;  // voters in the order of their ids
                 for (const auto& answer : answers)
                   if (answer.input_id && column.count(*answer.input_id))
                     row.emplace(answer.participant_id, 0);
                 std::size_t next = 0;
                 for (auto& [participant, index] : row) index = next++;
                 out.rows.assign(row.size(), std::vector<double>(out.statements.size(), 0.0));
                 out.voted.assign(row.size(), std::vector<char>(out.statements.size(), 0));
                 for (const auto& answer : answers)
                   if (answer.input_id && column.count(*answer.input_id)) {
                     const std::size_t r = row[answer.participant_id], c = column[*answer.input_id];
                     out.rows[r][c] = answer.value.value_or(0);
                     out.voted[r][c] = 1;
                   }
                 return out;
               }));
  json out{{"voters", votes.rows.size()},
           {"statements", votes.statements.size()},
           {"withheld", nullptr},
           {"k", 0},
           {"silhouette", 0.0},
           {"explained_variance", json::array({0.0, 0.0})},
           {"points", json::array()},
           {"groups", json::array()},
           {"per_statement", json::array()}};
  if (votes.rows.size() < static_cast<std::size_t>(2 * kMinGroup) || votes.statements.size() < 2) {
    out["withheld"] = "too_few_voters";
    return out;
  }
  const OpinionGroups found = find_opinion_groups(votes.rows, kMinGroup);
  out["explained_variance"] = found.projection.explained;
  if (found.k == 0) {
    out["withheld"] = "no_groups";
    return out;
  }
  out["k"] = found.k;
  out["silhouette"] = found.silhouette;
  // The map's points carry no participant: sorted by group and place, not by who joined when.
  std::vector<std::tuple<int, double, double>> points;
  std::vector<int> sizes(static_cast<std::size_t>(found.k), 0);
  for (std::size_t i = 0; i < found.labels.size(); ++i) {
    points.emplace_back(found.labels[i], found.projection.points[i][0],
                        found.projection.points[i][1]);
    ++sizes[static_cast<std::size_t>(found.labels[i])];
  }
  std::sort(points.begin(), points.end());
  for (const auto& [group, x, y] : points)
    out["points"].push_back({{"x", x}, {"y", y}, {"group", group}});
  for (int g = 0; g < found.k; ++g)
    out["groups"].push_back({{"group", g}, {"size", sizes[static_cast<std::size_t>(g)]}});
  for (std::size_t c = 0; c < votes.statements.size(); ++c) {
    std::vector<std::array<int, 3>> tally(static_cast<std::size_t>(found.k), {0, 0, 0});
    for (std::size_t r = 0; r < votes.rows.size(); ++r) {
      if (!votes.voted[r][c]) continue;
      const double v = votes.rows[r][c];
      ++tally[static_cast<std::size_t>(found.labels[r])][v > 0 ? 0 : v < 0 ? 1 : 2];
    }
    // Each group's agreement only where every group had at least three votes on it: the
    // groups add up to the room's total, so one small group would show through the others.
    const bool shown = std::all_of(tally.begin(), tally.end(),
                                   [](const auto& t) { return t[0] + t[1] + t[2] >= kMinGroup; });
    json groups = json::array();
    bool consensus = shown, some_agree = false, some_disagree = false;
    for (int g = 0; g < found.k; ++g) {
      const auto& t = tally[static_cast<std::size_t>(g)];
      if (!shown) {
        groups.push_back({{"group", g}, {"withheld", "fewer_than_3"}});
        continue;
      }
      const int n = t[0] + t[1] + t[2];
      groups.push_back(
          {{"group", g}, {"voters", n}, {"agree", t[0]}, {"disagree", t[1]}, {"pass", t[2]}});
      if (t[0] * 10 < n * 6) consensus = false;
      if (t[0] * 10 >= n * 6) some_agree = true;
      if (t[1] * 10 >= n * 6) some_disagree = true;
    }
    out["per_statement"].push_back({{"input_id", votes.statements[c].id},
                                    {"text", votes.statements[c].text},
                                    {"consensus", consensus},
                                    {"divisive", some_agree && some_disagree},
                                    {"groups", std::move(groups)}});
  }
  return out;
}

Result<Promotion> LiveService::promote(std::int64_t session_id, const PromoteRequest& request,
                                       const access::Principal& actor, Language language) {
  static const std::vector<std::string> targets{"key_insight", "outcome", "action_point",
                                                "initiative"};
  if (std::find(targets.begin(), targets.end(), request.to) == targets.end())
    return invalid_field(
        "to", Msg::one_of,
        MessageParams{{"values", "key_insight\noutcome\naction_point\ninitiative"}});
  if (request.text) SAMLA_TRY(invalid_if_any(check_promoted_text(*request.text)));
  if (request.to == "initiative")
    for (const auto& [field, given] :
         {std::pair{"owner_person_id", request.owner_person_id.has_value()},
          std::pair{"owner_organisation_id", request.owner_organisation_id.has_value()},
          std::pair{"due_date", request.due_date.has_value()},
          std::pair{"priority", request.priority.has_value()}})
      if (given) return invalid_field(field, Msg::only_for_action_points);
  // Both the event's outcomes and the initiative list are planned by these roles; the event's
  // own rule (its facilitators, not closed) is checked on it below.
  if (!access::can(actor, Action::plan_events))
    return make_error(ErrorCode::forbidden, Msg::outcomes_write_refused);
  std::int64_t taken = 0;
  // One transaction: the source as it is now, the record written by its capability's store
  // under its rules, and where it came from — all or nothing.
  auto kept = run(true, [&](Session& s) -> Result<Promotion> {
    SAMLA_ASSIGN(LiveSession session, store::get_session(s, session_id));
    SAMLA_ASSIGN(Activity a, activity_of(s, session_id, request.activity_id));
    if (request.to != "initiative" && !session.event_id)
      return invalid_field("to", Msg::live_promote_needs_event);
    if (request.to == "initiative" && !request.cluster_id &&
        !(request.input_id && (a.kind == "ideas" || a.kind == "dots")))
      return invalid_field("to", Msg::live_promote_initiative_source);
    std::optional<events::Event> event;
    if (session.event_id) {
      SAMLA_ASSIGN(event, events::event_for_writing(s, *session.event_id, actor,
                                                    Msg::outcomes_write_refused));
    }
    SAMLA_ASSIGN(Source source, source_of(s, a, request, language));
    SAMLA_ASSIGN(auto earlier, store::list_promotions(s, a.id));
    for (const auto& p : earlier)
      if (p.to == request.to && p.input_id == request.input_id &&
          p.cluster_id == request.cluster_id && (request.input_id || request.cluster_id))
        return make_error(ErrorCode::conflict, Msg::live_already_promoted);
    Promotion promotion;
    promotion.session_id = session_id;
    promotion.activity_id = a.id;
    promotion.input_id = request.input_id;
    promotion.cluster_id = request.cluster_id;
    promotion.to = request.to;
    promotion.text = request.text ? *request.text : source.text;
    promotion.created_by = actor.name;
    if (request.to == "initiative") {
      const std::string detail =
          source.dots ? render_message(Msg::live_promoted_dots,
                                       {{"dots", std::to_string(*source.dots)}}, language)
                      : "";
      initiatives::Initiative i;
      if (event) i.programme_id = event->programme_id;
      const auto first = promotion.text.find_first_not_of(" \t\r\n");
      const std::string from_first = first == std::string::npos ? "" : promotion.text.substr(first);
      i.title = cut(from_first.substr(0, from_first.find('\n')), 300);
      i.description =
          cut(promotion.text + "\n\n" +
                  render_message(Msg::live_promoted_from,
                                 {{"session", session.title}, {"detail", detail}}, language),
              4000);
      i.source_event_id = session.event_id;
      SAMLA_ASSIGN(auto made, initiatives::store::insert_initiative(s, std::move(i), actor));
      promotion.initiative_id = made.id;
    } else {
      outcomes::Outcome o;
      o.kind = request.to;
      o.text = cut(promotion.text, outcomes::kMaxTextBytes);
      o.source = "live_session";
      o.owner_person_id = request.owner_person_id;
      o.owner_organisation_id = request.owner_organisation_id;
      o.due_date = request.due_date;
      o.priority = request.priority;
      SAMLA_ASSIGN(auto made,
                   outcomes::store::insert_outcome(s, *session.event_id, std::move(o), actor));
      promotion.outcome_id = made.id;
    }
    SAMLA_ASSIGN(Promotion made, store::insert_promotion(s, promotion));
    SAMLA_ASSIGN(taken, store::record_change(s, session_id, "promoted", a.id));
    return made;
  });
  if (kept.ok()) publish(session_id, taken);
  return kept;
}

Result<json> LiveService::find_for_invitation(const std::string& rsvp_token) {
  return run(false, [&](Session& s) -> Result<json> {
    auto invitation = events::store::invitation_by_token(s, rsvp_token);
    if (!invitation.ok()) return make_error(ErrorCode::not_found, Msg::rsvp_link_not_valid);
    SAMLA_ASSIGN(auto rows, s.query("SELECT id, title, code FROM live_sessions WHERE event_id = ? "
                                    "AND status = 'open' ORDER BY id",
                                    {invitation->event_id}));
    json sessions = json::array();
    for (const auto& r : rows)
      sessions.push_back({{"id", r.integer(0)}, {"title", r.text(1)}, {"code", r.text(2)}});
    return json{{"sessions", std::move(sessions)}};
  });
}

}  // namespace samla::live
