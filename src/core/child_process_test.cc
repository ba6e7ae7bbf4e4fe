// Child processes: output and exit code, input on stdin, a program that is missing, one that
// runs past its time limit (killed: a 503, not a hung request) and one that writes too much.
#include "core/child_process.h"

#include <gtest/gtest.h>

namespace samla {
namespace {

TEST(ChildProcess, PassesInputAndReturnsOutputAndExitCode) {
  auto done = run_child({{"sh", "-c", "tr a-z A-Z; echo oops >&2; exit 3"}, "hej då\n"});
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_EQ(done->out, "HEJ Då\n");
  EXPECT_EQ(done->err, "oops\n");
  EXPECT_EQ(done->exit_code, 3);
}

TEST(ChildProcess, LargeInputAndOutputDoNotDeadlock) {
  const std::string big(3 * 1024 * 1024, 'x');
  auto done = run_child({{"cat"}, big});
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_EQ(done->out.size(), big.size());
}

TEST(ChildProcess, MissingSlowOrTooTalkativeIsUnavailable) {
  auto missing = run_child({{"samla-no-such-converter"}, ""});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::unavailable);

  ChildRun slow{{"sleep", "5"}, "", std::chrono::milliseconds(200)};
  const auto started = std::chrono::steady_clock::now();
  auto stopped = run_child(slow);
  ASSERT_FALSE(stopped.ok());
  EXPECT_EQ(stopped.error().code, ErrorCode::unavailable);
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(4));

  ChildRun talkative{{"sh", "-c", "yes"}, "", std::chrono::milliseconds(5000), 1024 * 1024};
  auto flood = run_child(talkative);
  ASSERT_FALSE(flood.ok());
  EXPECT_EQ(flood.error().code, ErrorCode::unavailable);
}

TEST(ChildProcess, AddsEnvironmentEntries) {
  ChildRun run{{"sh", "-c", "printf %s \"$SAMLA_CHILD_TEST\""}, ""};
  run.environment = {"SAMLA_CHILD_TEST=ja"};
  auto done = run_child(run);
  ASSERT_TRUE(done.ok());
  EXPECT_EQ(done->out, "ja");
}

}  // namespace
}  // namespace samla
