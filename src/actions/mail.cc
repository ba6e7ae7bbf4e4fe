#include "actions/mail.h"

#include <chrono>

#include "core/date.h"
#include "events/messages.h"

namespace samla::actions {
namespace {

bool swedish(const std::string& language) {
  return language == "sv";
}

// Days from `today` to `day` (both YYYY-MM-DD; 0 when either does not parse).
int days_until(const std::string& today, const std::string& day) {
  auto from = parse_day(today), to = parse_day(day);
  if (!from || !to) return 0;
  return static_cast<int>((std::chrono::sys_days{*to} - std::chrono::sys_days{*from}).count());
}

// "Title — due 2026-12-01, In progress, 40 %".
std::string line(const Action& a, bool sv) {
  std::string out = "- " + a.title + " — ";
  if (a.due_date) out += (sv ? "klar senast " : "due ") + *a.due_date + ", ";
  out += status_words(a.status, sv ? "sv" : "en") + ", " + std::to_string(a.progress) + " %\n";
  return out;
}

std::string section(const std::string& heading, const std::vector<const Action*>& list, bool sv) {
  if (list.empty()) return "";
  std::string out = heading + " (" + std::to_string(list.size()) + ")\n";
  for (const Action* a : list) out += line(*a, sv);
  return out + "\n";
}

std::string footer(bool sv) {
  return sv ? "Du får det här e-postmeddelandet eftersom du är ansvarig för eller utför åtgärder "
              "i samla. Om du inte vill få veckosammanfattningar och påminnelser om dina "
              "åtgärder längre: " +
                  std::string(events::kPersonalLinkSlot) + "\n"
            : "You get this e-mail because you answer for or carry out actions in samla. To stop "
              "weekly summaries and reminders about your actions: " +
                  std::string(events::kPersonalLinkSlot) + "\n";
}

}  // namespace

std::string status_words(const std::string& status, const std::string& language) {
  const bool sv = swedish(language);
  if (status == "proposed") return sv ? "Föreslagen" : "Proposed";
  if (status == "agreed") return sv ? "Beslutad" : "Agreed";
  if (status == "in_progress") return sv ? "Pågår" : "In progress";
  if (status == "blocked") return sv ? "Blockerad" : "Blocked";
  if (status == "done") return sv ? "Klar" : "Done";
  if (status == "dropped") return sv ? "Avbruten" : "Dropped";
  return status;
}

MailText compose_digest(const std::string& name, const std::vector<Action>& actions,
                        const std::string& today, const std::string& period, int stalled_days,
                        const std::string& language, const std::string& my_work_url) {
  const bool sv = swedish(language);
  // Each action under the first heading that fits it, most pressing first.
  std::vector<const Action*> overdue, stalled, behind, soon, rest;
  for (const auto& a : actions) {
    if (a.overdue)
      overdue.push_back(&a);
    else if (a.stalled)
      stalled.push_back(&a);
    else if (a.at_risk)
      behind.push_back(&a);
    else if (a.due_date && days_until(today, *a.due_date) <= kDueSoonDays)
      soon.push_back(&a);
    else
      rest.push_back(&a);
  }
  MailText out;
  const std::size_t pressing = overdue.size() + stalled.size() + behind.size();
  const std::string week = period.size() > 6 ? period.substr(6) : period;
  out.subject = sv ? "samla: dina åtgärder vecka " + week : "samla: your actions, week " + week;
  if (pressing > 0)
    out.subject += sv ? " – " + std::to_string(pressing) + " behöver uppmärksamhet"
                      : " – " + std::to_string(pressing) +
                            (pressing == 1 ? " needs attention" : " need attention");
  std::string& b = out.body;
  b = (sv ? "Hej " : "Hello ") + name + ",\n\n";
  b += sv ? "Här är veckans sammanfattning av de åtgärder du är ansvarig för eller utför.\n\n"
          : "Here is this week's summary of the actions you answer for or carry out.\n\n";
  const std::string days = std::to_string(stalled_days);
  b += section(sv ? "Försenade" : "Overdue", overdue, sv);
  b += section(sv ? "Har stannat av (ingen uppdatering på " + days + " dagar)"
                  : "Stalled (no update for " + days + " days)",
               stalled, sv);
  b += section(sv ? "Ligger efter planen" : "Behind schedule", behind, sv);
  b += section(sv ? "Ska vara klara inom två veckor" : "Due in the next two weeks", soon, sv);
  b += section(sv ? "Övriga pågående" : "Other open actions", rest, sv);
  b += (sv ? "Se och uppdatera dem: " : "See and update them: ") + my_work_url + "\n\n";
  b += "-- \n" + footer(sv);
  return out;
}

MailText compose_reminder(const std::string& name, const Action& action,
                          const std::string& language, const std::string& action_url) {
  const bool sv = swedish(language);
  const std::string due = action.due_date.value_or("");
  MailText out;
  out.subject = sv ? "samla: påminnelse – " + action.title + " ska vara klar " + due
                   : "samla: reminder – " + action.title + " is due " + due;
  std::string& b = out.body;
  b = (sv ? "Hej " : "Hello ") + name + ",\n\n";
  b += sv ? "Åtgärden \"" + action.title + "\" ska vara klar " + due +
                ". Just nu: " + status_words(action.status, language) + ", " +
                std::to_string(action.progress) + " %.\n\n"
          : "The action \"" + action.title + "\" is due " + due +
                ". Now: " + status_words(action.status, language) + ", " +
                std::to_string(action.progress) + " %.\n\n";
  b += (sv ? "Uppdatera den eller skriv vad som hindrar: "
           : "Update it or say what stands in "
             "the way: ") +
       action_url + "\n\n";
  b += "-- \n" + footer(sv);
  return out;
}

}  // namespace samla::actions
