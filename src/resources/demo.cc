#include "resources/demo.h"

#include "programme/store.h"
#include "resources/sniff.h"
#include "resources/store.h"

namespace samla::resources {
namespace {

struct DemoResource {
  const char* title;
  const char* description;
  const char* kind;
  const char* language;
  const char* theme;  // "": none
  const char* audience;
  const char* url;       // "": a document
  const char* filename;  // of the document
  const char* contents;  // of the document
};

constexpr DemoResource kResources[] = {
    {"WHO: Mental health",
     "The World Health Organization's pages on mental health: facts, the comprehensive mental "
     "health action plan 2013–2030 and guidance for countries.",
     "knowledge", "en", "mental_health_promotion", "everyone",
     "https://www.who.int/health-topics/mental-health", "", ""},
    {"EU: A comprehensive approach to mental health",
     "The European Commission's mental health pages: the 2023 communication, its flagship "
     "initiatives and funding for member states.",
     "policy", "en", "access_to_services", "everyone",
     "https://health.ec.europa.eu/non-communicable-diseases/mental-health_en", "", ""},
    {"Folkhälsomyndigheten: Psykisk hälsa och suicidprevention",
     "Kunskapsunderlag och stöd för kommuner och regioner i arbetet med psykisk hälsa.",
     "knowledge", "sv", "mental_health_promotion", "everyone",
     "https://www.folkhalsomyndigheten.se/", "", ""},
    {"Mall för minnesanteckningar från workshop",
     "En mall för att skriva ner workshopens viktigaste insikter, förslag och vem som gör vad.",
     "tool", "sv", "", "everyone", "", "mall-minnesanteckningar.md",
     "# Minnesanteckningar\n\n"
     "Workshop:\nDatum:\nAntecknat av:\n\n"
     "## Viktigaste insikter\n\n1.\n2.\n3.\n\n"
     "## Förslag till initiativlistan\n\n- Förslag:\n  Vem föreslår:\n\n"
     "## Åtgärder\n\n| Vad | Vem | Klart senast |\n|-----|-----|--------------|\n|     |     |     "
     "         |\n"},
    {"Planning note for the formation workshops",
     "The secretariat's working note on rooms, dates and the order of the formation workshops.",
     "report", "en", "", "team", "", "formation-workshops-planning.txt",
     "Formation workshops: planning note\n\n"
     "1. Children and young people: the region hosts; two half days.\n"
     "2. Adults: online first, then one day in person.\n"
     "Open questions: interpretation into Arabic and Northern Sami; step-free rooms.\n"},
};

}  // namespace

Result<Counts> load_demo_resources(storage::SessionPool& pool, const access::Principal& actor) {
  SAMLA_ASSIGN(auto lease, pool.acquire());
  return storage::in_transaction(*lease, [&](storage::Session& s) -> Result<Counts> {
    Counts summary{{"resources", 0}};
    SAMLA_ASSIGN(auto existing, s.query_one("SELECT COUNT(*) FROM resources"));
    if (existing.integer(0) > 0) return summary;
    SAMLA_ASSIGN(const std::int64_t programme, programme::store::default_programme_id(s));
    for (const DemoResource& d : kResources) {
      Resource r;
      r.programme_id = programme;
      r.title = d.title;
      r.description = d.description;
      r.kind = d.kind;
      r.language = d.language;
      if (*d.theme) r.themes = {d.theme};
      r.audience = d.audience;
      if (*d.url) r.url = d.url;
      SAMLA_ASSIGN(Resource made, store::insert_resource(s, std::move(r), actor));
      if (*d.filename) {
        SAMLA_ASSIGN(std::string type, sniff_content_type(d.contents, d.filename));
        StoredFile file{FileFacts{.name = named_for_type(d.filename, type), .content_type = type},
                        d.contents};
        SAMLA_TRY(store::put_file(s, made.id, std::move(file), made.version, actor));
      }
      ++summary["resources"];
    }
    return summary;
  });
}

}  // namespace samla::resources
