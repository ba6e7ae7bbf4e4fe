// The server's view of HTTP, independent of Boost.Beast: requests, responses and the route
// table that every capability contributes to. Only server.cc includes Beast, so adding a
// route never recompiles the HTTP machinery.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "access/principal.h"
#include "core/language.h"
#include "core/progress.h"
#include "core/result.h"

namespace samla::http {

// A WebSocket connection's sending side, as the server gives it to a handler: send() and close()
// may be called from any thread; messages go out in the order sent.
class SocketPeer {
 public:
  virtual ~SocketPeer() = default;
  virtual void send(std::string text) = 0;
  virtual void close() = 0;
};

// What a route does with a WebSocket once the server has upgraded the connection: it gets its
// peer, then each text message in turn (on a worker thread, one at a time per connection), then
// the end. A route that accepts an upgrade answers 101 with its handler (Response::socket).
class SocketHandler {
 public:
  virtual ~SocketHandler() = default;
  virtual void attach(std::shared_ptr<SocketPeer> peer) = 0;
  virtual void on_message(const std::string& text) = 0;
  virtual void on_close() = 0;
};

struct Request {
  std::string method;                             // "GET", "POST", …
  std::string target;                             // path and query as sent
  std::string path;                               // decoded path without the query
  std::multimap<std::string, std::string> query;  // decoded query parameters
  std::map<std::string, std::string> headers;     // names in lower case
  std::string body;
  std::string remote_address;
  std::map<std::string, std::string> path_params;  // {id} → "12", filled by the router

  // The JSON Schema (references resolved) the route declares for its body, if any; set by
  // the router, checked by parse_json_body.
  const nlohmann::json* body_schema = nullptr;

  // The authenticated caller; set by the server before a protected handler runs.
  std::optional<access::Principal> principal;
  // The client asks to upgrade to a WebSocket (RFC 6455).
  bool websocket_upgrade = false;
  Language language = Language::en;

  // The header's value, or "" when absent. `name` in lower case.
  const std::string& header(const std::string& name) const;
  // The first value of query parameter `name`, if present.
  std::optional<std::string> query_param(const std::string& name) const;
  // The cookie's value, if the Cookie header carries it.
  std::optional<std::string> cookie(const std::string& name) const;
  // The principal; only call from handlers of protected routes.
  const access::Principal& caller() const { return *principal; }
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // With status 101: the handler of the WebSocket the server upgrades the connection to.
  std::shared_ptr<SocketHandler> socket;

  void set_header(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
  }
};

// A JSON response.
Response json_response(int status, const nlohmann::json& body);
// An RFC 9457 problem+json response for `error`: `detail` in English with its message `code` and
// `params` (extension members, so a client can word it itself), and for 422 `errors: [{field,
// code, params, message}]`. A 500 says only that something unexpected happened.
Response problem_response(const Error& error);

// Renders a problem answer's detail and field errors in `language`, from their codes: the one
// place a server message is translated. Other answers are left as they are.
void localize_problem(Response& response, Language language);
// A problem+json response with an explicit status and detail.
Response problem_response(int status, const Message& detail);
// The HTTP status an ErrorCode maps to.
int status_for(ErrorCode code);

using Handler = std::function<Response(Request&)>;

// Describes a route for the OpenAPI document.
struct RouteDoc {
  std::string summary;
  std::string tag;                      // "people", "organisations", …
  std::optional<std::string> request;   // schema name of the JSON body, if any
  std::optional<std::string> response;  // schema name of the 2xx JSON body, if any
  std::vector<std::string> query;       // query parameters accepted
  int success_status = 200;
  // The body is a file's bytes in any format (an upload), not JSON: it may be too large (413),
  // of a refused type (415) or badly named (422).
  bool file_body = false;
};

// One row of the route table: method, path pattern with {params}, the action the
// permission function must allow (none: public), and the handler.
struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/people/{id}"
  std::optional<access::Action> action;
  Handler handler;
  RouteDoc doc;
};

// Parses a JSON request body: 415 unless application/json; 400 when malformed or nested more
// than kMaxJsonDepth deep; 422 when not an object, or naming every field the route's body
// schema does not describe.
Result<nlohmann::json> parse_json_body(const Request& request);

// A request to move a record to another status: POST …/{id}/transitions {"to": "…", …} with
// an optional If-Match. The record's id, the version the caller read, the status named (a 422
// naming `to` when it is missing or not text) and the body, for the route's other fields.
struct TransitionRequest {
  std::int64_t id = 0;
  std::optional<std::int64_t> version;
  std::string to;
  nlohmann::json body;
};
Result<TransitionRequest> read_transition(const Request& request);
// A text field of a parsed body that may be left out: "" when absent or null, a 422 naming
// `name` when it is not text (never nlohmann's type_error, which would be a 500).
Result<std::string> optional_text_in(const nlohmann::json& body, const std::string& name);

// The version an If-Match header names (ETags are "\"<version>\""), if any; malformed: 400.
Result<std::optional<std::int64_t>> if_match_version(const Request& request);

// A weak-free strong ETag for a record version.
std::string etag_for(std::int64_t version);

// Parses a positive integer path parameter such as {id}; 404 if it is not one.
Result<std::int64_t> id_param(const Request& request, const std::string& name = "id");

// An optional whole-number query parameter such as ?plan_id=3; 422 naming it when it is there
// and not one. And an optional yes/no one (?overdue=true): true, false, 1 or 0, else 422.
Result<std::optional<std::int64_t>> integer_query(const Request& request, const std::string& name);
Result<bool> flag_query(const Request& request, const std::string& name);
// The optional ?limit= of a page: a whole number from 1 to kMaxPageSize, else 422 naming it.
Result<std::optional<int>> page_limit_query(const Request& request);

// A response with an explicit content type, for HTML and other non-JSON bodies.
Response text_response(int status, std::string content_type, std::string body);

// A file to download: 200 with `content_type` and Content-Disposition: attachment, named
// `filename` (any UTF-8: an ASCII stand-in for old clients and the name itself, RFC 6266).
Response file_response(std::string content_type, const std::string& filename, std::string body);

// GET /api/v1/health (public): {"status","version","database"}; 503 when `probe` says the
// database is unreachable. Without a probe the database is reported as "unknown".
Route health_route(std::function<bool()> probe, std::string version);
// GET /api/v1/ready: 200 {"status": "ready"} while `ready()` says so, else 503 "not_ready".
Route ready_route(std::function<bool()> ready);

// GET /api/v1/messages: core/messages.h's table, {code: {en, sv}}, public like the API
// document, so a client can word field errors in its user's language.
Route messages_route();

// GET /api/v1/progress/{key}: how far the caller's own work under `key` has come (see
// core/progress.h); 404 for a key this server does not know for this user.
Route progress_route(ProgressBoard& board);

// GET / (public): a short page saying what samla is, until the web UI exists.
Route home_route();

}  // namespace samla::http
