#include "programme/gate.h"

#include "programme/criteria.h"

namespace samla::programme {

Status evaluate_gate(storage::Session& s, const Programme& programme, Phase& phase) {
  phase.gate_ready = true;
  for (auto& c : phase.criteria) {
    if (c.check) {
      const GateCheck* check = find_check(*c.check);
      if (!check) return make_error(ErrorCode::internal, Msg::no_such_phase);
      c.label_en = check_label(*check, c.param, false);
      c.label_sv = check_label(*check, c.param, true);
      SAMLA_ASSIGN(Finding found,
                   check->run(s, {programme.id, programme.country_group_id, c.param}));
      c.met = found.met;
      c.finding_en = std::move(found.en);
      c.finding_sv = std::move(found.sv);
    }
    const bool holds = (c.met && *c.met) || c.signed_off_at.has_value();
    if (!holds) phase.gate_ready = false;
  }
  return ok_status();
}

std::vector<FieldError> unmet_criteria(const Phase& evaluated, bool swedish) {
  std::vector<FieldError> errors;
  for (std::size_t i = 0; i < evaluated.criteria.size(); ++i) {
    const Criterion& c = evaluated.criteria[i];
    if ((c.met && *c.met) || c.signed_off_at) continue;
    errors.emplace_back("criteria[" + std::to_string(i) + "]", Msg::gate_criterion_unmet,
                        MessageParams{{"criterion", swedish ? c.label_sv : c.label_en}});
  }
  return errors;
}

}  // namespace samla::programme
