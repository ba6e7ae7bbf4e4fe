// Assessments on both backends: recording with validation, history, and the views built
// from several assessors over time.
#include "analysis/service.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <thread>

#include "analysis/settings.h"
#include "core/clock.h"
#include "register/register_test_support.h"

namespace samla::analysis {
namespace {

using registry::testing::RegisterTest;

class AnalysisTest : public RegisterTest {
 protected:
  void SetUp() override {
    RegisterTest::SetUp();
    if (HasFatalFailure()) return;
    auto lease = pool_->acquire();
    ASSERT_OK(lease);
    // The users the principals name (assessments refer to users), then the analysis tables.
    for (auto [id, name] : {std::pair{1, "Coordinator"}, std::pair{3, "Second Assessor"}})
      ASSERT_OK((*lease)->execute(
          "INSERT INTO users (id, name, role, password_hash, created_at, updated_at) "
          "VALUES (?, ?, 'coordinator', 'x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
          {std::int64_t{id}, std::string(name)}));
    migrate_through("analysis");
    if (HasFatalFailure()) return;
    analysis_ = std::make_unique<AnalysisService>(*pool_);
  }
  void TearDown() override {
    analysis_.reset();
    RegisterTest::TearDown();
  }

  access::Principal second_assessor() const {
    return {3, "Second Assessor", access::Role::coordinator, std::nullopt};
  }

  static Assessment of(const Subject& subject, std::string day, int influence, int interest,
                       int attitude = 0, int legitimacy = 3, int urgency = 3) {
    Assessment a;
    a.subject = subject;
    a.assessed_on = std::move(day);
    a.influence = influence;
    a.interest = interest;
    a.attitude = attitude;
    a.legitimacy = legitimacy;
    a.urgency = urgency;
    return a;
  }

  std::unique_ptr<AnalysisService> analysis_;
};

bool names_field(const Error& e, const std::string& field) {
  return std::any_of(e.fields.begin(), e.fields.end(),
                     [&](const FieldError& f) { return f.field == field; });
}

TEST_P(AnalysisTest, RecordsAnAssessmentAsTheAssessorAndAuditsIt) {
  auto person = make_person("Ingrid Berg");
  auto a = of({Subject::Kind::person, person.meta.id}, "2026-03-01", 4, 5, 1);
  a.relevance = {{"stigma_reduction", 3}, {"digital_health", 0}};
  a.rationale = "Leads the regional anti-stigma network.";
  a.assessor_id = 99;  // ignored: the assessor is whoever records it
  auto stored = analysis_->record_assessment(a, coordinator());
  ASSERT_OK(stored);
  EXPECT_GT(stored->id, 0);
  EXPECT_EQ(stored->assessor_id, 1);
  EXPECT_EQ(stored->assessor_name, "Coordinator");
  auto history = analysis_->history({Subject::Kind::person, person.meta.id});
  ASSERT_OK(history);
  ASSERT_EQ(history->assessments.size(), 1u);
  const Assessment& first = history->assessments.front();
  EXPECT_EQ(first.influence, 4);
  EXPECT_EQ(first.relevance,
            (std::map<std::string, int>{{"digital_health", 0}, {"stigma_reduction", 3}}));
  EXPECT_EQ(first.rationale, "Leads the regional anti-stigma network.");
  ASSERT_TRUE(history->view.has_value());
  EXPECT_EQ(history->view->profile.name, "Ingrid Berg");
  EXPECT_EQ(history->view->consensus.assessors, 1);
  EXPECT_EQ(audit_count("assessment"), 1);
}

// The assessment table's batch on both backends: a bad item after good ones rolls all back
// (and the audit log with them); a good batch keeps every item, in order.
TEST_P(AnalysisTest, ABatchOfAssessmentsIsKeptWholeOrNotAtAll) {
  auto first = make_person("Batch Ett");
  auto second = make_person("Batch Två");
  const Subject one{Subject::Kind::person, first.meta.id},
      two{Subject::Kind::person, second.meta.id};
  auto refused =
      analysis_->record_assessments({of(one, "2026-03-01", 4, 5), of(two, "2026-03-01", 4, 5),
                                     of({Subject::Kind::person, 424242}, "2026-03-01", 7, 5)},
                                    coordinator());
  ASSERT_FALSE(refused.ok());
  EXPECT_TRUE(names_field(refused.error(), "items[2].influence"));
  EXPECT_TRUE(names_field(refused.error(), "items[2].subject_id"));
  EXPECT_FALSE(names_field(refused.error(), "items[0].influence"));
  EXPECT_TRUE(analysis_->history(one)->assessments.empty());
  EXPECT_EQ(audit_count("assessment"), 0);

  auto kept = analysis_->record_assessments({of(one, "2026-03-01", 4, 5), of(two, "", 2, 1)},
                                            coordinator());
  ASSERT_OK(kept);
  ASSERT_EQ(kept->size(), 2u);
  EXPECT_EQ((*kept)[0].subject.id, first.meta.id);
  EXPECT_EQ((*kept)[1].influence, 2);
  EXPECT_FALSE((*kept)[1].assessed_on.empty());  // today, as for one assessment
  EXPECT_EQ(analysis_->history(two)->assessments.size(), 1u);
  EXPECT_EQ(audit_count("assessment"), 2);
}

TEST_P(AnalysisTest, RefusesOutOfRangeScoresNamingEachFieldAndWritesNothing) {
  auto person = make_person("Olof Lind");
  auto a = of({Subject::Kind::person, person.meta.id}, "2026-02-30", 0, 6, 3, -1, 9);
  a.relevance = {{"stigma_reduction", 4}, {"astrology", 1}};
  auto refused = analysis_->record_assessment(a, coordinator());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid);
  for (const char* field : {"influence", "interest", "attitude", "legitimacy", "urgency",
                            "relevance.stigma_reduction", "relevance.astrology", "assessed_on"})
    EXPECT_TRUE(names_field(refused.error(), field)) << field;

  auto future = of({Subject::Kind::person, person.meta.id}, "2999-01-01", 3, 3);
  auto later = analysis_->record_assessment(future, coordinator());
  ASSERT_FALSE(later.ok());
  EXPECT_TRUE(names_field(later.error(), "assessed_on"));

  auto nobody = analysis_->record_assessment(
      of({Subject::Kind::organisation, 424242}, "2026-01-01", 3, 3), coordinator());
  ASSERT_FALSE(nobody.ok());
  EXPECT_TRUE(names_field(nobody.error(), "subject_id"));

  auto history = analysis_->history({Subject::Kind::person, person.meta.id});
  ASSERT_OK(history);
  EXPECT_TRUE(history->assessments.empty());
  EXPECT_FALSE(history->view.has_value());
  EXPECT_EQ(audit_count("assessment"), 0);
}

TEST_P(AnalysisTest, ViewsTakeTheLatestOfEachAssessorAndShowMovement) {
  auto org = make_organisation("Region Uppsala", "region");
  auto person = make_person("Ali Khan");
  Subject region{Subject::Kind::organisation, org.meta.id};
  Subject ali{Subject::Kind::person, person.meta.id};
  // The coordinator first sees the region as keep-informed, then as a key player; a second
  // assessor agrees on interest but rates influence lower.
  ASSERT_OK(analysis_->record_assessment(of(region, "2026-01-10", 2, 4, 1), coordinator()));
  ASSERT_OK(analysis_->record_assessment(of(region, "2026-03-05", 5, 4, 1, 5, 4), coordinator()));
  ASSERT_OK(
      analysis_->record_assessment(of(region, "2026-03-20", 3, 5, 2, 4, 4), second_assessor()));
  auto low = of(ali, "2026-02-01", 1, 2, -1);
  low.relevance = {{"access_to_services", 1}};
  ASSERT_OK(analysis_->record_assessment(low, coordinator()));

  auto views = analysis_->views({});
  ASSERT_OK(views);
  ASSERT_EQ(views->size(), 2u);
  const auto& first = views->front();  // highest priority first
  EXPECT_EQ(first.profile.name, "Region Uppsala");
  EXPECT_EQ(first.consensus.assessors, 2);
  EXPECT_DOUBLE_EQ(first.consensus.mean.influence, 4);   // (5 + 3) / 2
  EXPECT_DOUBLE_EQ(first.consensus.mean.interest, 4.5);  // (4 + 5) / 2
  EXPECT_DOUBLE_EQ(first.consensus.range.influence, 2);  // the assessors disagree by 2
  EXPECT_DOUBLE_EQ(first.consensus.mean.attitude, 1.5);
  EXPECT_EQ(first.quadrant, Quadrant::key_player);
  EXPECT_EQ(first.salience, Salience::definitive);  // 4 / 4.5 / 4, all ≥ 3.5
  EXPECT_EQ(first.strategy, Strategy::partner);
  EXPECT_EQ(first.last_assessed_on, "2026-03-20");
  ASSERT_EQ(first.positions.size(), 3u);
  EXPECT_DOUBLE_EQ(first.positions[0].influence, 2);
  EXPECT_DOUBLE_EQ(first.positions[1].influence, 5);  // only the coordinator by then
  EXPECT_DOUBLE_EQ(first.positions[2].influence, 4);
  ASSERT_EQ(first.movements.size(), 2u);
  EXPECT_EQ(first.movements[0].from_quadrant, Quadrant::keep_informed);
  EXPECT_EQ(first.movements[0].to_quadrant, Quadrant::key_player);

  const auto& second = views->back();
  EXPECT_EQ(second.profile.name, "Ali Khan");
  EXPECT_EQ(second.quadrant, Quadrant::minimal_effort);
  EXPECT_EQ(second.strategy, Strategy::monitor);
  EXPECT_DOUBLE_EQ(second.relevance, 1);
  EXPECT_LT(second.priority, first.priority);

  // A theme the region was never rated on gives it no relevance; weights change the order.
  ViewOptions relevance_only;
  relevance_only.theme = "access_to_services";
  relevance_only.weights = PriorityWeights{0, 0, 0, 0, 1, 0};
  auto by_relevance = analysis_->views(relevance_only);
  ASSERT_OK(by_relevance);
  EXPECT_EQ(by_relevance->front().profile.name, "Ali Khan");
  EXPECT_DOUBLE_EQ(by_relevance->back().relevance, 0);
}

TEST_P(AnalysisTest, SettingsAreVersionedAndRefuseAStaleVersion) {
  auto defaults = analysis_->settings(std::nullopt);
  ASSERT_OK(defaults);
  EXPECT_EQ(defaults->version, 0);
  Settings next = *defaults;
  next.view.grid.influence = 3;
  next.high_priority = 50;
  auto saved = analysis_->save_settings(std::nullopt, next, 0, coordinator());
  ASSERT_OK(saved);
  EXPECT_EQ(saved->version, 1);
  auto read = analysis_->settings(std::nullopt);
  ASSERT_OK(read);
  EXPECT_DOUBLE_EQ(read->view.grid.influence, 3);
  EXPECT_DOUBLE_EQ(read->high_priority, 50);
  EXPECT_EQ(read->updated_by, "Coordinator");
  auto stale = analysis_->save_settings(std::nullopt, next, 0, coordinator());
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::precondition_failed);
  EXPECT_EQ(audit_count("analysis_settings"), 1);
}

// Each programme weighs its stakeholders by its own settings: a second programme follows the
// instance's (version 0) until it saves its own, saving them leaves the default programme's as
// they were, and the views asked for that programme carry them.
TEST_P(AnalysisTest, EachProgrammeHasItsOwnSettings) {
  std::int64_t second = 0;
  {
    auto lease = pool_->acquire();
    ASSERT_OK(lease);
    second =
        get((**lease).query_one(
                "INSERT INTO programmes (name, purpose, is_default, created_by, created_at, "
                "updated_at, version) VALUES ('EU task', '', 0, 't', 'x', 'x', 1) RETURNING id"))
            .integer(0);
  }
  const Settings theirs = get(analysis_->settings(second));
  EXPECT_EQ(theirs.version, 0);
  EXPECT_EQ(theirs.programme_id, second);
  Settings next = theirs;
  next.high_priority = 35;
  const Settings saved = get(analysis_->save_settings(second, next, 0, coordinator()));
  EXPECT_EQ(saved.version, 1);
  EXPECT_DOUBLE_EQ(get(analysis_->settings(second)).high_priority, 35);
  const Settings ours = get(analysis_->settings(std::nullopt));
  EXPECT_DOUBLE_EQ(ours.high_priority, 60) << "the default programme's are untouched";
  EXPECT_NE(ours.programme_id, second);
  ViewFilter filter;
  filter.programme_id = second;
  auto viewer = get(analysis_->viewer(coordinator(), Language::en));
  const auto views =
      get(analysis_->views(filter, viewer, [](Settings s) -> Result<Settings> { return s; }));
  EXPECT_DOUBLE_EQ(views.settings.high_priority, 35);
  EXPECT_FALSE(analysis_->settings(987654).ok());
}

// Two coordinators save over the same version at once. On PostgreSQL the second reads the
// version the first is replacing and then waits at its write; when the first commits, the
// second's write changes no row, which must be a 412 with nothing audited, not a success that
// loses the first change. On SQLite the second waits at BEGIN and meets the version check.
TEST_P(AnalysisTest, ConcurrentSavesOverOneVersionLetExactlyOneThrough) {
  auto first = pool_->acquire(), second = pool_->acquire(), watcher = pool_->acquire();
  ASSERT_OK(first);
  ASSERT_OK(second);
  ASSERT_OK(watcher);
  const bool postgres = (*second)->dialect() == storage::Dialect::postgres;
  std::int64_t second_pid = 0;
  if (postgres) {
    auto pid = (*second)->query_one("SELECT pg_backend_pid()");
    ASSERT_OK(pid);
    second_pid = pid->integer(0);
  }
  // The first save inserts the row (version 0 → 1), the next updates it (1 → 2).
  for (std::int64_t version : {0, 1}) {
    Settings mine, theirs;
    mine.high_priority = 50 + static_cast<double>(version);
    theirs.high_priority = 70;
    ASSERT_OK((*first)->begin());
    ASSERT_OK(store::save_settings(**first, std::nullopt, mine, version, coordinator()));
    std::optional<Result<Settings>> other;
    std::thread racer([&] {
      other = storage::in_transaction(**second, [&](storage::Session& s) {
        return store::save_settings(s, std::nullopt, theirs, version, second_assessor());
      });
    });
    // On PostgreSQL, commit only once the racer waits for the first's lock, so that it has
    // read the old version; on SQLite it waits at BEGIN IMMEDIATE whenever it gets there.
    for (int waited = 0; postgres && waited < 1000; ++waited) {
      auto waiting = (*watcher)->query_one(
          "SELECT COUNT(*) FROM pg_locks WHERE pid = ? AND NOT granted", {second_pid});
      if (!waiting.ok() || waiting->integer(0) > 0) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    auto committed = (*first)->commit();
    racer.join();
    ASSERT_OK(committed);
    ASSERT_TRUE(other.has_value());
    ASSERT_FALSE(other->ok()) << "both saves over version " << version << " went through";
    EXPECT_EQ(other->error().code, ErrorCode::precondition_failed) << other->error().message;
    auto now = analysis_->settings(std::nullopt);
    ASSERT_OK(now);
    EXPECT_EQ(now->version, version + 1);
    EXPECT_DOUBLE_EQ(now->high_priority, mine.high_priority);
  }
  EXPECT_EQ(audit_count("analysis_settings"), 2);
}

TEST_P(AnalysisTest, CoverageCountsCellsAndTheKickoffListClosesGaps) {
  auto agency = make_organisation("Sveikatos ministerija", "agency", "LT");
  auto key = make_person("Rūta Key", agency.meta.id, {"policymaker"}, "LT");
  auto researcher = make_person("Ona Researcher", std::nullopt, {"researcher"}, "LT");
  make_person("Sven Elsewhere", std::nullopt, {"lived_experience"}, "SE");
  auto strong = of({Subject::Kind::person, key.meta.id}, "2026-02-01", 5, 5, 1, 5, 4);
  strong.relevance = {{"access_to_services", 3}};
  ASSERT_OK(analysis_->record_assessment(strong, coordinator()));

  auto coverage =
      analysis_->coverage({std::nullopt, std::nullopt, std::nullopt, false}, as_coordinator());
  ASSERT_OK(coverage);
  std::vector<std::string> rows;
  for (const auto& r : coverage->rows) rows.push_back(r.key);
  EXPECT_EQ(rows, (std::vector<std::string>{"LT", "SE"}));  // Lithuania, Sweden
  const auto& columns = coverage->perspective.columns;
  auto column = [&](const std::string& key) {
    return std::find(columns.begin(), columns.end(), key) - columns.begin();
  };
  const auto& lt = coverage->perspective.cells[0];
  EXPECT_EQ(lt[column("policymaker")].mapped, 1);
  EXPECT_EQ(lt[column("policymaker")].high_priority, 1);
  EXPECT_EQ(lt[column("researcher")].mapped, 1);
  EXPECT_EQ(lt[column("researcher")].high_priority, 0);
  EXPECT_EQ(coverage->sector.cells[0][1].mapped, 0);  // municipality
  EXPECT_EQ(coverage->sector.cells[0][0].mapped, 2);  // agency: the ministry and Rūta

  auto hidden =
      analysis_->coverage({std::nullopt, std::nullopt, std::nullopt, false}, as_observer());
  ASSERT_OK(hidden);
  EXPECT_EQ(hidden->perspective.columns.size(), columns.size() - 1);

  KickoffRequest request;
  request.title = "Kickoff";
  auto list = analysis_->build_kickoff(request, coordinator());
  ASSERT_OK(list);
  ASSERT_GE(list->entries.size(), 3u);
  EXPECT_EQ(list->entries[0].subject.id, key.meta.id);
  EXPECT_EQ(list->entries[0].reason, "key_player");
  auto closer =
      std::find_if(list->entries.begin(), list->entries.end(),
                   [&](const KickoffEntry& e) { return e.subject.id == researcher.meta.id; });
  ASSERT_NE(closer, list->entries.end());
  EXPECT_EQ(closer->reason, "closes_gap");
  ASSERT_TRUE(closer->gap.has_value());
  EXPECT_EQ(closer->gap->column, "researcher");
  EXPECT_EQ(closer->gap->row, "LT");
  EXPECT_TRUE(std::any_of(list->open_gaps.begin(), list->open_gaps.end(), [](const CoverageGap& g) {
    return g.row == "LT" && g.column == "lived_experience" && g.kind == GapKind::none_mapped;
  }));

  auto removed = analysis_->set_kickoff_entry(list->id, closer->id, false, "On leave",
                                              list->version, coordinator());
  ASSERT_OK(removed);
  auto again = analysis_->kickoff(list->id);
  ASSERT_OK(again);
  EXPECT_EQ(again->version, list->version + 1);
  auto entry = std::find_if(again->entries.begin(), again->entries.end(),
                            [&](const KickoffEntry& e) { return e.id == closer->id; });
  ASSERT_NE(entry, again->entries.end());
  EXPECT_FALSE(entry->included);
  EXPECT_EQ(entry->removed_reason, "On leave");
  auto added = analysis_->add_kickoff_entry(list->id, {Subject::Kind::organisation, agency.meta.id},
                                            "", std::nullopt, coordinator());
  ASSERT_FALSE(added.ok());
  EXPECT_TRUE(names_field(added.error(), "reason"));
  auto lists = analysis_->kickoffs(as_coordinator());
  ASSERT_OK(lists);
  ASSERT_EQ(lists->size(), 1u);
  EXPECT_EQ(lists->front().included, static_cast<int>(list->entries.size()) - 1);
  EXPECT_EQ(lists->front().status, "draft");

  // Final: its entries stay as they are until someone opens it as a draft again.
  auto current = analysis_->kickoff(list->id);
  ASSERT_OK(current);
  auto stale = analysis_->set_kickoff_status(list->id, "final", list->version, coordinator());
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::precondition_failed);
  auto final_list =
      analysis_->set_kickoff_status(list->id, "final", current->version, coordinator());
  ASSERT_OK(final_list);
  EXPECT_EQ(final_list->status, "final");
  EXPECT_EQ(final_list->status_changed_by, coordinator().name);
  EXPECT_EQ(final_list->version, current->version + 1);
  auto refused =
      analysis_->set_kickoff_entry(list->id, closer->id, true, "Back", std::nullopt, coordinator());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::conflict);
  auto twice = analysis_->set_kickoff_status(list->id, "final", std::nullopt, coordinator());
  ASSERT_FALSE(twice.ok());
  EXPECT_TRUE(names_field(twice.error(), "to"));
  EXPECT_FALSE(
      analysis_->set_kickoff_status(list->id, "archived", std::nullopt, coordinator()).ok());
  ASSERT_OK(analysis_->set_kickoff_status(list->id, "draft", std::nullopt, coordinator()));
  ASSERT_OK(analysis_->set_kickoff_entry(list->id, closer->id, true, "Back", std::nullopt,
                                         coordinator()));
}

INSTANTIATE_TEST_SUITE_P(Backends, AnalysisTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::analysis
