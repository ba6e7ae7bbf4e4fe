// The follow-up groups' storage queries, each inside a caller's session (and transaction).
// Every write checks the rules and the references and is audited; members and deliverables
// are written with their group, whole.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "events/model.h"
#include "groups/model.h"
#include "storage/database.h"

namespace samla::groups::store {

Result<std::vector<Group>> list_groups(storage::Session& s);
Result<Group> get_group(storage::Session& s, std::int64_t id);
Result<Group> insert_group(storage::Session& s, Group g, const access::Principal& actor);
Result<Group> update_group(storage::Session& s, std::int64_t id, Group next,
                           std::optional<std::int64_t> expected_version,
                           const access::Principal& actor);
Status delete_group(storage::Session& s, std::int64_t id,
                    std::optional<std::int64_t> expected_version, const access::Principal& actor);

// (group, person) for every membership that holds on `day`, by group: the network counts the
// members of one group at one time as co-participants (network::CoParticipationSource).
Result<std::vector<std::pair<std::int64_t, std::int64_t>>> members_on(storage::Session& s,
                                                                      const std::string& day);

// The group's meetings (events), by start.
Result<std::vector<events::Event>> list_meetings(storage::Session& s, std::int64_t group_id);
// A new event of type group_meeting, as the group's meeting.
Result<events::Event> insert_meeting(storage::Session& s, std::int64_t group_id, events::Event e,
                                     const access::Principal& actor);

// Whether group `id` exists: for the plans that belong to one (422 on `field` otherwise).
Status check_group_exists(storage::Session& s, std::int64_t id, const char* field);
// Whether `person_id` leads group `id`.
Result<bool> leads(storage::Session& s, std::int64_t id, std::int64_t person_id);

}  // namespace samla::groups::store
