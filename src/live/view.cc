#include "live/view.h"

#include <algorithm>
#include <set>

#include "live/store.h"
#include "live/wire.h"

namespace samla::live {
namespace {

using nlohmann::json;

// The participant's own answers to the activity, in the shape they sent them.
json my_answer(const Activity& activity, const std::vector<AnswerRow>& answers,
               std::int64_t participant_id) {
  json out = json::object();
  json choices = json::array(), upvoted = json::array(), votes = json::object(),
       dots = json::array();
  std::vector<std::pair<int, int>> ranked;  // place, option
  for (const auto& a : answers) {
    if (a.participant_id != participant_id) continue;
    if (activity.kind == "poll" && activity.poll_type == "ranking") {
      if (a.choice && a.value) ranked.emplace_back(*a.value, *a.choice);
    } else if (activity.kind == "poll") {
      if (a.choice) choices.push_back(*a.choice);
      if (a.value) out["value"] = *a.value;
      if (!a.words.empty()) out["words"] = a.words;
    } else if (activity.kind == "ideas" && a.input_id) {
      upvoted.push_back(*a.input_id);
    } else if (activity.kind == "statements" && a.input_id) {
      const int v = a.value.value_or(0);
      votes[std::to_string(*a.input_id)] = v > 0 ? "agree" : v < 0 ? "disagree" : "pass";
    } else if (activity.kind == "dots" && a.input_id) {
      dots.push_back({{"input_id", *a.input_id}, {"dots", a.value.value_or(0)}});
    }
  }
  std::sort(ranked.begin(), ranked.end());
  for (const auto& [place, option] : ranked) choices.push_back(option);
  if (!choices.empty()) out["choices"] = choices;
  if (!upvoted.empty()) out["upvoted"] = upvoted;
  if (!votes.empty()) out["votes"] = votes;
  if (!dots.empty()) out["dots"] = dots;
  return out;
}

}  // namespace

Result<json> activity_state(storage::Session& s, const Activity& activity, Audience audience,
                            std::optional<std::int64_t> participant_id) {
  SAMLA_ASSIGN(auto inputs, store::list_inputs(s, activity.id));
  SAMLA_ASSIGN(auto answers, store::list_answers(s, activity.id));
  json out = to_json(activity);
  json listed = json::array();
  for (const auto& input : inputs) {
    // Hidden and merged input stays kept (and listed for the facilitator), never shown.
    if (audience == Audience::participant && (input.hidden || input.merged_into)) continue;
    json row{{"id", input.id}, {"text", input.text}};
    if (audience == Audience::facilitator) {
      row["hidden"] = input.hidden;
      row["merged_into"] = input.merged_into ? json(*input.merged_into) : json(nullptr);
    }
    if (activity.kind == "ideas")
      row["cluster_id"] = input.cluster_id ? json(*input.cluster_id) : json(nullptr);
    if (participant_id) row["mine"] = input.participant_id == participant_id;
    listed.push_back(std::move(row));
  }
  out["inputs"] = std::move(listed);
  if (activity.kind == "ideas") {
    SAMLA_ASSIGN(auto clusters, store::list_clusters(s, activity.id));
    json groups = json::array();
    for (const auto& c : clusters) groups.push_back(to_json(c));
    out["clusters"] = std::move(groups);
  }
  if (audience == Audience::facilitator) {
    SAMLA_ASSIGN(auto promotions, store::list_promotions(s, activity.id));
    json promoted = json::array();
    for (const auto& p : promotions) promoted.push_back(to_json(p));
    out["promotions"] = std::move(promoted);
  }
  out["results"] = results_of(activity, inputs, answers, audience);
  if (participant_id) out["my_answer"] = my_answer(activity, answers, *participant_id);
  return out;
}

Status personalise(storage::Session& s, json& state, std::int64_t participant_id) {
  SAMLA_ASSIGN(auto own, store::answers_of_participant(s, participant_id));
  SAMLA_ASSIGN(auto written, store::inputs_of_participant(s, participant_id));
  const std::set<std::int64_t> mine(written.begin(), written.end());
  for (json& activity : state["activities"]) {
    // my_answer needs only the kind of activity and of poll.
    Activity a;
    a.id = activity.value("id", std::int64_t{0});
    a.kind = activity.value("kind", std::string());
    if (activity.contains("poll_type") && activity["poll_type"].is_string())
      a.poll_type = activity["poll_type"].get<std::string>();
    std::vector<AnswerRow> rows;
    if (auto found = own.find(a.id); found != own.end()) rows = found->second;
    activity["my_answer"] = my_answer(a, rows, participant_id);
    for (json& input : activity["inputs"])
      input["mine"] = mine.count(input.value("id", std::int64_t{0})) > 0;
  }
  return ok_status();
}

Result<json> session_state(storage::Session& s, const LiveSession& session, Audience audience,
                           std::optional<std::int64_t> participant_id) {
  SAMLA_ASSIGN(auto activities, store::list_activities(s, session.id));
  SAMLA_ASSIGN(std::int64_t participants, store::count_participants(s, session.id));
  json listed = json::array();
  for (const auto& activity : activities) {
    if (audience == Audience::participant && activity.status == "ready") continue;
    SAMLA_ASSIGN(json state, activity_state(s, activity, audience, participant_id));
    listed.push_back(std::move(state));
  }
  json session_json = to_json(session);
  // Participants need not know which account started it.
  if (audience == Audience::participant) session_json["created_by"] = "";
  return json{{"session", std::move(session_json)},
              {"participants", participants},
              {"activities", std::move(listed)}};
}

}  // namespace samla::live
