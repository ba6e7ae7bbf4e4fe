// The e-mails about actions, in Swedish or English: the weekly digest of one person's open
// actions (overdue, stalled, behind, due soon, the rest) and the reminder a few days before a
// due date. Pure: the job (digests.cc) picks the people and actions and queues the result.
// Each message ends with the person's unsubscribe link, kept out of the body as the outbox's
// personal link (events::kPersonalLinkSlot) so that only those who may act for anyone see it.
#pragma once

#include <string>
#include <vector>

#include "actions/model.h"

namespace samla::actions {

inline constexpr int kDueSoonDays = 14;  // the digest's "due in the next two weeks"
inline constexpr int kReminderDays = 3;  // a reminder goes this many days before the due date

struct MailText {
  std::string subject, body;
};

// The status as people read it ("Pågår", "In progress").
std::string status_words(const std::string& status, const std::string& language);

// The digest for `name` of `actions` (open, flagged as of `today`) for `period` (an ISO week),
// in `language` (sv or en), linking to `my_work_url`.
MailText compose_digest(const std::string& name, const std::vector<Action>& actions,
                        const std::string& today, const std::string& period, int stalled_days,
                        const std::string& language, const std::string& my_work_url);

// The reminder to `name` that `action` is due on its due date.
MailText compose_reminder(const std::string& name, const Action& action,
                          const std::string& language, const std::string& action_url);

}  // namespace samla::actions
