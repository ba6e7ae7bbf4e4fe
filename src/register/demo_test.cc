#include "register/demo.h"

#include <set>

#include "register/register_test_support.h"

namespace samla::registry::testing {
namespace {

class DemoTest : public RegisterTest {
 protected:
  Result<Counts> load() {
    auto lease = pool_->acquire();
    EXPECT_TRUE(lease.ok());
    return load_demo(**lease, access::system_principal("cli:demo"));
  }
  bool empty() {
    auto lease = pool_->acquire();
    auto result = register_is_empty(**lease);
    EXPECT_TRUE(result.ok());
    return result.ok() && result.value();
  }
  std::vector<Person> people() {
    std::vector<Person> out;
    PersonFilter f;
    f.limit = kMaxPageSize;
    for (;;) {
      auto page = service_->list_people(f, as_coordinator());
      EXPECT_TRUE(page.ok());
      if (!page.ok()) return out;
      out.insert(out.end(), page->items.begin(), page->items.end());
      if (!page->next) return out;
      f.cursor = page->next;
    }
  }
};

TEST_P(DemoTest, LoadsBothProgrammes) {
  EXPECT_TRUE(empty());
  auto summary = load();
  ASSERT_TRUE(summary.ok()) << summary.error().message;
  EXPECT_FALSE(empty());
  EXPECT_EQ(summary->at("country groups"), 2);
  EXPECT_EQ(summary->at("themes"), 0);  // seeded by the migration
  EXPECT_GE(summary->at("organisations"), 25);
  EXPECT_LE(summary->at("organisations"), 40);
  EXPECT_GE(summary->at("people"), 40);
  EXPECT_LE(summary->at("people"), 60);

  auto list = people();
  ASSERT_EQ(list.size(), static_cast<std::size_t>(summary->at("people")));
  std::set<std::string> countries, perspectives, themes;
  for (const auto& p : list) {
    if (p.country) countries.insert(*p.country);
    perspectives.insert(p.perspectives.begin(), p.perspectives.end());
    themes.insert(p.themes.begin(), p.themes.end());
  }
  EXPECT_GE(countries.size(), 10u);
  EXPECT_EQ(perspectives, std::set<std::string>(registry::perspectives().begin(),
                                                registry::perspectives().end()));
  EXPECT_EQ(themes.size(), 4u);

  auto groups = service_->list_country_groups();
  ASSERT_TRUE(groups.ok());
  std::set<std::string> slugs;
  for (const auto& g : groups.value()) slugs.insert(g.slug);
  EXPECT_TRUE(slugs.count("member_states"));
  EXPECT_TRUE(slugs.count("associated_countries"));

  PersonFilter in_associated;
  in_associated.country_group = "associated_countries";
  auto associated = service_->list_people(in_associated, as_coordinator());
  ASSERT_TRUE(associated.ok());
  EXPECT_GE(associated->total, 6);
}

TEST_P(DemoTest, LoadingTwiceAddsNothing) {
  ASSERT_TRUE(load().ok());
  auto before = people().size();
  auto again = load();
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->at("organisations"), 0);
  EXPECT_EQ(again->at("people"), 0);
  EXPECT_EQ(again->at("country groups"), 0);
  EXPECT_EQ(people().size(), before);
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoTest, ::testing::ValuesIn(storage::testing::test_backends()),
                         backend_name);

}  // namespace
}  // namespace samla::registry::testing
