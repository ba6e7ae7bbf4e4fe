#include <set>

#include "events/invitation_rules.h"
#include "events/invitations_internal.h"
#include "events/selections.h"
#include "selection/solver.h"

namespace samla::events::store {

using nlohmann::json;

Result<std::vector<Invitation>> propose_from_waitlist(storage::Session& s, const Event& event,
                                                      const Invitation& declined,
                                                      const access::Principal& actor) {
  std::vector<Invitation> proposed;
  if (!declined.selection_id) return proposed;  // asked by hand: no pool to draw from
  SAMLA_ASSIGN(json stored, get_selection(s, *declined.selection_id));
  const json request = stored.value("parameters", json::object());
  SAMLA_ASSIGN(PosedSelection posed, pose_selection(s, event, request, actor));
  selection::Problem& problem = posed.problem;
  SAMLA_ASSIGN(auto asked, invitations_of(s, event.id));
  std::set<std::int64_t> in_pool;
  for (const auto& c : problem.candidates) in_pool.insert(c.id);
  problem.pinned.clear();
  std::set<std::int64_t> excluded;
  for (auto id : problem.excluded)
    if (in_pool.count(id)) excluded.insert(id);
  for (const auto& invitation : asked) {
    if (!in_pool.count(invitation.person_id)) continue;
    const bool from_this_selection = invitation.selection_id == declined.selection_id;
    if (from_this_selection && holds_seat(invitation.status)) {
      problem.pinned.push_back(invitation.person_id);
      excluded.erase(invitation.person_id);
    } else {
      excluded.insert(invitation.person_id);
    }
  }
  problem.excluded.assign(excluded.begin(), excluded.end());
  if (static_cast<int>(problem.pinned.size()) >= problem.seats) return proposed;
  // Fewer candidates than seats left: fill what can be filled.
  const int available = static_cast<int>(problem.candidates.size() - problem.excluded.size());
  if (available < problem.seats) problem.seats = available;
  if (static_cast<int>(problem.pinned.size()) >= problem.seats) return proposed;
  SAMLA_ASSIGN(auto solved, selection::solve(problem));
  const std::set<std::int64_t> pinned(problem.pinned.begin(), problem.pinned.end());
  for (const auto& chosen : solved.chosen) {
    std::int64_t person_id = problem.candidates[chosen.index].id;
    if (pinned.count(person_id)) continue;
    json explanation = explain_choice(solved, chosen);
    SAMLA_ASSIGN(Invitation next,
                 insert_invitation(s, event, person_id, declined.language, declined.selection_id,
                                   explanation, declined.id, actor));
    proposed.push_back(std::move(next));
  }
  return proposed;
}

}  // namespace samla::events::store
