#include "core/progress.h"

#include <gtest/gtest.h>

namespace samla {
namespace {

const std::string kKey = "k3y-0123456789abcdef";

TEST(ProgressBoard, KeysAreLongRandomTokensOfPlainCharacters) {
  EXPECT_TRUE(ProgressBoard::valid_key(kKey));
  EXPECT_TRUE(ProgressBoard::valid_key(std::string(64, 'a')));
  EXPECT_FALSE(ProgressBoard::valid_key(std::string(65, 'a')));
  EXPECT_FALSE(ProgressBoard::valid_key("short"));
  EXPECT_FALSE(ProgressBoard::valid_key("0123456789abcdef/"));
  EXPECT_FALSE(ProgressBoard::valid_key("0123456789abcdef åäö"));
}

TEST(ProgressBoard, OnlyTheUserWhoStartedTheWorkReadsIt) {
  ProgressBoard board;
  auto report = board.track(7, kKey);
  report("checking", 0, 250);
  auto step = board.read(7, kKey);
  ASSERT_TRUE(step);
  EXPECT_EQ(step->stage, "checking");
  EXPECT_EQ(step->total, 250);
  EXPECT_FALSE(step->finished);
  EXPECT_FALSE(board.read(8, kKey));
  EXPECT_FALSE(board.read(7, "another-key-0123456789"));
}

TEST(ProgressBoard, KeepsEveryHundredthRowEveryNewStageAndTheLastRow) {
  ProgressBoard board;
  auto report = board.track(1, kKey);
  for (int row = 0; row <= 150; ++row) report("checking", row, 250);
  EXPECT_EQ(board.read(1, kKey)->done, 100);
  report("checking", 250, 250);
  EXPECT_EQ(board.read(1, kKey)->done, 250);
  report("saving", 3, 250);
  EXPECT_EQ(board.read(1, kKey)->stage, "saving");
  EXPECT_EQ(board.read(1, kKey)->done, 3);
  board.finish(1, kKey);
  EXPECT_TRUE(board.read(1, kKey)->finished);
}

std::string key_number(std::size_t i) {
  return "key-" + std::to_string(1000000000000 + i);
}

TEST(ProgressBoard, OneUserCannotPushAnotherUsersWorkOffTheBoard) {
  ProgressBoard board;
  board.track(1, kKey);
  for (std::size_t i = 0; i < ProgressBoard::kMaxKeys; ++i) board.track(2, key_number(i));
  EXPECT_TRUE(board.read(1, kKey));
  // User 2 keeps only their newest keys.
  EXPECT_FALSE(board.read(2, key_number(0)));
  EXPECT_TRUE(board.read(2, key_number(ProgressBoard::kMaxKeys - 1)));
  EXPECT_TRUE(board.read(2, key_number(ProgressBoard::kMaxKeys - ProgressBoard::kMaxKeysPerUser)));
  EXPECT_FALSE(
      board.read(2, key_number(ProgressBoard::kMaxKeys - ProgressBoard::kMaxKeysPerUser - 1)));
}

TEST(ProgressBoard, HoldsABoundedNumberOfKeysDroppingTheOldest) {
  ProgressBoard board;
  auto first = board.track(0, kKey);
  for (std::size_t i = 0; i < ProgressBoard::kMaxKeys; ++i)
    board.track(static_cast<std::int64_t>(1 + i), key_number(i));
  EXPECT_FALSE(board.read(0, kKey));
  first("saving", 10, 10);  // the work goes on, uncounted
  EXPECT_FALSE(board.read(0, kKey));
  EXPECT_TRUE(board.read(ProgressBoard::kMaxKeys, key_number(ProgressBoard::kMaxKeys - 1)));
}

}  // namespace
}  // namespace samla
