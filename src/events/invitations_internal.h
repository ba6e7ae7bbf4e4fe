// What invitations.cc shares with waitlist.cc.
#pragma once

#include <nlohmann/json.hpp>

#include "events/invitations.h"

namespace samla::events::store {

// Inserts one proposed invitation (audited); the caller has checked the event's status.
Result<Invitation> insert_invitation(storage::Session& s, const Event& event,
                                     std::int64_t person_id,
                                     const std::optional<std::string>& language,
                                     std::optional<std::int64_t> selection_id,
                                     const std::optional<nlohmann::json>& explanation,
                                     std::optional<std::int64_t> waitlist_for,
                                     const access::Principal& actor);

// The waitlist: after `declined` (from a selection) was declined, solves that selection again
// with everyone still holding a seat pinned and everyone else asked to the event excluded,
// and proposes whoever fills the freed seats, each with `waitlist_for` = declined.id.
Result<std::vector<Invitation>> propose_from_waitlist(storage::Session& s, const Event& event,
                                                      const Invitation& declined,
                                                      const access::Principal& actor);

}  // namespace samla::events::store
