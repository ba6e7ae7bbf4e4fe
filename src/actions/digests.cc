#include "actions/digests.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "access/audit.h"
#include "access/credentials.h"
#include "actions/mail.h"
#include "actions/rules.h"
#include "actions/store.h"
#include "core/date.h"
#include "events/invitation_rules.h"
#include "events/messages.h"
#include "privacy/consent.h"

namespace samla::actions::mail {
namespace {

using storage::Session;

struct Recipient {
  std::string name, email, language;
};

std::string day_of(TimePoint t) {
  return format_day(std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(t)});
}

// The open actions, flagged as of `today` under their programmes' days to stalled.
Result<std::vector<Action>> open_actions(Session& s, const std::string& today,
                                         store::StalledDays& days) {
  SAMLA_ASSIGN(days, store::stalled_days(s));
  ActionFilter open;
  open.open_only = true;
  SAMLA_ASSIGN(auto actions, store::list_actions(s, open));
  for (auto& a : actions) surface(a, today, days.of_plan(a.plan_id));
  return actions;
}

// The days a digest names for "stalled": the fewest among the stalled actions it lists (each
// was still without an update for at least that long), else the instance's default.
int stalled_days_of(const std::vector<Action>& listed, const store::StalledDays& days) {
  int fewest = 0;
  for (const auto& a : listed)
    if (a.stalled && (fewest == 0 || days.of_plan(a.plan_id) < fewest))
      fewest = days.of_plan(a.plan_id);
  return fewest == 0 ? days.fallback : fewest;
}

// The people of an action who get its mail: those who answer for it or carry it out.
std::vector<std::int64_t> carriers(const Action& a) {
  std::vector<std::int64_t> out;
  if (a.accountable && a.accountable->person_id) out.push_back(*a.accountable->person_id);
  for (const auto& p : a.responsible)
    if (p.person_id && std::find(out.begin(), out.end(), *p.person_id) == out.end())
      out.push_back(*p.person_id);
  return out;
}

// Name, address and language of those of `ids` who have an address, a basis for contact
// (privacy/consent.h) and have not opted out,
// read a few hundred at a time.
Result<std::map<std::int64_t, Recipient>> recipients(Session& s,
                                                     const std::set<std::int64_t>& ids) {
  std::map<std::int64_t, Recipient> out;
  std::map<std::int64_t, std::vector<std::string>> languages;
  std::vector<std::int64_t> all(ids.begin(), ids.end());
  constexpr std::size_t kChunk = 500;
  for (std::size_t from = 0; from < all.size(); from += kChunk) {
    const std::size_t to = std::min(all.size(), from + kChunk);
    std::string marks;
    storage::Params params;
    for (std::size_t i = from; i < to; ++i) {
      marks += marks.empty() ? "?" : ", ?";
      params.push_back(all[i]);
    }
    SAMLA_ASSIGN(auto people,
                 s.query("SELECT p.id, p.name, p.email FROM people p WHERE p.id IN (" + marks +
                             ") AND p.email IS NOT NULL AND p.email <> '' AND NOT EXISTS (SELECT 1 "
                             "FROM action_mail_opt_outs o WHERE o.person_id = p.id) AND " +
                             privacy::contact_basis_sql("p.id"),
                         params));
    for (const auto& r : people) out[r.integer(0)] = {r.text(1), r.text(2), ""};
    SAMLA_ASSIGN(auto spoken, s.query("SELECT person_id, language FROM person_languages WHERE "
                                      "person_id IN (" +
                                          marks + ") ORDER BY person_id, language",
                                      params));
    for (const auto& r : spoken) languages[r.integer(0)].push_back(r.text(1));
  }
  for (auto& [id, who] : out) who.language = events::message_language(languages[id]);
  return out;
}

// A new unsubscribe link for `person_id`, its secret kept only as a hash.
Result<std::string> new_link(Session& s, std::int64_t person_id, const std::string& public_url,
                             const std::string& at) {
  const std::string secret = access::credentials::random_secret();
  SAMLA_TRY(
      s.execute("INSERT INTO action_mail_links (token_hash, person_id, created_at) VALUES "
                "(?, ?, ?)",
                {access::credentials::sha256_hex(secret), person_id, at}));
  return public_url + "/unsubscribe#" + secret;
}

// Queues `text` for `who` under `key` unless the outbox has it: whether it was queued.
Result<bool> queue_once(Session& s, const std::string& key, std::int64_t person_id,
                        const Recipient& who, const MailText& text, const std::string& kind,
                        const jobs::JobContext& context) {
  SAMLA_ASSIGN(bool queued_before, events::store::has_message(s, key));
  if (queued_before) return false;
  events::OutboxMessage m;
  m.to_name = who.name;
  m.to_email = who.email;
  m.language = who.language;
  m.subject = text.subject;
  m.body = text.body;
  m.kind = kind;
  m.dedupe_key = key;
  SAMLA_ASSIGN(m.personal_link,
               new_link(s, person_id, context.public_url, format_iso8601(context.now)));
  SAMLA_TRY(events::store::queue_message(s, std::move(m)));
  return true;
}

Result<Counts> in_transaction(storage::SessionPool& pool, const jobs::JobContext& context,
                              Result<Counts> (*work)(Session&, const jobs::JobContext&)) {
  return storage::with_session(pool, true, [&](Session& s) { return work(s, context); });
}

}  // namespace

Result<Counts> queue_digests(Session& s, const jobs::JobContext& context) {
  const std::string today = day_of(context.now);
  store::StalledDays days;
  SAMLA_ASSIGN(auto actions, open_actions(s, today, days));
  std::map<std::int64_t, std::vector<const Action*>> by_person;
  for (const auto& a : actions)
    for (std::int64_t person : carriers(a)) by_person[person].push_back(&a);
  std::set<std::int64_t> ids;
  for (const auto& [person, _] : by_person) ids.insert(person);
  SAMLA_ASSIGN(auto who, recipients(s, ids));
  Counts counts{{"messages", 0}, {"already_queued", 0}, {"without_address", 0}};
  for (const auto& [person, list] : by_person) {
    auto found = who.find(person);
    if (found == who.end()) {
      ++counts["without_address"];  // or opted out: both get no mail
      continue;
    }
    std::vector<Action> mine;
    for (const Action* a : list) mine.push_back(*a);
    std::sort(mine.begin(), mine.end(), [](const Action& x, const Action& y) {
      return std::make_pair(x.due_date.value_or("9999"), x.id) <
             std::make_pair(y.due_date.value_or("9999"), y.id);
    });
    const MailText text =
        compose_digest(found->second.name, mine, today, context.period, stalled_days_of(mine, days),
                       found->second.language, context.public_url + "/my-work");
    SAMLA_ASSIGN(bool queued,
                 queue_once(s, "digest:" + std::to_string(person) + ":" + context.period, person,
                            found->second, text, "digest", context));
    ++counts[queued ? "messages" : "already_queued"];
  }
  return counts;
}

Result<Counts> queue_reminders(Session& s, const jobs::JobContext& context) {
  const std::string today = day_of(context.now);
  const std::string last = add_days(today, kReminderDays).value_or(today);
  store::StalledDays days;
  SAMLA_ASSIGN(auto actions, open_actions(s, today, days));
  std::vector<const Action*> due;
  std::set<std::int64_t> ids;
  for (const auto& a : actions) {
    if (!a.due_date || *a.due_date < today || *a.due_date > last) continue;
    due.push_back(&a);
    for (std::int64_t person : carriers(a)) ids.insert(person);
  }
  SAMLA_ASSIGN(auto who, recipients(s, ids));
  Counts counts{{"messages", 0}, {"already_queued", 0}};
  for (const Action* a : due) {
    for (std::int64_t person : carriers(*a)) {
      auto found = who.find(person);
      if (found == who.end()) continue;
      const MailText text =
          compose_reminder(found->second.name, *a, found->second.language,
                           context.public_url + "/actions/" + std::to_string(a->id));
      const std::string key =
          "reminder:" + std::to_string(a->id) + ":" + *a->due_date + ":" + std::to_string(person);
      SAMLA_ASSIGN(bool queued,
                   queue_once(s, key, person, found->second, text, "reminder", context));
      ++counts[queued ? "messages" : "already_queued"];
    }
  }
  return counts;
}

Result<Counts> forget_old_links(Session& s, const jobs::JobContext& context) {
  const std::string before = format_iso8601(context.now - std::chrono::days{kLinkDays});
  SAMLA_ASSIGN(auto forgotten,
               s.execute("DELETE FROM action_mail_links WHERE created_at < ?", {before}));
  return Counts{{"unsubscribe_links", forgotten}};
}

std::vector<jobs::Job> jobs() {
  return {
      {"actions.weekly_digest",
       "Every Monday: each person's open actions (overdue, stalled, behind, due soon) by e-mail",
       jobs::Cadence::weekly, 6,
       [](storage::SessionPool& pool, const jobs::JobContext& context) {
         return in_transaction(pool, context, queue_digests);
       }},
      {"actions.due_reminders",
       "Every day: a reminder to those who answer for or carry out an action due within " +
           std::to_string(kReminderDays) + " days",
       jobs::Cadence::daily, 6,
       [](storage::SessionPool& pool, const jobs::JobContext& context) {
         return in_transaction(pool, context, queue_reminders);
       }},
      {"actions.retention",
       "Every day: forgets unsubscribe links older than " + std::to_string(kLinkDays) + " days",
       jobs::Cadence::daily, 3,
       [](storage::SessionPool& pool, const jobs::JobContext& context) {
         return in_transaction(pool, context, forget_old_links);
       }},
  };
}

Status unsubscribe(Session& s, const std::string& secret) {
  SAMLA_ASSIGN(
      auto link,
      s.query_one("SELECT person_id FROM action_mail_links WHERE token_hash = ?",
                  {access::credentials::sha256_hex(secret)},
                  Message(Msg::unsubscribe_link_unknown, {{"days", std::to_string(kLinkDays)}})));
  return set_subscribed(s, link.integer(0), false, "unsubscribe_link",
                        access::system_principal("unsubscribe link"));
}

Result<bool> subscribed(Session& s, std::int64_t person_id) {
  SAMLA_ASSIGN(auto rows,
               s.query("SELECT 1 FROM action_mail_opt_outs WHERE person_id = ?", {person_id}));
  return rows.empty();
}

Status set_subscribed(Session& s, std::int64_t person_id, bool subscribed_now,
                      const std::string& via, const access::Principal& actor) {
  SAMLA_ASSIGN(bool before, subscribed(s, person_id));
  if (before == subscribed_now) return ok_status();
  if (subscribed_now)
    SAMLA_TRY(s.execute("DELETE FROM action_mail_opt_outs WHERE person_id = ?", {person_id}));
  else
    SAMLA_TRY(s.execute("INSERT INTO action_mail_opt_outs (person_id, at, via) VALUES (?, ?, ?)",
                        {person_id, now_iso8601(), via}));
  const nlohmann::json was{{"subscribed", before}},
      is{{"subscribed", subscribed_now}, {"via", via}};
  return access::record_change(s, actor, "update", "action_mail", std::to_string(person_id), &was,
                               &is);
}

}  // namespace samla::actions::mail
