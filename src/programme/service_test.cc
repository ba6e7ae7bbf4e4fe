// Programmes on both backends: the default programme holds what names none, a programme starts
// from a template with its phases and gates, the gates check the data and refuse to pass with
// unmet criteria until a coordinator signs them off with a note, and bad input is named and
// changes nothing.
#include "programme/service.h"

#include <set>

#include "actions/store.h"
#include "events/wire.h"
#include "groups/service.h"
#include "programme/criteria.h"
#include "programme/store.h"
#include "programme/templates.h"
#include "register/register_test_support.h"

namespace samla::programme {
namespace {

using registry::testing::RegisterTest;

class ProgrammeTest : public RegisterTest {
 protected:
  void SetUp() override {
    RegisterTest::SetUp();
    if (HasFatalFailure()) return;
    migrate_through("");  // the gates read every capability's tables
    if (HasFatalFailure()) return;
    programmes_ = std::make_unique<ProgrammeService>(*pool_);
  }
  void TearDown() override {
    programmes_.reset();
    RegisterTest::TearDown();
  }

  void sql(const std::string& statement, const storage::Params& params = {}) {
    auto lease = pool_->acquire();
    ASSERT_OK(lease);
    ASSERT_OK((**lease).execute(statement, params));
  }

  Programme swedish(std::vector<Membership> members = {}) {
    Programme p;
    p.name = "Kraftsamling för psykisk hälsa";
    p.purpose = "Bring every actor together";
    p.template_key = "swedish_process";
    p.goals = {{0, "Shorter waits for a first contact", "days to first contact", "7"}};
    p.workstreams = {{0, "Children and young people", ""}, {0, "Adults", ""}};
    p.members = std::move(members);
    return get(programmes_->create(p, coordinator()));
  }

  Phase phase_named(std::int64_t programme, const std::string& key) {
    for (auto& p : get(programmes_->phases(programme)))
      if (p.key == key) return p;
    ADD_FAILURE() << "no phase " << key;
    return {};
  }

  std::unique_ptr<ProgrammeService> programmes_;
};

TEST_P(ProgrammeTest, TheDefaultProgrammeHoldsWhatNamesNone) {
  auto all = get(programmes_->list());
  ASSERT_EQ(all.size(), 1u);
  EXPECT_TRUE(all[0].is_default);
  const Programme mine = swedish();
  groups::GroupsService groups(*pool_);
  groups::Group g;
  g.name = "Working group";
  EXPECT_EQ(get(groups.create(g, coordinator())).programme_id, all[0].id);
  g.programme_id = mine.id;
  const auto placed = get(groups.create(g, coordinator()));
  EXPECT_EQ(placed.programme_id, mine.id);
  // A change that names no programme leaves the group where it is.
  g.programme_id.reset();
  EXPECT_EQ(get(groups.update(placed.id, g, placed.version, coordinator())).programme_id, mine.id);
  // The group's meeting and the group's action plan go where the group is.
  auto meeting = events::event_from_json(nlohmann::json::parse(
      R"({"title": "Meeting", "format": "online", "link": "https://meet.example.org/m",
          "capacity": 10, "starts_at": "2027-03-10T10:00", "ends_at": "2027-03-10T11:00",
          "time_zone": "Europe/Stockholm", "type": "group_meeting"})"));
  ASSERT_OK(meeting);
  EXPECT_EQ(get(groups.add_meeting(placed.id, meeting.value(), coordinator())).programme_id,
            mine.id);
  {
    auto lease = pool_->acquire();
    ASSERT_OK(lease);
    actions::ActionPlan plan;
    plan.title = "The group's plan";
    plan.group_id = placed.id;
    EXPECT_EQ(get(actions::store::insert_plan(**lease, plan, coordinator())).programme_id, mine.id);
  }
  g.programme_id = 999;
  auto refused = groups.create(g, coordinator());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), std::set<std::string>{"programme_id"});

  // The default programme is kept; a programme that holds a group is kept too.
  auto kept = programmes_->remove(all[0].id, std::nullopt, coordinator());
  ASSERT_FALSE(kept.ok());
  EXPECT_EQ(kept.error().code, ErrorCode::conflict);
  auto holding = programmes_->remove(mine.id, std::nullopt, coordinator());
  ASSERT_FALSE(holding.ok());
  EXPECT_EQ(holding.error().code, ErrorCode::conflict);
  EXPECT_EQ(get(programmes_->list()).size(), 2u);
}

// The home's recent changes: only the programme's own records (an action through its plan), newest
// first, named by title (a phase in the reader's language), never anything about people; a limit
// and an unknown programme are honoured.
TEST_P(ProgrammeTest, RecentChangesNameTheProgrammesOwnRecordsNewestFirst) {
  const Programme mine = swedish();
  const std::int64_t fallback = get(programmes_->list())[0].id;
  groups::GroupsService groups(*pool_);
  groups::Group elsewhere;
  elsewhere.name = "A group of the default programme";
  ASSERT_OK(groups.create(elsewhere, coordinator()));
  groups::Group ours = elsewhere;
  ours.name = "Arbetsgrupp barn och unga";
  ours.programme_id = mine.id;
  ASSERT_OK(groups.create(ours, coordinator()));
  {
    auto lease = pool_->acquire();
    ASSERT_OK(lease);
    actions::ActionPlan plan;
    plan.title = "Handlingsplan";
    plan.theme = "stigma_reduction";
    plan.programme_id = mine.id;
    const auto made = get(actions::store::insert_plan(**lease, plan, coordinator()));
    actions::Action action;
    action.plan_id = made.id;
    action.title = "Kartlägg skolornas elevhälsa";
    action.accountable = actions::Party{};
    action.accountable->person_id = make_person("Ansvarig Person").meta.id;
    ASSERT_OK(actions::store::insert_action(**lease, action, coordinator()));
  }
  Phase formation = phase_named(mine.id, "formering");
  ASSERT_OK(programmes_->update_phase(mine.id, formation.id, formation, formation.version,
                                      Language::sv, coordinator()));

  const auto changes = get(programmes_->changes(mine.id, 50, Language::sv));
  std::vector<std::string> titles;
  for (const auto& c : changes) titles.push_back(c.record_type + ":" + c.title);
  ASSERT_GE(titles.size(), 5u);
  EXPECT_EQ(titles[0], "phase:Formering") << "newest first";
  EXPECT_EQ(titles[1], "action:Kartlägg skolornas elevhälsa");
  EXPECT_EQ(titles[2], "action_plan:Handlingsplan");
  EXPECT_EQ(titles[3], "group:Arbetsgrupp barn och unga");
  EXPECT_EQ(titles.back(), "programme:Kraftsamling för psykisk hälsa");
  for (const auto& c : changes) {
    EXPECT_NE(c.title, "A group of the default programme");
    EXPECT_NE(c.record_type, "person") << "people are not the programme's records";
    EXPECT_EQ(c.by, "Coordinator");
  }
  EXPECT_EQ(changes[0].action, "update");
  EXPECT_EQ(get(programmes_->changes(mine.id, 2, Language::en)).size(), 2u);
  EXPECT_EQ(get(programmes_->changes(mine.id, 1, Language::en))[0].title, "Formation");
  const auto others = get(programmes_->changes(fallback, 50, Language::en));
  ASSERT_FALSE(others.empty());
  EXPECT_EQ(others[0].title, "A group of the default programme");
  auto none = programmes_->changes(987654, 10, Language::en);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, ErrorCode::not_found);
}

TEST_P(ProgrammeTest, AProgrammeStartsFromATemplateAndItsPhasesCanBeRenamedAndReordered) {
  const Programme p = swedish();
  EXPECT_EQ(p.goals.size(), 1u);
  EXPECT_EQ(p.workstreams[1].name, "Adults");
  auto phases = get(programmes_->phases(p.id));
  const auto& expected = find_template("swedish_process")->phases;
  ASSERT_EQ(phases.size(), expected.size());
  for (std::size_t i = 0; i < phases.size(); ++i) {
    EXPECT_EQ(phases[i].key, expected[i].key);
    EXPECT_EQ(phases[i].position, static_cast<int>(i) + 1);
    EXPECT_FALSE(phases[i].name_sv.empty());
  }
  EXPECT_EQ(phases[4].name_sv, "Formering");

  Phase renamed = phases[4];
  renamed.name_en = "Formation workshops";
  renamed.planned_start = "2026-09-01";
  renamed.planned_end = "2026-10-31";
  renamed.milestones = {{0, "Second workshop", "2026-10-15", false}};
  const Phase saved = get(programmes_->update_phase(p.id, renamed.id, renamed, renamed.version,
                                                    Language::en, coordinator()));
  EXPECT_EQ(saved.name_en, "Formation workshops");
  EXPECT_EQ(saved.milestones.at(0).id, 1);

  Phase added;
  added.key = "arena";
  added.name_en = "Arena";
  added.name_sv = "Arena";
  const Phase arena = get(programmes_->add_phase(p.id, added, Language::en, coordinator()));
  EXPECT_EQ(arena.position, 10);

  std::vector<std::int64_t> order;
  for (auto it = phases.rbegin(); it != phases.rend(); ++it) order.push_back(it->id);
  order.push_back(arena.id);
  auto partial = programmes_->reorder_phases(p.id, {arena.id}, coordinator());
  ASSERT_FALSE(partial.ok());
  EXPECT_EQ(fields_of(partial.error()), std::set<std::string>{"ids"});
  auto reordered = get(programmes_->reorder_phases(p.id, order, coordinator()));
  EXPECT_EQ(reordered.front().key, "uppfoljning");
  EXPECT_EQ(reordered.back().key, "arena");

  // A programme with phases does not take a template's phases on top of them.
  auto again = programmes_->phases_from_template(p.id, "eu_joint_action", coordinator());
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
}

TEST_P(ProgrammeTest, AGateChecksTheDataAndPassesOnlyWhenEveryCriterionHoldsOrIsSignedOff) {
  const auto region = make_organisation("Region Exempel", "region");
  const auto agency = make_organisation("Myndigheten", "agency");
  const Programme p = swedish({{region.meta.id, std::nullopt, "member", "2026-01-01"},
                               {agency.meta.id, std::nullopt, "invited", std::nullopt}});
  // Concretisation: every committed organisation has a named contact; and an action plan.
  Phase concretisation = phase_named(p.id, "konkretisering");
  ASSERT_EQ(concretisation.criteria.size(), 2u);
  EXPECT_FALSE(concretisation.gate_ready);
  EXPECT_EQ(concretisation.criteria[0].met, false);
  EXPECT_EQ(*concretisation.criteria[0].finding_en,
            "No organisation has committed to the programme yet");
  auto anchor = [&](std::int64_t organisation, const char* level) {
    sql("INSERT INTO anchoring (programme_id, organisation_id, level, deciding_body, "
        "decision_reference, responsibilities, created_by, created_at, updated_at) VALUES (?, ?, "
        "?, '', '', '[]', 'c', '2026-01-01', '2026-01-01')",
        {p.id, organisation, std::string(level)});
  };
  anchor(region.meta.id, "committed");
  anchor(agency.meta.id, "endorsed");
  concretisation = phase_named(p.id, "konkretisering");
  const Criterion& contact = concretisation.criteria[0];
  EXPECT_EQ(contact.met, false);
  EXPECT_NE(contact.finding_en->find("Region Exempel"), std::string::npos) << *contact.finding_en;
  EXPECT_EQ(contact.finding_en->find("Myndigheten"), std::string::npos)
      << "an organisation that only endorsed has not committed";
  EXPECT_NE(contact.finding_sv->find("saknar"), std::string::npos);

  auto refused = programmes_->move_gate(p.id, concretisation.id, {"passed", ""},
                                        concretisation.version, Language::sv, coordinator());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), (std::set<std::string>{"criteria[0]", "criteria[1]"}));
  EXPECT_EQ(phase_named(p.id, "konkretisering").gate_status, "open");

  const auto contact_person = make_person("Kim Kontakt", region.meta.id);
  sql("UPDATE organisations SET contact_person_id = ? WHERE id = ?",
      {contact_person.meta.id, region.meta.id});
  concretisation = phase_named(p.id, "konkretisering");
  EXPECT_EQ(concretisation.criteria[0].met, true);
  EXPECT_EQ(concretisation.criteria[1].met, false);

  // The action plan is not there yet: a coordinator signs it off with a note.
  auto no_note = programmes_->sign_off(p.id, concretisation.id, concretisation.criteria[1].id, "",
                                       concretisation.version, coordinator());
  ASSERT_FALSE(no_note.ok());
  EXPECT_EQ(fields_of(no_note.error()), std::set<std::string>{"note"});
  const Phase signed_off = get(programmes_->sign_off(
      p.id, concretisation.id, concretisation.criteria[1].id,
      "The plan is agreed; it is entered next week", concretisation.version, coordinator()));
  EXPECT_TRUE(signed_off.gate_ready);
  EXPECT_EQ(signed_off.criteria[1].signed_off_by, "Coordinator");

  // An old version is refused; the current one passes, and cannot pass twice.
  auto stale = programmes_->move_gate(p.id, concretisation.id, {"passed", ""},
                                      concretisation.version, Language::en, coordinator());
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::precondition_failed);
  const Phase passed =
      get(programmes_->move_gate(p.id, concretisation.id, {"passed", "Steering group, 3 March"},
                                 signed_off.version, Language::en, coordinator()));
  EXPECT_EQ(passed.gate_status, "passed");
  EXPECT_EQ(passed.gate_note, "Steering group, 3 March");
  auto twice = programmes_->move_gate(p.id, concretisation.id, {"passed", ""}, passed.version,
                                      Language::en, coordinator());
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(fields_of(twice.error()), std::set<std::string>{"to"});

  // Renaming the phase keeps the sign-off of a criterion sent back unchanged.
  Phase renamed = passed;
  renamed.name_en = "Making it concrete";
  const Phase kept = get(programmes_->update_phase(p.id, passed.id, renamed, passed.version,
                                                   Language::en, coordinator()));
  EXPECT_TRUE(kept.criteria[1].signed_off_at.has_value());
  EXPECT_EQ(kept.gate_status, "passed");
}

TEST_P(ProgrammeTest, TheChecksCountWhatTheyName) {
  const Programme p = swedish();
  // Analysis: 80 % of mapped stakeholders assessed.
  const auto org = make_organisation("Kommunen", "municipality");
  std::vector<std::int64_t> people;
  for (int i = 0; i < 4; ++i) people.push_back(make_person("Person " + std::to_string(i)).meta.id);
  sql("INSERT INTO users (name, role, password_hash, created_at, updated_at) VALUES "
      "('coordinator', 'coordinator', 'x', '2026-01-01', '2026-01-01')");
  auto assess = [&](std::int64_t person) {
    sql("INSERT INTO assessments (person_id, assessor_id, assessor_name, assessed_on, influence, "
        "interest, attitude, legitimacy, urgency, created_at) VALUES (?, (SELECT MIN(id) FROM "
        "users), 'Coordinator', '2026-01-01', 3, 3, 0, 3, 3, '2026-01-01T00:00:00Z')",
        {person});
  };
  for (int i = 0; i < 3; ++i) assess(people[i]);
  Phase analysis = phase_named(p.id, "intressentanalys");
  EXPECT_EQ(analysis.criteria[0].met, false);  // 3 of 5 (four people and one organisation)
  EXPECT_NE(analysis.criteria[0].finding_en->find("3 of 5"), std::string::npos)
      << *analysis.criteria[0].finding_en;
  EXPECT_EQ(analysis.criteria[0].label_en, "At least 80 % of mapped stakeholders are assessed");
  assess(people[3]);
  EXPECT_EQ(phase_named(p.id, "intressentanalys").criteria[0].met, true);  // 4 of 5 = 80 %
  (void)org;

  // Kickoff: the programme's kickoff list is final (another programme's does not count).
  Phase kickoff = phase_named(p.id, "kickoff");
  EXPECT_EQ(kickoff.criteria[0].met, false);
  EXPECT_EQ(kickoff.criteria[1].label_sv, "Programmet har hållit en kickoff");
  sql("INSERT INTO kickoff_lists (title, created_on, created_at, created_by, parameters, "
      "open_gaps, status, programme_id) VALUES ('List', '2026-01-01', '2026-01-01', 'c', '{}', "
      "'{}', 'final', (SELECT id FROM programmes WHERE is_default = 1))");
  EXPECT_EQ(phase_named(p.id, "kickoff").criteria[0].met, false);
  sql("UPDATE kickoff_lists SET programme_id = ?", {p.id});
  EXPECT_EQ(phase_named(p.id, "kickoff").criteria[0].met, true);
}

TEST_P(ProgrammeTest, BadInputIsNamedAndChangesNothing) {
  const Programme p = swedish();
  auto phases = get(programmes_->phases(p.id));
  // Out of order: a phase may not start before the phase before it starts.
  Phase first = phases[0];
  first.planned_start = "2026-03-01";
  first.planned_end = "2026-04-30";
  first = get(
      programmes_->update_phase(p.id, first.id, first, first.version, Language::en, coordinator()));
  Phase second = phases[1];
  second.planned_start = "2026-02-01";
  second.planned_end = "2026-01-31";
  auto wrong = programmes_->update_phase(p.id, second.id, second, second.version, Language::sv,
                                         coordinator());
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(fields_of(wrong.error()), std::set<std::string>{"planned_end"});  // before the start
  second.planned_end = "2026-05-31";
  wrong = programmes_->update_phase(p.id, second.id, second, second.version, Language::sv,
                                    coordinator());
  ASSERT_FALSE(wrong.ok());
  ASSERT_EQ(fields_of(wrong.error()), std::set<std::string>{"planned_start"});
  EXPECT_EQ(wrong.error().fields[0].params.at(0).second, "Förberedelse");
  // Overlapping the phase before is allowed: the phases run into each other.
  second.planned_start = "2026-04-01";
  ASSERT_OK(programmes_->update_phase(p.id, second.id, second, second.version, Language::sv,
                                      coordinator()));

  Phase bad;
  bad.key = "Not A Key";
  bad.name_en = "";
  bad.name_sv = "Något";
  Criterion unknown;
  unknown.check = "no_such_check";
  Criterion wrong_param;
  wrong_param.check = "share_assessed";
  wrong_param.param = "120";
  Criterion statement;  // a statement without words
  bad.criteria = {unknown, wrong_param, statement};
  auto refused = programmes_->add_phase(p.id, bad, Language::en, coordinator());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()),
            (std::set<std::string>{"key", "name_en", "criteria[0].check", "criteria[1].param",
                                   "criteria[2].label_en", "criteria[2].label_sv"}));
  Phase dup;
  dup.key = "kickoff";
  dup.name_en = dup.name_sv = "Kickoff again";
  refused = programmes_->add_phase(p.id, dup, Language::en, coordinator());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), std::set<std::string>{"key"});
  EXPECT_EQ(get(programmes_->phases(p.id)).size(), phases.size());

  Programme twice = p;
  const auto org = make_organisation("Twice");
  twice.members = {{org.meta.id, std::nullopt, "member", std::nullopt},
                   {org.meta.id, std::nullopt, "left", std::nullopt}};
  twice.owner_organisation_id = 424242;
  twice.goals = {{1, "One", "", ""}, {1, "Two", "", ""}};
  auto duplicate = programmes_->update(p.id, twice, p.version, coordinator());
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(fields_of(duplicate.error()),
            (std::set<std::string>{"members[1].organisation_id", "owner_organisation_id",
                                   "goals[1].id"}));
  EXPECT_EQ(get(programmes_->get(p.id)).version, p.version);

  Programme from_nowhere;
  from_nowhere.name = "Elsewhere";
  from_nowhere.template_key = "no_such_template";
  auto no_template = programmes_->create(from_nowhere, coordinator());
  ASSERT_FALSE(no_template.ok());
  EXPECT_EQ(fields_of(no_template.error()), std::set<std::string>{"template_key"});
  EXPECT_EQ(get(programmes_->list()).size(), 2u);
}

TEST(GateChecks, EveryCheckHasWordsInBothLanguagesAndTemplatesNameOnlyKnownChecks) {
  for (const auto& c : gate_checks()) {
    EXPECT_FALSE(c.label_en.empty()) << c.key;
    EXPECT_FALSE(c.label_sv.empty()) << c.key;
  }
  for (const auto& t : templates())
    for (const auto& phase : t.phases) {
      EXPECT_NE(phase.name_en, "");
      EXPECT_NE(phase.name_sv, "");
      for (const auto& criterion : phase.criteria)
        if (criterion.check) {
          const GateCheck* check = find_check(*criterion.check);
          ASSERT_NE(check, nullptr) << *criterion.check;
          EXPECT_TRUE(check->param_ok(criterion.param)) << t.key << "/" << phase.key;
        }
    }
  EXPECT_EQ(find_template("swedish_process")->phases.size(), 9u);
  EXPECT_EQ(find_template("eu_joint_action")->phases.size(), 7u);
}

INSTANTIATE_TEST_SUITE_P(Backends, ProgrammeTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::programme
