// The load of the live-session benchmark (bench/live/live_bench.py sets the session up, runs
// this, and prints the figures). In C++ because a Python client playing 1,000 phones took a core
// of its own to read what the server pushed, and its own slowness showed up as the server's.
//
// Reads its configuration as JSON on stdin:
//   {"host", "port", "code", "session_id", "facilitator_token", "participant_tokens": [...],
//    "ideas_activity", "poll_activity", "seconds", "seed", "reread_every", "server_pid"}
// plays the facilitator's console on a thread of its own (as the facilitator's browser is a
// process of its own) and the participants on another, each participant on its own WebSocket:
// three writes each (an idea, an upvote, a poll answer) at random moments over `seconds`, and,
// as the participant page does, reading the state again after changes at most every
// `reread_every` seconds. The console reads the state again on each change (one read at a time,
// once more if changes came meanwhile), as the browser's console does. Writes JSON on stdout:
// every write's change number and send time, when the console heard of each change and what
// each of its reads covered (milliseconds on one clock), and the server's CPU over the run.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <utility>  // before Boost 1.74's asio: its awaitable.hpp uses std::exchange unincluded

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <chrono>
#include <fstream>
#include <future>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;
using nlohmann::json;
using Socket = websocket::stream<beast::tcp_stream>;

const Clock::time_point kOrigin = Clock::now();

double now_ms() {
  return std::chrono::duration<double, std::milli>(Clock::now() - kOrigin).count();
}

// A coroutine waits on it until another on the same thread opens it (a timer that never fires
// on its own: cancelling it wakes every waiter).
class Gate {
 public:
  explicit Gate(const net::any_io_executor& ex) : timer_(ex, Clock::time_point::max()) {}
  void open() {
    open_ = true;
    timer_.cancel();
  }
  void close() { open_ = false; }
  bool is_open() const { return open_; }
  // True when opened, false when `deadline` came first.
  net::awaitable<bool> wait(Clock::time_point deadline = Clock::time_point::max()) {
    while (!open_) {
      if (Clock::now() >= deadline) co_return false;
      // Only when it differs: setting it cancels the other waiters' waits (the start gate has
      // a thousand, all without a deadline).
      if (timer_.expiry() != deadline) timer_.expires_at(deadline);
      boost::system::error_code ec;
      co_await timer_.async_wait(net::redirect_error(net::use_awaitable, ec));
    }
    co_return true;
  }

 private:
  net::steady_timer timer_;
  bool open_ = false;
};

net::awaitable<void> sleep_until(Clock::time_point when) {
  net::steady_timer timer(co_await net::this_coro::executor, when);
  boost::system::error_code ec;
  co_await timer.async_wait(net::redirect_error(net::use_awaitable, ec));
}

struct Config {
  tcp::endpoint endpoint;
  std::string host;
  std::string code;
  std::int64_t session_id = 0;
  std::string facilitator_token;
  std::vector<std::string> tokens;
  std::int64_t ideas_activity = 0;
  std::int64_t poll_activity = 0;
  double seconds = 60;
  std::uint64_t seed = 21;
  double reread_every = 5;
  int server_pid = 0;
};

double cpu_seconds(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::istringstream fields(all.substr(all.rfind(')') + 2));
  std::string field;
  double ticks = 0;
  for (int i = 0; i < 13 && fields >> field; ++i)
    if (i == 11 || i == 12) ticks += std::stod(field);  // utime, stime
  return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

net::awaitable<void> connect(Socket& ws, const Config& config, const std::string& target) {
  co_await beast::get_lowest_layer(ws).async_connect(config.endpoint, net::use_awaitable);
  beast::get_lowest_layer(ws).socket().set_option(tcp::no_delay(true));
  co_await ws.async_handshake(config.host, target, net::use_awaitable);
  ws.text(true);
}

// One GET over `stream` (connected); the status and the body.
net::awaitable<std::pair<int, std::string>> get(beast::tcp_stream& stream, const Config& config,
                                                const std::string& target,
                                                const std::string& header, const std::string& value,
                                                bool keep_alive) {
  http::request<http::empty_body> request{http::verb::get, target, 11};
  request.set(http::field::host, config.host);
  request.set(header, value);
  request.keep_alive(keep_alive);
  co_await http::async_write(stream, request, net::use_awaitable);
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  co_await http::async_read(stream, buffer, parser, net::use_awaitable);
  co_return std::pair<int, std::string>{parser.get().result_int(), std::move(parser.get().body())};
}

// ---- The console ----

struct ConsoleResults {
  std::map<std::int64_t, double> seen;                 // change → when pushed
  std::vector<std::pair<double, std::int64_t>> reads;  // when a read came, the seq it covered
  int shed = 0;
  std::string failure;
};

class Console {
 public:
  Console(const Config& config, net::io_context& io)
      : config_(config), io_(io), ws_(io), stale_(io.get_executor()), stopped_(io.get_executor()) {}

  net::awaitable<void> run(std::promise<void>& welcomed) {
    const std::string bearer = "Bearer " + config_.facilitator_token;
    ws_.set_option(websocket::stream_base::decorator(
        [bearer](websocket::request_type& r) { r.set(http::field::authorization, bearer); }));
    co_await connect(ws_, config_, "/api/v1/live/" + std::to_string(config_.session_id) + "/ws");
    co_await ws_.async_write(net::buffer(std::string(R"({"type":"hello","since":0})")),
                             net::use_awaitable);
    net::co_spawn(io_, refresh(), net::detached);
    bool said = false;
    while (true) {
      beast::flat_buffer buffer;
      boost::system::error_code ec;
      co_await ws_.async_read(buffer, net::redirect_error(net::use_awaitable, ec));
      if (ec) break;
      const double at = now_ms();
      const json message = json::parse(beast::buffers_to_string(buffer.data()), nullptr, false);
      if (!message.is_object()) continue;
      const std::string type = message.value("type", "");
      if (type == "welcome" && !said) {
        said = true;
        welcomed.set_value();
      } else if (type == "change") {
        results.seen.emplace(message["seq"].get<std::int64_t>(), at);
        stale_.open();
      }
    }
    stopping_ = true;
    stale_.open();
    co_await stopped_.wait();
  }

  void stop() {
    net::post(io_, [this] {
      boost::system::error_code ec;
      beast::get_lowest_layer(ws_).socket().shutdown(tcp::socket::shutdown_both, ec);
    });
  }

  ConsoleResults results;

 private:
  // On each change, the whole state again over one kept-alive connection, as the browser does.
  net::awaitable<void> refresh() {
    std::optional<beast::tcp_stream> stream;
    bool pause = false;
    bool stream_fresh = false;  // connected for this very read
    const std::string target = "/api/v1/live/" + std::to_string(config_.session_id);
    const std::string bearer = "Bearer " + config_.facilitator_token;
    while (true) {
      co_await stale_.wait();
      stale_.close();
      if (stopping_) break;
      try {
        if (pause) {
          pause = false;
          co_await sleep_until(Clock::now() + std::chrono::milliseconds(50));
        }
        stream_fresh = !stream;
        if (!stream) {
          stream.emplace(io_);
          co_await stream->async_connect(config_.endpoint, net::use_awaitable);
        }
        auto [status, body] = co_await get(*stream, config_, target, "Authorization", bearer, true);
        if (status == 503) {
          ++results.shed;
          stale_.open();
          pause = true;  // the server is busy: as the browser does, not again at once
          continue;
        }
        if (status != 200)
          throw std::runtime_error("GET " + target + ": " + std::to_string(status));
        const double at = now_ms();
        results.reads.emplace_back(at, json::parse(body)["session"]["seq"].get<std::int64_t>());
      } catch (const boost::system::system_error&) {
        // The server closed the kept connection: connect again and read again (after a pause
        // when connecting failed too).
        pause = !stream || stream_fresh;
        stream.reset();
        stale_.open();
      } catch (const std::exception& e) {
        results.failure = e.what();
        break;
      }
    }
    stopped_.open();
  }

  const Config& config_;
  net::io_context& io_;
  Socket ws_;
  Gate stale_;
  Gate stopped_;
  bool stopping_ = false;
};

// ---- The participants ----

struct Load {
  explicit Load(const Config& c, net::io_context& io)
      : config(c), start(io.get_executor()), all_done(io.get_executor()) {}
  const Config& config;
  Gate start;
  Gate all_done;
  Clock::time_point started;
  std::size_t done = 0;
  std::vector<std::pair<std::int64_t, double>> sent;  // change → when its write was sent
  std::vector<double> answered_ms;                    // send → own answer
  std::vector<double> reread_ms;
  std::vector<std::int64_t> ideas;
  int refused = 0;
  int shed = 0;
  int reread_failed = 0;  // answered neither 200 nor 503
  int cut_off = 0;        // writes whose socket the server closed before answering
  int failed = 0;
  std::string first_failure;
};

// (Built outside the coroutines: GCC 12 refuses braced lists in one, "array used as
// initializer".)
std::vector<std::string> write_kinds() {
  return {"idea", "upvote", "poll"};
}

std::string hello_message(const std::string& token) {
  return json{{"type", "hello"}, {"token", token}, {"since", 0}}.dump();
}

std::string write_message(const std::string& kind, int ref, std::size_t number,
                          const Config& config, std::int64_t idea, int choice) {
  if (kind == "idea")
    return json{{"type", "input"},
                {"ref", ref},
                {"activity_id", config.ideas_activity},
                {"text", "Idea " + std::to_string(number)}}
        .dump();
  if (kind == "upvote")
    return json{{"type", "answer"},
                {"ref", ref},
                {"activity_id", config.ideas_activity},
                {"input_id", idea}}
        .dump();
  return json{{"type", "answer"},
              {"ref", ref},
              {"activity_id", config.poll_activity},
              {"choices", json::array({choice})}}
      .dump();
}

class Phone : public std::enable_shared_from_this<Phone> {
 public:
  Phone(Load& load, std::size_t number, net::io_context& io)
      : load_(load),
        number_(number),
        io_(io),
        changed_(io.get_executor()),
        answered_(io.get_executor()),
        rest_(io, Clock::time_point::max()) {}

  // A socket of its own, greeted, with a coroutine reading it.
  net::awaitable<void> connect_and_greet() {
    const Config& config = load_.config;
    auto ws = std::make_shared<Socket>(io_);
    co_await connect(*ws, config, "/api/v1/live/ws?code=" + config.code);
    co_await ws->async_write(net::buffer(hello_message(config.tokens[number_])),
                             net::use_awaitable);
    ws_ = ws;
    net::co_spawn(io_, read(shared_from_this(), ws), net::detached);
  }

  net::awaitable<void> run() {
    const Config& config = load_.config;
    co_await connect_and_greet();
    if (config.reread_every > 0) net::co_spawn(io_, reread(shared_from_this()), net::detached);
    co_await load_.start.wait();

    // Three writes, spread over the run: an idea, an upvote, a poll answer.
    std::mt19937_64 rng(config.seed * 100003 + number_);
    std::uniform_real_distribution<double> moment(0, config.seconds);
    std::vector<double> moments;
    for (int i = 0; i < 3; ++i) moments.push_back(moment(rng));
    std::sort(moments.begin(), moments.end());
    std::vector<std::string> kinds = write_kinds();
    std::shuffle(kinds.begin(), kinds.end(), rng);
    for (int ref = 0; ref < 3; ++ref) {
      co_await sleep_until(load_.started + std::chrono::duration_cast<Clock::duration>(
                                               std::chrono::duration<double>(moments[ref])));
      std::string kind = kinds[ref];
      if (kind == "upvote" && load_.ideas.empty()) kind = "poll";
      const std::string message =
          write_message(kind, ref, number_, config,
                        load_.ideas.empty() ? 0 : load_.ideas[rng() % load_.ideas.size()],
                        static_cast<int>(rng() % 4));
      answered_.close();
      result_.reset();
      const double t0 = now_ms();
      boost::system::error_code ec;
      co_await ws_->async_write(net::buffer(message), net::redirect_error(net::use_awaitable, ec));
      if (!ec && !co_await answered_.wait(Clock::now() + std::chrono::seconds(60)))
        throw std::runtime_error("no answer within 60 s");
      if (ec || !result_) {
        // The server closed the socket (it sheds a socket whose message finds its queue full):
        // as the page does, connect again; this write counts as cut off.
        ++load_.cut_off;
        bool again = false;
        for (int attempt = 0; attempt < 5 && !again; ++attempt) {
          co_await sleep_until(Clock::now() + std::chrono::milliseconds(500 << attempt));
          try {
            co_await connect_and_greet();
            again = true;
          } catch (const boost::system::system_error&) {
          }
        }
        if (!again) throw std::runtime_error("could not connect again");
        continue;
      }
      load_.answered_ms.push_back(now_ms() - t0);
      const json& result = *result_;
      if (result["status"].get<int>() >= 300) {
        ++load_.refused;
        continue;
      }
      load_.sent.emplace_back(result["body"]["seq"].get<std::int64_t>(), t0);
      const json& inputs = result["body"]["inputs"];
      if (kind == "idea" && load_.ideas.size() < 200 && !inputs.empty())
        load_.ideas.push_back(inputs.back()["id"].get<std::int64_t>());
    }
    co_await sleep_until(Clock::now() + std::chrono::seconds(2));  // the last changes arrive
    stop();
  }

  void stop() {
    stopping_ = true;
    changed_.open();
    rest_.cancel();
    boost::system::error_code ec;
    if (ws_) beast::get_lowest_layer(*ws_).socket().shutdown(tcp::socket::shutdown_both, ec);
  }

 private:
  static net::awaitable<void> read(std::shared_ptr<Phone> self, std::shared_ptr<Socket> ws) {
    while (true) {
      beast::flat_buffer buffer;
      boost::system::error_code ec;
      co_await ws->async_read(buffer, net::redirect_error(net::use_awaitable, ec));
      if (ec) {
        if (ws == self->ws_) self->answered_.open();  // a write waiting hears it was cut off
        break;
      }
      const std::string text = beast::buffers_to_string(buffer.data());
      if (text.find(R"("type":"change")") != std::string::npos &&
          text.find(R"("type":"result")") == std::string::npos) {
        self->changed_.open();
        continue;
      }
      json message = json::parse(text, nullptr, false);
      if (message.is_object() && message.value("type", "") == "result") {
        self->result_ = std::move(message);
        self->answered_.open();
      }
    }
  }

  // As the participant page does: after changes, the state again, at most every
  // `reread_every` seconds (the first wait spread, so the phones do not beat together).
  static net::awaitable<void> reread(std::shared_ptr<Phone> self) {
    const Config& config = self->load_.config;
    std::mt19937_64 rng(self->number_);
    const auto rest = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(config.reread_every));
    co_await self->rest_for(
        std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(
            std::uniform_real_distribution<double>(0, 1)(rng) * config.reread_every)));
    while (!self->stopping_) {
      co_await self->changed_.wait();
      self->changed_.close();
      if (self->stopping_) break;
      const double t0 = now_ms();
      try {
        beast::tcp_stream stream(self->io_);
        co_await stream.async_connect(config.endpoint, net::use_awaitable);
        auto [status, body] = co_await get(stream, config, "/api/v1/live/me", "X-Live-Token",
                                           config.tokens[self->number_], false);
        if (status == 503) {
          ++self->load_.shed;
          self->changed_.open();
        } else if (status == 200) {
          self->load_.reread_ms.push_back(now_ms() - t0);
        } else {
          ++self->load_.reread_failed;
        }
      } catch (const boost::system::system_error&) {
        ++self->load_.shed;  // refused at the door: the page reads again later
        self->changed_.open();
      }
      co_await self->rest_for(rest);
    }
  }

  net::awaitable<void> rest_for(Clock::duration d) {
    if (stopping_) co_return;
    rest_.expires_after(d);
    boost::system::error_code ec;
    co_await rest_.async_wait(net::redirect_error(net::use_awaitable, ec));
  }

  Load& load_;
  const std::size_t number_;
  net::io_context& io_;
  std::shared_ptr<Socket> ws_;
  Gate changed_;
  Gate answered_;
  net::steady_timer rest_;
  std::optional<json> result_;
  bool stopping_ = false;
};

net::awaitable<void> run_participants(Load& load, net::io_context& io) {
  const std::size_t count = load.config.tokens.size();
  std::vector<std::shared_ptr<Phone>> phones;
  auto finished = [&load, count](std::exception_ptr error) {
    if (error) {
      ++load.failed;
      try {
        std::rethrow_exception(error);
      } catch (const std::exception& e) {
        if (load.first_failure.empty()) load.first_failure = e.what();
      }
    }
    if (++load.done == count) load.all_done.open();
  };
  for (std::size_t n = 0; n < count; ++n) {
    phones.push_back(std::make_shared<Phone>(load, n, io));
    // A phone that failed is stopped too: its reading and rereading would wait for ever.
    net::co_spawn(
        io, [phone = phones.back()]() { return phone->run(); },
        [finished, phone = phones.back()](std::exception_ptr error) {
          phone->stop();
          finished(error);
        });
    if (n % 50 == 49) co_await sleep_until(Clock::now() + std::chrono::milliseconds(50));
  }
  co_await sleep_until(Clock::now() + std::chrono::seconds(3));  // connected, welcomed
  co_return;
}

Config read_config(const json& in) {
  Config c;
  c.host = in.at("host").get<std::string>() + ":" + std::to_string(in.at("port").get<int>());
  c.endpoint = tcp::endpoint(net::ip::make_address(in.at("host").get<std::string>()),
                             static_cast<unsigned short>(in.at("port").get<int>()));
  c.code = in.at("code");
  c.session_id = in.at("session_id");
  c.facilitator_token = in.at("facilitator_token");
  c.tokens = in.at("participant_tokens").get<std::vector<std::string>>();
  c.ideas_activity = in.at("ideas_activity");
  c.poll_activity = in.at("poll_activity");
  c.seconds = in.at("seconds");
  c.seed = in.at("seed");
  c.reread_every = in.at("reread_every");
  c.server_pid = in.at("server_pid");
  return c;
}

double own_cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

}  // namespace

int main() {
  const Config config = read_config(json::parse(std::cin));

  // The console on a thread of its own.
  net::io_context console_io;
  Console console(config, console_io);
  std::promise<void> welcomed;
  std::string console_failure;
  net::co_spawn(console_io, console.run(welcomed), [&](std::exception_ptr error) {
    if (!error) return;
    try {
      std::rethrow_exception(error);
    } catch (const std::exception& e) {
      console_failure = e.what();
    }
  });
  std::thread console_thread([&] { console_io.run(); });
  if (welcomed.get_future().wait_for(std::chrono::seconds(30)) != std::future_status::ready) {
    console_io.stop();
    console_thread.join();  // before reading what the console's thread wrote
    std::cerr << "live_load: the console was not welcomed: " << console_failure << "\n";
    return 1;
  }

  net::io_context io(1);
  Load load(config, io);
  double cpu_before = 0;
  double client_cpu_before = 0;
  double wall = 0;
  double cpu = 0;
  net::co_spawn(
      io,
      [&]() -> net::awaitable<void> {
        co_await run_participants(load, io);
        cpu_before = cpu_seconds(config.server_pid);
        client_cpu_before = own_cpu_seconds();
        load.started = Clock::now();
        load.start.open();
        const auto deadline =
            load.started + std::chrono::seconds(static_cast<int>(config.seconds) + 120);
        if (!co_await load.all_done.wait(deadline)) {
          ++load.failed;
          load.first_failure = "the run did not end two minutes after its last write was due";
        }
        wall = std::chrono::duration<double>(Clock::now() - load.started).count();
        cpu = cpu_seconds(config.server_pid) - cpu_before;
        io.stop();  // whatever still waits (a read cut off midway) is over with the run
      },
      net::detached);
  io.run();
  const double client_cpu = own_cpu_seconds() - client_cpu_before;

  console.stop();
  console_thread.join();

  json out{{"participants", config.tokens.size()},
           {"failed", load.failed},
           {"first_failure", load.first_failure},
           {"console_failure", console_failure.empty() ? console.results.failure : console_failure},
           {"sent", load.sent},
           {"answered_ms", load.answered_ms},
           {"reread_ms", load.reread_ms},
           {"refused", load.refused},
           {"reads_shed", load.shed},
           {"reads_failed", load.reread_failed},
           {"cut_off", load.cut_off},
           {"console_seen", console.results.seen},
           {"console_reads", console.results.reads},
           {"console_shed", console.results.shed},
           {"wall_s", wall},
           {"server_cpu_s", cpu},
           {"client_cpu_s", client_cpu}};
  std::cout << out.dump() << "\n";
  return load.failed == 0 && console_failure.empty() && console.results.failure.empty() ? 0 : 1;
}
