// The stakeholder analysis use cases: record an assessment, read a stakeholder's history,
// and the analysis views. Each runs in a pooled session; writes in one transaction.
#pragma once

#include <vector>

#include "access/principal.h"
#include "analysis/model.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::analysis {

class AnalysisService {
 public:
  explicit AnalysisService(storage::SessionPool& pool) : pool_(pool) {}

  // Appends `a` as `actor`'s judgement (assessor and entry time are set here); 422 naming
  // each bad field, with nothing written.
  Result<Assessment> record_assessment(Assessment a, const access::Principal& actor);
  // Every assessment of one stakeholder, newest first.
  Result<std::vector<Assessment>> history(const Subject& subject);
  // The views of every assessed stakeholder, highest priority first.
  Result<std::vector<StakeholderView>> views(const ViewOptions& options);

 private:
  storage::SessionPool& pool_;
};

}  // namespace samla::analysis
