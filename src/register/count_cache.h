// The totals of filtered lists, kept until the register changes.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

#include "core/result.h"
#include "storage/database.h"

namespace samla::registry {

// A number that names the register's state: it grows with every committed change. Every
// change to the register writes an audit entry in its own transaction, so the newest audit id
// serves. Only on SQLite, where writers take turns and audit ids therefore grow in commit
// order; on PostgreSQL a transaction may commit after another that took a higher id, so the
// newest id can stay put while data changes, and this is nullopt (nothing may be cached).
// Call it outside write transactions only: inside one it would see the transaction's own
// audit ids, which a rollback hands to the next writer.
Result<std::optional<std::int64_t>> register_generation(storage::Session& s);

// Counting every matching row is most of the work of a list page on a large register (the
// 29,000 Swedes of 100,000 people), and the count is the same for every page and every
// reader until something changes: a count is reused while register_generation stays the
// same (and always taken afresh where there is none).
class CountCache {
 public:
  // The number of rows `count_sql` (a SELECT COUNT(*) with `params`) reports.
  Result<std::int64_t> count(storage::Session& s, const std::string& count_sql,
                             const storage::Params& params);

 private:
  static constexpr std::size_t kMaxEntries = 4096;
  std::mutex mutex_;
  std::int64_t generation_ = -1;
  std::unordered_map<std::string, std::int64_t> counts_;
};

}  // namespace samla::registry
