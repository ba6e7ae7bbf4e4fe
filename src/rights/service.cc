#include "rights/service.h"

namespace samla::rights {

Result<ExportFile> RightsService::export_person(std::int64_t person_id,
                                                const access::Principal& actor) {
  // In a transaction: one consistent view of every table.
  return run(true, [&](storage::Session& s) { return rights::export_person(s, person_id, actor.name); });
}

Result<ErasureReport> RightsService::erase(std::int64_t person_id, std::string reason,
                                           const access::Principal& actor) {
  return run(true, [&](storage::Session& s) {
    return erase_person(s, person_id, std::move(reason), actor);
  });
}

Result<std::vector<DuplicatePair>> RightsService::duplicates(RecordKind kind, int limit) {
  return run(false, [&](storage::Session& s) { return find_duplicates(s, kind, limit); });
}

Result<MergeReport> RightsService::merge(RecordKind kind, MergeRequest request,
                                         const access::Principal& actor) {
  return run(true, [&](storage::Session& s) {
    return merge_records(s, kind, std::move(request), actor);
  });
}

}  // namespace samla::rights
