// The network use cases: ties in pooled sessions (writes in one transaction), and the graph
// with its metrics, computed once per network version and kept: a view never recomputes
// what has not changed. The version is the audit log's latest entry (every change to ties,
// people, organisations and attendance is audited), as for the register's caches; on
// PostgreSQL, where that is not a commit order, every call computes afresh.
#pragma once

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "network/graph.h"
#include "network/introduction_note.h"
#include "network/metrics.h"
#include "network/model.h"
#include "privacy/pooled_service.h"
#include "storage/database.h"

namespace samla::network {

struct Analysed {
  std::string day;
  Graph graph;
  Metrics metrics;
  std::optional<std::int64_t> version;
};

// A network request's filters as the client wrote them (query parameters); query() checks them.
struct NetworkFilters {
  std::optional<std::string> as_of;          // YYYY-MM-DD
  std::optional<std::string> types;          // tie types, comma-separated
  std::optional<std::string> theme;          // a theme's slug
  std::optional<std::string> country_group;  // a country group's slug
  std::optional<std::string> include;        // reported and/or co_participation
};

// The network as a file to download.
struct NetworkFile {
  std::string body;
  std::string content_type;
  std::string filename;
};

class NetworkService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  // Another way people gather (a follow-up group's members), counted as co-participation;
  // added at start, before any request.
  void add_co_participation_source(CoParticipationSource source) {
    sources_.push_back(std::move(source));
  }
  // How fast a shared event stops counting, in days (0: never); set at start, before any
  // request (samla serve --co-participation-half-life).
  void set_half_life_days(int days) { half_life_days_ = days; }

  // The network `q` asks for, with its metrics; shared, never modified after it is made.
  Result<std::shared_ptr<const Analysed>> analyse(const NetworkQuery& q);

  // The query `filters` ask for; 422 naming the filter for anything unknown.
  Result<NetworkQuery> query(const NetworkFilters& filters);
  // The network view's JSON for `viewer`; with_edges=false leaves the edges out.
  Result<std::string> view(const NetworkQuery& q, const privacy::Viewer& viewer, bool with_edges);
  // The network as `format` (graphml, gexf, nodes.csv or edges.csv) for `viewer`.
  Result<NetworkFile> export_file(const NetworkQuery& q, const privacy::Viewer& viewer,
                                  const std::string& format);
  // The network's summary after each event held (every "event"), or on the first day of each
  // month since the first event held (every "month", at most kMaxMonthlyPoints), and today:
  // {points}.
  static constexpr std::size_t kMaxMonthlyPoints = 60;
  Result<nlohmann::json> trends(const NetworkQuery& q, const std::string& every);
  // People not yet tied (by any live tie) who would bridge communities or countries, and a
  // first contact for each person with no tie; the reasons in `language`.
  Result<nlohmann::json> introductions(const NetworkQuery& q, Language language);

  // The ties, all or of one stakeholder, as `viewer` may see them (tie_uses.cc).
  Result<std::vector<Tie>> ties(const std::optional<Stakeholder>& of,
                                const privacy::Viewer& viewer);
  // One tie as `viewer` may see it.
  Result<Tie> tie(std::int64_t id, const privacy::Viewer& viewer);
  // Records a tie as the viewer's principal (store::insert_tie), answered as they may see it.
  Result<Tie> record_tie(const Tie& input, const privacy::Viewer& viewer);
  // Replaces tie `id` if it is still at `version` (If-Match), answered as the viewer may see it.
  Result<Tie> replace_tie(std::int64_t id, const Tie& input, std::optional<std::int64_t> version,
                          const privacy::Viewer& viewer);
  // Deletes tie `id` if it is still at `version`.
  Status delete_tie(std::int64_t id, std::optional<std::int64_t> version,
                    const access::Principal& actor);
  // Keeps a suggested introduction as a contact with each person (note_introduction).
  Result<IntroductionNote> note_introduction(const std::vector<std::int64_t>& person_ids,
                                             const std::string& text,
                                             const access::Principal& actor);

 private:
  std::vector<CoParticipationSource> sources_;
  int half_life_days_ = kDefaultHalfLifeDays;
  static constexpr std::size_t kMaxKept = 64;
  std::mutex mutex_;
  std::int64_t version_ = -1;
  std::map<std::string, std::shared_ptr<const Analysed>> kept_;
};

// Above this many nodes, betweenness is estimated from sampled sources (labelled so in the
// answer); exact betweenness on 100,000 nodes takes hours.
inline constexpr int kExactBetweennessNodes = 50000;

// How many sources the estimate walks: as many as about 250 million edge visits allow (each
// walk crosses every edge twice, out and back), at least 64 and at most 256. On a million
// edges that is about 130 walks, a few seconds on two cores.
inline int estimate_sources(std::size_t edges) {
  constexpr double kBudget = 250e6;
  const double fit = kBudget / (2.0 * static_cast<double>(std::max<std::size_t>(edges, 1)));
  return static_cast<int>(std::clamp(fit, 64.0, 256.0));
}

}  // namespace samla::network
