#include "register/exporter.h"

#include "register/importer.h"
#include "register/register_test_support.h"

namespace samla::registry::testing {
namespace {

class ExportTest : public RegisterTest {
 protected:
  void SetUp() override {
    RegisterTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto lease = pool_->acquire();
    ASSERT_TRUE(lease.ok());
    session_ = &**lease;
    lease_.emplace(std::move(lease).value());
    import(ImportKind::organisations,
           "name,sector,level,country,parent,website\n"
           "Region Uppsala,region,regional,SE,,https://www.regionuppsala.se\n"
           "Akademiska sjukhuset,healthcare_provider,regional,SE,Region Uppsala,\n");
    import(ImportKind::people,
           "name,email,title,organisation,country,perspectives,themes,languages,tags,notes,phone,"
           "lived_experience_consent_on\n"
           "Märta Åkesson,marta@example.se,\"Överläkare, psykiatri\",Akademiska sjukhuset,SE,"
           "healthcare_professional|lived_experience,stigma_reduction,sv|en,kickoff,"
           "\"Två rader\nanteckningar\",+46 18 611 00 00,2026-02-01\n"
           "Olek Nowak,olek@example.pl,Researcher,,PL,researcher,digital_health,pl,,,,\n");
  }
  void TearDown() override {
    lease_.reset();
    RegisterTest::TearDown();
  }

  void import(ImportKind kind, const std::string& text) {
    auto r = import_csv(*session_, {kind, false}, text, access::system_principal("test"));
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(r->ok()) << format_problem("setup", r->problems.front());
  }

  std::string export_text(ImportKind kind, ExportFormat format, const Viewer& viewer,
                          csv::WriteOptions options = {}) {
    auto out = export_register(*session_, kind, format, viewer, options);
    EXPECT_TRUE(out.ok()) << (out.ok() ? "" : out.error().message);
    return out.ok() ? out.value() : "";
  }

  storage::Session* session_ = nullptr;
  std::optional<storage::SessionPool::Lease> lease_;
};

TEST_P(ExportTest, CsvUsesImportHeadersAndJoinsValues) {
  std::string text = export_text(ImportKind::people, ExportFormat::csv, as_coordinator());
  auto parsed = csv::parse(text);
  ASSERT_FALSE(parsed.error);
  EXPECT_EQ(parsed.table.header.fields.front(), "name");
  // With the day of consent to lived experience and the mark on notes that hold health details:
  // the coordinator sees them.
  EXPECT_EQ(parsed.table.header.fields.size(), 15u);
  EXPECT_EQ(parsed.table.header.fields[10], "notes_special");
  EXPECT_EQ(parsed.table.header.fields.back(), "lived_experience_consent_on");
  EXPECT_EQ(parsed.table.records[0].fields.back(), "2026-02-01");
  ASSERT_EQ(parsed.table.records.size(), 2u);
  const auto& marta = parsed.table.records[0].fields;  // sorted by name: M before O
  EXPECT_EQ(marta[0], "Märta Åkesson");
  EXPECT_EQ(marta[2], "Överläkare, psykiatri");
  EXPECT_EQ(marta[3], "Akademiska sjukhuset");
  EXPECT_EQ(marta[5], "healthcare_professional|lived_experience");
  EXPECT_EQ(marta[9], "Två rader\nanteckningar");
  EXPECT_EQ(marta[10], "no");

  std::string orgs = export_text(ImportKind::organisations, ExportFormat::csv, as_coordinator());
  EXPECT_NE(orgs.find("Akademiska sjukhuset,healthcare_provider,regional,SE,Region Uppsala,\n"),
            std::string::npos)
      << orgs;
}

TEST_P(ExportTest, ExportedCsvImportsAgainUnchanged) {
  for (auto kind : {ImportKind::organisations, ImportKind::people}) {
    for (bool excel : {false, true}) {
      csv::WriteOptions options{excel ? ';' : ',', excel, excel, true};
      std::string text = export_text(kind, ExportFormat::csv, as_coordinator(), options);
      auto r = import_csv(*session_, {kind, false}, text, access::system_principal("test"));
      ASSERT_TRUE(r.ok());
      ASSERT_TRUE(r->ok()) << format_problem("export", r->problems.front());
      EXPECT_EQ(r->created, 0);
      EXPECT_EQ(r->updated, 0);
      EXPECT_EQ(r->unchanged, 2);
    }
  }
}

TEST_P(ExportTest, AnOrganisationToCompleteExportsWithEmptyCellsAndImportsAgain) {
  import(ImportKind::people, "name,organisation\nIda Lund,Ny förening\n");
  std::string text = export_text(ImportKind::organisations, ExportFormat::csv, as_coordinator());
  EXPECT_NE(text.find("Ny förening,,,,,\n"), std::string::npos) << text;
  auto r = import_csv(*session_, {ImportKind::organisations, false}, text,
                      access::system_principal("test"));
  ASSERT_TRUE(r.ok());
  ASSERT_TRUE(r->ok()) << format_problem("export", r->problems.front());
  EXPECT_EQ(r->unchanged, 3);
}

TEST_P(ExportTest, ViewersWhoMayNotSeeLivedExperienceDoNotGetIt) {
  for (auto format : {ExportFormat::csv, ExportFormat::json}) {
    EXPECT_NE(export_text(ImportKind::people, format, as_coordinator()).find("lived_experience"),
              std::string::npos);
    std::string redacted = export_text(ImportKind::people, format, as_observer());
    EXPECT_EQ(redacted.find("lived_experience"), std::string::npos);
    if (format == ExportFormat::csv) {
      EXPECT_EQ(redacted.find("notes_special"), std::string::npos);
    }
    EXPECT_NE(redacted.find("healthcare_professional"), std::string::npos);
  }
}

TEST_P(ExportTest, JsonIsAnArrayOfWireObjects) {
  auto json =
      nlohmann::json::parse(export_text(ImportKind::people, ExportFormat::json, as_coordinator()));
  ASSERT_TRUE(json.is_array());
  ASSERT_EQ(json.size(), 2u);
  EXPECT_EQ(json[0]["name"], "Märta Åkesson");
  EXPECT_EQ(json[0]["organisation_name"], "Akademiska sjukhuset");
  EXPECT_TRUE(json[0]["id"].is_number_integer());
}

TEST_P(ExportTest, XlsxIsAZipWorkbook) {
  std::string bytes = export_text(ImportKind::organisations, ExportFormat::xlsx, as_coordinator());
  ASSERT_GT(bytes.size(), 1000u);
  EXPECT_EQ(bytes.substr(0, 2), "PK");
  EXPECT_NE(bytes.find("xl/workbook.xml"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, ExportTest,
                         ::testing::ValuesIn(storage::testing::test_backends()), backend_name);

}  // namespace
}  // namespace samla::registry::testing
