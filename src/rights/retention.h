// Retention (issue 20 part 5): rules per kind of data, applied by a daily job that reports what
// it did. Access needs are erased when an event closes (events/); evaluation answers' free text
// is emptied after the months the privacy settings say (the ratings stay for the statistics);
// people with no activity for as long are listed for a coordinator to review.
#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::rights {

// Applies the rules as of `at`: {"evaluation_texts_emptied": n, "inactive_people": m}.
Result<Counts> apply_retention(storage::Session& s, TimePoint at);

struct InactivePerson {
  std::int64_t id = 0;
  std::string name;
  std::string last_activity;  // YYYY-MM-DD
};

// {person_id, name, last_activity}
nlohmann::json to_json(const InactivePerson& p);

// Who has had no invitation, contact, membership, consent or change since `months` before `at`
// (erased people aside), longest inactive first, at most `limit`.
Result<std::vector<InactivePerson>> inactive_people(storage::Session& s, TimePoint at, int months,
                                                    int limit);

// The day `months` months before `at` (YYYY-MM-DD).
std::string months_before(TimePoint at, int months);

}  // namespace samla::rights
