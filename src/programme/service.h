// The programmes' use cases: each in a pooled session, writes in one transaction. Whoever reads
// the register reads programmes and their phases (observers too: nothing in them is about one
// person); coordinators and admins (manage_programme) change them, sign criteria off and pass
// gates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/language.h"
#include "privacy/pooled_service.h"
#include "programme/changes.h"
#include "programme/model.h"
#include "programme/templates.h"

namespace samla::programme {

struct GateTransition {
  std::string to;  // "passed" or "open"
  std::string note;
};

class ProgrammeService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  Result<std::vector<Programme>> list();
  Result<Programme> get(std::int64_t id);
  Result<Programme> create(Programme input, const access::Principal& actor);
  Result<Programme> update(std::int64_t id, Programme input, std::optional<std::int64_t> version,
                           const access::Principal& actor);
  Status remove(std::int64_t id, std::optional<std::int64_t> version,
                const access::Principal& actor);

  // What changed lately in the programme's records (programme/changes.h).
  Result<std::vector<Change>> changes(std::int64_t programme_id, int limit, Language language);

  // The programme's phases in order, each gate checked against the data now.
  Result<std::vector<Phase>> phases(std::int64_t programme_id);
  Result<Phase> phase(std::int64_t programme_id, std::int64_t phase_id);
  Result<Phase> add_phase(std::int64_t programme_id, Phase input, Language language,
                          const access::Principal& actor);
  Result<Phase> update_phase(std::int64_t programme_id, std::int64_t phase_id, Phase input,
                             std::optional<std::int64_t> version, Language language,
                             const access::Principal& actor);
  Status remove_phase(std::int64_t programme_id, std::int64_t phase_id,
                      std::optional<std::int64_t> version, const access::Principal& actor);
  Result<std::vector<Phase>> reorder_phases(std::int64_t programme_id,
                                            const std::vector<std::int64_t>& ids,
                                            const access::Principal& actor);
  // The phases of a template, for a programme that has none yet (409 otherwise).
  Result<std::vector<Phase>> phases_from_template(std::int64_t programme_id,
                                                  const std::string& template_key,
                                                  const access::Principal& actor);
  // A coordinator signs off one criterion with a note (If-Match: the phase's version).
  Result<Phase> sign_off(std::int64_t programme_id, std::int64_t phase_id,
                         std::int64_t criterion_id, const std::string& note,
                         std::optional<std::int64_t> version, const access::Principal& actor);
  // Passes the gate (422 naming each criterion neither met nor signed off) or opens it again.
  Result<Phase> move_gate(std::int64_t programme_id, std::int64_t phase_id,
                          const GateTransition& transition, std::optional<std::int64_t> version,
                          Language language, const access::Principal& actor);
};

}  // namespace samla::programme
