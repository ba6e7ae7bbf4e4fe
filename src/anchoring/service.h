// Anchoring use cases: each in a pooled session, writes in one transaction. Whoever reads the
// register reads them; coordinators and admins (manage_programme) record and change them.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "anchoring/model.h"
#include "anchoring/store.h"
#include "privacy/pooled_service.h"

namespace samla::anchoring {

class AnchoringService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  Result<std::vector<Anchoring>> list(const store::ListFilter& filter);
  Result<Anchoring> get(std::int64_t id);
  Result<Anchoring> create(Anchoring input, const access::Principal& actor);
  Result<Anchoring> update(std::int64_t id, Anchoring input, std::optional<std::int64_t> version,
                           const access::Principal& actor);
  Status remove(std::int64_t id, std::optional<std::int64_t> version,
                const access::Principal& actor);
};

}  // namespace samla::anchoring
