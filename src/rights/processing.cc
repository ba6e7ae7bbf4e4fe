#include "rights/processing.h"

#include "register/exporter.h"

namespace samla::rights {
namespace {

using nlohmann::json;

struct Words {
  const char *en, *sv;
};

struct Activity {
  const char* key;
  Words purpose;
  std::vector<const char*> bases;
  Words categories;
  bool special;
  Words subjects;
  Words recipients;
  Words retention;  // {evaluation} and {inactive} are replaced by the months in force
};

const std::vector<Activity>& activities() {
  static const std::vector<Activity> list{
      {"register",
       {"Mapping and contacting the programme's stakeholders",
        "Kartlägga och kontakta programmets intressenter"},
       {"legitimate_interest", "consent", "public_task"},
       {"Name, title, organisation, country, e-mail, phone, languages, expertise, tags, notes, who "
        "mapped them and why",
        "Namn, titel, organisation, land, e-post, telefon, språk, expertis, taggar, anteckningar, "
        "vem som kartlade och varför"},
       false,
       {"People in the organisations concerned", "Personer i berörda organisationer"},
       {"The programme's coordinators and facilitators; observers without notes",
        "Programmets samordnare och processledare; observatörer utan anteckningar"},
       {"Until erased; someone inactive for {inactive} months is listed for review",
        "Tills posten raderas; den som varit inaktiv i {inactive} månader listas för granskning"}},
      {"lived_experience",
       {"Making sure people with lived experience are heard",
        "Se till att personer med egen erfarenhet hörs"},
       {"explicit_consent"},
       {"That the person takes part with lived experience of mental illness (health data)",
        "Att personen deltar med egen erfarenhet av psykisk ohälsa (hälsouppgift)"},
       true,
       {"Stakeholders who consent", "Intressenter som samtycker"},
       {"Administrators and coordinators only; never in counts others see",
        "Bara administratörer och samordnare; aldrig i antal som andra ser"},
       {"Until the consent is withdrawn, then erased at once",
        "Tills samtycket återkallas, då raderas uppgiften genast"}},
      {"events",
       {"Inviting people to workshops and dialogues", "Bjuda in till workshoppar och dialoger"},
       {"legitimate_interest", "consent"},
       {"Invitations, answers, attendance, interpretation language; access needs (health data) "
        "with consent",
        "Inbjudningar, svar, närvaro, tolkspråk; behov av anpassning (hälsouppgift) med samtycke"},
       true,
       {"Invited stakeholders", "Inbjudna intressenter"},
       {"The event's organisers", "Evenemangets arrangörer"},
       {"Access needs: erased when the event closes; the rest until erased",
        "Behov av anpassning: raderas när evenemanget avslutas; resten tills posten raderas"}},
      {"evaluation",
       {"Evaluating what an event changed", "Utvärdera vad ett evenemang förändrade"},
       {"consent"},
       {"Ratings before and after, free-text answers",
        "Skattningar före och efter, svar i fritext"},
       false,
       {"Participants who answer", "Deltagare som svarar"},
       {"Organisers; results only in groups of at least five",
        "Arrangörer; resultat bara i grupper om minst fem"},
       {"Free text emptied after {evaluation} months; ratings kept for the statistics",
        "Fritext töms efter {evaluation} månader; skattningar sparas för statistiken"}},
      {"network",
       {"Showing and analysing the stakeholder network", "Visa och analysera intressentnätverket"},
       {"legitimate_interest", "consent"},
       {"Reported ties and who attended the same events",
        "Rapporterade kontakter och vilka som deltog i samma evenemang"},
       false,
       {"Stakeholders", "Intressenter"},
       {"Readers of the register", "De som läser registret"},
       {"Left out at once when consent is withdrawn; ties until erased",
        "Utesluts genast när samtycket återkallas; kontakter tills de raderas"}},
      {"reports",
       {"Reporting what events produced", "Rapportera vad evenemang gav"},
       {"consent", "legitimate_interest"},
       {"Outcomes, quotes (named only with consent), photos and recordings with consent",
        "Resultat, citat (med namn bara med samtycke), foton och inspelningar med samtycke"},
       false,
       {"Participants", "Deltagare"},
       {"The public, when a report is published", "Allmänheten, när en rapport publiceras"},
       {"Published reports are kept; names leave quotes when consent is withdrawn",
        "Publicerade rapporter sparas; namn tas bort ur citat när samtycket återkallas"}},
      {"follow_up",
       {"Following up: groups, action plans, contacts",
        "Uppföljning: grupper, handlingsplaner, kontakter"},
       {"legitimate_interest"},
       {"Memberships, actions and their owners, meetings and calls with their summaries",
        "Medlemskap, åtgärder och deras ansvariga, möten och samtal med sammanfattningar"},
       false,
       {"Stakeholders and staff", "Intressenter och personal"},
       {"The programme's coordinators; summaries only to those who may read notes",
        "Programmets samordnare; sammanfattningar bara till dem som får läsa anteckningar"},
       {"Until erased; someone inactive for {inactive} months is listed for review",
        "Tills posten raderas; den som varit inaktiv i {inactive} månader listas för granskning"}},
      {"accounts",
       {"Accounts, security and the audit log", "Konton, säkerhet och ändringsloggen"},
       {"legitimate_interest", "contract"},
       {"Account names, roles, password hashes, sessions, the log of changes",
        "Kontonamn, roller, lösenordshashar, sessioner, ändringsloggen"},
       false,
       {"Users of samla", "Användare av samla"},
       {"Administrators", "Administratörer"},
       {"Sessions end after their lifetime; the log is kept, an erasure takes the person's values "
        "out of it",
        "Sessioner upphör efter sin livslängd; loggen sparas, en radering tar bort personens "
        "uppgifter ur den"}},
  };
  return list;
}

std::string filled(const char* text, const privacy::PrivacySettings& settings) {
  std::string out = text;
  for (auto [slot, months] : {std::pair{"{evaluation}", settings.evaluation_texts_months},
                              std::pair{"{inactive}", settings.inactive_after_months}})
    for (auto at = out.find(slot); at != std::string::npos; at = out.find(slot))
      out.replace(at, std::string(slot).size(), std::to_string(months));
  return out;
}

}  // namespace

json processing_records(const privacy::PrivacySettings& settings, Language language) {
  const bool sv = language == Language::sv;
  auto pick = [&](const Words& w) { return std::string(sv ? w.sv : w.en); };
  json list = json::array();
  for (const auto& a : activities())
    list.push_back({{"key", a.key},
                    {"purpose", pick(a.purpose)},
                    {"bases", a.bases},
                    {"categories", pick(a.categories)},
                    {"special_category", a.special},
                    {"subjects", pick(a.subjects)},
                    {"recipients", pick(a.recipients)},
                    {"retention", filled(sv ? a.retention.sv : a.retention.en, settings)}});
  return {
      {"activities", std::move(list)},
      {"note",
       sv ? "Uppgifterna lämnar aldrig servern utom genom de exporter och e-postmeddelanden som "
            "beskrivs här; inga uppgifter överförs till tredje land."
          : "The data leaves the server only through the exports and e-mails described "
            "here; nothing is transferred to third countries."}};
}

std::string processing_csv(const json& records, Language language) {
  const bool sv = language == Language::sv;
  registry::ExportTable table;
  table.header = sv ? std::vector<std::string>{"Ändamål",
                                               "Rättslig grund",
                                               "Kategorier av uppgifter",
                                               "Känsliga uppgifter",
                                               "Registrerade",
                                               "Mottagare",
                                               "Lagring"}
                    : std::vector<std::string>{
                          "Purpose",       "Legal basis", "Categories of data", "Special category",
                          "Data subjects", "Recipients",  "Retention"};
  for (const auto& a : records.at("activities")) {
    std::string bases;
    for (const auto& b : a.at("bases")) bases += (bases.empty() ? "" : ", ") + b.get<std::string>();
    table.rows.push_back(
        {a.at("purpose"), bases, a.at("categories"),
         a.at("special_category").get<bool>() ? (sv ? "ja" : "yes") : (sv ? "nej" : "no"),
         a.at("subjects"), a.at("recipients"), a.at("retention")});
  }
  return registry::to_csv(table, {',', true, true});
}

}  // namespace samla::rights
