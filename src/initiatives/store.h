// The initiative list's storage queries, each inside a caller's session (and transaction).
// Every write checks the rules and the references and is audited. Answers carry each
// initiative's score under its programme's weights, and the asking user's own rating.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "initiatives/model.h"
#include "storage/database.h"

namespace samla::initiatives::store {

struct ListFilter {
  std::optional<std::int64_t> programme_id;
  std::optional<std::string> status;
};

// The initiatives, best first (initiatives::rank), as `user_id` sees them.
Result<std::vector<Initiative>> list_initiatives(storage::Session& s, const ListFilter& filter,
                                                 std::int64_t user_id);
Result<Initiative> get_initiative(storage::Session& s, std::int64_t id, std::int64_t user_id);
Result<Initiative> insert_initiative(storage::Session& s, Initiative i,
                                     const access::Principal& actor);
// Replaces what it says and links; its status stays (set_status).
Result<Initiative> update_initiative(storage::Session& s, std::int64_t id, Initiative next,
                                     std::optional<std::int64_t> expected_version,
                                     const access::Principal& actor);
Status delete_initiative(storage::Session& s, std::int64_t id,
                         std::optional<std::int64_t> expected_version,
                         const access::Principal& actor);
// A new initiative from outcome `outcome_id` of an event: its text, themes and event, in the
// event's programme.
Result<Initiative> insert_from_outcome(storage::Session& s, std::int64_t outcome_id,
                                       const access::Principal& actor);

// The actor's rating (replacing their earlier one), while the initiative is proposed.
Result<Initiative> put_rating(storage::Session& s, std::int64_t id, Rating r,
                              const access::Principal& actor);
Result<Initiative> delete_rating(storage::Session& s, std::int64_t id,
                                 const access::Principal& actor);
Result<std::vector<Rating>> list_ratings(storage::Session& s, std::int64_t id);

// Accepted, declined (with a reason) or proposed again.
Result<Initiative> set_status(storage::Session& s, std::int64_t id, const std::string& to,
                              const std::string& reason,
                              std::optional<std::int64_t> expected_version,
                              const access::Principal& actor);
// An action plan for an accepted initiative: its title and description, in its programme,
// belonging to its event or else its first theme; linked back.
Result<Initiative> make_plan(storage::Session& s, std::int64_t id,
                             std::optional<std::int64_t> expected_version,
                             const access::Principal& actor);

// The programme's weights (equal, version 0, until changed).
Result<Weights> get_weights(storage::Session& s, std::int64_t programme_id);
Result<Weights> put_weights(storage::Session& s, std::int64_t programme_id, Weights w,
                            std::optional<std::int64_t> expected_version,
                            const access::Principal& actor);

}  // namespace samla::initiatives::store
