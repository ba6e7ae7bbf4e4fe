// Assessments of stakeholders and the analysis views built from them.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analysis/rules.h"
#include "register/model.h"

namespace samla::analysis {

// Whom an assessment is about: a person or an organisation of the register.
using Subject = registry::StakeholderRef;
using registry::kind_name;

// One assessor's judgement of one stakeholder on one date. Assessments are never changed:
// a new judgement is a new assessment, and the latest per assessor is what counts.
struct Assessment {
  std::int64_t id = 0;
  Subject subject;
  std::int64_t assessor_id = 0;  // a user
  std::string assessor_name;
  std::string assessed_on;  // YYYY-MM-DD
  int influence = 0, interest = 0, attitude = 0, legitimacy = 0, urgency = 0;
  std::map<std::string, int> relevance;  // theme slug → 0–3
  std::string rationale;
  // The rationale holds health details (its writer said so): read only by those who see
  // special-category data, even where free text is open to every reader.
  bool rationale_special = false;
  std::string created_at;
};

using registry::Profile;

// What the analysis says about one stakeholder now, and how it got there.
struct StakeholderView {
  Subject subject;
  Profile profile;
  Consensus consensus;   // over the latest assessment of each assessor
  double relevance = 0;  // the relevance that counts for the priority, see relevance()
  std::string last_assessed_on;
  Quadrant quadrant = Quadrant::minimal_effort;
  bool straddles = false;  // the assessors fall on both sides of a grid threshold
  Salience salience = Salience::none;
  Strategy strategy = Strategy::monitor;
  double priority = 0;
  std::vector<Position> positions;  // the consensus as of each assessment date, oldest first
  std::vector<Movement> movements;
};

// How views are computed; every field a coordinator may set.
struct ViewOptions {
  std::optional<std::string> theme;  // relevance to this theme; else the highest theme's
  GridThresholds grid;
  SalienceThresholds salience;
  PriorityWeights weights;
};

// Whether `priority` reaches the high-priority cut, compared as shown (one decimal), so a
// priority displayed as 60.0 counts when the cut is 60.
inline bool is_high_priority(double priority, double cut) {
  return one_decimal(priority) >= cut;
}

// The settings a coordinator saves for the whole programme: how views are computed (no
// theme), and from which priority a stakeholder counts as high priority.
struct Settings {
  ViewOptions view;
  double high_priority = 60;
  std::int64_t programme_id = 0;  // the programme they are of
  std::int64_t version = 0;       // 0: the programme never saved its own (the instance's default)
  std::optional<std::string> updated_at;
  std::optional<std::string> updated_by;
};

}  // namespace samla::analysis
