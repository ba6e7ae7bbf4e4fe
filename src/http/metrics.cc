#include "http/metrics.h"

#include <fmt/format.h>

#include <algorithm>

namespace samla::http {

void Metrics::record_request(int status, double seconds) {
  const int klass = std::clamp(status / 100, 1, 5) - 1;
  by_class_[static_cast<std::size_t>(klass)].fetch_add(1, std::memory_order_relaxed);
  const auto bucket = std::lower_bound(kBuckets.begin(), kBuckets.end(), seconds);
  buckets_[static_cast<std::size_t>(bucket - kBuckets.begin())].fetch_add(
      1, std::memory_order_relaxed);
  sum_micros_.fetch_add(static_cast<std::uint64_t>(std::max(0.0, seconds) * 1e6),
                        std::memory_order_relaxed);
}

void Metrics::set_gauge(const std::string& name, const std::string& help,
                        std::function<std::vector<GaugeSample>()> read) {
  std::lock_guard lock(mutex_);
  std::erase_if(gauges_, [&](const Gauge& g) { return g.name == name; });
  gauges_.push_back({name, help, std::move(read)});
}

void Metrics::remove_gauge(const std::string& name) {
  std::lock_guard lock(mutex_);
  std::erase_if(gauges_, [&](const Gauge& g) { return g.name == name; });
}

namespace {

void header(std::string& out, std::string_view name, std::string_view help, std::string_view type) {
  out += fmt::format("# HELP {} {}\n# TYPE {} {}\n", name, help, name, type);
}

void samples(std::string& out, const std::string& name, const std::vector<GaugeSample>& values) {
  for (const auto& v : values)
    out += v.labels.empty() ? fmt::format("{} {}\n", name, v.value)
                            : fmt::format("{}{{{}}} {}\n", name, v.labels, v.value);
}

}  // namespace

std::string Metrics::prometheus(
    const std::vector<std::pair<std::string, std::vector<GaugeSample>>>& more_values,
    const std::vector<std::pair<std::string, std::string>>& more_help) {
  std::string out;
  header(out, "samla_http_requests_total", "HTTP requests answered, by status class.", "counter");
  for (std::size_t k = 0; k < by_class_.size(); ++k)
    out += fmt::format("samla_http_requests_total{{code=\"{}xx\"}} {}\n", k + 1,
                       by_class_[k].load(std::memory_order_relaxed));
  header(out, "samla_http_request_duration_seconds",
         "Time from a request read to its answer ready, in seconds.", "histogram");
  std::uint64_t cumulative = 0;
  for (std::size_t b = 0; b < kBuckets.size(); ++b) {
    cumulative += buckets_[b].load(std::memory_order_relaxed);
    out += fmt::format("samla_http_request_duration_seconds_bucket{{le=\"{}\"}} {}\n", kBuckets[b],
                       cumulative);
  }
  const std::uint64_t count = cumulative + buckets_.back().load(std::memory_order_relaxed);
  out += fmt::format("samla_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {}\n", count);
  out += fmt::format("samla_http_request_duration_seconds_sum {}\n",
                     static_cast<double>(sum_micros_.load(std::memory_order_relaxed)) / 1e6);
  out += fmt::format("samla_http_request_duration_seconds_count {}\n", count);
  header(out, "samla_http_requests_shed_total",
         "Requests answered 503 at once because every worker was busy.", "counter");
  out += fmt::format("samla_http_requests_shed_total {}\n", shed_.load(std::memory_order_relaxed));
  header(out, "samla_errors_total", "Unexpected errors (answered 500 and logged).", "counter");
  out += fmt::format("samla_errors_total {}\n", exceptions_.load(std::memory_order_relaxed));
  std::vector<Gauge> gauges;
  {
    std::lock_guard lock(mutex_);
    gauges = gauges_;
  }
  for (const auto& g : gauges) {
    header(out, g.name, g.help, "gauge");
    samples(out, g.name, g.read());
  }
  for (const auto& [name, values] : more_values) {
    auto help = std::find_if(more_help.begin(), more_help.end(),
                             [&](const auto& h) { return h.first == name; });
    header(out, name, help == more_help.end() ? name : help->second, "gauge");
    samples(out, name, values);
  }
  return out;
}

Metrics& process_metrics() {
  static Metrics metrics;
  return metrics;
}

}  // namespace samla::http
