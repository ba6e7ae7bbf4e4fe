#include "agreements/demo.h"

#include "agreements/store.h"
#include "core/date.h"
#include "programme/store.h"

namespace samla::agreements {

Result<Counts> load_demo_agreements(storage::SessionPool& pool, const access::Principal& actor) {
  SAMLA_ASSIGN(auto lease, pool.acquire());
  return storage::in_transaction(*lease, [&](storage::Session& s) -> Result<Counts> {
    Counts summary{{"agreements", 0}};
    SAMLA_ASSIGN(auto existing, s.query_one("SELECT COUNT(*) FROM agreements"));
    if (existing.integer(0) > 0) return summary;
    SAMLA_ASSIGN(const std::int64_t programme, programme::store::default_programme_id(s));
    SAMLA_ASSIGN(auto decided,
                 s.query("SELECT organisation_id, contact_person_id, decision_date FROM anchoring "
                         "WHERE programme_id = ? AND initiative_id IS NULL AND level = "
                         "'formally_decided' ORDER BY decision_date, id",
                         {programme}));
    if (decided.empty()) return summary;
    Agreement a;
    a.programme_id = programme;
    a.kind = "letter_of_intent";
    a.title = "Avsiktsförklaring: Kraftsamling för psykisk hälsa";
    a.summary =
        "The parties intend to run the programme together for three years: a shared secretariat, "
        "a first-contact line in every region and waiting times published every quarter.";
    a.status = "signed";
    // Signed once the last of them had decided, a week later.
    a.signed_on = add_days(decided.back().text(2), 7).value_or(day_from_today(-7));
    if (*a.signed_on > day_from_today(0)) a.signed_on = day_from_today(0);
    a.starts_on = a.signed_on;
    a.ends_on = add_days(*a.signed_on, 3 * 365);
    for (const auto& row : decided) {
      a.parties.push_back({row.integer(0), std::nullopt});
      if (auto person = row.optional_integer(1))
        a.signatories.push_back({person, "", row.integer(0), "", a.signed_on});
    }
    SAMLA_TRY(store::insert_agreement(s, std::move(a), actor));
    ++summary["agreements"];
    return summary;
  });
}

}  // namespace samla::agreements
