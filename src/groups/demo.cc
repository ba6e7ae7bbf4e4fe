#include "groups/demo.h"

#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "core/date.h"
#include "events/demo.h"
#include "events/wire.h"
#include "groups/store.h"

namespace samla::groups {
namespace {

using nlohmann::json;
using storage::Session;

Result<std::vector<std::int64_t>> ids(Session& s, const std::string& sql,
                                      const storage::Params& params) {
  SAMLA_ASSIGN(auto rows, s.query(sql, params));
  std::vector<std::int64_t> out;
  for (const auto& r : rows) out.push_back(r.integer(0));
  return out;
}

// A meeting of `group` `days` from today; held ones with the members' attendance (the last
// did not come).
Result<int> meeting(Session& s, const Group& group, int number, int days,
                    const std::vector<std::int64_t>& members, const access::Principal& actor) {
  const std::string day = day_from_today(days);
  SAMLA_ASSIGN(
      events::Event e,
      events::event_from_json(
          json{{"title", group.name + ": meeting " + std::to_string(number)},
               {"type", "group_meeting"},
               {"format", "online"},
               {"link", "https://meet.example.org/samla-demo/first-contact"},
               {"starts_at", day + "T10:00"},
               {"ends_at", day + "T12:00"},
               {"time_zone", "Europe/Stockholm"},
               {"capacity", 20},
               {"objectives", "Follow the working group's actions and agree the next steps."}}));
  SAMLA_ASSIGN(e, store::insert_meeting(s, group.id, std::move(e), actor));
  if (days >= 0) {
    SAMLA_TRY(events::advance(s, std::move(e), {"designed"}, actor));
    return 0;
  }
  SAMLA_ASSIGN(
      e, events::advance(s, std::move(e), {"designed", "open_for_invitations", "held"}, actor));
  return events::record_attendance(s, e, members, 0, 1, actor);
}

}  // namespace

Result<Counts> load_demo_groups(storage::SessionPool& pool, const access::Principal& actor) {
  SAMLA_ASSIGN(auto lease, pool.acquire());
  return storage::in_transaction(*lease, [&](Session& s) -> Result<Counts> {
    Counts summary{{"groups", 0}};
    SAMLA_ASSIGN(auto existing, s.query_one("SELECT COUNT(*) FROM follow_up_groups"));
    if (existing.integer(0) > 0) return summary;
    // People of the national agencies and of the user organisations, as the register has them.
    SAMLA_ASSIGN(auto agency_people,
                 ids(s,
                     "SELECT p.id FROM people p JOIN organisations o ON o.id = "
                     "p.organisation_id WHERE o.country = 'SE' AND o.sector IN ('agency', "
                     "'region') ORDER BY p.id LIMIT 5",
                     {}));
    SAMLA_ASSIGN(auto civil_people,
                 ids(s,
                     "SELECT p.id FROM people p JOIN organisations o ON o.id = "
                     "p.organisation_id WHERE o.sector = 'civil_society' ORDER BY p.id LIMIT 4",
                     {}));
    if (agency_people.size() < 3 || civil_people.size() < 2) return summary;

    Group working;
    working.kind = "working_group";
    working.name = "Working group on first contact";
    working.objective = "A first contact about mental health within a week, in every region.";
    working.mandate = "Set up at the kickoff; reports to the programme's steering group.";
    working.lead_person_id = agency_people[0];
    working.themes = {"access_to_services"};
    working.start_date = day_from_today(-60);
    working.end_date = day_from_today(300);
    std::vector<std::int64_t> members{agency_people[0], agency_people[1], agency_people[2],
                                      civil_people[0], civil_people[1]};
    for (std::size_t i = 0; i < members.size(); ++i)
      working.members.push_back({members[i], std::nullopt,
                                 i == 0   ? "chair"
                                 : i == 1 ? "secretariat"
                                          : "member",
                                 day_from_today(-60), std::nullopt});
    working.deliverables = {
        {0, "A map of the regions' first-contact routes", day_from_today(-14), "in_progress"},
        {0, "Recommendations to the steering group", day_from_today(120), "planned"}};
    SAMLA_ASSIGN(Group made, store::insert_group(s, working, actor));
    ++summary["groups"];
    SAMLA_ASSIGN(int first, meeting(s, made, 1, -40, members, actor));
    SAMLA_ASSIGN(int second, meeting(s, made, 2, -10, members, actor));
    SAMLA_TRY(meeting(s, made, 3, 20, members, actor));
    summary["invitations"] += first + second;
    summary["events"] += 3;

    Group campaign;
    campaign.kind = "advocacy_campaign";
    campaign.name = "Campaign: talk about it";
    campaign.objective =
        "Less stigma around mental illness at work, with user organisations "
        "in front.";
    campaign.lead_person_id = civil_people[0];
    campaign.themes = {"stigma_reduction"};
    campaign.start_date = day_from_today(-30);
    for (std::size_t i = 0; i < civil_people.size(); ++i)
      campaign.members.push_back({civil_people[i], std::nullopt, i == 0 ? "chair" : "member",
                                  day_from_today(-30), std::nullopt});
    campaign.deliverables = {
        {0, "Campaign material in Swedish and English", day_from_today(45), "in_progress"}};
    SAMLA_TRY(store::insert_group(s, campaign, actor));
    ++summary["groups"];
    return summary;
  });
}

}  // namespace samla::groups
