#include "storage/catalog.h"

#include <algorithm>
#include <map>
#include <set>

namespace samla::storage {
namespace {

bool is_text_type(std::string type) {
  std::transform(type.begin(), type.end(), type.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return type.empty() || type.find("TEXT") != std::string::npos ||
         type.find("CHAR") != std::string::npos || type.find("JSON") != std::string::npos;
}

Result<std::vector<TableInfo>> sqlite_tables(Session& s) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND "
                                  "name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' "
                                  "ORDER BY name"));
  std::vector<std::string> virtual_tables;
  for (const auto& r : rows)
    if (!r.is_null(1) && r.text(1).rfind("CREATE VIRTUAL TABLE", 0) == 0)
      virtual_tables.push_back(r.text(0));
  std::vector<TableInfo> out;
  for (const auto& r : rows) {
    TableInfo t;
    t.name = r.text(0);
    for (const auto& v : virtual_tables)
      if (t.name == v || t.name.rfind(v + "_", 0) == 0) t.derived = true;
    SAMLA_ASSIGN(auto columns,
                 s.query("SELECT name, type FROM pragma_table_info(?) ORDER BY cid", {t.name}));
    for (const auto& c : columns) {
      std::string type = c.text(1);
      const bool blob = type == "BLOB";
      t.columns.push_back({c.text(0), !blob && is_text_type(type), blob});
    }
    SAMLA_ASSIGN(auto keys, s.query("SELECT id, seq, \"table\", \"from\", \"to\", on_delete FROM "
                                    "pragma_foreign_key_list(?) ORDER BY id, seq",
                                    {t.name}));
    std::map<std::int64_t, int> parts;
    for (const auto& k : keys) ++parts[k.integer(0)];
    for (const auto& k : keys)
      if (parts[k.integer(0)] == 1)
        t.foreign_keys.push_back(
            {k.text(3), k.text(2), k.is_null(4) ? "id" : k.text(4), k.text(5) == "CASCADE"});
    SAMLA_ASSIGN(auto indexes, s.query("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 "
                                       "AND partial = 0 ORDER BY name",
                                       {t.name}));
    for (const auto& index : indexes) {
      SAMLA_ASSIGN(auto parts, s.query("SELECT name FROM pragma_index_info(?) ORDER BY seqno",
                                       {index.text(0)}));
      std::vector<std::string> key;
      bool on_expression = false;  // an index on lower(name): no column of its own
      for (const auto& p : parts) {
        if (p.is_null(0)) on_expression = true;
        key.push_back(p.text(0));
      }
      if (!on_expression) t.unique_keys.push_back(std::move(key));
    }
    // An INTEGER PRIMARY KEY is the rowid, with no index of its own.
    SAMLA_ASSIGN(auto primary, s.query("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER "
                                       "BY pk",
                                       {t.name}));
    if (!primary.empty()) {
      std::vector<std::string> key;
      for (const auto& p : primary) key.push_back(p.text(0));
      if (std::find(t.unique_keys.begin(), t.unique_keys.end(), key) == t.unique_keys.end())
        t.unique_keys.push_back(std::move(key));
    }
    out.push_back(std::move(t));
  }
  return out;
}

Result<std::vector<TableInfo>> postgres_tables(Session& s) {
  SAMLA_ASSIGN(auto columns,
               s.query("SELECT table_name, column_name, data_type FROM information_schema.columns "
                       "WHERE table_schema = current_schema() AND table_name IN (SELECT "
                       "table_name FROM information_schema.tables WHERE table_schema = "
                       "current_schema() AND table_type = 'BASE TABLE') AND table_name <> "
                       "'schema_migrations' ORDER BY table_name, ordinal_position"));
  std::map<std::string, TableInfo> tables;
  for (const auto& c : columns) {
    TableInfo& t = tables[c.text(0)];
    t.name = c.text(0);
    const std::string type = c.text(2);
    t.columns.push_back(
        {c.text(1),
         type == "text" || type == "character varying" || type == "json" || type == "jsonb",
         type == "bytea"});
  }
  SAMLA_ASSIGN(auto keys,
               s.query("SELECT cl.relname, a.attname, rcl.relname, ra.attname, c.confdeltype "
                       "FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid JOIN "
                       "pg_class rcl ON rcl.oid = c.confrelid JOIN pg_attribute a ON a.attrelid "
                       "= c.conrelid AND a.attnum = c.conkey[1] JOIN pg_attribute ra ON "
                       "ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1] WHERE c.contype = "
                       "'f' AND cardinality(c.conkey) = 1 AND cl.relnamespace = "
                       "current_schema()::regnamespace ORDER BY cl.relname, a.attnum"));
  for (const auto& k : keys) {
    auto it = tables.find(k.text(0));
    if (it != tables.end())
      it->second.foreign_keys.push_back({k.text(1), k.text(2), k.text(3), k.text(4) == "c"});
  }
  SAMLA_ASSIGN(auto uniques,
               s.query("SELECT cl.relname, i.indexrelid, a.attname FROM pg_index i JOIN pg_class "
                       "cl ON cl.oid = i.indrelid JOIN LATERAL unnest(i.indkey) WITH ORDINALITY "
                       "AS k(attnum, n) ON true JOIN pg_attribute a ON a.attrelid = i.indrelid "
                       "AND a.attnum = k.attnum WHERE i.indisunique AND i.indpred IS NULL AND "
                       "i.indexprs IS NULL AND "
                       "cl.relnamespace = current_schema()::regnamespace ORDER BY cl.relname, "
                       "i.indexrelid, k.n"));
  std::string last_index;
  for (const auto& u : uniques) {
    auto it = tables.find(u.text(0));
    if (it == tables.end()) continue;
    if (u.text(1) != last_index) it->second.unique_keys.emplace_back();
    last_index = u.text(1);
    it->second.unique_keys.back().push_back(u.text(2));
  }
  std::vector<TableInfo> out;
  for (auto& [name, t] : tables) out.push_back(std::move(t));
  return out;
}

}  // namespace

bool TableInfo::has_column(const std::string& column) const {
  return std::any_of(columns.begin(), columns.end(),
                     [&](const ColumnInfo& c) { return c.name == column; });
}

Result<std::vector<TableInfo>> describe_tables(Session& s) {
  return s.dialect() == Dialect::sqlite ? sqlite_tables(s) : postgres_tables(s);
}

}  // namespace samla::storage
