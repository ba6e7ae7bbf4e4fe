// The reports' storage queries, each inside a caller's session (and transaction). Every change
// is audited (the texts and status, never a snapshot or a token).
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "reports/model.h"
#include "storage/database.h"

namespace samla::reports::store {

// A new draft; its scope checked (an event that exists, a theme that exists).
Result<Report> insert_report(storage::Session& s, Report r, const access::Principal& actor);
Result<Report> get_report(storage::Session& s, std::int64_t id);
// Newest first.
Result<std::vector<Report>> list_reports(storage::Session& s);
// The newest report of the event, if any.
Result<std::optional<Report>> latest_for_event(storage::Session& s, std::int64_t event_id);
// Whether the event has an approved (or published) report.
Result<bool> has_approved_report(storage::Session& s, std::int64_t event_id);

// Replaces the texts of a draft (If-Match).
Result<Report> update_texts(storage::Session& s, std::int64_t id, const Report& texts,
                            std::optional<std::int64_t> expected_version,
                            const access::Principal& actor);
// Moves the report to `to`; on approval keeps `snapshot` (the content as it stands).
Result<Report> move_report(storage::Session& s, std::int64_t id, const std::string& to,
                           const std::optional<nlohmann::json>& snapshot,
                           std::optional<std::int64_t> expected_version,
                           const access::Principal& actor);
// The approved content, when there is one.
Result<std::optional<nlohmann::json>> snapshot_of(storage::Session& s, std::int64_t id);

// A new public link's token (the old one, if any, stops working), or none to revoke it.
Result<std::optional<std::string>> set_public_link(storage::Session& s, std::int64_t id, bool on,
                                                   const access::Principal& actor);
// The published report a public token opens (404 otherwise).
Result<Report> by_public_token(storage::Session& s, const std::string& token);

Result<std::vector<Comment>> comments_of(storage::Session& s, std::int64_t report_id);
Result<Comment> insert_comment(storage::Session& s, std::int64_t report_id, const std::string& body,
                               const access::Principal& actor);

}  // namespace samla::reports::store
