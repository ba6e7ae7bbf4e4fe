#include "resources/routes.h"

#include "http/crud_routes.h"
#include "resources/wire.h"

namespace samla::resources {
namespace {

using namespace http::route_names;

Result<store::ListFilter> filter_of(const Request& r) {
  store::ListFilter f;
  SAMLA_ASSIGN(f.programme_id, http::integer_query(r, "programme_id"));
  f.kind = r.query_param("kind");
  f.language = r.query_param("language");
  f.audience = r.query_param("audience");
  f.theme = r.query_param("theme");
  f.q = r.query_param("q");
  SAMLA_ASSIGN(auto limit, http::page_limit_query(r));
  if (limit) f.limit = std::min(*limit, store::kMaxLimit);
  return f;
}

struct ResourceOps {
  ResourcesService* svc;
  Result<Resource> from_json(const json& j) const { return resource_from_json(j); }
  Result<std::vector<Resource>> list(Request& r) const {
    SAMLA_ASSIGN(auto filter, filter_of(r));
    return svc->list(std::move(filter), r.caller());
  }
  Result<Resource> get(Request& r, std::int64_t id) const { return svc->get(id, r.caller()); }
  Result<Resource> create(Request& r, Resource x) const {
    return svc->create(std::move(x), r.caller());
  }
  Result<Resource> update(Request& r, std::int64_t id, Resource x,
                          std::optional<std::int64_t> v) const {
    return svc->update(id, std::move(x), v, r.caller());
  }
  Status remove(Request& r, std::int64_t id, std::optional<std::int64_t> v) const {
    return svc->remove(id, v, r.caller());
  }
};

}  // namespace

std::vector<http::Route> routes(ResourcesService& service) {
  std::vector<http::Route> out;
  http::CrudRoutes spec{"resources", "Resource", "resources"};
  spec.read = Action::read_resources;
  spec.write = Action::manage_resources;
  spec.patch = true;
  spec.list_summary =
      "The resource library, most recently changed first (participants: what is shared with "
      "everyone); ?q (words of the title, description or file name), ?kind, ?language, ?theme "
      "(a slug), ?audience, ?programme_id, ?limit";
  spec.list_query = {"programme_id", "kind", "language", "theme", "audience", "q", "limit"};
  http::add_crud_routes(out, spec, ResourceOps{&service});
  ResourcesService* svc = &service;
  const std::string file = "/api/v1/resources/{id}/file";
  http::RouteDoc upload{
      "Upload the resource's file (the body is the file's bytes, ?filename names it; If-Match: "
      "the resource's ETag). Its type is read from the bytes: PDF, Word, Excel, PowerPoint, "
      "OpenDocument, text, CSV, PNG, JPEG, GIF or WebP; at most 10 MB",
      "resources",
      std::nullopt,
      "Resource",
      {"filename"},
      200};
  upload.file_body = true;
  out.push_back({"PUT", file, Action::manage_resources,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
                   return http::record_response(
                       svc->upload(id, r.query_param("filename").value_or(""), std::move(r.body),
                                   version, r.caller()),
                       200, "resources");
                 },
                 std::move(upload)});
  out.push_back({"GET",
                 file,
                 Action::read_resources,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto stored, svc->download(id, r.caller()));
                   Response response = http::file_response(
                       stored.facts.content_type, stored.facts.name, std::move(stored.bytes));
                   // Whatever the file holds, a browser that opens it runs nothing from it.
                   response.set_header("Content-Security-Policy", "default-src 'none'; sandbox");
                   // A team's file stays out of the browser's disk cache.
                   response.set_header("Cache-Control", "no-store");
                   return response;
                 },
                 {"Download the resource's file, as an attachment",
                  "resources",
                  std::nullopt,
                  std::nullopt,
                  {},
                  200}});
  out.push_back({"DELETE",
                 file,
                 Action::manage_resources,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
                   return http::record_response(svc->remove_file(id, version, r.caller()), 200,
                                                "resources");
                 },
                 {"Remove the resource's file (If-Match: the resource's ETag)",
                  "resources",
                  std::nullopt,
                  "Resource",
                  {},
                  200}});
  return out;
}

}  // namespace samla::resources
