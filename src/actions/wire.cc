#include "programme/wire.h"
#include "actions/wire.h"

#include "core/json_schema.h"
#include "core/wire.h"

namespace samla::actions {
namespace {

using nlohmann::json;

const wire::Fields<Party>& party_fields() {
  static const wire::Fields<Party> fields{
      wire::optional_id("person_id", &Party::person_id).always(),
      wire::optional_id("organisation_id", &Party::organisation_id).always(),
      wire::joined_text("name", &Party::name).always()};
  return fields;
}

const wire::Fields<Measurement>& measurement_fields() {
  static const wire::Fields<Measurement> fields{wire::text("date", &Measurement::date)
                                                    .with_schema({{"format", "date"}})
                                                    .describe("YYYY-MM-DD")
                                                    .needed(),
                                                wire::number("value", &Measurement::value).needed(),
                                                wire::text("note", &Measurement::note).always()};
  return fields;
}

const wire::Fields<Indicator>& indicator_fields() {
  static const wire::Fields<Indicator> fields{
      wire::kept_id("id", &Indicator::id)
          .describe("send it back to keep the indicator's id; new ones get one")
          .always(),
      wire::text("name", &Indicator::name).needed(),
      wire::text("unit", &Indicator::unit).always(),
      wire::text("direction", &Indicator::direction).one_of(directions()).always(),
      wire::optional_number("baseline", &Indicator::baseline).always(),
      wire::optional_number("target", &Indicator::target).always(),
      wire::objects("measurements", &Indicator::measurements, measurement_fields())
          .describe("dated values, kept in date order")
          .always()};
  return fields;
}

const wire::Fields<ActionPlan>& plan_fields() {
  static const wire::Fields<ActionPlan> fields{
      wire::id("id", &ActionPlan::id).always(),
      wire::text("title", &ActionPlan::title).needed(),
      programme::programme_field(&ActionPlan::programme_id),
      wire::text("description", &ActionPlan::description).always(),
      wire::optional_text("theme", &ActionPlan::theme)
          .describe("a theme's slug: a plan belongs to exactly one of theme, event and group")
          .always(),
      wire::optional_id("event_id", &ActionPlan::event_id).always(),
      wire::optional_id("group_id", &ActionPlan::group_id)
          .describe("a follow-up group's id")
          .always(),
      wire::integer("action_count", &ActionPlan::action_count).answer().always(),
      wire::text("created_by", &ActionPlan::created_by).answer().always(),
      wire::text("created_at", &ActionPlan::created_at).answer().always(),
      wire::text("updated_at", &ActionPlan::updated_at).answer().always(),
      wire::id("version", &ActionPlan::version).always()};
  return fields;
}

const wire::Fields<Action>& action_fields() {
  static const wire::Fields<Action> fields{
      wire::id("id", &Action::id).always(),
      wire::custom<Action>(
          "plan_id", {{"type", "integer"}, {"minimum", 1}},
          [](const Action& a) { return json(a.plan_id); },
          [](const json& value, Action& a, std::vector<FieldError>& errors) {
            if (value.is_number_integer() && value.get<std::int64_t>() >= 1)
              a.plan_id = value.get<std::int64_t>();
            else
              errors.emplace_back("plan_id", Msg::must_be_positive_id);
          })
          .describe("the plan the action belongs to")
          .needed(),
      wire::optional_id("outcome_id", &Action::outcome_id)
          .describe("the event's action point it was promoted from")
          .answer()
          .always(),
      wire::optional_id("event_id", &Action::event_id)
          .describe("that action point's event")
          .answer()
          .always(),
      wire::text("title", &Action::title).needed(),
      wire::text("description", &Action::description).always(),
      wire::text_list("themes", &Action::themes).describe("theme slugs").always(),
      wire::optional_object("accountable", &Action::accountable, party_fields())
          .describe("exactly one person or organisation answers for the action")
          .required(),
      wire::objects("responsible", &Action::responsible, party_fields()).always(),
      wire::objects("consulted", &Action::consulted, party_fields()).always(),
      wire::objects("informed", &Action::informed, party_fields()).always(),
      wire::optional_text("start_date", &Action::start_date)
          .with_schema({{"format", "date"}})
          .always(),
      wire::optional_text("due_date", &Action::due_date)
          .with_schema({{"format", "date"}})
          .describe("YYYY-MM-DD, not before start_date")
          .always(),
      wire::text("status", &Action::status)
          .one_of(statuses())
          .describe("changed through POST /actions/{id}/updates")
          .answer()
          .always(),
      wire::text("dropped_reason", &Action::dropped_reason).answer().always(),
      wire::integer("progress", &Action::progress)
          .describe("0–100, changed through POST /actions/{id}/updates")
          .answer()
          .always(),
      wire::id_list("depends_on", &Action::depends_on)
          .describe("ids of actions this one waits for (no cycles)")
          .always(),
      wire::objects("indicators", &Action::indicators, indicator_fields()).always(),
      wire::text("last_update_at", &Action::last_update_at).answer().always(),
      wire::boolean("overdue", &Action::overdue).answer().always(),
      wire::boolean("stalled", &Action::stalled).answer().always(),
      wire::boolean("at_risk", &Action::at_risk).answer().always(),
      wire::text("created_by", &Action::created_by).answer().always(),
      wire::text("created_at", &Action::created_at).answer().always(),
      wire::text("updated_at", &Action::updated_at).answer().always(),
      wire::id("version", &Action::version).always()};
  return fields;
}

json optional_int(const std::optional<int>& v) {
  return v ? json(*v) : json(nullptr);
}

}  // namespace

json to_json(const ActionPlan& p) {
  return plan_fields().write(p);
}

json to_json(const Action& a) {
  return action_fields().write(a);
}

json to_json(const ActionUpdate& u) {
  auto text = [](const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); };
  return {{"id", u.id},
          {"action_id", u.action_id},
          {"at", u.at},
          {"by", u.by},
          {"status_from", text(u.status_from)},
          {"status_to", text(u.status_to)},
          {"progress_from", optional_int(u.progress_from)},
          {"progress_to", optional_int(u.progress_to)},
          {"note", u.note}};
}

namespace {

const wire::Fields<ActionMail>& action_mail_fields() {
  static const wire::Fields<ActionMail> fields{
      wire::optional_id("person_id", &ActionMail::person_id)
          .answer()
          .always()
          .describe("the person my account stands for; null: none, and so no such e-mail"),
      wire::boolean("subscribed", &ActionMail::subscribed)
          .needed()
          .describe("whether weekly digests and due-date reminders about my actions come by "
                    "e-mail")};
  return fields;
}

const wire::Fields<UnsubscribeRequest>& unsubscribe_fields() {
  static const wire::Fields<UnsubscribeRequest> fields{
      wire::text("secret", &UnsubscribeRequest::secret)
          .needed()
          .with_schema({{"maxLength", 200}})
          .describe("the secret after # in the e-mail's unsubscribe link")};
  return fields;
}

}  // namespace

json to_json(const ActionMail& m) {
  return action_mail_fields().write(m);
}

Result<ActionMail> action_mail_from_json(const json& j) {
  return action_mail_fields().read(j);
}

Result<UnsubscribeRequest> unsubscribe_from_json(const json& j) {
  return unsubscribe_fields().read(j);
}

Result<ActionPlan> plan_from_json(const json& j) {
  return plan_fields().read(j);
}

Result<Action> action_from_json(const json& j) {
  return action_fields().read(j);
}

Result<UpdateRequest> update_from_json(const json& j) {
  if (!j.is_object()) return invalid_field("", Msg::must_be_object);
  UpdateRequest u;
  std::vector<FieldError> errors;
  for (const auto& [key, value] : j.items()) {
    if (key == "status") {
      if (value.is_string())
        u.status = value.get<std::string>();
      else if (!value.is_null())
        errors.emplace_back(key, Msg::must_be_string_or_null);
    } else if (key == "progress") {
      if (value.is_number_integer() && value.get<std::int64_t>() >= -1000000 &&
          value.get<std::int64_t>() <= 1000000)
        u.progress = value.get<int>();
      else if (!value.is_null())
        errors.emplace_back(key, Msg::whole_number_range,
                            MessageParams{{"min", "0"}, {"max", "100"}});
    } else if (key == "note" || key == "dropped_reason") {
      if (value.is_string())
        (key == "note" ? u.note : u.dropped_reason) = value.get<std::string>();
      else if (!value.is_null())
        errors.emplace_back(key, Msg::must_be_string);
    } else {
      errors.emplace_back(key, Msg::unknown_field);
    }
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return u;
}

json openapi_schemas() {
  json schemas;
  schemas["ActionPlan"] = plan_fields().schema();
  schemas["ActionPlanInput"] = plan_fields().input_schema();
  schemas["ActionPlanPatch"] = plan_fields().patch_schema();
  schemas["ActionPlanList"] = schema::list_of("ActionPlan");
  schemas["Action"] = action_fields().schema();
  schemas["ActionInput"] = action_fields().input_schema();
  schemas["ActionPatch"] = action_fields().patch_schema();
  schemas["ActionList"] = schema::list_of("Action");
  schemas["ActionPage"] = schema::page_of("Action");
  const json text_or_null = schema::nullable("string");
  const json int_or_null = schema::nullable("integer");
  schemas["ActionUpdate"] = schema::object({{"id", schema::type("integer")},
                                            {"action_id", schema::type("integer")},
                                            {"at", schema::type("string")},
                                            {"by", schema::type("string")},
                                            {"status_from", text_or_null},
                                            {"status_to", text_or_null},
                                            {"progress_from", int_or_null},
                                            {"progress_to", int_or_null},
                                            {"note", schema::type("string")}},
                                           {"id", "action_id", "at", "by", "status_from",
                                            "status_to", "progress_from", "progress_to", "note"});
  schemas["ActionUpdateInput"] = schema::object(
      {{"status", schema::described(text_or_null,
                                    "the next status: proposed → agreed → in_progress ⇄ "
                                    "blocked, in_progress → done; dropped from any")},
       {"progress", schema::described(int_or_null, "0–100")},
       {"note", schema::type("string")},
       {"dropped_reason", schema::described(schema::type("string"), "needed to drop")}},
      {});
  schemas["ActionUpdateList"] = schema::list_of("ActionUpdate");
  schemas["ActionSettings"] = schema::object(
      {{"programme_id", schema::described({{"type", "integer"}, {"readOnly", true}},
                                          "the programme they are of (?programme_id chooses it)")},
       {"stalled_after_days",
        schema::described({{"type", "integer"}, {"minimum", 1}, {"maximum", 365}},
                          "an open action without an update for this many days is stalled")},
       {"version", schema::type("integer")}},
      {"stalled_after_days", "version"});
  schemas["CalendarFeed"] = schema::object(
      {{"path", schema::described(schema::type("string"),
                                  "the feed's address on this server, with its secret: shown "
                                  "once")}},
      {"path"});
  schemas["ActionMailInput"] = action_mail_fields().input_schema();
  schemas["ActionMail"] = action_mail_fields().complete_schema();
  schemas["UnsubscribeInput"] = unsubscribe_fields().input_schema();
  schemas["Unsubscribed"] = schema::complete(
      {{"subscribed", schema::described(schema::type("boolean"), "always false")}});
  schemas["ActionPromotion"] = schema::object(
      {{"plan_id", schema::described(int_or_null,
                                     "the plan to add it to; none: the event's plan (made when "
                                     "missing)")}},
      {});
  return schemas;
}

}  // namespace samla::actions
