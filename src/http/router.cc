#include "http/router.h"

#include "http/body_schema.h"

#include <algorithm>
#include <cctype>

namespace samla::http {
namespace {

std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> segments;
  if (path.empty() || path.front() != '/') return segments;
  path.remove_prefix(1);
  while (true) {
    auto slash = path.find('/');
    segments.emplace_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return segments;
}

bool is_param(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

Router::Router(std::vector<Route> routes, const nlohmann::json& components)
    : routes_(std::move(routes)) {
  for (const auto& route : routes_) {
    compiled_.push_back({split_path(route.pattern)});
    std::optional<nlohmann::json> schema;
    if (route.doc.request && components.is_object()) {
      if (auto found = components.find(*route.doc.request); found != components.end())
        schema = resolve_refs(*found, components);
    }
    body_schemas_.push_back(std::move(schema));
  }
}

const nlohmann::json* Router::body_schema(const Route& route) const {
  auto index = static_cast<std::size_t>(&route - routes_.data());
  if (index >= body_schemas_.size() || !body_schemas_[index]) return nullptr;
  return &*body_schemas_[index];
}

RouteMatch Router::match(std::string_view method, std::string_view path) const {
  const std::vector<std::string> segments = split_path(path);
  std::string_view wanted = method == "HEAD" ? "GET" : method;
  RouteMatch result;
  result.status = 404;
  // Specificity: the positions of literal segments, compared left to right, so that
  // /people/export beats /people/{id} and /a/{x}/c beats /a/{x}/{y}.
  std::vector<bool> best_literals;
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    const auto& pattern = compiled_[i].segments;
    if (pattern.size() != segments.size()) continue;
    std::vector<bool> literals(pattern.size());
    bool matches = true;
    for (std::size_t s = 0; s < pattern.size() && matches; ++s) {
      literals[s] = !is_param(pattern[s]);
      matches = !literals[s] ? !segments[s].empty() : pattern[s] == segments[s];
    }
    if (!matches) continue;
    const std::string& route_method = routes_[i].method;
    if (std::find(result.allow.begin(), result.allow.end(), route_method) == result.allow.end())
      result.allow.push_back(route_method);
    if (route_method != wanted) continue;
    if (result.route && !(literals > best_literals)) continue;
    best_literals = literals;
    result.route = &routes_[i];
    result.path_params.clear();
    for (std::size_t s = 0; s < pattern.size(); ++s)
      if (!literals[s])
        result.path_params[pattern[s].substr(1, pattern[s].size() - 2)] = segments[s];
  }
  if (result.route) {
    result.status = 200;
  } else if (!result.allow.empty()) {
    result.status = 405;
  }
  if (std::find(result.allow.begin(), result.allow.end(), "GET") != result.allow.end())
    result.allow.push_back("HEAD");
  std::sort(result.allow.begin(), result.allow.end());
  return result;
}

std::optional<std::string> percent_decode(std::string_view text, bool plus_as_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '+' && plus_as_space) {
      out.push_back(' ');
    } else if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      int high = hex_value(text[i + 1]), low = hex_value(text[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      out.push_back(static_cast<char>(high * 16 + low));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::multimap<std::string, std::string> parse_query(std::string_view query) {
  std::multimap<std::string, std::string> params;
  while (!query.empty()) {
    auto amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    if (pair.empty()) continue;
    auto equals = pair.find('=');
    std::string_view key = pair.substr(0, equals);
    std::string_view value =
        equals == std::string_view::npos ? std::string_view{} : pair.substr(equals + 1);
    auto decoded_key = percent_decode(key, true);
    auto decoded_value = percent_decode(value, true);
    params.emplace(decoded_key ? *decoded_key : std::string(key),
                   decoded_value ? *decoded_value : std::string(value));
  }
  return params;
}

Response dispatch(const Router& router, Request& request, const Authenticate& authenticate) {
  RouteMatch match = router.match(request.method, request.path);
  if (match.status == 404) return problem_response(404, Msg::no_such_path);
  if (match.status == 405) {
    Response response =
        problem_response(405, Message(Msg::method_not_accepted, {{"method", request.method}}));
    std::string allow;
    for (const auto& method : match.allow) allow += (allow.empty() ? "" : ", ") + method;
    response.set_header("Allow", allow);
    return response;
  }
  request.path_params = std::move(match.path_params);
  const Route& route = *match.route;
  request.body_schema = router.body_schema(route);
  if (route.action) {
    if (!authenticate)
      return problem_response(make_error(ErrorCode::unauthenticated, Msg::log_in_first));
    Result<access::Principal> principal = authenticate(request);
    if (!principal) return problem_response(principal.error());
    if (!access::can(*principal, *route.action))
      return problem_response(make_error(ErrorCode::forbidden, Msg::role_may_not));
    request.principal = std::move(principal).value();
  }
  return route.handler(request);
}

void add_standard_headers(Response& response, std::string_view path) {
  auto has = [&](std::string_view name) {
    return std::any_of(response.headers.begin(), response.headers.end(), [&](const auto& header) {
      return std::equal(
          header.first.begin(), header.first.end(), name.begin(), name.end(),
          [](unsigned char a, unsigned char b) { return std::tolower(a) == std::tolower(b); });
    });
  };
  // A route may narrow these for a document of its own (a report's HTML, which carries its
  // own style and is shown in the app's preview frame); everything else gets the strict set.
  if (!has("content-security-policy"))
    response.set_header(
        "Content-Security-Policy",
        "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
  if (!has("x-frame-options")) response.set_header("X-Frame-Options", "DENY");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Referrer-Policy", "no-referrer");
  response.set_header("Cross-Origin-Opener-Policy", "same-origin");
  if (path.starts_with("/api/") && !has("cache-control"))
    response.set_header("Cache-Control", "no-store");
  if (response.status == 401 && !has("www-authenticate"))
    response.set_header("WWW-Authenticate", "Bearer realm=\"samla\"");
}

}  // namespace samla::http
