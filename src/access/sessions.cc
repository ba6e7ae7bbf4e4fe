// Logging in and out, and recognising the caller of each request by API token or session
// cookie. Only SHA-256 digests of secrets reach the database.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "access/account_rules.h"
#include "access/credentials.h"
#include "access/service.h"
#include "access/service_state.h"
#include "http/api.h"

namespace samla::access {
namespace {

// One message for unknown names and wrong passwords, so that logins do not reveal accounts.
constexpr Msg kWrongCredentials = Msg::wrong_credentials;

// The audit log names a session by a prefix of its digest: enough to pair login and logout,
// useless for authenticating.
std::string session_label(const std::string& token_hash) {
  return token_hash.substr(0, 16);
}

bool is_unsafe(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

// The token of an "Authorization: Bearer <token>" header (scheme case-insensitive).
std::optional<std::string> bearer_token(const std::string& header) {
  constexpr std::string_view scheme = "bearer ";
  if (header.size() <= scheme.size()) return std::nullopt;
  for (std::size_t i = 0; i < scheme.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(header[i])) != scheme[i]) return std::nullopt;
  std::string token = header.substr(scheme.size());
  token.erase(0, token.find_first_not_of(' '));
  token.erase(token.find_last_not_of(' ') + 1);
  if (token.empty()) return std::nullopt;
  return token;
}

Error too_many_failures(std::chrono::seconds wait) {
  return make_error(ErrorCode::too_many_requests, Msg::too_many_logins,
                    {{"seconds", std::to_string(wait.count())}});
}

}  // namespace

Result<std::optional<std::chrono::seconds>> AccessService::login_wait(
    const std::string& name, const std::string& remote_address) {
  SAMLA_TRY(validate_login_input(name, ""));
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  return access::login_wait(*lease, login_pair_key(name, remote_address), state_->clock());
}

Result<LoginResult> AccessService::login(const std::string& name, const std::string& password,
                                         const std::string& remote_address) {
  // Bounded before anything else, so no amount of input is kept, hashed or verified.
  SAMLA_TRY(validate_login_input(name, password));
  TimePoint now = state_->clock();
  std::string pair_key = login_pair_key(name, remote_address);
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  // Refused before any password check: no Argon2 work, and no answer an attacker can use.
  SAMLA_ASSIGN(auto wait, access::login_wait(*lease, pair_key, now));
  if (wait) return too_many_failures(*wait);

  SAMLA_ASSIGN(storage::Rows rows, lease->query(std::string("SELECT ") + internal::kUserColumns +
                                                    ", password_hash FROM users WHERE name = ?",
                                                {name}));
  if (rows.empty()) {
    std::call_once(state_->dummy_once, [&] {
      auto hash = credentials::hash_password(credentials::random_secret());
      state_->dummy_hash = hash.ok() ? *hash : "";
    });
    (void)credentials::verify_password(state_->dummy_hash, password);
    SAMLA_TRY(record_login_failure(*lease, pair_key, now, policy_.throttle));
    return make_error(ErrorCode::unauthenticated, kWrongCredentials);
  }
  User user = internal::user_from_row(rows.front());
  std::string stored_hash = rows.front().text(internal::kUserColumnCount);
  if (!credentials::verify_password(stored_hash, password)) {
    SAMLA_TRY(record_login_failure(*lease, pair_key, now, policy_.throttle));
    return make_error(ErrorCode::unauthenticated, kWrongCredentials);
  }
  // Said only to someone who knows the password, so it reveals nothing to a guesser.
  if (user.disabled) return make_error(ErrorCode::unauthenticated, Msg::account_disabled);
  SAMLA_TRY(forget_login_failures(*lease, pair_key));

  std::optional<std::string> rehashed;
  if (credentials::needs_rehash(stored_hash)) {
    auto hash = credentials::hash_password(password);
    if (hash.ok()) rehashed = *hash;  // a failed upgrade must not block the login
  }

  LoginResult result;
  result.user = user;
  result.session_secret = credentials::random_secret();
  result.csrf_token = credentials::random_secret();
  result.expires_at = format_iso8601(now + policy_.absolute_timeout);
  std::string token_hash = credentials::sha256_hex(result.session_secret);
  std::string at = format_iso8601(now);

  Status stored = storage::in_transaction(*lease, [&](storage::Session& s) -> Status {
    // Expired sessions are swept here rather than by a timer; logins are rare enough.
    SAMLA_TRY(s.execute("DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?",
                        {at, format_iso8601(now - policy_.idle_timeout)}));
    if (rehashed)
      SAMLA_TRY(s.execute("UPDATE users SET password_hash = ? WHERE id = ?", {*rehashed, user.id}));
    SAMLA_TRY(
        s.execute("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, "
                  "last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                  {token_hash, user.id, result.csrf_token, at, at, result.expires_at}));
    nlohmann::json after = {{"user_id", user.id},
                            {"user_name", user.name},
                            {"remote_address", remote_address},
                            {"expires_at", result.expires_at}};
    return record_change(s, internal::principal_for(user), "login", "session",
                         session_label(token_hash), nullptr, &after);
  });
  SAMLA_TRY(stored);
  return result;
}

Result<Counts> AccessService::sweep_expired(TimePoint now) {
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  return storage::in_transaction(*lease, [&](storage::Session& s) -> Result<Counts> {
    SAMLA_ASSIGN(auto sessions,
                 s.execute("DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?",
                           {format_iso8601(now), format_iso8601(now - policy_.idle_timeout)}));
    SAMLA_ASSIGN(auto throttle, s.execute("DELETE FROM login_throttle WHERE expires_at <= ?",
                                          {format_iso8601(now)}));
    return Counts{{"sessions", sessions}, {"login_throttle_rows", throttle}};
  });
}

Status AccessService::logout(const std::string& session_secret, const Principal& actor) {
  std::string token_hash = credentials::sha256_hex(session_secret);
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  return storage::in_transaction(*lease, [&](storage::Session& s) -> Status {
    SAMLA_ASSIGN(std::int64_t deleted,
                 s.execute("DELETE FROM sessions WHERE token_hash = ?", {token_hash}));
    if (deleted == 0) return ok_status();  // already gone: logging out twice is fine
    nlohmann::json before = {{"user_id", actor.user_id}, {"user_name", actor.name}};
    return record_change(s, actor, "logout", "session", session_label(token_hash), &before,
                         nullptr);
  });
}

Result<SessionInfo> AccessService::session_info(const Principal& caller,
                                                const std::optional<std::string>& session_secret) {
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  SessionInfo info;
  SAMLA_ASSIGN(info.user, internal::load_user(*lease, caller.user_id));
  if (caller.token_id || !session_secret) return info;
  SAMLA_ASSIGN(storage::Rows rows,
               lease->query("SELECT csrf_token, expires_at FROM sessions WHERE token_hash = ? "
                            "AND user_id = ?",
                            {credentials::sha256_hex(*session_secret), caller.user_id}));
  if (!rows.empty()) {
    info.csrf_token = rows.front().text(0);
    info.expires_at = rows.front().text(1);
  }
  return info;
}

Result<Principal> AccessService::authenticate(const http::Request& request) {
  TimePoint now = state_->clock();
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  storage::Session& s = *lease;

  // A request that names a token stands or falls by it; it never falls back to the cookie.
  const std::string& authorization = request.header("authorization");
  if (!authorization.empty()) {
    auto token = bearer_token(authorization);
    constexpr std::string_view prefix = kTokenPrefix;
    if (!token || token->compare(0, prefix.size(), prefix) != 0)
      return make_error(ErrorCode::unauthenticated, Msg::bearer_token_format);
    SAMLA_ASSIGN(storage::Rows rows,
                 s.query(std::string("SELECT t.id, t.revoked_at, t.last_used_at, u.disabled, ") +
                             "u.id, u.name, u.role, t.expires_at FROM api_tokens t JOIN users u "
                             "ON u.id = t.user_id WHERE t.token_hash = ?",
                         {credentials::sha256_hex(*token)}));
    if (rows.empty() || !rows.front().is_null(1) || rows.front().integer(3) != 0)
      return make_error(ErrorCode::unauthenticated, Msg::token_not_valid);
    const storage::Row& row = rows.front();
    // The user's role and disabled flag are read here, on every request, so a change made by
    // the CLI or another server applies to the very next one.
    if (auto expires = row.optional_text(7); expires && now >= stored_time(*expires))
      return make_error(ErrorCode::unauthenticated, Msg::token_expired);
    auto last_used = row.optional_text(2);
    if (!last_used || now - stored_time(*last_used) >= policy_.touch_interval)
      SAMLA_TRY(s.execute("UPDATE api_tokens SET last_used_at = ? WHERE id = ?",
                          {format_iso8601(now), row.integer(0)}));
    return Principal{row.integer(4), row.text(5), parse_role(row.text(6)).value_or(Role::observer),
                     row.integer(0)};
  }

  auto secret = request.cookie(kSessionCookie);
  if (!secret || secret->empty()) return make_error(ErrorCode::unauthenticated, Msg::log_in_first);
  std::string token_hash = credentials::sha256_hex(*secret);
  SAMLA_ASSIGN(storage::Rows rows,
               s.query("SELECT s.csrf_token, s.last_seen_at, s.expires_at, u.disabled, u.id, "
                       "u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id "
                       "WHERE s.token_hash = ?",
                       {token_hash}));
  if (rows.empty() || rows.front().integer(3) != 0)
    return make_error(ErrorCode::unauthenticated, Msg::session_ended);
  const storage::Row& row = rows.front();
  TimePoint last_seen = stored_time(row.text(1));
  if (now >= stored_time(row.text(2)) || now - last_seen >= policy_.idle_timeout) {
    (void)s.execute("DELETE FROM sessions WHERE token_hash = ?", {token_hash});
    return make_error(ErrorCode::unauthenticated, Msg::session_ended);
  }
  // Cookies ride along on cross-site requests; the CSRF token does not.
  if (is_unsafe(request.method) &&
      !credentials::equal_constant_time(request.header("x-csrf-token"), row.text(0)))
    return make_error(ErrorCode::forbidden, Msg::csrf_token_wrong);
  if (now - last_seen >= policy_.touch_interval)
    SAMLA_TRY(s.execute("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?",
                        {format_iso8601(now), token_hash}));
  return Principal{row.integer(4), row.text(5), parse_role(row.text(6)).value_or(Role::observer),
                   std::nullopt};
}

}  // namespace samla::access
