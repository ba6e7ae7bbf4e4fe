// Erasure (GDPR art. 17): every identifying value of a person leaves every table, in one
// transaction. The person stays as a tombstone — the same id, no name — so that what was counted
// stays true (attendance, co-participation, evaluation statistics); the rows that exist only for
// them go; free text about them is emptied; their name, address and number are replaced wherever
// else they were written, the audit log included, through the one path its append-only rule
// allows (rights/schema.cc). The audit log then keeps that an erasure happened, by whom and why.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>

#include "access/principal.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::rights {

inline constexpr std::size_t kMaxReason = 1000;

struct ErasureReport {
  std::int64_t erasure_id = 0;
  std::int64_t person_id = 0;
  std::string erased_at, erased_by, reason;
  std::map<std::string, std::int64_t> changed;  // rows changed or deleted, by table
  std::string backups;                          // what backups still hold, in plain words
};

nlohmann::json to_json(const ErasureReport& report);

// Erases person `person_id` for `reason` (required; the person's values are taken out of it).
// 404 when there is no such person, 409 when they were erased already, 422 naming `reason`.
Result<ErasureReport> erase_person(storage::Session& s, std::int64_t person_id, std::string reason,
                                   const access::Principal& actor);

}  // namespace samla::rights
