#include "core/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace samla {
namespace {

struct Pipe {
  int fd[2] = {-1, -1};
  ~Pipe() {
    for (int f : fd)
      if (f >= 0) close(f);
  }
  void close_end(int i) {
    if (fd[i] >= 0) close(fd[i]);
    fd[i] = -1;
  }
};

Error unavailable(const std::string& program, const std::string& why) {
  return hidden_error(ErrorCode::unavailable, "The converter " + program + " " + why + ".");
}

}  // namespace

Result<ChildResult> run_child(const ChildRun& run) {
  const std::string& program = run.argv.at(0);
  Pipe in, out, err;
  if (pipe2(in.fd, O_CLOEXEC) != 0 || pipe2(out.fd, O_CLOEXEC) != 0 ||
      pipe2(err.fd, O_CLOEXEC) != 0)
    return unavailable(program, "could not be started (no pipes)");

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.fd[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out.fd[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err.fd[1], STDERR_FILENO);
  std::vector<char*> argv;
  for (const auto& a : run.argv) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::vector<std::string> env_strings;
  for (char** e = environ; *e; ++e) env_strings.emplace_back(*e);
  for (const auto& e : run.environment) env_strings.push_back(e);
  std::vector<char*> env;
  for (auto& e : env_strings) env.push_back(e.data());
  env.push_back(nullptr);
  pid_t pid = 0;
  const int spawned =
      posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), env.data());
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0)
    return unavailable(program, std::string("is not installed (") + std::strerror(spawned) + ")");
  in.close_end(0);
  out.close_end(1);
  err.close_end(1);
  fcntl(in.fd[1], F_SETFL, O_NONBLOCK);

  ChildResult result;
  std::size_t written = 0;
  if (run.input.empty()) in.close_end(1);
  const auto deadline = std::chrono::steady_clock::now() + run.time_limit;
  bool too_much = false;
  while (out.fd[0] >= 0 || err.fd[0] >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0 || too_much) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
      return unavailable(program,
                         too_much ? "wrote more than it may" : "took too long and was stopped");
    }
    pollfd fds[3];
    int n = 0;
    if (in.fd[1] >= 0) fds[n++] = {in.fd[1], POLLOUT, 0};
    if (out.fd[0] >= 0) fds[n++] = {out.fd[0], POLLIN, 0};
    if (err.fd[0] >= 0) fds[n++] = {err.fd[0], POLLIN, 0};
    if (poll(fds, static_cast<nfds_t>(n), static_cast<int>(left.count())) < 0 && errno != EINTR)
      break;
    for (int i = 0; i < n; ++i) {
      if (!fds[i].revents) continue;
      if (fds[i].fd == in.fd[1]) {
        const ssize_t w = write(in.fd[1], run.input.data() + written, run.input.size() - written);
        if (w > 0) written += static_cast<std::size_t>(w);
        if (w < 0 && errno != EAGAIN) in.close_end(1);
        if (written == run.input.size()) in.close_end(1);
        continue;
      }
      char buffer[65536];
      const ssize_t r = read(fds[i].fd, buffer, sizeof buffer);
      const bool is_out = fds[i].fd == out.fd[0];
      if (r <= 0) {
        if (r < 0 && errno == EINTR) continue;
        (is_out ? out : err).close_end(0);
        continue;
      }
      std::string& into = is_out ? result.out : result.err;
      if (into.size() + static_cast<std::size_t>(r) > run.max_output)
        too_much = true;
      else
        into.append(buffer, static_cast<std::size_t>(r));
    }
  }
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

}  // namespace samla
