// The create / read / replace / change / delete routes of one record collection, written
// once: every capability's records answer the same way (201 with Location and ETag, If-Match
// on writes, JSON Merge Patch over the current record, 204 on delete). A capability supplies
// its use cases as `Ops`, each one call to its service:
//   Result<T> from_json(const json&)                       the field table's reader
//   Result<T> get(Request&, id)
//   Result<T> create(Request&, T)
//   Result<T> update(Request&, id, T, std::optional<version>)
//   Status remove(Request&, id, std::optional<version>)
//   Result<std::vector<T>> list(Request&)                    optional: a GET of them all
//   Result<Page<T>> page(Request&)                           or instead: a GET page by page
//                                                            (?limit=&cursor=, schema TPage)
// The Request is passed so that an Ops can ask who is calling (r.caller()) and in which
// language; route lambdas stay free of rules and SQL.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "http/handler_support.h"
#include "http/record_responses.h"

namespace samla::http {

struct CrudRoutes {
  // "events": /api/v1/events and /api/v1/events/{id}. A nested collection names its parent's
  // parameter ("events/{id}/outcomes", with item_param "outcome_id").
  std::string collection;
  std::string schema;  // "Event": answers Event, bodies EventInput (and EventPatch)
  std::string tag;     // the OpenAPI tag
  access::Action read = access::Action::read_register;
  access::Action write = access::Action::write_register;
  std::string item_param = "id";            // the path parameter of one record
  bool patch = false;                       // also PATCH with JSON Merge Patch
  std::optional<std::string> list_summary;  // of the GET of them all, when Ops has list()
  std::optional<access::Action> list_read;  // the list's action when not `read` (a board)
  std::vector<std::string> list_query;      // the list's query parameters (its filters)
  std::optional<access::Action> change;     // PUT and PATCH when not `write` (a lead's edit)
  // Wraps the read of one record (a response cache); absent: answered directly.
  std::function<Response(Request&, const std::function<Response()>&)> read_through;
};

// `collection` with each {parameter} replaced by the request's value: where a record is.
inline std::string located(const std::string& collection, const Request& r) {
  std::string out;
  for (std::size_t i = 0; i < collection.size(); ++i) {
    const std::size_t close = collection[i] == '{' ? collection.find('}', i) : std::string::npos;
    if (close == std::string::npos) {
      out += collection[i];
      continue;
    }
    auto value = r.path_params.find(collection.substr(i + 1, close - i - 1));
    out += value == r.path_params.end() ? std::string() : value->second;
    i = close;
  }
  return out;
}

template <typename Ops>
void add_crud_routes(std::vector<Route>& out, const CrudRoutes& spec, Ops ops) {
  using nlohmann::json;
  const std::string base = "/api/v1/" + spec.collection;
  const std::string item = base + "/{" + spec.item_param + "}";
  const std::string c = spec.collection, schema = spec.schema, tag = spec.tag;
  const std::string p = spec.item_param;
  if constexpr (requires(const Ops& o, Request& r) { o.list(r); })
    out.push_back({"GET",
                   base,
                   spec.list_read.value_or(spec.read),
                   [ops](Request& r) { return list_response(ops.list(r)); },
                   {spec.list_summary.value_or("List " + c), tag, std::nullopt, schema + "List",
                    spec.list_query, 200}});
  if constexpr (requires(const Ops& o, Request& r) { o.page(r); }) {
    auto query = spec.list_query;
    query.insert(query.end(), {"limit", "cursor"});
    out.push_back({"GET",
                   base,
                   spec.list_read.value_or(spec.read),
                   [ops](Request& r) { return page_response(ops.page(r)); },
                   {spec.list_summary.value_or("List " + c), tag, std::nullopt, schema + "Page",
                    std::move(query), 200}});
  }
  out.push_back({"POST",
                 base,
                 spec.write,
                 [ops, c](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(json body, parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto input, ops.from_json(body));
                   return record_response(ops.create(r, std::move(input)), 201, located(c, r));
                 },
                 {"Create " + schema, tag, schema + "Input", schema, {}, 201}});
  auto read_through = spec.read_through;
  out.push_back({"GET",
                 item,
                 spec.read,
                 [ops, c, p, read_through](Request& r) {
                   auto answer = [&]() -> Response {
                     SAMLA_ASSIGN_OR_PROBLEM(auto id, id_param(r, p));
                     return record_response(ops.get(r, id), 200, c);
                   };
                   return read_through ? read_through(r, answer) : answer();
                 },
                 {"Read one " + schema, tag, std::nullopt, schema, {}, 200}});
  // PUT replaces the record with the body; PATCH merges the body into the current record
  // (JSON Merge Patch, RFC 7396), and without If-Match expects the version it merged into.
  auto write = [ops, c, p](bool merge) {
    return [ops, c, p, merge](Request& r) -> Response {
      SAMLA_ASSIGN_OR_PROBLEM(auto id, id_param(r, p));
      SAMLA_ASSIGN_OR_PROBLEM(auto version, if_match_version(r));
      SAMLA_ASSIGN_OR_PROBLEM(json body, parse_json_body(r));
      if (merge) {
        SAMLA_ASSIGN_OR_PROBLEM(auto current, ops.get(r, id));
        json merged = to_json(current);
        merged.merge_patch(body);
        body = std::move(merged);
        if (!version) version = id_and_version(current).second;
      }
      SAMLA_ASSIGN_OR_PROBLEM(auto input, ops.from_json(body));
      return record_response(ops.update(r, id, std::move(input), version), 200, c);
    };
  };
  const access::Action change = spec.change.value_or(spec.write);
  out.push_back(
      {"PUT",
       item,
       change,
       write(false),
       {"Replace " + schema + " (If-Match: its ETag)", tag, schema + "Input", schema, {}, 200}});
  if (spec.patch)
    out.push_back({"PATCH",
                   item,
                   change,
                   write(true),
                   {"Change some fields of " + schema + " (JSON Merge Patch)",
                    tag,
                    schema + "Patch",
                    schema,
                    {},
                    200}});
  out.push_back({"DELETE",
                 item,
                 spec.write,
                 [ops, p](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, id_param(r, p));
                   SAMLA_ASSIGN_OR_PROBLEM(auto version, if_match_version(r));
                   return no_content_or_problem(ops.remove(r, id, version));
                 },
                 {"Delete " + schema, tag, std::nullopt, std::nullopt, {}, 204}});
}

}  // namespace samla::http
