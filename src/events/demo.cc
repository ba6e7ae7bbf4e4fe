#include "events/demo.h"

#include "access/audit.h"
#include "core/clock.h"
#include "events/invitations_internal.h"
#include "events/store.h"

namespace samla::events {
namespace {

using storage::Session;

Lesson lesson(const char* text, const char* source, std::vector<std::string> themes,
              const char* status) {
  Lesson l;
  l.text = text;
  l.source = source;
  l.themes = std::move(themes);
  l.status = status;
  return l;
}

std::vector<Lesson> demo_lessons() {
  return {
      lesson("Peer-support workers on the admission ward shortened waits for a first "
             "conversation; the effect held only where their role was written into the "
             "ward's routines.",
             "WP5 pilot, Psykiatri Skåne", {"access_to_services"}, "validated"),
      lesson("School staff took up the promotion material when time for it was set aside in "
             "the timetable, not when it was offered as an extra.",
             "WP4 pilot, Umeå kommun", {"mental_health_promotion"}, "validated"),
      lesson("Anti-stigma messages written together with people with lived experience "
             "reached further on local media than those written by the agencies alone.",
             "WP6 pilot, NSPH and Region Jämtland Härjedalen", {"stigma_reduction"}, "identified"),
      lesson("Video appointments needed a named person at the health centre to help the "
             "first time; without one, older patients dropped out.",
             "WP7 pilot, Region Uppsala", {"digital_health", "access_to_services"}, "identified"),
  };
}

// A demo event, the steps it has gone through, and, for one held, who was invited: `people`
// of the register from the `offset`-th (by id), the last `declined` + `no_shows` of them
// declining and then not showing up. No one is invited when `people` is 0.
struct DemoEvent {
  Event event;
  std::vector<std::string> steps;
  int offset = 0, people = 0, declined = 0, no_shows = 0;
};

std::vector<DemoEvent> demo_events() {
  std::vector<DemoEvent> out;
  out.push_back(
      {Event{.title = "Kickoff: Kraftsamling för psykisk hälsa",
             .type = "kickoff",
             .themes = {"mental_health_promotion", "access_to_services"},
             .objectives =
                 "Agree the programme's aims, map who is missing, and form the working groups.",
             .format = "in_person",
             .venue = "Folkhälsomyndigheten, Nobels väg 18, Solna",
             .starts_at = "2026-09-15T09:30",
             .ends_at = "2026-09-15T16:00",
             .capacity = 40,
             .working_languages = {"sv", "en"},
             .accessibility =
                 "Step-free entrance, hearing loop in the main room, quiet room on floor 2.",
             .agenda = {{"09:30", "Welcome and aims", "Programme coordinator", {}},
                        {"10:15",
                         "Who is in the room, who is missing",
                         "Facilitators",
                         {"Stakeholder map", "Gaps by country and perspective"}},
                        {"13:00", "Working groups", "Facilitators", {}},
                        {"15:30", "Next steps", "Programme coordinator", {}}},
             .facilitators = {"Programme office"}},
       {"designed", "open_for_invitations", "held", "reported"},
       0,
       20,
       3,
       2});
  out.push_back(
      {Event{.title = "Policy dialogue: access to services across borders",
             .type = "policy_dialogue",
             .themes = {"access_to_services"},
             .objectives = "Compare how people reach mental-health services in the member "
                           "states and agree three policy messages.",
             .format = "online",
             .link = "https://meet.example.org/access-dialogue",
             .starts_at = "2026-10-20T13:00",
             .ends_at = "2026-10-20T16:00",
             .time_zone = "Europe/Brussels",
             .capacity = 20,
             .working_languages = {"en"},
             .accessibility = "Live captions in English; slides sent a day before.",
             .agenda =
                 {{"13:00", "Opening", "Programme office", {}},
                  {"13:20", "Country round", "Facilitators", {"Waiting times", "First contact"}},
                  {"15:00", "Policy messages", "Facilitators", {}}},
             .facilitators = {"Programme office"}},
       {"designed", "open_for_invitations", "held"},
       12,
       14,
       2,
       1});
  out.push_back(
      {Event{.title = "Workshop: co-produced stigma reduction",
             .type = "thematic_workshop",
             .themes = {"stigma_reduction", "mental_health_promotion"},
             .objectives = "Turn the pilots' experience of co-produced campaigns into guidance "
                           "that municipalities and regions can use.",
             .format = "hybrid",
             .venue = "Mind, Stockholm",
             .link = "https://meet.example.org/stigma-workshop",
             .starts_at = "2027-02-16T10:00",
             .ends_at = "2027-02-16T16:00",
             .capacity = 12,
             .working_languages = {"en"},
             .interpretation_languages = {"sv"},
             .accessibility = "Step-free venue, interpretation into Swedish, breaks every "
                              "hour, a quiet room; tell us about any other needs when you "
                              "answer.",
             .agenda = {{"10:00", "Welcome", "Facilitators", {}},
                        {"10:30",
                         "What the pilots learned",
                         "WP6 pilot team",
                         {"Local media", "Who wrote the messages"}},
                        {"13:00", "Drafting guidance in small groups", "Facilitators", {}},
                        {"15:15", "Agreeing the guidance", "Facilitators", {}}},
             .facilitators = {"Programme office"},
             .materials = {{"Pilot summary (WP6)",
                            "https://example.org/samla-demo/wp6-summary.pdf"}}},
       {"designed"}});
  return out;
}

Result<std::vector<std::int64_t>> people_by_id(Session& s, int offset, int count) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT id FROM people ORDER BY id LIMIT ? OFFSET ?",
                                  {std::int64_t{count}, std::int64_t{offset}}));
  std::vector<std::int64_t> out;
  for (const auto& r : rows) out.push_back(r.integer(0));
  return out;
}

}  // namespace

// Moves a new event along its lifecycle to `last` (the demo's past events were held).
Result<Event> advance(Session& s, Event e, const std::vector<std::string>& steps,
                      const access::Principal& actor) {
  for (const auto& step : steps) {
    SAMLA_ASSIGN(e, store::transition(s, e.id, step, std::nullopt, e.version, actor));
  }
  return e;
}

// The history of a held event: who was invited and what they did, set as it happened.
Result<int> record_attendance(Session& s, const Event& e, const std::vector<std::int64_t>& people,
                              int declined, int no_shows, const access::Principal& actor) {
  int created = 0;
  for (std::size_t i = 0; i < people.size(); ++i) {
    const char* status = i < people.size() - declined - no_shows ? "attended"
                         : i < people.size() - no_shows          ? "declined"
                                                                 : "no_show";
    SAMLA_ASSIGN(Invitation v, store::insert_invitation(s, e, people[i], std::nullopt, std::nullopt,
                                                        std::nullopt, std::nullopt, actor));
    const std::string day = e.starts_at.substr(0, 10);
    const bool came = std::string(status) != "declined";
    SAMLA_TRY(s.execute(
        "UPDATE invitations SET status = ?, invited_at = ?, responded_at = ?, "
        "checked_in_at = ?, version = version + 1 WHERE id = ?",
        {status, day + "T08:00:00.000Z", day + "T09:00:00.000Z",
         came ? storage::Value(e.starts_at + ":00.000Z") : storage::Value(nullptr), v.id}));
    nlohmann::json after = {{"event_id", e.id}, {"person_id", people[i]}, {"status", status}};
    SAMLA_TRY(access::record_change(s, actor, "update", "invitation", std::to_string(v.id), nullptr,
                                    &after));
    ++created;
  }
  return created;
}

Result<Counts> load_demo_events(storage::SessionPool& pool, const access::Principal& actor) {
  SAMLA_ASSIGN(auto lease, pool.acquire());
  return storage::in_transaction(*lease, [&](Session& s) -> Result<Counts> {
    Counts summary{{"events", 0}, {"lessons learned", 0}, {"invitations", 0}};
    SAMLA_ASSIGN(auto existing, s.query("SELECT (SELECT COUNT(*) FROM events) + "
                                        "(SELECT COUNT(*) FROM lessons)"));
    if (existing.front().integer(0) > 0) return summary;
    for (auto& l : demo_lessons()) {
      SAMLA_TRY(store::insert_lesson(s, std::move(l), actor));
      ++summary["lessons learned"];
    }
    for (auto& d : demo_events()) {
      SAMLA_ASSIGN(Event e, store::insert_event(s, std::move(d.event), actor));
      SAMLA_ASSIGN(e, advance(s, e, d.steps, actor));
      if (d.people > 0) {
        SAMLA_ASSIGN(auto people, people_by_id(s, d.offset, d.people));
        SAMLA_ASSIGN(int invited, record_attendance(s, e, people, d.declined, d.no_shows, actor));
        summary["invitations"] += invited;
      }
      ++summary["events"];
    }
    return summary;
  });
}

}  // namespace samla::events
