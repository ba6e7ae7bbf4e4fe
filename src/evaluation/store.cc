#include "evaluation/store.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "access/records.h"
#include "core/clock.h"
#include "evaluation/rules.h"
#include "events/store.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::evaluation::store {
namespace {

using nlohmann::json;
using storage::Session;

const access::RecordKind kFormRecord{"evaluation_forms", "evaluation_form", "evaluation form"};

json items_json(const std::vector<Item>& items) {
  json out = json::array();
  for (const Item& i : items)
    out.push_back({{"id", i.id}, {"kind", i.kind}, {"text_sv", i.text_sv}, {"text_en", i.text_en}});
  return out;
}

std::vector<Item> items_from(const std::string& text) {
  std::vector<Item> out;
  const json parsed = json::parse(text, nullptr, false);
  if (!parsed.is_array()) return out;
  for (const json& i : parsed)
    out.push_back({i.value("id", std::int64_t{0}), i.value("kind", std::string("scale")),
                   i.value("text_sv", std::string()), i.value("text_en", std::string())});
  return out;
}

template <typename V>
json keyed(const std::map<std::int64_t, V>& values) {
  json out = json::object();
  for (const auto& [id, v] : values) out[std::to_string(id)] = v;
  return out;
}

template <typename V>
std::map<std::int64_t, V> unkeyed(const std::string& text) {
  std::map<std::int64_t, V> out;
  const json parsed = json::parse(text, nullptr, false);
  if (!parsed.is_object()) return out;
  for (const auto& [key, value] : parsed.items()) {
    try {
      out[std::stoll(key)] = value.template get<V>();
    } catch (const std::exception&) {  // a damaged row: skip the value, not the answer
    }
  }
  return out;
}

json form_json(const Form& f) {
  return {{"event_id", f.event_id}, {"items", items_json(f.items)}, {"version", f.version}};
}

}  // namespace

Result<Form> get_form(Session& s, std::int64_t event_id) {
  SAMLA_TRY(events::store::get_event(s, event_id));
  Form form;
  form.event_id = event_id;
  SAMLA_ASSIGN(auto rows, s.query("SELECT items, updated_at, updated_by, version FROM "
                                  "evaluation_forms WHERE event_id = ?",
                                  {event_id}));
  if (rows.empty()) {
    form.items = default_items();
  } else {
    form.items = items_from(rows.front().text(0));
    form.customised = true;
    storage::read_columns(rows.front(), 1, form.updated_at, form.updated_by, form.version);
  }
  SAMLA_ASSIGN(auto count, s.query_one("SELECT COUNT(*) FROM evaluation_answers WHERE event_id = ?",
                                       {event_id}));
  form.answers = count.integer(0);
  return form;
}

Result<Form> put_form(Session& s, std::int64_t event_id, std::vector<Item> items,
                      std::optional<std::int64_t> expected_version,
                      const access::Principal& actor) {
  SAMLA_ASSIGN(Form before, get_form(s, event_id));
  SAMLA_TRY(access::check_version(before.version, expected_version));
  std::vector<FieldError> errors = check_items(items);
  if (before.answers > 0)
    errors.emplace_back("items", Msg::form_has_answers,
                        MessageParams{{"count", std::to_string(before.answers)}});
  if (!errors.empty()) return invalid_fields(std::move(errors));
  const std::string now = now_iso8601();
  const std::string doc = items_json(items).dump();
  if (!before.customised)
    SAMLA_TRY(
        s.execute("INSERT INTO evaluation_forms (event_id, items, updated_at, updated_by, "
                  "version) VALUES (?, ?, ?, ?, 1)",
                  {event_id, doc, now, actor.name}));
  else
    SAMLA_TRY(storage::execute_versioned(
        s,
        "UPDATE evaluation_forms SET items = ?, updated_at = ?, updated_by = ?, "
        "version = version + 1 WHERE event_id = ? AND version = ?",
        {doc, now, actor.name, event_id, before.version}, "evaluation form"));
  SAMLA_ASSIGN(Form after, get_form(s, event_id));
  if (before.customised)
    SAMLA_TRY(access::audit_changed(s, kFormRecord, event_id, form_json(before), form_json(after),
                                    actor));
  else
    SAMLA_TRY(access::audit_created(s, kFormRecord, event_id, form_json(after), actor));
  return after;
}

Result<Answer> insert_answer(Session& s, std::int64_t event_id, std::int64_t invitation_id,
                             Answer answer) {
  SAMLA_ASSIGN(auto done, phases_answered(s, invitation_id));
  if (std::find(done.begin(), done.end(), answer.phase) != done.end())
    return invalid_field("phase", Msg::already_answered);
  answer.event_id = event_id;
  answer.invitation_id = invitation_id;
  answer.answered_at = now_iso8601();
  auto row = s.query_one(
      "INSERT INTO evaluation_answers (event_id, invitation_id, phase, ratings, texts, "
      "answered_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {event_id, invitation_id, answer.phase, keyed(answer.ratings).dump(),
       keyed(answer.texts).dump(), answer.answered_at});
  // Two answers at once: the second meets the UNIQUE constraint.
  if (!row.ok() && row.error().code == ErrorCode::conflict)
    return invalid_field("phase", Msg::already_answered);
  if (!row.ok()) return row.error();
  answer.id = row->integer(0);
  return answer;
}

Result<std::vector<Answer>> answers_of(Session& s, std::int64_t event_id) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT id, event_id, invitation_id, phase, ratings, texts, "
                                  "answered_at FROM evaluation_answers WHERE event_id = ? "
                                  "ORDER BY id",
                                  {event_id}));
  std::vector<Answer> out;
  for (const auto& row : rows) {
    Answer a;
    storage::read_columns(row, 0, a.id, a.event_id, a.invitation_id, a.phase);
    a.ratings = unkeyed<int>(row.text(4));
    a.texts = unkeyed<std::string>(row.text(5));
    a.answered_at = row.text(6);
    out.push_back(std::move(a));
  }
  return out;
}

Result<std::vector<std::string>> phases_answered(Session& s, std::int64_t invitation_id) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT phase FROM evaluation_answers WHERE invitation_id = ? "
                                  "ORDER BY phase DESC",
                                  {invitation_id}));
  std::vector<std::string> out;
  for (const auto& row : rows) out.push_back(row.text(0));
  return out;
}

}  // namespace samla::evaluation::store
