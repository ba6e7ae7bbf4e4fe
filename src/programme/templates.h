// The phase templates a programme starts from: the Swedish process of the source document
// (förberedelse … uppföljning) and an EU joint-action task (preparation … sustainability),
// each phase named in both languages and ending at a gate with its usual criteria.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "programme/model.h"

namespace samla::programme {

struct PhaseTemplate {
  std::string key, name_en, name_sv;
  std::vector<Criterion> criteria;  // checks with their parameters, or statements to sign off
};

struct ProgrammeTemplate {
  std::string key;  // "swedish_process", "eu_joint_action"
  std::string name_en, name_sv;
  std::vector<PhaseTemplate> phases;
};

const std::vector<ProgrammeTemplate>& templates();
// The template named `key`, or nullptr.
const ProgrammeTemplate* find_template(std::string_view key);
// The template's phases as the phases of a new programme (positions 1…n, no dates).
std::vector<Phase> phases_from(const ProgrammeTemplate& t);

}  // namespace samla::programme
