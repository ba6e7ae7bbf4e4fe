#include "programme/demo.h"

#include "core/clock.h"
#include "core/date.h"
#include "programme/store.h"

namespace samla::programme {
namespace {

using storage::Session;

// Plans the phases one after another from `first_day`, `weeks` each; the phases before
// `current` are done: their criteria signed off and their gates passed at the steering group
// (the demo's analysis, events and reports come after it, so the data cannot vouch for them).
Status walk(Session& s, std::int64_t programme_id, int first_day, int weeks, std::size_t current,
            const access::Principal& actor) {
  SAMLA_ASSIGN(auto phases, store::list_phases(s, programme_id));
  int day = first_day;
  for (std::size_t i = 0; i < phases.size(); ++i) {
    Phase p = phases[i];
    p.planned_start = day_from_today(day);
    p.planned_end = day_from_today(day + weeks * 7 - 1);
    if (i <= current) p.actual_start = p.planned_start;
    if (i < current) p.actual_end = p.planned_end;
    if (i == current)
      p.milestones = {{0, "Second formation workshop held", day_from_today(day + 21), false},
                      {0, "Initiative list prioritised", day_from_today(day + 35), false}};
    day += weeks * 7;
    SAMLA_ASSIGN(p, store::update_phase(s, programme_id, p.id, p, p.version, false, actor));
    if (i >= current) continue;
    const auto criteria = p.criteria;
    for (const auto& c : criteria) {
      SAMLA_ASSIGN(p, store::sign_off(s, programme_id, p.id, c.id, "Agreed at the steering group",
                                      p.version, actor));
    }
    SAMLA_TRY(store::set_gate(s, programme_id, p.id, "passed", "Passed at the steering group",
                              p.version, actor));
  }
  return ok_status();
}

Result<std::vector<Membership>> members(Session& s) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT id FROM organisations WHERE country = 'SE' AND sector IN "
                                  "('agency', 'region', 'municipality', 'civil_society') ORDER BY "
                                  "id LIMIT 12"));
  std::vector<Membership> out;
  for (std::size_t i = 0; i < rows.size(); ++i)
    out.push_back({rows[i].integer(0), std::nullopt, i < 10 ? "member" : "invited",
                   i < 10 ? std::optional<std::string>(day_from_today(-200)) : std::nullopt});
  return out;
}

}  // namespace

Result<Counts> load_demo_programmes(storage::SessionPool& pool, const access::Principal& actor) {
  SAMLA_ASSIGN(auto lease, pool.acquire());
  return storage::in_transaction(*lease, [&](Session& s) -> Result<Counts> {
    Counts summary{{"programmes", 0}};
    SAMLA_ASSIGN(const std::int64_t default_id, store::default_programme_id(s));
    SAMLA_ASSIGN(auto phases, store::list_phases(s, default_id));
    if (!phases.empty()) return summary;

    SAMLA_ASSIGN(Programme swedish, store::get_programme(s, default_id));
    swedish.name = "Kraftsamling för psykisk hälsa";
    swedish.purpose =
        "Gather the actors of mental health in Sweden — agencies, regions, municipalities, "
        "user organisations and researchers — around shared initiatives that last.";
    SAMLA_ASSIGN(auto owner, s.query("SELECT id FROM organisations WHERE name = "
                                     "'Folkhälsomyndigheten'"));
    if (!owner.empty()) swedish.owner_organisation_id = owner.front().integer(0);
    swedish.goals = {
        {0, "A first contact about mental health within a week, in every region",
         "share of regions offering a first contact within 7 days", "100 % by the end of 2027"},
        {0, "Less stigma around mental illness at work",
         "employees who would talk to their "
         "manager about mental illness (survey)",
         "from 48 % to 60 %"}};
    swedish.workstreams = {
        {0, "Children and young people",
         "Schools, child and adolescent psychiatry, social services"},
        {0, "Adults and working life", "Primary care, psychiatry, employers and unions"}};
    SAMLA_ASSIGN(swedish.members, members(s));
    SAMLA_ASSIGN(swedish, store::update_programme(s, default_id, swedish, swedish.version, actor));
    SAMLA_TRY(store::add_template_phases(s, default_id, "swedish_process", actor));
    SAMLA_TRY(walk(s, default_id, -240, 5, 4, actor));  // formation now
    ++summary["programmes"];

    Programme eu;
    eu.name = "Joint action on mental health: task on policy dialogues";
    eu.purpose =
        "Learn from the member states' reforms, hold thematic workshops and policy dialogues, "
        "and report recommendations that last beyond the joint action.";
    SAMLA_ASSIGN(auto group, s.query("SELECT id FROM country_groups WHERE slug = "
                                     "'member_states'"));
    if (!group.empty()) eu.country_group_id = group.front().integer(0);
    eu.template_key = "eu_joint_action";
    eu.workstreams = {{0, "Thematic workshops", ""}, {0, "Policy dialogues", ""}};
    SAMLA_ASSIGN(Programme made, store::insert_programme(s, eu, actor));
    SAMLA_TRY(walk(s, made.id, -120, 6, 2, actor));  // thematic workshops now
    ++summary["programmes"];
    return summary;
  });
}

}  // namespace samla::programme
