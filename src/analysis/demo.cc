#include "analysis/demo.h"

#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "access/audit.h"
#include "analysis/store.h"
#include "core/clock.h"

namespace samla::analysis {
namespace {

using storage::Session;

struct DemoAssessment {
  bool person;      // else an organisation
  const char* key;  // a person's e-mail, or an organisation's name
  int assessor;     // 0 or 1: which demo assessor
  const char* on;
  int influence, interest, attitude, legitimacy, urgency;
  const char* relevance;  // "theme:value|…"
  const char* rationale;
};

// Invented judgements; the organisations are real public bodies, the scores are not theirs.
const std::vector<DemoAssessment>& demo_assessments() {
  static const std::vector<DemoAssessment> rows{
      {false, "Folkhälsomyndigheten", 0, "2026-02-16", 5, 4, 2, 5, 4,
       "mental_health_promotion:3|stigma_reduction:3", "Leads the national initiative."},
      {false, "Folkhälsomyndigheten", 1, "2026-09-07", 5, 5, 2, 5, 4,
       "mental_health_promotion:3|stigma_reduction:2", "Chairs the national working group."},
      {false, "Socialstyrelsen", 0, "2026-02-16", 5, 3, 0, 5, 3, "access_to_services:3",
       "Sets guidelines; interest limited to psychiatry at first."},
      {false, "Socialstyrelsen", 0, "2026-09-07", 5, 4, 1, 5, 4, "access_to_services:3",
       "Has taken on the coordination of the care guidelines."},
      {false, "Sveriges Kommuner och Regioner", 0, "2026-02-16", 4, 4, 1, 5, 3,
       "access_to_services:2|mental_health_promotion:3", "Speaks for every region."},
      {false, "Sveriges Kommuner och Regioner", 1, "2026-09-07", 5, 5, 2, 5, 4,
       "access_to_services:3|mental_health_promotion:3", "Co-funds the regional pilots."},
      {false, "Ekonomistyrningsverket", 0, "2026-02-16", 3, 2, 0, 4, 1, "mental_health_promotion:1",
       "Method support only."},
      {false, "Region Stockholm", 0, "2026-02-16", 4, 3, 0, 4, 3, "access_to_services:3",
       "Large provider; busy with its own reform."},
      {false, "Nordvik Hälsoteknik AB", 1, "2026-09-07", 2, 3, -1, 2, 2, "digital_health:3",
       "Sells a product the programme may evaluate."},
      {false, "Riksförbundet Attention", 0, "2026-02-16", 2, 4, 1, 4, 4, "access_to_services:3",
       "Members wait long for assessments."},
      {false, "European Commission – DG SANTE", 1, "2026-02-16", 5, 3, 0, 5, 2,
       "mental_health_promotion:2", "Funds the joint action."},
      {false, "WHO Regional Office for Europe", 1, "2026-02-16", 4, 4, 2, 5, 2,
       "mental_health_promotion:3|stigma_reduction:2", "Sets the regional framework."},
      {false, "Mental Health Europe", 0, "2026-02-16", 3, 5, 2, 4, 4,
       "stigma_reduction:3|access_to_services:2", "Network of user organisations."},
      {true, "asa.lindqvist@example.se", 0, "2026-02-16", 3, 4, 1, 4, 3,
       "mental_health_promotion:3|stigma_reduction:2", "Convenes the working group."},
      {true, "asa.lindqvist@example.se", 0, "2026-09-07", 4, 5, 2, 4, 4,
       "mental_health_promotion:3|stigma_reduction:3", "Now also leads the kickoff."},
      {true, "maja.tornqvist@example.se", 0, "2026-02-16", 3, 5, 2, 5, 5,
       "stigma_reduction:3|access_to_services:3", "User involvement is her mandate."},
      {true, "maja.tornqvist@example.se", 1, "2026-09-07", 4, 5, 2, 5, 5,
       "stigma_reduction:3|access_to_services:3", "Sits on the steering group since June."},
      {true, "sofia.gronlund@example.se", 1, "2026-09-07", 2, 5, 2, 4, 4,
       "stigma_reduction:3|mental_health_promotion:2", "Runs peer groups."},
      {true, "goran.ekstrom@example.se", 0, "2026-02-16", 5, 2, -1, 5, 2,
       "access_to_services:2|digital_health:1", "Doubts the programme's budget."},
      {true, "elin.nystrom@example.se", 1, "2026-09-07", 4, 4, 1, 4, 3, "access_to_services:3",
       "Runs the psychiatry the pilots touch."},
      {true, "ruta.kazlauskiene@example.org", 1, "2026-02-16", 4, 3, 0, 4, 3,
       "access_to_services:3", "National focal point."},
      {true, "oksana.kovalenko@example.org", 1, "2026-02-16", 4, 5, 2, 4, 5,
       "access_to_services:3|stigma_reduction:2", "Psychosocial support at national scale."},
      {true, "aino.makela@example.org", 0, "2026-02-16", 3, 4, 1, 4, 3,
       "digital_health:3|mental_health_promotion:2", "Leads WP5's evaluation."},
      {true, "tomasz.zielinski@example.org", 1, "2026-09-07", 2, 5, 2, 4, 5, "stigma_reduction:3",
       "Peer expert voice in the joint action."},
      {true, "david.engstrom@example.se", 1, "2026-09-07", 2, 2, 0, 2, 1, "digital_health:2",
       "Product owner; little say in policy."},
      {true, "camille.laurent@example.org", 1, "2026-02-16", 5, 4, 1, 5, 3,
       "mental_health_promotion:3|access_to_services:2", "Follows the joint action for DG SANTE."},
      {true, "olof.strand@example.se", 0, "2026-09-07", 3, 2, -2, 4, 2, "access_to_services:1",
       "Opposes new local commitments."},
  };
  return rows;
}

constexpr const char* kAssessors[] = {"demo: Kerstin Vall", "demo: Leo Marín"};

// The demo assessors' user ids, created disabled and without a usable password (no one
// can sign in as them; they exist so the assessments name an assessor).
Result<std::vector<access::Principal>> demo_assessors(Session& s, const access::Principal& actor) {
  std::vector<access::Principal> out;
  for (const char* name : kAssessors) {
    SAMLA_ASSIGN(auto found, s.query("SELECT id FROM users WHERE name = ?", {std::string(name)}));
    std::int64_t id = 0;
    if (!found.empty()) {
      id = found.front().integer(0);
    } else {
      std::string now = now_iso8601();
      SAMLA_ASSIGN(auto row, s.query_one("INSERT INTO users (name, role, password_hash, disabled, "
                                         "created_at, updated_at) VALUES (?, 'coordinator', '!', "
                                         "1, ?, ?) RETURNING id",
                                         {std::string(name), now, now}));
      id = row.integer(0);
      nlohmann::json after = {{"name", name}, {"role", "coordinator"}, {"disabled", true}};
      SAMLA_TRY(
          access::record_change(s, actor, "create", "user", std::to_string(id), nullptr, &after));
    }
    out.push_back({id, name, access::Role::coordinator, std::nullopt});
  }
  return out;
}

Result<std::optional<Subject>> subject_of(Session& s, const DemoAssessment& d) {
  SAMLA_ASSIGN(auto rows, s.query(d.person ? "SELECT id FROM people WHERE email = ?"
                                           : "SELECT id FROM organisations WHERE name = ?",
                                  {std::string(d.key)}));
  if (rows.empty()) return std::optional<Subject>{};
  return std::optional<Subject>{Subject{
      d.person ? Subject::Kind::person : Subject::Kind::organisation, rows.front().integer(0)}};
}

std::map<std::string, int> relevance_of(const char* text) {
  std::map<std::string, int> out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, '|'))
    if (auto colon = item.find(':'); colon != std::string::npos)
      out[item.substr(0, colon)] = std::stoi(item.substr(colon + 1));
  return out;
}

}  // namespace

Result<Counts> load_demo_analysis(storage::SessionPool& pool, AnalysisService& service,
                                  const access::Principal& actor) {
  Counts summary{{"assessments", 0}, {"kickoff lists", 0}};
  {
    SAMLA_ASSIGN(auto lease, pool.acquire());
    SAMLA_ASSIGN(auto any, lease->query("SELECT 1 FROM assessments LIMIT 1"));
    if (!any.empty()) return summary;
    SAMLA_TRY(storage::in_transaction(*lease, [&](Session& s) -> Status {
      SAMLA_ASSIGN(auto assessors, demo_assessors(s, actor));
      for (const auto& d : demo_assessments()) {
        SAMLA_ASSIGN(auto subject, subject_of(s, d));
        if (!subject) continue;
        Assessment a;
        a.subject = *subject;
        a.assessed_on = d.on;
        a.influence = d.influence;
        a.interest = d.interest;
        a.attitude = d.attitude;
        a.legitimacy = d.legitimacy;
        a.urgency = d.urgency;
        a.relevance = relevance_of(d.relevance);
        a.rationale = d.rationale;
        SAMLA_TRY(store::insert_assessment(s, std::move(a), assessors.at(d.assessor)));
        ++summary["assessments"];
      }
      return ok_status();
    }));
  }
  if (summary["assessments"] == 0) return summary;
  KickoffRequest request;
  request.title = "Kickoff – demo programme";
  SAMLA_TRY(service.build_kickoff(std::move(request), actor));
  summary["kickoff lists"] = 1;
  return summary;
}

}  // namespace samla::analysis
