#include "live/wire.h"

#include "core/json_schema.h"
#include "core/wire.h"

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
          .describe("polls: single or multiple choice, a 1–5 scale, or short words")
          .always(),
      wire::text_list("options", &Activity::options)
          .describe("single and multiple choice: 2–12 different options")
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

}  // namespace

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
                            {"mine", type("boolean")}},
                           {"id", "text"});
  const json activity_state = described(
      json{{"allOf", json::array({ref("LiveActivity"), object({{"inputs", array_of(item)},
                                                               {"results", type("object")},
                                                               {"my_answer", type("object")}},
                                                              {"inputs", "results"})})}},
      "an activity with its ideas or statements and its results as the reader may see them");
  out["LiveActivityState"] = activity_state;
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
