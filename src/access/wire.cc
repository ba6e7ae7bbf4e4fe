#include "access/wire.h"

#include "core/json_schema.h"
#include "core/wire.h"

namespace samla::access {
namespace {

using nlohmann::json;

// Stored documents were written by record_change, but a damaged one must not become a 500.
json parse_document(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  auto parsed = json::parse(*text, nullptr, /*allow_exceptions=*/false);
  return parsed.is_discarded() ? json(*text) : parsed;
}

json role_schema() {
  return schema::enum_of({"admin", "coordinator", "facilitator", "participant", "observer"});
}

json password_schema() {
  return {{"type", "string"}, {"minLength", 12}, {"maxLength", 1000}, {"writeOnly", true}};
}

json name_schema() {
  return {{"type", "string"}, {"minLength", 1}, {"maxLength", 100}};
}

// A time the server records, UTC; `nullable` when it may not have happened.
json time_schema(const char* description, bool nullable = false) {
  json out{{"type", "string"}, {"format", "date-time"}, {"description", description}};
  if (nullable) out["type"] = json::array({"string", "null"});
  return out;
}

template <typename T>
wire::Field<T> role_field(Role T::*member) {
  return wire::custom<T>(
      "role", role_schema(),
      [member](const T& v) { return json(std::string(role_name(v.*member))); }, nullptr);
}

// Every field of these records is in every answer, and no other field.
template <typename T>
json closed_record(const wire::Fields<T>& fields) {
  json out = fields.complete_schema();
  out["additionalProperties"] = false;
  return out;
}

json closed_object(json properties, json required) {
  json out = schema::object(std::move(properties), {});
  out["required"] = std::move(required);
  out["additionalProperties"] = false;
  return out;
}

json closed_page(const char* item) {
  json out = schema::page_of(item);
  out["properties"]["total"]["minimum"] = 0;
  out["properties"]["next"]["description"] = "Cursor of the next page; null on the last";
  out["additionalProperties"] = false;
  return out;
}

const wire::Fields<User>& user_fields() {
  static const wire::Fields<User> fields{
      wire::id("id", &User::id),
      wire::text("name", &User::name).with_schema(name_schema()),
      role_field(&User::role),
      wire::boolean("disabled", &User::disabled),
      wire::text("created_at", &User::created_at).with_schema(time_schema("Creation time (UTC)")),
      wire::text("updated_at", &User::updated_at).with_schema(time_schema("Last change (UTC)")),
      wire::id("version", &User::version).with_schema({{"minimum", 1}}),
      wire::optional_id("person_id", &User::person_id)
          .describe("The person in the register this account stands for, or null")};
  return fields;
}

const wire::Fields<UserSummary>& directory_fields() {
  static const wire::Fields<UserSummary> fields{
      wire::id("id", &UserSummary::id), wire::text("name", &UserSummary::name),
      role_field(&UserSummary::role), wire::optional_id("person_id", &UserSummary::person_id)};
  return fields;
}

const wire::Fields<User>& user_summary_fields() {
  static const wire::Fields<User> fields{wire::id("id", &User::id), wire::text("name", &User::name),
                                         role_field(&User::role)};
  return fields;
}

const wire::Fields<ApiToken>& token_fields() {
  static const wire::Fields<ApiToken> fields{
      wire::id("id", &ApiToken::id),
      wire::id("user_id", &ApiToken::user_id),
      wire::text("name", &ApiToken::name),
      wire::text("created_at", &ApiToken::created_at)
          .with_schema(time_schema("Creation time (UTC)")),
      wire::optional_text("last_used_at", &ApiToken::last_used_at)
          .with_schema(time_schema("Last use, to the minute", true)),
      wire::optional_text("revoked_at", &ApiToken::revoked_at)
          .with_schema(time_schema("When it was revoked", true)),
      wire::optional_text("expires_at", &ApiToken::expires_at)
          .with_schema(time_schema("When it stops working; null: never", true))};
  return fields;
}

const wire::Fields<AuditEntry>& audit_entry_fields() {
  auto document = [](const char* name, std::optional<std::string> AuditEntry::*member) {
    return wire::custom<AuditEntry>(
        name, {{"description", "The record as JSON, or null"}},
        [member](const AuditEntry& e) { return parse_document(e.*member); }, nullptr);
  };
  static const wire::Fields<AuditEntry> fields{
      wire::id("id", &AuditEntry::id),
      wire::text("at", &AuditEntry::at).with_schema(time_schema("When the change was made (UTC)")),
      wire::optional_id("user_id", &AuditEntry::user_id),
      wire::text("user_name", &AuditEntry::user_name),
      wire::text("action", &AuditEntry::action).describe("create, update, delete, login, …"),
      wire::text("record_type", &AuditEntry::record_type).describe("person, organisation, user, …"),
      wire::text("record_id", &AuditEntry::record_id),
      document("before", &AuditEntry::before_json),
      document("after", &AuditEntry::after_json)};
  return fields;
}

}  // namespace

json user_json(const User& user) {
  return user_fields().write(user);
}

json user_summary_json(const User& user) {
  return user_summary_fields().write(user);
}

json user_directory_json(const UserSummary& user) {
  return directory_fields().write(user);
}

json token_json(const ApiToken& token) {
  return token_fields().write(token);
}

json audit_entry_json(const AuditEntry& entry) {
  return audit_entry_fields().write(entry);
}

json openapi_schemas() {
  json s = json::object();
  json login_name = name_schema();
  login_name.erase("minLength");
  login_name["description"] = "User name";
  // Any length may be tried, up to 4000 bytes (1000 characters of up to four bytes each).
  json login_password = password_schema();
  login_password.erase("minLength");
  login_password["maxLength"] = 4000;
  s["LoginRequest"] =
      closed_object({{"name", login_name}, {"password", login_password}}, {"name", "password"});
  s["UserSummary"] = closed_record(user_summary_fields());
  s["Session"] = closed_object(
      {{"user", schema::ref("UserSummary")},
       {"csrf_token",
        schema::described(schema::nullable("string"),
                          "Send as X-CSRF-Token on writes; null for API-token callers")},
       {"expires_at", time_schema("When the session ends at the latest", true)}},
      {"user", "csrf_token", "expires_at"});
  s["SetupStatus"] = closed_object(
      {{"needed", schema::described(schema::type("boolean"),
                                    "true while samla has no account: the set-up link is needed")}},
      {"needed"});
  json secret = schema::described(schema::type("string"),
                                  "The secret after # in the set-up link samla printed");
  secret["maxLength"] = 200;
  s["SetupRequest"] = closed_object(
      {{"secret", secret},
       {"name", name_schema()},
       {"password", password_schema()},
       {"demo", schema::described(schema::type("boolean"),
                                  "Also load the demo programme (invented people and events)")}},
      {"secret", "name", "password"});
  json demo_counts = schema::described(schema::nullable("object"),
                                       "What the demo programme added, by what it counts; null "
                                       "when not asked for");
  demo_counts["additionalProperties"] = schema::type("integer");
  json result = s["Session"];
  result["properties"]["demo"] = demo_counts;
  result["required"].push_back("demo");
  s["SetupResult"] = result;
  s["User"] = closed_record(user_fields());
  s["UserList"] = closed_page("User");
  json person = schema::described(schema::nullable("integer"),
                                  "The person in the register this account stands for; null: none");
  person["minimum"] = 1;
  s["UserCreate"] = closed_object({{"name", name_schema()},
                                   {"role", role_schema()},
                                   {"password", password_schema()},
                                   {"person_id", person}},
                                  {"name", "role", "password"});
  s["UserUpdate"] = closed_object({{"role", role_schema()},
                                   {"disabled", schema::type("boolean")},
                                   {"password", password_schema()},
                                   {"person_id", person}},
                                  json::array());
  s["UserDirectoryEntry"] = closed_record(directory_fields());
  s["UserDirectory"] = closed_page("UserDirectoryEntry");
  s["ApiToken"] = closed_record(token_fields());
  s["ApiTokenList"] = closed_page("ApiToken");
  s["ApiTokenCreate"] = closed_object({{"name", name_schema()}}, {"name"});
  json issued = closed_record(token_fields());
  issued["properties"]["secret"] = {
      {"type", "string"},
      {"pattern", "^samla_[A-Za-z0-9_-]{43}$"},
      {"description", "Send as 'Authorization: Bearer <secret>'. Shown only once."}};
  issued["required"].push_back("secret");
  s["IssuedApiToken"] = issued;
  s["AuditEntry"] = closed_record(audit_entry_fields());
  s["AuditPage"] = closed_page("AuditEntry");
  return s;
}

}  // namespace samla::access
