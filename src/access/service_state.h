// What the AccessService's parts share: its private state and a few row helpers. Internal to
// the access module (users.cc, sessions.cc, tokens.cc, service.cc).
#pragma once

#include <functional>
#include <mutex>
#include <string>

#include "access/service.h"

namespace samla::access {

struct AccessService::State {
  std::function<TimePoint()> clock = [] { return samla::now(); };
  // A hash verified for unknown names, so that they cost as much time as a wrong password.
  std::once_flag dummy_once;
  std::string dummy_hash;
  // Whether a person may be linked to an account (the register answers; see set_person_check).
  AccessService::PersonCheck person_check;
};

namespace internal {

// The columns user_from_row reads, in order.
inline constexpr const char* kUserColumns =
    "id, name, role, disabled, created_at, updated_at, version, person_id";
// How many they are: a query that selects more after them reads those from here on.
inline constexpr std::size_t kUserColumnCount = 8;

// A User from a row selected with kUserColumns.
User user_from_row(const storage::Row& row);
// The user with `id`, or not_found.
Result<User> load_user(storage::Session& session, std::int64_t id);
// The principal acting as `user`.
Principal principal_for(const User& user);

// An account to insert: its password already hashed (outside any transaction).
struct NewUser {
  std::string name;
  Role role = Role::observer;
  std::string password_hash;
  std::optional<std::int64_t> person_id;
  bool disabled = false;
};
// Inserts `user` in the caller's transaction and audits it; conflict when the name is taken.
Result<User> insert_user(storage::Session& s, const NewUser& user, const std::string& at,
                         const Principal& actor);

}  // namespace internal
}  // namespace samla::access
