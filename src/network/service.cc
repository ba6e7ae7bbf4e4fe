#include "network/service.h"

#include <spdlog/spdlog.h>

#include <chrono>

#include "network/graph.h"
#include "register/count_cache.h"

namespace samla::network {
namespace {

// The cache key: the query with its day resolved.
std::string key_of(const NetworkQuery& q, const std::string& day) {
  std::string key = day + "|" + q.theme.value_or("") + "|" + q.country_group.value_or("") + "|" +
                    (q.reported ? "r" : "") + (q.co_participation ? "c" : "") + "|" +
                    std::to_string(q.half_life_days) + "|";
  for (const auto& t : q.types) key += t + ",";
  return key;
}

}  // namespace

Result<std::shared_ptr<const Analysed>> NetworkService::analyse(const NetworkQuery& q) {
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  SAMLA_ASSIGN(auto version, registry::register_generation(*lease));
  const std::string day = query_day(q);
  const std::string key = key_of(q, day);
  if (version) {
    std::lock_guard lock(mutex_);
    if (*version != version_) {
      kept_.clear();
      version_ = *version;
    }
    if (auto hit = kept_.find(key); hit != kept_.end()) return hit->second;
  }
  auto made = std::make_shared<Analysed>();
  made->day = day;
  made->version = version;
  const auto started = std::chrono::steady_clock::now();
  SAMLA_ASSIGN(made->graph, build_graph(*lease, q, sources_));
  const auto built = std::chrono::steady_clock::now();
  const bool large = made->graph.nodes.size() > static_cast<std::size_t>(kExactBetweennessNodes);
  SAMLA_ASSIGN(
      made->metrics,
      compute_metrics(made->graph, large ? estimate_sources(made->graph.edges.size()) : 0));
  const auto measured = std::chrono::steady_clock::now();
  spdlog::info("network as of {}: {} nodes, {} edges read in {:.2f} s, metrics in {:.2f} s", day,
               made->graph.nodes.size(), made->graph.edges.size(),
               std::chrono::duration<double>(built - started).count(),
               std::chrono::duration<double>(measured - built).count());
  if (version) {
    std::lock_guard lock(mutex_);
    if (*version == version_) {
      if (kept_.size() >= kMaxKept) kept_.erase(kept_.begin());
      kept_[key] = made;
    }
  }
  return std::shared_ptr<const Analysed>(std::move(made));
}

}  // namespace samla::network
