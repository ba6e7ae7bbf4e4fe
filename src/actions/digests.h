// The actions capability's scheduled jobs and the e-mail preference behind them:
//   actions.weekly_digest — Mondays: each person who answers for or carries out open actions
//     (and has an e-mail address and has not opted out) gets one digest in the outbox;
//   actions.due_reminders — daily: a reminder kReminderDays before an open action's due date;
//   actions.retention — daily: unsubscribe links older than kLinkDays are forgotten.
// Each message carries a key (digest:PERSON:WEEK, reminder:ACTION:DUE:PERSON) that the outbox
// keeps once, so a run repeated after a crash queues nothing twice.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "access/principal.h"
#include "core/counts.h"
#include "jobs/job.h"
#include "storage/database.h"

namespace samla::actions::mail {

inline constexpr int kLinkDays = 180;  // an unsubscribe link works this long

std::vector<jobs::Job> jobs();

// One run of each job, inside the caller's transaction (the jobs call these).
Result<Counts> queue_digests(storage::Session& s, const jobs::JobContext& context);
Result<Counts> queue_reminders(storage::Session& s, const jobs::JobContext& context);
Result<Counts> forget_old_links(storage::Session& s, const jobs::JobContext& context);

// The unsubscribe link's secret: that person gets no more digests or reminders (again and
// again is fine). not_found for a secret samla never sent or has forgotten.
Status unsubscribe(storage::Session& s, const std::string& secret);

// Whether person `person_id` gets e-mail about their actions, and a change of it by
// themselves (own_account) or a coordinator.
Result<bool> subscribed(storage::Session& s, std::int64_t person_id);
Status set_subscribed(storage::Session& s, std::int64_t person_id, bool subscribed,
                      const std::string& via, const access::Principal& actor);

}  // namespace samla::actions::mail
