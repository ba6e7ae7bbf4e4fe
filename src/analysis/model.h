// Assessments of stakeholders and the analysis views built from them.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analysis/rules.h"

namespace samla::analysis {

// Whom an assessment is about: a person or an organisation of the register.
struct Subject {
  enum class Kind { person, organisation };
  Kind kind = Kind::person;
  std::int64_t id = 0;
  bool operator<(const Subject& o) const { return kind != o.kind ? kind < o.kind : id < o.id; }
  bool operator==(const Subject& o) const { return kind == o.kind && id == o.id; }
};
std::string_view kind_name(Subject::Kind kind);  // "person", "organisation"

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
  std::string created_at;
};

// What the analysis says about one stakeholder now, and how it got there.
struct StakeholderView {
  Subject subject;
  std::string name;
  Consensus consensus;   // over the latest assessment of each assessor
  double relevance = 0;  // the mean relevance that counts for the priority
  std::string last_assessed_on;
  Quadrant quadrant = Quadrant::minimal_effort;
  Salience salience = Salience::none;
  Strategy strategy = Strategy::monitor;
  double priority = 0;
  std::vector<Position> positions;  // the consensus as of each assessment date, oldest first
  std::vector<Movement> movements;
};

// How views are computed; every field a coordinator may set.
struct ViewOptions {
  std::optional<std::string> theme;  // relevance to this theme; else the highest of any theme
  GridThresholds grid;
  SalienceThresholds salience;
  PriorityWeights weights;
};

}  // namespace samla::analysis
