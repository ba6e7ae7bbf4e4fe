// Wall-clock time as samla stores it: UTC, ISO 8601 with milliseconds ("2026-11-23T19:03:05.123Z").
// Text timestamps sort correctly and mean the same on SQLite and PostgreSQL.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace samla {

using TimePoint = std::chrono::system_clock::time_point;

// The current time.
TimePoint now();
// Formats t as UTC ISO 8601 with milliseconds and a trailing Z.
std::string format_iso8601(TimePoint t);
// The current time formatted as format_iso8601 does.
std::string now_iso8601();
// Parses what format_iso8601 writes (and the same without milliseconds); false if malformed.
bool parse_iso8601(const std::string& text, TimePoint& out);
// A stored timestamp as a time point; a malformed one counts as long past (so it has expired).
TimePoint stored_time(const std::string& text);

}  // namespace samla
