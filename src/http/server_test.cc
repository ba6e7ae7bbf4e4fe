// Drives the real server over loopback with plain POSIX sockets (no Beast here: server.cc
// stays the one Beast translation unit).
#include "http/server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>

namespace samla::http {
namespace {

using nlohmann::json;

struct Reply {
  int status = 0;
  std::string head;  // status line and headers, lower-cased names kept as sent
  std::string body;
  std::string header(const std::string& name) const {
    std::string lower_head = head;
    for (char& c : lower_head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string needle = "\r\n" + name + ": ";
    auto at = lower_head.find(needle);
    if (at == std::string::npos) return "";
    auto start = at + needle.size();
    return head.substr(start, head.find("\r\n", start) - start);
  }
};

int connect_to(unsigned short port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
    throw std::runtime_error("connect");
  timeval timeout{10, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  return fd;
}

void send_all(int fd, const std::string& data) {
  std::size_t sent = 0;
  while (sent < data.size()) {
    ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;  // the server may close early (413); the reply is still readable
    sent += static_cast<std::size_t>(n);
  }
}

// Reads one response: headers, then Content-Length bytes of body (none for HEAD).
Reply read_reply(int fd, bool head_request = false) {
  std::string data;
  char chunk[4096];
  Reply reply;
  while (true) {
    auto end = data.find("\r\n\r\n");
    if (end != std::string::npos) {
      reply.head = data.substr(0, end + 2);
      std::string length = reply.header("content-length");
      std::size_t want = head_request || length.empty() ? 0 : std::stoul(length);
      if (data.size() >= end + 4 + want) {
        reply.body = data.substr(end + 4, want);
        reply.status = std::stoi(data.substr(9, 3));
        return reply;
      }
    }
    ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
    if (n <= 0) throw std::runtime_error("connection closed before a full response: " + data);
    data.append(chunk, static_cast<std::size_t>(n));
  }
}

Reply round_trip(unsigned short port, const std::string& request, bool head_request = false) {
  int fd = connect_to(port);
  send_all(fd, request);
  Reply reply = read_reply(fd, head_request);
  ::close(fd);
  return reply;
}

std::string get(const std::string& target, const std::string& extra = "") {
  return "GET " + target + " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n" + extra + "\r\n";
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    using access::Action;
    std::vector<Route> routes{
        {"GET",
         "/api/v1/echo",
         std::nullopt,
         [](Request& r) {
           return json_response(200, {{"q", r.query_param("q").value_or("")},
                                      {"lang", language_code(r.language)},
                                      {"remote", r.remote_address}});
         },
         {}},
        {"POST",
         "/api/v1/echo",
         std::nullopt,
         [](Request& r) {
           auto body = parse_json_body(r);
           if (!body) return problem_response(body.error());
           return json_response(201, *body);
         },
         {}},
        {"GET",
         "/api/v1/audit",
         Action::read_audit,
         [](Request& r) {
           return json_response(200, {{"who", r.caller().name}});
         },
         {}},
        {"GET",
         "/api/v1/boom",
         std::nullopt,
         [](Request&) -> Response { throw std::logic_error("bug"); },
         {}},
    };
    Authenticate authenticate = [](const Request& r) -> Result<access::Principal> {
      if (r.header("authorization") == "Bearer admin")
        return access::Principal{1, "ada", access::Role::admin, 1};
      if (r.header("authorization") == "Bearer observer")
        return access::Principal{2, "obi", access::Role::observer, 2};
      return make_error(ErrorCode::unauthenticated, Msg::log_in_first);
    };
    ServerConfig config;
    config.port = 0;
    config.body_limit = 1024;
    config.version = "0.1.0-test";
    config.health_probe = [] { return true; };
    server_ = std::make_unique<Server>(std::move(routes), std::move(authenticate), config);
    ASSERT_TRUE(server_->start().ok());
    port_ = server_->port();
    ASSERT_NE(port_, 0);
  }
  void TearDown() override { server_->stop(); }

  std::unique_ptr<Server> server_;
  unsigned short port_ = 0;
};

TEST_F(ServerTest, ServesRoutesWithDecodedQueryAndLanguage) {
  Reply reply = round_trip(
      port_, get("/api/v1/echo?q=G%C3%B6teborg+stad", "Accept-Language: sv-SE,sv;q=0.9\r\n"));
  ASSERT_EQ(reply.status, 200) << reply.head;
  json body = json::parse(reply.body);
  EXPECT_EQ(body["q"], "Göteborg stad");
  EXPECT_EQ(body["lang"], "sv");
  EXPECT_EQ(body["remote"], "127.0.0.1");
  EXPECT_EQ(
      json::parse(
          round_trip(port_, get("/api/v1/echo?lang=en", "Accept-Language: sv\r\n")).body)["lang"],
      "en");
}

TEST_F(ServerTest, SecurityHeadersOnSuccessAndErrors) {
  for (const char* target : {"/api/v1/echo", "/api/v1/missing", "/api/v1/audit", "/"}) {
    Reply reply = round_trip(port_, get(target));
    EXPECT_EQ(reply.header("x-content-type-options"), "nosniff") << target;
    EXPECT_EQ(reply.header("x-frame-options"), "DENY") << target;
    EXPECT_EQ(reply.header("referrer-policy"), "no-referrer") << target;
    EXPECT_NE(reply.header("content-security-policy").find("default-src 'self'"), std::string::npos)
        << target;
  }
  EXPECT_EQ(round_trip(port_, get("/api/v1/echo")).header("cache-control"), "no-store");
}

TEST_F(ServerTest, ProblemsFor404And405And401And403) {
  Reply missing = round_trip(port_, get("/api/v1/missing"));
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.header("content-type"), "application/problem+json");
  EXPECT_EQ(json::parse(missing.body)["status"], 404);

  Reply wrong =
      round_trip(port_, "DELETE /api/v1/echo HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(wrong.status, 405);
  EXPECT_EQ(wrong.header("allow"), "GET, HEAD, POST");

  Reply anonymous = round_trip(port_, get("/api/v1/audit"));
  EXPECT_EQ(anonymous.status, 401);
  EXPECT_EQ(anonymous.header("www-authenticate").rfind("Bearer", 0), 0u);
  EXPECT_EQ(round_trip(port_, get("/api/v1/audit", "Authorization: Bearer observer\r\n")).status,
            403);
  Reply admin = round_trip(port_, get("/api/v1/audit", "Authorization: Bearer admin\r\n"));
  EXPECT_EQ(admin.status, 200);
  EXPECT_EQ(json::parse(admin.body)["who"], "ada");
}

TEST_F(ServerTest, HandlerExceptionBecomes500Problem) {
  Reply reply = round_trip(port_, get("/api/v1/boom"));
  EXPECT_EQ(reply.status, 500);
  EXPECT_EQ(reply.header("content-type"), "application/problem+json");
  EXPECT_EQ(reply.body.find("bug"), std::string::npos);
}

TEST_F(ServerTest, JsonBodies415And400And413) {
  auto post = [](const std::string& type, const std::string& body) {
    return "POST /api/v1/echo HTTP/1.1\r\nHost: t\r\nConnection: close\r\nContent-Type: " + type +
           "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  };
  Reply created = round_trip(port_, post("application/json; charset=utf-8", R"({"a":1})"));
  EXPECT_EQ(created.status, 201);
  EXPECT_EQ(json::parse(created.body)["a"], 1);
  EXPECT_EQ(round_trip(port_, post("text/plain", "hi")).status, 415);
  EXPECT_EQ(round_trip(port_, post("application/json", "{\"a\":")).status, 400);
  Reply too_large = round_trip(port_, post("application/json", std::string(64 * 1024, ' ')));
  EXPECT_EQ(too_large.status, 413);
  EXPECT_EQ(too_large.header("content-type"), "application/problem+json");
  EXPECT_EQ(too_large.header("x-content-type-options"), "nosniff");
}

TEST_F(ServerTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  int fd = connect_to(port_);
  for (int i = 0; i < 3; ++i) {
    send_all(fd, "GET /api/v1/echo?q=" + std::to_string(i) + " HTTP/1.1\r\nHost: t\r\n\r\n");
    Reply reply = read_reply(fd);
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(json::parse(reply.body)["q"], std::to_string(i));
  }
  ::close(fd);
}

TEST_F(ServerTest, HeadHasGetHeadersWithoutBody) {
  Reply get_reply = round_trip(port_, get("/api/v1/health"));
  Reply head_reply = round_trip(
      port_, "HEAD /api/v1/health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n", true);
  EXPECT_EQ(head_reply.status, 200);
  EXPECT_EQ(head_reply.header("content-length"), std::to_string(get_reply.body.size()));
  EXPECT_TRUE(head_reply.body.empty());
}

TEST_F(ServerTest, BuiltInHomeHealthAndOpenApi) {
  Reply home = round_trip(port_, get("/"));
  EXPECT_EQ(home.status, 200);
  EXPECT_EQ(home.header("content-type"), "text/html; charset=utf-8");
  EXPECT_NE(home.body.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(home.body.find("/api/v1/openapi.json"), std::string::npos);

  Reply health = round_trip(port_, get("/api/v1/health"));
  EXPECT_EQ(json::parse(health.body),
            (json{{"status", "ok"}, {"version", "0.1.0-test"}, {"database", "ok"}}));

  json doc = json::parse(round_trip(port_, get("/api/v1/openapi.json")).body);
  EXPECT_EQ(doc["openapi"], "3.1.0");
  for (const char* path :
       {"/api/v1/echo", "/api/v1/audit", "/api/v1/health", "/api/v1/openapi.json", "/"})
    EXPECT_TRUE(doc["paths"].contains(path)) << path;
}

TEST_F(ServerTest, StopIsPromptWithAnIdleKeepAliveConnection) {
  int fd = connect_to(port_);
  send_all(fd, "GET /api/v1/echo HTTP/1.1\r\nHost: t\r\n\r\n");
  ASSERT_EQ(read_reply(fd).status, 200);
  auto started = std::chrono::steady_clock::now();
  server_->stop();
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(3));
  char byte;
  EXPECT_LE(::recv(fd, &byte, 1, 0), 0);  // the server closed the idle connection
  ::close(fd);
}

TEST(Server, ReportsAPortInUse) {
  Server first({}, nullptr, ServerConfig{"127.0.0.1", 0});
  ASSERT_TRUE(first.start().ok());
  ServerConfig taken{"127.0.0.1", first.port()};
  Server second({}, nullptr, taken);
  Status status = second.start();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::unavailable);
}

}  // namespace
}  // namespace samla::http
