// The one translation unit that includes Boost.Beast and Asio: connections, parsing, keep-alive,
// graceful shutdown. Everything a request means is decided Beast-free in router.cc and api.cc.
#include "http/server.h"
#include "http/static_files.h"

#include <spdlog/spdlog.h>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <deque>
#include <list>
#include <mutex>
#include <optional>
#include <thread>

#include "core/language.h"
#include "http/log_context.h"
#include "http/metrics.h"
#include "http/openapi.h"

namespace samla::http {
namespace {

// The Date header (RFC 9110 §6.6.1: an origin server with a clock sends it): clients such as a
// live session's timer on a phone compare it with their own clock. Formatted once a second.
std::string http_date() {
  thread_local std::time_t formatted_at = 0;
  thread_local std::string text;
  const std::time_t now = std::time(nullptr);
  if (now != formatted_at) {
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[40];
    std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S GMT", &utc);
    text = buffer;
    formatted_at = now;
  }
  return text;
}

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace websocket = boost::beast::websocket;
namespace net = boost::asio;
using tcp = net::ip::tcp;

constexpr auto kReadTimeout = std::chrono::seconds(30);
constexpr auto kShutdownGrace = std::chrono::seconds(10);
// Writing an answer gets its own deadline: the read's may have run out while a slow handler
// (a large network's first metrics) computed it.
constexpr auto kWriteTimeout = std::chrono::seconds(60);
// After a 413 the client may still be sending (most send the whole body before they read):
// read and discard for this long or this much at most, so that a client which sent a little
// too much reads the answer, then close whatever is still coming.
constexpr auto kDrainTime = std::chrono::seconds(5);
constexpr std::size_t kDrainBytes = 64 * 1024 * 1024;
// A WebSocket message from a client is small (an idea, a vote); a peer that reads too slowly
// to take this many waiting messages is cut off rather than let the queue grow without end.
constexpr std::size_t kSocketMessageMax = 64 * 1024;
constexpr std::size_t kSocketQueueMax = 1024;

bool has_route(const std::vector<Route>& routes, std::string_view method,
               std::string_view pattern) {
  return std::any_of(routes.begin(), routes.end(),
                     [&](const Route& r) { return r.method == method && r.pattern == pattern; });
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

class Session;
class SocketSession;

struct Server::Impl {
  ServerConfig config;
  StaticFiles static_files;
  std::vector<Route> routes;
  Router router;
  Authenticate authenticate;

  std::mutex mutex;  // guards sessions and wakes stop() when the last one ends
  std::condition_variable idle;
  std::list<std::weak_ptr<Session>> sessions;
  std::list<std::weak_ptr<SocketSession>> sockets;
  std::size_t active = 0;
  std::atomic<bool> stopping{false};
  bool started = false;
  unsigned short bound_port = 0;

  // Declared last so they are destroyed first: pending handlers own sessions, which
  // touch the members above when they end.
  std::optional<net::io_context> ioc;
  std::optional<tcp::acceptor> acceptor;
  std::vector<std::thread> threads;
  std::optional<net::thread_pool> workers;
  std::atomic<std::size_t> waiting_jobs{0};

  Impl(std::vector<Route> r, Authenticate a, ServerConfig c)
      : config(std::move(c)),
        static_files(config.static_root),
        routes(with_builtins(std::move(r))),
        router(routes, config.component_schemas),
        authenticate(std::move(a)) {}

  std::vector<Route> with_builtins(std::vector<Route> table) {
    // With the web UI present its index.html answers "/" before routing; the route stays in
    // the table (and the API document) for when the UI is not built.
    if (!has_route(table, "GET", "/")) table.push_back(home_route());
    if (!has_route(table, "GET", "/api/v1/health"))
      table.push_back(health_route(config.health_probe, config.version));
    if (!has_route(table, "GET", "/api/v1/ready"))
      table.push_back(ready_route(
          [this] { return !stopping && (!config.ready_probe || config.ready_probe()); }));
    if (!has_route(table, "GET", "/api/v1/messages")) table.push_back(messages_route());
    if (!has_route(table, "GET", "/api/v1/openapi.json"))
      table.push_back(openapi_route(table, config.component_schemas, config.version));
    return table;
  }

  // The one place an unexpected exception becomes a 500: it is logged, never shown.
  Response respond(Request& request) {
    auto started_at = std::chrono::steady_clock::now();
    RequestIdScope id_scope(request_id_for(request.header("x-request-id")));
    request.language = negotiate_language(request.query_param("lang").value_or(""),
                                          request.header("accept-language"));
    Response response;
    try {
      if (auto file = static_files.serve(request))
        response = std::move(*file);
      else
        response = dispatch(router, request, authenticate);
    } catch (const std::exception& e) {
      spdlog::error("{} {}: unhandled exception: {}", log_safe(request.method, 32),
                    log_safe(request.path), e.what());
      process_metrics().record_exception();
      response = problem_response(500, Msg::unexpected_error);
    } catch (...) {
      process_metrics().record_exception();
      spdlog::error("{} {}: unhandled exception of unknown type", log_safe(request.method, 32),
                    log_safe(request.path));
      response = problem_response(500, Msg::unexpected_error);
    }
    localize_problem(response, request.language);
    finish(response, request.path);
    // The server's own time on the answer (W3C Server-Timing), for benchmarks and browsers'
    // developer tools: what the network and the client add is not in it.
    const auto spent =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_at);
    response.set_header("Server-Timing", fmt::format("app;dur={:.1f}", spent.count()));
    response.set_header("X-Request-Id", current_request_id());
    log(request.method, request.path, response.status, started_at);
    return response;
  }

  // The headers every answer carries.
  void finish(Response& response, std::string_view path) const {
    add_standard_headers(response, path);
    if (config.strict_transport_security)
      response.set_header("Strict-Transport-Security", "max-age=31536000");
  }

  // Whether `request` is answered on the network thread that read it: static files, health
  // and the API document are quick and must answer while every worker is busy.
  static bool answered_inline(const Request& request) {
    return (!request.path.starts_with("/api/") && request.path != "/metrics") ||
           request.path == "/api/v1/health" || request.path == "/api/v1/openapi.json" ||
           request.path == "/api/v1/messages";
  }

  // Runs `job` on a worker; false when queue_limit jobs are already waiting.
  bool submit(std::function<void()> job) {
    if (waiting_jobs.fetch_add(1) >= config.queue_limit) {
      waiting_jobs.fetch_sub(1);
      return false;
    }
    net::post(*workers, [this, job = std::move(job)] {
      waiting_jobs.fetch_sub(1);
      job();
    });
    return true;
  }

  // Access log: method, path without the query (it may carry search terms), status, time;
  // what the client sent is escaped (log_safe), so it cannot forge or colour a line.
  // Every answer is counted for /metrics here too.
  static void log(std::string_view method, std::string_view path, int status,
                  std::chrono::steady_clock::time_point started_at) {
    auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - started_at);
    const double ms = static_cast<double>(micros.count()) / 1000.0;
    process_metrics().record_request(status, ms / 1000.0);
    const std::string safe_method = log_safe(method, 32), safe_path = log_safe(path);
    const AccessFields fields{safe_method, safe_path, status, ms};
    AccessScope access(fields);
    spdlog::info("{} {} {} {:.1f}ms", safe_method, safe_path, status, ms);
  }

  void accept();
};

// One WebSocket after the upgrade: reads text messages one at a time and hands each to the
// route's handler on a worker (the next is read once it is handled), and writes what the
// handler sends in order, from any thread.
class SocketSession : public SocketPeer, public std::enable_shared_from_this<SocketSession> {
 public:
  SocketSession(beast::tcp_stream stream, Server::Impl& server,
                std::shared_ptr<SocketHandler> handler)
      : ws_(std::move(stream)), server_(server), handler_(std::move(handler)) {
    std::lock_guard lock(server_.mutex);
    ++server_.active;
  }
  ~SocketSession() override {
    std::lock_guard lock(server_.mutex);
    --server_.active;
    server_.idle.notify_all();
  }

  void start(std::shared_ptr<bhttp::request<bhttp::string_body>> upgrade) {
    beast::get_lowest_layer(ws_).expires_never();
    // Pings keep the connection alive through proxies and find peers that went away.
    ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
    ws_.set_option(websocket::stream_base::decorator(
        [](websocket::response_type& response) { response.set(bhttp::field::server, "samla"); }));
    ws_.read_message_max(kSocketMessageMax);
    ws_.async_accept(*upgrade, [self = shared_from_this(), upgrade](beast::error_code ec) {
      if (ec) return self->finish();
      self->handler_->attach(self);
      self->read();
    });
  }

  void send(std::string text) override {
    net::post(ws_.get_executor(), [self = shared_from_this(), text = std::move(text)]() mutable {
      if (self->closing_) return;
      if (self->queue_.size() >= kSocketQueueMax) return self->close_now();
      self->queue_.push_back(std::move(text));
      if (self->queue_.size() == 1) self->write_next();
    });
  }

  void close() override {
    net::post(ws_.get_executor(), [self = shared_from_this()] { self->close_now(); });
  }

 private:
  void read() {
    if (server_.stopping) return close_now();
    ws_.async_read(buffer_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      self->on_read(ec);
    });
  }

  void on_read(beast::error_code ec) {
    if (ec) return finish();
    std::string text = beast::buffers_to_string(buffer_.data());
    buffer_.consume(buffer_.size());
    auto self = shared_from_this();
    const bool queued = server_.submit([self, text = std::move(text)] {
      self->handler_->on_message(text);
      net::post(self->ws_.get_executor(), [self] { self->read(); });
    });
    if (!queued) return close_now();  // the server is overloaded: the client reconnects later
  }

  void write_next() {
    ws_.text(true);
    ws_.async_write(net::buffer(queue_.front()),
                    [self = shared_from_this()](beast::error_code ec, std::size_t) {
                      if (ec) return self->finish();
                      // Closing: the close frame follows this write; nothing else is sent.
                      if (self->closing_) return;
                      self->queue_.pop_front();
                      if (!self->queue_.empty()) self->write_next();
                    });
  }

  void close_now() {
    if (closing_) return;
    closing_ = true;
    // The front may be being written (Beast writes from it): only what waits behind it goes.
    if (queue_.size() > 1) queue_.erase(std::next(queue_.begin()), queue_.end());
    ws_.async_close(websocket::close_code::normal,
                    [self = shared_from_this()](beast::error_code) { self->finish(); });
  }

  // The connection is over: the handler hears it once.
  void finish() {
    closing_ = true;
    if (finished_.exchange(true)) return;
    beast::error_code ec;
    beast::get_lowest_layer(ws_).socket().close(ec);
    handler_->on_close();
  }

  websocket::stream<beast::tcp_stream> ws_;
  Server::Impl& server_;
  std::shared_ptr<SocketHandler> handler_;
  beast::flat_buffer buffer_;
  std::deque<std::string> queue_;
  bool closing_ = false;
  std::atomic<bool> finished_{false};
};

// One connection: reads requests one after another (keep-alive) and answers each in turn.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Server::Impl& server) : stream_(std::move(socket)), server_(server) {
    std::lock_guard lock(server_.mutex);
    ++server_.active;
  }
  ~Session() {
    std::lock_guard lock(server_.mutex);
    --server_.active;
    server_.idle.notify_all();
  }

  void start() {
    beast::error_code ec;
    auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_address_ = endpoint.address().to_string();
    read_request();
  }

  // Closes the connection if it is waiting for a new request; called on shutdown.
  void close_if_idle() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
      if (self->waiting_) self->close();
    });
  }

 private:
  void read_request() {
    waiting_ = true;
    if (server_.stopping) return close();
    parser_.emplace();
    parser_->body_limit(server_.config.body_limit);
    stream_.expires_after(kReadTimeout);
    bhttp::async_read_header(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_header(ec); });
  }

  void on_header(beast::error_code ec) {
    waiting_ = false;
    if (ec) return on_error(ec);
    // A body whose end is not known for certain is refused before any of it is read: a
    // second request hidden in it must never run (RFC 9112 §6.3).
    std::vector<std::string> transfer_encodings;
    for (const auto& field : parser_->get())
      if (field.name() == bhttp::field::transfer_encoding)
        transfer_encodings.emplace_back(field.value());
    bool has_length = parser_->get().find(bhttp::field::content_length) != parser_->get().end();
    if (auto problem = framing_problem(transfer_encodings, has_length))
      return send_problem(400, *problem);
    // curl and others wait for "100 Continue" before sending a larger body.
    auto expect = parser_->get()[bhttp::field::expect];
    if (beast::iequals(expect, "100-continue")) {
      static const std::string kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
      net::async_write(stream_, net::buffer(kContinue),
                       [self = shared_from_this()](beast::error_code ec, std::size_t) {
                         if (ec) return self->close();
                         self->read_body();
                       });
      return;
    }
    read_body();
  }

  void read_body() {
    bhttp::async_read(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
  }

  void on_error(beast::error_code ec) {
    if (ec == bhttp::error::body_limit) {
      // Answer, then read and discard what the client is still sending: closing at once
      // would reset the connection before the client reads the 413.
      return send_problem(
          413, Message(Msg::body_exceeds, {{"bytes", std::to_string(server_.config.body_limit)}}));
    }
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout ||
        ec == net::error::operation_aborted || ec == net::error::connection_reset ||
        ec == net::error::eof || ec == net::error::bad_descriptor)
      return close();
    if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category())
      return send_problem(400, Msg::not_http);
    close();
  }

  void on_read(beast::error_code ec) {
    if (ec) return on_error(ec);
    auto message = parser_->release();
    Request request;
    request.method = std::string(message.method_string());
    request.target = std::string(message.target());
    std::string_view target = request.target;
    auto question = target.find('?');
    auto path = percent_decode(target.substr(0, question), false);
    if (!path || path->empty() || path->front() != '/')
      return send_problem(400, Msg::target_not_absolute);
    request.path = std::move(*path);
    if (question != std::string_view::npos)
      request.query = parse_query(target.substr(question + 1));
    for (const auto& field : message) {
      std::string name = lower(std::string(field.name_string()));
      auto [it, inserted] = request.headers.emplace(name, std::string(field.value()));
      if (!inserted) it->second += (name == "cookie" ? "; " : ", ") + std::string(field.value());
    }
    // A WebSocket upgrade keeps its request for the handshake, once the route accepts it.
    std::shared_ptr<bhttp::request<bhttp::string_body>> upgrade;
    if (websocket::is_upgrade(message)) {
      request.websocket_upgrade = true;
      upgrade = std::make_shared<bhttp::request<bhttp::string_body>>(message);
    }
    request.body = std::move(message.body());
    request.remote_address = client_address(remote_address_, request.header("x-forwarded-for"),
                                            server_.config.trusted_proxies);
    keep_alive_ = message.keep_alive() && !server_.stopping;
    head_ = message.method() == bhttp::verb::head;
    version_ = message.version();
    if (Server::Impl::answered_inline(request)) return send(server_.respond(request));
    const std::string method = request.method, logged_path = request.path;
    const Language language = negotiate_language(request.query_param("lang").value_or(""),
                                                 request.header("accept-language"));
    auto self = shared_from_this();
    auto job = [self, request = std::make_shared<Request>(std::move(request)), upgrade] {
      Response response = self->server_.respond(*request);
      net::post(self->stream_.get_executor(),
                [self, response = std::move(response), upgrade]() mutable {
                  if (response.status == 101 && response.socket && upgrade)
                    return self->become_socket(std::move(response.socket), upgrade);
                  self->send(std::move(response));
                });
    };
    if (!server_.submit(std::move(job))) {
      process_metrics().record_shed();
      Response busy = problem_response(503, Msg::server_busy);
      localize_problem(busy, language);
      busy.set_header("Retry-After", "2");
      server_.finish(busy, "/api/");
      Server::Impl::log(method, logged_path, 503, std::chrono::steady_clock::now());
      send(std::move(busy));
    }
  }

  // Hands the connection to a SocketSession, which answers the handshake.
  void become_socket(std::shared_ptr<SocketHandler> handler,
                     std::shared_ptr<bhttp::request<bhttp::string_body>> upgrade) {
    auto socket = std::make_shared<SocketSession>(std::move(stream_), server_, std::move(handler));
    {
      std::lock_guard lock(server_.mutex);
      server_.sockets.remove_if([](const std::weak_ptr<SocketSession>& s) { return s.expired(); });
      server_.sockets.push_back(socket);
    }
    socket->start(std::move(upgrade));
  }

  void send_problem(int status, const Message& detail) {
    auto started_at = std::chrono::steady_clock::now();
    Response response = problem_response(status, detail);
    // In the reader's language when the headers were read (a framing problem, a 413).
    if (parser_)
      localize_problem(
          response,
          negotiate_language("", std::string(parser_->get()[bhttp::field::accept_language])));
    // The start line may be all that was parsed (a 413 is decided from the headers).
    std::string method = parser_ ? std::string(parser_->get().method_string()) : "";
    std::string target = parser_ ? std::string(parser_->get().target()) : "";
    std::string path = target.substr(0, target.find('?'));
    server_.finish(response, path);
    Server::Impl::log(method.empty() ? "-" : method, path.empty() ? "-" : path, status, started_at);
    keep_alive_ = false;
    drain_after_ = status == 413;
    head_ = false;
    send(std::move(response));
  }

  void send(Response response) {
    auto message = std::make_shared<bhttp::response<bhttp::string_body>>();
    message->version(version_);
    message->result(static_cast<unsigned>(response.status));
    message->set(bhttp::field::server, "samla");
    message->set(bhttp::field::date, http_date());
    bool bodiless = response.status == 204 || response.status == 304;
    if (!bodiless) message->set(bhttp::field::content_type, response.content_type);
    for (auto& [name, value] : response.headers) message->insert(name, value);
    message->keep_alive(keep_alive_);
    if (!bodiless) message->body() = std::move(response.body);
    message->prepare_payload();
    if (head_) {
      // HEAD: the headers of the GET, Content-Length included, and no body.
      auto length = message->body().size();
      message->body().clear();
      message->content_length(length);
    }
    stream_.expires_after(kWriteTimeout);
    bhttp::async_write(stream_, *message,
                       [self = shared_from_this(), message](beast::error_code ec, std::size_t) {
                         if (ec) return self->close();
                         if (self->drain_after_) return self->drain();
                         if (!self->keep_alive_) return self->close();
                         self->read_request();
                       });
  }

  // Half-closes and reads what the client still sends, so that it can read the answer: for
  // kDrainTime and kDrainBytes at most in all (one deadline, not one per read), then closes.
  void drain() {
    if (drain_buffer_.empty()) {
      beast::error_code ec;
      stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
      stream_.expires_after(kDrainTime);
      drain_buffer_.resize(64 * 1024);
    }
    if (drained_ >= kDrainBytes) return close();
    stream_.async_read_some(net::buffer(drain_buffer_),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              if (ec) return self->close();
                              self->drained_ += n;
                              self->drain();
                            });
  }

  void close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.socket().close(ec);
  }

  beast::tcp_stream stream_;
  Server::Impl& server_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::vector<char> drain_buffer_;
  std::size_t drained_ = 0;
  std::string remote_address_;
  unsigned version_ = 11;
  bool keep_alive_ = false;
  bool head_ = false;
  bool drain_after_ = false;
  std::atomic<bool> waiting_{false};
};

void Server::Impl::accept() {
  acceptor->async_accept(net::make_strand(*ioc), [this](beast::error_code ec, tcp::socket socket) {
    if (stopping || ec == net::error::operation_aborted) return;
    if (!ec) {
      // Small messages go out at once (a WebSocket's change after its answer would otherwise
      // wait for the peer's delayed acknowledgement, ~40 ms).
      beast::error_code ignored;
      socket.set_option(tcp::no_delay(true), ignored);
      auto session = std::make_shared<Session>(std::move(socket), *this);
      {
        std::lock_guard lock(mutex);
        sessions.remove_if([](const std::weak_ptr<Session>& s) { return s.expired(); });
        sessions.push_back(session);
      }
      session->start();
    } else {
      spdlog::warn("accept failed: {}", ec.message());
    }
    accept();
  });
}

Server::Server(std::vector<Route> routes, Authenticate authenticate, ServerConfig config)
    : impl_(std::make_unique<Impl>(std::move(routes), std::move(authenticate), std::move(config))) {
}

Server::~Server() {
  stop();
}

const std::vector<Route>& Server::routes() const {
  return impl_->routes;
}

unsigned short Server::port() const {
  return impl_->bound_port;
}

Status Server::start() {
  Impl& s = *impl_;
  if (s.started) return hidden_error(ErrorCode::internal, "The server is already running.");
  s.ioc.emplace(std::max(1, s.config.threads));
  s.workers.emplace(static_cast<std::size_t>(std::max(1, s.config.workers)));
  beast::error_code ec;
  tcp::resolver resolver(*s.ioc);
  auto endpoints =
      resolver.resolve(s.config.host, std::to_string(s.config.port), tcp::resolver::passive, ec);
  if (ec || endpoints.empty())
    return hidden_error(ErrorCode::unavailable,
                        "Cannot resolve " + s.config.host + ": " + ec.message());
  tcp::endpoint endpoint = endpoints.begin()->endpoint();
  s.acceptor.emplace(*s.ioc);
  s.acceptor->open(endpoint.protocol(), ec);
  if (!ec) s.acceptor->set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) s.acceptor->bind(endpoint, ec);
  if (!ec) s.acceptor->listen(net::socket_base::max_listen_connections, ec);
  if (ec) {
    s.acceptor.reset();
    return hidden_error(ErrorCode::unavailable, "Cannot listen on " + s.config.host + ":" +
                                                    std::to_string(s.config.port) + ": " +
                                                    ec.message());
  }
  s.bound_port = s.acceptor->local_endpoint().port();
  s.stopping = false;
  s.started = true;
  s.accept();
  for (int i = 0; i < std::max(1, s.config.threads); ++i)
    s.threads.emplace_back([&s] { s.ioc->run(); });
  process_metrics().set_gauge(
      "samla_http_waiting_requests", "Requests waiting for a worker thread.", [&s] {
        return std::vector<GaugeSample>{{"", static_cast<double>(s.waiting_jobs.load())}};
      });
  process_metrics().set_gauge("samla_websockets_open", "WebSockets open (live sessions).", [&s] {
    std::lock_guard lock(s.mutex);
    double open = 0;
    for (const auto& socket : s.sockets) open += socket.expired() ? 0 : 1;
    return std::vector<GaugeSample>{{"", open}};
  });
  spdlog::info("listening on {}:{}", s.config.host, s.bound_port);
  return ok_status();
}

void Server::stop() {
  Impl& s = *impl_;
  if (!s.started) return;
  s.stopping = true;
  process_metrics().remove_gauge("samla_http_waiting_requests");
  process_metrics().remove_gauge("samla_websockets_open");
  net::post(*s.ioc, [&s] {
    beast::error_code ec;
    s.acceptor->close(ec);
  });
  std::vector<std::shared_ptr<Session>> live;
  std::vector<std::shared_ptr<SocketSession>> sockets;
  {
    std::lock_guard lock(s.mutex);
    for (auto& weak : s.sessions)
      if (auto session = weak.lock()) live.push_back(std::move(session));
    for (auto& weak : s.sockets)
      if (auto socket = weak.lock()) sockets.push_back(std::move(socket));
  }
  // Outside the lock: dropping the last reference runs ~Session, which takes it.
  for (auto& session : live) session->close_if_idle();
  live.clear();
  for (auto& socket : sockets) socket->close();
  sockets.clear();
  {
    // Requests in flight finish and their connections close; stragglers are cut off.
    std::unique_lock lock(s.mutex);
    s.idle.wait_for(lock, kShutdownGrace, [&s] { return s.active == 0; });
  }
  s.ioc->stop();
  for (auto& thread : s.threads) thread.join();
  s.threads.clear();
  // Handlers still running finish (their answers go nowhere); queued ones are dropped.
  s.workers->stop();
  s.workers->join();
  s.workers.reset();
  s.acceptor.reset();
  s.ioc.reset();
  s.sessions.clear();
  s.sockets.clear();
  s.started = false;
  spdlog::info("stopped");
}

Status Server::run(const std::function<void()>& listening) {
  SAMLA_TRY(start());
  std::printf("samla listening on http://%s:%u\n", impl_->config.host.c_str(),
              static_cast<unsigned>(port()));
  std::fflush(stdout);
  if (listening) listening();
  net::io_context signals_context;
  net::signal_set signals(signals_context, SIGINT, SIGTERM);
  signals.async_wait(
      [](beast::error_code, int signal) { spdlog::info("signal {}: shutting down", signal); });
  signals_context.run();
  stop();
  return ok_status();
}

}  // namespace samla::http
