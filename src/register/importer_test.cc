#include "register/importer.h"

#include <algorithm>

#include "register/register_test_support.h"

namespace samla::registry::testing {
namespace {

TEST(ImportColumns, MatchesEnglishAndSwedishHeadersLoosely) {
  using K = ImportKind;
  EXPECT_EQ(column_for_header(K::people, " Name "), Column::name);
  EXPECT_EQ(column_for_header(K::people, "Namn"), Column::name);
  EXPECT_EQ(column_for_header(K::people, "E-post"), Column::email);
  EXPECT_EQ(column_for_header(K::people, "e_mail"), Column::email);
  EXPECT_EQ(column_for_header(K::people, "SPRÅK"), Column::languages);
  EXPECT_EQ(column_for_header(K::people, "Anteckningar"), Column::notes);
  EXPECT_EQ(column_for_header(K::people, "Mapped by"), Column::mapped_by);
  EXPECT_EQ(column_for_header(K::people, "kartlagd av"), Column::mapped_by);
  EXPECT_EQ(column_for_header(K::organisations, "Överordnad"), Column::parent);
  EXPECT_EQ(column_for_header(K::organisations, "Nivå"), Column::level);
  EXPECT_EQ(column_for_header(K::organisations, "webbplats"), Column::website);
  EXPECT_EQ(column_for_header(K::organisations, "email"), std::nullopt);  // people only
  // A people sheet may give each organisation's sector and level, to create it.
  EXPECT_EQ(column_for_header(K::people, "Sektor"), Column::sector);
  EXPECT_EQ(column_for_header(K::people, "parent"), std::nullopt);
  EXPECT_EQ(column_for_header(K::people, "nam"), std::nullopt);
}

TEST(ImportColumns, MapsVocabularyLabelsInBothLanguages) {
  EXPECT_EQ(vocabulary_value(Vocabulary::sector, "civil_society"), "civil_society");
  EXPECT_EQ(vocabulary_value(Vocabulary::sector, "Civil society"), "civil_society");
  EXPECT_EQ(vocabulary_value(Vocabulary::sector, "Civilsamhälle"), "civil_society");
  EXPECT_EQ(vocabulary_value(Vocabulary::sector, "MYNDIGHET"), "agency");
  EXPECT_EQ(vocabulary_value(Vocabulary::level, "Nationell"), "national");
  EXPECT_EQ(vocabulary_value(Vocabulary::perspective, "Hälso- och sjukvårdspersonal"),
            "healthcare_professional");
  EXPECT_EQ(vocabulary_value(Vocabulary::perspective, "Lived experience"), "lived_experience");
  EXPECT_EQ(vocabulary_value(Vocabulary::perspective, "egen erfarenhet"), "lived_experience");
  EXPECT_EQ(vocabulary_value(Vocabulary::perspective, "astrologer"), std::nullopt);
  EXPECT_EQ(vocabulary_value(Vocabulary::level, "municipality"), std::nullopt);
}

TEST(ImportColumns, SplitsAndJoinsMultiValueCells) {
  EXPECT_EQ(split_values(" a | b||c "), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_TRUE(split_values("  ").empty());
  EXPECT_EQ(join_values({"sv", "en"}), "sv|en");
}

TEST(ImportFormat, ProblemLinesNameFileLineAndColumn) {
  EXPECT_EQ(
      format_problem("p.csv", {7, "land", Message(Msg::unknown_country_name, {{"value", "X"}})}),
      "p.csv:7: land: unknown country 'X'; use an ISO code such as SE or a Swedish or English "
      "name");
  EXPECT_EQ(format_problem("p.csv", {1, "", Msg::file_empty}),
            "p.csv:1: the file is empty: the first line must name the columns");
  // In Swedish for a Swedish terminal, a warning said as one.
  EXPECT_EQ(
      format_problem("p.csv", {7, "land", Message(Msg::unknown_country_name, {{"value", "X"}})},
                     Language::sv)
          .find("p.csv:7: land: okänt land ”X”"),
      0u);
  EXPECT_EQ(
      format_problem("p.csv", {1, "Kontakt", Message(Msg::column_ignored, {{"columns", "a"}})},
                     Language::sv, true)
          .find("p.csv:1: Kontakt: varning: inte en kolumn"),
      0u);
}

class ImportTest : public RegisterTest {
 protected:
  ImportReport run(ImportKind kind, const std::string& text, bool dry_run = false) {
    auto lease = pool_->acquire();
    EXPECT_TRUE(lease.ok());
    auto report =
        import_csv(**lease, {kind, dry_run}, text, access::system_principal("cli:import"));
    EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().message);
    return report.ok() ? report.value() : ImportReport{};
  }
  ImportReport organisations(const std::string& text, bool dry_run = false) {
    return run(ImportKind::organisations, text, dry_run);
  }
  ImportReport people(const std::string& text, bool dry_run = false) {
    return run(ImportKind::people, text, dry_run);
  }
  std::vector<Person> all_people() {
    PersonFilter f;
    f.limit = kMaxPageSize;
    auto page = service_->list_people(f, as_coordinator());
    EXPECT_TRUE(page.ok());
    return page.ok() ? page->items : std::vector<Person>{};
  }
  std::vector<Organisation> all_organisations() {
    OrganisationFilter f;
    f.limit = kMaxPageSize;
    auto page = service_->list_organisations(f, as_coordinator());
    EXPECT_TRUE(page.ok());
    return page.ok() ? page->items : std::vector<Organisation>{};
  }
  static std::vector<std::string> lines(const ImportReport& r) {
    std::vector<std::string> out;
    for (const auto& p : r.problems) out.push_back(format_problem("f.csv", p));
    return out;
  }
  // Passes when the import found no problem, else fails and lists them.
  static ::testing::AssertionResult imported(const ImportReport& r) {
    if (r.ok()) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << ::testing::PrintToString(lines(r));
  }
  // The first of `records` that `match` accepts, or nullptr.
  template <typename T, typename Match>
  static const T* find_first(const std::vector<T>& records, Match match) {
    auto it = std::find_if(records.begin(), records.end(), match);
    return it == records.end() ? nullptr : &*it;
  }
  // True when some problem is on `line`, in `column`, and mentions `text`.
  static bool has(const ImportReport& r, std::size_t line, const std::string& column,
                  const std::string& text) {
    return std::any_of(r.problems.begin(), r.problems.end(), [&](const ImportProblem& p) {
      return p.line == line && p.column == column && p.message.find(text) != std::string::npos;
    });
  }
};

const char* kOrganisations =
    "name,sector,level,country,parent,website\n"
    "Psykiatri Skåne,healthcare_provider,regional,SE,Region Skåne,https://www.skane.se\n"
    "Region Skåne,region,regional,Sverige,,\n"
    "Folkhälsomyndigheten,Myndighet,Nationell,SE,,https://www.folkhalsomyndigheten.se\n";

TEST_P(ImportTest, CreatesOrganisationsWithParentsFromTheSameFile) {
  auto r = organisations(kOrganisations);
  ASSERT_TRUE(imported(r));
  EXPECT_EQ(r.created, 3);
  auto orgs = all_organisations();
  ASSERT_EQ(orgs.size(), 3u);
  auto* psykiatri = find_first(orgs, [](auto& o) { return o.name == "Psykiatri Skåne"; });
  ASSERT_NE(psykiatri, nullptr);
  EXPECT_EQ(psykiatri->parent_name, "Region Skåne");
  EXPECT_EQ(psykiatri->sector, "healthcare_provider");
}

TEST_P(ImportTest, ImportsExcelSwedishPeopleFile) {
  ASSERT_TRUE(organisations(kOrganisations).ok());
  std::string text =
      "\xEF\xBB\xBFNamn;E-post;Titel;Organisation;Land;Perspektiv;Teman;Språk;Taggar;"
      "Anteckningar;Samtycke egen erfarenhet\r\n"
      "Åsa Öberg;asa.oberg@example.se;Enhetschef;Psykiatri Skåne;Sverige;"
      "Hälso- och sjukvårdspersonal|Egen erfarenhet;Minskat stigma|digital_health;sv|EN;"
      "kickoff;\"Träffades i Malmö;\r\nvill delta\";2026-02-01\r\n"
      "Jörgen Ärlig;;Utredare;Folkhälsomyndigheten;se;Beslutsfattare;Access to services;sv;;;\r\n";
  auto r = people(text);
  ASSERT_TRUE(imported(r));
  EXPECT_EQ(r.created, 2);
  auto list = all_people();
  ASSERT_EQ(list.size(), 2u);
  auto* asa = find_first(list, [](auto& p) { return p.name == "Åsa Öberg"; });
  ASSERT_NE(asa, nullptr);
  EXPECT_EQ(asa->country, "SE");
  EXPECT_EQ(asa->organisation_name, "Psykiatri Skåne");
  EXPECT_EQ(asa->perspectives,
            (std::vector<std::string>{"healthcare_professional", "lived_experience"}));
  EXPECT_EQ(asa->themes, (std::vector<std::string>{"digital_health", "stigma_reduction"}));
  EXPECT_EQ(asa->languages, (std::vector<std::string>{"en", "sv"}));
  EXPECT_EQ(asa->notes, "Träffades i Malmö;\nvill delta");
}

TEST_P(ImportTest, ReportsEveryProblemWithLineAndColumnAndWritesNothing) {
  ASSERT_TRUE(organisations(kOrganisations).ok());
  std::string text =
      "name,E-mail,organisation,Land,perspectives,themes,languages\n"        // line 1
      "Anna Berg,anna@example.org,Folkhälsomyndigheten,SE,researcher,,sv\n"  // 2: fine
      "Bo Ek,bo@example,Nowhere AB,Atlantis,astrologer,knitting,swedish\n"   // 3: five problems
      ",nameless@example.org,,,,,\n"                                         // 4: no name
      "Cecilia Dahl,anna@example.org,,,,,\n"                    // 5: same e-mail as line 2
      "\"Multi\nline\",x@example.org,,SE,researcher,,\n"        // 6-7: fine, then line 8
      "Dan Fors,dan@example.org,,Norge,policymaker,,,extra\n";  // 8: value outside columns
  auto r = people(text);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(has(r, 3, "E-mail", "not an e-mail")) << ::testing::PrintToString(lines(r));
  EXPECT_TRUE(has(r, 3, "Land", "unknown country 'Atlantis'"));
  EXPECT_TRUE(has(r, 3, "perspectives", "unknown perspective 'astrologer'"));
  EXPECT_TRUE(has(r, 3, "themes", "unknown theme 'knitting'"));
  EXPECT_TRUE(has(r, 3, "languages", "'swedish'"));
  EXPECT_TRUE(has(r, 4, "name", "is required"));
  EXPECT_TRUE(has(r, 5, "E-mail", "same person as on line 2"));
  EXPECT_TRUE(has(r, 8, "column 8", "without a header"));
  EXPECT_EQ(r.problems.size(), 8u) << ::testing::PrintToString(lines(r));
  EXPECT_EQ(r.created, 0);
  EXPECT_TRUE(all_people().empty());
  EXPECT_EQ(all_organisations().size(), 3u);  // nor Nowhere AB, which it would have created
  EXPECT_EQ(audit_count("person"), 0);
}

TEST_P(ImportTest, TheMarkOnNotesThatHoldHealthDetailsIsReadAsYesOrNo) {
  std::string text =
      "Namn;Anteckningar;Hälsouppgifter i anteckningarna\n"
      "Ada Berg;Tillbaka efter sjukskrivning;ja\n"
      "Bo Ek;Vill delta;nej\n"
      "Cia Dahl;Träffades i Lund;\n";
  ASSERT_TRUE(imported(people(text)));
  std::map<std::string, bool> marked;
  for (const auto& p : all_people()) marked[p.name] = p.notes_special;
  EXPECT_EQ(marked, (std::map<std::string, bool>{{"Ada Berg", true}, {"Bo Ek", false}, {"Cia Dahl", false}}));
  auto refused = people("name,notes,notes_special\nDan Fors,Text,kanske\n");
  ASSERT_FALSE(refused.ok());
  EXPECT_TRUE(has(refused, 2, "notes_special", "must be yes or no")) << ::testing::PrintToString(lines(refused));
}

TEST_P(ImportTest, ReportsHeaderProblems) {
  auto r = people("name;emial;Email;email\nAnna;;;\n");
  EXPECT_TRUE(has(r, 1, "email", "appears twice"));
  // A column samla does not know is left out with a warning, not an error.
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].line, 1u);
  EXPECT_EQ(r.warnings[0].column, "emial");
  EXPECT_EQ(r.warnings[0].what.code, Msg::column_ignored);
  EXPECT_EQ(r.problems.size(), 1u) << ::testing::PrintToString(lines(r));
  auto o = organisations("namn,land\nX,SE\n");
  EXPECT_TRUE(has(o, 1, "sector", "required column is missing"));
  EXPECT_TRUE(has(o, 1, "level", "required column is missing"));
  EXPECT_TRUE(all_organisations().empty());
}

TEST_P(ImportTest, AnUnknownColumnIsLeftOutAndTheRestImported) {
  auto r = people("Namn;Vår kod;E-post\nAnna Berg;A-17;anna@example.org\n");
  ASSERT_TRUE(r.ok()) << ::testing::PrintToString(lines(r));
  EXPECT_EQ(r.created, 1);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].column, "Vår kod");
  auto stored = all_people();
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].email, "anna@example.org");
}

TEST_P(ImportTest, ReportsFileProblemsWithTheirLine) {
  auto quote = people("name,notes\nA,ok\nB,\"open\n");
  ASSERT_EQ(quote.problems.size(), 1u);
  EXPECT_EQ(quote.problems[0].line, 3u);
  EXPECT_EQ(quote.problems[0].column, "");
  auto latin1 = people("name\nJ\xF6rgen\n");
  ASSERT_EQ(latin1.problems.size(), 1u);
  EXPECT_EQ(latin1.problems[0].line, 2u);
  EXPECT_FALSE(people("").ok());
}

TEST_P(ImportTest, ReportsOrganisationProblems) {
  auto r = organisations(
      "name,sector,level,country,parent\n"
      "A,agency,national,SE,B\n"
      "B,agency,national,SE,A\n"       // a loop with line 2
      "C,space_agency,galactic,SE,\n"  // two vocabulary problems
      "D,agency,local,SE,Nobody\n"     // unknown parent
      "A,agency,local,Sweden,\n");     // the same as line 2
  EXPECT_TRUE(has(r, 2, "parent", "loop")) << ::testing::PrintToString(lines(r));
  EXPECT_TRUE(has(r, 3, "parent", "loop"));
  EXPECT_TRUE(has(r, 4, "sector", "unknown value 'space_agency'"));
  EXPECT_TRUE(has(r, 4, "level", "unknown value 'galactic'"));
  EXPECT_TRUE(has(r, 5, "parent", "no organisation named 'Nobody'"));
  EXPECT_TRUE(has(r, 6, "name", "same organisation as on line 2"));
  EXPECT_TRUE(all_organisations().empty());
}

TEST_P(ImportTest, DryRunCountsButWritesNothing) {
  auto r = organisations(kOrganisations, true);
  ASSERT_TRUE(imported(r));
  EXPECT_EQ(r.created, 3);
  EXPECT_TRUE(all_organisations().empty());
  EXPECT_EQ(audit_count("organisation"), 0);
  EXPECT_EQ(summary_line(r),
            "dry run, nothing written: organisations: 3 to create, 0 to update, 0 unchanged");
}

TEST_P(ImportTest, ReimportUpdatesInsteadOfDuplicating) {
  ASSERT_TRUE(organisations(kOrganisations).ok());
  std::string first =
      "name,email,title,organisation,phone,tags\n"
      "Anna Berg,anna@example.org,Analyst,Folkhälsomyndigheten,'+46 8 123 456,a|b\n"
      "Bo Ek,,Nurse,Psykiatri Skåne,,\n";
  ASSERT_TRUE(people(first).ok());
  auto before = all_people();
  ASSERT_EQ(before.size(), 2u);
  EXPECT_EQ(before[0].phone, "+46 8 123 456");  // the spreadsheet formula guard is undone

  // Anna matches by e-mail (her name changed), Bo by name and organisation. The file lacks
  // the phone and tags columns, so those stay as they were.
  std::string second =
      "name,email,title,organisation\n"
      "Anna Berg-Lind,ANNA@example.org,Senior analyst,Folkhälsomyndigheten\n"
      "Bo Ek,,Nurse,Psykiatri Skåne\n"
      "Cia Holm,cia@example.org,,\n";
  auto r = people(second);
  ASSERT_TRUE(imported(r));
  EXPECT_EQ(r.created, 1);
  EXPECT_EQ(r.updated, 1);
  EXPECT_EQ(r.unchanged, 1);
  EXPECT_EQ(summary_line(r), "imported people: 1 created, 1 updated, 1 unchanged");
  auto after = all_people();
  ASSERT_EQ(after.size(), 3u);
  auto* anna = find_first(after, [](auto& p) { return p.email == "anna@example.org"; });
  ASSERT_NE(anna, nullptr);
  EXPECT_EQ(anna->meta.id, before[0].meta.id);
  EXPECT_EQ(anna->name, "Anna Berg-Lind");
  EXPECT_EQ(anna->title, "Senior analyst");
  EXPECT_EQ(anna->phone, "+46 8 123 456");
  EXPECT_EQ(anna->tags, (std::vector<std::string>{"a", "b"}));

  // Organisations match by name and country.
  auto again = organisations(
      "name,sector,level,country\nFolkhälsomyndigheten,agency,national,SE\n"
      "Folkhälsomyndigheten,agency,national,NO\n");
  ASSERT_TRUE(imported(again));
  EXPECT_EQ(again.unchanged, 1);
  EXPECT_EQ(again.created, 1);
  EXPECT_EQ(all_organisations().size(), 4u);
}

TEST_P(ImportTest, AmbiguousOrganisationNameNeedsTheCountry) {
  ASSERT_TRUE(organisations("name,sector,level,country\nMind,civil_society,national,SE\n"
                            "Mind,civil_society,national,GB\n")
                  .ok());
  auto r = people("name,organisation\nEva,Mind\n");
  EXPECT_TRUE(has(r, 2, "organisation", "several organisations are named 'Mind'"));
  auto ok = people("name,organisation,country\nEva,Mind,GB\n");
  ASSERT_TRUE(imported(ok));
  EXPECT_EQ(all_people().at(0).organisation_name, "Mind");
}

TEST_P(ImportTest, APeopleSheetCreatesTheOrganisationsItNamesWithTheirSectorAndLevel) {
  ASSERT_TRUE(organisations(kOrganisations).ok());
  const std::string sheet =
      "Namn,Organisation,Land,Sektor,Nivå\n"
      "Anna Berg,Kommun A,Sverige,Kommun,Lokal\n"
      "Bo Ek,Kommun A,Sverige,,\n"                         // the same new one: no need to repeat
      "Cia Dal,Folkhälsomyndigheten,SE,Region,Regional\n"  // there already: the cells are ignored
      "Dan Ås,Nytt förbund,,Civilsamhälle,Nationell\n";
  auto preview = people(sheet, true);
  ASSERT_TRUE(imported(preview));
  ASSERT_EQ(preview.organisations_created.size(), 2u);
  EXPECT_EQ(preview.organisations_created[0].line, 2u);
  EXPECT_EQ(preview.organisations_created[0].name, "Kommun A");
  EXPECT_EQ(preview.organisations_created[0].country, "SE");
  EXPECT_EQ(preview.organisations_created[0].sector, "municipality");
  EXPECT_EQ(preview.organisations_created[1].level, "national");
  EXPECT_EQ(all_organisations().size(), 3u);  // a dry run writes nothing

  auto r = people(sheet);
  ASSERT_TRUE(imported(r));
  EXPECT_EQ(r.created, 4);
  auto orgs = all_organisations();
  ASSERT_EQ(orgs.size(), 5u);
  auto* kommun = find_first(orgs, [](auto& o) { return o.name == "Kommun A"; });
  ASSERT_NE(kommun, nullptr);
  EXPECT_EQ(kommun->sector, "municipality");
  EXPECT_EQ(kommun->level, "local");
  auto* fhm = find_first(orgs, [](auto& o) { return o.name == "Folkhälsomyndigheten"; });
  EXPECT_EQ(fhm->sector, "agency");
  auto all = all_people();
  auto* bo = find_first(all, [](auto& p) { return p.name == "Bo Ek"; });
  ASSERT_NE(bo, nullptr);
  EXPECT_EQ(bo->organisation_id, kommun->meta.id);
  // Imported again, nothing new: the organisations are there now.
  auto again = people(sheet);
  ASSERT_TRUE(imported(again));
  EXPECT_TRUE(again.organisations_created.empty());
  EXPECT_EQ(again.unchanged, 4);
}

TEST_P(ImportTest, ANewOrganisationHasOneSectorAndLevelFromTheVocabulary) {
  auto r = people(
      "name,organisation,sector,level\n"
      "Anna,Kommun A,,\n"  // neither: created "to complete"
      "Bo,Kommun B,municipality,local\n"
      "Cia,Kommun B,region,local\n"          // differs from line 3
      "Dan,Kommun C,space agency,local\n");  // not a sector
  EXPECT_TRUE(has(r, 4, "sector", "differs from line 3")) << ::testing::PrintToString(lines(r));
  EXPECT_TRUE(has(r, 5, "sector", "unknown value 'space agency'"));
  EXPECT_EQ(r.problems.size(), 2u);
  EXPECT_TRUE(r.organisations_created.empty());
  EXPECT_TRUE(all_organisations().empty());
  EXPECT_TRUE(all_people().empty());
}

TEST_P(ImportTest, AnOrganisationTheSheetSaysNothingAboutIsCreatedToComplete) {
  const std::string sheet =
      "Namn,Organisation,Land\n"
      "Anna Berg,Kommun A,Sverige\n"
      "Bo Ek,Kommun A,Sverige\n"
      "Cia Dal,Förening B,\n";
  auto preview = people(sheet, true);
  ASSERT_TRUE(imported(preview));
  ASSERT_EQ(preview.organisations_created.size(), 2u);
  EXPECT_EQ(preview.organisations_created[0].sector, std::nullopt);
  EXPECT_EQ(preview.organisations_created[0].level, std::nullopt);
  ASSERT_TRUE(imported(people(sheet)));
  auto orgs = all_organisations();
  ASSERT_EQ(orgs.size(), 2u);
  for (const auto& o : orgs) {
    EXPECT_EQ(o.sector, std::nullopt) << o.name;
    EXPECT_EQ(o.level, std::nullopt) << o.name;
  }
  OrganisationFilter to_complete;
  to_complete.to_complete = true;
  auto listed = service_->list_organisations(to_complete, as_coordinator());
  ASSERT_OK(listed);
  EXPECT_EQ(listed->total, 2);
  auto* kommun = find_first(orgs, [](auto& o) { return o.name == "Kommun A"; });
  ASSERT_NE(kommun, nullptr);
  EXPECT_EQ(all_people().at(0).organisation_id, kommun->meta.id);

  // Editing one asks for both (the form completes it); a sheet of organisations completes it
  // too, and one that still says nothing about them leaves it as it is.
  Organisation edited = *kommun;
  edited.level = "local";
  auto refused =
      service_->update_organisation(kommun->meta.id, edited, std::nullopt, coordinator());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().fields.at(0).field, "sector");
  ASSERT_TRUE(imported(
      organisations("name,country,sector,level,website\nFörening B,,,,https://b.example\n")));
  ASSERT_TRUE(imported(organisations("name,country,sector,level\nKommun A,SE,Kommun,Lokal\n")));
  listed = service_->list_organisations(to_complete, as_coordinator());
  ASSERT_OK(listed);
  ASSERT_EQ(listed->total, 1);
  EXPECT_EQ(listed->items.at(0).name, "Förening B");
  EXPECT_EQ(listed->items.at(0).website, "https://b.example");
  // A new organisation in a sheet of organisations still needs both.
  auto r = organisations("name,country,sector,level\nFörening C,,,\n");
  EXPECT_TRUE(has(r, 2, "sector", "required")) << ::testing::PrintToString(lines(r));
}

TEST_P(ImportTest, ALaterRowMayGiveTheSectorAndLevelAnEarlierOneLeftOut) {
  // A row that differs is told which row gave the value, and an organisation gets both or
  // neither.
  auto r = people(
      "name,organisation,sector,level\n"
      "Anna,Kommun A,,\n"
      "Bo,Kommun A,municipality,local\n"
      "Cia,Kommun A,region,\n");
  EXPECT_TRUE(has(r, 4, "sector", "differs from line 3")) << ::testing::PrintToString(lines(r));
  EXPECT_EQ(r.problems.size(), 1u) << ::testing::PrintToString(lines(r));
  r = people(
      "name,organisation,sector,level\n"
      "Anna,Kommun A,,\n"
      "Dan,Förening B,civil_society,\n");
  EXPECT_TRUE(has(r, 3, "level", "must be")) << ::testing::PrintToString(lines(r));
  EXPECT_TRUE(all_organisations().empty());
  ASSERT_TRUE(
      imported(people("name,organisation,sector,level\n"
                      "Anna,Kommun A,,\n"
                      "Bo,Kommun A,municipality,local\n")));
  auto orgs = all_organisations();
  ASSERT_EQ(orgs.size(), 1u);
  EXPECT_EQ(orgs[0].sector, "municipality");
  EXPECT_EQ(orgs[0].level, "local");
}

INSTANTIATE_TEST_SUITE_P(Backends, ImportTest,
                         ::testing::ValuesIn(storage::testing::test_backends()), backend_name);

}  // namespace
}  // namespace samla::registry::testing
