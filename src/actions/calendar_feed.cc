#include "actions/calendar_feed.h"

#include "access/credentials.h"
#include "actions/store.h"
#include "core/clock.h"
#include "events/calendar.h"
#include "events/store.h"

#ifndef SAMLA_VERSION
#define SAMLA_VERSION "0.0.0"
#endif

namespace samla::actions::feed {
namespace {

using storage::Session;

constexpr Msg kNoSuchFeed = Msg::no_such_calendar;

}  // namespace

Result<std::string> renew(Session& s, std::int64_t user_id) {
  const std::string secret = access::credentials::random_secret();
  SAMLA_TRY(s.execute("DELETE FROM calendar_feeds WHERE user_id = ?", {user_id}));
  SAMLA_TRY(
      s.execute("INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES (?, "
                "?, ?)",
                {user_id, access::credentials::sha256_hex(secret), now_iso8601()}));
  return secret;
}

Status revoke(Session& s, std::int64_t user_id) {
  SAMLA_TRY(s.execute("DELETE FROM calendar_feeds WHERE user_id = ?", {user_id}));
  return ok_status();
}

Result<std::string> calendar(Session& s, const std::string& secret, const std::string& today) {
  SAMLA_ASSIGN(auto feed, s.query_one("SELECT f.user_id, u.person_id, u.name FROM calendar_feeds f "
                                      "JOIN users u ON u.id = f.user_id WHERE f.token_hash = ? "
                                      "AND u.disabled = 0",
                                      {access::credentials::sha256_hex(secret)}, kNoSuchFeed));
  std::vector<events::CalendarDay> days;
  std::vector<events::Event> meetings;
  if (!feed.is_null(1)) {
    const std::int64_t person = feed.integer(1);
    ActionFilter mine;
    mine.open_only = true;
    mine.involved_person_id = person;
    SAMLA_ASSIGN(auto actions, store::list_actions(s, mine));
    for (const auto& a : actions) {
      if (!a.due_date) continue;
      const bool late = *a.due_date < today;
      days.push_back({"action-" + std::to_string(a.id) + "-due", *a.due_date,
                      (late ? "Overdue / Försenad: " : "Due / Klart senast: ") + a.title,
                      "Status: " + a.status + ", " + std::to_string(a.progress) + " %"});
    }
    // The meetings of the groups they lead or belong to (on the meeting's day).
    SAMLA_ASSIGN(auto rows,
                 s.query("SELECT DISTINCT m.event_id FROM group_meetings m JOIN "
                         "follow_up_groups g ON g.id = m.group_id WHERE g.lead_person_id = ? OR "
                         "EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = g.id AND "
                         "gm.person_id = ?) ORDER BY m.event_id",
                         {person, person}));
    for (const auto& r : rows) {
      SAMLA_ASSIGN(events::Event e, events::store::get_event(s, r.integer(0)));
      meetings.push_back(std::move(e));
    }
  }
  return events::icalendar_feed("samla: " + feed.text(2), meetings, days, SAMLA_VERSION);
}

}  // namespace samla::actions::feed
