#include "evaluation/results.h"

#include <set>

#include "evaluation/statistics.h"

namespace samla::evaluation {
namespace {

// The answers of one invitation, before and after.
struct Pair {
  const Answer* before = nullptr;
  const Answer* after = nullptr;
};

std::optional<int> rating(const Answer* a, std::int64_t item) {
  if (!a) return std::nullopt;
  auto it = a->ratings.find(item);
  return it == a->ratings.end() ? std::nullopt : std::optional<int>(it->second);
}

std::vector<ItemResult> items_of(const Form& form, const std::map<std::int64_t, Pair>& people,
                                 bool with_texts) {
  std::vector<ItemResult> out;
  for (const Item& item : form.items) {
    ItemResult r;
    r.item = item;
    if (item.kind == "scale") {
      std::vector<int> before, after;
      std::vector<std::pair<int, int>> pairs;
      for (const auto& [id, p] : people) {
        auto b = rating(p.before, item.id), a = rating(p.after, item.id);
        if (b) before.push_back(*b);
        if (a) after.push_back(*a);
        if (b && a) pairs.emplace_back(*b, *a);
      }
      r.before = summarize(before);
      r.after = summarize(after);
      r.shift = paired_shift(pairs);
    } else {
      for (bool before : {true, false})
        for (const auto& [id, p] : people) {
          const Answer* a = before ? p.before : p.after;
          if (!a) continue;
          auto text = a->texts.find(item.id);
          if (text == a->texts.end()) continue;
          ++r.text_count;
          if (with_texts) r.texts.push_back(text->second);
        }
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

Results compute_results(const ResultsInput& in) {
  Results out;
  out.event_id = in.form->event_id;
  out.invited = in.invited;
  std::map<std::int64_t, Pair> people;
  for (const Answer& a : *in.answers)
    (a.phase == kBefore ? people[a.invitation_id].before : people[a.invitation_id].after) = &a;
  for (const auto& [id, p] : people) {
    out.answered_before += p.before ? 1 : 0;
    out.answered_after += p.after ? 1 : 0;
    out.answered_both += p.before && p.after ? 1 : 0;
  }
  out.items = items_of(*in.form, people, in.with_texts);
  if (!in.by) return out;

  out.by = in.by;
  std::map<std::string, std::map<std::int64_t, Pair>> groups;
  for (const auto& [id, p] : people) {
    auto found = in.groups_of.find(id);
    if (found == in.groups_of.end()) continue;
    for (const std::string& g : std::set<std::string>(found->second.begin(), found->second.end()))
      groups[g][id] = p;
  }
  for (const auto& [name, members] : groups) {
    if (static_cast<int>(members.size()) < kMinGroup) {
      ++out.small_groups;
      continue;
    }
    // Free text stays out of the groups: a few words and a country can name someone.
    out.groups.push_back(
        {name, static_cast<int>(members.size()), items_of(*in.form, members, false)});
  }
  return out;
}

}  // namespace samla::evaluation
