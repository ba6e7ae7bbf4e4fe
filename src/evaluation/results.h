// The evaluation's results from its answers: per item n, mean, median and distribution before
// and after, the paired shift with its test, and a breakdown by group where every group shown
// has at least kMinGroup people. Pure: who may see what is decided by the caller's inputs.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "evaluation/model.h"

namespace samla::evaluation {

struct ResultsInput {
  const Form* form = nullptr;
  const std::vector<Answer>* answers = nullptr;
  int invited = 0;          // invitations that could answer (sent, not withdrawn)
  bool with_texts = false;  // the viewer sees free text
  // The breakdown asked for, and each answering invitation's groups in it (a person may be in
  // several perspectives; groups the viewer may not see are already left out).
  std::optional<std::string> by;
  std::map<std::int64_t, std::vector<std::string>> groups_of;
};

Results compute_results(const ResultsInput& in);

}  // namespace samla::evaluation
