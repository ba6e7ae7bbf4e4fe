#include "evaluation/demo.h"

#include <algorithm>

#include "evaluation/rules.h"
#include "evaluation/store.h"

namespace samla::evaluation {
namespace {

using storage::Session;

constexpr const char* kHeldEvents[] = {"Kickoff: Kraftsamling för psykisk hälsa",
                                       "Policy dialogue: access to services across borders"};

// Invented, deterministic ratings: before 2–4; after mostly one step higher, sometimes the
// same, now and then lower, so the results show every kind of shift.
int before_rating(std::size_t person, std::int64_t item) {
  return 2 + static_cast<int>((person * 7 + static_cast<std::size_t>(item) * 3) % 3);
}
int after_rating(std::size_t person, std::int64_t item) {
  const std::size_t turn = (person + static_cast<std::size_t>(item)) % 5;
  const int shift = turn == 0 ? 0 : turn == 4 ? -1 : turn == 3 ? 2 : 1;
  return std::clamp(before_rating(person, item) + shift, 1, 5);
}

// Neutral remarks about the day, never about anyone's health.
const char* remark(std::size_t person, bool after) {
  if (person % 4 != 1) return nullptr;
  return after ? "More time in the working groups, please." : "I hope to meet the other regions.";
}

Answer demo_answer(const std::vector<Item>& items, std::size_t person, bool after) {
  Answer a;
  a.phase = after ? kAfter : kBefore;
  for (const Item& item : items) {
    if (item.kind == "scale")
      a.ratings[item.id] = after ? after_rating(person, item.id) : before_rating(person, item.id);
    else if (const char* text = remark(person, after))
      a.texts[item.id] = text;
  }
  return a;
}

}  // namespace

Result<Counts> load_demo_answers(storage::SessionPool& pool, const access::Principal&) {
  SAMLA_ASSIGN(auto lease, pool.acquire());
  return storage::in_transaction(*lease, [&](Session& s) -> Result<Counts> {
    Counts summary{{"evaluation answers", 0}};
    SAMLA_ASSIGN(auto existing, s.query_one("SELECT COUNT(*) FROM evaluation_answers"));
    if (existing.integer(0) > 0) return summary;
    for (const char* title : kHeldEvents) {
      SAMLA_ASSIGN(auto events, s.query("SELECT id FROM events WHERE title = ?", {title}));
      if (events.empty()) continue;
      const std::int64_t event_id = events.front().integer(0);
      SAMLA_ASSIGN(Form form, store::get_form(s, event_id));
      SAMLA_ASSIGN(auto came, s.query("SELECT id FROM invitations WHERE event_id = ? AND "
                                      "status = 'attended' ORDER BY id",
                                      {event_id}));
      for (std::size_t person = 0; person < came.size(); ++person) {
        const std::int64_t invitation = came[person].integer(0);
        // Most answer both; every seventh skipped the before form, every sixth the after.
        if (person % 7 != 3) {
          SAMLA_TRY(store::insert_answer(s, event_id, invitation,
                                         demo_answer(form.items, person, false)));
          ++summary["evaluation answers"];
        }
        if (person % 6 != 5) {
          SAMLA_TRY(
              store::insert_answer(s, event_id, invitation, demo_answer(form.items, person, true)));
          ++summary["evaluation answers"];
        }
      }
    }
    return summary;
  });
}

}  // namespace samla::evaluation
