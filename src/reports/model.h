// Reports (issue 16): a summary of one event, or of several chosen by theme and dates, written
// up in Swedish and English from samla's own data, reviewed, approved and published. Plain
// data, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace samla::reports {

// draft → in_review → approved → published; in_review → draft for changes; published →
// approved withdraws the publication.
const std::vector<std::string>& statuses();

struct Report {
  std::int64_t id = 0;
  // What it covers: one event, or the events of a theme and/or a date range.
  std::optional<std::int64_t> event_id;
  std::optional<std::string> theme;
  std::optional<std::string> from, to;  // YYYY-MM-DD, inclusive
  // The programme it belongs to: given, else the event's, else the default programme.
  std::optional<std::int64_t> programme_id;
  std::string title;  // joined: the event's title, or the theme and dates
  std::string status = "draft";
  // Editable while a draft; one text per language.
  std::string intro_sv, intro_en, conclusions_sv, conclusions_en;
  std::optional<std::string> approved_at, approved_by, published_at;
  bool public_link = false;  // whether a public read-only link exists (its token is shown once)
  std::string created_by, created_at, updated_at;
  std::int64_t version = 1;
};

struct Comment {
  std::int64_t id = 0;
  std::int64_t report_id = 0;
  std::string author;
  std::string body;
  std::string created_at;
};

}  // namespace samla::reports
