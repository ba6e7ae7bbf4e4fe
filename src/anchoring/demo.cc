#include "anchoring/demo.h"

#include "anchoring/store.h"
#include "core/date.h"
#include "programme/store.h"

namespace samla::anchoring {
namespace {

struct DemoLevel {
  const char* level;
  const char* body;  // who decided, for the formal decisions
  const char* responsibility;
};

// The member organisations in order, each at its level.
constexpr DemoLevel kLevels[] = {
    {"formally_decided", "Styrelsen", "Leads the programme's secretariat"},
    {"formally_decided", "Regionstyrelsen", "Opens a first-contact line in the region"},
    {"formally_decided", "Regionstyrelsen", "Publishes waiting times every quarter"},
    {"committed", "", "Trains school staff in mental health first aid"},
    {"committed", "", "Employs peer supporters in outpatient care"},
    {"committed", "", "Hosts the workshops of the adults' workstream"},
    {"endorsed", "", ""},
    {"endorsed", "", ""},
    {"consulted", "", ""},
    {"informed", "", ""},
};

}  // namespace

Result<Counts> load_demo_anchoring(storage::SessionPool& pool, const access::Principal& actor) {
  SAMLA_ASSIGN(auto lease, pool.acquire());
  return storage::in_transaction(*lease, [&](storage::Session& s) -> Result<Counts> {
    Counts summary{{"anchoring", 0}};
    SAMLA_ASSIGN(auto existing, s.query_one("SELECT COUNT(*) FROM anchoring"));
    if (existing.integer(0) > 0) return summary;
    SAMLA_ASSIGN(const std::int64_t programme, programme::store::default_programme_id(s));
    SAMLA_ASSIGN(auto members, programme::store::member_contacts(s, programme));
    int number = 0;
    for (std::size_t i = 0; i < members.size() && i < std::size(kLevels); ++i) {
      const DemoLevel& d = kLevels[i];
      Anchoring a;
      a.programme_id = programme;
      a.organisation_id = members[i].organisation_id;
      a.contact_person_id = members[i].person_id;
      a.level = d.level;
      if (*d.body) {
        a.deciding_body = d.body;
        a.decision_date = day_from_today(-90 + 10 * static_cast<int>(i));
        a.decision_reference = "Dnr 2026/" + std::to_string(100 + ++number);
      }
      if (*d.responsibility) a.responsibilities = {d.responsibility};
      SAMLA_TRY(store::insert_anchoring(s, std::move(a), actor));
      ++summary["anchoring"];
    }
    return summary;
  });
}

}  // namespace samla::anchoring
