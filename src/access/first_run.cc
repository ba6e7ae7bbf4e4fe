// The first account of a new installation. `samla serve` on a database without accounts prints
// a one-time set-up link (as a notebook server prints its token); whoever opens it creates the
// first administrator and is logged in. Only the link secret's SHA-256 is stored, so the
// database alone does not open it; it is used once, and within kSetupLinkLifetime.
#include "access/account_rules.h"
#include "access/credentials.h"
#include "access/service.h"
#include "access/service_state.h"
#include "storage/row_reader.h"

namespace samla::access {
namespace {

Result<bool> has_accounts(storage::Session& s) {
  SAMLA_ASSIGN(storage::Rows rows, s.query("SELECT 1 FROM users LIMIT 1", {}));
  return !rows.empty();
}

// Who creates the first account: the link, not a user (the audit log says so).
Principal setup_principal() {
  return system_principal("setup link");
}

}  // namespace

Result<bool> AccessService::setup_needed() {
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  SAMLA_ASSIGN(bool any, has_accounts(*lease));
  return !any;
}

Result<std::optional<std::string>> AccessService::open_setup() {
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  const TimePoint now = state_->clock();
  return storage::in_transaction(
      *lease, [&](storage::Session& s) -> Result<std::optional<std::string>> {
        SAMLA_ASSIGN(bool any, has_accounts(s));
        if (any) return std::optional<std::string>{};
        SAMLA_TRY(
            s.execute("DELETE FROM setup_links WHERE expires_at <= ?", {format_iso8601(now)}));
        std::string secret = credentials::random_secret();
        SAMLA_TRY(s.execute(
            "INSERT INTO setup_links (secret_hash, created_at, expires_at) VALUES (?, ?, ?)",
            {credentials::sha256_hex(secret), format_iso8601(now),
             format_iso8601(now + kSetupLinkLifetime)}));
        return std::optional<std::string>{std::move(secret)};
      });
}

Result<LoginResult> AccessService::complete_setup(const std::string& secret,
                                                  const std::string& name,
                                                  const std::string& password,
                                                  const std::string& remote_address) {
  SAMLA_TRY(validate_new_account(name, password));
  const Error unknown_link = make_error(ErrorCode::not_found, Msg::setup_link_not_valid);
  if (secret.size() > 200) return unknown_link;
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  const std::string now = format_iso8601(state_->clock());
  const std::string wanted = credentials::sha256_hex(secret);
  // A cheap look first: a stranger's guess costs no password hashing (64 MiB, tens of ms).
  SAMLA_ASSIGN(storage::Rows known,
               (*lease).query("SELECT 1 FROM setup_links WHERE secret_hash = ? AND expires_at > ?",
                              {wanted, now}));
  if (known.empty()) return unknown_link;
  SAMLA_ASSIGN(std::string hash, credentials::hash_password(password));
  auto created = storage::in_transaction(*lease, [&](storage::Session& s) -> Result<User> {
    // Every link closes at once: a second link used at the same moment (another server's)
    // waits for this row lock and then finds none; a wrong secret rolls this back.
    SAMLA_ASSIGN(storage::Rows links,
                 s.query("DELETE FROM setup_links RETURNING secret_hash, expires_at", {}));
    bool valid = false;
    for (const auto& link : links) valid = valid || (link.text(0) == wanted && link.text(1) > now);
    if (!valid) return unknown_link;
    SAMLA_ASSIGN(bool any, has_accounts(s));
    if (any) return make_error(ErrorCode::conflict, Msg::already_set_up);
    return internal::insert_user(s, internal::NewUser{name, Role::admin, hash, std::nullopt}, now,
                                 setup_principal());
  });
  if (!created.ok()) return created.error();
  return login(name, password, remote_address);
}

}  // namespace samla::access
