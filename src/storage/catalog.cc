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
    SAMLA_ASSIGN(auto columns, s.query("SELECT name, type FROM pragma_table_info(?) ORDER BY cid",
                                       {t.name}));
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
    t.columns.push_back({c.text(1),
                         type == "text" || type == "character varying" || type == "json" ||
                             type == "jsonb",
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
