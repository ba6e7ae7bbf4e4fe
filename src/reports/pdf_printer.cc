#include "reports/pdf_printer.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sodium.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

#include "reports/converters.h"

extern char** environ;

namespace samla::reports {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxMessage = 128 * 1024 * 1024;  // a PDF in base64, with room

Error failed(const std::string& why) {
  // The client reads that the PDF could not be made; the log and the CLI read why.
  Error error = make_error(ErrorCode::unavailable, Msg::document_not_made, {{"format", "PDF"}});
  error.message = "The PDF could not be made: " + why + ".";
  return error;
}

std::chrono::milliseconds left_until(std::chrono::steady_clock::time_point deadline) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(deadline -
                                                               std::chrono::steady_clock::now());
}

// A descriptor moved to 10 or above and closed on exec, so that placing the browser's two ends
// on 3 and 4 in the child can never overwrite one with the other.
int high_fd(int fd) {
  const int moved = fcntl(fd, F_DUPFD_CLOEXEC, 10);
  close(fd);
  return moved;
}

}  // namespace

PdfPrinter::Engine PdfPrinter::engine_from_environment() {
  const char* chosen = std::getenv("SAMLA_PDF_ENGINE");
  return chosen && std::string(chosen) == "weasyprint" ? Engine::weasyprint : Engine::chromium;
}

PdfPrinter::PdfPrinter(Engine engine) : engine_(engine) {}

PdfPrinter::~PdfPrinter() {
  stop();
}

std::string PdfPrinter::engine_name() {
  std::lock_guard lock(mutex_);
  return engine_ == Engine::chromium ? "chromium" : "weasyprint";
}

pid_t PdfPrinter::browser_pid() {
  std::lock_guard lock(mutex_);
  return pid_;
}

Status PdfPrinter::start(Clock::time_point deadline) {
  char dir[] = "/tmp/samla-chromium-XXXXXX";
  if (!mkdtemp(dir)) return failed("no folder for the browser's profile");
  profile_dir_ = dir;
  int to[2], from[2];
  if (pipe2(to, O_CLOEXEC) != 0) return failed("no pipes");
  if (pipe2(from, O_CLOEXEC) != 0) {
    close(to[0]);
    close(to[1]);
    return failed("no pipes");
  }
  const int browser_reads = high_fd(to[0]), browser_writes = high_fd(from[1]);
  to_browser_ = to[1];
  from_browser_ = from[0];

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, browser_reads, 3);
  posix_spawn_file_actions_adddup2(&actions, browser_writes, 4);
  // Its own process group: stopping it stops its renderer and helper processes too.
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);

  // No sandbox (it needs privileges a server rarely has); what it renders is samla's own
  // escaped HTML, with scripts off and the network behind a proxy that leads nowhere.
  std::vector<std::string> args{"chromium",
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-extensions",
                                "--no-first-run",
                                "--mute-audio",
                                "--proxy-server=127.0.0.1:9",
                                "--proxy-bypass-list=<-loopback>",
                                "--remote-debugging-pipe",
                                "--user-data-dir=" + profile_dir_,
                                "about:blank"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  const int spawned = posix_spawnp(&pid, "chromium", &actions, &attributes, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  close(browser_reads);
  close(browser_writes);
  if (spawned != 0) {
    stop();
    return failed(std::string("Chromium could not be started (") + std::strerror(spawned) + ")");
  }
  pid_ = pid;
  fcntl(to_browser_, F_SETFL, O_NONBLOCK);
  fcntl(from_browser_, F_SETFL, O_NONBLOCK);
  // The first answer says the browser is up and listening.
  SAMLA_TRY(call("Browser.getVersion", json::object(), "", deadline));
  return ok_status();
}

void PdfPrinter::stop() {
  if (pid_ > 0) {
    kill(-pid_, SIGKILL);
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  pid_ = -1;
  for (int* fd : {&to_browser_, &from_browser_}) {
    if (*fd >= 0) close(*fd);
    *fd = -1;
  }
  pending_.clear();
  if (!profile_dir_.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(profile_dir_, ignored);
    profile_dir_.clear();
  }
}

Status PdfPrinter::write_all(const std::string& bytes, Clock::time_point deadline) {
  std::size_t written = 0;
  while (written < bytes.size()) {
    const auto left = left_until(deadline);
    if (left.count() <= 0) return failed("Chromium took too long");
    pollfd p{to_browser_, POLLOUT, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) < 0 && errno != EINTR)
      return failed("Chromium could not be reached");
    if (p.revents & (POLLERR | POLLHUP)) return failed("Chromium stopped");
    if (!(p.revents & POLLOUT)) continue;
    const ssize_t w = write(to_browser_, bytes.data() + written, bytes.size() - written);
    if (w < 0 && errno != EAGAIN && errno != EINTR) return failed("Chromium stopped");
    if (w > 0) written += static_cast<std::size_t>(w);
  }
  return ok_status();
}

Result<json> PdfPrinter::read_message(Clock::time_point deadline) {
  for (;;) {
    const auto end = pending_.find('\0');
    if (end != std::string::npos) {
      json message =
          json::parse(pending_.begin(), pending_.begin() + static_cast<long>(end), nullptr, false);
      pending_.erase(0, end + 1);
      if (message.is_discarded()) return failed("Chromium answered something unreadable");
      return message;
    }
    if (pending_.size() > kMaxMessage) return failed("Chromium's answer was too large");
    const auto left = left_until(deadline);
    if (left.count() <= 0) return failed("Chromium took too long");
    pollfd p{from_browser_, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) < 0 && errno != EINTR)
      return failed("Chromium could not be reached");
    if (!(p.revents & (POLLIN | POLLHUP | POLLERR))) continue;
    char buffer[65536];
    const ssize_t r = read(from_browser_, buffer, sizeof buffer);
    if (r == 0) return failed("Chromium stopped");
    if (r < 0) {
      if (errno == EAGAIN || errno == EINTR) continue;
      return failed("Chromium stopped");
    }
    pending_.append(buffer, static_cast<std::size_t>(r));
  }
}

Result<json> PdfPrinter::call(const std::string& method, json params, const std::string& session,
                              Clock::time_point deadline) {
  const std::int64_t id = ++next_id_;
  json message{{"id", id}, {"method", method}, {"params", std::move(params)}};
  if (!session.empty()) message["sessionId"] = session;
  SAMLA_TRY(write_all(message.dump() + '\0', deadline));
  for (;;) {
    SAMLA_ASSIGN(json answer, read_message(deadline));
    if (!answer.contains("id") || answer["id"] != id) continue;  // an event, or an old answer
    if (answer.contains("error"))
      return failed("Chromium refused " + method + " (" +
                    answer["error"].value("message", std::string("no reason")) + ")");
    return answer.value("result", json::object());
  }
}

Result<std::string> PdfPrinter::print_in_browser(const std::string& html,
                                                 Clock::time_point deadline) {
  SAMLA_ASSIGN(json target, call("Target.createTarget", {{"url", "about:blank"}}, "", deadline));
  const std::string target_id = target.value("targetId", "");
  auto printed = [&]() -> Result<std::string> {
    SAMLA_ASSIGN(json attached, call("Target.attachToTarget",
                                     {{"targetId", target_id}, {"flatten", true}}, "", deadline));
    const std::string session = attached.value("sessionId", "");
    SAMLA_TRY(call("Emulation.setScriptExecutionDisabled", {{"value", true}}, session, deadline));
    SAMLA_ASSIGN(json tree, call("Page.getFrameTree", json::object(), session, deadline));
    const std::string frame = tree["frameTree"]["frame"].value("id", "");
    SAMLA_TRY(
        call("Page.setDocumentContent", {{"frameId", frame}, {"html", html}}, session, deadline));
    SAMLA_ASSIGN(json pdf, call("Page.printToPDF",
                                {{"printBackground", true},
                                 {"preferCSSPageSize", true},
                                 {"generateTaggedPDF", true},
                                 {"generateDocumentOutline", true}},
                                session, deadline));
    const std::string encoded = pdf.value("data", "");
    std::string bytes(encoded.size() / 4 * 3 + 3, '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(),
                          encoded.data(), encoded.size(), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        length == 0)
      return failed("Chromium's PDF was unreadable");
    bytes.resize(length);
    return bytes;
  }();
  // The page goes once printed, so that the browser holds nothing between documents; after a
  // failure print() stops the whole browser.
  if (printed.ok()) SAMLA_TRY(call("Target.closeTarget", {{"targetId", target_id}}, "", deadline));
  return printed;
}

Result<std::string> PdfPrinter::print(const std::string& html,
                                      std::chrono::milliseconds time_limit) {
  std::lock_guard lock(mutex_);
  const auto deadline = Clock::now() + time_limit;
  if (engine_ == Engine::chromium) {
    // A browser that failed (crashed, hung, or killed from outside) is started afresh, once.
    for (int attempt = 0; attempt < 2 && left_until(deadline).count() > 0; ++attempt) {
      if (pid_ < 0) {
        auto started = start(deadline);
        if (!started.ok()) {
          const bool missing = pid_ < 0;
          stop();
          if (missing) engine_ = Engine::weasyprint;  // not installed: WeasyPrint from now on
          break;
        }
      }
      auto pdf = print_in_browser(html, deadline);
      if (pdf.ok()) return pdf;
      stop();
    }
    if (engine_ == Engine::chromium) return failed("Chromium failed or took too long");
  }
  const auto left = left_until(deadline);
  if (left.count() <= 0) return failed("there was no time left");
  return weasyprint_pdf(html, {left, left});
}

}  // namespace samla::reports
