#include "analysis/wire.h"
#include "analysis/wire_internal.h"

#include <algorithm>

#include "analysis/phrases.h"
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

// Reads an integer field into `out`, or notes the error.
void integer_field(const json& j, const char* name, int& out, std::vector<FieldError>& errors) {
  if (!j.contains(name)) {
    errors.emplace_back(name, Msg::required);
    return;
  }
  const json& v = j.at(name);
  if (!v.is_number_integer() || v.get<std::int64_t>() < -1000 || v.get<std::int64_t>() > 1000) {
    errors.emplace_back(name, Msg::must_be_whole_number);
    return;
  }
  out = v.get<int>();
}

}  // namespace

std::optional<Quadrant> parse_quadrant(std::string_view text) {
  for (Quadrant q : {Quadrant::key_player, Quadrant::keep_satisfied, Quadrant::keep_informed,
                     Quadrant::minimal_effort})
    if (quadrant_name(q) == text) return q;
  return std::nullopt;
}

void redact_assessment(Assessment& a, const privacy::Viewer& viewer) {
  if (!viewer.sees_free_text()) a.rationale.clear();
}

json to_json(const Assessment& a) {
  return {{"id", a.id},
          {"subject_type", kind_name(a.subject.kind)},
          {"subject_id", a.subject.id},
          {"assessor_id", a.assessor_id},
          {"assessor_name", a.assessor_name},
          {"assessed_on", a.assessed_on},
          {"influence", a.influence},
          {"interest", a.interest},
          {"attitude", a.attitude},
          {"legitimacy", a.legitimacy},
          {"urgency", a.urgency},
          {"relevance", a.relevance},
          {"rationale", a.rationale},
          {"created_at", a.created_at}};
}

Result<Assessment> assessment_from_json(const json& j) {
  if (!j.is_object()) return invalid_field("", Msg::must_be_object);
  Assessment a;
  std::vector<FieldError> errors;
  const json type = j.value("subject_type", json(nullptr));
  if (type == "person")
    a.subject.kind = Subject::Kind::person;
  else if (type == "organisation")
    a.subject.kind = Subject::Kind::organisation;
  else
    errors.emplace_back("subject_type", Msg::must_be_values,
                        MessageParams{{"values", "\"person\"\n\"organisation\""}});
  const json id = j.value("subject_id", json(nullptr));
  if (!id.is_number_integer() || id.get<std::int64_t>() < 1)
    errors.emplace_back("subject_id", Msg::must_be_stakeholder_id);
  else
    a.subject.id = id.get<std::int64_t>();
  integer_field(j, "influence", a.influence, errors);
  integer_field(j, "interest", a.interest, errors);
  integer_field(j, "attitude", a.attitude, errors);
  integer_field(j, "legitimacy", a.legitimacy, errors);
  integer_field(j, "urgency", a.urgency, errors);
  if (j.contains("assessed_on") && !j.at("assessed_on").is_null()) {
    if (!j.at("assessed_on").is_string())
      errors.emplace_back("assessed_on", Msg::date_format);
    else
      a.assessed_on = j.at("assessed_on").get<std::string>();
  }
  if (j.contains("relevance") && !j.at("relevance").is_null()) {
    if (!j.at("relevance").is_object())
      errors.emplace_back("relevance", Msg::must_be_theme_scores);
    else
      for (const auto& [slug, value] : j.at("relevance").items()) {
        if (!value.is_number_integer() || value.get<std::int64_t>() < -1000 ||
            value.get<std::int64_t>() > 1000)
          errors.emplace_back("relevance." + slug, Msg::whole_number_range,
                              MessageParams{{"min", "0"}, {"max", "3"}});
        else
          a.relevance[slug] = value.get<int>();
      }
  }
  if (j.contains("rationale") && !j.at("rationale").is_null()) {
    if (!j.at("rationale").is_string())
      errors.emplace_back("rationale", Msg::must_be_text);
    else
      a.rationale = j.at("rationale").get<std::string>();
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return a;
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
