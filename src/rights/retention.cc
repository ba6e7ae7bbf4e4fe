#include "rights/retention.h"

#include <cstdio>

#include "privacy/settings.h"

namespace samla::rights {
namespace {

// A person's latest activity: their own row, invitations, contacts, memberships and consents.
constexpr const char* kLastActivity =
    "(SELECT MAX(x) FROM (SELECT substr(p.updated_at, 1, 10) AS x UNION ALL SELECT "
    "substr(MAX(i.updated_at), 1, 10) FROM invitations i WHERE i.person_id = p.id UNION ALL "
    "SELECT MAX(c.day) FROM interactions c WHERE c.person_id = p.id UNION ALL SELECT "
    "COALESCE(MAX(COALESCE(m.to_date, '9999-12-31')), NULL) FROM group_members m WHERE "
    "m.person_id = p.id UNION ALL SELECT substr(MAX(k.recorded_at), 1, 10) FROM consents k "
    "WHERE k.person_id = p.id AND k.channel <> 'migration') AS activity)";

}  // namespace

std::string months_before(TimePoint at, int months) {
  using namespace std::chrono;
  const year_month_day day{floor<days>(at)};
  year_month_day earlier = day - std::chrono::months(months);
  if (!earlier.ok()) earlier = earlier.year() / earlier.month() / last;  // 31 March − 1 month
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(earlier.year()),
                static_cast<unsigned>(earlier.month()), static_cast<unsigned>(earlier.day()));
  return text;
}

nlohmann::json to_json(const InactivePerson& p) {
  return {{"person_id", p.id}, {"name", p.name}, {"last_activity", p.last_activity}};
}

Result<std::vector<InactivePerson>> inactive_people(storage::Session& s, TimePoint at, int months,
                                                    int limit) {
  const std::string since = months_before(at, months);
  SAMLA_ASSIGN(auto rows, s.query("SELECT id, name, last FROM (SELECT p.id, p.name, " +
                                      std::string(kLastActivity) +
                                      " AS last FROM people p WHERE p.erased_at IS NULL) a WHERE "
                                      "last < ? ORDER BY last, id LIMIT ?",
                                  {since, std::int64_t{limit}}));
  std::vector<InactivePerson> out;
  for (const auto& r : rows) out.push_back({r.integer(0), r.text(1), r.text(2)});
  return out;
}

Result<Counts> apply_retention(storage::Session& s, TimePoint at) {
  SAMLA_ASSIGN(privacy::PrivacySettings settings, privacy::load_settings(s));
  Counts counts;
  SAMLA_ASSIGN(auto emptied,
               s.execute("UPDATE evaluation_answers SET texts = '{}' WHERE texts <> '{}' AND "
                         "substr(answered_at, 1, 10) < ?",
                         {months_before(at, settings.evaluation_texts_months)}));
  counts["evaluation_texts_emptied"] = emptied;
  SAMLA_ASSIGN(auto inactive, inactive_people(s, at, settings.inactive_after_months, 1000000));
  counts["inactive_people"] = static_cast<std::int64_t>(inactive.size());
  return counts;
}

}  // namespace samla::rights
