#include "reports/schema.h"

#include "programme/schema.h"

namespace samla::reports {
namespace {

// A report covers one event or a theme and/or date range; its texts are per language. Once
// approved, `snapshot` keeps the content as it was (JSON, unredacted: every rendering redacts
// for its reader). The public link's token is kept only as its SHA-256.
constexpr const char* kReportsSql = R"sql(
CREATE TABLE reports (
  id @ID@,
  event_id @INT@ REFERENCES events(id) ON DELETE CASCADE,
  theme TEXT,
  from_date TEXT,
  to_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'published')),
  intro_sv TEXT NOT NULL DEFAULT '',
  intro_en TEXT NOT NULL DEFAULT '',
  conclusions_sv TEXT NOT NULL DEFAULT '',
  conclusions_en TEXT NOT NULL DEFAULT '',
  snapshot TEXT,
  approved_at TEXT,
  approved_by TEXT,
  published_at TEXT,
  public_token_hash TEXT UNIQUE,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1,
  CHECK (event_id IS NULL OR (theme IS NULL AND from_date IS NULL AND to_date IS NULL))
);
CREATE INDEX reports_event ON reports (event_id, status);
CREATE TABLE report_comments (
  id @ID@,
  report_id @INT@ NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  author TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX report_comments_report ON report_comments (report_id, id);
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{20, "reports", kReportsSql, "", ""},
          storage::Migration{36, "reports in programmes",
                             programme::programme_column_sql("reports"), "", ""}};
}

}  // namespace samla::reports
