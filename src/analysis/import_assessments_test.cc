// Assessment columns in a register sheet, on both backends: one dated assessment per row by the
// importing user, checked with the rows (every problem on its line and column, nothing written
// on any), and none added again when the same sheet comes back.
#include "analysis/import_assessments.h"

#include <algorithm>

#include "analysis/service.h"
#include "core/clock.h"
#include "register/importer.h"
#include "register/register_test_support.h"

namespace samla::analysis {
namespace {

using registry::ImportKind;
using registry::ImportReport;

class ImportAssessmentsTest : public registry::testing::RegisterTest {
 protected:
  void SetUp() override {
    RegisterTest::SetUp();
    if (HasFatalFailure()) return;
    auto lease = pool_->acquire();
    ASSERT_OK(lease);
    ASSERT_OK((*lease)->execute(
        "INSERT INTO users (id, name, role, password_hash, created_at, updated_at) "
        "VALUES (1, 'Coordinator', 'coordinator', 'x', '2026-01-01T00:00:00Z', "
        "'2026-01-01T00:00:00Z')"));
    migrate_through("analysis");
    if (HasFatalFailure()) return;
    analysis_ = std::make_unique<AnalysisService>(*pool_);
  }
  void TearDown() override {
    analysis_.reset();
    RegisterTest::TearDown();
  }

  ImportReport run(ImportKind kind, const std::string& text,
                   std::optional<access::Principal> assessor, bool dry_run = false) {
    auto lease = pool_->acquire();
    EXPECT_TRUE(lease.ok());
    registry::ImportOptions options{kind, dry_run};
    options.extensions.push_back(assessment_columns(std::move(assessor)));
    auto report = registry::import_csv(**lease, options, text, coordinator());
    EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().message);
    return report.ok() ? report.value() : ImportReport{};
  }
  std::int64_t count(const std::string& table) {
    auto lease = pool_->acquire();
    auto row = (*lease)->query_one("SELECT COUNT(*) FROM " + table);
    return row.ok() ? row->integer(0) : -1;
  }
  std::int64_t assessments() { return count("assessments"); }
  static bool has(const ImportReport& r, std::size_t line, const std::string& column,
                  const std::string& text) {
    return std::any_of(r.problems.begin(), r.problems.end(), [&](const auto& p) {
      return p.line == line && p.column == column && p.message.find(text) != std::string::npos;
    });
  }
  static std::string listed(const ImportReport& r) {
    std::string out;
    for (const auto& p : r.problems) out += registry::format_problem("f", p) + "\n";
    return out;
  }

  std::unique_ptr<AnalysisService> analysis_;
};

const char* kSheet =
    "Namn;E-post;Inflytande;Intresse;Inställning;Legitimitet;Brådska;Bedömd den\n"
    "Anna Berg;anna@example.org;4;5;+2;3;3;2026-03-01\n"
    "Bo Ek;bo@example.org;3;3;\u22121;3.0;2;\n"  // the form's minus sign; Excel's 3.0; today
    "Cia Dal;cia@example.org;;;;;;\n";           // no assessment of Cia

TEST_P(ImportAssessmentsTest, RecordsOneDatedAssessmentPerRowByTheImportingUser) {
  auto preview = run(ImportKind::people, kSheet, coordinator(), true);
  ASSERT_TRUE(preview.ok()) << listed(preview);
  EXPECT_EQ(preview.added.at("assessments"), 2);
  EXPECT_EQ(assessments(), 0);

  auto r = run(ImportKind::people, kSheet, coordinator());
  ASSERT_TRUE(r.ok()) << listed(r);
  EXPECT_EQ(r.created, 3);
  EXPECT_EQ(r.added.at("assessments"), 2);
  EXPECT_EQ(registry::summary_line(r),
            "imported people: 3 created, 0 updated, 0 unchanged; 2 assessments added");
  auto views = analysis_->views(ViewOptions{});
  ASSERT_OK(views);
  ASSERT_EQ(views->size(), 2u);
  auto lease = pool_->acquire();
  auto anna = (*lease)->query_one("SELECT id FROM people WHERE name = 'Anna Berg'");
  ASSERT_OK(anna);
  auto history = analysis_->history({Subject::Kind::person, anna->integer(0)});
  ASSERT_OK(history);
  ASSERT_EQ(history->assessments.size(), 1u);
  const Assessment& a = history->assessments.front();
  EXPECT_EQ(a.assessor_name, "Coordinator");
  EXPECT_EQ(a.assessed_on, "2026-03-01");
  EXPECT_EQ(a.influence, 4);
  EXPECT_EQ(a.attitude, 2);
  auto bo = (*lease)->query_one(
      "SELECT attitude, legitimacy, assessed_on FROM assessments a JOIN people p ON "
      "p.id = a.person_id WHERE p.name = 'Bo Ek'");
  ASSERT_OK(bo);
  EXPECT_EQ(bo->integer(0), -1);
  EXPECT_EQ(bo->integer(1), 3);
  EXPECT_EQ(bo->text(2), now_iso8601().substr(0, 10));

  // The same sheet again: the judgements of those days are there, so nothing is added.
  auto again = run(ImportKind::people, kSheet, coordinator());
  ASSERT_TRUE(again.ok()) << listed(again);
  EXPECT_EQ(again.added.at("assessments"), 0);
  EXPECT_EQ(assessments(), 2);
}

TEST_P(ImportAssessmentsTest, BadScoresAreReportedByLineAndColumnAndNothingIsWritten) {
  auto r = run(ImportKind::people,
               "Namn;Inflytande;Intresse;Inställning;Legitimitet;Brådska;Bedömd den\n"
               "Anna;9;5;3;3;3;2026-02-30\n"  // out of range twice, no such day
               "Bo;3;;0;x;3;\n",              // an empty score, not a number
               coordinator());
  EXPECT_TRUE(has(r, 2, "Inflytande", "1")) << listed(r);
  EXPECT_TRUE(has(r, 2, "Inställning", "-2"));
  EXPECT_TRUE(has(r, 2, "Bedömd den", ""));
  EXPECT_TRUE(has(r, 3, "Intresse", "all five"));
  EXPECT_TRUE(has(r, 3, "Legitimitet", "1"));
  EXPECT_EQ(r.problems.size(), 5u);
  EXPECT_TRUE(r.added.empty());
  EXPECT_EQ(assessments(), 0);
  EXPECT_EQ(count("people"), 0);
}

TEST_P(ImportAssessmentsTest, TheSheetNeedsAnAssessorWhoMayAssessAndEveryScoreColumn) {
  const std::string sheet = "name;influence;interest;attitude;legitimacy;urgency\nAnna;3;3;0;3;3\n";
  auto nobody = run(ImportKind::people, sheet, std::nullopt);
  EXPECT_TRUE(has(nobody, 1, "influence", "--assessor")) << listed(nobody);
  access::Principal observer{1, "Coordinator", access::Role::observer, std::nullopt};
  auto refused = run(ImportKind::people, sheet, observer);
  EXPECT_TRUE(has(refused, 1, "influence", "only coordinators")) << listed(refused);
  auto partial = run(ImportKind::people, "name;influence;interest\nAnna;3;3\n", coordinator());
  EXPECT_TRUE(has(partial, 1, "attitude", "required column")) << listed(partial);
  EXPECT_EQ(count("people"), 0);
  // Without assessment columns the assessor is not needed.
  EXPECT_TRUE(run(ImportKind::people, "name\nAnna\n", std::nullopt).ok());
}

TEST_P(ImportAssessmentsTest, AnOrganisationSheetAssessesTheOrganisations) {
  auto r = run(ImportKind::organisations,
               "name,sector,level,influence,interest,attitude,legitimacy,urgency\n"
               "Region Skåne,region,regional,5,4,1,4,3\n",
               coordinator());
  ASSERT_TRUE(r.ok()) << listed(r);
  EXPECT_EQ(r.added.at("assessments"), 1);
  auto lease = pool_->acquire();
  auto row = (*lease)->query_one(
      "SELECT o.name FROM assessments a JOIN organisations o ON o.id = a.organisation_id");
  ASSERT_OK(row);
  EXPECT_EQ(row->text(0), "Region Skåne");
}

INSTANTIATE_TEST_SUITE_P(Backends, ImportAssessmentsTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::analysis
