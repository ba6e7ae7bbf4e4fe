#include "analysis/store.h"

#include <nlohmann/json.hpp>

#include "access/audit.h"
#include "analysis/wire.h"
#include "core/clock.h"
#include "core/date.h"
#include "storage/row_reader.h"

namespace samla::analysis::store {
namespace {

using storage::Session;

constexpr std::size_t kMaxRationale = 4000;

constexpr const char* kSelect =
    "SELECT a.id, a.person_id, a.organisation_id, a.assessor_id, a.assessor_name, "
    "a.assessed_on, a.influence, a.interest, a.attitude, a.legitimacy, a.urgency, a.rationale, "
    "a.rationale_special, a.created_at FROM assessments a ";

bool is_day(const std::string& text) {
  return parse_day(text).has_value();
}

void check_scale(std::vector<FieldError>& errors, const char* field, int value, int min, int max) {
  if (value < min || value > max)
    errors.emplace_back(field, Msg::whole_number_range,
                        MessageParams{{"min", std::to_string(min)}, {"max", std::to_string(max)}});
}

Assessment read(const storage::Row& r) {
  Assessment a;
  a.id = r.integer(0);
  a.subject = read_subject(r, 1);
  storage::read_columns(r, 3, a.assessor_id, a.assessor_name, a.assessed_on, a.influence,
                        a.interest, a.attitude, a.legitimacy, a.urgency, a.rationale,
                        a.rationale_special, a.created_at);
  return a;
}

// Reads assessments and their relevance rows.
Result<std::vector<Assessment>> select(Session& s, const std::string& where_and_order,
                                       const storage::Params& params) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelect) + where_and_order, params));
  std::vector<Assessment> out;
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : rows) {
    index[r.integer(0)] = out.size();
    out.push_back(read(r));
  }
  if (out.empty()) return out;
  std::string sql =
      "SELECT ar.assessment_id, t.slug, ar.relevance FROM assessment_relevance ar "
      "JOIN themes t ON t.id = ar.theme_id";
  storage::Params ids;
  if (out.size() <= 500) {  // a few: ask for theirs; many: read all, cheaper than a huge IN
    std::string marks;
    for (const auto& a : out) {
      marks += marks.empty() ? "?" : ", ?";
      ids.emplace_back(a.id);
    }
    sql += " WHERE ar.assessment_id IN (" + marks + ")";
  }
  SAMLA_ASSIGN(auto relevance, s.query(sql, ids));
  for (const auto& r : relevance)
    if (auto it = index.find(r.integer(0)); it != index.end())
      out[it->second].relevance[r.text(1)] = static_cast<int>(r.integer(2));
  return out;
}

}  // namespace

std::vector<FieldError> validate(const Assessment& a, const std::string& today) {
  std::vector<FieldError> errors;
  check_scale(errors, "influence", a.influence, kScaleMin, kScaleMax);
  check_scale(errors, "interest", a.interest, kScaleMin, kScaleMax);
  check_scale(errors, "attitude", a.attitude, kAttitudeMin, kAttitudeMax);
  check_scale(errors, "legitimacy", a.legitimacy, kScaleMin, kScaleMax);
  check_scale(errors, "urgency", a.urgency, kScaleMin, kScaleMax);
  for (const auto& [theme, value] : a.relevance)
    if (value < kRelevanceMin || value > kRelevanceMax)
      errors.emplace_back("relevance." + theme, Msg::whole_number_range,
                          MessageParams{{"min", "0"}, {"max", "3"}});
  if (!is_day(a.assessed_on))
    errors.emplace_back("assessed_on", Msg::date_format);
  else if (a.assessed_on > today)
    errors.emplace_back("assessed_on", Msg::in_the_future);
  if (a.rationale.size() > kMaxRationale)
    errors.emplace_back("rationale", Msg::max_bytes, MessageParams{{"max", "4000"}});
  return errors;
}

Result<Assessment> insert_assessment(Session& s, Assessment a, const access::Principal& actor) {
  std::string now = now_iso8601();
  auto errors = validate(a, now.substr(0, 10));
  const bool person = a.subject.kind == Subject::Kind::person;
  SAMLA_ASSIGN(auto subject, s.query(person ? "SELECT 1 FROM people WHERE id = ?"
                                            : "SELECT 1 FROM organisations WHERE id = ?",
                                     {a.subject.id}));
  if (subject.empty())
    errors.emplace_back("subject_id",
                        person ? Msg::no_person_with_this_id : Msg::no_organisation_with_this_id);
  std::map<std::int64_t, int> theme_relevance;
  for (const auto& [slug, value] : a.relevance) {
    SAMLA_ASSIGN(auto theme, s.query("SELECT id FROM themes WHERE slug = ?", {slug}));
    if (theme.empty())
      errors.emplace_back("relevance." + slug, Msg::no_theme_with_this_slug);
    else
      theme_relevance[theme.front().integer(0)] = value;
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));

  a.assessor_id = actor.user_id;
  a.assessor_name = actor.name;
  a.created_at = now;
  storage::Value none = nullptr;
  SAMLA_ASSIGN(
      auto row,
      s.query_one("INSERT INTO assessments (person_id, organisation_id, assessor_id, "
                  "assessor_name, assessed_on, influence, interest, attitude, "
                  "legitimacy, urgency, rationale, rationale_special, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                  {person ? storage::Value{a.subject.id} : none,
                   person ? none : storage::Value{a.subject.id}, a.assessor_id, a.assessor_name,
                   a.assessed_on, std::int64_t{a.influence}, std::int64_t{a.interest},
                   std::int64_t{a.attitude}, std::int64_t{a.legitimacy}, std::int64_t{a.urgency},
                   a.rationale, std::int64_t{a.rationale_special}, a.created_at}));
  a.id = row.integer(0);
  for (const auto& [theme_id, value] : theme_relevance)
    SAMLA_TRY(s.execute(
        "INSERT INTO assessment_relevance (assessment_id, theme_id, relevance) VALUES (?, ?, ?)",
        {a.id, theme_id, std::int64_t{value}}));
  auto after = to_json(a);
  SAMLA_TRY(access::record_change(s, actor, "create", "assessment", std::to_string(a.id), nullptr,
                                  &after));
  return a;
}

Result<std::vector<Assessment>> assessments_of(Session& s, const Subject& subject) {
  return select(s,
                subject.kind == Subject::Kind::person
                    ? "WHERE a.person_id = ? ORDER BY a.assessed_on DESC, a.id DESC"
                    : "WHERE a.organisation_id = ? ORDER BY a.assessed_on DESC, a.id DESC",
                {subject.id});
}

Result<std::vector<Assessment>> all_assessments(Session& s) {
  return select(s, "ORDER BY a.assessed_on, a.id", {});
}

Subject read_subject(const storage::Row& r, std::size_t person_column) {
  if (auto person = r.optional_integer(person_column)) return {Subject::Kind::person, *person};
  return {Subject::Kind::organisation, r.optional_integer(person_column + 1).value_or(0)};
}

}  // namespace samla::analysis::store
