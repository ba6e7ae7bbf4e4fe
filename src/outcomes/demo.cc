#include "outcomes/demo.h"

#include "outcomes/store.h"
#include "register/store.h"

namespace samla::outcomes {
namespace {

using storage::Session;

// One invented outcome: its event (by title), kind, text, agenda item (1-based position in
// the event's agenda, 0: none) and, for an action point, its owner (a demo organisation in
// Sweden), due date and priority.
struct DemoOutcome {
  const char* event;
  const char* kind;
  const char* text;
  int agenda_item = 0;
  const char* owner = nullptr;
  const char* due_date = nullptr;
  const char* priority = nullptr;
  bool agreed = true;
};

constexpr const char* kKickoff = "Kickoff: Kraftsamling för psykisk hälsa";
constexpr const char* kDialogue = "Policy dialogue: access to services across borders";

const DemoOutcome kOutcomes[] = {
    {kKickoff, "key_insight",
     "Municipalities and regions describe the same gaps in first contact, but in different words.",
     2},
    {kKickoff, "key_insight",
     "People with lived experience are missing from the regional working groups so far.", 2},
    {kKickoff, "decision", "Two workstreams: promotion and prevention, and access to services.", 3},
    {kKickoff, "action_point", "Invite user organisations to each regional working group.", 3,
     "Sveriges Kommuner och Regioner", "2026-11-30", "high"},
    {kKickoff, "action_point", "Collect the regions' current first-contact routes in one map.", 4,
     "Folkhälsomyndigheten", "2026-12-15", "medium"},
    {kKickoff, "quote", "We have talked about this for years; now there is a table to sit at.", 1},
    {kDialogue, "action_point", "Propose a shared definition of waiting time for first contact.", 3,
     "Socialstyrelsen", "2027-01-31", "high"},
    {kDialogue, "key_insight",
     "Waiting times are measured differently in every country, so they cannot be compared yet.", 2},
    {kDialogue, "action_point", "Share the Swedish first-contact map with the other countries.", 2,
     "Folkhälsomyndigheten", "2027-02-28", "low", false},
    {kDialogue, "outcome", "Three policy messages agreed for the joint action's report.", 3},
};

}  // namespace

Result<Counts> load_demo_outcomes(storage::SessionPool& pool, const access::Principal& actor) {
  SAMLA_ASSIGN(auto lease, pool.acquire());
  return storage::in_transaction(*lease, [&](Session& s) -> Result<Counts> {
    Counts summary{{"outcomes", 0}};
    SAMLA_ASSIGN(auto existing, s.query_one("SELECT COUNT(*) FROM outcomes"));
    if (existing.integer(0) > 0) return summary;
    for (const auto& d : kOutcomes) {
      SAMLA_ASSIGN(auto events, s.query("SELECT id FROM events WHERE title = ?", {d.event}));
      if (events.empty()) continue;
      const std::int64_t event_id = events.front().integer(0);
      Outcome o;
      o.kind = d.kind;
      o.text = d.text;
      o.status = d.agreed ? "agreed" : "draft";
      if (d.agenda_item > 0) o.agenda_item_id = d.agenda_item;  // numbered 1, 2, … when made
      if (d.owner) {
        SAMLA_ASSIGN(auto owner, registry::store::find_organisation(s, d.owner, std::string("SE")));
        if (!owner) continue;
        o.owner_organisation_id = owner->meta.id;
        o.due_date = d.due_date;
        o.priority = d.priority;
      }
      SAMLA_TRY(store::insert_outcome(s, event_id, std::move(o), actor));
      ++summary["outcomes"];
    }
    return summary;
  });
}

}  // namespace samla::outcomes
