// An account nobody can log in with: disabled, and with no password (no Argon2id hash verifies
// against the stored "!"). Records can be made in its name where a person acted without an
// account of their own — the demo's raters of the initiative list. An administrator sees it among
// the users, disabled, and may give it a password and enable it like any other.
#pragma once

#include <string>

#include "access/principal.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::access {

// The principal of the locked account `name` with `role`, made (and audited) if it does not
// exist yet. Inside the caller's transaction.
Result<Principal> ensure_locked_account(storage::Session& s, const std::string& name, Role role,
                                        const Principal& actor);

}  // namespace samla::access
