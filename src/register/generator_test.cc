#include "register/generator.h"

#include <map>

#include "register/json.h"
#include "register/register_test_support.h"
#include "register/store.h"

namespace samla::registry::testing {
namespace {

// Everything a seed produces, as one comparable text.
std::string dump(std::uint64_t seed, int organisations, int people) {
  Generator g(seed, organisations);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& o : g.organisations()) out.push_back(to_json(o));
  for (int i = 0; i < people; ++i) out.push_back(to_json(g.next_person()));
  return out.dump();
}

TEST(GeneratorTest, SameSeedGivesIdenticalData) {
  EXPECT_EQ(dump(7, 50, 300), dump(7, 50, 300));
}

TEST(GeneratorTest, DifferentSeedsGiveDifferentData) {
  EXPECT_NE(dump(7, 50, 300), dump(8, 50, 300));
}

TEST(GeneratorTest, FirstDrawsOfTheSeedAreFixed) {
  // mt19937_64 is specified by the standard: its 10000th output of the default seed is fixed.
  std::mt19937_64 rng;
  rng.discard(9999);
  EXPECT_EQ(rng(), 9981545732273789042ULL);
  // And our own distributions are plain arithmetic on it.
  std::mt19937_64 a(1);
  EXPECT_EQ(uniform_below(a, 1000),
            static_cast<std::uint64_t>(
                (static_cast<unsigned __int128>(std::mt19937_64(1)()) * 1000) >> 64));
}

TEST(GeneratorTest, ZipfFavoursTheFirstValues) {
  std::mt19937_64 rng(3);
  auto pick = WeightedPick::zipf(4);  // weights 1, 1/2, 1/3, 1/4 → 48 %, 24 %, 16 %, 12 %
  std::vector<int> counts(4);
  for (int i = 0; i < 100000; ++i) ++counts[pick(rng)];
  EXPECT_NEAR(counts[0] / 100000.0, 0.48, 0.01);
  EXPECT_NEAR(counts[1] / 100000.0, 0.24, 0.01);
  EXPECT_NEAR(counts[3] / 100000.0, 0.12, 0.01);
}

TEST(GeneratorTest, DistributionsAreRoughlyAsSpecified) {
  Generator g(11, 200);
  std::map<std::string, int> countries;
  std::map<std::size_t, int> perspective_counts;
  int with_organisation = 0, non_ascii_names = 0;
  const int n = 5000;
  for (int i = 0; i < n; ++i) {
    Person p = g.next_person();
    ++countries[*p.country];
    ++perspective_counts[p.perspectives.size()];
    if (p.organisation_id) ++with_organisation;
    for (unsigned char c : p.name)
      if (c >= 0x80) {
        ++non_ascii_names;
        break;
      }
    // organisation_id is still an index here; as an id it would be index + 1.
    Person as_written = p;
    if (as_written.organisation_id) ++*as_written.organisation_id;
    EXPECT_TRUE(store::validate_person(as_written).empty()) << p.name;
  }
  // Sweden is the head of the Zipf order: the most common country, by far.
  auto max = std::max_element(countries.begin(), countries.end(),
                              [](auto& a, auto& b) { return a.second < b.second; });
  EXPECT_EQ(max->first, "SE");
  EXPECT_GT(countries["SE"], 3 * countries["PL"]);
  EXPECT_GE(countries.size(), 20u);
  // 1, 2 or 3 perspectives at 40/40/20 %.
  EXPECT_EQ(perspective_counts.size(), 3u);
  EXPECT_NEAR(perspective_counts[1] / double(n), 0.40, 0.03);
  EXPECT_NEAR(perspective_counts[3] / double(n), 0.20, 0.03);
  EXPECT_NEAR(with_organisation / double(n), 0.85, 0.03);
  EXPECT_GT(non_ascii_names, n / 2);
  for (const auto& o : g.organisations())
    EXPECT_TRUE(store::validate_organisation(o).empty()) << o.name;
}

class GeneratorWriteTest : public RegisterTest {};

TEST_P(GeneratorWriteTest, WritesExactCountsInBatches) {
  auto lease = pool_->acquire();
  ASSERT_OK(lease);
  GenerateOptions options;
  options.people = 230;
  options.organisations = 40;
  options.seed = 5;
  options.batch_size = 100;  // three batches, the last one partial
  std::vector<std::int64_t> progress;
  auto summary = write_generated(**lease, options, access::system_principal("test"),
                                 [&](std::int64_t done) { progress.push_back(done); });
  ASSERT_OK(summary);
  EXPECT_EQ(summary->organisations_created, 40);
  EXPECT_EQ(summary->people_created, 230);
  EXPECT_EQ(progress, (std::vector<std::int64_t>{100, 200, 230}));
  auto people = (**lease).query("SELECT COUNT(*) FROM people");
  auto orgs = (**lease).query("SELECT COUNT(*) FROM organisations");
  auto perspectives = (**lease).query("SELECT COUNT(*) FROM person_perspectives");
  ASSERT_OK(people);
  ASSERT_OK(orgs);
  ASSERT_OK(perspectives);
  EXPECT_EQ(people->front().integer(0), 230);
  EXPECT_EQ(orgs->front().integer(0), 40);
  EXPECT_GT(perspectives->front().integer(0), 230);  // several per person
}

INSTANTIATE_TEST_SUITE_P(Backends, GeneratorWriteTest,
                         ::testing::ValuesIn(storage::testing::test_backends()), backend_name);

}  // namespace
}  // namespace samla::registry::testing
