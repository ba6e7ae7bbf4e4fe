#include "reports/words.h"

#include <map>
#include <memory>

#include <unicode/locid.h>
#include <unicode/numfmt.h>
#include <unicode/unistr.h>

namespace samla::reports {
namespace {

using Pair = std::pair<const char*, const char*>;  // sv, en

const std::map<std::string_view, Pair>& phrases() {
  static const std::map<std::string_view, Pair> table{
      {"report", {"Rapport", "Report"}},
      {"draft_notice", {"Utkast – siffrorna kan ändras.", "Draft – the figures may change."}},
      {"purpose", {"Syfte och teman", "Purpose and themes"}},
      {"events", {"Evenemang", "Events"}},
      {"themes", {"Teman", "Themes"}},
      {"who_took_part", {"Vilka deltog", "Who took part"}},
      {"participation_summary",
       {"{invited} inbjudna, {accepted} tackade ja, {attended} deltog.",
        "{invited} invited, {accepted} accepted, {attended} attended."}},
      {"by_country_group", {"Deltagare per landgrupp", "Participants by country group"}},
      {"by_country", {"Deltagare per land", "Participants by country"}},
      {"by_perspective", {"Deltagare per perspektiv", "Participants by perspective"}},
      {"by_sector", {"Deltagare per sektor", "Participants by sector"}},
      {"group", {"Grupp", "Group"}},
      {"invited", {"Inbjudna", "Invited"}},
      {"attended", {"Deltog", "Attended"}},
      {"agenda", {"Program", "Agenda"}},
      {"time", {"Tid", "Time"}},
      {"item", {"Punkt", "Item"}},
      {"led_by", {"Ansvarig", "Led by"}},
      {"results", {"Insikter, resultat och beslut", "Key insights, outcomes and decisions"}},
      {"action_points", {"Åtgärdspunkter", "Action points"}},
      {"action", {"Åtgärd", "Action"}},
      {"owner", {"Ansvarig", "Owner"}},
      {"due", {"Klart senast", "Due"}},
      {"priority", {"Prioritet", "Priority"}},
      {"quotes", {"Citat", "Quotes"}},
      {"anonymous", {"anonym deltagare", "a participant"}},
      {"evaluation", {"Utvärdering före och efter", "Evaluation before and after"}},
      {"evaluation_summary",
       {"{before} svarade före, {after} efter och {both} både före och efter.",
        "{before} answered before, {after} after and {both} both before and after."}},
      {"statement", {"Påstående", "Statement"}},
      {"before", {"Före", "Before"}},
      {"after", {"Efter", "After"}},
      {"pairs", {"Svarade båda gångerna", "Answered both times"}},
      {"shift", {"Förändring", "Change"}},
      {"p_value", {"p-värde (Wilcoxon)", "p-value (Wilcoxon)"}},
      {"scale_note",
       {"Medelvärden på en skala från 1 (stämmer inte alls) till 5 (stämmer helt). "
        "p-värdet visas när minst 6 personer svarade både före och efter.",
        "Means on a scale from 1 (do not agree at all) to 5 (agree completely). The p-value "
        "is shown where at least 6 people answered both before and after."}},
      {"chart_caption",
       {"Medelvärde före och efter, per påstående", "Mean before and after, by statement"}},
      {"lessons", {"Lärdomar som evenemanget byggde på", "Lessons learned the event built on"}},
      {"next_steps", {"Nästa steg", "Next steps"}},
      {"introduction", {"Inledning", "Introduction"}},
      {"none", {"Inget registrerat.", "None recorded."}},
      {"fewer_than_5", {"färre än 5", "fewer than 5"}},
      {"unknown", {"okänt", "unknown"}},
      {"gathered", {"Sammanställt från samla", "Compiled from samla"}},
      {"page", {"Sida", "Page"}},
      {"action_plan",
       {"Handlingsplan: läget för åtgärderna", "Action plan: where the actions stand"}},
      {"action_plan_summary",
       {"Åtgärder den {day}: {total}, varav {done} klara och {open} pågående eller planerade. "
        "Försenade: {overdue}. Har stannat av: {stalled}. Ligger efter planen: {at_risk}.",
        "Actions on {day}: {total}, of which {done} done and {open} under way or planned. "
        "Overdue: {overdue}. Stalled: {stalled}. Behind schedule: {at_risk}."}},
      {"by_status", {"Åtgärder per status", "Actions by status"}},
      {"status", {"Status", "Status"}},
      {"actions_count", {"Åtgärder", "Actions"}},
      {"overdue_actions", {"Försenade åtgärder", "Overdue actions"}},
      {"accountable", {"Ytterst ansvarig", "Accountable"}},
      {"progress", {"Framsteg", "Progress"}},
      {"burn_up", {"Åtgärder över tid: alla och klara", "Actions over time: all and done"}},
      {"date", {"Datum", "Date"}},
      {"all_actions", {"Alla åtgärder", "All actions"}},
      {"done_actions", {"Klara", "Done"}},
      {"indicators", {"Indikatorer", "Indicators"}},
      {"indicator_caption", {"{name} ({action})", "{name} ({action})"}},
      {"value", {"Värde", "Value"}},
      {"baseline", {"Utgångsläge", "Baseline"}},
      {"target", {"Mål", "Target"}},
  };
  return table;
}

const std::map<std::string_view, std::map<std::string_view, Pair>>& vocabularies() {
  static const std::map<std::string_view, std::map<std::string_view, Pair>> table{
      {"sector",
       {{"agency", {"Myndighet", "Government agency"}},
        {"municipality", {"Kommun", "Municipality"}},
        {"region", {"Region", "Region"}},
        {"business", {"Näringsliv", "Business"}},
        {"civil_society", {"Civilsamhälle", "Civil society"}},
        {"academia", {"Akademi", "Academia"}},
        {"healthcare_provider", {"Vårdgivare", "Healthcare provider"}},
        {"international_body", {"Internationellt organ", "International body"}},
        {"unknown", {"Okänd", "Unknown"}}}},
      {"perspective",
       {{"policymaker", {"Beslutsfattare", "Policymaker"}},
        {"healthcare_professional", {"Vårdprofessionell", "Healthcare professional"}},
        {"researcher", {"Forskare", "Researcher"}},
        {"community_leader", {"Lokal ledare", "Community leader"}},
        {"advocacy_group", {"Intresseorganisation", "Advocacy group"}},
        {"lived_experience", {"Egen erfarenhet", "Lived experience"}}}},
      {"event_type",
       {{"kickoff", {"Uppstartsmöte", "Kickoff"}},
        {"thematic_workshop", {"Tematisk workshop", "Thematic workshop"}},
        {"policy_dialogue", {"Policydialog", "Policy dialogue"}},
        {"group_meeting", {"Gruppmöte", "Group meeting"}}}},
      {"outcome_kind",
       {{"key_insight", {"Viktiga insikter", "Key insights"}},
        {"outcome", {"Resultat", "Outcomes"}},
        {"decision", {"Beslut", "Decisions"}}}},
      {"priority",
       {{"high", {"Hög", "High"}}, {"medium", {"Medel", "Medium"}}, {"low", {"Låg", "Low"}}}},
      {"action_status",
       {{"proposed", {"Föreslagen", "Proposed"}},
        {"agreed", {"Beslutad", "Agreed"}},
        {"in_progress", {"Pågår", "In progress"}},
        {"blocked", {"Blockerad", "Blocked"}},
        {"done", {"Klar", "Done"}},
        {"dropped", {"Avbruten", "Dropped"}}}},
  };
  return table;
}

}  // namespace

std::string Words::operator()(std::string_view key) const {
  auto it = phrases().find(key);
  if (it == phrases().end()) return std::string(key);
  return swedish() ? it->second.first : it->second.second;
}

std::string Words::label(std::string_view vocabulary, std::string_view value) const {
  auto v = vocabularies().find(vocabulary);
  if (v == vocabularies().end()) return std::string(value);
  auto it = v->second.find(value);
  if (it == v->second.end()) return std::string(value);
  return swedish() ? it->second.first : it->second.second;
}

std::string Words::country(const std::string& code) const {
  if (code == "unknown") return (*this)("unknown");
  icu::UnicodeString name;
  icu::Locale("", code.c_str()).getDisplayCountry(icu::Locale(swedish() ? "sv" : "en"), name);
  std::string out;
  name.toUTF8String(out);
  return out.empty() || out == code ? code : out;
}

std::string Words::count(long long n) const {
  if (n < 0) return (*this)("fewer_than_5");
  return number(static_cast<double>(n), 0);
}

std::string Words::number(double value, int decimals) const {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::NumberFormat> format(
      icu::NumberFormat::createInstance(icu::Locale(swedish() ? "sv" : "en"), status));
  if (U_FAILURE(status)) return std::to_string(value);
  format->setMinimumFractionDigits(decimals);
  format->setMaximumFractionDigits(decimals);
  icu::UnicodeString text;
  format->format(value, text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string Words::shift(double value) const {
  std::string magnitude = number(value < 0 ? -value : value, 1);
  if (value > 0) return "+" + magnitude;
  if (value < 0) return "\u2212" + magnitude;
  return magnitude;
}

}  // namespace samla::reports
