// The personal calendar feed (GET /api/v1/calendar/{secret}.ics): the due dates of the open
// actions a person takes part in, and the meetings of the follow-up groups they belong to or
// lead, for any calendar that subscribes to an address. The address holds a random 256-bit
// secret, stored as SHA-256; making a new one revokes the old, and it can be revoked outright.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "access/principal.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::actions::feed {

// A new secret for `user_id`'s feed (the old one stops working).
Result<std::string> renew(storage::Session& s, std::int64_t user_id);
Status revoke(storage::Session& s, std::int64_t user_id);
// The .ics text of the feed whose secret is `secret`; not_found for an unknown or revoked one.
Result<std::string> calendar(storage::Session& s, const std::string& secret,
                             const std::string& today);

}  // namespace samla::actions::feed
