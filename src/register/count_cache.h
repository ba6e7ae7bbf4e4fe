// The totals of filtered lists, kept until the register changes.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

#include "core/result.h"
#include "storage/database.h"

namespace samla::registry {

// A number that names the register's state: it grows with every committed change, made by
// this server, another server or the CLI (every change writes an audit entry, and a trigger on
// the audit log adds one to data_generation: access/migrations.cc, migration 58; on PostgreSQL
// it is added at commit, so the number grows in commit order). Always a number once the
// database is migrated (the optional stays for callers that would compute without one).
// Call it outside write transactions only: inside one it would see the transaction's own
// uncommitted number.
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
