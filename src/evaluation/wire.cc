#include "evaluation/wire.h"

#include "core/json_schema.h"
#include "core/wire.h"

namespace samla::evaluation {
namespace {

using nlohmann::json;

const wire::Fields<Item>& item_fields() {
  static const wire::Fields<Item> fields{
      wire::kept_id("id", &Item::id).describe("stable within the form; leave out for a new item"),
      wire::text("kind", &Item::kind).one_of({"scale", "text"}).needed(),
      wire::text("text_sv", &Item::text_sv)
          .describe("the statement or question in Swedish")
          .needed(),
      wire::text("text_en", &Item::text_en)
          .describe("the statement or question in English")
          .needed()};
  return fields;
}

const wire::Fields<Form>& form_fields() {
  static const wire::Fields<Form> fields{
      wire::id("event_id", &Form::event_id).always(),
      wire::objects("items", &Form::items, item_fields()).needed(),
      wire::boolean("customised", &Form::customised)
          .describe("false: the default instrument, not changed for this event")
          .answer()
          .always(),
      wire::id("answers", &Form::answers)
          .describe("answers so far; the form cannot change once there are any")
          .always(),
      wire::optional_text("updated_at", &Form::updated_at).answer().always(),
      wire::optional_text("updated_by", &Form::updated_by).answer().always(),
      wire::id("version", &Form::version)
          .describe("0 for the default instrument; send it in If-Match")
          .always()};
  return fields;
}

// A rating 1..5 or null.
void read_rating(const json& value, AnswerValue& out, std::vector<FieldError>& errors) {
  if (value.is_null()) return;
  if (!value.is_number_integer())
    errors.emplace_back("rating", Msg::whole_number_range,
                        MessageParams{{"min", "1"}, {"max", "5"}});
  else
    out.rating = value.get<std::int64_t>();
}

const wire::Fields<AnswerValue>& value_fields() {
  static const wire::Fields<AnswerValue> fields{
      wire::kept_id("item_id", &AnswerValue::item_id).needed(),
      wire::custom<AnswerValue>(
          "rating", {{"type", json::array({"integer", "null"})}, {"minimum", 1}, {"maximum", 5}},
          [](const AnswerValue& v) { return v.rating ? json(*v.rating) : json(nullptr); },
          read_rating),
      wire::optional_text("text", &AnswerValue::text)
          .describe("at most 2,000 characters, for a question answered in words")};
  return fields;
}

const wire::Fields<AnswerInput>& answer_fields() {
  static const wire::Fields<AnswerInput> fields{
      wire::text("phase", &AnswerInput::phase).one_of({kBefore, kAfter}).needed(),
      wire::objects("answers", &AnswerInput::answers, value_fields()).needed()};
  return fields;
}

json optional_number(const std::optional<double>& v) {
  return v ? json(*v) : json(nullptr);
}

json summary_json(const Summary& s) {
  return {{"n", s.n},
          {"mean", optional_number(s.mean)},
          {"median", optional_number(s.median)},
          {"distribution", s.distribution}};
}

json shift_json(const PairedShift& p) {
  json out{{"n", p.n},
           {"mean_shift", optional_number(p.mean_shift)},
           {"median_shift", optional_number(p.median_shift)},
           {"improved", p.improved},
           {"unchanged", p.unchanged},
           {"worsened", p.worsened},
           {"wilcoxon", nullptr}};
  if (p.wilcoxon)
    out["wilcoxon"] = {{"n", p.wilcoxon->n},
                       {"w_plus", p.wilcoxon->w_plus},
                       {"w_minus", p.wilcoxon->w_minus},
                       {"statistic", p.wilcoxon->statistic},
                       {"z", p.wilcoxon->z},
                       {"p_value", p.wilcoxon->p_value}};
  return out;
}

json item_results_json(const std::vector<ItemResult>& items, bool with_texts) {
  json out = json::array();
  for (const ItemResult& r : items) {
    json one{{"item", item_fields().write(r.item)},
             {"before", summary_json(r.before)},
             {"after", summary_json(r.after)},
             {"shift", shift_json(r.shift)},
             {"text_count", r.text_count}};
    if (with_texts) one["texts"] = r.texts;
    out.push_back(std::move(one));
  }
  return out;
}

json summary_schema() {
  return schema::complete(
      {{"n", schema::type("integer")},
       {"mean", schema::nullable("number")},
       {"median", schema::nullable("number")},
       {"distribution", schema::described(schema::array_of(schema::type("integer")),
                                          "how many answered 1, 2, 3, 4 and 5")}});
}

json item_result_schema() {
  json wilcoxon = schema::complete({{"n", schema::type("integer")},
                                    {"w_plus", schema::type("number")},
                                    {"w_minus", schema::type("number")},
                                    {"statistic", schema::type("number")},
                                    {"z", schema::type("number")},
                                    {"p_value", schema::type("number")}});
  wilcoxon["type"] = json::array({"object", "null"});
  wilcoxon["description"] =
      "Wilcoxon signed-rank, normal approximation with tie correction, zero differences "
      "dropped, no continuity correction, two-sided; null below 6 pairs or with no difference";
  json shift = schema::complete({{"n", schema::type("integer")},
                                 {"mean_shift", schema::nullable("number")},
                                 {"median_shift", schema::nullable("number")},
                                 {"improved", schema::type("integer")},
                                 {"unchanged", schema::type("integer")},
                                 {"worsened", schema::type("integer")},
                                 {"wilcoxon", wilcoxon}});
  return schema::object(
      {{"item", schema::ref("EvaluationItem")},
       {"before", summary_schema()},
       {"after", summary_schema()},
       {"shift", schema::described(shift, "people who rated the item before and after")},
       {"text_count", schema::type("integer")},
       {"texts", schema::described(schema::array_of(schema::type("string")),
                                   "a question's answers without names; only for those who "
                                   "see free text")}},
      {"item", "before", "after", "shift", "text_count"});
}

}  // namespace

json to_json(const Form& f) {
  return form_fields().write(f);
}

Result<std::vector<Item>> items_from_json(const json& body) {
  SAMLA_ASSIGN(Form form, form_fields().read(body));
  return form.items;
}

Result<AnswerInput> answer_from_json(const json& body) {
  return answer_fields().read(body);
}

json to_json(const ParticipantForm& f) {
  json items = json::array();
  for (const Item& i : f.items) items.push_back(item_fields().write(i));
  return {{"event_id", f.event_id},
          {"event_title", f.event_title},
          {"language", f.language},
          {"open_phase", f.open_phase ? json(*f.open_phase) : json(nullptr)},
          {"answered_before", f.answered_before},
          {"answered_after", f.answered_after},
          {"items", items}};
}

json to_json(const Results& r) {
  json groups = json::array();
  for (const GroupResult& g : r.groups)
    groups.push_back(
        {{"group", g.group}, {"people", g.people}, {"items", item_results_json(g.items, false)}});
  const bool with_texts = std::any_of(r.items.begin(), r.items.end(),
                                      [](const ItemResult& i) { return !i.texts.empty(); });
  return {{"event_id", r.event_id},
          {"invited", r.invited},
          {"answered_before", r.answered_before},
          {"answered_after", r.answered_after},
          {"answered_both", r.answered_both},
          {"items", item_results_json(r.items, with_texts)},
          {"by", r.by ? json(*r.by) : json(nullptr)},
          {"groups", groups},
          {"small_groups", r.small_groups}};
}

json openapi_schemas() {
  json s;
  s["EvaluationItem"] = item_fields().schema();
  s["EvaluationForm"] = form_fields().schema();
  json input =
      schema::object({{"items", schema::array_of(item_fields().input_schema())}}, {"items"});
  input["additionalProperties"] = false;
  s["EvaluationFormInput"] = input;
  s["EvaluationAnswer"] = answer_fields().input_schema();
  s["ParticipantEvaluation"] = schema::complete(
      {{"event_id", schema::type("integer")},
       {"event_title", schema::type("string")},
       {"language", schema::enum_of({"sv", "en"})},
       {"open_phase", schema::described({{"type", json::array({"string", "null"})},
                                         {"enum", {"before", "after", nullptr}}},
                                        "which form may be answered now; null: none")},
       {"answered_before", schema::type("boolean")},
       {"answered_after", schema::type("boolean")},
       {"items", schema::array_of(schema::ref("EvaluationItem"))}});
  s["EvaluationItemResult"] = item_result_schema();
  json group = schema::complete(
      {{"group", schema::described(schema::type("string"), "a country code or a perspective")},
       {"people", schema::type("integer")},
       {"items", schema::array_of(schema::ref("EvaluationItemResult"))}});
  s["EvaluationResults"] = schema::complete(
      {{"event_id", schema::type("integer")},
       {"invited", schema::type("integer")},
       {"answered_before", schema::type("integer")},
       {"answered_after", schema::type("integer")},
       {"answered_both", schema::type("integer")},
       {"items", schema::array_of(schema::ref("EvaluationItemResult"))},
       {"by",
        {{"type", json::array({"string", "null"})}, {"enum", {"country", "perspective", nullptr}}}},
       {"groups", schema::described(schema::array_of(group),
                                    "only groups of at least 5 people, without free text")},
       {"small_groups", schema::described(schema::type("integer"),
                                          "groups withheld for having fewer than 5 people")}});
  s["FollowUpsQueued"] = schema::complete({{"queued", schema::type("integer")}});
  return s;
}

}  // namespace samla::evaluation
