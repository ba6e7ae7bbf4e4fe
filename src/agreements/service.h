// Agreements use cases: each in a pooled session, writes in one transaction. Whoever reads the
// register reads them; coordinators and admins (manage_programme) record and change them.
#pragma once

#include "agreements/store.h"
#include "privacy/pooled_service.h"

namespace samla::agreements {

class AgreementsService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  Result<std::vector<Agreement>> list(const store::ListFilter& filter) {
    return run(false, [&](storage::Session& s) { return store::list_agreements(s, filter); });
  }
  // Get, create, update and remove, from the store's functions.
  privacy::RecordUses<Agreement> agreements() {
    return {*this,
            {store::insert_agreement, store::get_agreement, nullptr, store::update_agreement,
             store::delete_agreement}};
  }
};

}  // namespace samla::agreements
