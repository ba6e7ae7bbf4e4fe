// A suggested introduction kept in the contact history, on both backends: one note of today with
// each person, the text as its summary, nothing in the people's own notes; a bad request or an
// unknown second person writes nothing at all.
#include "network/introduction_note.h"

#include "interactions/store.h"
#include "register/register_test_support.h"

namespace samla::network {
namespace {

using registry::testing::RegisterTest;

class IntroductionNoteTest : public RegisterTest {
 protected:
  void SetUp() override {
    RegisterTest::SetUp();
    if (HasFatalFailure()) return;
    migrate_through("interactions");
  }

  Result<IntroductionNote> note(std::vector<std::int64_t> ids, const std::string& text) {
    auto lease = pool_->acquire();
    if (!lease.ok()) return lease.error();
    return storage::in_transaction(**lease, [&](storage::Session& s) {
      return note_introduction(s, ids, text, coordinator());
    });
  }

  std::vector<interactions::Interaction> history(std::int64_t person) {
    auto lease = pool_->acquire();
    interactions::store::ListFilter f;
    f.person_id = person;
    return get(interactions::store::list_interactions(**lease, f));
  }
};

TEST_P(IntroductionNoteTest, KeepsTheIntroductionAsAContactWithEachPerson) {
  const auto anna = make_person("Anna Ek").meta.id;
  const auto bo = make_person("Bo Berg").meta.id;
  const IntroductionNote kept = get(note({anna, bo}, "  Suggested introduction: Anna ↔ Bo\n"));
  EXPECT_EQ(kept.text, "Suggested introduction: Anna ↔ Bo");
  ASSERT_EQ(kept.contacts.size(), 2u);
  for (std::int64_t person : {anna, bo}) {
    const auto contacts = history(person);
    ASSERT_EQ(contacts.size(), 1u);
    EXPECT_EQ(contacts[0].channel, "note");
    EXPECT_EQ(contacts[0].summary, kept.text);
    EXPECT_EQ(contacts[0].by, "Coordinator");
    EXPECT_EQ(get(service_->get_person(person, as_coordinator())).notes, "")
        << "the person's own notes are left alone";
  }
  EXPECT_EQ(kept.contacts[0].person_id, anna);
  EXPECT_EQ(kept.contacts[0].interaction_id, history(anna)[0].id);
}

TEST_P(IntroductionNoteTest, BadRequestsWriteNothing) {
  const auto anna = make_person("Anna Ek").meta.id;
  struct Row {
    std::vector<std::int64_t> ids;
    std::string text, field;
  };
  const std::vector<Row> rows{{{anna}, "x", "person_ids"},
                              {{anna, anna}, "x", "person_ids"},
                              {{anna, 987654}, "x", "person_ids"},
                              {{anna, anna + 1000}, " \n ", "text"},
                              {{anna, anna + 1000}, std::string(2001, 'a'), "text"}};
  for (const auto& row : rows) {
    auto refused = note(row.ids, row.text);
    ASSERT_FALSE(refused.ok()) << row.field;
    EXPECT_EQ(refused.error().code, ErrorCode::invalid);
    EXPECT_EQ(refused.error().fields.at(0).field, row.field);
  }
  EXPECT_TRUE(history(anna).empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, IntroductionNoteTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::network
