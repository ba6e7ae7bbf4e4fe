#include "programme/service.h"

#include "access/records.h"
#include "core/messages.h"
#include "core/text_checks.h"
#include "programme/gate.h"
#include "programme/store.h"

namespace samla::programme {

using storage::Session;

namespace {

Result<Phase> evaluated(Session& s, Phase phase) {
  SAMLA_ASSIGN(Programme programme, store::get_programme(s, phase.programme_id));
  SAMLA_TRY(evaluate_gate(s, programme, phase));
  return phase;
}

}  // namespace

Result<std::vector<Programme>> ProgrammeService::list() {
  return run(false, [&](Session& s) { return store::list_programmes(s); });
}

Result<Programme> ProgrammeService::get(std::int64_t id) {
  return run(false, [&](Session& s) { return store::get_programme(s, id); });
}

Result<Programme> ProgrammeService::create(Programme input, const access::Principal& actor) {
  return run(true, [&](Session& s) { return store::insert_programme(s, std::move(input), actor); });
}

Result<Programme> ProgrammeService::update(std::int64_t id, Programme input,
                                           std::optional<std::int64_t> version,
                                           const access::Principal& actor) {
  return run(true, [&](Session& s) {
    return store::update_programme(s, id, std::move(input), version, actor);
  });
}

Status ProgrammeService::remove(std::int64_t id, std::optional<std::int64_t> version,
                                const access::Principal& actor) {
  return run(true, [&](Session& s) { return store::delete_programme(s, id, version, actor); });
}

Result<std::vector<Change>> ProgrammeService::changes(std::int64_t programme_id, int limit,
                                                      Language language) {
  return run(false, [&](Session& s) { return recent_changes(s, programme_id, limit, language); });
}

Result<std::vector<Phase>> ProgrammeService::phases(std::int64_t programme_id) {
  return run(false, [&](Session& s) -> Result<std::vector<Phase>> {
    SAMLA_ASSIGN(Programme programme, store::get_programme(s, programme_id));
    SAMLA_ASSIGN(auto phases, store::list_phases(s, programme_id));
    for (auto& p : phases) SAMLA_TRY(evaluate_gate(s, programme, p));
    return phases;
  });
}

Result<Phase> ProgrammeService::phase(std::int64_t programme_id, std::int64_t phase_id) {
  return run(false, [&](Session& s) -> Result<Phase> {
    SAMLA_ASSIGN(Phase p, store::get_phase(s, programme_id, phase_id));
    return evaluated(s, std::move(p));
  });
}

Result<Phase> ProgrammeService::add_phase(std::int64_t programme_id, Phase input, Language language,
                                          const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<Phase> {
    SAMLA_ASSIGN(Phase p, store::insert_phase(s, programme_id, std::move(input),
                                              language == Language::sv, actor));
    return evaluated(s, std::move(p));
  });
}

Result<Phase> ProgrammeService::update_phase(std::int64_t programme_id, std::int64_t phase_id,
                                             Phase input, std::optional<std::int64_t> version,
                                             Language language, const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<Phase> {
    SAMLA_ASSIGN(Phase p, store::update_phase(s, programme_id, phase_id, std::move(input), version,
                                              language == Language::sv, actor));
    return evaluated(s, std::move(p));
  });
}

Status ProgrammeService::remove_phase(std::int64_t programme_id, std::int64_t phase_id,
                                      std::optional<std::int64_t> version,
                                      const access::Principal& actor) {
  return run(true, [&](Session& s) {
    return store::delete_phase(s, programme_id, phase_id, version, actor);
  });
}

Result<std::vector<Phase>> ProgrammeService::reorder_phases(std::int64_t programme_id,
                                                            const std::vector<std::int64_t>& ids,
                                                            const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<std::vector<Phase>> {
    SAMLA_TRY(store::reorder_phases(s, programme_id, ids, actor));
    SAMLA_ASSIGN(Programme programme, store::get_programme(s, programme_id));
    SAMLA_ASSIGN(auto phases, store::list_phases(s, programme_id));
    for (auto& p : phases) SAMLA_TRY(evaluate_gate(s, programme, p));
    return phases;
  });
}

Result<std::vector<Phase>> ProgrammeService::phases_from_template(std::int64_t programme_id,
                                                                  const std::string& template_key,
                                                                  const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<std::vector<Phase>> {
    SAMLA_ASSIGN(Programme programme, store::get_programme(s, programme_id));
    SAMLA_ASSIGN(auto phases, store::add_template_phases(s, programme_id, template_key, actor));
    for (auto& p : phases) SAMLA_TRY(evaluate_gate(s, programme, p));
    return phases;
  });
}

Result<Phase> ProgrammeService::sign_off(std::int64_t programme_id, std::int64_t phase_id,
                                         std::int64_t criterion_id, const std::string& note,
                                         std::optional<std::int64_t> version,
                                         const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<Phase> {
    std::vector<FieldError> errors;
    check_text("note", note, 2000, errors);
    if (!errors.empty()) return invalid_fields(std::move(errors));
    SAMLA_ASSIGN(Phase p,
                 store::sign_off(s, programme_id, phase_id, criterion_id, note, version, actor));
    return evaluated(s, std::move(p));
  });
}

Result<Phase> ProgrammeService::move_gate(std::int64_t programme_id, std::int64_t phase_id,
                                          const GateTransition& transition,
                                          std::optional<std::int64_t> version, Language language,
                                          const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<Phase> {
    std::vector<FieldError> errors;
    check_optional_text("note", transition.note, 2000, errors);
    if (transition.to != "passed" && transition.to != "open")
      errors.emplace_back("to", Msg::must_be_values,
                          MessageParams{{"values", one_per_line(gate_statuses())}});
    if (!errors.empty()) return invalid_fields(std::move(errors));
    SAMLA_ASSIGN(Phase current, store::get_phase(s, programme_id, phase_id));
    SAMLA_TRY(access::check_version(current.version, version));
    if (transition.to == current.gate_status)
      return invalid_field(
          "to", transition.to == "passed" ? Msg::gate_already_passed : Msg::gate_already_open);
    if (transition.to == "passed") {
      SAMLA_ASSIGN(Phase checked, evaluated(s, current));
      auto unmet = unmet_criteria(checked, language == Language::sv);
      if (!unmet.empty()) return invalid_fields(std::move(unmet));
    }
    SAMLA_ASSIGN(Phase moved, store::set_gate(s, programme_id, phase_id, transition.to,
                                              transition.note, version, actor));
    return evaluated(s, std::move(moved));
  });
}

}  // namespace samla::programme
