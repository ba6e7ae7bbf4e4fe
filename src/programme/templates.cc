#include "programme/templates.h"

namespace samla::programme {
namespace {

Criterion check(std::string key, std::optional<std::string> param = std::nullopt) {
  Criterion c;
  c.check = std::move(key);
  c.param = std::move(param);
  return c;
}

Criterion statement(std::string en, std::string sv) {
  Criterion c;
  c.label_en = std::move(en);
  c.label_sv = std::move(sv);
  return c;
}

std::vector<ProgrammeTemplate> make_templates() {
  return {
      {"swedish_process",
       "The Swedish process (from mapping to start)",
       "Den svenska processen (från kartläggning till start)",
       {{"forberedelse",
         "Preparation",
         "Förberedelse",
         {statement("The programme's owner and purpose are agreed",
                    "Programmets ägare och syfte är överenskomna")}},
        {"intressentkartlaggning",
         "Stakeholder mapping",
         "Intressentkartläggning",
         {statement("Every sector and level that matters is mapped",
                    "Alla sektorer och nivåer som spelar roll är kartlagda")}},
        {"intressentanalys",
         "Stakeholder analysis",
         "Intressentanalys",
         {check("share_assessed", "80")}},
        {"kickoff",
         "Kickoff",
         "Kickoff",
         {check("kickoff_list_final"), check("event_held", "kickoff")}},
        {"formering",
         "Formation",
         "Formering",
         {check("event_held", "thematic_workshop"),
          statement("Ways of working and the initiative list are agreed",
                    "Arbetsformer och initiativlistan är överenskomna")}},
        {"konkretisering",
         "Concretisation",
         "Konkretisering",
         {check("committed_have_contact"), check("action_plan_exists")}},
        {"formalisering",
         "Formalisation",
         "Formalisering",
         {statement("The organisations' decisions are taken and agreements signed",
                    "Organisationernas beslut är fattade och överenskommelser undertecknade")}},
        {"start", "Start", "Start", {statement("The work has started", "Arbetet har startat")}},
        {"uppfoljning",
         "Follow-up",
         "Uppföljning",
         {check("report_published"), statement("The follow-up is reported to the owner",
                                               "Uppföljningen är redovisad för ägaren")}}}},
      {"eu_joint_action",
       "EU joint-action task",
       "Uppgift i en EU-gemensam åtgärd (joint action)",
       {{"preparation",
         "Preparation",
         "Förberedelse",
         {statement("The task's partners and plan are agreed",
                    "Uppgiftens partner och plan är överenskomna")}},
        {"lessons_learned", "Lessons learned", "Lärdomar", {check("validated_lesson_per_theme")}},
        {"thematic_workshops",
         "Thematic workshops",
         "Tematiska workshoppar",
         {check("share_assessed", "80"), check("event_held", "thematic_workshop")}},
        {"policy_dialogues",
         "Policy dialogues",
         "Policydialoger",
         {check("policymaker_per_country"), check("event_held", "policy_dialogue")}},
        {"reporting", "Reporting", "Rapportering", {check("report_published")}},
        {"follow_up", "Follow-up", "Uppföljning", {check("action_plan_exists")}},
        {"sustainability",
         "Sustainability",
         "Hållbarhet",
         {statement("The network has an owner after the project",
                    "Nätverket har en ägare efter projektet")}}}}};
}

}  // namespace

const std::vector<ProgrammeTemplate>& templates() {
  static const std::vector<ProgrammeTemplate> list = make_templates();
  return list;
}

const ProgrammeTemplate* find_template(std::string_view key) {
  for (const auto& t : templates())
    if (t.key == key) return &t;
  return nullptr;
}

std::vector<Phase> phases_from(const ProgrammeTemplate& t) {
  std::vector<Phase> out;
  int position = 0;
  for (const auto& p : t.phases) {
    Phase phase;
    phase.position = ++position;
    phase.key = p.key;
    phase.name_en = p.name_en;
    phase.name_sv = p.name_sv;
    phase.criteria = p.criteria;
    out.push_back(std::move(phase));
  }
  return out;
}

}  // namespace samla::programme
