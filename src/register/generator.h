// Invented register data at any scale, for benchmarks and load tests: reproducible from a
// seed on every platform (std::mt19937_64 is fully specified, and every distribution here is
// integer arithmetic of our own, not the standard library's implementation-defined ones).
// Country, sector and organisation sizes are Zipf-skewed; names mix Swedish and other
// European first and last names, so no generated name belongs to a known real person.
#pragma once

#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "register/model.h"
#include "storage/database.h"

namespace samla::registry {

// Picks an index with probability proportional to integer weights, by integer arithmetic.
class WeightedPick {
 public:
  explicit WeightedPick(const std::vector<std::uint64_t>& weights);
  // Zipf with exponent 1: the k-th (1-based) of n values weighs 1/k.
  static WeightedPick zipf(std::size_t n);
  std::size_t operator()(std::mt19937_64& rng) const;
  std::size_t size() const { return cumulative_.size(); }

 private:
  std::vector<std::uint64_t> cumulative_;
};

// A uniform integer in [0, n), n > 0 (multiply-shift: deterministic, bias below 2^-40).
std::uint64_t uniform_below(std::mt19937_64& rng, std::uint64_t n);

// The generated records, before they are written. Organisation parent_id and person
// organisation_id hold 0-based indexes into organisations() until write_generated maps them
// to database ids.
class Generator {
 public:
  Generator(std::uint64_t seed, std::int64_t organisations);
  const std::vector<Organisation>& organisations() const { return organisations_; }
  // The next person (the n-th call gives person n of this seed, whatever was written between).
  Person next_person();

 private:
  std::uint64_t seed_;
  std::mt19937_64 rng_;
  std::vector<Organisation> organisations_;
  WeightedPick organisation_pick_;
  std::int64_t people_made_ = 0;
  std::unordered_set<std::string> name_keys_;  // name and organisation of each person made
};

struct GenerateOptions {
  std::int64_t people = 0;
  std::int64_t organisations = 0;
  std::uint64_t seed = 1;
  std::int64_t batch_size = 5000;  // rows per transaction
};

struct GenerateSummary {
  std::int64_t organisations_created = 0;
  std::int64_t people_created = 0;
  double organisation_seconds = 0;
  double people_seconds = 0;
};

// Generates and inserts through the register's store functions (validated and audited like
// any write), in transactions of batch_size rows. Meant for an empty register: a second run
// with the same seed conflicts on organisation names and e-mail addresses. `progress` is
// called after each committed batch with the number of people written so far.
Result<GenerateSummary> write_generated(storage::Session& session, const GenerateOptions& options,
                                        const access::Principal& actor,
                                        const std::function<void(std::int64_t)>& progress = {});

}  // namespace samla::registry
