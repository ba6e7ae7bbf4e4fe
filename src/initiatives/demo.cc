#include "initiatives/demo.h"

#include "access/locked_account.h"
#include "initiatives/store.h"
#include "programme/store.h"

namespace samla::initiatives {
namespace {

struct DemoInitiative {
  const char* title;
  const char* description;
  int workstream;  // 1 or 2: the demo programme's workstreams
  const char* theme;
};

constexpr DemoInitiative kProposed[] = {
    {"A first-contact line in every region",
     "One number and one chat where anyone can get a first conversation about mental health "
     "within a week.",
     2, "access_to_services"},
    {"Mental health first aid for school staff",
     "Training for teachers and school nurses to notice, talk and refer.", 1, ""},
    {"Peer supporters in psychiatric outpatient care",
     "People with their own experience of recovery employed in the care teams.", 2, ""},
    {"A shared plan for young people between services",
     "School health, child psychiatry and social services agree one plan per young person.", 1, ""},
    {"Talk-about-it weeks at workplaces",
     "Employers and unions hold a week of conversations against stigma each year.", 2,
     "stigma_reduction"},
    {"Follow-up of waiting times, published every quarter",
     "The regions publish the time to a first contact and to treatment, in the same way.", 2,
     "access_to_services"},
};

// The formation workshop's ratings: three raters scored four of the proposals (impact,
// feasibility, urgency, fit), not always alike; two proposals came too late to be rated.
struct DemoScores {
  int proposal;  // index in kProposed
  int scores[3][4];
};

constexpr DemoScores kRated[] = {
    {0, {{4, 3, 4, 4}, {4, 2, 4, 3}, {3, 3, 4, 4}}},
    {2, {{4, 3, 3, 4}, {2, 3, 3, 3}, {4, 3, 4, 3}}},
    {1, {{3, 4, 3, 3}, {3, 3, 2, 3}, {3, 4, 3, 2}}},
    {4, {{2, 4, 2, 3}, {3, 3, 2, 3}, {2, 3, 2, 2}}},
};

constexpr const char* kRaters[] = {"Workshop rater A", "Workshop rater B", "Workshop rater C"};

}  // namespace

Result<Counts> load_demo_initiatives(storage::SessionPool& pool, const access::Principal& actor) {
  SAMLA_ASSIGN(auto lease, pool.acquire());
  return storage::in_transaction(*lease, [&](storage::Session& s) -> Result<Counts> {
    Counts summary{{"initiatives", 0}, {"ratings", 0}};
    SAMLA_ASSIGN(auto existing, s.query_one("SELECT COUNT(*) FROM initiatives"));
    if (existing.integer(0) > 0) return summary;
    SAMLA_ASSIGN(const std::int64_t programme, programme::store::default_programme_id(s));
    SAMLA_ASSIGN(auto streams, s.query("SELECT id FROM programme_workstreams WHERE programme_id = "
                                       "? ORDER BY position",
                                       {programme}));
    // The workshop they came from: the demo's first thematic workshop, when there is one.
    SAMLA_ASSIGN(auto workshop, s.query("SELECT id FROM events WHERE programme_id = ? AND type = "
                                        "'thematic_workshop' ORDER BY starts_utc, id LIMIT 1",
                                        {programme}));
    std::vector<std::int64_t> ids;
    for (const auto& d : kProposed) {
      Initiative i;
      i.programme_id = programme;
      i.title = d.title;
      i.description = d.description;
      if (static_cast<std::size_t>(d.workstream) <= streams.size())
        i.workstream_id = streams[d.workstream - 1].integer(0);
      if (*d.theme) {
        SAMLA_ASSIGN(auto theme, s.query("SELECT 1 FROM themes WHERE slug = ?", {d.theme}));
        if (!theme.empty()) i.themes = {d.theme};
      }
      i.proposed_by = "The formation workshop";
      if (!workshop.empty()) i.source_event_id = workshop.front().integer(0);
      SAMLA_ASSIGN(auto made, store::insert_initiative(s, std::move(i), actor));
      ids.push_back(made.id);
      ++summary["initiatives"];
    }
    // The raters rated at the workshop without accounts of their own: locked accounts (no
    // password, disabled) carry their ratings.
    std::vector<access::Principal> raters;
    for (const char* name : kRaters) {
      SAMLA_ASSIGN(auto rater,
                   access::ensure_locked_account(s, name, access::Role::facilitator, actor));
      raters.push_back(std::move(rater));
    }
    for (const auto& rated : kRated)
      for (std::size_t r = 0; r < raters.size(); ++r) {
        const auto& v = rated.scores[r];
        Rating rating;
        rating.impact = v[0];
        rating.feasibility = v[1];
        rating.urgency = v[2];
        rating.fit = v[3];
        SAMLA_TRY(store::put_rating(s, ids.at(static_cast<std::size_t>(rated.proposal)),
                                    std::move(rating), raters[r]));
        ++summary["ratings"];
      }
    return summary;
  });
}

}  // namespace samla::initiatives
