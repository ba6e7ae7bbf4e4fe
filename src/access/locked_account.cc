#include "access/locked_account.h"

#include "access/service_state.h"
#include "core/clock.h"

namespace samla::access {

Result<Principal> ensure_locked_account(storage::Session& s, const std::string& name, Role role,
                                        const Principal& actor) {
  SAMLA_ASSIGN(auto found, s.query("SELECT id FROM users WHERE name = ?", {name}));
  if (!found.empty()) {
    SAMLA_ASSIGN(User user, internal::load_user(s, found[0].integer(0)));
    return internal::principal_for(user);
  }
  SAMLA_ASSIGN(User user, internal::insert_user(s, internal::NewUser{name, role, "!", std::nullopt},
                                                now_iso8601(), actor));
  SAMLA_TRY(
      s.execute("UPDATE users SET disabled = 1, version = version + 1 WHERE id = ?", {user.id}));
  return internal::principal_for(user);
}

}  // namespace samla::access
