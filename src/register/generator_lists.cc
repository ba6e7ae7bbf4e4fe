#include "register/generator_lists.h"

#include <map>
#include <stdexcept>

#include "register/schema.h"

namespace samla::registry::generator_lists {

enum Names { kSwedish, kNordic, kGerman, kFrench, kSouthern, kCentral, kBaltic, kGreek };

const std::vector<CountryInfo>& countries() {
  static const std::vector<CountryInfo> list{
      {"SE", "sv", "46", kSwedish},   {"DE", "de", "49", kGerman},   {"FR", "fr", "33", kFrench},
      {"IT", "it", "39", kSouthern},  {"ES", "es", "34", kSouthern}, {"PL", "pl", "48", kCentral},
      {"NL", "nl", "31", kGerman},    {"FI", "fi", "358", kNordic},  {"NO", "no", "47", kNordic},
      {"DK", "da", "45", kNordic},    {"BE", "fr", "32", kFrench},   {"AT", "de", "43", kGerman},
      {"PT", "pt", "351", kSouthern}, {"GR", "el", "30", kGreek},    {"CZ", "cs", "420", kCentral},
      {"HU", "hu", "36", kCentral},   {"IE", "en", "353", kGerman},  {"RO", "ro", "40", kSouthern},
      {"LT", "lt", "370", kBaltic},   {"LV", "lv", "371", kBaltic},  {"EE", "et", "372", kBaltic},
      {"SI", "sl", "386", kCentral},  {"HR", "hr", "385", kCentral}, {"SK", "sk", "421", kCentral},
      {"BG", "bg", "359", kGreek},    {"LU", "fr", "352", kFrench},  {"MT", "mt", "356", kSouthern},
      {"CY", "el", "357", kGreek},    {"IS", "is", "354", kNordic},  {"UA", "uk", "380", kCentral},
  };
  return list;
}

const CountryInfo& country_info(const std::string& code) {
  static const std::map<std::string, const CountryInfo*> by_code = [] {
    std::map<std::string, const CountryInfo*> m;
    for (const auto& c : countries()) m[c.code] = &c;
    return m;
  }();
  auto found = by_code.find(code);
  if (found == by_code.end()) throw std::logic_error("generator: unknown country " + code);
  return *found->second;
}

const NameGroup& name_group(int index) {
  static const std::vector<NameGroup> groups{
      {{"Åsa", "Björn", "Märta", "Göran", "Linnéa", "Ingrid", "Östen", "Karin", "Anders", "Maja",
        "Sören", "Elsa", "Håkan", "Agnes", "Torbjörn", "Ylva", "Jöns", "Signe"},
       {"Öberg", "Ångström", "Lindqvist", "Bergström", "Sjöberg", "Nyström", "Åkesson", "Wikström",
        "Holmgren", "Söderlund", "Ek", "Lövgren", "Hägg", "Dahlén", "Forsberg", "Strömbäck"}},
      {{"Aino", "Jørgen", "Søren", "Eeva", "Ásdís", "Mikko", "Sigrún", "Ole", "Tuulikki", "Þóra"},
       {"Mäkinen", "Sørensen", "Virtanen", "Halvorsen", "Jónsdóttir", "Kärkkäinen", "Bråten",
        "Ødegård", "Lehtonen"}},
      {{"Jürgen", "Anneliese", "Lukas", "Käthe", "Maarten", "Sanne", "Dörte", "Niamh", "Siobhán"},
       {"Müller", "Schäfer", "Groß", "de Vries", "Van Dijk", "Köhler", "Weiß", "O'Brien",
        "Brandstätter"}},
      {{"Élodie", "François", "Hélène", "Zoë", "Benoît", "Anaïs", "Jérôme", "Mathéo"},
       {"Lefèvre", "Dubois", "Leclercq", "Bézier", "Rousseau", "Gauthier", "Poincaré"}},
      {{"Iñigo", "María José", "Giuseppe", "Chiara", "João", "Conceição", "Ioana", "Nicolò"},
       {"Muñoz", "Peña", "Esposito", "Dell'Orto", "Gonçalves", "Simões", "Popescu", "Zammit"}},
      {{"Łucja", "Wojciech", "Zdeněk", "Kateřina", "Zsófia", "Gábor", "Mateja", "Oleksandr"},
       {"Wiśniewska", "Nowak", "Dvořák", "Horváth", "Kovačič", "Šimić", "Novák", "Shevchenko"}},
      {{"Rūta", "Jānis", "Kadri", "Tõnu", "Gintarė", "Aušra", "Mārtiņš"},
       {"Kazlauskaitė", "Bērziņš", "Tamm", "Ozoliņa", "Saar", "Žukauskas"}},
      {{"Ελένη", "Γιώργος", "Мария", "Dimitra", "Kostas", "Иван"},
       {"Παπαδοπούλου", "Nikolaidis", "Петрова", "Georgiou", "Иванов", "Christodoulou"}},
  };
  return groups.at(static_cast<std::size_t>(index));
}

const std::vector<std::string>& places() {
  static const std::vector<std::string> list{
      "Norrgården", "Älvdalen",  "Östersjön", "Sjöviken",    "Bergå",      "Lindö",     "Ekbacken",
      "Västerås",   "Lakeside",  "Riverside", "Nordhavn",    "Südtal",     "Montclair", "Valverde",
      "Brzozów",    "Dolní Les", "Kalnciems", "Aspropyrgos", "Hafnarfell", "Greenhill"};
  return list;
}

const std::vector<OrganisationPattern>& organisation_patterns(const std::string& sector) {
  static const std::map<std::string, std::vector<OrganisationPattern>> by_sector{
      {"municipality", {{"", " kommun"}, {"Municipality of ", ""}, {"Gemeinde ", ""}}},
      {"civil_society",
       {{"Föreningen ", " för psykisk hälsa"},
        {"", " Mental Health Association"},
        {"Hand in hand ", ""}}},
      {"healthcare_provider",
       {{"", " vårdcentral"}, {"", " Psychiatric Clinic"}, {"Clinique ", ""}}},
      {"business", {{"", " Consulting AB"}, {"", " Health Tech"}, {"", " GmbH"}}},
      {"region", {{"Region ", ""}, {"", " County Council"}}},
      {"academia", {{"", " universitet"}, {"University of ", ""}, {"", " Institute"}}},
      {"agency", {{"", " Public Health Agency"}, {"", " myndigheten"}}},
      {"international_body", {{"", " Network"}, {"European ", " Forum"}}},
  };
  return by_sector.at(sector);
}

const std::vector<std::string>& titles() {
  static const std::vector<std::string> list{
      "Utredare",     "Verksamhetschef",     "Project manager", "Senior adviser", "Kurator",
      "Psychiatrist", "Peer support worker", "Policy officer",  "Forskare",       "Chairperson"};
  return list;
}

const std::vector<std::string>& theme_slugs() {
  static const std::vector<std::string> list = [] {
    std::vector<std::string> slugs;
    for (const auto& t : source_themes()) slugs.push_back(t.slug);
    return slugs;
  }();
  return list;
}

const std::vector<std::string>& tags() {
  static const std::vector<std::string> list{"newsletter", "reference-group", "workshop-2025",
                                             "speaker",    "pilot-site",      "steering-group"};
  return list;
}

const std::vector<std::string>& notes() {
  static const std::vector<std::string> list{
      "Met at the kickoff; interested in the pilot.", "Föreslagen av regionens samordnare.",
      "Prefers contact by e-mail.", "Kan bidra med erfarenheter från kommunens samverkansråd."};
  return list;
}

}  // namespace samla::registry::generator_lists
