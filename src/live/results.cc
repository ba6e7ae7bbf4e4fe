#include "live/results.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/case_fold.h"

namespace samla::live {
namespace {

using nlohmann::json;

double one_decimal(double x) {
  return static_cast<double>(static_cast<int>(x * 10 + 0.5)) / 10;
}

std::size_t respondents(const std::vector<AnswerRow>& answers) {
  std::set<std::int64_t> who;
  for (const auto& a : answers) who.insert(a.participant_id);
  return who.size();
}

json per_input(const Activity& activity, const std::vector<Input>& inputs,
               const std::vector<AnswerRow>& answers) {
  json out = json::array();
  for (const auto& input : inputs) {
    if (input.hidden || input.merged_into) continue;
    std::set<std::int64_t> voters;
    int agree = 0, disagree = 0, pass = 0, total = 0;
    for (const auto& a : answers) {
      if (a.input_id != input.id) continue;
      voters.insert(a.participant_id);
      const int v = a.value.value_or(0);
      if (activity.kind == "statements") {
        (v > 0 ? agree : v < 0 ? disagree : pass) += 1;
      } else {
        total += activity.kind == "dots" ? v : 1;
      }
    }
    json row{{"input_id", input.id}};
    if (activity.kind == "statements") {
      row["voters"] = voters.size();
      // How each statement divided the room is a breakdown too.
      if (voters.size() >= static_cast<std::size_t>(kMinGroup)) {
        row["agree"] = agree;
        row["disagree"] = disagree;
        row["pass"] = pass;
      } else {
        row["withheld"] = "fewer_than_3";
      }
    } else {
      row[activity.kind == "dots" ? "dots" : "upvotes"] = total;
    }
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace

std::string word_key(const std::string& text) {
  std::string folded = fold_case(text);
  const auto first = folded.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  const auto last = folded.find_last_not_of(" \t\r\n.,;:!?");
  return folded.substr(first, last == std::string::npos ? 0 : last - first + 1);
}

json results_of(const Activity& activity, const std::vector<Input>& inputs,
                const std::vector<AnswerRow>& answers, Audience audience) {
  const std::size_t n = respondents(answers);
  json out{{"respondents", n}};
  if (audience == Audience::participant && activity.hold_results && activity.status != "closed") {
    out["held"] = true;
    out.erase("respondents");
    return out;
  }
  if (activity.about_lived_experience) {
    out["withheld"] = "lived_experience";
    return out;
  }
  if (activity.kind == "ideas" || activity.kind == "dots" || activity.kind == "statements") {
    out["per_input"] = per_input(activity, inputs, answers);
    return out;
  }
  if (activity.kind != "poll") return out;
  if (n < static_cast<std::size_t>(kMinGroup)) {
    out["withheld"] = "fewer_than_3";
    return out;
  }
  const std::string type = activity.poll_type.value_or("single");
  if (type == "single" || type == "multiple") {
    std::vector<int> counts(activity.options.size(), 0);
    for (const auto& a : answers)
      if (a.choice && *a.choice >= 0 && static_cast<std::size_t>(*a.choice) < counts.size())
        ++counts[static_cast<std::size_t>(*a.choice)];
    out["counts"] = counts;
  } else if (type == "ranking") {
    // Borda points: first of n options n-1, last 0; and each option's mean place.
    const std::size_t n_options = activity.options.size();
    std::vector<int> points(n_options, 0), placed(n_options, 0), rank_sum(n_options, 0);
    for (const auto& a : answers) {
      if (!a.choice || !a.value || *a.choice < 0 ||
          static_cast<std::size_t>(*a.choice) >= n_options)
        continue;
      const auto c = static_cast<std::size_t>(*a.choice);
      points[c] += static_cast<int>(n_options) - *a.value;
      rank_sum[c] += *a.value;
      ++placed[c];
    }
    json mean_rank = json::array();
    for (std::size_t c = 0; c < n_options; ++c)
      mean_rank.push_back(placed[c]
                              ? json(one_decimal(static_cast<double>(rank_sum[c]) / placed[c]))
                              : json(nullptr));
    out["points"] = points;
    out["mean_rank"] = std::move(mean_rank);
  } else if (type == "scale") {
    std::vector<int> counts(5, 0);
    double sum = 0;
    int valued = 0;
    for (const auto& a : answers)
      if (a.value && *a.value >= 1 && *a.value <= 5) {
        ++counts[static_cast<std::size_t>(*a.value - 1)];
        sum += *a.value;
        ++valued;
      }
    out["counts"] = counts;
    out["mean"] = valued ? one_decimal(sum / valued) : 0.0;
  } else if (type == "words") {
    std::map<std::string, int> counts;
    for (const auto& a : answers) {
      const std::string key = word_key(a.words);
      if (!key.empty()) ++counts[key];
    }
    std::vector<std::pair<std::string, int>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    json words = json::array();
    for (std::size_t i = 0; i < sorted.size() && i < 60; ++i)
      words.push_back({{"word", sorted[i].first}, {"count", sorted[i].second}});
    out["words"] = std::move(words);
  }
  return out;
}

}  // namespace samla::live
