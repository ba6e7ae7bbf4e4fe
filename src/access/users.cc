// Accounts: create, read, list, and update (role, disabled, password), each write audited in
// its own transaction. Password hashing (tens of milliseconds, 64 MiB) happens before the
// transaction starts, so it never holds the database's write lock.
#include <nlohmann/json.hpp>

#include "access/account_rules.h"
#include "access/credentials.h"
#include "access/service.h"
#include "access/service_state.h"
#include "access/wire.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::access {
namespace internal {

User user_from_row(const storage::Row& row) {
  User user;
  storage::read_columns(row, 0, user.id, user.name);
  // The CHECK constraint admits only known roles; should one appear anyway, grant least.
  user.role = parse_role(row.text(2)).value_or(Role::observer);
  storage::read_columns(row, 3, user.disabled, user.created_at, user.updated_at, user.version,
                        user.person_id);
  return user;
}

Result<User> load_user(storage::Session& session, std::int64_t id) {
  auto row =
      session.query_one(std::string("SELECT ") + kUserColumns + " FROM users WHERE id = ?", {id});
  if (!row.ok()) {
    if (row.error().code == ErrorCode::not_found)
      return make_error(ErrorCode::not_found, Msg::no_such_user);
    return row.error();
  }
  return user_from_row(*row);
}

Result<User> insert_user(storage::Session& s, const NewUser& user, const std::string& at,
                         const Principal& actor) {
  auto row = s.query_one(std::string("INSERT INTO users (name, role, password_hash, disabled, "
                                     "created_at, updated_at, version, person_id) VALUES "
                                     "(?, ?, ?, ?, ?, ?, 1, ?) RETURNING ") +
                             kUserColumns,
                         {user.name, std::string(role_name(user.role)), user.password_hash,
                          std::int64_t{user.disabled}, at, at, storage::nullable(user.person_id)});
  if (!row.ok() && row.error().code == ErrorCode::conflict)
    return make_error(ErrorCode::conflict, Msg::user_name_taken, {{"name", user.name}});
  if (!row.ok()) return row.error();
  User created = user_from_row(*row);
  nlohmann::json after = user_json(created);
  SAMLA_TRY(record_change(s, actor, "create", "user", std::to_string(created.id), nullptr, &after));
  return created;
}

Principal principal_for(const User& user) {
  return Principal{user.id, user.name, user.role, std::nullopt};
}

}  // namespace internal

namespace {

// Refuses a change that would leave no enabled admin, since nobody could then manage users.
Status keep_an_admin(storage::Session& session, const User& before, Role role, bool disabled) {
  bool was_admin = before.role == Role::admin && !before.disabled;
  bool is_admin = role == Role::admin && !disabled;
  if (!was_admin || is_admin) return ok_status();
  SAMLA_ASSIGN(storage::Row row,
               session.query_one("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0 "
                                 "AND id <> ?",
                                 {before.id}));
  if (row.integer(0) == 0) return make_error(ErrorCode::conflict, Msg::last_enabled_admin);
  return ok_status();
}

// Whether `person_id` may be linked to account `user_id` (0: a new account): the person
// exists (the register says) and no other account stands for them.
Status check_person_link(storage::Session& s, const AccessService::PersonCheck& person_check,
                         std::int64_t person_id, std::int64_t user_id) {
  if (!person_check) return invalid_field("person_id", Msg::no_person_check);
  SAMLA_TRY(person_check(s, person_id));
  SAMLA_ASSIGN(storage::Rows rows, s.query("SELECT name FROM users WHERE person_id = ? AND id <> ?",
                                           {person_id, user_id}));
  if (!rows.empty())
    return invalid_field("person_id", Msg::person_has_account, {{"name", rows.front().text(0)}});
  return ok_status();
}

}  // namespace

void AccessService::set_person_check(PersonCheck check) {
  state_->person_check = std::move(check);
}

Result<User> AccessService::create_user(const std::string& name, Role role,
                                        const std::string& password, const Principal& actor,
                                        std::optional<std::int64_t> person_id) {
  SAMLA_TRY(validate_new_account(name, password));

  SAMLA_ASSIGN(std::string hash, credentials::hash_password(password));
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  std::string at = format_iso8601(state_->clock());
  return storage::in_transaction(*lease, [&](storage::Session& s) -> Result<User> {
    if (person_id) SAMLA_TRY(check_person_link(s, state_->person_check, *person_id, 0));
    return internal::insert_user(s, internal::NewUser{name, role, hash, person_id}, at, actor);
  });
}

Result<User> AccessService::get_user(std::int64_t id) {
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  return internal::load_user(*lease, id);
}

Result<User> AccessService::find_user(const std::string& name) {
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  SAMLA_ASSIGN(storage::Row row,
               lease->query_one(
                   std::string("SELECT ") + internal::kUserColumns + " FROM users WHERE name = ?",
                   {name}, Message(Msg::no_user_named, {{"name", name}})));
  return internal::user_from_row(row);
}

Result<std::vector<User>> AccessService::list_users() {
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  SAMLA_ASSIGN(storage::Rows rows, lease->query(std::string("SELECT ") + internal::kUserColumns +
                                                " FROM users ORDER BY id"));
  std::vector<User> users;
  for (const storage::Row& row : rows) users.push_back(internal::user_from_row(row));
  return users;
}

Result<std::vector<UserSummary>> AccessService::user_directory() {
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  SAMLA_ASSIGN(storage::Rows rows,
               lease->query("SELECT id, name, role, person_id FROM users WHERE disabled = 0 "
                            "ORDER BY name, id"));
  std::vector<UserSummary> out;
  for (const storage::Row& row : rows) {
    UserSummary user;
    storage::read_columns(row, 0, user.id, user.name);
    user.role = parse_role(row.text(2)).value_or(Role::observer);
    storage::read_columns(row, 3, user.person_id);
    out.push_back(std::move(user));
  }
  return out;
}

Result<User> AccessService::update_user(std::int64_t id, const UserChange& change,
                                        std::optional<std::int64_t> expected_version,
                                        const Principal& actor) {
  std::optional<std::string> hash;
  if (change.password) {
    SAMLA_TRY(validate_password(*change.password));
    SAMLA_ASSIGN(hash, credentials::hash_password(*change.password));
  }
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  std::string at = format_iso8601(state_->clock());
  return storage::in_transaction(*lease, [&](storage::Session& s) -> Result<User> {
    SAMLA_ASSIGN(User before, internal::load_user(s, id));
    if (expected_version && *expected_version != before.version)
      return make_error(ErrorCode::precondition_failed, Msg::changed_since_read,
                        {{"version", std::to_string(before.version)}});
    Role new_role = change.role.value_or(before.role);
    bool new_disabled = change.disabled.value_or(before.disabled);
    std::optional<std::int64_t> new_person = change.person_id.value_or(before.person_id);
    if (new_role == before.role && new_disabled == before.disabled && !hash &&
        new_person == before.person_id)
      return before;
    SAMLA_TRY(keep_an_admin(s, before, new_role, new_disabled));
    if (new_person && new_person != before.person_id)
      SAMLA_TRY(check_person_link(s, state_->person_check, *new_person, id));

    // A change made since our read is precondition_failed (412), as an If-Match mismatch is.
    SAMLA_TRY(storage::execute_versioned(
        s,
        "UPDATE users SET role = ?, disabled = ?, password_hash = COALESCE(?, password_hash), "
        "person_id = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
        {std::string(role_name(new_role)), static_cast<std::int64_t>(new_disabled ? 1 : 0),
         storage::nullable(hash), storage::nullable(new_person), at, id, before.version},
        "user"));
    // A new password or a disabled account ends every open session at once.
    if (hash || (new_disabled && !before.disabled))
      SAMLA_TRY(s.execute("DELETE FROM sessions WHERE user_id = ?", {id}));

    SAMLA_ASSIGN(User after, internal::load_user(s, id));
    nlohmann::json before_doc = user_json(before);
    nlohmann::json after_doc = user_json(after);
    if (hash) after_doc["password_changed"] = true;  // that it changed; never the hash
    SAMLA_TRY(
        record_change(s, actor, "update", "user", std::to_string(id), &before_doc, &after_doc));
    return after;
  });
}

}  // namespace samla::access
