// Failed logins, counted per (account, address) pair in the database. A pair that keeps
// failing waits longer and longer before its next attempt is even checked, which makes
// online guessing slow and costs no Argon2 work. Other pairs are never slowed: an attacker
// cannot lock the owner out from another address, nor lock out everyone behind a shared
// address (a reverse proxy, an office) by failing with many names. Keeping the counts in
// the database lets several servers share them.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::access {

struct LoginThrottlePolicy {
  // Failures of one pair before it must wait; each further one doubles the wait.
  int free_failures = 5;
  // The wait after the first failure beyond the free ones; it doubles with each next one.
  std::chrono::seconds first_wait{30};
  std::chrono::seconds longest_wait{15 * 60};
  // A pair's failures are forgotten this long after its last failure or wait, whichever is
  // later; until then the next failure waits longer still.
  std::chrono::seconds memory{15 * 60};
};

// How long a pair waits after its `failures`-th consecutive failure: none below
// policy.free_failures, first_wait at it, doubling per further failure, at most longest_wait.
std::chrono::seconds wait_after(int failures, const LoginThrottlePolicy& policy);

// The stored key of a pair: the SHA-256 of the lower-cased (ASCII) name and the address, so
// that case variants of a name share one count and a row is small whatever the name was.
std::string login_pair_key(const std::string& name, const std::string& address);

// How long the pair must still wait at `now`, or nullopt when it may try.
Result<std::optional<std::chrono::seconds>> login_wait(storage::Session& session,
                                                       const std::string& pair_key, TimePoint now);

// Counts one failure of the pair at `now` and sets its wait; first sweeps rows whose memory
// has run out, so the table holds only pairs that failed recently.
Status record_login_failure(storage::Session& session, const std::string& pair_key, TimePoint now,
                            const LoginThrottlePolicy& policy);

// Forgets the pair's failures (after a successful login).
Status forget_login_failures(storage::Session& session, const std::string& pair_key);

}  // namespace samla::access
