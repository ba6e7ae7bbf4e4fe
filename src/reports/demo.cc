#include "reports/demo.h"

#include "reports/content.h"
#include "reports/store.h"

namespace samla::reports {
namespace {

using storage::Session;

struct DemoReport {
  const char* event;
  const char* intro_sv;
  const char* intro_en;
  const char* conclusions_sv;
  const char* conclusions_en;
};

const DemoReport kReports[] = {
    {"Kickoff: Kraftsamling för psykisk hälsa",
     "Kickoffen samlade kommuner, regioner, myndigheter och civilsamhället för att enas om "
     "programmets mål och se vilka som saknas runt bordet.",
     "The kickoff brought municipalities, regions, agencies and civil society together to agree "
     "the programme's aims and to see who is missing from the table.",
     "Arbetsgrupperna startar i två arbetsströmmar. Brukarorganisationerna bjuds in till varje "
     "regional grupp före årets slut.",
     "The working groups start in two workstreams. User organisations are invited to each "
     "regional group before the end of the year."},
    {"Policy dialogue: access to services across borders",
     "Dialogen jämförde hur människor når vård och stöd för psykisk hälsa i medlemsländerna.",
     "The dialogue compared how people reach mental-health services in the member states.",
     "Nästa steg är en gemensam definition av väntetid till första kontakt.",
     "The next step is a shared definition of the waiting time for first contact."},
};

}  // namespace

Result<Counts> load_demo_reports(storage::SessionPool& pool, const access::Principal& actor) {
  SAMLA_ASSIGN(auto lease, pool.acquire());
  return storage::in_transaction(*lease, [&](Session& s) -> Result<Counts> {
    Counts summary{{"reports", 0}};
    SAMLA_ASSIGN(auto existing, s.query_one("SELECT COUNT(*) FROM reports"));
    if (existing.integer(0) > 0) return summary;
    for (const auto& d : kReports) {
      SAMLA_ASSIGN(auto events, s.query("SELECT id FROM events WHERE title = ?", {d.event}));
      if (events.empty()) continue;
      Report r;
      r.event_id = events.front().integer(0);
      r.intro_sv = d.intro_sv;
      r.intro_en = d.intro_en;
      r.conclusions_sv = d.conclusions_sv;
      r.conclusions_en = d.conclusions_en;
      SAMLA_ASSIGN(Report made, store::insert_report(s, r, actor));
      SAMLA_ASSIGN(made,
                   store::move_report(s, made.id, "in_review", std::nullopt, made.version, actor));
      SAMLA_TRY(store::insert_comment(s, made.id, "The figures match the attendance list.", actor));
      SAMLA_ASSIGN(auto content, gather_content(s, made));
      SAMLA_TRY(store::move_report(s, made.id, "approved", content, made.version, actor));
      ++summary["reports"];
    }
    return summary;
  });
}

}  // namespace samla::reports
