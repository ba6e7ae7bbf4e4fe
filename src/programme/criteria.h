// The checks a gate criterion can name: each a question to the data ("is the kickoff list
// final?") answered with whether it holds and what was found, in English and Swedish. A
// criterion without a check is a statement a coordinator signs off with a note. New checks
// are new rows of the table in criteria.cc (with a row in criteria_test.cc).
//
// The checks read other capabilities' tables (assessments, kickoff lists, events, lessons,
// reports, action plans, anchoring) by SQL: a gate looks across the whole programme, and those
// tables carry programme_id for this. No check counts anything about lived experience.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "storage/database.h"

namespace samla::programme {

struct Finding {
  bool met = false;
  std::string en, sv;  // what was found, in a sentence
};

struct CheckContext {
  std::int64_t programme_id = 0;
  std::optional<std::int64_t> country_group_id;  // the programme's member-state group
  std::optional<std::string> param;              // the criterion's parameter
};

struct GateCheck {
  std::string_view key;
  std::string_view label_en, label_sv;  // the criterion in words; {param} is replaced
  // Whether `param` suits the check (absent: it takes none); a wrong one is a 422.
  bool (*param_ok)(const std::optional<std::string>& param);
  Result<Finding> (*run)(storage::Session& s, const CheckContext& context);
};

const std::vector<GateCheck>& gate_checks();
// The keys of every check, for "must be one of".
std::vector<std::string> check_keys();
// The check named `key`, or nullptr.
const GateCheck* find_check(std::string_view key);
// The criterion's label with its parameter, for a check.
std::string check_label(const GateCheck& check, const std::optional<std::string>& param,
                        bool swedish);

}  // namespace samla::programme
