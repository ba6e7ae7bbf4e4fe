#include "network/demo.h"

#include "network/store.h"

namespace samla::network {
namespace {

struct DemoTie {
  int from, to;  // positions in the demo register's people, in id order
  const char* type;
  int strength;
  const char* starts_on;
  bool directed;
};

// Clusters by country and sector that the kickoff and the dialogue then begin to join.
const DemoTie kTies[] = {
    {0, 1, "collaboration", 3, "2024-03-01", false},
    {0, 2, "information_exchange", 2, "2025-01-15", false},
    {2, 3, "formal_authority", 3, "2023-09-01", true},
    {1, 4, "advice", 1, "2025-06-01", true},
    {4, 5, "collaboration", 2, "2025-02-01", false},
    {5, 6, "collaboration", 3, "2024-11-01", false},
    {6, 7, "information_exchange", 1, "2025-08-20", false},
    {7, 8, "funding", 2, "2026-01-10", true},
    {8, 9, "collaboration", 2, "2026-02-01", false},
    {9, 10, "advice", 2, "2025-10-01", true},
    {10, 11, "collaboration", 3, "2024-05-05", false},
    {12, 13, "collaboration", 2, "2024-04-01", false},
    {13, 14, "information_exchange", 2, "2025-03-03", false},
    {14, 15, "collaboration", 3, "2023-11-11", false},
    {15, 16, "advice", 1, "2026-04-01", true},
    {17, 18, "collaboration", 2, "2025-05-05", false},
    {18, 19, "information_exchange", 1, "2025-12-01", false},
    {20, 21, "collaboration", 3, "2024-01-20", false},
    {21, 22, "funding", 2, "2025-09-09", true},
    {23, 24, "collaboration", 2, "2025-04-04", false},
    {24, 25, "conflict", 1, "2026-03-01", false},
    {26, 27, "collaboration", 2, "2024-08-08", false},
    {28, 29, "information_exchange", 2, "2025-07-07", false},
    {30, 31, "collaboration", 3, "2024-02-02", false},
    {32, 33, "advice", 2, "2025-11-11", true},
    {3, 12, "collaboration", 2, "2026-09-20", false},  // after the kickoff
    {11, 20, "information_exchange", 2, "2026-10-01", false},
    {16, 26, "collaboration", 1, "2026-10-25", false},  // after the dialogue
    {19, 30, "advice", 2, "2026-11-02", true},
};

}  // namespace

Result<Counts> load_demo_ties(storage::SessionPool& pool, const access::Principal& actor) {
  SAMLA_ASSIGN(auto lease, pool.acquire());
  return storage::in_transaction(*lease, [&](storage::Session& s) -> Result<Counts> {
    SAMLA_ASSIGN(auto existing, s.query_one("SELECT COUNT(*) FROM ties"));
    if (existing.integer(0) > 0) return Counts{{"ties", 0}};
    SAMLA_ASSIGN(auto rows, s.query("SELECT id FROM people ORDER BY id"));
    int created = 0;
    for (const auto& d : kTies) {
      if (static_cast<std::size_t>(std::max(d.from, d.to)) >= rows.size()) continue;
      Tie t;
      t.from = {Stakeholder::Kind::person, rows[d.from].integer(0)};
      t.to = {Stakeholder::Kind::person, rows[d.to].integer(0)};
      t.type = d.type;
      t.strength = d.strength;
      t.starts_on = d.starts_on;
      t.directed = d.directed;
      t.source = "reported";
      t.reported_by = "Demo mapping interviews";
      SAMLA_TRY(store::insert_tie(s, std::move(t), actor));
      ++created;
    }
    return Counts{{"ties", created}};
  });
}

}  // namespace samla::network
