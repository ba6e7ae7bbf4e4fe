// Invented ties at any scale, for benchmarks: between the people already in the database,
// reproducible from a seed, with local clustering (most ties join people close in id order,
// as generated people of one organisation and country are) so the network has communities.
#pragma once

#include <cstdint>
#include <functional>

#include "access/principal.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::network {

struct GeneratedTies {
  std::int64_t created = 0;
  double seconds = 0;
};

// Writes `count` ties in transactions of `batch`; one audit entry records the whole run.
Result<GeneratedTies> write_generated_ties(storage::Session& s, std::int64_t count,
                                           std::uint64_t seed, std::int64_t batch,
                                           const access::Principal& actor,
                                           const std::function<void(std::int64_t)>& progress = {});

}  // namespace samla::network
