#include "interactions/demo.h"

#include "core/date.h"
#include "interactions/store.h"
#include "programme/store.h"

namespace samla::interactions {
namespace {

struct DemoContact {
  int days_ago;
  const char* channel;
  const char* summary;
  int follow_up_in;  // days from today; 0: none
};

// With the contact persons of the member organisations, in order.
constexpr DemoContact kContacts[] = {
    {60, "meeting", "Went through the secretariat's role and the plan for the kickoff.", 0},
    {45, "call", "Agreed that the region hosts the second formation workshop.", -5},
    {30, "email", "Sent the draft letter of intent for comments.", 0},
    {21, "meeting", "Discussed which municipalities to invite to the adults' workstream.", 10},
    {8, "call", "Asked for a contact in the school health services.", 0},
};

}  // namespace

Result<Counts> load_demo_interactions(storage::SessionPool& pool, const access::Principal& actor) {
  SAMLA_ASSIGN(auto lease, pool.acquire());
  return storage::in_transaction(*lease, [&](storage::Session& s) -> Result<Counts> {
    Counts summary{{"interactions", 0}};
    SAMLA_ASSIGN(auto existing, s.query_one("SELECT COUNT(*) FROM interactions"));
    if (existing.integer(0) > 0) return summary;
    SAMLA_ASSIGN(const std::int64_t programme, programme::store::default_programme_id(s));
    SAMLA_ASSIGN(auto members, programme::store::member_contacts(s, programme));
    for (std::size_t i = 0; i < members.size() && i < std::size(kContacts); ++i) {
      const DemoContact& c = kContacts[i];
      Interaction x;
      x.programme_id = programme;
      x.organisation_id = members[i].organisation_id;
      x.person_id = members[i].person_id;
      x.day = day_from_today(-c.days_ago);
      x.channel = c.channel;
      x.by = "Programme secretariat";
      x.summary = c.summary;
      if (c.follow_up_in != 0) x.follow_up_on = day_from_today(c.follow_up_in);
      SAMLA_TRY(store::insert_interaction(s, std::move(x), actor));
      ++summary["interactions"];
    }
    return summary;
  });
}

}  // namespace samla::interactions
