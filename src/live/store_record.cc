// Groups of ideas and promotions: the rows behind the facilitator's work of turning a live
// session's input into the event's record (issue 21 parts 2 and 5).
#include "core/clock.h"
#include "live/store.h"
#include "storage/row_reader.h"

namespace samla::live::store {

using storage::Session;

Result<Cluster> insert_cluster(Session& s, std::int64_t activity_id, const std::string& title) {
  SAMLA_ASSIGN(auto row, s.query_one("INSERT INTO live_clusters (activity_id, title, created_at) "
                                     "VALUES (?, ?, ?) RETURNING id",
                                     {activity_id, title, now_iso8601()}));
  return Cluster{row.integer(0), activity_id, title};
}

Result<std::vector<Cluster>> list_clusters(Session& s, std::int64_t activity_id) {
  SAMLA_ASSIGN(auto rows,
               s.query("SELECT id, activity_id, title FROM live_clusters WHERE activity_id = ? "
                       "ORDER BY id",
                       {activity_id}));
  return storage::read_rows(rows, [](const storage::Row& r) {
    Cluster c;
    storage::read_columns(r, 0, c.id, c.activity_id, c.title);
    return c;
  });
}

Status set_input_cluster(Session& s, std::int64_t input_id,
                         std::optional<std::int64_t> cluster_id) {
  SAMLA_TRY(s.execute("UPDATE live_inputs SET cluster_id = ? WHERE id = ?",
                      {storage::nullable(cluster_id), input_id}));
  return ok_status();
}

Result<Promotion> insert_promotion(Session& s, Promotion p) {
  p.created_at = now_iso8601();
  SAMLA_ASSIGN(
      auto row,
      s.query_one("INSERT INTO live_promotions (session_id, activity_id, input_id, "
                  "cluster_id, target, outcome_id, initiative_id, text, created_by, "
                  "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                  {p.session_id, p.activity_id, storage::nullable(p.input_id),
                   storage::nullable(p.cluster_id), p.to, storage::nullable(p.outcome_id),
                   storage::nullable(p.initiative_id), p.text, p.created_by, p.created_at}));
  p.id = row.integer(0);
  return p;
}

Result<std::vector<Promotion>> list_promotions(Session& s, std::int64_t activity_id) {
  SAMLA_ASSIGN(auto rows,
               s.query("SELECT id, session_id, activity_id, input_id, cluster_id, target, "
                       "outcome_id, initiative_id, text, created_by, created_at FROM "
                       "live_promotions WHERE activity_id = ? ORDER BY id",
                       {activity_id}));
  return storage::read_rows(rows, [](const storage::Row& r) {
    Promotion p;
    storage::read_columns(r, 0, p.id, p.session_id, p.activity_id, p.input_id, p.cluster_id, p.to,
                          p.outcome_id, p.initiative_id, p.text, p.created_by, p.created_at);
    return p;
  });
}

}  // namespace samla::live::store
