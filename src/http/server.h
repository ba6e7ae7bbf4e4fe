// The HTTP server: Boost.Beast over Asio, a fixed pool of threads, and the route table.
// This header is Beast-free; server.cc is the one translation unit that includes Beast.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "http/api.h"
#include "http/connection_rules.h"
#include "http/router.h"

namespace samla::http {

struct ServerConfig {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0: an ephemeral port, see Server::port()
  int threads = 2;             // network (I/O) threads: reading, writing and the cheap answers
  // Handlers run on a pool of `workers` threads, so a slow one (a large selection, export or
  // the network's first metrics) never holds up other clients; at most `queue_limit` wait for
  // a worker, beyond that the answer is 503 with Retry-After. Static files, health and the
  // API document are answered on the network threads (readiness waits for a worker, like the
  // requests it vouches for).
  int workers = 4;
  std::size_t queue_limit = 256;
  // Proxies whose X-Forwarded-For is believed (serve --trusted-proxy); see client_address.
  std::vector<AddressBlock> trusted_proxies;
  // Served over https (serve --public-url https://…): every answer says so to browsers (HSTS).
  bool strict_transport_security = false;
  std::size_t body_limit = 16 * 1024 * 1024;  // larger bodies get 413
  std::string static_root;        // the built web UI (web/dist); empty: none, "/" explains samla
  std::string version = "0.0.0";  // reported by health and the OpenAPI document
  // Answers whether the database is reachable, for GET /api/v1/health; none: "unknown".
  std::function<bool()> health_probe;
  // Answers whether this server should be sent requests, for GET /api/v1/ready (load
  // balancers): the database reachable and its schema this binary's. It is 503 while stopping.
  std::function<bool()> ready_probe;
  // components.schemas of the OpenAPI document: every schema the routes name.
  nlohmann::json component_schemas = nlohmann::json::object();
};

class Server {
 public:
  // Serves `routes` plus GET /, GET /api/v1/health and GET /api/v1/openapi.json unless the
  // table already has them. `authenticate` identifies the caller of protected routes.
  Server(std::vector<Route> routes, Authenticate authenticate, ServerConfig config = {});
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts serving on background threads; unavailable if the address is taken.
  Status start();
  // Stops accepting, lets requests in flight finish (for up to 10 s), and joins the threads.
  void stop();
  // The bound port (the ephemeral one when configured with 0); valid after start().
  unsigned short port() const;
  // start(), prints "samla listening on http://HOST:PORT" to stdout (flushed), calls
  // `listening` (if any), then blocks until SIGINT or SIGTERM and shuts down gracefully.
  Status run(const std::function<void()>& listening = {});

  // The final route table, including the routes the server adds.
  const std::vector<Route>& routes() const;

 private:
  friend class Session;        // a connection, in server.cc
  friend class SocketSession;  // a WebSocket after the upgrade, in server.cc
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace samla::http
