#include "initiatives/wire.h"

#include "core/json_schema.h"
#include "core/wire.h"
#include "programme/wire.h"

namespace samla::initiatives {
namespace {

using nlohmann::json;

// A score from 1 to 5 (a rating) or a weight from 0 to 10.
template <typename T>
wire::Field<T> bounded(const char* name, int T::*member, int low, int high) {
  return wire::integer(name, member).with_schema({{"minimum", low}, {"maximum", high}}).needed();
}

const wire::Fields<Rating>& rating_fields() {
  static const wire::Fields<Rating> fields{
      wire::id("user_id", &Rating::user_id).always(),
      wire::text("rater_name", &Rating::rater_name).answer().always(),
      bounded("impact", &Rating::impact, 1, 5).describe("how much it would change, 1–5"),
      bounded("feasibility", &Rating::feasibility, 1, 5).describe("how doable it is, 1–5"),
      bounded("urgency", &Rating::urgency, 1, 5).describe("how soon it is needed, 1–5"),
      bounded("fit", &Rating::fit, 1, 5).describe("how well it serves the goals, 1–5"),
      wire::text("note", &Rating::note).always(),
      wire::text("rated_at", &Rating::rated_at).answer().always()};
  return fields;
}

const wire::Fields<Weights>& weight_fields() {
  static const wire::Fields<Weights> fields{
      wire::id("programme_id", &Weights::programme_id).always(),
      bounded("impact", &Weights::impact, 0, 10),
      bounded("feasibility", &Weights::feasibility, 0, 10),
      bounded("urgency", &Weights::urgency, 0, 10),
      bounded("fit", &Weights::fit, 0, 10),
      wire::optional_text("updated_at", &Weights::updated_at).answer().always(),
      wire::optional_text("updated_by", &Weights::updated_by).answer().always(),
      wire::id("version", &Weights::version).describe("0 until first changed").always()};
  return fields;
}

json score_json(const Score& s) {
  json criteria = json::array();
  for (const auto& c : s.criteria)
    criteria.push_back({{"criterion", c.criterion},
                        {"mean", c.mean},
                        {"lowest", c.lowest},
                        {"highest", c.highest},
                        {"spread", c.spread}});
  return {{"raters", s.raters},
          {"weighted", s.weighted ? json(*s.weighted) : json(nullptr)},
          {"criteria", criteria}};
}

json score_schema() {
  json criterion = schema::complete({{"criterion", schema::enum_of(criteria())},
                                     {"mean", schema::type("number")},
                                     {"lowest", schema::type("number")},
                                     {"highest", schema::type("number")},
                                     {"spread", schema::described(schema::type("number"),
                                                                  "the scores' standard "
                                                                  "deviation: how far apart "
                                                                  "the raters are")}});
  json out = schema::complete({{"raters", schema::type("integer")},
                               {"weighted", schema::nullable("number")},
                               {"criteria", schema::array_of(criterion)}});
  out["readOnly"] = true;
  return out;
}

const wire::Fields<Initiative>& initiative_fields() {
  static const wire::Fields<Initiative> fields{
      wire::id("id", &Initiative::id).always(),
      programme::programme_field(&Initiative::programme_id),
      wire::text("title", &Initiative::title).needed(),
      wire::text("description", &Initiative::description).always(),
      wire::optional_id("workstream_id", &Initiative::workstream_id)
          .describe("one of its programme's workstreams")
          .always(),
      wire::joined_text("workstream_name", &Initiative::workstream_name).always(),
      wire::text_list("themes", &Initiative::themes).describe("theme slugs").always(),
      wire::optional_id("proposer_person_id", &Initiative::proposer_person_id).always(),
      wire::joined_text("proposer_name", &Initiative::proposer_name).always(),
      wire::text("proposed_by", &Initiative::proposed_by)
          .describe("who proposed it, in words, when they are not in the register")
          .always(),
      wire::optional_id("source_event_id", &Initiative::source_event_id)
          .describe("the workshop it was proposed in")
          .always(),
      wire::optional_id("source_outcome_id", &Initiative::source_outcome_id).always(),
      wire::text("status", &Initiative::status)
          .one_of(statuses())
          .describe("changed with POST /api/v1/initiatives/{id}/transitions")
          .answer()
          .always(),
      wire::optional_text("status_reason", &Initiative::status_reason).answer().always(),
      wire::optional_id("action_plan_id", &Initiative::action_plan_id)
          .describe("the action plan it became (POST …/action-plan makes it)")
          .answer()
          .always(),
      wire::optional_id("group_id", &Initiative::group_id)
          .describe("the follow-up group that carries it")
          .always(),
      wire::custom<Initiative>(
          "score", score_schema(), [](const Initiative& i) { return score_json(i.score); }, nullptr)
          .describe("the raters' scores: per criterion and weighted by the programme's weights")
          .answer()
          .always(),
      wire::optional_object("my_rating", &Initiative::my_rating, rating_fields())
          .describe("the caller's own rating, if any")
          .answer()
          .always(),
      wire::text("created_by", &Initiative::created_by).answer().always(),
      wire::text("created_at", &Initiative::created_at).answer().always(),
      wire::text("updated_at", &Initiative::updated_at).answer().always(),
      wire::id("version", &Initiative::version).always()};
  return fields;
}

}  // namespace

json to_json(const Initiative& i) {
  return initiative_fields().write(i);
}

Result<Initiative> initiative_from_json(const json& j) {
  return initiative_fields().read(j);
}

json to_json(const Rating& r) {
  return rating_fields().write(r);
}

Result<Rating> rating_from_json(const json& j) {
  return rating_fields().read(j);
}

json to_json(const Weights& w) {
  return weight_fields().write(w);
}

Result<Weights> weights_from_json(const json& j) {
  return weight_fields().read(j);
}

json openapi_schemas() {
  json schemas;
  schemas["Initiative"] = initiative_fields().schema();
  schemas["InitiativeInput"] = initiative_fields().input_schema();
  schemas["InitiativePatch"] = initiative_fields().patch_schema();
  schemas["InitiativeList"] = schema::list_of("Initiative");
  schemas["Rating"] = rating_fields().schema();
  schemas["RatingInput"] = rating_fields().input_schema();
  schemas["RatingList"] = schema::list_of("Rating");
  schemas["InitiativeWeights"] = weight_fields().schema();
  schemas["InitiativeWeightsInput"] = weight_fields().input_schema();
  schemas["InitiativeTransition"] = schema::object(
      {{"to", schema::enum_of(statuses())},
       {"reason",
        schema::described({{"type", "string"}, {"maxLength", 2000}}, "why; needed to decline")}},
      {"to"});
  schemas["InitiativeFromOutcome"] =
      schema::object({{"outcome_id", schema::integer(1, 1000000000)}}, {"outcome_id"});
  return schemas;
}

}  // namespace samla::initiatives
