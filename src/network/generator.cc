#include "network/generator.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <random>
#include <set>

#include "access/audit.h"
#include "core/clock.h"
#include "network/model.h"
#include "register/generator.h"

namespace samla::network {

Result<GeneratedTies> write_generated_ties(storage::Session& s, std::int64_t count,
                                           std::uint64_t seed, std::int64_t batch,
                                           const access::Principal& actor,
                                           const std::function<void(std::int64_t)>& progress) {
  const auto started = std::chrono::steady_clock::now();
  SAMLA_ASSIGN(auto rows, s.query("SELECT id FROM people ORDER BY id"));
  std::vector<std::int64_t> people;
  people.reserve(rows.size());
  for (const auto& r : rows) people.push_back(r.integer(0));
  GeneratedTies out;
  if (people.size() < 2 || count <= 0) return out;
  std::mt19937_64 rng(seed ^ 0x7469657300000000ULL);  // "ties"
  const auto n = static_cast<std::uint64_t>(people.size());
  const std::string now = now_iso8601();
  std::set<std::pair<std::uint64_t, std::uint64_t>> made;
  const std::uint64_t possible = n * (n - 1) / 2;
  if (static_cast<std::uint64_t>(count) > possible / 2)
    return invalid_field("ties", Msg::too_many_pairs);
  while (out.created < count) {
    SAMLA_TRY(storage::in_transaction(s, [&](storage::Session& tx) -> Status {
      for (std::int64_t i = 0; i < batch && out.created < count; ++i) {
        std::uint64_t a = registry::uniform_below(rng, n), b = a;
        // Four in five ties stay within 200 places in id order: clusters, then bridges.
        if (registry::uniform_below(rng, 5) < 4) {
          const std::uint64_t low = a > 100 ? a - 100 : 0;
          b = low + registry::uniform_below(rng, std::min<std::uint64_t>(200, n - low));
        } else {
          b = registry::uniform_below(rng, n);
        }
        if (a == b || !made.insert(std::minmax(a, b)).second) continue;
        const std::string& type =
            tie_types()[registry::uniform_below(rng, 20) == 0
                            ? 5
                            : registry::uniform_below(rng, tie_types().size() - 1)];
        const auto strength = static_cast<std::int64_t>(1 + registry::uniform_below(rng, 3));
        const std::string starts_on = std::to_string(2020 + registry::uniform_below(rng, 7)) +
                                      "-0" + std::to_string(1 + registry::uniform_below(rng, 9)) +
                                      "-1" + std::to_string(registry::uniform_below(rng, 10));
        SAMLA_TRY(
            tx.execute("INSERT INTO ties (from_person_id, to_person_id, type, directed, "
                       "strength, starts_on, source, created_at, updated_at) VALUES "
                       "(?, ?, ?, 0, ?, ?, 'observed', ?, ?)",
                       {people[a], people[b], type, strength, starts_on, now, now}));
        ++out.created;
      }
      return ok_status();
    }));
    if (progress) progress(out.created);
  }
  nlohmann::json summary = {{"generated_ties", out.created}, {"seed", seed}};
  SAMLA_TRY(access::record_change(s, actor, "create", "tie", "generated", nullptr, &summary));
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return out;
}

}  // namespace samla::network
