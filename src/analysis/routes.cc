#include "analysis/routes.h"

#include <charconv>
#include <cstdio>

#include "analysis/phrases.h"
#include "analysis/settings.h"
#include "http/handler_support.h"
#include "http/record_responses.h"
#include "programme/list_filter.h"
#include "register/exporter.h"
#include "register/model.h"
#include "register/table_download.h"

namespace samla::analysis {
namespace {

using namespace http::route_names;

std::optional<std::string> text_param(const Request& r, const char* name) {
  auto value = r.query_param(name);
  if (value && value->empty()) return std::nullopt;
  return value;
}

Result<std::optional<std::int64_t>> id_query(const Request& r, const char* name) {
  auto text = text_param(r, name);
  if (!text) return std::optional<std::int64_t>{};
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc() || end != text->data() + text->size() || value < 1)
    return invalid_field(name, Msg::must_be_positive_whole_number);
  return std::optional<std::int64_t>{value};
}

// The one-off overrides of the saved settings a view request may carry.
struct Override {
  const char* param;
  const char* group;  // "" at the top level
  const char* field;
};
const std::vector<Override>& overrides() {
  static const std::vector<Override> list{
      {"grid_influence", "grid", "influence"},
      {"grid_interest", "grid", "interest"},
      {"salience_power", "salience", "power"},
      {"salience_legitimacy", "salience", "legitimacy"},
      {"salience_urgency", "salience", "urgency"},
      {"weight_influence", "weights", "influence"},
      {"weight_interest", "weights", "interest"},
      {"weight_legitimacy", "weights", "legitimacy"},
      {"weight_urgency", "weights", "urgency"},
      {"weight_relevance", "weights", "relevance"},
      {"weight_support", "weights", "support"},
      {"high_priority", "", "high_priority"},
  };
  return list;
}

// The saved settings with the request's overrides; errors name the query parameter.
Result<Settings> with_overrides(const Request& r, Settings saved) {
  json changes = json::object();
  std::vector<FieldError> errors;
  for (const auto& o : overrides()) {
    auto text = text_param(r, o.param);
    if (!text) continue;
    double value = 0;
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc() || end != text->data() + text->size()) {
      errors.emplace_back(o.param, Msg::must_be_number);
      continue;
    }
    if (*o.group)
      changes[o.group][o.field] = value;
    else
      changes[o.field] = value;
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  auto adjusted = settings_from_json(changes, std::move(saved));
  if (adjusted.ok()) return adjusted;
  Error e = adjusted.error();
  for (auto& f : e.fields)
    for (const auto& o : overrides())
      if (f.field == (*o.group ? std::string(o.group) + "." + o.field : std::string(o.field)))
        f.field = o.param;
  return e;
}

Response record_assessment(AnalysisService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
  SAMLA_ASSIGN_OR_PROBLEM(Assessment input, assessment_from_json(body));
  SAMLA_ASSIGN_OR_PROBLEM(Assessment stored, svc.record_assessment(std::move(input), r.caller()));
  return http::json_response(201, to_json(stored));
}

// {"items": [AssessmentInput, …]}: at most kMaxBatch; each item read as POST /assessments
// reads one, its errors named by index.
constexpr std::size_t kMaxBatch = 500;

Response record_assessments(AnalysisService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
  const json& list = body.contains("items") ? body["items"] : json();
  if (!list.is_array()) return http::problem_response(invalid_field("items", Msg::must_be_list));
  if (list.empty()) return http::problem_response(invalid_field("items", Msg::required));
  if (list.size() > kMaxBatch)
    return http::problem_response(
        invalid_field("items", Msg::at_most_items, {{"max", std::to_string(kMaxBatch)}}));
  std::vector<Assessment> items;
  std::vector<FieldError> errors;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = "items[" + std::to_string(i) + "]";
    if (!list[i].is_object()) {
      errors.emplace_back(at, Msg::must_be_object);
      continue;
    }
    auto item = assessment_from_json(list[i]);
    if (item.ok()) {
      items.push_back(std::move(item).value());
      continue;
    }
    for (const auto& f : item.error().fields)
      errors.emplace_back(at + "." + f.field, f.code, f.params);
  }
  if (!errors.empty()) return http::problem_response(invalid_fields(std::move(errors)));
  SAMLA_ASSIGN_OR_PROBLEM(auto stored, svc.record_assessments(std::move(items), r.caller()));
  json out = json::array();
  for (const auto& a : stored) out.push_back(to_json(a));
  return http::json_response(201, {{"items", std::move(out)}});
}

Response assessment_history(AnalysisService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(auto person, id_query(r, "person"));
  SAMLA_ASSIGN_OR_PROBLEM(auto organisation, id_query(r, "organisation"));
  if (bool(person) == bool(organisation))
    return http::problem_response(invalid_field("person", Msg::person_or_organisation_not_both));
  Subject subject = person ? Subject{Subject::Kind::person, *person}
                           : Subject{Subject::Kind::organisation, *organisation};
  SAMLA_ASSIGN_OR_PROBLEM(auto programme, http::integer_query(r, "programme_id"));
  SAMLA_ASSIGN_OR_PROBLEM(HistoryResult history, svc.history(subject, programme));
  SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc.viewer(r.caller(), r.language));
  json items = json::array();
  for (auto a : history.assessments) {
    redact_assessment(a, viewer);
    items.push_back(to_json(a));
  }
  json view =
      history.view ? to_json(*history.view, viewer, history.settings.high_priority) : json(nullptr);
  return http::json_response(200, {{"items", items}, {"view", view}});
}

Response stakeholder_views(AnalysisService& svc, Request& r) {
  ViewFilter filter{text_param(r, "theme"), text_param(r, "country_group"), text_param(r, "sector"),
                    text_param(r, "perspective")};
  SAMLA_ASSIGN_OR_PROBLEM(filter.programme_id, http::integer_query(r, "programme_id"));
  std::vector<FieldError> errors;
  if (filter.sector && !registry::is_sector(*filter.sector))
    errors.emplace_back("sector", Msg::not_a_sector);
  if (filter.perspective && !registry::is_perspective(*filter.perspective))
    errors.emplace_back("perspective", Msg::not_a_perspective);
  if (!errors.empty()) return http::problem_response(invalid_fields(std::move(errors)));
  SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc.viewer(r.caller(), r.language));
  SAMLA_ASSIGN_OR_PROBLEM(ViewsResult result, svc.views(filter, viewer, [&](Settings saved) {
    return with_overrides(r, std::move(saved));
  }));
  json items = json::array();
  for (const auto& v : result.views)
    items.push_back(to_json(v, viewer, result.settings.high_priority));
  return http::json_response(200, {{"items", items}, {"settings", to_json(result.settings)}});
}

Response put_settings(AnalysisService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(auto programme, http::integer_query(r, "programme_id"));
  SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
  SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
  SAMLA_ASSIGN_OR_PROBLEM(Settings next, settings_from_json(body, Settings{}));
  SAMLA_ASSIGN_OR_PROBLEM(Settings saved,
                          svc.save_settings(programme, std::move(next), version, r.caller()));
  return http::record_answer(200, to_json(saved), saved.version, "", 0);
}

Response coverage(AnalysisService& svc, Request& r) {
  CoverageOptions options{text_param(r, "theme"), text_param(r, "country_group"), std::nullopt,
                          false};
  auto rows = text_param(r, "rows");
  if (rows && *rows != "country" && *rows != "country_group")
    return http::problem_response(
        invalid_field("rows", Msg::must_be_values, {{"values", "country\ncountry_group"}}));
  options.rows_by_group = rows == "country_group";
  SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc.viewer(r.caller(), r.language));
  SAMLA_ASSIGN_OR_PROBLEM(auto programme, http::integer_query(r, "programme_id"));
  SAMLA_ASSIGN_OR_PROBLEM(Coverage c, svc.coverage(options, viewer, programme));
  SAMLA_ASSIGN_OR_PROBLEM(RowLabels labels, svc.row_labels(r.language));
  return http::json_response(200, to_json(c, labels, r.language));
}

Response kickoff_response(AnalysisService& svc, Request& r, Result<KickoffList> list, int status) {
  if (!list.ok()) return http::problem_response(list.error());
  SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc.viewer(r.caller(), r.language));
  redact_kickoff(*list, viewer);
  SAMLA_ASSIGN_OR_PROBLEM(RowLabels labels, svc.row_labels(r.language));
  // Only the list's own creation answers with its Location (not an entry added to it).
  const bool created = r.method == "POST" && r.path == "/api/v1/kickoff-lists";
  return http::record_answer(status, to_json(*list, labels, viewer), list->version,
                             created ? "kickoff-lists" : "", list->id);
}

Response add_entry(AnalysisService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
  SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
  SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
  std::vector<FieldError> errors;
  Subject subject;
  const json type = body.value("subject_type", json(nullptr));
  if (type == "person" || type == "organisation")
    subject.kind = type == "person" ? Subject::Kind::person : Subject::Kind::organisation;
  else
    errors.emplace_back("subject_type", Msg::must_be_values,
                        MessageParams{{"values", "\"person\"\n\"organisation\""}});
  const json subject_id = body.value("subject_id", json(nullptr));
  if (!subject_id.is_number_integer() || subject_id.get<std::int64_t>() < 1)
    errors.emplace_back("subject_id", Msg::must_be_stakeholder_id);
  else
    subject.id = subject_id.get<std::int64_t>();
  const json reason = body.value("reason", json(""));
  if (!reason.is_string()) errors.emplace_back("reason", Msg::must_be_text);
  if (!errors.empty()) return http::problem_response(invalid_fields(std::move(errors)));
  return kickoff_response(
      svc, r, svc.add_kickoff_entry(id, subject, reason.get<std::string>(), version, r.caller()),
      201);
}

Response patch_entry(AnalysisService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
  SAMLA_ASSIGN_OR_PROBLEM(auto entry, http::id_param(r, "entry_id"));
  SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
  SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
  const json status = body.value("status", json(nullptr));
  const json reason = body.value("reason", json(""));
  std::vector<FieldError> errors;
  if (status != "included" && status != "removed")
    errors.emplace_back("status", Msg::must_be_values,
                        MessageParams{{"values", "\"included\"\n\"removed\""}});
  if (!reason.is_string()) errors.emplace_back("reason", Msg::must_be_text);
  if (!errors.empty()) return http::problem_response(invalid_fields(std::move(errors)));
  return kickoff_response(svc, r,
                          svc.set_kickoff_entry(id, entry, status == "included",
                                                reason.get<std::string>(), version, r.caller()),
                          200);
}

Response transition_kickoff(AnalysisService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(auto move, http::read_transition(r));
  return kickoff_response(svc, r,
                          svc.set_kickoff_status(move.id, move.to, move.version, r.caller()), 200);
}

Response export_kickoff(AnalysisService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
  std::string format = text_param(r, "format").value_or("csv");
  if (auto refused = registry::bad_table_format(format)) return std::move(*refused);
  SAMLA_ASSIGN_OR_PROBLEM(KickoffList list, svc.kickoff(id));
  SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc.viewer(r.caller(), r.language));
  redact_kickoff(list, viewer);
  SAMLA_ASSIGN_OR_PROBLEM(RowLabels labels, svc.row_labels(r.language));
  // CSV keeps codes for programs; a workbook is for people: headers and words in the reader's
  // language, the priority a number.
  const bool for_people = format == "xlsx";
  const bool sv = r.language == Language::sv;
  registry::ExportTable table;
  table.header = {"name",   "type",     "organisation", "country", "email",
                  "reason", "priority", "quadrant",     "note"};
  if (for_people) {
    table.header =
        sv ? std::vector<std::string>{"Namn", "Typ",       "Organisation", "Land",      "E-post",
                                      "Skäl", "Prioritet", "Kvadrant",     "Anteckning"}
           : std::vector<std::string>{"Name",   "Type",     "Organisation", "Country", "E-mail",
                                      "Reason", "Priority", "Quadrant",     "Note"};
    table.numeric = {false, false, false, false, false, false, true, false, false};
  }
  // "Person" and "Organisation" are the same words in Swedish and English.
  auto type_word = [&](Subject::Kind kind) -> std::string {
    if (!for_people) return std::string(kind_name(kind));
    return kind == Subject::Kind::person ? "Person" : "Organisation";
  };
  for (const auto& e : list.entries) {
    if (!e.included) continue;
    std::string priority;
    if (e.priority) {
      char text[16];
      std::snprintf(text, sizeof text, "%.1f", *e.priority);
      priority = text;
    }
    std::string quadrant = e.quadrant.value_or("");
    if (for_people && !quadrant.empty()) quadrant = quadrant_label(quadrant, r.language);
    table.rows.push_back({e.profile.name, type_word(e.subject.kind),
                          e.profile.organisation_name.value_or(""), e.profile.country.value_or(""),
                          e.profile.email.value_or(""), reason_text(e, labels, viewer), priority,
                          quadrant, e.note});
  }
  return registry::table_download(table, format, "samla-kickoff-" + std::to_string(id), "kickoff");
}

}  // namespace

std::vector<http::Route> routes(AnalysisService& service) {
  AnalysisService* svc = &service;
  std::vector<http::Route> out;
  auto add = [&](const char* method, const char* path, Action action,
                 Response (*handler)(AnalysisService&, Request&), http::RouteDoc doc) {
    out.push_back({method, path, action, [svc, handler](Request& r) { return handler(*svc, r); },
                   std::move(doc)});
  };
  const std::vector<std::string> view_params = [] {
    std::vector<std::string> p{"theme",       "country_group", "sector",
                               "perspective", "programme_id",  "lang"};
    for (const auto& o : overrides()) p.push_back(o.param);
    return p;
  }();

  add("POST", "/api/v1/assessments", Action::assess_stakeholders, record_assessment,
      {"Record an assessment of a person or organisation (every assessment is kept)",
       "analysis",
       "AssessmentInput",
       "Assessment",
       {},
       201});
  add("POST", "/api/v1/assessments/batch", Action::assess_stakeholders, record_assessments,
      {"Record several assessments at once (the assessment table): all are kept or none; each "
       "item's errors are named by its index, e.g. items[3].influence",
       "analysis",
       "AssessmentBatch",
       "AssessmentBatchResult",
       {},
       201});
  add("GET", "/api/v1/assessments", Action::read_register, assessment_history,
      {"One stakeholder's assessments, newest first, and its current view",
       "analysis",
       std::nullopt,
       "AssessmentHistory",
       {"person", "organisation", "programme_id", "lang"},
       200});
  add("GET", "/api/v1/analysis/stakeholders", Action::read_register, stakeholder_views,
      {"The analysis of every assessed stakeholder (quadrant, salience, strategy, priority, "
       "movement), highest priority first",
       "analysis", std::nullopt, "StakeholderViews", view_params, 200});
  add("GET", "/api/v1/analysis/settings", Action::read_register,
      [](AnalysisService& s, Request& r) {
        SAMLA_ASSIGN_OR_PROBLEM(auto programme, http::integer_query(r, "programme_id"));
        SAMLA_ASSIGN_OR_PROBLEM(Settings saved, s.settings(programme));
        return http::record_answer(200, to_json(saved), saved.version, "", 0);
      },
      {"A programme's analysis settings (?programme_id; the default programme's when not "
       "given); version 0 while it follows the instance's",
       "analysis",
       std::nullopt,
       "AnalysisSettings",
       {"programme_id"},
       200});
  add("PUT", "/api/v1/analysis/settings", Action::assess_stakeholders, put_settings,
      {"Change a programme's analysis settings (?programme_id; If-Match: their ETag, \"0\" "
       "while it follows the instance's)",
       "analysis",
       "AnalysisSettingsInput",
       "AnalysisSettings",
       {"programme_id"},
       200});
  add("GET", "/api/v1/analysis/coverage", Action::read_register, coverage,
      {"Coverage of countries by perspective and sector, with the gaps in words",
       "analysis",
       std::nullopt,
       "Coverage",
       {"theme", "country_group", "rows", "programme_id", "lang"},
       200});
  add("GET", "/api/v1/kickoff-lists", Action::read_register,
      [](AnalysisService& s, Request& r) {
        SAMLA_ASSIGN_OR_PROBLEM(auto viewer, s.viewer(r.caller(), r.language));
        SAMLA_ASSIGN_OR_PROBLEM(auto lists,
                                programme::of_requested_programme(r, s.kickoffs(viewer)));
        json items = json::array();
        for (const auto& l : lists) items.push_back(to_json(l));
        return http::list_answer(std::move(items));
      },
      {"Saved kickoff invitation lists, newest first (?programme_id: one programme's)",
       "analysis",
       std::nullopt,
       "KickoffListPage",
       {"programme_id"},
       200});
  add("POST", "/api/v1/kickoff-lists", Action::assess_stakeholders,
      [](AnalysisService& s, Request& r) {
        SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
        SAMLA_ASSIGN_OR_PROBLEM(KickoffRequest request, kickoff_request_from_json(body));
        return kickoff_response(s, r, s.build_kickoff(std::move(request), r.caller()), 201);
      },
      {"Build a kickoff invitation list from the analysis and save it",
       "analysis",
       "KickoffListInput",
       "KickoffList",
       {"lang"},
       201});
  add("GET", "/api/v1/kickoff-lists/{id}", Action::read_register,
      [](AnalysisService& s, Request& r) {
        SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
        return kickoff_response(s, r, s.kickoff(id), 200);
      },
      {"One kickoff list with its entries and open gaps",
       "analysis",
       std::nullopt,
       "KickoffList",
       {"lang"},
       200});
  add("POST", "/api/v1/kickoff-lists/{id}/entries", Action::assess_stakeholders, add_entry,
      {"Add a stakeholder to a kickoff list, with a reason",
       "analysis",
       "KickoffEntryInput",
       "KickoffList",
       {"lang"},
       201});
  add("PATCH", "/api/v1/kickoff-lists/{id}/entries/{entry_id}", Action::assess_stakeholders,
      patch_entry,
      {"Remove or restore an entry of a kickoff list, with a reason",
       "analysis",
       "KickoffEntryChange",
       "KickoffList",
       {"lang"},
       200});
  add("POST", "/api/v1/kickoff-lists/{id}/transitions", Action::assess_stakeholders,
      transition_kickoff,
      {"Mark a kickoff list final, or open it as a draft again (If-Match: its ETag)",
       "analysis",
       "KickoffListTransition",
       "KickoffList",
       {"lang"},
       200});
  add("GET", "/api/v1/kickoff-lists/{id}/export", Action::export_register, export_kickoff,
      {"The included entries of a kickoff list as CSV or XLSX (a file download)",
       "analysis",
       std::nullopt,
       std::nullopt,
       {"format", "lang"},
       200});
  return out;
}

}  // namespace samla::analysis
