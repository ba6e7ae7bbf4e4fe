// The resource library on both backends: a guide with themes is found by a folded word of its
// title or its file's name and by its theme; a participant sees only what is shared with
// everyone (the team's note does not exist for them); an uploaded file comes back byte for byte
// with the type read from its bytes; a refused upload, a stale version and bad fields change
// nothing; and the audit log keeps the file's facts, never its bytes.
#include "resources/service.h"

#include "register/register_test_support.h"
#include "resources/rules.h"

namespace samla::resources {
namespace {

using registry::testing::RegisterTest;

class ResourcesTest : public RegisterTest {
 protected:
  void SetUp() override {
    RegisterTest::SetUp();
    if (HasFatalFailure()) return;
    migrate_through("resources");
    if (HasFatalFailure()) return;
    resources_ = std::make_unique<ResourcesService>(*pool_);
  }
  void TearDown() override {
    resources_.reset();
    RegisterTest::TearDown();
  }

  access::Principal participant() const {
    return {3, "Participant", access::Role::participant, std::nullopt};
  }

  Resource guide(const std::string& audience = "everyone") {
    Resource r;
    r.title = "Guide till inkluderande workshoppar i UMEÅ";
    r.description = "Hur man planerar en workshop som alla kan delta i.";
    r.kind = "tool";
    r.language = "sv";
    r.themes = {"stigma_reduction"};
    r.audience = audience;
    return r;
  }

  std::vector<Resource> listed(store::ListFilter f, const access::Principal& who) {
    return get(resources_->list(std::move(f), who));
  }

  std::unique_ptr<ResourcesService> resources_;
};

TEST_P(ResourcesTest, AGuideIsFoundAndItsFileComesBackByteForByte) {
  const Resource made = get(resources_->create(guide(), coordinator()));
  EXPECT_EQ(made.themes, (std::vector<std::string>{"stigma_reduction"}));
  EXPECT_FALSE(made.file);

  // A PNG's bytes hold NUL and bytes that are not UTF-8.
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0", 29);
  png += std::string(3000, '\xFF');
  const Resource with_file = get(
      resources_->upload(made.id, "C:\\fakepath\\Översikt.png", png, made.version, coordinator()));
  ASSERT_TRUE(with_file.file);
  EXPECT_EQ(with_file.file->name, "Översikt.png");
  EXPECT_EQ(with_file.file->content_type, "image/png");
  EXPECT_EQ(with_file.file->size, static_cast<std::int64_t>(png.size()));
  EXPECT_EQ(with_file.file->sha256.size(), 64u);
  EXPECT_EQ(with_file.version, made.version + 1);

  const StoredFile back = get(resources_->download(made.id, participant()));
  EXPECT_EQ(back.bytes, png);
  EXPECT_EQ(back.facts.content_type, "image/png");

  store::ListFilter words;
  words.q = "umeå";
  EXPECT_EQ(listed(words, coordinator()).size(), 1u) << "the title, folded";
  words.q = "översikt";
  EXPECT_EQ(listed(words, coordinator()).size(), 1u) << "the file's name";
  words.q = "översikt budget";
  EXPECT_TRUE(listed(words, coordinator()).empty()) << "every word must match";
  store::ListFilter themed;
  themed.theme = "stigma_reduction";
  EXPECT_EQ(listed(themed, participant()).size(), 1u);
  themed.theme = "digital_health";
  EXPECT_TRUE(listed(themed, participant()).empty());

  // A new file replaces the old one; removing it leaves the resource.
  const Resource replaced = get(resources_->upload(made.id, "notes.txt", "Anteckningar.\n",
                                                   with_file.version, coordinator()));
  EXPECT_EQ(replaced.file->content_type, "text/plain; charset=utf-8");
  EXPECT_EQ(get(resources_->download(made.id, coordinator())).bytes, "Anteckningar.\n");
  const Resource bare = get(resources_->remove_file(made.id, replaced.version, coordinator()));
  EXPECT_FALSE(bare.file);
  auto none = resources_->download(made.id, coordinator());
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, ErrorCode::not_found);

  // The audit log tells what was uploaded, never the bytes.
  EXPECT_EQ(audit_count("resource"), 4);
  auto lease = pool_->acquire();
  const auto entries = get((**lease).query("SELECT after_json FROM audit_log WHERE record_type = ?",
                                           {std::string("resource")}));
  for (const auto& row : entries)
    EXPECT_EQ(row.text(0).find("Anteckningar"), std::string::npos) << row.text(0);
}

TEST_P(ResourcesTest, AParticipantSeesOnlyWhatIsSharedWithEveryone) {
  const Resource open = get(resources_->create(guide(), coordinator()));
  const Resource team = get(resources_->create(guide("team"), coordinator()));
  EXPECT_EQ(listed({}, coordinator()).size(), 2u);
  EXPECT_EQ(listed({}, observer()).size(), 2u);
  const auto seen = listed({}, participant());
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].id, open.id);
  store::ListFilter asks_for_team;
  asks_for_team.audience = "team";
  EXPECT_TRUE(listed(asks_for_team, participant()).empty());
  auto hidden = resources_->get(team.id, participant());
  ASSERT_FALSE(hidden.ok());
  EXPECT_EQ(hidden.error().code, ErrorCode::not_found) << "as if it did not exist";
  Resource with_file =
      get(resources_->upload(team.id, "plan.txt", "Plan.\n", team.version, coordinator()));
  auto file = resources_->download(team.id, participant());
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.error().code, ErrorCode::not_found);
  EXPECT_TRUE(with_file.file);
}

TEST_P(ResourcesTest, RefusedUploadsStaleVersionsAndBadFieldsChangeNothing) {
  const Resource made = get(resources_->create(guide(), coordinator()));
  struct Upload {
    const char* what;
    std::string name, bytes;
    ErrorCode code;
    const char* field;
  };
  const std::vector<Upload> uploads{
      {"HTML", "page.pdf", "<html><body><script>x()</script></body></html>",
       ErrorCode::unsupported_media_type, "file"},
      {"empty", "empty.txt", "", ErrorCode::invalid, "file"},
      {"too large", "big.txt", std::string(kMaxFileBytes + 1, 'a'), ErrorCode::payload_too_large,
       "file"},
      {"no name", "", "text\n", ErrorCode::invalid, "filename"},
  };
  for (const auto& u : uploads) {
    auto refused = resources_->upload(made.id, u.name, u.bytes, made.version, coordinator());
    ASSERT_FALSE(refused.ok()) << u.what;
    EXPECT_EQ(refused.error().code, u.code) << u.what;
    ASSERT_EQ(refused.error().fields.size(), 1u) << u.what;
    EXPECT_EQ(refused.error().fields[0].field, u.field) << u.what;
  }
  const Resource after = get(resources_->get(made.id, coordinator()));
  EXPECT_EQ(after.version, made.version);
  EXPECT_FALSE(after.file);

  const Resource changed =
      get(resources_->upload(made.id, "a.txt", "A.\n", made.version, coordinator()));
  auto stale = resources_->upload(made.id, "b.txt", "B.\n", made.version, coordinator());
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::precondition_failed);
  EXPECT_EQ(get(resources_->download(made.id, coordinator())).bytes, "A.\n");

  Resource bad = guide();
  bad.title = "";
  bad.kind = "video";
  bad.themes = {"no_such_theme"};
  bad.url = "ftp://example.org/x";
  auto refused = resources_->update(made.id, bad, changed.version, coordinator());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), (std::set<std::string>{"title", "kind", "themes", "url"}));
  EXPECT_EQ(get(resources_->get(made.id, coordinator())).title, made.title);
  auto nowhere = resources_->upload(987654, "a.txt", "A.\n", std::nullopt, coordinator());
  ASSERT_FALSE(nowhere.ok());
  EXPECT_EQ(nowhere.error().code, ErrorCode::not_found);
}

INSTANTIATE_TEST_SUITE_P(Backends, ResourcesTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::resources
