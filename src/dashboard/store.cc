#include "dashboard/store.h"

#include <algorithm>

namespace samla::dashboard::store {
namespace {

using storage::Row;
using storage::Session;

constexpr const char* kHeld = "('held', 'reported', 'closed')";

// The people the programme's records name: attendees, group members, people on actions.
std::string people_named() {
  return std::string(
             "SELECT i.person_id FROM invitations i JOIN events e ON e.id = i.event_id WHERE "
             "e.programme_id = ? AND i.status = 'attended' AND e.status IN ") +
         kHeld +
         " UNION SELECT m.person_id FROM group_members m JOIN follow_up_groups g ON g.id = "
         "m.group_id WHERE g.programme_id = ?"
         " UNION SELECT a.accountable_person_id FROM actions a JOIN action_plans pl ON pl.id = "
         "a.plan_id WHERE pl.programme_id = ? AND a.accountable_person_id IS NOT NULL"
         " UNION SELECT ap.person_id FROM action_parties ap JOIN actions a ON a.id = ap.action_id "
         "JOIN action_plans pl ON pl.id = a.plan_id WHERE pl.programme_id = ? AND ap.person_id IS "
         "NOT NULL";
}

Status read_people(Session& s, std::int64_t programme, Facts& facts) {
  const storage::Params four{programme, programme, programme, programme};
  SAMLA_TRY(s.for_each_row(
      "SELECT id, organisation_id, country FROM people WHERE id IN (" + people_named() + ")", four,
      [&](const Row& r) {
        facts.people[r.integer(0)] = {r.optional_integer(1), r.optional_text(2), {}};
      }));
  return s.for_each_row(
      "SELECT person_id, perspective FROM person_perspectives WHERE person_id IN (" +
          people_named() + ") ORDER BY person_id, perspective",
      four, [&](const Row& r) { facts.people[r.integer(0)].perspectives.push_back(r.text(1)); });
}

Status read_events(Session& s, std::int64_t programme, Facts& facts) {
  SAMLA_TRY(s.for_each_row(std::string("SELECT id, substr(starts_at, 1, 10) FROM events WHERE "
                                       "programme_id = ? AND status IN ") +
                               kHeld + " ORDER BY starts_at, id",
                           {programme}, [&](const Row& r) {
                             facts.events.push_back({r.integer(0), r.text(1)});
                           }));
  return s.for_each_row(
      std::string("SELECT substr(e.starts_at, 1, 10), i.event_id, i.person_id FROM invitations i "
                  "JOIN events e ON e.id = i.event_id WHERE e.programme_id = ? AND i.status = "
                  "'attended' AND e.status IN ") +
          kHeld + " ORDER BY i.event_id, i.person_id",
      {programme}, [&](const Row& r) {
        facts.attendances.push_back({r.text(0), r.integer(1), r.integer(2)});
      });
}

Status read_groups(Session& s, std::int64_t programme, Facts& facts) {
  SAMLA_TRY(
      s.for_each_row("SELECT id, COALESCE(start_date, substr(created_at, 1, 10)), end_date FROM "
                     "follow_up_groups WHERE programme_id = ? ORDER BY id",
                     {programme}, [&](const Row& r) {
                       facts.groups.push_back({r.integer(0), r.text(1), r.optional_text(2)});
                     }));
  return s.for_each_row(
      "SELECT m.group_id, m.person_id, m.from_date, m.to_date FROM group_members m JOIN "
      "follow_up_groups g ON g.id = m.group_id WHERE g.programme_id = ? ORDER BY m.group_id, "
      "m.position",
      {programme}, [&](const Row& r) {
        facts.memberships.push_back({r.integer(0), r.integer(1), r.text(2), r.optional_text(3)});
      });
}

ActionFacts* action_of(Facts& facts, std::int64_t id) {
  auto it = std::lower_bound(facts.actions.begin(), facts.actions.end(), id,
                             [](const ActionFacts& a, std::int64_t v) { return a.id < v; });
  return it != facts.actions.end() && it->id == id ? &*it : nullptr;
}

Status read_actions(Session& s, std::int64_t programme, Facts& facts) {
  const std::string of_programme =
      " JOIN actions a ON a.id = x.action_id JOIN action_plans pl ON pl.id = a.plan_id WHERE "
      "pl.programme_id = ?";
  SAMLA_TRY(s.for_each_row(
      "SELECT a.id, substr(a.created_at, 1, 10), a.due_date, a.status, a.accountable_person_id, "
      "a.accountable_organisation_id FROM actions a JOIN action_plans pl ON pl.id = a.plan_id "
      "WHERE pl.programme_id = ? ORDER BY a.id",
      {programme}, [&](const Row& r) {
        ActionFacts a;
        a.id = r.integer(0);
        a.created_on = r.text(1);
        a.due_on = r.optional_text(2);
        a.status = r.text(3);
        if (auto p = r.optional_integer(4)) a.people.push_back(*p);
        if (auto o = r.optional_integer(5)) a.organisations.push_back(*o);
        facts.actions.push_back(std::move(a));
      }));
  SAMLA_TRY(
      s.for_each_row("SELECT x.action_id, substr(x.at, 1, 10), x.status_from, x.status_to "
                     "FROM action_updates x" +
                         of_programme + " ORDER BY x.action_id, x.id",
                     {programme}, [&](const Row& r) {
                       ActionFacts* a = action_of(facts, r.integer(0));
                       if (!a) return;
                       a->update_days.push_back(r.text(1));
                       if (!r.is_null(3)) a->changes.push_back({r.text(1), r.text(2), r.text(3)});
                     }));
  return s.for_each_row("SELECT x.action_id, x.person_id, x.organisation_id FROM action_parties x" +
                            of_programme + " ORDER BY x.action_id",
                        {programme}, [&](const Row& r) {
                          ActionFacts* a = action_of(facts, r.integer(0));
                          if (!a) return;
                          if (auto p = r.optional_integer(1)) a->people.push_back(*p);
                          if (auto o = r.optional_integer(2)) a->organisations.push_back(*o);
                        });
}

Status read_levels(Session& s, std::int64_t programme, Facts& facts) {
  return s.for_each_row(
      "SELECT l.anchoring_id, l.since, l.level FROM anchoring_levels l JOIN anchoring a ON a.id "
      "= l.anchoring_id WHERE a.programme_id = ? AND a.initiative_id IS NULL ORDER BY l.id",
      {programme}, [&](const Row& r) {
        facts.levels.push_back({r.integer(0), r.text(1), r.text(2)});
      });
}

Status read_country_groups(Session& s, Facts& facts) {
  return s.for_each_row(
      "SELECT g.slug, g.name, m.country FROM country_groups g LEFT JOIN country_group_members m "
      "ON m.group_id = g.id ORDER BY g.name, g.id, m.country",
      {}, [&](const Row& r) {
        if (facts.country_groups.empty() || facts.country_groups.back().slug != r.text(0))
          facts.country_groups.push_back({r.text(0), r.text(1), {}});
        if (!r.is_null(2)) facts.country_groups.back().countries.push_back(r.text(2));
      });
}

}  // namespace

Result<Facts> read_facts(Session& s, std::int64_t programme_id) {
  Facts facts;
  SAMLA_TRY(read_events(s, programme_id, facts));
  SAMLA_TRY(read_groups(s, programme_id, facts));
  SAMLA_TRY(read_actions(s, programme_id, facts));
  SAMLA_TRY(read_levels(s, programme_id, facts));
  SAMLA_TRY(read_country_groups(s, facts));
  SAMLA_TRY(read_people(s, programme_id, facts));
  return facts;
}

}  // namespace samla::dashboard::store
