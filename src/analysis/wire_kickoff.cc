// The kickoff lists on the wire (declared in wire.h).
#include <algorithm>
#include <cmath>

#include "analysis/phrases.h"
#include "analysis/settings.h"
#include "analysis/wire.h"
#include "analysis/wire_internal.h"
#include "register/model.h"

namespace samla::analysis {
namespace {

using nlohmann::json;
using wire_detail::label_of;
using wire_detail::optional_text;

bool hidden_gap(const CoverageGap& gap, bool special) {
  return !special && gap.dimension == "perspective" && gap.column == registry::kLivedExperience;
}

std::string priority_text(double priority, Language language) {
  std::string text = std::to_string(std::lround(one_decimal(priority) * 10));
  text.insert(text.size() - 1, language == Language::sv ? "," : ".");
  if (text.size() == 2) text.insert(0, "0");
  return text;
}

}  // namespace

bool closes_special_gap(const KickoffEntry& e) {
  return e.reason == "closes_gap" && e.gap && e.gap->dimension == "perspective" &&
         e.gap->column == registry::kLivedExperience;
}

void redact_kickoff(KickoffList& list, const privacy::Viewer& viewer) {
  // A gap in a country row that exists only because of lived experience names that country
  // as one where someone has it: its closers are hidden too.
  const auto& special_rows = list.special_only_rows;
  auto in_special_row = [&](const KickoffEntry& e) {
    return e.reason == "closes_gap" && e.gap &&
           std::find(special_rows.begin(), special_rows.end(), e.gap->row) != special_rows.end();
  };
  if (!viewer.sees_special_category())
    std::erase_if(list.entries, [&](const KickoffEntry& e) {
      return closes_special_gap(e) || in_special_row(e);
    });
  if (!viewer.sees_free_text())
    for (auto& e : list.entries) {
      e.note.clear();
      e.removed_reason.clear();
    }
}

json parameters_to_json(const KickoffParameters& p) {
  json quadrants = json::array();
  for (Quadrant q : p.include_quadrants) quadrants.push_back(quadrant_name(q));
  return {{"theme", optional_text(p.theme)},     {"country_group", optional_text(p.country_group)},
          {"country", optional_text(p.country)}, {"include_quadrants", quadrants},
          {"close_gaps", p.close_gaps},          {"settings", to_json(p.settings)}};
}

Result<KickoffParameters> parameters_from_json(const json& j) {
  if (!j.is_object()) return hidden_error(ErrorCode::internal, "A stored kickoff list is damaged.");
  KickoffParameters p;
  if (j.value("theme", json(nullptr)).is_string()) p.theme = j.at("theme").get<std::string>();
  if (j.value("country_group", json(nullptr)).is_string())
    p.country_group = j.at("country_group").get<std::string>();
  if (j.value("country", json(nullptr)).is_string()) p.country = j.at("country").get<std::string>();
  p.include_quadrants.clear();
  for (const auto& q : j.value("include_quadrants", json::array()))
    if (auto parsed = q.is_string() ? parse_quadrant(q.get<std::string>()) : std::nullopt)
      p.include_quadrants.push_back(*parsed);
  p.close_gaps = j.value("close_gaps", true);
  SAMLA_ASSIGN(p.settings, settings_from_json(j.value("settings", json::object()), Settings{}));
  const json& settings = j.value("settings", json::object());
  p.settings.version = settings.value("version", std::int64_t{0});
  if (settings.value("updated_at", json(nullptr)).is_string())
    p.settings.updated_at = settings.at("updated_at").get<std::string>();
  if (settings.value("updated_by", json(nullptr)).is_string())
    p.settings.updated_by = settings.at("updated_by").get<std::string>();
  return p;
}

json gaps_to_json(const std::vector<CoverageGap>& gaps) {
  json out = json::array();
  for (const auto& g : gaps)
    out.push_back({{"dimension", g.dimension},
                   {"row", g.row},
                   {"column", g.column},
                   {"kind", g.kind == GapKind::none_mapped ? "none_mapped" : "none_high_priority"},
                   {"mapped", g.mapped}});
  return out;
}

std::vector<CoverageGap> gaps_from_json(const json& j) {
  std::vector<CoverageGap> out;
  if (!j.is_array()) return out;
  for (const auto& g : j)
    out.push_back(
        {g.value("dimension", ""), g.value("row", ""), g.value("column", ""),
         g.value("kind", "") == "none_mapped" ? GapKind::none_mapped : GapKind::none_high_priority,
         g.value("mapped", 0)});
  return out;
}

Result<KickoffRequest> kickoff_request_from_json(const json& j) {
  if (!j.is_object()) return invalid_field("", Msg::must_be_object);
  KickoffRequest r;
  std::vector<FieldError> errors;
  if (!j.value("title", json(nullptr)).is_string() ||
      j.at("title").get<std::string>().find_first_not_of(" \t\r\n") == std::string::npos)
    errors.emplace_back("title", Msg::required);
  else if (j.at("title").get<std::string>().size() > 200)
    errors.emplace_back("title", Msg::max_bytes, MessageParams{{"max", "200"}});
  else
    r.title = j.at("title").get<std::string>();
  if (const json v = j.value("programme_id", json(nullptr)); !v.is_null()) {
    if (!v.is_number_integer() || v.get<std::int64_t>() < 1)
      errors.emplace_back("programme_id", Msg::must_be_id_or_null);
    else
      r.programme_id = v.get<std::int64_t>();
  }
  for (const char* name : {"theme", "country_group"}) {
    const json v = j.value(name, json(nullptr));
    if (v.is_null()) continue;
    if (!v.is_string() || v.get<std::string>().empty()) {
      errors.emplace_back(name, Msg::must_be_slug);
      continue;
    }
    (std::string(name) == "theme" ? r.parameters.theme : r.parameters.country_group) =
        v.get<std::string>();
  }
  if (const json v = j.value("country", json(nullptr)); !v.is_null()) {
    if (!v.is_string() || v.get<std::string>().empty() || v.get<std::string>().size() > 100)
      errors.emplace_back("country", Msg::must_be_text_or_null);
    else
      r.parameters.country = v.get<std::string>();
  }
  if (j.contains("include_quadrants")) {
    const json& q = j.at("include_quadrants");
    if (!q.is_array()) {
      errors.emplace_back("include_quadrants", Msg::must_be_quadrants);
    } else {
      r.parameters.include_quadrants.clear();
      for (const auto& item : q) {
        auto parsed = item.is_string() ? parse_quadrant(item.get<std::string>()) : std::nullopt;
        if (!parsed)
          errors.emplace_back(
              "include_quadrants", Msg::must_hold,
              MessageParams{
                  {"values", "key_player\nkeep_satisfied\nkeep_informed\nminimal_effort"}});
        else
          r.parameters.include_quadrants.push_back(*parsed);
      }
    }
  }
  if (j.contains("close_gaps")) {
    if (!j.at("close_gaps").is_boolean())
      errors.emplace_back("close_gaps", Msg::must_be_boolean);
    else
      r.parameters.close_gaps = j.at("close_gaps").get<bool>();
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return r;
}

std::string reason_text(const KickoffEntry& e, const RowLabels& labels,
                        const privacy::Viewer& viewer) {
  const Language language = viewer.language;
  const bool special = viewer.sees_special_category();
  const bool sv = language == Language::sv;
  if (e.reason == "added")
    return (sv ? "tillagd av " : "added by ") + e.changed_by.value_or("?") +
           (e.note.empty() ? "" : ": " + e.note);
  if (e.reason == "closes_gap" && e.gap) {
    std::string where = label_of(labels, e.gap->row);
    // Without access to special-category data every gap closer reads the same, so the one
    // that closes a lived-experience gap cannot be told apart from the others.
    if (!special) return (sv ? "fyller en lucka i " : "closes a coverage gap in ") + where;
    return (sv ? "fyller luckan: " : "closes the gap: ") +
           gap_phrase(e.gap->dimension, e.gap->column, where, language);
  }
  std::string text = quadrant_label(e.reason, language);
  if (e.priority)
    text += (sv ? ", prioritet " : ", priority ") + priority_text(*e.priority, language);
  return text;
}

json to_json(const KickoffList& list, const RowLabels& labels, const privacy::Viewer& viewer) {
  const Language language = viewer.language;
  const bool special = viewer.sees_special_category();
  json entries = json::array();
  for (const auto& e : list.entries) {
    json gap = nullptr;
    if (e.gap && special)
      gap = {{"dimension", e.gap->dimension}, {"row", e.gap->row}, {"column", e.gap->column}};
    entries.push_back(
        {{"id", e.id},
         {"subject_type", kind_name(e.subject.kind)},
         {"subject_id", e.subject.id},
         {"name", e.profile.name},
         {"organisation_name", optional_text(e.profile.organisation_name)},
         {"country", optional_text(e.profile.country)},
         {"email", optional_text(e.profile.email)},
         {"quadrant", optional_text(e.quadrant)},
         {"priority", e.priority ? json(one_decimal(e.priority.value())) : json(nullptr)},
         {"reason", e.reason},
         {"gap", gap},
         {"reason_text", reason_text(e, labels, viewer)},
         {"note", e.note},
         {"status", e.included ? "included" : "removed"},
         {"removed_reason", e.removed_reason},
         {"changed_by", optional_text(e.changed_by)}});
  }
  json gaps = json::array();
  const auto& rows = list.special_only_rows;
  for (const auto& g : list.open_gaps)
    if (special ||
        (!hidden_gap(g, special) && std::find(rows.begin(), rows.end(), g.row) == rows.end()))
      gaps.push_back(to_json(g, labels, language));
  return {{"id", list.id},
          {"title", list.title},
          {"created_on", list.created_on},
          {"created_at", list.created_at},
          {"created_by", list.created_by},
          {"status", list.status},
          {"status_changed_at", optional_text(list.status_changed_at)},
          {"status_changed_by", optional_text(list.status_changed_by)},
          {"programme_id", list.programme_id ? json(*list.programme_id) : json(nullptr)},
          {"version", list.version},
          {"parameters", parameters_to_json(list.parameters)},
          {"entries", entries},
          {"open_gaps", gaps}};
}

json to_json(const KickoffSummary& s) {
  return {{"id", s.id},
          {"title", s.title},
          {"created_on", s.created_on},
          {"created_by", s.created_by},
          {"status", s.status},
          {"included", s.included},
          {"programme_id", s.programme_id}};
}

}  // namespace samla::analysis
