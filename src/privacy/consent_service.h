// Consent use cases: each in a pooled session, writes in one transaction. Readers of the
// register see a person's consents, except those about lived experience, which only those who
// see special-category data see (that someone was asked tells that they have it); those who
// write the register record, withdraw and confirm them; admins add wordings.
#pragma once

#include "privacy/consent_store.h"
#include "privacy/pooled_service.h"

namespace samla::privacy {

class ConsentService : public PooledService {
 public:
  using PooledService::PooledService;

  Result<std::vector<Consent>> list(std::int64_t person_id, const Viewer& viewer);
  Result<Consent> give(Consent input, const Viewer& writer);
  Result<Consent> withdraw(std::int64_t person_id, std::int64_t id, const std::string& channel,
                           std::optional<std::int64_t> version, const Viewer& writer);
  Result<Consent> confirm_review(std::int64_t person_id, std::int64_t id,
                                 std::optional<std::int64_t> version, const Viewer& writer);
  Result<std::vector<ConsentText>> texts();
  Result<ConsentText> add_text(ConsentText text, const access::Principal& actor);
  Result<std::vector<consents::ReviewEntry>> review(const Viewer& viewer, int limit);
};

}  // namespace samla::privacy
