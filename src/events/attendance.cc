#include "events/attendance.h"

#include <algorithm>
#include <map>

#include "core/markup.h"
#include "events/invitations.h"
#include "events/messages.h"
#include "events/store.h"

namespace samla::events::store {
namespace {

// The statuses that say someone is coming or came; the web's words (web/src/i18n) for them.
const std::map<std::string, std::pair<const char*, const char*>>& attendance_words() {
  static const std::map<std::string, std::pair<const char*, const char*>> words{
      {"accepted", {"Accepted", "Tackat ja"}},
      {"tentative", {"Tentative", "Kanske"}},
      {"attended", {"Attended", "Deltog"}},
      {"no_show", {"No-show", "Uteblev"}},
  };
  return words;
}

std::string word(const std::string& status, Language language) {
  const auto& words = attendance_words();
  auto it = words.find(status);
  if (it == words.end()) return status;
  return language == Language::sv ? it->second.second : it->second.first;
}

std::string mode_word(const std::optional<std::string>& mode, Language language) {
  if (!mode) return "";
  if (*mode == "online") return language == Language::sv ? "På distans" : "Online";
  return language == Language::sv ? "På plats" : "In person";
}

// The invitations of `event_id` whose status is one of `statuses`, by name.
Result<std::vector<Invitation>> by_name(storage::Session& s, std::int64_t event_id,
                                        std::initializer_list<const char*> statuses) {
  SAMLA_ASSIGN(auto all, invitations_of(s, event_id));
  std::vector<Invitation> out;
  for (auto& v : all)
    if (std::any_of(statuses.begin(), statuses.end(),
                    [&](const char* st) { return v.status == st; }))
      out.push_back(std::move(v));
  std::stable_sort(out.begin(), out.end(), [](const Invitation& a, const Invitation& b) {
    return a.person_name < b.person_name;
  });
  return out;
}

}  // namespace

Result<registry::ExportTable> attendance_table(storage::Session& s, std::int64_t event_id,
                                               Language language) {
  SAMLA_ASSIGN(Event event, get_event(s, event_id));
  SAMLA_ASSIGN(auto people, by_name(s, event_id, {"accepted", "tentative", "attended", "no_show"}));
  const bool sv = language == Language::sv;
  const bool hybrid = event.format == "hybrid";
  registry::ExportTable table;
  table.header =
      sv ? std::vector<std::string>{"Namn", "Organisation", "Land", "Svar", "Incheckad"}
         : std::vector<std::string>{"Name", "Organisation", "Country", "Answer", "Checked in"};
  // A hybrid event's evidence says who was in the room and who online.
  if (hybrid) table.header.push_back(sv ? "Deltar" : "Taking part");
  for (const auto& v : people) {
    table.rows.push_back({v.person_name, v.organisation_name.value_or(""), v.country.value_or(""),
                          word(v.status, language), v.checked_in_at.value_or("")});
    if (hybrid) table.rows.back().push_back(mode_word(v.attendance_mode, language));
  }
  return table;
}

Result<std::string> sign_in_sheet(storage::Session& s, std::int64_t event_id, Language language) {
  SAMLA_ASSIGN(Event event, get_event(s, event_id));
  SAMLA_ASSIGN(auto people, by_name(s, event_id, {"accepted", "tentative", "attended"}));
  // Paper is signed in the room: those of a hybrid event who said they take part online
  // are not on it.
  if (event.format == "hybrid")
    std::erase_if(people, [](const Invitation& v) { return v.attendance_mode == "online"; });
  const bool sv = language == Language::sv;
  const std::string lang = sv ? "sv" : "en";
  std::string place = event.venue.value_or(event.link.value_or(""));
  std::string out = "<!doctype html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">";
  out += "<title>" + xml_escape((sv ? "Närvarolista: " : "Sign-in sheet: ") + event.title) +
         "</title><style>body{font-family:sans-serif;margin:2rem;color:#111}"
         "table{border-collapse:collapse;width:100%}th,td{border:1px solid #444;padding:.5rem;"
         "text-align:left;vertical-align:top}td.sign{width:35%;height:2.2rem}"
         "@media print{body{margin:1cm}tr{break-inside:avoid}}</style></head><body>";
  out += "<h1>" + xml_escape(event.title) + "</h1>";
  out += "<p>" + xml_escape(describe_time(event, lang)) + "</p>";
  if (!place.empty()) out += "<p>" + xml_escape(place) + "</p>";
  out += std::string("<table><caption>") +
         (sv ? "Skriv under när du kommer" : "Please sign when you arrive") +
         "</caption><thead><tr><th scope=\"col\">" + (sv ? "Nr" : "No.") +
         "</th><th scope=\"col\">" + (sv ? "Namn" : "Name") + "</th><th scope=\"col\">" +
         "Organisation</th><th scope=\"col\">" + (sv ? "Namnteckning" : "Signature") +
         "</th></tr></thead><tbody>";
  int n = 0;
  for (const auto& v : people)
    out += "<tr><td>" + std::to_string(++n) + "</td><td>" + xml_escape(v.person_name) +
           "</td><td>" + xml_escape(v.organisation_name.value_or("")) +
           "</td><td class=\"sign\"></td></tr>";
  // Rows for those who come without having answered.
  for (int i = 0; i < 5; ++i)
    out +=
        "<tr><td>" + std::to_string(++n) + "</td><td></td><td></td><td class=\"sign\"></td></tr>";
  out += "</tbody></table></body></html>\n";
  return out;
}

}  // namespace samla::events::store
