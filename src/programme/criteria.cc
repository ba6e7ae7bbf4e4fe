#include "programme/criteria.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <set>

#include <fmt/format.h>

namespace samla::programme {
namespace {

using storage::Session;

bool takes_none(const std::optional<std::string>& param) {
  return !param;
}

// A share in whole per cent, 1–100.
bool percent(const std::optional<std::string>& param) {
  if (!param) return false;
  int value = 0;
  auto [end, error] = std::from_chars(param->data(), param->data() + param->size(), value);
  return error == std::errc() && end == param->data() + param->size() && value >= 1 && value <= 100;
}

struct EventTypeName {
  std::string_view type, en, sv;
};
constexpr EventTypeName kEventTypes[] = {
    {"kickoff", "a kickoff", "en kickoff"},
    {"thematic_workshop", "a thematic workshop", "en tematisk workshop"},
    {"policy_dialogue", "a policy dialogue", "en policydialog"},
    {"group_meeting", "a group meeting", "ett gruppmöte"}};

const EventTypeName* event_type(const std::optional<std::string>& param) {
  if (!param) return nullptr;
  for (const auto& t : kEventTypes)
    if (t.type == *param) return &t;
  return nullptr;
}

bool event_type_ok(const std::optional<std::string>& param) {
  return event_type(param) != nullptr;
}

Result<std::int64_t> count(Session& s, const std::string& sql, const storage::Params& params) {
  SAMLA_ASSIGN(auto row, s.query_one(sql, params));
  return row.integer(0);
}

// Names joined for a finding: at most five, then "and N more".
std::string some_of(const std::vector<std::string>& names, bool swedish) {
  std::string out;
  const std::size_t shown = std::min<std::size_t>(names.size(), 5);
  for (std::size_t i = 0; i < shown; ++i) out += (i ? ", " : "") + names[i];
  if (names.size() > shown)
    out += swedish ? fmt::format(" och {} till", names.size() - shown)
                   : fmt::format(" and {} more", names.size() - shown);
  return out;
}

Result<Finding> share_assessed(Session& s, const CheckContext& c) {
  const int needed = std::stoi(*c.param);
  SAMLA_ASSIGN(auto people, count(s, "SELECT COUNT(*) FROM people", {}));
  SAMLA_ASSIGN(auto organisations, count(s, "SELECT COUNT(*) FROM organisations", {}));
  SAMLA_ASSIGN(auto assessed,
               count(s,
                     "SELECT (SELECT COUNT(DISTINCT person_id) FROM assessments WHERE person_id "
                     "IS NOT NULL) + (SELECT COUNT(DISTINCT organisation_id) FROM assessments "
                     "WHERE organisation_id IS NOT NULL)",
                     {}));
  const std::int64_t mapped = people + organisations;
  const double share = mapped == 0 ? 0.0 : 100.0 * static_cast<double>(assessed) / mapped;
  const long shown = std::lround(std::floor(share));
  Finding f;
  f.met = mapped > 0 && assessed * 100 >= needed * mapped;
  f.en = fmt::format("{} of {} mapped stakeholders assessed ({} %); {} % needed", assessed, mapped,
                     shown, needed);
  f.sv = fmt::format("{} av {} kartlagda intressenter bedömda ({} %); {} % behövs", assessed,
                     mapped, shown, needed);
  return f;
}

Result<Finding> kickoff_list_final(Session& s, const CheckContext& c) {
  SAMLA_ASSIGN(auto lists, count(s, "SELECT COUNT(*) FROM kickoff_lists WHERE programme_id = ?",
                                 {c.programme_id}));
  SAMLA_ASSIGN(auto final_lists, count(s,
                                       "SELECT COUNT(*) FROM kickoff_lists WHERE programme_id = "
                                       "? AND status = 'final'",
                                       {c.programme_id}));
  Finding f;
  f.met = final_lists > 0;
  if (f.met) {
    f.en = final_lists == 1 ? "One kickoff list is final"
                            : fmt::format("{} kickoff lists are final", final_lists);
    f.sv = final_lists == 1 ? "En kickofflista är slutgiltig"
                            : fmt::format("{} kickofflistor är slutgiltiga", final_lists);
  } else if (lists == 0) {
    f.en = "The programme has no kickoff list yet";
    f.sv = "Programmet har ingen kickofflista än";
  } else {
    f.en = "No kickoff list is final yet: mark the list final when it is agreed";
    f.sv = "Ingen kickofflista är slutgiltig än: markera listan som slutgiltig när den är klar";
  }
  return f;
}

Result<Finding> validated_lesson_per_theme(Session& s, const CheckContext&) {
  SAMLA_ASSIGN(auto lessons, s.query("SELECT themes FROM lessons WHERE status = 'validated'"));
  std::set<std::string> covered;
  for (const auto& r : lessons) {
    const auto themes = nlohmann::json::parse(r.text(0), nullptr, false);
    if (themes.is_array())
      for (const auto& t : themes)
        if (t.is_string()) covered.insert(t.get<std::string>());
  }
  SAMLA_ASSIGN(auto themes, s.query("SELECT slug, name_en, name_sv FROM themes ORDER BY name_en"));
  std::vector<std::string> missing_en, missing_sv;
  for (const auto& r : themes)
    if (!covered.contains(r.text(0))) {
      missing_en.push_back(r.text(1));
      missing_sv.push_back(r.text(2));
    }
  Finding f;
  f.met = !themes.empty() && missing_en.empty();
  if (themes.empty()) {
    f.en = "The register has no themes yet";
    f.sv = "Registret har inga teman än";
  } else if (f.met) {
    f.en = fmt::format("All {} themes have a validated lesson", themes.size());
    f.sv = fmt::format("Alla {} teman har en validerad lärdom", themes.size());
  } else {
    f.en = fmt::format("{} of {} themes lack a validated lesson: {}", missing_en.size(),
                       themes.size(), some_of(missing_en, false));
    f.sv = fmt::format("{} av {} teman saknar en validerad lärdom: {}", missing_sv.size(),
                       themes.size(), some_of(missing_sv, true));
  }
  return f;
}

Result<Finding> policymaker_per_country(Session& s, const CheckContext& c) {
  Finding f;
  if (!c.country_group_id) {
    f.en = "The programme names no member-state group: choose one in its settings";
    f.sv = "Programmet anger ingen grupp av medlemsländer: välj en i dess inställningar";
    return f;
  }
  SAMLA_ASSIGN(auto rows,
               s.query("SELECT c.name_en, c.name_sv FROM country_group_members m JOIN countries "
                       "c ON c.code = m.country WHERE m.group_id = ? AND NOT EXISTS (SELECT 1 "
                       "FROM people p JOIN person_perspectives pp ON pp.person_id = p.id AND "
                       "pp.perspective = 'policymaker' WHERE p.country = m.country) ORDER BY "
                       "c.name_en",
                       {*c.country_group_id}));
  SAMLA_ASSIGN(auto countries, count(s,
                                     "SELECT COUNT(*) FROM country_group_members WHERE group_id "
                                     "= ?",
                                     {*c.country_group_id}));
  std::vector<std::string> missing_en, missing_sv;
  for (const auto& r : rows) {
    missing_en.push_back(r.text(0));
    missing_sv.push_back(r.text(1));
  }
  f.met = countries > 0 && rows.empty();
  if (countries == 0) {
    f.en = "The member-state group has no countries";
    f.sv = "Gruppen av medlemsländer har inga länder";
  } else if (f.met) {
    f.en = fmt::format("All {} countries have a policymaker", countries);
    f.sv = fmt::format("Alla {} länder har en beslutsfattare", countries);
  } else {
    f.en = fmt::format("{} of {} countries lack a policymaker: {}", rows.size(), countries,
                       some_of(missing_en, false));
    f.sv = fmt::format("{} av {} länder saknar en beslutsfattare: {}", rows.size(), countries,
                       some_of(missing_sv, true));
  }
  return f;
}

// Committed: an anchoring record of the programme (or one of its initiatives) at committed or
// formally decided. A contact: one named on such a record, or the organisation's own.
Result<Finding> committed_have_contact(Session& s, const CheckContext& c) {
  SAMLA_ASSIGN(auto committed, count(s,
                                     "SELECT COUNT(DISTINCT organisation_id) FROM anchoring WHERE "
                                     "programme_id = ? AND level IN ('committed', "
                                     "'formally_decided')",
                                     {c.programme_id}));
  SAMLA_ASSIGN(auto rows,
               s.query("SELECT o.name FROM organisations o WHERE o.id IN (SELECT organisation_id "
                       "FROM anchoring WHERE programme_id = ? AND level IN ('committed', "
                       "'formally_decided')) AND o.contact_person_id IS NULL AND NOT EXISTS "
                       "(SELECT 1 FROM anchoring a WHERE a.programme_id = ? AND a.organisation_id "
                       "= o.id AND a.contact_person_id IS NOT NULL) ORDER BY o.name",
                       {c.programme_id, c.programme_id}));
  std::vector<std::string> missing;
  for (const auto& r : rows) missing.push_back(r.text(0));
  Finding f;
  f.met = committed > 0 && missing.empty();
  if (committed == 0) {
    f.en = "No organisation has committed to the programme yet";
    f.sv = "Ingen organisation har åtagit sig något i programmet än";
  } else if (f.met) {
    f.en = fmt::format("All {} committed organisations have a named contact", committed);
    f.sv = fmt::format("Alla {} organisationer med åtaganden har en namngiven kontakt", committed);
  } else {
    f.en = fmt::format("{} of {} committed organisations have no named contact: {}", missing.size(),
                       committed, some_of(missing, false));
    f.sv = fmt::format("{} av {} organisationer med åtaganden saknar namngiven kontakt: {}",
                       missing.size(), committed, some_of(missing, true));
  }
  return f;
}

Result<Finding> event_held(Session& s, const CheckContext& c) {
  const EventTypeName* type = event_type(c.param);
  SAMLA_ASSIGN(auto held, count(s,
                                "SELECT COUNT(*) FROM events WHERE programme_id = ? AND type = ? "
                                "AND status IN ('held', 'reported', 'closed')",
                                {c.programme_id, std::string(type->type)}));
  Finding f;
  f.met = held > 0;
  f.en = held == 0 ? fmt::format("Not yet held: {}", type->en)
                   : fmt::format("Held: {} ({} in all)", type->en, held);
  f.sv = held == 0 ? fmt::format("Inte hållen än: {}", type->sv)
                   : fmt::format("Hållen: {} ({} i allt)", type->sv, held);
  return f;
}

Result<Finding> report_published(Session& s, const CheckContext& c) {
  SAMLA_ASSIGN(auto published, count(s,
                                     "SELECT COUNT(*) FROM reports WHERE programme_id = ? AND "
                                     "status = 'published'",
                                     {c.programme_id}));
  Finding f;
  f.met = published > 0;
  if (!f.met) {
    f.en = "No report is published yet";
    f.sv = "Ingen rapport är publicerad än";
  } else if (published == 1) {
    f.en = "One report is published";
    f.sv = "En rapport är publicerad";
  } else {
    f.en = fmt::format("{} reports are published", published);
    f.sv = fmt::format("{} rapporter är publicerade", published);
  }
  return f;
}

Result<Finding> action_plan_exists(Session& s, const CheckContext& c) {
  SAMLA_ASSIGN(auto plans, count(s, "SELECT COUNT(*) FROM action_plans WHERE programme_id = ?",
                                 {c.programme_id}));
  Finding f;
  f.met = plans > 0;
  f.en = f.met ? fmt::format("The programme has {} action plan{}", plans, plans == 1 ? "" : "s")
               : "The programme has no action plan yet";
  f.sv = f.met ? fmt::format("Programmet har {} handlingsplan{}", plans, plans == 1 ? "" : "er")
               : "Programmet har ingen handlingsplan än";
  return f;
}

const std::vector<GateCheck> kChecks{
    {"share_assessed", "At least {param} % of mapped stakeholders are assessed",
     "Minst {param} % av de kartlagda intressenterna är bedömda", percent, share_assessed},
    {"kickoff_list_final", "The kickoff list is final", "Kickofflistan är slutgiltig", takes_none,
     kickoff_list_final},
    {"validated_lesson_per_theme", "Every theme has a validated lesson",
     "Varje tema har en validerad lärdom", takes_none, validated_lesson_per_theme},
    {"policymaker_per_country", "Every country of the member-state group has a policymaker",
     "Varje land i gruppen av medlemsländer har en beslutsfattare", takes_none,
     policymaker_per_country},
    {"committed_have_contact", "Every committed organisation has a named contact",
     "Varje organisation med åtaganden har en namngiven kontakt", takes_none,
     committed_have_contact},
    {"event_held", "The programme has held {param}", "Programmet har hållit {param}", event_type_ok,
     event_held},
    {"report_published", "A report is published", "En rapport är publicerad", takes_none,
     report_published},
    {"action_plan_exists", "The programme has an action plan", "Programmet har en handlingsplan",
     takes_none, action_plan_exists}};

}  // namespace

const std::vector<GateCheck>& gate_checks() {
  return kChecks;
}

std::vector<std::string> check_keys() {
  std::vector<std::string> out;
  for (const auto& c : kChecks) out.emplace_back(c.key);
  return out;
}

const GateCheck* find_check(std::string_view key) {
  for (const auto& c : kChecks)
    if (c.key == key) return &c;
  return nullptr;
}

std::string check_label(const GateCheck& check, const std::optional<std::string>& param,
                        bool swedish) {
  std::string label(swedish ? check.label_sv : check.label_en);
  const auto at = label.find("{param}");
  if (at == std::string::npos) return label;
  std::string value = param.value_or("");
  if (const EventTypeName* type = event_type(param))
    value = std::string(swedish ? type->sv : type->en);
  return label.replace(at, 7, value);
}

}  // namespace samla::programme
