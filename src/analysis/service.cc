#include "analysis/service.h"

#include "analysis/store.h"
#include "analysis/views.h"

namespace samla::analysis {

std::string_view kind_name(Subject::Kind kind) {
  return kind == Subject::Kind::person ? "person" : "organisation";
}

Result<Assessment> AnalysisService::record_assessment(Assessment a,
                                                      const access::Principal& actor) {
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  return storage::in_transaction(*lease, [&](storage::Session& s) {
    return store::insert_assessment(s, std::move(a), actor);
  });
}

Result<std::vector<Assessment>> AnalysisService::history(const Subject& subject) {
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  return store::assessments_of(*lease, subject);
}

Result<std::vector<StakeholderView>> AnalysisService::views(const ViewOptions& options) {
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  // Two reads without a transaction (a SQLite transaction here would take the write lock):
  // a stakeholder assessed in between has no name yet, and shows with an empty one.
  SAMLA_ASSIGN(auto assessments, store::all_assessments(*lease));
  SAMLA_ASSIGN(auto names, store::assessed_names(*lease));
  return build_views(assessments, names, options);
}

}  // namespace samla::analysis
