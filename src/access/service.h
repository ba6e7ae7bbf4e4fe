// Accounts, sessions and API tokens. Passwords are Argon2id (libsodium); session and API
// tokens are random 256-bit secrets of which only the SHA-256 is stored, so a stolen
// database does not yield working credentials and checking a token stays cheap.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "access/audit.h"
#include "access/login_throttle.h"
#include "access/principal.h"
#include "core/clock.h"
#include "core/counts.h"
#include "core/page.h"
#include "core/result.h"
#include "storage/database.h"
#include "storage/migrations.h"

namespace samla::http {
struct Request;
struct Route;
}  // namespace samla::http

namespace samla::access {

struct User {
  std::int64_t id = 0;
  std::string name;
  Role role = Role::observer;
  bool disabled = false;
  std::string created_at;
  std::string updated_at;
  std::int64_t version = 1;
  std::optional<std::int64_t> person_id;  // the person in the register this account stands for
};

// A change to an account; what is absent stays. `person_id` holding nullopt unlinks.
struct UserChange {
  std::optional<Role> role;
  std::optional<bool> disabled;
  std::optional<std::string> password;
  std::optional<std::optional<std::int64_t>> person_id;
};

// The short form any event planner may read, to pick an event's facilitator accounts.
struct UserSummary {
  std::int64_t id = 0;
  std::string name;
  Role role = Role::observer;
  std::optional<std::int64_t> person_id;
};

struct ApiToken {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string name;
  std::string created_at;
  std::optional<std::string> last_used_at;
  std::optional<std::string> revoked_at;
  std::optional<std::string> expires_at;  // none: valid until revoked
};

// A freshly created secret: shown once, never stored.
struct IssuedToken {
  ApiToken token;
  std::string secret;
};

struct LoginResult {
  User user;
  std::string session_secret;  // goes into the session cookie
  std::string csrf_token;      // echoed by the client in X-CSRF-Token on writes
  std::string expires_at;
};

// What the caller's own session looks like (GET /session). Token callers have no CSRF token.
struct SessionInfo {
  User user;
  std::optional<std::string> csrf_token;
  std::optional<std::string> expires_at;
};

struct SessionPolicy {
  std::chrono::minutes idle_timeout{30};
  std::chrono::hours absolute_timeout{12};
  // last_seen_at / last_used_at are written at most this often, not once per request.
  std::chrono::seconds touch_interval{60};
  // When a (name, address) pair that keeps failing to log in must wait.
  LoginThrottlePolicy throttle;
};

// The access module's migrations (users, sessions, tokens, audit log).
std::vector<storage::Migration> migrations();

// How long a set-up link printed by a server without accounts stays usable.
inline constexpr std::chrono::hours kSetupLinkLifetime{24};

class AccessService {
 public:
  explicit AccessService(storage::SessionPool& pool, SessionPolicy policy = {});
  ~AccessService();

  // Users. Passwords must be at least 12 characters. A person is linked to one account at
  // most, and only when the person check (below) lets it.
  Result<User> create_user(const std::string& name, Role role, const std::string& password,
                           const Principal& actor,
                           std::optional<std::int64_t> person_id = std::nullopt);
  Result<User> get_user(std::int64_t id);
  Result<User> find_user(const std::string& name);
  Result<std::vector<User>> list_users();
  // The enabled accounts, by name: whom an event's facilitators can be.
  Result<std::vector<UserSummary>> user_directory();
  Result<User> update_user(std::int64_t id, const UserChange& change,
                           std::optional<std::int64_t> expected_version, const Principal& actor);

  // The first account (first_run.cc). Whether the installation has no account yet.
  Result<bool> setup_needed();
  // When there is no account: a new set-up link's secret (256 random bits; only its SHA-256
  // is stored), usable once within kSetupLinkLifetime; nothing when an account exists.
  // Several servers starting on one database each open a link; the first one used closes all.
  Result<std::optional<std::string>> open_setup();
  // Creates the first administrator through the link `secret` and logs them in. The usual
  // field errors for name and password come before anything is stored; not_found when the
  // link is unknown, used or expired; conflict when an account exists already.
  Result<LoginResult> complete_setup(const std::string& secret, const std::string& name,
                                     const std::string& password,
                                     const std::string& remote_address);

  // Whether person `id` exists and may be linked to an account: ok, or an error naming the
  // field person_id. The register installs it (access comes before the register); until
  // then any person id is refused.
  using PersonCheck = std::function<Status(storage::Session&, std::int64_t person_id)>;
  void set_person_check(PersonCheck check);

  // Logs in. Over-long input is invalid before anything is stored; a (name, address) pair
  // that has failed too often is too_many_requests until login_wait has passed.
  Result<LoginResult> login(const std::string& name, const std::string& password,
                            const std::string& remote_address);
  // How long logins of `name` from `remote_address` must still wait (for Retry-After).
  Result<std::optional<std::chrono::seconds>> login_wait(const std::string& name,
                                                         const std::string& remote_address);
  Status logout(const std::string& session_secret, const Principal& actor);
  // The caller's user and, when `session_secret` names their live session, its CSRF token.
  Result<SessionInfo> session_info(const Principal& caller,
                                   const std::optional<std::string>& session_secret);

  // API tokens of a user. A token with a `lifetime` is refused from then on.
  Result<IssuedToken> create_token(std::int64_t user_id, const std::string& name,
                                   const Principal& actor,
                                   std::optional<std::chrono::seconds> lifetime = std::nullopt);
  Result<std::vector<ApiToken>> list_tokens(std::int64_t user_id);
  // Revokes a token of the actor's own, or any token when the actor may manage users;
  // not_found otherwise, so token ids of others are not revealed.
  Status revoke_token(std::int64_t token_id, const Principal& actor);

  // The audit log, newest first.
  Result<Page<AuditEntry>> list_audit(const AuditQuery& query);

  // Who is calling: a Bearer token, or a session cookie (whose unsafe requests must carry
  // the matching X-CSRF-Token). unauthenticated when neither is valid; forbidden on a
  // missing or wrong CSRF token.
  Result<Principal> authenticate(const http::Request& request);

  // Forgets what has expired by `now`: sessions past their timeouts and login-throttle rows
  // (the access capability's daily retention job); how many of each.
  Result<Counts> sweep_expired(TimePoint now);

  // Loads the demo programme as `actor` (the app installs it: the demo spans every
  // capability); what it added, by what it counts.
  using DemoLoader = std::function<Result<Counts>(const Principal& actor)>;
  // The routes under /api/v1 for session, users, tokens, the audit log and the first account
  // (whose set-up page may load the demo through `demo`).
  std::vector<http::Route> routes(DemoLoader demo = {});

  static constexpr const char* kSessionCookie = "samla_session";
  static constexpr const char* kTokenPrefix = "samla_";

  // The timeouts and limits this service applies.
  const SessionPolicy& policy() const { return policy_; }

  // Replaces the wall clock (sessions, rate limits); for tests. Call before any other use.
  void set_clock(std::function<TimePoint()> clock);

  // Whether session cookies carry Secure: when samla is reached over https (serve
  // --public-url https://…), or SAMLA_COOKIE_SECURE=1 says so. Set before serving.
  void set_secure_cookies(bool secure) { secure_cookies_ = secure; }
  bool secure_cookies() const;

 private:
  struct State;
  storage::SessionPool& pool_;
  SessionPolicy policy_;
  bool secure_cookies_ = false;
  std::unique_ptr<State> state_;
};

}  // namespace samla::access
