#include "http/api.h"

#include "core/json.h"
#include "core/page.h"
#include "http/body_schema.h"

#include <cctype>
#include <charconv>
#include <string_view>

namespace samla::http {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Parses a whole string as a non-negative decimal integer.
std::optional<std::int64_t> parse_int(std::string_view text) {
  std::int64_t value = 0;
  if (text.empty() || text.front() == '-' || text.front() == '+') return std::nullopt;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

const std::string& Request::header(const std::string& name) const {
  static const std::string empty;
  auto it = headers.find(name);
  return it == headers.end() ? empty : it->second;
}

std::optional<std::string> Request::query_param(const std::string& name) const {
  auto it = query.find(name);
  if (it == query.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> Request::cookie(const std::string& name) const {
  // Cookie: a=1; b=2 (RFC 6265 §5.4). Several Cookie headers are joined with "; " by the server.
  std::string_view rest = header("cookie");
  while (!rest.empty()) {
    auto semicolon = rest.find(';');
    std::string_view pair = trim(rest.substr(0, semicolon));
    rest = semicolon == std::string_view::npos ? std::string_view{} : rest.substr(semicolon + 1);
    auto equals = pair.find('=');
    if (equals == std::string_view::npos || trim(pair.substr(0, equals)) != name) continue;
    std::string_view value = trim(pair.substr(equals + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
      value = value.substr(1, value.size() - 2);
    return std::string(value);
  }
  return std::nullopt;
}

Response json_response(int status, const nlohmann::json& body) {
  Response response;
  response.status = status;
  response.content_type = "application/json";
  // Replace invalid UTF-8 rather than throw: a stored byte sequence must not turn a read into a
  // 500.
  if (status != 204)
    response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

Response text_response(int status, std::string content_type, std::string body) {
  Response response;
  response.status = status;
  response.content_type = std::move(content_type);
  response.body = std::move(body);
  return response;
}

namespace {

// Content-Disposition for a download named `filename`: `filename="…"` with every character
// that is not plain printable ASCII (or is a quote or backslash) as "_", and when that changed
// anything also `filename*=UTF-8''…` with the name percent-encoded (RFC 6266, RFC 8187).
std::string attachment_disposition(const std::string& filename) {
  std::string plain, encoded;
  bool changed = false;
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (unsigned char c : filename) {
    const bool printable = c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
    if (printable)
      plain += static_cast<char>(c);
    else if ((c & 0xC0) != 0x80)  // one "_" a character, not a byte
      plain += '_';
    changed = changed || !printable;
    const bool ascii_alnum =
        (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (ascii_alnum || c == '.' || c == '-' || c == '_' || c == '~') {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 0xF];
    }
  }
  std::string header = "attachment; filename=\"" + plain + "\"";
  if (changed) header += "; filename*=UTF-8''" + encoded;
  return header;
}

}  // namespace

Response file_response(std::string content_type, const std::string& filename, std::string body) {
  Response response = text_response(200, std::move(content_type), std::move(body));
  response.set_header("Content-Disposition", attachment_disposition(filename));
  return response;
}

int status_for(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid:
      return 422;
    case ErrorCode::malformed:
      return 400;
    case ErrorCode::not_found:
      return 404;
    case ErrorCode::conflict:
      return 409;
    case ErrorCode::precondition_failed:
      return 412;
    case ErrorCode::unauthenticated:
      return 401;
    case ErrorCode::forbidden:
      return 403;
    case ErrorCode::too_many_requests:
      return 429;
    case ErrorCode::unavailable:
      return 503;
    case ErrorCode::internal:
      return 500;
    case ErrorCode::unsupported_media_type:
      return 415;
    case ErrorCode::payload_too_large:
      return 413;
  }
  return 500;
}

// The reason phrase of `status`, used as the problem title (RFC 9457 §4.2.1 for about:blank).
static std::string_view status_title(int status) {
  switch (status) {
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 409:
      return "Conflict";
    case 412:
      return "Precondition Failed";
    case 413:
      return "Content Too Large";
    case 415:
      return "Unsupported Media Type";
    case 422:
      return "Unprocessable Content";
    case 429:
      return "Too Many Requests";
    case 503:
      return "Service Unavailable";
    default:
      return status >= 500 ? "Internal Server Error" : "Error";
  }
}

Response problem_response(int status, const Message& detail) {
  nlohmann::json params = nlohmann::json::object();
  for (const auto& [name, value] : detail.params) params[name] = value;
  nlohmann::json body{{"type", "about:blank"},
                      {"title", status_title(status)},
                      {"status", status},
                      {"detail", render_message(detail.code, detail.params, Language::en)},
                      {"code", message_code(detail.code)},
                      {"params", std::move(params)}};
  Response response = json_response(status, body);
  response.content_type = "application/problem+json";
  return response;
}

Response problem_response(const Error& error) {
  int status = status_for(error.code);
  // An internal error's detail may describe internals; the log has it, the client does not.
  Response response =
      problem_response(status, status == 500 ? Message{Msg::unexpected_error} : error.detail);
  // A 422 always lists its fields; a 413 or 415 does when it knows the field (an upload's file).
  if (error.code == ErrorCode::invalid || (status != 500 && !error.fields.empty())) {
    auto body = nlohmann::json::parse(response.body);
    body["errors"] = nlohmann::json::array();
    for (const auto& field : error.fields) {
      nlohmann::json params = nlohmann::json::object();
      for (const auto& [name, value] : field.params) params[name] = value;
      body["errors"].push_back({{"field", field.field},
                                {"code", message_code(field.code)},
                                {"params", std::move(params)},
                                {"message", field.message}});
    }
    response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  return response;
}

namespace {

// A message's parameters as the problem body carries them ({"name": "value"}).
MessageParams params_of(const nlohmann::json& params) {
  MessageParams out;
  if (!params.is_object()) return out;
  for (const auto& [name, value] : params.items())
    if (value.is_string()) out.emplace_back(name, value.get<std::string>());
  return out;
}

}  // namespace

void localize_problem(Response& response, Language language) {
  if (language == Language::en || response.content_type != "application/problem+json") return;
  auto body = nlohmann::json::parse(response.body, nullptr, false);
  if (!body.is_object()) return;
  if (auto code = message_from_code(body.value("code", "")))
    body["detail"] = render_message(*code, params_of(body["params"]), language);
  if (body.contains("errors") && body["errors"].is_array()) {
    for (auto& field : body["errors"]) {
      auto code = message_from_code(field.value("code", ""));
      if (!code) continue;
      field["message"] = render_message(*code, params_of(field["params"]), language);
    }
  }
  response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<nlohmann::json> parse_json_body(const Request& request) {
  // application/json, optionally with parameters such as charset=utf-8.
  std::string type = lower(trim(std::string_view(request.header("content-type"))
                                    .substr(0, request.header("content-type").find(';'))));
  if (type != "application/json")
    return make_error(ErrorCode::unsupported_media_type, Msg::body_must_be_json);
  SAMLA_ASSIGN(nlohmann::json body, parse_json(request.body));
  if (!body.is_object()) return invalid_field("", Msg::body_not_object);
  if (request.body_schema) {
    auto unknown = unknown_fields(body, *request.body_schema);
    if (!unknown.empty()) return invalid_fields(std::move(unknown));
  }
  return body;
}

Result<std::optional<std::int64_t>> if_match_version(const Request& request) {
  auto it = request.headers.find("if-match");
  if (it == request.headers.end()) return std::optional<std::int64_t>{};
  std::string_view value = trim(it->second);
  // "*" matches any current version: the write goes ahead without a version check.
  if (value == "*") return std::optional<std::int64_t>{};
  if (value.starts_with("W/")) value.remove_prefix(2);
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
    if (auto version = parse_int(value.substr(1, value.size() - 2)))
      return std::optional<std::int64_t>{*version};
  }
  return make_error(ErrorCode::malformed, Msg::if_match_malformed);
}

std::string etag_for(std::int64_t version) {
  return "\"" + std::to_string(version) + "\"";
}

Result<std::int64_t> id_param(const Request& request, const std::string& name) {
  auto it = request.path_params.find(name);
  if (it != request.path_params.end()) {
    auto id = parse_int(it->second);
    if (id && *id > 0) return *id;
  }
  return make_error(ErrorCode::not_found, Msg::no_such_record);
}

Result<std::optional<std::int64_t>> integer_query(const Request& request, const std::string& name) {
  auto text = request.query_param(name);
  if (!text) return std::optional<std::int64_t>{};
  auto value = parse_int(*text);
  if (!value) return invalid_field(name, Msg::must_be_whole_number);
  return std::optional<std::int64_t>{*value};
}

Result<std::optional<int>> page_limit_query(const Request& request) {
  SAMLA_ASSIGN(auto limit, integer_query(request, "limit"));
  if (!limit) return std::optional<int>{};
  if (*limit < 1 || *limit > kMaxPageSize)
    return invalid_field("limit", Msg::whole_number_range,
                         {{"min", "1"}, {"max", std::to_string(kMaxPageSize)}});
  return std::optional<int>{static_cast<int>(*limit)};
}

Result<TransitionRequest> read_transition(const Request& request) {
  TransitionRequest out;
  SAMLA_ASSIGN(out.id, id_param(request));
  SAMLA_ASSIGN(out.version, if_match_version(request));
  SAMLA_ASSIGN(out.body, parse_json_body(request));
  const auto to = out.body.find("to");
  if (to == out.body.end() || !to->is_string())
    return invalid_field("to", Msg::next_status_required);
  out.to = to->get<std::string>();
  return out;
}

Result<std::string> optional_text_in(const nlohmann::json& body, const std::string& name) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return std::string();
  if (!it->is_string()) return invalid_field(name, Msg::must_be_string);
  return it->get<std::string>();
}

Result<bool> flag_query(const Request& request, const std::string& name) {
  auto text = request.query_param(name);
  if (!text || *text == "false" || *text == "0") return false;
  if (*text == "true" || *text == "1" || text->empty()) return true;
  return invalid_field(name, Msg::must_be_values, {{"values", "true\nfalse"}});
}

namespace {

// A public GET the server answers by itself (documented under "system").
Route system_route(std::string pattern, std::string summary,
                   std::optional<std::string> response_schema, Handler handler) {
  return Route{
      "GET", std::move(pattern), std::nullopt, std::move(handler),
      RouteDoc{std::move(summary), "system", std::nullopt, std::move(response_schema), {}, 200}};
}

}  // namespace

Route health_route(std::function<bool()> probe, std::string version) {
  return system_route("/api/v1/health", "Reports whether the server and its database are up.",
                      "Health", [probe = std::move(probe), version = std::move(version)](Request&) {
                        std::string database = !probe ? "unknown" : probe() ? "ok" : "unavailable";
                        bool up = database != "unavailable";
                        return json_response(up ? 200 : 503, {{"status", up ? "ok" : "unavailable"},
                                                              {"version", version},
                                                              {"database", database}});
                      });
}

Route ready_route(std::function<bool()> ready) {
  return system_route(
      "/api/v1/ready",
      "Reports whether this server should be sent requests (for load balancers): 503 while it "
      "stops, or when its database does not answer or has another schema version.",
      "Ready", [ready = std::move(ready)](Request&) {
        const bool up = ready();
        return json_response(up ? 200 : 503, {{"status", up ? "ready" : "not_ready"}});
      });
}

Route messages_route() {
  auto body = std::make_shared<const std::string>(message_catalogue().dump());
  return system_route("/api/v1/messages",
                      "The text of every field-error code in English and Swedish.",
                      "MessageCatalogue", [body](Request&) {
                        Response response;
                        response.body = *body;
                        return response;
                      });
}

Route progress_route(ProgressBoard& board) {
  return Route{"GET", "/api/v1/progress/{key}", access::Action::use_own_account,
               [&board](Request& r) {
                 auto key = r.path_params.at("key");
                 auto step = board.read(r.caller().user_id, key);
                 if (!step)
                   return problem_response(make_error(ErrorCode::not_found, Msg::no_such_progress));
                 return json_response(200, {{"stage", step->stage},
                                            {"done", step->done},
                                            {"total", step->total},
                                            {"finished", step->finished}});
               },
               RouteDoc{"How far work the caller started with ?progress=KEY has come",
                        "system",
                        std::nullopt,
                        "Progress",
                        {},
                        200}};
}

Route home_route() {
  return system_route("/", "A short page about samla, until the web UI exists.", std::nullopt,
                      [](Request&) {
                        return text_response(200, "text/html; charset=utf-8", R"(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>samla</title>
</head>
<body>
<main>
<h1>samla</h1>
<p>samla helps the people who run multi-actor mental-health programmes keep a register of the
organisations and people involved: who they are, which perspectives and themes they bring, and
where they work.</p>
<p>The web interface is not here yet. The HTTP API is described in the
<a href="/api/v1/openapi.json">OpenAPI document</a>; its health is at
<a href="/api/v1/health">/api/v1/health</a>.</p>
</main>
</body>
</html>
)");
                      });
}

}  // namespace samla::http
