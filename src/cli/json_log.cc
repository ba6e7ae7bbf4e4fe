#include "cli/json_log.h"

#include <spdlog/pattern_formatter.h>
#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "http/log_context.h"

namespace samla::cli {
namespace {

class JsonLines : public spdlog::formatter {
 public:
  void format(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest) override {
    nlohmann::json line{
        {"time", format_iso8601(std::chrono::time_point_cast<TimePoint::duration>(msg.time))},
        {"level", std::string(spdlog::level::to_string_view(msg.level).data(),
                              spdlog::level::to_string_view(msg.level).size())},
        {"message", std::string(msg.payload.data(), msg.payload.size())}};
    if (const std::string& id = http::current_request_id(); !id.empty()) line["request_id"] = id;
    if (const http::AccessFields* access = http::current_access()) {
      line["method"] = std::string(access->method);
      line["path"] = std::string(access->path);
      line["status"] = access->status;
      line["duration_ms"] = access->milliseconds;
    }
    // A message with invalid UTF-8 (a path a client sent) is written with U+FFFD, not dropped.
    const std::string text =
        line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    dest.append(text.data(), text.data() + text.size());
  }
  std::unique_ptr<spdlog::formatter> clone() const override {
    return std::make_unique<JsonLines>();
  }
};

}  // namespace

void use_json_logs() {
  spdlog::set_formatter(std::make_unique<JsonLines>());
}

}  // namespace samla::cli
