#include "analysis/import_assessments.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "analysis/store.h"
#include "core/clock.h"

namespace samla::analysis {
namespace {

using registry::ExtensionCells;
using registry::ExtensionProblem;

struct Field {
  std::string_view name;
  std::vector<std::string_view> words;  // headers, folded without separators
};

// The headers in English and Swedish, as the assessment form words them.
const std::array<Field, 7> kFields{{
    {"influence", {"influence", "inflytande"}},
    {"interest", {"interest", "intresse"}},
    {"attitude", {"attitude", "inställning", "attityd"}},
    {"legitimacy", {"legitimacy", "legitimitet"}},
    {"urgency", {"urgency", "brådska", "angelägenhet"}},
    {"assessed_on", {"assessedon", "assessmentdate", "bedömdden", "bedömningsdatum"}},
    {"assessment_rationale",
     {"assessmentrationale", "bedömningensmotivering", "motiveringförbedömningen"}},
}};
constexpr std::array<std::string_view, 5> kScores{"influence", "interest", "attitude", "legitimacy",
                                                  "urgency"};

std::string header_key(std::string_view header) {
  std::string key = registry::fold_label(header);
  key.erase(std::remove(key.begin(), key.end(), '_'), key.end());
  return key;
}

// A whole number as people type it in a sheet: "3", "+2", "−2" (the minus sign the form
// shows), "3.0" (Excel's number). nullopt for anything else.
std::optional<int> whole_number(std::string text) {
  static const std::string minus = "\u2212";
  if (text.rfind(minus, 0) == 0) text = "-" + text.substr(minus.size());
  if (!text.empty() && text.front() == '+') text.erase(0, 1);
  if (auto dot = text.find('.');
      dot != std::string::npos && text.find_first_not_of('0', dot + 1) == std::string::npos)
    text.erase(dot);
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

std::string cell(const ExtensionCells& cells, std::string_view field) {
  auto it = cells.find(std::string(field));
  return it == cells.end() ? std::string() : it->second;
}

class AssessmentColumns final : public registry::ImportExtension {
 public:
  explicit AssessmentColumns(std::optional<access::Principal> assessor)
      : assessor_(std::move(assessor)) {}

  std::optional<std::string> field_for_header(registry::ImportKind,
                                              std::string_view header) const override {
    std::string key = header_key(header);
    for (const auto& f : kFields)
      if (std::find(f.words.begin(), f.words.end(), key) != f.words.end())
        return std::string(f.name);
    return std::nullopt;
  }

  std::vector<std::string> fields(registry::ImportKind) const override {
    std::vector<std::string> out;
    for (const auto& f : kFields) out.emplace_back(f.name);
    return out;
  }

  std::optional<ExtensionProblem> check_columns(
      const std::vector<std::string>& present) const override {
    for (std::string_view score : kScores)
      if (std::find(present.begin(), present.end(), score) == present.end())
        return ExtensionProblem{std::string(score), Message(Msg::column_required)};
    if (!assessor_) return ExtensionProblem{present.front(), Message(Msg::assessor_required)};
    if (!access::can(*assessor_, access::Action::assess_stakeholders))
      return ExtensionProblem{present.front(), Message(Msg::may_not_assess)};
    return std::nullopt;
  }

  std::vector<ExtensionProblem> check_row(const ExtensionCells& cells) const override {
    std::vector<ExtensionProblem> out;
    auto read = read_assessment(cells, out);
    for (auto& e : store::validate(read, today()))
      if (e.field != "influence" && e.field != "interest" && e.field != "attitude" &&
          e.field != "legitimacy" && e.field != "urgency")
        out.emplace_back(e.field == "rationale" ? "assessment_rationale" : e.field,
                         Message(e.code, e.params));
    return out;
  }

  Result<int> write_row(storage::Session& s, const registry::StakeholderRef& subject,
                        const ExtensionCells& cells) const override {
    std::vector<ExtensionProblem> ignored;  // checked before anything was written
    Assessment a = read_assessment(cells, ignored);
    a.subject = subject;
    // The same sheet imported again adds nothing: the assessor's judgement of that day is there.
    const bool person = subject.kind == registry::StakeholderRef::Kind::person;
    SAMLA_ASSIGN(auto same,
                 s.query(std::string("SELECT 1 FROM assessments WHERE ") +
                             (person ? "person_id" : "organisation_id") +
                             " = ? AND assessor_id = ? AND assessed_on = ? AND influence = ? AND "
                             "interest = ? AND attitude = ? AND legitimacy = ? AND urgency = ? AND "
                             "rationale = ?",
                         {subject.id, assessor_->user_id, a.assessed_on, std::int64_t{a.influence},
                          std::int64_t{a.interest}, std::int64_t{a.attitude},
                          std::int64_t{a.legitimacy}, std::int64_t{a.urgency}, a.rationale}));
    if (!same.empty()) return 0;
    auto written = store::insert_assessment(s, std::move(a), *assessor_);
    if (!written.ok()) {
      Error e = written.error();
      for (auto& f : e.fields)
        if (f.field == "rationale") f.field = "assessment_rationale";
      return e;
    }
    return 1;
  }

  std::string_view counted_as() const override { return "assessments"; }

 private:
  static std::string today() { return now_iso8601().substr(0, 10); }

  // The row as an assessment; the scores' own problems (empty, not a number, out of range) go
  // to `problems`, so each cell is named once.
  static Assessment read_assessment(const ExtensionCells& cells,
                                    std::vector<ExtensionProblem>& problems) {
    Assessment a;
    for (std::string_view field : kScores) {
      const bool attitude = field == "attitude";
      const int min = attitude ? kAttitudeMin : kScaleMin;
      const int max = attitude ? kAttitudeMax : kScaleMax;
      std::string text = cell(cells, field);
      auto value = whole_number(text);
      if (text.empty())
        problems.emplace_back(std::string(field), Message(Msg::assessment_scores_required));
      else if (!value || *value < min || *value > max)
        problems.emplace_back(std::string(field),
                              Message(Msg::whole_number_range, {{"min", std::to_string(min)},
                                                                {"max", std::to_string(max)}}));
      int score = value.value_or(0);
      if (field == "influence") a.influence = score;
      if (field == "interest") a.interest = score;
      if (attitude) a.attitude = score;
      if (field == "legitimacy") a.legitimacy = score;
      if (field == "urgency") a.urgency = score;
    }
    a.assessed_on = cell(cells, "assessed_on");
    if (a.assessed_on.empty()) a.assessed_on = today();
    a.rationale = cell(cells, "assessment_rationale");
    return a;
  }

  std::optional<access::Principal> assessor_;
};

}  // namespace

std::shared_ptr<const registry::ImportExtension> assessment_columns(
    std::optional<access::Principal> assessor) {
  return std::make_shared<AssessmentColumns>(std::move(assessor));
}

}  // namespace samla::analysis
