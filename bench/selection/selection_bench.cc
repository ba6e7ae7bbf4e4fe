// Times the invitation selection (issue 6's speed goal): 10,000 generated candidates, 40
// seats, one quota row per Member State plus perspective, lived-experience, organisation and
// sector quotas. Prints the time, whether GLPK proved the selection optimal, the objective
// and the rows, as one JSON object for bench/run.py. Usage: selection_bench [SEED] [N]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "selection/solver.h"

using namespace samla::selection;

namespace {

const std::vector<std::string> kMemberStates{"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES",
                                             "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
                                             "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"};
const std::vector<std::string> kPerspectives{"policymaker",    "healthcare_professional",
                                             "researcher",     "community_leader",
                                             "advocacy_group", "lived_experience"};
const std::vector<std::string> kSectors{"agency",
                                        "municipality",
                                        "region",
                                        "business",
                                        "civil_society",
                                        "academia",
                                        "healthcare_provider",
                                        "international_body"};

Problem generate(unsigned seed, int n) {
  std::mt19937 rng(seed);
  auto pick = [&](std::size_t k) { return static_cast<std::size_t>(rng() % k); };
  std::uniform_real_distribution<double> unit(0, 1);
  Problem p;
  p.seats = 40;
  p.time_limit_seconds = 30;
  for (int i = 0; i < n; ++i) {
    Candidate c;
    c.id = i + 1;
    c.country = pick(10) < 9 ? kMemberStates[pick(kMemberStates.size())] : "NO";
    c.perspectives.push_back(kPerspectives[pick(kPerspectives.size())]);
    if (pick(4) == 0) c.perspectives.push_back(kPerspectives[pick(kPerspectives.size())]);
    c.organisation_id = 1 + static_cast<std::int64_t>(pick(2000));
    c.sector = kSectors[pick(kSectors.size())];
    c.relevance = unit(rng);
    c.influence = pick(3) == 0 ? 0 : unit(rng);  // a third never assessed
    c.newcomer = pick(3) != 0;
    p.candidates.push_back(std::move(c));
  }
  p.quotas.push_back({Quota::Kind::country_min, "member_states", kMemberStates, 1, 0});
  for (const char* perspective :
       {"healthcare_professional", "researcher", "community_leader", "advocacy_group"})
    p.quotas.push_back({Quota::Kind::perspective_min, perspective, {}, 4, 0});
  p.quotas.push_back({Quota::Kind::perspective_max, "policymaker", {}, 12, 0});
  p.quotas.push_back(
      {Quota::Kind::perspective_share, "lived_experience", {}, 0, 0.2, "lived experience"});
  p.quotas.push_back({Quota::Kind::organisation_max, "", {}, 1, 0});
  for (const char* sector : {"municipality", "region", "civil_society", "academia"})
    p.quotas.push_back({Quota::Kind::sector_min, sector, {}, 3, 0});
  p.pinned = {1, 2};
  p.excluded = {3};
  return p;
}

}  // namespace

int main(int argc, char** argv) {
  unsigned seed = argc > 1 ? static_cast<unsigned>(std::atoi(argv[1])) : 1;
  int n = argc > 2 ? std::atoi(argv[2]) : 10000;
  Problem p = generate(seed, n);
  auto rows = expand(p);
  int counted = 0;  // rows that can bind (an organisation with one candidate cannot exceed 1)
  for (const auto& r : rows) counted += r.at_least || static_cast<int>(r.members.size()) > r.bound;
  auto started = std::chrono::steady_clock::now();
  auto solved = solve(p);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!solved.ok()) {
    std::fprintf(stderr, "selection failed: %s\n", solved.error().message.c_str());
    return 1;
  }
  std::printf(
      "{\"candidates\": %d, \"seats\": %d, \"quota_rows\": %d, \"seconds\": %.3f, "
      "\"proven_optimal\": %s, \"feasible\": %s, \"objective\": %.4f}\n",
      n, p.seats, counted, seconds, solved->proven_optimal ? "true" : "false",
      solved->feasible ? "true" : "false", solved->objective);
  return 0;
}
