#include "access/openapi_schemas.h"

namespace samla::access {
namespace {

using nlohmann::json;

json ref(const char* name) {
  return {{"$ref", std::string("#/components/schemas/") + name}};
}

json string_schema(const char* description) {
  return {{"type", "string"}, {"description", description}};
}
json timestamp(const char* description) {
  return {{"type", "string"}, {"format", "date-time"}, {"description", description}};
}
json nullable_timestamp(const char* description) {
  return {{"type", json::array({"string", "null"})},
          {"format", "date-time"},
          {"description", description}};
}
json role_schema() {
  return {{"type", "string"},
          {"enum", {"admin", "coordinator", "facilitator", "participant", "observer"}}};
}
json password_schema() {
  return {{"type", "string"}, {"minLength", 12}, {"maxLength", 1000}, {"writeOnly", true}};
}
json object(json properties, json required) {
  return {{"type", "object"},
          {"properties", std::move(properties)},
          {"required", std::move(required)},
          {"additionalProperties", false}};
}
json list_of(const char* item) {
  return object({{"items", {{"type", "array"}, {"items", ref(item)}}},
                 {"total", {{"type", "integer"}, {"minimum", 0}}},
                 {"next",
                  {{"type", json::array({"string", "null"})},
                   {"description", "Cursor of the next page; null on the last"}}}},
                {"items", "total", "next"});
}

}  // namespace

nlohmann::json openapi_schemas() {
  json s = json::object();
  s["LoginRequest"] =
      object({{"name", string_schema("User name")}, {"password", password_schema()}},
             {"name", "password"});
  s["LoginRequest"]["properties"]["name"]["maxLength"] = 100;
  // Any length may be tried, up to 4000 bytes (1000 characters of up to four bytes each).
  s["LoginRequest"]["properties"]["password"].erase("minLength");
  s["LoginRequest"]["properties"]["password"]["maxLength"] = 4000;
  s["UserSummary"] = object(
      {{"id", {{"type", "integer"}}}, {"name", {{"type", "string"}}}, {"role", role_schema()}},
      {"id", "name", "role"});
  s["Session"] =
      object({{"user", ref("UserSummary")},
              {"csrf_token",
               {{"type", json::array({"string", "null"})},
                {"description", "Send as X-CSRF-Token on writes; null for API-token callers"}}},
              {"expires_at", nullable_timestamp("When the session ends at the latest")}},
             {"user", "csrf_token", "expires_at"});
  s["User"] = object({{"id", {{"type", "integer"}}},
                      {"name", {{"type", "string"}, {"minLength", 1}, {"maxLength", 100}}},
                      {"role", role_schema()},
                      {"disabled", {{"type", "boolean"}}},
                      {"created_at", timestamp("Creation time (UTC)")},
                      {"updated_at", timestamp("Last change (UTC)")},
                      {"version", {{"type", "integer"}, {"minimum", 1}}}},
                     {"id", "name", "role", "disabled", "created_at", "updated_at", "version"});
  s["UserList"] = list_of("User");
  s["UserCreate"] = object({{"name", {{"type", "string"}, {"minLength", 1}, {"maxLength", 100}}},
                            {"role", role_schema()},
                            {"password", password_schema()}},
                           {"name", "role", "password"});
  s["UserUpdate"] = object({{"role", role_schema()},
                            {"disabled", {{"type", "boolean"}}},
                            {"password", password_schema()}},
                           json::array());
  json token_properties = {
      {"id", {{"type", "integer"}}},
      {"user_id", {{"type", "integer"}}},
      {"name", {{"type", "string"}}},
      {"created_at", timestamp("Creation time (UTC)")},
      {"last_used_at", nullable_timestamp("Last use, to the minute")},
      {"revoked_at", nullable_timestamp("When it was revoked")},
      {"expires_at", nullable_timestamp("When it stops working; null: never")}};
  json token_required = {"id",           "user_id",    "name",      "created_at",
                         "last_used_at", "revoked_at", "expires_at"};
  s["ApiToken"] = object(token_properties, token_required);
  s["ApiTokenList"] = list_of("ApiToken");
  s["ApiTokenCreate"] =
      object({{"name", {{"type", "string"}, {"minLength", 1}, {"maxLength", 100}}}}, {"name"});
  token_properties["secret"] = {
      {"type", "string"},
      {"pattern", "^samla_[A-Za-z0-9_-]{43}$"},
      {"description", "Send as 'Authorization: Bearer <secret>'. Shown only once."}};
  token_required.push_back("secret");
  s["IssuedApiToken"] = object(token_properties, token_required);
  json document = {{"description", "The record as JSON, or null"}};
  s["AuditEntry"] = object({{"id", {{"type", "integer"}}},
                            {"at", timestamp("When the change was made (UTC)")},
                            {"user_id", {{"type", json::array({"integer", "null"})}}},
                            {"user_name", {{"type", "string"}}},
                            {"action", string_schema("create, update, delete, login, …")},
                            {"record_type", string_schema("person, organisation, user, …")},
                            {"record_id", {{"type", "string"}}},
                            {"before", document},
                            {"after", document}},
                           {"id", "at", "user_id", "user_name", "action", "record_type",
                            "record_id", "before", "after"});
  s["AuditPage"] = list_of("AuditEntry");
  return s;
}

}  // namespace samla::access
