#include "rights/person_export.h"

#include <algorithm>
#include <map>

#include "core/clock.h"
#include "core/markup.h"
#include "rights/personal_data.h"
#include "rights/zip_writer.h"
#include "storage/catalog.h"

namespace samla::rights {
namespace {

using nlohmann::json;

json cell_json(const storage::Value& v, const storage::ColumnInfo& column) {
  if (std::holds_alternative<std::nullptr_t>(v)) return nullptr;
  if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* b = std::get_if<storage::Bytes>(&v)) return json{{"bytes", b->data.size()}};
  const std::string& text = std::get<std::string>(v);
  if (column.binary) return json{{"bytes", text.size()}};
  return text;
}

// The columns of `table` that leave the server (no secrets), as a SELECT list.
std::vector<const storage::ColumnInfo*> exported_columns(const storage::TableInfo& table) {
  std::vector<const storage::ColumnInfo*> out;
  for (const auto& c : table.columns)
    if (!is_secret_column(c.name)) out.push_back(&c);
  return out;
}

std::string select_list(const std::vector<const storage::ColumnInfo*>& columns) {
  std::string sql;
  for (const auto* c : columns)
    sql += (sql.empty() ? "" : ", ") + std::string("\"") + c->name + "\"";
  return sql;
}

Result<json> rows_as_json(storage::Session& s, const storage::TableInfo& table,
                          const std::string& where, const storage::Params& params) {
  const auto columns = exported_columns(table);
  SAMLA_ASSIGN(auto rows,
               s.query("SELECT " + select_list(columns) + " FROM " + table.name + " WHERE " + where,
                       params));
  json out = json::array();
  for (const auto& r : rows) {
    json row = json::object();
    for (std::size_t i = 0; i < columns.size(); ++i)
      row[columns[i]->name] = cell_json(r.value(i), *columns[i]);
    out.push_back(std::move(row));
  }
  return out;
}

// How the summary names a table: the tables a person meets, in plain words.
const std::map<std::string, std::pair<const char*, const char*>>& table_words() {
  static const std::map<std::string, std::pair<const char*, const char*>> words{
      {"people", {"Your entry in the register", "Din post i registret"}},
      {"person_languages", {"Languages", "Språk"}},
      {"person_perspectives", {"Perspectives", "Perspektiv"}},
      {"person_tags", {"Tags", "Taggar"}},
      {"person_themes", {"Expertise", "Expertis"}},
      {"users", {"Your account", "Ditt konto"}},
      {"consents", {"Consents and legal bases", "Samtycken och rättsliga grunder"}},
      {"invitations", {"Invitations", "Inbjudningar"}},
      {"evaluation_answers", {"Your evaluation answers", "Dina utvärderingssvar"}},
      {"outbox", {"Messages sent to you", "Meddelanden till dig"}},
      {"assessments", {"Stakeholder assessments", "Intressentbedömningar"}},
      {"ties", {"Connections in the network", "Kontakter i nätverket"}},
      {"interactions", {"Contacts with the programme", "Kontakter med programmet"}},
      {"kickoff_entries", {"Kickoff lists", "Startlistor"}},
      {"group_members", {"Group memberships", "Gruppmedlemskap"}},
      {"action_parties", {"Parts in actions", "Roller i åtgärder"}},
      {"actions", {"Actions you are accountable for", "Åtgärder du ansvarar för"}},
      {"outcomes", {"Outcomes and quotes", "Resultat och citat"}},
      {"agreement_signatories", {"Agreements you signed", "Avtal du skrivit under"}},
      {"audit_log", {"Changes recorded about you", "Ändringar som loggats om dig"}},
  };
  return words;
}

std::string table_title(const std::string& table, Language language) {
  auto it = table_words().find(table);
  if (it == table_words().end()) return table;
  return language == Language::sv ? it->second.second : it->second.first;
}

// Withholds the notes of ties marked as holding health details, and those notes in the ties'
// audit entries, from the person themselves: the note may be about the other end.
void withhold_special_tie_notes(json& records) {
  if (!records.contains("ties")) return;
  std::vector<std::string> withheld;
  for (auto& tie : records["ties"])
    if (tie.value("note_special", json(0)) == json(1)) {
      tie["note"] = "";
      withheld.push_back(std::to_string(tie.value("id", std::int64_t{0})));
    }
  if (withheld.empty() || !records.contains("audit_log")) return;
  for (auto& entry : records["audit_log"]) {
    if (entry.value("record_type", "") != "tie" ||
        std::find(withheld.begin(), withheld.end(), entry.value("record_id", "")) == withheld.end())
      continue;
    for (const char* side : {"before_json", "after_json"}) {
      if (!entry[side].is_string()) continue;
      json values = json::parse(entry[side].get<std::string>(), nullptr, false);
      if (!values.is_object() || !values.contains("note")) continue;
      values["note"] = "";
      entry[side] = values.dump();
    }
  }
}

}  // namespace

Result<json> person_records(storage::Session& s, std::int64_t person_id,
                            const std::string& exported_by, Reader reader) {
  const bool with_mentions = reader == Reader::administrator;
  SAMLA_ASSIGN(auto values, identifying_values(s, person_id));
  SAMLA_ASSIGN(auto tables, storage::describe_tables(s));
  std::map<std::string, const storage::TableInfo*> by_name;
  for (const auto& t : tables) by_name[t.name] = &t;
  json records = json::object();
  for (const auto& found : rows_naming(tables, person_id)) {
    auto it = by_name.find(found.table);
    if (it == by_name.end()) continue;
    SAMLA_ASSIGN(json rows, rows_as_json(s, *it->second, found.where, found.params));
    json& kept = records[found.table];
    if (kept.is_null()) kept = json::array();
    for (auto& row : rows)
      if (std::find(kept.begin(), kept.end(), row) == kept.end()) kept.push_back(std::move(row));
    if (kept.empty()) records.erase(found.table);
  }
  // Free text elsewhere that writes their name, address or number.
  json mentions = json::array();
  for (const auto& t : tables) {
    if (t.derived || !with_mentions) continue;
    for (const auto& c : t.columns) {
      if (!c.text || is_secret_column(c.name)) continue;
      for (const auto& value : values) {
        SAMLA_ASSIGN(json rows,
                     rows_as_json(s, t, contains_sql(s.dialect(), "\"" + c.name + "\""), {value}));
        for (auto& row : rows) {
          const json& kept = records.contains(t.name) ? records[t.name] : json::array();
          if (std::find(kept.begin(), kept.end(), row) != kept.end()) continue;
          mentions.push_back({{"table", t.name}, {"column", c.name}, {"row", std::move(row)}});
        }
      }
    }
  }
  if (reader == Reader::the_person) withhold_special_tie_notes(records);
  SAMLA_ASSIGN(Language language, language_of(s, person_id));
  return json{{"format", "samla-person-export/1"},
              {"person_id", person_id},
              {"exported_at", now_iso8601()},
              {"exported_by", exported_by},
              {"language", language == Language::sv ? "sv" : "en"},
              {"records", std::move(records)},
              {"mentions", std::move(mentions)}};
}

Result<Language> language_of(storage::Session& s, std::int64_t person_id) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT 1 FROM person_languages WHERE person_id = ? AND "
                                  "language = 'sv'",
                                  {person_id}));
  return rows.empty() ? Language::en : Language::sv;
}

std::string summary_html(const json& export_json, Language language) {
  const bool sv = language == Language::sv;
  std::string html = std::string("<!DOCTYPE html>\n<html lang=\"") + (sv ? "sv" : "en") +
                     "\"><head><meta charset=\"utf-8\"><title>" +
                     (sv ? "Det samla har om dig" : "What samla holds about you") +
                     "</title><style>body{font-family:sans-serif;max-width:60rem;margin:auto;"
                     "padding:1rem;line-height:1.5}table{border-collapse:collapse;margin-bottom:"
                     "1rem}th,td{border:1px solid #555;padding:.25rem .5rem;text-align:left;"
                     "vertical-align:top}</style></head><body>\n<h1>" +
                     (sv ? "Det samla har om dig" : "What samla holds about you") + "</h1>\n<p>" +
                     (sv ? "Utdrag gjort " : "Exported on ") +
                     xml_escape(export_json.value("exported_at", "")) + ". " +
                     (sv ? "Filen person.json har samma uppgifter i maskinläsbar form."
                         : "The file person.json holds the same data in a machine-readable form.") +
                     "</p>\n";
  for (const auto& [table, rows] : export_json.at("records").items()) {
    html += "<section><h2>" + xml_escape(table_title(table, language)) + "</h2>\n";
    for (const auto& row : rows) {
      html += "<table>";
      for (const auto& [column, value] : row.items())
        html += "<tr><th scope=\"row\">" + xml_escape(column) + "</th><td>" +
                xml_escape(value.is_string() ? value.get<std::string>() : value.dump()) +
                "</td></tr>";
      html += "</table>\n";
    }
    html += "</section>\n";
  }
  const auto& mentions = export_json.at("mentions");
  if (!mentions.empty()) {
    html += std::string("<section><h2>") +
            (sv ? "Andra poster som nämner dig" : "Other records that mention you") + "</h2><ul>\n";
    for (const auto& m : mentions)
      html += "<li>" + xml_escape(table_title(m.at("table").get<std::string>(), language)) + " (" +
              xml_escape(m.at("column").get<std::string>()) + ")</li>\n";
    html += "</ul></section>\n";
  }
  return html + "</body></html>\n";
}

Result<ExportFile> export_person(storage::Session& s, std::int64_t person_id,
                                 const std::string& exported_by, Reader reader) {
  SAMLA_ASSIGN(json records, person_records(s, person_id, exported_by, reader));
  const Language language = records.at("language") == "sv" ? Language::sv : Language::en;
  SAMLA_ASSIGN(std::string zip, zip_files({{"person.json", records.dump(2)},
                                           {"summary.html", summary_html(records, language)}}));
  return ExportFile{"samla-person-" + std::to_string(person_id) + ".zip", std::move(zip)};
}

}  // namespace samla::rights
