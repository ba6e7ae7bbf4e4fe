#include "access/locked_account.h"

#include "access/service_state.h"
#include "core/clock.h"

namespace samla::access {
namespace {

constexpr const char* kLocked = "!";  // no Argon2id hash: no password verifies against it

}  // namespace

Result<Principal> ensure_locked_account(storage::Session& s, const std::string& name, Role role,
                                        const Principal& actor) {
  SAMLA_ASSIGN(auto found, s.query("SELECT id, password_hash FROM users WHERE name = ?", {name}));
  if (!found.empty()) {
    SAMLA_ASSIGN(User user, internal::load_user(s, found[0].integer(0)));
    // Someone's real account by that name is never borrowed.
    if (found[0].text(1) != kLocked || !user.disabled || user.role != role)
      return make_error(ErrorCode::conflict, Msg::user_name_taken, {{"name", name}});
    return internal::principal_for(user);
  }
  SAMLA_ASSIGN(User user,
               internal::insert_user(s, internal::NewUser{name, role, kLocked, std::nullopt, true},
                                     now_iso8601(), actor));
  return internal::principal_for(user);
}

}  // namespace samla::access
