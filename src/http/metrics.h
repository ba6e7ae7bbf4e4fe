// What the server counts for GET /metrics (Prometheus' text format, version 0.0.4): requests
// by status class, their latency as a histogram, requests turned away because every worker was
// busy, unhandled exceptions; gauges (waiting requests, open WebSockets, the database pool, the
// outbox) are read when the page is asked for. Counting is a few relaxed atomic additions per
// request, so it costs nothing worth measuring.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace samla::http {

// One sample of a gauge: its labels as Prometheus writes them (`status="queued"`, or empty)
// and its value.
struct GaugeSample {
  std::string labels;
  double value = 0;
};

class Metrics {
 public:
  // The upper bounds of the latency histogram's buckets, in seconds.
  static constexpr std::array<double, 12> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                   0.05,   0.1,   0.25,   0.5,   1.0,  2.5};

  void record_request(int status, double seconds);
  void record_shed() { shed_.fetch_add(1, std::memory_order_relaxed); }
  void record_exception() { exceptions_.fetch_add(1, std::memory_order_relaxed); }

  // A gauge read at every scrape; a later gauge of the same name replaces the earlier (a
  // server started again in one process).
  void set_gauge(const std::string& name, const std::string& help,
                 std::function<std::vector<GaugeSample>()> read);
  void remove_gauge(const std::string& name);

  // The whole page, plus `more` gauges read by the caller (the database's, the outbox's).
  std::string prometheus(
      const std::vector<std::pair<std::string, std::vector<GaugeSample>>>& more_values = {},
      const std::vector<std::pair<std::string, std::string>>& more_help = {});

 private:
  struct Gauge {
    std::string name;
    std::string help;
    std::function<std::vector<GaugeSample>()> read;
  };
  std::array<std::atomic<std::uint64_t>, 5> by_class_{};  // 1xx … 5xx
  // Not cumulative; the last counts what took longer than every bound. The count is their
  // sum, read once, so a scrape never shows a bucket above +Inf.
  std::array<std::atomic<std::uint64_t>, kBuckets.size() + 1> buckets_{};
  std::atomic<std::uint64_t> sum_micros_{0};
  std::atomic<std::uint64_t> shed_{0};
  std::atomic<std::uint64_t> exceptions_{0};
  std::mutex mutex_;
  std::vector<Gauge> gauges_;
};

// The process's one set of metrics (Prometheus scrapes a process).
Metrics& process_metrics();

}  // namespace samla::http
