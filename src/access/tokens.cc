// API tokens: "samla_" + 32 random bytes (base64url), shown once at creation. The database
// keeps only the SHA-256, so checking a token is one indexed lookup, and a copy of the
// database cannot be used to call the API.
#include <nlohmann/json.hpp>

#include "access/credentials.h"
#include "access/service.h"
#include "access/service_state.h"
#include "access/wire.h"

namespace samla::access {
namespace {

constexpr const char* kTokenColumns =
    "id, user_id, name, created_at, last_used_at, revoked_at, expires_at";

ApiToken token_from_row(const storage::Row& row) {
  return ApiToken{row.integer(0),       row.integer(1),       row.text(2),         row.text(3),
                  row.optional_text(4), row.optional_text(5), row.optional_text(6)};
}

Result<ApiToken> load_token(storage::Session& session, std::int64_t id) {
  SAMLA_ASSIGN(storage::Row row, session.query_one(std::string("SELECT ") + kTokenColumns +
                                                       " FROM api_tokens WHERE id = ?",
                                                   {id}, Msg::no_such_token));
  return token_from_row(row);
}

std::optional<FieldError> token_name_problem(const std::string& name) {
  if (name.empty()) return FieldError("name", Msg::not_empty);
  if (name.size() > 100) return FieldError("name", Msg::max_bytes, {{"max", "100"}});
  for (unsigned char c : name)
    if (c < 0x20 || c == 0x7f) return FieldError("name", Msg::no_control_characters);
  return std::nullopt;
}

}  // namespace

Result<IssuedToken> AccessService::create_token(std::int64_t user_id, const std::string& name,
                                                const Principal& actor,
                                                std::optional<std::chrono::seconds> lifetime) {
  if (auto problem = token_name_problem(name)) return invalid_fields({*problem});
  if (lifetime && lifetime->count() <= 0) return invalid_field("expires", Msg::positive_duration);
  if (actor.user_id != user_id && !can(actor, Action::manage_users))
    return make_error(ErrorCode::forbidden, Msg::tokens_only_for_yourself);
  IssuedToken issued;
  issued.secret = std::string(kTokenPrefix) + credentials::random_secret();
  TimePoint now = state_->clock();
  std::string at = format_iso8601(now);
  std::optional<std::string> expires_at;
  if (lifetime) expires_at = format_iso8601(now + *lifetime);
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  SAMLA_ASSIGN(
      issued.token, storage::in_transaction(*lease, [&](storage::Session& s) -> Result<ApiToken> {
        SAMLA_TRY(internal::load_user(s, user_id));
        SAMLA_ASSIGN(storage::Row row,
                     s.query_one(std::string("INSERT INTO api_tokens (user_id, name, "
                                             "token_hash, created_at, expires_at) VALUES (?, ?, "
                                             "?, ?, ?) RETURNING ") +
                                     kTokenColumns,
                                 {user_id, name, credentials::sha256_hex(issued.secret), at,
                                  storage::nullable(expires_at)}));
        ApiToken token = token_from_row(row);
        nlohmann::json after = token_json(token);
        SAMLA_TRY(record_change(s, actor, "token_create", "token", std::to_string(token.id),
                                nullptr, &after));
        return token;
      }));
  return issued;
}

Result<std::vector<ApiToken>> AccessService::list_tokens(std::int64_t user_id) {
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  SAMLA_ASSIGN(storage::Rows rows,
               lease->query(std::string("SELECT ") + kTokenColumns +
                                " FROM api_tokens WHERE user_id = ? ORDER BY id DESC",
                            {user_id}));
  std::vector<ApiToken> tokens;
  for (const storage::Row& row : rows) tokens.push_back(token_from_row(row));
  return tokens;
}

Status AccessService::revoke_token(std::int64_t token_id, const Principal& actor) {
  std::string at = format_iso8601(state_->clock());
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  return storage::in_transaction(*lease, [&](storage::Session& s) -> Status {
    SAMLA_ASSIGN(ApiToken before, load_token(s, token_id));
    if (before.user_id != actor.user_id && !can(actor, Action::manage_users))
      return make_error(ErrorCode::not_found, Msg::no_such_token);
    if (before.revoked_at) return ok_status();  // revoking twice changes nothing
    // Only a row still unrevoked changes, so a concurrent revocation is audited once.
    SAMLA_ASSIGN(std::int64_t changed,
                 s.execute("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS "
                           "NULL",
                           {at, token_id}));
    if (changed == 0) return ok_status();
    SAMLA_ASSIGN(ApiToken after, load_token(s, token_id));
    nlohmann::json before_doc = token_json(before);
    nlohmann::json after_doc = token_json(after);
    return record_change(s, actor, "token_revoke", "token", std::to_string(token_id), &before_doc,
                         &after_doc);
  });
}

}  // namespace samla::access
