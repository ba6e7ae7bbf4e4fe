// Logs as JSON lines (`samla --log-format json`, or SAMLA_LOG_FORMAT=json), for log collectors:
// one object per line with "time" (UTC, ISO 8601), "level", "message", and, while a request is
// answered, its "request_id"; the access line also has "method", "path", "status" and
// "duration_ms" (http/log_context.h).
#pragma once

namespace samla::cli {

void use_json_logs();

}  // namespace samla::cli
