#include "analysis/views.h"

#include <algorithm>

namespace samla::analysis {
namespace {

Scores scores_of(const Assessment& a) {
  return Scores{double(a.influence), double(a.interest), double(a.attitude), double(a.legitimacy),
                double(a.urgency)};
}

// The latest assessment of each assessor among `history` (oldest first) up to `day`.
std::vector<const Assessment*> latest_per_assessor(const std::vector<const Assessment*>& history,
                                                   const std::string& day) {
  std::map<std::int64_t, const Assessment*> latest;
  for (const Assessment* a : history)
    if (a->assessed_on <= day) latest[a->assessor_id] = a;  // later entries overwrite
  std::vector<const Assessment*> out;
  for (const auto& [assessor, a] : latest) out.push_back(a);
  return out;
}

Consensus consensus_of(const std::vector<const Assessment*>& latest) {
  std::vector<Scores> scores;
  for (const Assessment* a : latest) scores.push_back(scores_of(*a));
  return consensus(scores);
}

StakeholderView view_of(const Subject& subject, const std::vector<const Assessment*>& history,
                        Profile profile, const ViewOptions& options) {
  StakeholderView v;
  v.subject = subject;
  v.profile = std::move(profile);
  v.last_assessed_on = history.back()->assessed_on;
  auto latest = latest_per_assessor(history, v.last_assessed_on);
  v.consensus = consensus_of(latest);
  std::vector<std::map<std::string, int>> given;
  for (const Assessment* a : latest) given.push_back(a->relevance);
  v.relevance = relevance(given, options.theme);
  v.quadrant = quadrant(v.consensus.mean, options.grid);
  v.straddles = straddles_threshold(v.consensus, options.grid);
  v.salience = salience(v.consensus.mean, options.salience);
  v.strategy = strategy(v.quadrant, v.consensus.mean.attitude);
  v.priority = priority(v.consensus.mean, v.relevance, options.weights);
  for (const Assessment* a : history) {
    if (!v.positions.empty() && v.positions.back().as_of == a->assessed_on) continue;
    auto as_of = consensus_of(latest_per_assessor(history, a->assessed_on));
    v.positions.push_back({a->assessed_on, as_of.mean.influence, as_of.mean.interest});
  }
  v.movements = movements(v.positions, options.grid);
  return v;
}

}  // namespace

std::vector<StakeholderView> build_views(const std::vector<Assessment>& assessments,
                                         const std::map<Subject, Profile>& profiles,
                                         const ViewOptions& options) {
  std::map<Subject, std::vector<const Assessment*>> by_subject;
  for (const auto& a : assessments) by_subject[a.subject].push_back(&a);
  std::vector<StakeholderView> views;
  for (const auto& [subject, history] : by_subject) {
    auto profile = profiles.find(subject);
    views.push_back(view_of(subject, history,
                            profile == profiles.end() ? Profile{} : profile->second, options));
  }
  std::stable_sort(views.begin(), views.end(), [](const auto& a, const auto& b) {
    return a.priority != b.priority ? a.priority > b.priority : a.profile.name < b.profile.name;
  });
  return views;
}

}  // namespace samla::analysis
