// The outcomes' use cases: each in a pooled session, writes in one transaction. Who may do
// what beyond the route's action is decided here (rules of the event, not of the route):
// coordinators and admins write any event's outcomes, facilitators those of events that list
// their account; observers read them once the event has been held.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "outcomes/model.h"
#include "privacy/pooled_service.h"

namespace samla::outcomes {

class OutcomesService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  // The event's outcomes in order, as `caller` may read them (403 for an observer before the
  // event is held; an unnamed quote's speaker only for those who may write them).
  Result<std::vector<Outcome>> list(std::int64_t event_id, const access::Principal& caller);
  Result<Outcome> get(std::int64_t event_id, std::int64_t id, const access::Principal& caller);
  // Adds an outcome at the end of the event's order.
  Result<Outcome> create(std::int64_t event_id, Outcome input, const access::Principal& actor);
  // Replaces an outcome's fields (If-Match: `version`).
  Result<Outcome> update(std::int64_t event_id, std::int64_t id, Outcome input,
                         std::optional<std::int64_t> version, const access::Principal& actor);
  Status remove(std::int64_t event_id, std::int64_t id, std::optional<std::int64_t> version,
                const access::Principal& actor);
  // Puts the event's outcomes in the order of `ids` (each of them once).
  Result<std::vector<Outcome>> reorder(std::int64_t event_id, const std::vector<std::int64_t>& ids,
                                       const access::Principal& actor);
};

}  // namespace samla::outcomes
