#include "programme/wire.h"

#include "core/json_schema.h"
#include "core/wire.h"
#include "programme/criteria.h"

namespace samla::programme {
namespace {

using nlohmann::json;

json date_format() {
  return {{"format", "date"}};
}

const wire::Fields<Goal>& goal_fields() {
  static const wire::Fields<Goal> fields{
      wire::kept_id("id", &Goal::id)
          .describe("send it back to keep the goal's id; new ones get one")
          .always(),
      wire::text("text", &Goal::text).needed(),
      wire::text("indicator", &Goal::indicator).describe("how progress is measured").always(),
      wire::text("target", &Goal::target).describe("the value aimed at, in words").always()};
  return fields;
}

const wire::Fields<Workstream>& workstream_fields() {
  static const wire::Fields<Workstream> fields{
      wire::kept_id("id", &Workstream::id)
          .describe("send it back to keep the workstream's id; new ones get one")
          .always(),
      wire::text("name", &Workstream::name).needed(),
      wire::text("description", &Workstream::description).always()};
  return fields;
}

const wire::Fields<Membership>& membership_fields() {
  static const wire::Fields<Membership> fields{
      wire::custom<Membership>(
          "organisation_id", {{"type", "integer"}, {"minimum", 1}},
          [](const Membership& m) { return json(m.organisation_id); },
          [](const json& value, Membership& m, std::vector<FieldError>& errors) {
            if (value.is_number_integer() && value.get<std::int64_t>() >= 1)
              m.organisation_id = value.get<std::int64_t>();
            else
              errors.emplace_back("organisation_id", Msg::must_be_positive_id);
          })
          .needed(),
      wire::joined_text("name", &Membership::name).always(),
      wire::text("status", &Membership::status).one_of(membership_statuses()).always(),
      wire::optional_text("since", &Membership::since).with_schema(date_format()).always()};
  return fields;
}

const wire::Fields<Programme>& programme_fields() {
  static const wire::Fields<Programme> fields{
      wire::id("id", &Programme::id).always(),
      wire::text("name", &Programme::name).needed(),
      wire::text("purpose", &Programme::purpose).always(),
      wire::optional_id("owner_organisation_id", &Programme::owner_organisation_id)
          .describe("the organisation that owns the programme")
          .always(),
      wire::joined_text("owner_name", &Programme::owner_name).always(),
      wire::optional_id("country_group_id", &Programme::country_group_id)
          .describe("the member-state group whose coverage the gates check")
          .always(),
      wire::boolean("is_default", &Programme::is_default)
          .describe("the programme of every record made without naming one")
          .answer()
          .always(),
      wire::optional_text("template_key", &Programme::template_key)
          .describe("on creation: the template its phases come from (GET /api/v1/programme-"
                    "templates); kept as a note of where they came from")
          .always(),
      wire::objects("goals", &Programme::goals, goal_fields()).always(),
      wire::objects("workstreams", &Programme::workstreams, workstream_fields()).always(),
      wire::objects("members", &Programme::members, membership_fields())
          .describe("member organisations with their membership status")
          .always(),
      wire::text("created_by", &Programme::created_by).answer().always(),
      wire::text("created_at", &Programme::created_at).answer().always(),
      wire::text("updated_at", &Programme::updated_at).answer().always(),
      wire::id("version", &Programme::version).always()};
  return fields;
}

const wire::Fields<Milestone>& milestone_fields() {
  static const wire::Fields<Milestone> fields{
      wire::kept_id("id", &Milestone::id)
          .describe("send it back to keep the milestone's id; new ones get one")
          .always(),
      wire::text("title", &Milestone::title).needed(),
      wire::optional_text("due_date", &Milestone::due_date).with_schema(date_format()).always(),
      wire::boolean("done", &Milestone::done).always()};
  return fields;
}

json optional_bool(const std::optional<bool>& value) {
  return value ? json(*value) : json(nullptr);
}

const wire::Fields<Criterion>& criterion_fields() {
  static const wire::Fields<Criterion> fields{
      wire::kept_id("id", &Criterion::id)
          .describe("send it back to keep the criterion (and its sign-off); new ones get one")
          .always(),
      wire::optional_text("check", &Criterion::check)
          .one_of(check_keys())
          .describe("a check of the data; null: a statement a coordinator signs off")
          .always(),
      wire::optional_text("param", &Criterion::param)
          .describe("the check's parameter: a share in per cent for share_assessed, an event "
                    "type for event_held")
          .always(),
      wire::text("label_en", &Criterion::label_en)
          .describe("the criterion in English (a check's own words when it names one)")
          .always(),
      wire::text("label_sv", &Criterion::label_sv).describe("the criterion in Swedish").always(),
      wire::optional_text("signed_off_by", &Criterion::signed_off_by).answer().always(),
      wire::optional_text("signed_off_at", &Criterion::signed_off_at).answer().always(),
      wire::optional_text("sign_off_note", &Criterion::sign_off_note).answer().always(),
      wire::custom<Criterion>(
          "met", {{"type", json::array({"boolean", "null"})}, {"readOnly", true}},
          [](const Criterion& c) { return optional_bool(c.met); }, nullptr)
          .describe("what the check finds now; null for a statement")
          .answer()
          .always(),
      wire::optional_text("finding_en", &Criterion::finding_en).answer().always(),
      wire::optional_text("finding_sv", &Criterion::finding_sv).answer().always()};
  return fields;
}

const wire::Fields<Phase>& phase_fields() {
  static const wire::Fields<Phase> fields{
      wire::id("id", &Phase::id).always(),
      wire::id("programme_id", &Phase::programme_id).always(),
      wire::integer("position", &Phase::position)
          .describe("1 for the first phase; change the order with POST …/phases/order")
          .answer()
          .always(),
      wire::text("key", &Phase::key)
          .pattern("^[a-z][a-z0-9_]{0,39}$")
          .describe("a short name that stays when the phase is renamed")
          .needed(),
      wire::text("name_en", &Phase::name_en).needed(),
      wire::text("name_sv", &Phase::name_sv).needed(),
      wire::optional_text("planned_start", &Phase::planned_start)
          .with_schema(date_format())
          .always(),
      wire::optional_text("planned_end", &Phase::planned_end).with_schema(date_format()).always(),
      wire::optional_text("actual_start", &Phase::actual_start).with_schema(date_format()).always(),
      wire::optional_text("actual_end", &Phase::actual_end).with_schema(date_format()).always(),
      wire::objects("milestones", &Phase::milestones, milestone_fields()).always(),
      wire::objects("criteria", &Phase::criteria, criterion_fields())
          .describe("the gate's criteria: checks of the data, and statements to sign off")
          .accepts({{"type", "array"}, {"items", criterion_fields().input_schema()}})
          .with_schema({{"items", schema::ref("Criterion")}})
          .always(),
      wire::text("gate_status", &Phase::gate_status)
          .one_of(gate_statuses())
          .describe("changed with POST …/phases/{phase_id}/gate")
          .answer()
          .always(),
      wire::optional_text("gate_passed_at", &Phase::gate_passed_at).answer().always(),
      wire::optional_text("gate_passed_by", &Phase::gate_passed_by).answer().always(),
      wire::optional_text("gate_note", &Phase::gate_note).answer().always(),
      wire::boolean("gate_ready", &Phase::gate_ready)
          .describe("every criterion is met or signed off")
          .answer()
          .always(),
      wire::text("updated_at", &Phase::updated_at).answer().always(),
      wire::id("version", &Phase::version).always()};
  return fields;
}

const wire::Fields<SignOff>& sign_off_fields() {
  static const wire::Fields<SignOff> fields{
      wire::custom<SignOff>(
          "criterion_id", {{"type", "integer"}, {"minimum", 1}},
          [](const SignOff& s) { return json(s.criterion_id); },
          [](const json& value, SignOff& s, std::vector<FieldError>& errors) {
            if (value.is_number_integer() && value.get<std::int64_t>() >= 1)
              s.criterion_id = value.get<std::int64_t>();
            else
              errors.emplace_back("criterion_id", Msg::must_be_positive_id);
          })
          .needed(),
      wire::text("note", &SignOff::note)
          .describe("why the criterion holds, or why the gate may pass without it")
          .needed()};
  return fields;
}

const wire::Fields<Change>& change_fields() {
  static const wire::Fields<Change> fields{
      wire::id("id", &Change::id).describe("the audit entry's id").always(),
      wire::text("at", &Change::at).with_schema({{"format", "date-time"}}).always(),
      wire::text("by", &Change::by).describe("who made the change").always(),
      wire::text("action", &Change::action)
          .describe("create, update, delete, transition, rate, …")
          .always(),
      wire::text("record_type", &Change::record_type)
          .describe("programme, phase, initiative, anchoring, agreement, event, action, "
                    "action_plan, group, report, kickoff_list or resource")
          .always(),
      wire::id("record_id", &Change::record_id).always(),
      wire::text("title", &Change::title)
          .describe("the record's title or name; empty when it has none")
          .always()};
  return fields;
}

json template_schema() {
  json phase = schema::complete({{"key", schema::type("string")},
                                 {"name_en", schema::type("string")},
                                 {"name_sv", schema::type("string")},
                                 {"criteria", schema::array_of(schema::ref("Criterion"))}});
  return schema::complete({{"key", schema::type("string")},
                           {"name_en", schema::type("string")},
                           {"name_sv", schema::type("string")},
                           {"phases", schema::array_of(phase)}});
}

}  // namespace

json to_json(const Programme& p) {
  return programme_fields().write(p);
}

Result<Programme> programme_from_json(const json& j) {
  return programme_fields().read(j);
}

json to_json(const Change& c) {
  return change_fields().write(c);
}

json to_json(const Phase& p) {
  return phase_fields().write(p);
}

Result<Phase> phase_from_json(const json& j) {
  return phase_fields().read(j);
}

json to_json(const ProgrammeTemplate& t) {
  json phases = json::array();
  for (const auto& p : t.phases) {
    json criteria = json::array();
    auto numbered = p.criteria;  // as a phase made from the template numbers them
    number_new(numbered);
    for (const auto& c : numbered) criteria.push_back(criterion_fields().write(c));
    phases.push_back(
        {{"key", p.key}, {"name_en", p.name_en}, {"name_sv", p.name_sv}, {"criteria", criteria}});
  }
  return {{"key", t.key}, {"name_en", t.name_en}, {"name_sv", t.name_sv}, {"phases", phases}};
}

Result<SignOff> sign_off_from_json(const json& j) {
  return sign_off_fields().read(j);
}

json openapi_schemas() {
  json schemas;
  schemas["Programme"] = programme_fields().schema();
  schemas["ProgrammeInput"] = programme_fields().input_schema();
  schemas["ProgrammePatch"] = programme_fields().patch_schema();
  schemas["ProgrammeList"] = schema::list_of("Programme");
  schemas["Criterion"] = criterion_fields().schema();
  schemas["Phase"] = phase_fields().schema();
  schemas["PhaseInput"] = phase_fields().input_schema();
  schemas["PhasePatch"] = phase_fields().patch_schema();
  schemas["PhaseList"] = schema::list_of("Phase");
  schemas["ProgrammeChange"] = change_fields().schema();
  schemas["ProgrammeChangeList"] = schema::list_of("ProgrammeChange");
  schemas["ProgrammeTemplate"] = template_schema();
  schemas["ProgrammeTemplateList"] = schema::list_of("ProgrammeTemplate");
  schemas["SignOff"] = sign_off_fields().input_schema();
  schemas["PhaseOrder"] =
      schema::object({{"ids", schema::array_of(schema::integer(1, 1000000000))}}, {"ids"});
  schemas["GateTransition"] = schema::object(
      {{"to", schema::enum_of(gate_statuses())},
       {"note", schema::described({{"type", "string"}, {"maxLength", 2000}},
                                  "why the gate passes now, or why it opens again")}},
      {"to"});
  schemas["PhasesFromTemplate"] =
      schema::object({{"template_key", schema::type("string")}}, {"template_key"});
  return schemas;
}

}  // namespace samla::programme
