// The privacy rights' use cases: a person's export (art. 15, 20) and erasure (art. 17), each in
// one pooled session; the erasure in one transaction, so nothing is half-erased.
#pragma once

#include "privacy/pooled_service.h"
#include "rights/duplicates.h"
#include "rights/erasure.h"
#include "rights/person_export.h"

namespace samla::rights {

class RightsService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  // The ZIP of everything about person `person_id`; 404 when there is none.
  Result<ExportFile> export_person(std::int64_t person_id, const access::Principal& actor);
  // Erases person `person_id` for `reason`.
  Result<ErasureReport> erase(std::int64_t person_id, std::string reason,
                              const access::Principal& actor);
  // The likely duplicates among people or organisations, most alike first.
  Result<std::vector<DuplicatePair>> duplicates(RecordKind kind, int limit);
  // Merges one record into another, in one transaction.
  Result<MergeReport> merge(RecordKind kind, MergeRequest request, const access::Principal& actor);
};

}  // namespace samla::rights
