// The initiative list's use cases: each in a pooled session, writes in one transaction.
// Whoever reads the register reads initiatives; coordinators and facilitators (plan_events)
// propose and edit them; coordinators, facilitators and admins (rate_initiatives) rate them;
// coordinators (manage_programme) accept or decline them, make their action plans and set the
// programme's weights.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "initiatives/model.h"
#include "initiatives/store.h"
#include "privacy/pooled_service.h"

namespace samla::initiatives {

class InitiativesService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  Result<std::vector<Initiative>> list(const store::ListFilter& filter,
                                       const access::Principal& viewer);
  Result<Initiative> get(std::int64_t id, const access::Principal& viewer);
  Result<Initiative> create(Initiative input, const access::Principal& actor);
  Result<Initiative> from_outcome(std::int64_t outcome_id, const access::Principal& actor);
  Result<Initiative> update(std::int64_t id, Initiative input, std::optional<std::int64_t> version,
                            const access::Principal& actor);
  Status remove(std::int64_t id, std::optional<std::int64_t> version,
                const access::Principal& actor);

  Result<Initiative> rate(std::int64_t id, Rating rating, const access::Principal& actor);
  Result<Initiative> unrate(std::int64_t id, const access::Principal& actor);
  Result<std::vector<Rating>> ratings(std::int64_t id);

  Result<Initiative> move(std::int64_t id, const std::string& to, const std::string& reason,
                          std::optional<std::int64_t> version, const access::Principal& actor);
  Result<Initiative> make_plan(std::int64_t id, std::optional<std::int64_t> version,
                               const access::Principal& actor);

  Result<Weights> weights(std::int64_t programme_id);
  Result<Weights> set_weights(std::int64_t programme_id, Weights w,
                              std::optional<std::int64_t> version, const access::Principal& actor);
};

}  // namespace samla::initiatives
