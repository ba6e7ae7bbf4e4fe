// Runs a program (a converter such as WeasyPrint or pandoc) as a child process with input on
// stdin, a time limit and bounded output: the server never hangs on it, and a child that runs
// too long is killed.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/result.h"

namespace samla {

struct ChildRun {
  std::vector<std::string> argv;  // argv[0] is found on PATH
  std::string input;              // written to its stdin
  std::chrono::milliseconds time_limit{10000};
  std::size_t max_output = 64 * 1024 * 1024;  // bytes of stdout kept; more is a failure
  // Extra environment entries ("NAME=value"), after the server's own.
  std::vector<std::string> environment;
};

struct ChildResult {
  int exit_code = 0;
  std::string out, err;
};

// The child's exit code and output; unavailable (503) when it cannot start, runs past its
// time limit (it is then killed) or writes more than max_output.
Result<ChildResult> run_child(const ChildRun& run);

}  // namespace samla
