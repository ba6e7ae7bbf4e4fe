// Interaction use cases: each in a pooled session, writes in one transaction. Readers of the
// register read the history, summaries only when they may see free text about people (and
// search summaries only then); those who write the register record and change it.
#pragma once

#include "interactions/store.h"
#include "privacy/pooled_service.h"

namespace samla::interactions {

class InteractionsService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  Result<std::vector<Interaction>> list(store::ListFilter filter, const privacy::Viewer& viewer);
  Result<Interaction> get(std::int64_t id, const privacy::Viewer& viewer);
  Result<Interaction> create(Interaction input, const privacy::Viewer& writer);
  Result<Interaction> update(std::int64_t id, Interaction input,
                             std::optional<std::int64_t> version, const privacy::Viewer& writer);
  Status remove(std::int64_t id, std::optional<std::int64_t> version,
                const access::Principal& actor);
};

}  // namespace samla::interactions
