// Ties and the graph built from the database, on both backends: reported ties by type and
// date, co-participation from attendance, one edge per pair, and deletion cascading.
#include "network/graph.h"

#include <gtest/gtest.h>

#include <cmath>

#include <algorithm>
#include <set>

#include "network/introductions.h"
#include "network/metrics.h"
#include "network/store.h"
#include "register/register_test_support.h"

namespace samla::network {
namespace {

using registry::testing::RegisterTest;

class GraphTest : public RegisterTest {
 protected:
  void SetUp() override {
    RegisterTest::SetUp();
    if (HasFatalFailure()) return;
    migrate_through("network");
  }

  Result<Tie> tie(std::int64_t a, std::int64_t b, const std::string& type,
                  std::optional<std::string> starts_on = std::nullopt,
                  std::optional<std::string> ends_on = std::nullopt) {
    Tie t;
    t.from = {Stakeholder::Kind::person, a};
    t.to = {Stakeholder::Kind::person, b};
    t.type = type;
    t.starts_on = std::move(starts_on);
    t.ends_on = std::move(ends_on);
    auto lease = pool_->acquire();
    if (!lease.ok()) return lease.error();
    return storage::in_transaction(
        **lease, [&](storage::Session& s) { return store::insert_tie(s, t, coordinator()); });
  }

  // An event on `day` that `people` attended.
  void attended(const std::string& day, const std::vector<std::int64_t>& people) {
    auto lease = pool_->acquire();
    ASSERT_OK(lease);
    auto event = (*lease)->query_one(
        "INSERT INTO events (title, type, status, starts_at, ends_at, time_zone, design, "
        "created_at, updated_at) VALUES ('E', 'group_meeting', 'held', ?, ?, 'UTC', '{}', "
        "'x', 'x') RETURNING id",
        {day + "T10:00", day + "T11:00"});
    ASSERT_OK(event);
    for (auto person : people)
      ASSERT_OK((*lease)->execute(
          "INSERT INTO invitations (event_id, person_id, status, language, created_at, "
          "updated_at) VALUES (?, ?, 'attended', 'en', 'x', 'x')",
          {event->integer(0), person}));
  }

  Graph graph(NetworkQuery q) {
    auto lease = pool_->acquire();
    EXPECT_TRUE(lease.ok());
    auto g = build_graph(**lease, q);
    EXPECT_TRUE(g.ok()) << (g.ok() ? "" : g.error().message);
    return g.ok() ? g.value() : Graph{};
  }
};

TEST_P(GraphTest, ReportedTiesAndMeetingsBecomeOneWeightedEdgePerPair) {
  auto a = make_person("Ada"), b = make_person("Bo"), c = make_person("Cy");
  ASSERT_OK(tie(a.meta.id, b.meta.id, "collaboration", "2026-01-01"));
  ASSERT_OK(tie(b.meta.id, a.meta.id, "advice", "2026-06-01"));
  ASSERT_OK(tie(b.meta.id, c.meta.id, "conflict"));
  attended("2026-03-01", {a.meta.id, b.meta.id, c.meta.id});
  attended("2026-05-01", {a.meta.id, b.meta.id});

  NetworkQuery q;
  q.as_of = "2026-07-01";
  Graph g = graph(q);
  ASSERT_EQ(g.nodes.size(), 3u);
  ASSERT_EQ(g.edges.size(), 3u);  // a–b, a–c (met once), b–c (met once; conflict left out)
  const Edge& ab = g.edges[0];
  EXPECT_EQ(ab.types, (std::vector<std::string>{"advice", "collaboration"}));
  EXPECT_EQ(ab.co_participations, 2);
  // Two ties of strength 2, and two meetings that fade with a half-life of a year: 122 and
  // 61 days before 1 July.
  EXPECT_NEAR(ab.weight, 2 + 2 + std::exp2(-122.0 / 365) + std::exp2(-61.0 / 365), 1e-12);
  EXPECT_TRUE(g.edges[2].types.empty());  // b–c: the meeting only
  q.half_life_days = 0;                   // never fading: each meeting counts 1
  EXPECT_DOUBLE_EQ(graph(q).edges[0].weight, 2 + 2 + 2);
  q.half_life_days = kDefaultHalfLifeDays;

  q.as_of = "2026-04-01";  // before the advice tie and the second meeting
  Graph earlier = graph(q);
  EXPECT_NEAR(earlier.edges[0].weight, 2 + std::exp2(-31.0 / 365), 1e-12);
  EXPECT_EQ(earlier.edges[0].co_participations, 1);
  q.types = {"conflict"};
  q.co_participation = false;
  Graph conflicts = graph(q);
  ASSERT_EQ(conflicts.edges.size(), 1u);
  EXPECT_EQ(conflicts.edges[0].types, (std::vector<std::string>{"conflict"}));
}

TEST_P(GraphTest, AnotherSourceOfGatheringsCountsAsCoParticipationOnItsDays) {
  auto a = make_person("Ada"), b = make_person("Bo"), c = make_person("Cy");
  attended("2026-03-01", {a.meta.id, b.meta.id});
  // A follow-up group as its capability would report it: Ada and Cy members from April, Bo
  // joining in June; ids of gatherings are the source's own (1 is not the event above).
  CoParticipationSource group = [&](storage::Session&,
                                    const std::string& day) -> Result<std::vector<Gathering>> {
    std::vector<Gathering> out{{1, a.meta.id}, {1, c.meta.id}};
    if (day >= "2026-06-01") out.insert(out.begin() + 1, {1, b.meta.id});
    if (day < "2026-04-01") out.clear();
    return out;
  };
  NetworkQuery q;
  q.as_of = "2026-05-01";
  auto lease = pool_->acquire();
  ASSERT_OK(lease);
  auto may = build_graph(**lease, q, {group});
  ASSERT_OK(may);
  ASSERT_EQ(may->edges.size(), 2u);  // a–b (the event), a–c (the group)
  EXPECT_EQ(may->edges[0].co_participations, 1);
  EXPECT_EQ(may->edges[1].co_participations, 1);
  q.as_of = "2026-07-01";
  auto july = build_graph(**lease, q, {group});
  ASSERT_OK(july);
  ASSERT_EQ(july->edges.size(), 3u);  // and b–c, and a–b twice
  EXPECT_EQ(july->edges[0].co_participations, 2);
  auto without = build_graph(**lease, q);
  ASSERT_OK(without);
  EXPECT_EQ(without->edges.size(), 1u);
  // Introductions count the group too: Ada and Cy are tied through it.
  std::vector<std::size_t> people{0, 1, 2};
  auto tied = tied_among(**lease, *july, q, people, {group});
  ASSERT_OK(tied);
  EXPECT_EQ(tied->size(), 3u);
}

TEST_P(GraphTest, TiesNeedTwoDifferentExistingStakeholdersAndGoWithThem) {
  auto a = make_person("Ada"), b = make_person("Bo");
  auto self = tie(a.meta.id, a.meta.id, "collaboration");
  ASSERT_FALSE(self.ok());
  EXPECT_EQ(self.error().fields.front().field, "to");
  auto nobody = tie(a.meta.id, 987654, "collaboration");
  ASSERT_FALSE(nobody.ok());
  EXPECT_EQ(nobody.error().fields.front().field, "to");
  ASSERT_OK(tie(a.meta.id, b.meta.id, "funding"));
  ASSERT_OK(service_->delete_person(b.meta.id, std::nullopt, coordinator()));
  auto lease = pool_->acquire();
  ASSERT_OK(lease);
  auto left = store::list_ties(**lease);
  ASSERT_OK(left);
  EXPECT_TRUE(left->empty());
}

// Two people who share a theme and would join two countries, each tied to someone else, are
// what an introduction is for, unless they already have a live tie of any type: a conflict
// tie (left out of the network by default) or one the query's types leave out is still a tie.
TEST_P(GraphTest, IntroductionsNeverProposePeopleWhoHaveALiveTieOfAnyType) {
  auto person = [&](const std::string& name, const std::string& country) {
    registry::Person p;
    p.name = name;
    p.country = country;
    p.perspectives = {"researcher"};
    p.themes = {"stigma_reduction"};
    auto created = service_->create_person(p, coordinator());
    EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().message);
    return created.ok() ? created->meta.id : 0;
  };
  auto ada = person("Ada", "SE"), bo = person("Bo", "FI"), cy = person("Cy", "SE"),
       di = person("Di", "FI");
  ASSERT_OK(tie(ada, cy, "collaboration"));
  ASSERT_OK(tie(bo, di, "collaboration"));
  auto suggested = [&](const NetworkQuery& q) {
    Graph g = graph(q);
    auto m = compute_metrics(g);
    EXPECT_TRUE(m.ok());
    std::set<std::pair<std::int64_t, std::int64_t>> pairs;
    if (!m.ok()) return pairs;
    auto candidates = introduction_candidates(g, *m);
    auto lease = pool_->acquire();
    EXPECT_TRUE(lease.ok());
    auto tied = tied_among(**lease, g, q, candidates);
    EXPECT_TRUE(tied.ok()) << (tied.ok() ? "" : tied.error().message);
    if (tied.ok())
      for (const auto& i : suggest_introductions(g, *m, candidates, *tied))
        pairs.insert(std::minmax(g.nodes[i.a].stakeholder.id, g.nodes[i.b].stakeholder.id));
    return pairs;
  };
  NetworkQuery q;
  q.as_of = "2026-07-01";
  const auto ada_bo = std::minmax(ada, bo);
  ASSERT_OK(tie(ada, bo, "collaboration", "2025-01-01", "2025-12-31"));  // over by then
  ASSERT_TRUE(suggested(q).count(ada_bo)) << "not tied any more: an introduction";
  ASSERT_OK(tie(ada, bo, "conflict", "2026-02-01"));
  EXPECT_FALSE(suggested(q).count(ada_bo)) << "a live conflict tie is a tie";
  q.types = {"collaboration"};
  EXPECT_FALSE(suggested(q).count(ada_bo)) << "so is a type the query leaves out";
  q.types.clear();
  q.as_of = "2026-01-15";  // between the two ties
  EXPECT_TRUE(suggested(q).count(ada_bo));
  // Having met at an event is a tie too, also when the query leaves events out.
  ASSERT_NO_FATAL_FAILURE(attended("2026-01-10", {ada, bo}));
  q.co_participation = false;
  EXPECT_FALSE(suggested(q).count(ada_bo)) << "they met at an event";
}

INSTANTIATE_TEST_SUITE_P(Backends, GraphTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::network
