// The programmes' storage queries, each inside a caller's session (and transaction). Every
// write checks the rules and the references and is audited; goals, workstreams and members are
// written with their programme, milestones and criteria with their phase, whole.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "programme/model.h"
#include "storage/database.h"

namespace samla::programme::store {

Result<std::vector<Programme>> list_programmes(storage::Session& s);
Result<Programme> get_programme(storage::Session& s, std::int64_t id);
// A new programme; with a template_key, its phases come from that template.
Result<Programme> insert_programme(storage::Session& s, Programme p,
                                   const access::Principal& actor);
Result<Programme> update_programme(storage::Session& s, std::int64_t id, Programme next,
                                   std::optional<std::int64_t> expected_version,
                                   const access::Principal& actor);
// 409 for the default programme, and for one that still holds records.
Status delete_programme(storage::Session& s, std::int64_t id,
                        std::optional<std::int64_t> expected_version,
                        const access::Principal& actor);

// The id of the default programme.
Result<std::int64_t> default_programme_id(storage::Session& s);
// The programme a new record belongs to: `given` when it exists (else 422 on "programme_id"),
// the default programme when none is given. Used by every capability whose records belong to a
// programme (events, kickoff lists, groups, action plans, reports).
Result<std::int64_t> programme_for(storage::Session& s, std::optional<std::int64_t> given);
// The programme of a changed record: `given` when named (checked as above), else the one it is
// in (`current`), else the default: a change that names none does not move it.
Result<std::int64_t> programme_on_change(storage::Session& s, std::optional<std::int64_t> given,
                                         std::optional<std::int64_t> current);

// A member organisation (status member) of a programme and the first person of it in the register,
// if any: whom the demo's anchoring and contacts are with.
struct MemberContact {
  std::int64_t organisation_id = 0;
  std::optional<std::int64_t> person_id;
};
// The programme's members in their order, each with its first person.
Result<std::vector<MemberContact>> member_contacts(storage::Session& s, std::int64_t programme_id);

// The phases of programme `programme_id` in order (criteria without findings).
Result<std::vector<Phase>> list_phases(storage::Session& s, std::int64_t programme_id);
Result<Phase> get_phase(storage::Session& s, std::int64_t programme_id, std::int64_t phase_id);
// A new phase at the end; `swedish` names neighbouring phases in errors.
Result<Phase> insert_phase(storage::Session& s, std::int64_t programme_id, Phase p, bool swedish,
                           const access::Principal& actor);
// Replaces a phase's names, dates, milestones and criteria; the gate's status stays, and a
// criterion sent back with its id and the same check keeps its sign-off.
Result<Phase> update_phase(storage::Session& s, std::int64_t programme_id, std::int64_t phase_id,
                           Phase next, std::optional<std::int64_t> expected_version, bool swedish,
                           const access::Principal& actor);
Status delete_phase(storage::Session& s, std::int64_t programme_id, std::int64_t phase_id,
                    std::optional<std::int64_t> expected_version, const access::Principal& actor);
// Every phase once, in the new order (422 on "ids" otherwise).
Result<std::vector<Phase>> reorder_phases(storage::Session& s, std::int64_t programme_id,
                                          const std::vector<std::int64_t>& ids,
                                          const access::Principal& actor);
// The phases of template `template_key` for a programme that has none (409 otherwise).
Result<std::vector<Phase>> add_template_phases(storage::Session& s, std::int64_t programme_id,
                                               const std::string& template_key,
                                               const access::Principal& actor);

// Records a sign-off of criterion `criterion_id` with `note` by `actor`.
Result<Phase> sign_off(storage::Session& s, std::int64_t programme_id, std::int64_t phase_id,
                       std::int64_t criterion_id, const std::string& note,
                       std::optional<std::int64_t> expected_version,
                       const access::Principal& actor);
// Sets the gate's status (passed: with `note`, by `actor`, now; open: cleared). The caller has
// checked the criteria.
Result<Phase> set_gate(storage::Session& s, std::int64_t programme_id, std::int64_t phase_id,
                       const std::string& to, const std::string& note,
                       std::optional<std::int64_t> version, const access::Principal& actor);

}  // namespace samla::programme::store
