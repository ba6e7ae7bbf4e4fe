#include <algorithm>
#include <set>

#include "register/register_test_support.h"

namespace samla::registry::testing {
namespace {

bool has_field_error(const Error& e, const std::string& field) {
  return std::any_of(e.fields.begin(), e.fields.end(),
                     [&](const FieldError& f) { return f.field == field; });
}

std::vector<std::string> names_of(const std::vector<Person>& people) {
  std::vector<std::string> out;
  for (const auto& p : people) out.push_back(p.name);
  return out;
}

TEST_P(RegisterTest, SeedsIsoCountriesWithSwedishNamesAndTheFourThemes) {
  auto countries = service_->list_countries(Language::sv);
  ASSERT_TRUE(countries.ok());
  EXPECT_GT(countries->size(), 240u);
  auto se =
      std::find_if(countries->begin(), countries->end(), [](auto& c) { return c.code == "SE"; });
  ASSERT_NE(se, countries->end());
  EXPECT_EQ(se->name_sv, "Sverige");
  EXPECT_EQ(se->name_en, "Sweden");
  EXPECT_EQ(se->alpha3, "SWE");
  auto themes = service_->list_themes();
  ASSERT_TRUE(themes.ok());
  std::set<std::string> slugs;
  for (auto& t : themes.value()) slugs.insert(t.slug);
  EXPECT_EQ(slugs, (std::set<std::string>{"access_to_services", "digital_health",
                                          "mental_health_promotion", "stigma_reduction"}));
}

TEST_P(RegisterTest, ResolvesCountriesByCodeOrName) {
  for (const char* text : {"SE", "se", "SWE", "Sweden", "sweden", "Sverige", "SVERIGE"}) {
    auto code = service_->resolve_country(text);
    ASSERT_TRUE(code.ok()) << text;
    EXPECT_EQ(code.value(), "SE") << text;
  }
  auto norway = service_->resolve_country("Norge");
  ASSERT_TRUE(norway.ok());
  EXPECT_EQ(norway.value(), "NO");
  auto finland = service_->resolve_country("åland");  // case folding beyond ASCII
  ASSERT_TRUE(finland.ok());
  EXPECT_EQ(finland.value(), "AX");
  EXPECT_EQ(service_->resolve_country("Atlantis").error().code, ErrorCode::not_found);
}

TEST_P(RegisterTest, RejectsInvalidPersonNamingEveryField) {
  Person p;
  p.name = "  ";
  p.email = "not-an-email";
  p.perspectives = {"astrologer"};
  p.country = "Sweden";
  p.languages = {"swedish"};
  auto created = service_->create_person(p, coordinator());
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.error().code, ErrorCode::invalid);
  for (const char* field : {"name", "email", "perspectives", "country", "languages"})
    EXPECT_TRUE(has_field_error(created.error(), field)) << field;
  EXPECT_EQ(audit_count("person"), 0);
}

TEST_P(RegisterTest, RejectsUnknownReferences) {
  Person p;
  p.name = "Maja Lind";
  p.organisation_id = 9999;
  p.themes = {"astrology"};
  p.country = "XX";
  auto created = service_->create_person(p, coordinator());
  ASSERT_FALSE(created.ok());
  EXPECT_TRUE(has_field_error(created.error(), "organisation_id"));
  EXPECT_TRUE(has_field_error(created.error(), "themes"));
  EXPECT_TRUE(has_field_error(created.error(), "country"));
}

TEST_P(RegisterTest, CreatesReadsAndNormalisesAPerson) {
  auto org = make_organisation("Folkhälsomyndigheten");
  Person p;
  p.name = "  Åsa Öberg ";
  p.title = "Utredare";
  p.organisation_id = org.meta.id;
  p.country = "se";
  p.perspectives = {"researcher", "policymaker", "researcher"};
  p.themes = {"stigma_reduction", "digital_health"};
  p.languages = {"SV", "en"};
  p.email = "Asa.Oberg@Example.org";
  p.tags = {"Kickoff", "kickoff"};
  auto created = service_->create_person(p, coordinator());
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_EQ(created->name, "Åsa Öberg");
  EXPECT_EQ(created->country, "SE");
  EXPECT_EQ(created->email, "asa.oberg@example.org");
  EXPECT_EQ(created->perspectives, (std::vector<std::string>{"policymaker", "researcher"}));
  EXPECT_EQ(created->themes, (std::vector<std::string>{"digital_health", "stigma_reduction"}));
  EXPECT_EQ(created->languages, (std::vector<std::string>{"en", "sv"}));
  EXPECT_EQ(created->tags, (std::vector<std::string>{"kickoff"}));
  EXPECT_EQ(created->organisation_name, "Folkhälsomyndigheten");
  EXPECT_EQ(created->meta.version, 1);
  EXPECT_FALSE(created->meta.created_at.empty());

  auto read = service_->get_person(created->meta.id, as_coordinator());
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->themes, created->themes);
  EXPECT_EQ(service_->get_person(424242, as_coordinator()).error().code, ErrorCode::not_found);
}

TEST_P(RegisterTest, DuplicateEmailIsAConflict) {
  Person a;
  a.name = "A";
  a.email = "same@example.org";
  ASSERT_TRUE(service_->create_person(a, coordinator()).ok());
  Person b;
  b.name = "B";
  b.email = "SAME@example.org";
  auto created = service_->create_person(b, coordinator());
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.error().code, ErrorCode::conflict);
}

TEST_P(RegisterTest, StaleVersionIsRefusedAndChangesNothing) {
  auto person = make_person("Erik Nilsson");
  Person change = person;
  change.title = "Chef";
  auto first = service_->update_person(person.meta.id, change, person.meta.version, coordinator());
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->meta.version, 2);

  Person stale = person;
  stale.title = "Lost update";
  auto second = service_->update_person(person.meta.id, stale, person.meta.version, coordinator());
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, ErrorCode::precondition_failed);
  EXPECT_EQ(service_->get_person(person.meta.id, as_coordinator())->title, "Chef");

  auto deleted = service_->delete_person(person.meta.id, 1, coordinator());
  EXPECT_EQ(deleted.error().code, ErrorCode::precondition_failed);
  EXPECT_TRUE(service_->get_person(person.meta.id, as_coordinator()).ok());
  EXPECT_TRUE(service_->delete_person(person.meta.id, 2, coordinator()).ok());
  EXPECT_EQ(service_->get_person(person.meta.id, as_coordinator()).error().code,
            ErrorCode::not_found);
}

TEST_P(RegisterTest, EveryWriteIsAuditedWithBeforeAndAfter) {
  auto person = make_person("Karin Berg");
  Person change = person;
  change.notes = "Met at the kickoff";
  ASSERT_TRUE(service_->update_person(person.meta.id, change, std::nullopt, coordinator()).ok());
  ASSERT_TRUE(service_->delete_person(person.meta.id, std::nullopt, coordinator()).ok());

  auto lease = pool_->acquire();
  access::AuditQuery q;
  q.record_type = "person";
  q.record_id = std::to_string(person.meta.id);
  auto page = access::list_audit(**lease, q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->total, 3);
  // Newest first: delete, update, create.
  EXPECT_EQ(page->items[0].action, "delete");
  EXPECT_TRUE(page->items[0].before_json.has_value());
  EXPECT_FALSE(page->items[0].after_json.has_value());
  EXPECT_EQ(page->items[1].action, "update");
  EXPECT_NE(page->items[1].after_json->find("Met at the kickoff"), std::string::npos);
  EXPECT_EQ(page->items[1].before_json->find("Met at the kickoff"), std::string::npos);
  EXPECT_EQ(page->items[2].action, "create");
  EXPECT_EQ(page->items[2].user_name, "Coordinator");
}

TEST_P(RegisterTest, LivedExperienceIsHiddenFromObserversAndCannotBeFiltered) {
  auto person = make_person("Leila Haddad", std::nullopt, {"advocacy_group", "lived_experience"});
  auto seen = service_->get_person(person.meta.id, as_observer());
  ASSERT_TRUE(seen.ok());
  EXPECT_EQ(seen->perspectives, (std::vector<std::string>{"advocacy_group"}));
  auto full = service_->get_person(person.meta.id, as_coordinator());
  EXPECT_EQ(full->perspectives, (std::vector<std::string>{"advocacy_group", "lived_experience"}));

  PersonFilter filter;
  filter.perspective = "lived_experience";
  EXPECT_EQ(service_->list_people(filter, as_observer()).error().code, ErrorCode::forbidden);
  auto coordinator_view = service_->list_people(filter, as_coordinator());
  ASSERT_TRUE(coordinator_view.ok());
  EXPECT_EQ(coordinator_view->total, 1);

  auto listed = service_->list_people(PersonFilter{}, as_observer());
  ASSERT_TRUE(listed.ok());
  for (auto& p : listed->items)
    EXPECT_EQ(std::count(p.perspectives.begin(), p.perspectives.end(), "lived_experience"), 0);
}

TEST_P(RegisterTest, AnActorWhoCannotSeeLivedExperienceCannotEraseIt) {
  auto person = make_person("Jonas Ek", std::nullopt, {"lived_experience", "researcher"});
  Person seen = service_->get_person(person.meta.id, as_observer()).value();
  seen.title = "Forskare";
  auto updated = service_->update_person(person.meta.id, seen, std::nullopt, observer());
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(service_->get_person(person.meta.id, as_coordinator())->perspectives,
            (std::vector<std::string>{"lived_experience", "researcher"}));
}

TEST_P(RegisterTest, FiltersByEveryDimension) {
  auto region = make_organisation("Region Skåne", "region");
  auto ngo = make_organisation("Mind", "civil_society");
  auto no_org = make_organisation("Helsedirektoratet", "agency", "NO");
  const Person people[] = {
      {.name = "Anna",
       .organisation_id = region.meta.id,
       .country = "SE",
       .perspectives = {"policymaker"},
       .themes = {"digital_health"},
       .tags = {"kickoff"}},
      {.name = "Bo",
       .organisation_id = ngo.meta.id,
       .country = "SE",
       .perspectives = {"advocacy_group"},
       .themes = {"stigma_reduction"}},
      {.name = "Cecilie",
       .organisation_id = no_org.meta.id,
       .country = "NO",
       .perspectives = {"policymaker", "researcher"},
       .themes = {"digital_health"}},
  };
  for (const Person& p : people)
    ASSERT_TRUE(service_->create_person(p, coordinator()).ok()) << p.name;
  CountryGroup nordic;
  nordic.slug = "associated_countries";
  nordic.name = "Associated Countries";
  nordic.countries = {"NO", "IS"};
  ASSERT_TRUE(service_->create_country_group(nordic, coordinator()).ok());

  auto names = [&](PersonFilter f) {
    auto page = service_->list_people(f, as_coordinator());
    EXPECT_TRUE(page.ok()) << (page.ok() ? "" : page.error().message);
    EXPECT_EQ(page->total, static_cast<std::int64_t>(page->items.size()));
    return names_of(page->items);
  };
  PersonFilter f;
  f.country = "se";
  EXPECT_EQ(names(f), (std::vector<std::string>{"Anna", "Bo"}));
  f = {};
  f.country_group = "associated_countries";
  EXPECT_EQ(names(f), (std::vector<std::string>{"Cecilie"}));
  f = {};
  f.sector = "civil_society";
  EXPECT_EQ(names(f), (std::vector<std::string>{"Bo"}));
  f = {};
  f.perspective = "policymaker";
  EXPECT_EQ(names(f), (std::vector<std::string>{"Anna", "Cecilie"}));
  f.theme = "digital_health";
  f.country = "NO";
  EXPECT_EQ(names(f), (std::vector<std::string>{"Cecilie"}));
  f = {};
  f.tag = "kickoff";
  EXPECT_EQ(names(f), (std::vector<std::string>{"Anna"}));
  f = {};
  f.organisation_id = ngo.meta.id;
  EXPECT_EQ(names(f), (std::vector<std::string>{"Bo"}));
  f = {};
  f.sector = "astrology";
  EXPECT_EQ(service_->list_people(f, as_coordinator()).error().code, ErrorCode::invalid);
  f = {};
  f.country_group = "no_such_group";
  EXPECT_EQ(service_->list_people(f, as_coordinator()).error().fields.front().field,
            "country_group");
  f = {};
  f.theme = "no_such_theme";
  EXPECT_EQ(service_->list_people(f, as_coordinator()).error().fields.front().field, "theme");
}

TEST_P(RegisterTest, SearchesNamesOrganisationNamesAndNotes) {
  auto org = make_organisation("Nationell samverkan för psykisk hälsa", "civil_society");
  auto p = make_person("Ingrid Sjöberg", org.meta.id);
  Person noted = make_person("Oskar Lund");
  noted.notes = "Leads the peer-support network in Malmö";
  ASSERT_TRUE(service_->update_person(noted.meta.id, noted, std::nullopt, coordinator()).ok());

  auto search = [&](const std::string& q) {
    PersonFilter f;
    f.q = q;
    auto page = service_->list_people(f, as_coordinator());
    EXPECT_TRUE(page.ok()) << (page.ok() ? "" : page.error().message);
    return names_of(page->items);
  };
  EXPECT_EQ(search("Sjöberg"), (std::vector<std::string>{"Ingrid Sjöberg"}));
  EXPECT_EQ(search("ingr"), (std::vector<std::string>{"Ingrid Sjöberg"}));  // prefix
  EXPECT_EQ(search("samverkan"), (std::vector<std::string>{"Ingrid Sjöberg"}));
  EXPECT_EQ(search("peer support"), (std::vector<std::string>{"Oskar Lund"}));
  EXPECT_TRUE(search("nobody").empty());
  EXPECT_EQ(search("\"*) OR name:"), std::vector<std::string>{});  // operators are not syntax

  // Renaming the organisation re-indexes its people.
  Organisation renamed = org;
  renamed.name = "Riksförbundet Hjärnkoll";
  ASSERT_TRUE(
      service_->update_organisation(org.meta.id, renamed, std::nullopt, coordinator()).ok());
  EXPECT_EQ(search("Hjärnkoll"), (std::vector<std::string>{"Ingrid Sjöberg"}));
  EXPECT_TRUE(search("samverkan").empty());
  (void)p;
}

TEST_P(RegisterTest, NotesMarkedSpecialAreFoundOnlyByThoseWhoSeeSpecialCategoryData) {
  Person plain = make_person("Oskar Lund");
  plain.notes = "Runs the Kolibri peer group";
  ASSERT_TRUE(service_->update_person(plain.meta.id, plain, std::nullopt, coordinator()).ok());
  Person marked = make_person("Maja Berg");
  marked.notes = "Kolibri: spoke of her hospital stay";
  marked.notes_special = true;
  ASSERT_TRUE(service_->update_person(marked.meta.id, marked, std::nullopt, coordinator()).ok());

  Viewer open_reader = as_observer();
  open_reader.free_text_open = true;  // the programme opened free text to every reader
  auto search = [&](const std::string& q, const Viewer& viewer) {
    PersonFilter f;
    f.q = q;
    auto page = service_->list_people(f, viewer);
    EXPECT_TRUE(page.ok()) << (page.ok() ? "" : page.error().message);
    return names_of(page->items);
  };
  EXPECT_EQ(search("kolibri", as_coordinator()),
            (std::vector<std::string>{"Oskar Lund", "Maja Berg"}));  // in the order made
  EXPECT_EQ(search("kolibri", open_reader), (std::vector<std::string>{"Oskar Lund"}));
  EXPECT_TRUE(search("kolibri", as_observer()).empty());
  // Their names are found by all; their notes read only by those who may.
  EXPECT_EQ(search("maja berg", open_reader), (std::vector<std::string>{"Maja Berg"}));
  EXPECT_EQ(search("maja kolibri", as_coordinator()), (std::vector<std::string>{"Maja Berg"}));
  EXPECT_TRUE(search("maja kolibri", open_reader).empty());
  EXPECT_EQ(service_->get_person(marked.meta.id, as_coordinator())->notes, marked.notes);
  EXPECT_EQ(service_->get_person(marked.meta.id, open_reader)->notes, "");
  EXPECT_EQ(service_->get_person(plain.meta.id, open_reader)->notes, plain.notes);
}

TEST_P(RegisterTest, SortsByNameInTheViewersLanguage) {
  for (const char* name : {"Östen", "Zorn", "Åsa", "Adam", "Ärla", "Åke"}) make_person(name);
  PersonFilter f;
  f.sort = SortOrder::name;
  auto sv = service_->list_people(f, as_coordinator(Language::sv));
  ASSERT_TRUE(sv.ok());
  EXPECT_EQ(names_of(sv->items),
            (std::vector<std::string>{"Adam", "Zorn", "Åke", "Åsa", "Ärla", "Östen"}));
  auto en = service_->list_people(f, as_coordinator(Language::en));
  ASSERT_TRUE(en.ok());
  EXPECT_EQ(names_of(en->items),
            (std::vector<std::string>{"Adam", "Åke", "Ärla", "Åsa", "Östen", "Zorn"}));
}

TEST_P(RegisterTest, CursorPagesThroughEveryRowExactlyOnce) {
  std::set<std::string> expected;
  for (int i = 0; i < 23; ++i) {
    std::string name =
        "Person " + std::string(1, static_cast<char>('A' + (i * 7) % 23)) + std::to_string(i);
    make_person(name);
    expected.insert(name);
  }
  for (SortOrder sort : {SortOrder::id, SortOrder::name, SortOrder::updated}) {
    PersonFilter f;
    f.sort = sort;
    f.limit = 5;
    std::vector<std::string> seen;
    int pages = 0;
    while (true) {
      auto page = service_->list_people(f, as_coordinator(Language::sv));
      ASSERT_TRUE(page.ok()) << page.error().message;
      EXPECT_EQ(page->total, 23);
      for (auto& p : page->items) seen.push_back(p.name);
      ++pages;
      if (!page->next) break;
      f.cursor = page->next;
    }
    EXPECT_EQ(pages, 5);
    EXPECT_EQ(seen.size(), 23u);
    EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()), expected);
  }
  PersonFilter bad;
  bad.cursor = "garbage";
  EXPECT_EQ(service_->list_people(bad, as_coordinator()).error().code, ErrorCode::invalid);
}

TEST_P(RegisterTest, OrganisationsKeepTheirPeopleAndTreeSafe) {
  auto parent = make_organisation("Sveriges Kommuner och Regioner", "agency");
  Organisation child;
  child.name = "SKR Psykisk hälsa";
  child.sector = "agency";
  child.level = "national";
  child.country = "SE";
  child.parent_id = parent.meta.id;
  auto created = service_->create_organisation(child, coordinator());
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_EQ(created->parent_name, "Sveriges Kommuner och Regioner");

  // No cycles: the parent cannot become its child's child.
  Organisation cyclic = parent;
  cyclic.parent_id = created->meta.id;
  auto refused = service_->update_organisation(parent.meta.id, cyclic, std::nullopt, coordinator());
  ASSERT_FALSE(refused.ok());
  EXPECT_TRUE(has_field_error(refused.error(), "parent_id"));

  // Same name in the same country is a duplicate.
  auto duplicate = service_->create_organisation(child, coordinator());
  EXPECT_EQ(duplicate.error().code, ErrorCode::conflict);

  make_person("Lena Holm", created->meta.id);
  auto blocked = service_->delete_organisation(created->meta.id, std::nullopt, coordinator());
  EXPECT_EQ(blocked.error().code, ErrorCode::conflict);
  EXPECT_EQ(service_->delete_organisation(parent.meta.id, std::nullopt, coordinator()).error().code,
            ErrorCode::conflict);
}

TEST_P(RegisterTest, ThemesAndCountryGroupsAreEditable) {
  Theme t;
  t.slug = "suicide_prevention";
  t.name_en = "Suicide prevention";
  t.name_sv = "Suicidprevention";
  auto created = service_->create_theme(t, coordinator());
  ASSERT_TRUE(created.ok()) << created.error().message;
  Theme bad = t;
  bad.slug = "Not A Slug";
  EXPECT_TRUE(has_field_error(service_->create_theme(bad, coordinator()).error(), "slug"));
  EXPECT_EQ(service_->create_theme(t, coordinator()).error().code, ErrorCode::conflict);

  Person expert;
  expert.name = "Expert";
  expert.themes = {"suicide_prevention"};
  auto person = service_->create_person(expert, coordinator());
  ASSERT_TRUE(person.ok());
  EXPECT_EQ(service_->delete_theme(created->meta.id, std::nullopt, coordinator()).error().code,
            ErrorCode::conflict);

  CountryGroup g;
  g.slug = "member_states";
  g.name = "Member States";
  g.countries = {"se", "FI", "XX"};
  auto invalid = service_->create_country_group(g, coordinator());
  ASSERT_FALSE(invalid.ok());
  EXPECT_TRUE(has_field_error(invalid.error(), "countries"));
  g.countries = {"se", "FI", "EE"};
  auto group = service_->create_country_group(g, coordinator());
  ASSERT_TRUE(group.ok()) << group.error().message;
  EXPECT_EQ(group->countries, (std::vector<std::string>{"EE", "FI", "SE"}));
  g.countries = {"LT"};
  auto updated =
      service_->update_country_group(group->meta.id, g, group->meta.version, coordinator());
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated->countries, (std::vector<std::string>{"LT"}));
  EXPECT_TRUE(
      service_->delete_country_group(group->meta.id, updated->meta.version, coordinator()).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, RegisterTest,
                         ::testing::ValuesIn(storage::testing::test_backends()), backend_name);

}  // namespace
}  // namespace samla::registry::testing
