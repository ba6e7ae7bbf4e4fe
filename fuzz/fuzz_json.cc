// JSON request decoding: the register's strict readers and the access module's BodyReader.
// Any body decodes or fails with field errors; what decodes survives a round trip.
#include <cstddef>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "access/body_reader.h"
#include "http/api.h"
#include "http/body_schema.h"
#include "register/json.h"

namespace {

template <typename T, typename Read>
void round_trip(const samla::Result<T>& decoded, Read read) {
  if (!decoded.ok()) return;
  // What we write out, we read back (clients PUT back what they GET).
  auto again = read(samla::registry::to_json(decoded.value()));
  if (!again.ok()) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace samla;
  auto body = nlohmann::json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded()) return 0;
  round_trip(registry::person_from_json(body), registry::person_from_json);
  round_trip(registry::organisation_from_json(body), registry::organisation_from_json);
  round_trip(registry::theme_from_json(body), registry::theme_from_json);
  round_trip(registry::country_group_from_json(body), registry::country_group_from_json);

  // The access routes read only what http::parse_json_body accepts (a JSON object), so the
  // BodyReader gets exactly that: the request path, not the raw value.
  http::Request request;
  request.method = "POST";
  request.headers["content-type"] = "application/json; charset=utf-8";
  request.body.assign(reinterpret_cast<const char*>(data), size);
  // Through the route's schema too: unknown fields are named, never thrown over.
  static const nlohmann::json schema = http::resolve_refs(
      {{"type", "object"},
       {"properties",
        {{"name", {{"type", "string"}}},
         {"items", {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/Item"}}}}}}}},
      {{"Item", {{"type", "object"}, {"properties", {{"time", {{"type", "string"}}}}}}}});
  request.body_schema = &schema;
  auto checked = http::parse_json_body(request);
  if (checked.ok() && checked->dump().empty()) __builtin_trap();
  request.body_schema = nullptr;
  auto object = http::parse_json_body(request);
  if (!object.ok()) return 0;
  access::BodyReader reader(object.value());
  (void)reader.string("name", true);
  (void)reader.string("password", false);
  (void)reader.boolean("active");
  reader.reject_unknown({"name", "password", "active"});
  (void)reader.finish();
  return 0;
}
