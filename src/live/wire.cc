#include "live/wire.h"

#include "core/json_schema.h"
#include "core/wire.h"
#include "live/service.h"

namespace samla::live {
namespace {

using nlohmann::json;

const wire::Fields<LiveSession>& session_fields() {
  static const wire::Fields<LiveSession> fields{
      wire::id("id", &LiveSession::id).always(),
      wire::text("title", &LiveSession::title).max_length(300).needed(),
      wire::optional_id("event_id", &LiveSession::event_id)
          .describe("the event it belongs to (open for invitations or being held); none: a "
                    "quick meeting of its own")
          .always(),
      wire::joined_text("event_title", &LiveSession::event_title).always(),
      wire::text("code", &LiveSession::code)
          .describe("six characters without look-alikes (no 0/O, 1/I/L) that participants type "
                    "to join")
          .answer()
          .always(),
      wire::text("status", &LiveSession::status).one_of({"open", "closed"}).answer().always(),
      wire::id("seq", &LiveSession::seq).describe("the number of the last change").always(),
      wire::text("created_by", &LiveSession::created_by).answer().always(),
      wire::text("created_at", &LiveSession::created_at).answer().always(),
      wire::optional_text("closed_at", &LiveSession::closed_at).answer().always(),
      wire::id("version", &LiveSession::version).always()};
  return fields;
}

const wire::Fields<Activity>& activity_fields() {
  static const wire::Fields<Activity> fields{
      wire::id("id", &Activity::id).always(),
      wire::text("kind", &Activity::kind).one_of(activity_kinds()).needed(),
      wire::text("title", &Activity::title).describe("the question or task").needed(),
      wire::optional_text("poll_type", &Activity::poll_type)
          .one_of(poll_types())
          .describe("polls: single or multiple choice, a 1–5 scale, a ranking of the options, or "
                    "short words")
          .always(),
      wire::text_list("options", &Activity::options)
          .describe("single and multiple choice and ranking: 2–12 different options")
          .always(),
      wire::optional_integer("budget", &Activity::budget)
          .describe("dot voting: how many dots each participant places (1–20)")
          .always(),
      wire::optional_integer("seconds", &Activity::seconds)
          .describe("a timer's length (10–3600)")
          .always(),
      wire::boolean("about_lived_experience", &Activity::about_lived_experience)
          .describe("the question is about lived experience: only the number who answered is "
                    "ever shown")
          .always(),
      wire::boolean("hold_results", &Activity::hold_results)
          .describe("participants see the results only once it closes")
          .always(),
      wire::text("status", &Activity::status).one_of({"ready", "open", "closed"}).answer().always(),
      wire::integer("position", &Activity::position).answer().always(),
      wire::optional_text("opened_at", &Activity::opened_at).answer().always(),
      wire::optional_text("closed_at", &Activity::closed_at).answer().always(),
      wire::id("version", &Activity::version).always()};
  return fields;
}

// The dots a participant places, [{input_id, dots}].
void read_dots(const json& value, Answer& out, std::vector<FieldError>& errors) {
  if (!value.is_array() || value.size() > 200) {
    errors.emplace_back("dots", Msg::live_wrong_answer_kind);
    return;
  }
  for (const json& item : value) {
    if (!item.is_object() || !item.contains("input_id") || !item.contains("dots") ||
        !item["input_id"].is_number_integer() || !item["dots"].is_number_integer()) {
      errors.emplace_back("dots", Msg::live_wrong_answer_kind);
      return;
    }
    const auto dots = item["dots"].get<std::int64_t>();
    if (dots < 0 || dots > 1000) {
      errors.emplace_back("dots", Msg::live_wrong_answer_kind);
      return;
    }
    out.dots[item["input_id"].get<std::int64_t>()] += static_cast<int>(dots);
  }
}

const wire::Fields<Answer>& answer_fields() {
  static const wire::Fields<Answer> fields{
      wire::reference("activity_id", &Answer::activity_id).needed(),
      wire::custom<Answer>("choices", schema::array_of(schema::type("integer")), nullptr,
                           [](const json& value, Answer& out, std::vector<FieldError>& errors) {
                             if (!value.is_array() || value.size() > 20) {
                               errors.emplace_back("choices", Msg::live_wrong_answer_kind);
                               return;
                             }
                             for (const json& c : value) {
                               if (!c.is_number_integer() || c.get<std::int64_t>() < 0 ||
                                   c.get<std::int64_t>() > 100) {
                                 errors.emplace_back("choices", Msg::live_not_an_option);
                                 return;
                               }
                               out.choices.push_back(c.get<int>());
                             }
                           }),
      wire::optional_integer("value", &Answer::value).describe("a 1–5 scale"),
      wire::text("words", &Answer::words).describe("a words poll: a few words"),
      wire::optional_id("input_id", &Answer::input_id)
          .describe("the idea to upvote (again: the upvote is taken back) or the statement"),
      wire::custom<Answer>("vote", schema::enum_of({"agree", "disagree", "pass"}), nullptr,
                           [](const json& value, Answer& out, std::vector<FieldError>& errors) {
                             if (value == "agree")
                               out.vote = 1;
                             else if (value == "disagree")
                               out.vote = -1;
                             else if (value == "pass")
                               out.vote = 0;
                             else
                               errors.emplace_back(
                                   "vote", Msg::one_of,
                                   MessageParams{{"values", "agree\ndisagree\npass"}});
                           }),
      wire::custom<Answer>("dots",
                           schema::array_of(schema::object({{"input_id", schema::type("integer")},
                                                            {"dots", schema::type("integer")}},
                                                           {"input_id", "dots"})),
                           nullptr, read_dots)};
  return fields;
}

const wire::Fields<Cluster>& cluster_fields() {
  static const wire::Fields<Cluster> fields{
      wire::id("id", &Cluster::id).always(),
      wire::text("title", &Cluster::title).max_length(300).needed().always()};
  return fields;
}

const wire::Fields<Promotion>& promotion_fields() {
  static const wire::Fields<Promotion> fields{
      wire::id("id", &Promotion::id).always(),
      wire::text("to", &Promotion::to)
          .one_of({"key_insight", "outcome", "action_point", "initiative"})
          .always(),
      wire::reference("activity_id", &Promotion::activity_id).always(),
      wire::optional_id("input_id", &Promotion::input_id)
          .describe("the idea, statement or dot-voted item it came from")
          .always(),
      wire::optional_id("cluster_id", &Promotion::cluster_id)
          .describe("the group of ideas it came from")
          .always(),
      wire::optional_id("outcome_id", &Promotion::outcome_id)
          .describe("the event's outcome it became (key insight, outcome, action point)")
          .always(),
      wire::optional_id("initiative_id", &Promotion::initiative_id)
          .describe("the initiative it became")
          .always(),
      wire::text("text", &Promotion::text).always(),
      wire::text("created_by", &Promotion::created_by).answer().always(),
      wire::text("created_at", &Promotion::created_at).answer().always()};
  return fields;
}

const wire::Fields<PromoteRequest>& promote_fields() {
  static const wire::Fields<PromoteRequest> fields{
      wire::text("to", &PromoteRequest::to)
          .one_of({"key_insight", "outcome", "action_point", "initiative"})
          .describe("the event's key insights, outcomes or action points, or the initiative list")
          .needed(),
      wire::reference("activity_id", &PromoteRequest::activity_id).needed(),
      wire::optional_id("input_id", &PromoteRequest::input_id)
          .describe("an idea, a statement or a dot-voted item"),
      wire::optional_id("cluster_id", &PromoteRequest::cluster_id).describe("a group of ideas"),
      wire::optional_text("text", &PromoteRequest::text)
          .describe("the wording; none: the source's (a poll's result in words)"),
      wire::optional_id("owner_person_id", &PromoteRequest::owner_person_id)
          .describe("an action point's owner: a person or an organisation"),
      wire::optional_id("owner_organisation_id", &PromoteRequest::owner_organisation_id),
      wire::optional_text("due_date", &PromoteRequest::due_date)
          .describe("an action point's due date, YYYY-MM-DD"),
      wire::optional_text("priority", &PromoteRequest::priority)
          .describe("an action point's priority: high, medium or low")};
  return fields;
}

}  // namespace

json to_json(const Cluster& c) {
  return cluster_fields().write(c);
}

json to_json(const Promotion& p) {
  return promotion_fields().write(p);
}

Result<PromoteRequest> promote_from_json(const json& j) {
  return promote_fields().read(j);
}

json to_json(const LiveSession& s) {
  return session_fields().write(s);
}

json to_json(const Activity& a) {
  return activity_fields().write(a);
}

Result<Activity> activity_from_json(const json& j) {
  return activity_fields().read(j);
}

Result<Answer> answer_from_json(const json& j) {
  return answer_fields().read(j);
}

json openapi_schemas() {
  using namespace schema;
  json out;
  out["LiveSession"] = session_fields().schema();
  out["LiveSessionInput"] =
      object({{"title", type("string")}, {"event_id", nullable("integer")}}, {"title"});
  out["LiveSessionList"] = list_of("LiveSession");
  out["LiveActivity"] = activity_fields().schema();
  out["LiveActivityInput"] = activity_fields().input_schema();
  out["LiveAnswer"] = answer_fields().input_schema();
  out["LiveInputText"] =
      object({{"activity_id", type("integer")}, {"text", type("string")}}, {"activity_id", "text"});
  out["LiveJoin"] = object({{"code", type("string")},
                            {"display_name", nullable("string")},
                            {"rsvp_token", described(nullable("string"),
                                                     "the personal link's token: joining records "
                                                     "attendance at the session's event")}},
                           {"code"});
  const json item = object({{"id", type("integer")},
                            {"text", type("string")},
                            {"hidden", type("boolean")},
                            {"merged_into", nullable("integer")},
                            {"cluster_id", nullable("integer")},
                            {"mine", type("boolean")}},
                           {"id", "text"});
  const json activity_state = described(
      json{
          {"allOf",
           json::array(
               {ref("LiveActivity"),
                object({{"inputs", array_of(item)},
                        {"results", type("object")},
                        {"my_answer", type("object")},
                        {"seq",
                         described(type("integer"),
                                   "the number of the change a participant's idea or answer made")},
                        {"clusters", array_of(ref("LiveCluster"))},
                        {"promotions", array_of(ref("LivePromotion"))}},
                       {"inputs", "results"})})}},
      "an activity with its ideas or statements and its results as the reader may see them");
  out["LiveActivityState"] = activity_state;
  out["LiveCluster"] = cluster_fields().schema();
  out["LiveClusterInput"] = object({{"title", type("string")}}, {"title"});
  out["LiveInputCluster"] = object({{"cluster_id", nullable("integer")}}, {"cluster_id"});
  out["LivePromotion"] = promotion_fields().schema();
  out["LivePromote"] = promote_fields().input_schema();
  out["LiveFind"] = object({{"rsvp_token", type("string")}}, {"rsvp_token"});
  out["LiveFound"] = complete({{"sessions", array_of(complete({{"id", type("integer")},
                                                               {"title", type("string")},
                                                               {"code", type("string")}}))}});
  const json agreement =
      object({{"group", type("integer")},
              {"voters", type("integer")},
              {"agree", type("integer")},
              {"disagree", type("integer")},
              {"pass", type("integer")},
              {"withheld", described(type("string"),
                                     "fewer_than_3: in some group fewer than three voted on the "
                                     "statement, so no group's breakdown is shown for it")}},
             {"group"});
  out["LiveOpinionGroups"] = complete(
      {{"voters", type("integer")},
       {"statements", type("integer")},
       {"withheld",
        described(nullable("string"),
                  "too_few_voters (fewer than 6 voters or 2 statements) or no_groups (no grouping "
                  "with at least 3 in every group)")},
       {"k", described(type("integer"), "the number of groups (0: none)")},
       {"silhouette", type("number")},
       {"explained_variance", array_of(type("number"))},
       {"points", array_of(complete(
                      {{"x", type("number")}, {"y", type("number")}, {"group", type("integer")}}))},
       {"groups", array_of(complete({{"group", type("integer")}, {"size", type("integer")}}))},
       {"per_statement",
        array_of(complete(
            {{"input_id", type("integer")},
             {"text", type("string")},
             {"consensus", described(type("boolean"), "at least 60 % of every group agree")},
             {"divisive", described(type("boolean"),
                                    "at least 60 % of one group agree and of "
                                    "another disagree")},
             {"groups", array_of(agreement)}}))}});
  out["LiveText"] = object({{"text", type("string")}}, {"text"});
  out["LiveHide"] = object({{"hidden", type("boolean")}}, {"hidden"});
  out["LiveMerge"] = object({{"into", type("integer")}}, {"into"});
  out["LiveState"] = complete({{"session", ref("LiveSession")},
                               {"participants", type("integer")},
                               {"activities", array_of(ref("LiveActivityState"))}});
  out["LiveJoined"] = complete({{"participant_token", type("string")},
                                {"participant_id", type("integer")},
                                {"attendance_recorded", type("boolean")},
                                {"state", ref("LiveState")}});
  out["LiveChanges"] = complete(
      {{"seq", type("integer")},
       {"complete", described(type("boolean"),
                              "false: more changes came than one answer lists; read the state")},
       {"changes", array_of(complete({{"seq", type("integer")},
                                      {"kind", type("string")},
                                      {"activity_id", nullable("integer")},
                                      {"created_at", type("string")}}))}});
  return out;
}

}  // namespace samla::live
