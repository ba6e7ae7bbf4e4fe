#include "analysis/wire.h"
#include "analysis/wire_internal.h"

#include <algorithm>

#include "analysis/phrases.h"
#include "core/json_schema.h"
#include "core/wire.h"
#include "privacy/redaction.h"
#include "register/model.h"

namespace samla::analysis {
namespace {

using nlohmann::json;
using wire_detail::label_of;
using wire_detail::optional_text;

json scores_json(const Scores& s) {
  return {{"influence", one_decimal(s.influence)},
          {"interest", one_decimal(s.interest)},
          {"attitude", one_decimal(s.attitude)},
          {"legitimacy", one_decimal(s.legitimacy)},
          {"urgency", one_decimal(s.urgency)}};
}

json position_json(const Position& p) {
  return {{"as_of", p.as_of},
          {"influence", one_decimal(p.influence)},
          {"interest", one_decimal(p.interest)}};
}

const std::vector<std::string> kSubjectKinds{"person", "organisation"};

// Whom an assessment is about: "person" or "organisation", and its id.
std::vector<wire::Field<Assessment>> subject_fields() {
  return {wire::custom<Assessment>(
              "subject_type", schema::enum_of(kSubjectKinds),
              [](const Assessment& a) { return json(kind_name(a.subject.kind)); },
              [](const json& v, Assessment& a, std::vector<FieldError>& errors) {
                if (v == "person" || v == "organisation")
                  a.subject.kind =
                      v == "person" ? Subject::Kind::person : Subject::Kind::organisation;
                else
                  errors.emplace_back("subject_type", Msg::must_be_values,
                                      MessageParams{{"values", "\"person\"\n\"organisation\""}});
              })
              .needed(),
          wire::custom<Assessment>(
              "subject_id", {{"type", "integer"}, {"minimum", 1}},
              [](const Assessment& a) { return json(a.subject.id); },
              [](const json& v, Assessment& a, std::vector<FieldError>& errors) {
                if (!v.is_number_integer() || v.get<std::int64_t>() < 1)
                  errors.emplace_back("subject_id", Msg::must_be_stakeholder_id);
                else
                  a.subject.id = v.get<std::int64_t>();
              })
              .needed()};
}

// Theme slug → relevance 0–3 (the range is the rules'; the reader keeps what fits an int).
wire::Field<Assessment> relevance_field() {
  return wire::custom<Assessment>(
      "relevance",
      {{"type", "object"},
       {"additionalProperties", schema::integer(0, 3)},
       {"description", "theme slug → relevance 0–3"}},
      [](const Assessment& a) { return json(a.relevance); },
      [](const json& v, Assessment& a, std::vector<FieldError>& errors) {
        if (v.is_null()) return;
        if (!v.is_object()) {
          errors.emplace_back("relevance", Msg::must_be_theme_scores);
          return;
        }
        for (const auto& [slug, value] : v.items())
          if (!value.is_number_integer() || value.get<std::int64_t>() < -1000 ||
              value.get<std::int64_t>() > 1000)
            errors.emplace_back("relevance." + slug, Msg::whole_number_range,
                                MessageParams{{"min", "0"}, {"max", "3"}});
          else
            a.relevance[slug] = value.get<int>();
      });
}

// One of the five scores, 1–5 (attitude −2 … +2): needed, and range-checked by the rules.
wire::Field<Assessment> score(const char* name, int Assessment::*member, int min, int max) {
  return wire::integer(name, member).with_schema({{"minimum", min}, {"maximum", max}}).needed();
}

const wire::Fields<Assessment>& assessment_fields() {
  static const wire::Fields<Assessment> fields{
      wire::id("id", &Assessment::id).always(),
      subject_fields(),
      wire::id("assessor_id", &Assessment::assessor_id).always(),
      wire::text("assessor_name", &Assessment::assessor_name).answer().always(),
      wire::text("assessed_on", &Assessment::assessed_on).with_schema(schema::date()).always(),
      score("influence", &Assessment::influence, 1, 5),
      score("interest", &Assessment::interest, 1, 5),
      score("attitude", &Assessment::attitude, -2, 2).describe("-2 opposed … +2 champion"),
      score("legitimacy", &Assessment::legitimacy, 1, 5),
      score("urgency", &Assessment::urgency, 1, 5),
      relevance_field().always(),
      wire::text("rationale", &Assessment::rationale)
          .describe("at most 4,000 bytes of UTF-8")
          .always(),
      wire::boolean("rationale_special", &Assessment::rationale_special)
          .describe("the rationale holds health details: only those who see lived experience "
                    "read it"),
      wire::text("created_at", &Assessment::created_at)
          .with_schema({{"format", "date-time"}})
          .answer()
          .always()};
  return fields;
}

}  // namespace

std::optional<Quadrant> parse_quadrant(std::string_view text) {
  for (Quadrant q : {Quadrant::key_player, Quadrant::keep_satisfied, Quadrant::keep_informed,
                     Quadrant::minimal_effort})
    if (quadrant_name(q) == text) return q;
  return std::nullopt;
}

void redact_assessment(Assessment& a, const privacy::Viewer& viewer) {
  bool hidden = false;
  privacy::redact_free_text(a.rationale, hidden, viewer, a.rationale_special);
  if (!viewer.sees_special_category()) a.rationale_special = false;
}

json to_json(const Assessment& a) {
  return assessment_fields().write(a);
}

Result<Assessment> assessment_from_json(const json& j) {
  return assessment_fields().read(j);
}

void add_assessment_schemas(json& schemas) {
  schemas["Assessment"] = assessment_fields().schema();
  schemas["AssessmentInput"] = assessment_fields().input_schema();
  schemas["AssessmentBatch"] = {
      {"type", "object"},
      {"required", {"items"}},
      {"properties",
       {{"items",
         {{"type", "array"},
          {"minItems", 1},
          {"maxItems", 500},
          {"items", {{"$ref", "#/components/schemas/AssessmentInput"}}}}}}}};
  schemas["AssessmentBatchResult"] = {
      {"type", "object"},
      {"required", {"items"}},
      {"properties",
       {{"items", {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/Assessment"}}}}}}}};
}

json to_json(const StakeholderView& v, const privacy::Viewer& viewer, double high_priority) {
  json movements = json::array();
  for (const auto& m : v.movements)
    movements.push_back({{"from", position_json(m.from)},
                         {"to", position_json(m.to)},
                         {"influence_change", one_decimal(m.influence_change)},
                         {"interest_change", one_decimal(m.interest_change)},
                         {"quadrant_changed", m.quadrant_changed},
                         {"from_quadrant", quadrant_name(m.from_quadrant)},
                         {"to_quadrant", quadrant_name(m.to_quadrant)}});
  json positions = json::array();
  for (const auto& p : v.positions) positions.push_back(position_json(p));
  return {{"subject_type", kind_name(v.subject.kind)},
          {"subject_id", v.subject.id},
          {"name", v.profile.name},
          {"organisation_name", optional_text(v.profile.organisation_name)},
          {"country", optional_text(v.profile.country)},
          {"sector", optional_text(v.profile.sector)},
          {"perspectives", privacy::visible_perspectives(v.profile.perspectives, viewer)},
          {"assessors", v.consensus.assessors},
          {"straddles_threshold", v.straddles},
          {"mean", scores_json(v.consensus.mean)},
          {"range", scores_json(v.consensus.range)},
          {"relevance", one_decimal(v.relevance)},
          {"last_assessed_on", v.last_assessed_on},
          {"quadrant", quadrant_name(v.quadrant)},
          {"salience", salience_name(v.salience)},
          {"strategy", strategy_name(v.strategy)},
          {"priority", one_decimal(v.priority)},
          {"high_priority", is_high_priority(v.priority, high_priority)},
          {"positions", positions},
          {"movements", movements}};
}

json to_json(const CoverageGap& gap, const RowLabels& labels, Language language) {
  return {{"dimension", gap.dimension},
          {"row", gap.row},
          {"column", gap.column},
          {"kind", gap.kind == GapKind::none_mapped ? "none_mapped" : "none_high_priority"},
          {"mapped", gap.mapped},
          {"message", gap_sentence(gap.dimension, gap.column, label_of(labels, gap.row),
                                   gap.kind == GapKind::none_mapped ? 0 : gap.mapped, language)}};
}

json to_json(const Coverage& c, const RowLabels& labels, Language language) {
  json rows = json::array();
  for (const auto& r : c.rows) rows.push_back({{"key", r.key}, {"label", r.label}});
  auto matrix = [&](const CoverageMatrix& m) {
    json columns = json::array();
    for (const auto& key : m.columns)
      columns.push_back({{"key", key},
                         {"label", m.dimension == "sector" ? sector_label(key, language)
                                                           : perspective_label(key, language)}});
    json cells = json::array();
    for (const auto& row : m.cells) {
      json line = json::array();
      for (const auto& cell : row)
        line.push_back({{"mapped", cell.mapped}, {"high_priority", cell.high_priority}});
      cells.push_back(line);
    }
    return json{{"columns", columns}, {"cells", cells}};
  };
  json gaps = json::array();
  for (const auto& g : c.gaps) gaps.push_back(to_json(g, labels, language));
  std::vector<std::string> hidden;
  for (const auto& p : registry::perspectives())
    if (std::find(c.perspective.columns.begin(), c.perspective.columns.end(), p) ==
        c.perspective.columns.end())
      hidden.push_back(p);
  return {{"rows", rows},
          {"perspective", matrix(c.perspective)},
          {"sector", matrix(c.sector)},
          {"gaps", gaps},
          {"hidden_columns", hidden}};
}

}  // namespace samla::analysis
