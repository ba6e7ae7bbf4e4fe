#include "actions/export.h"

namespace samla::actions {
namespace {

std::string names(const std::vector<Party>& parties) {
  std::string out;
  for (const auto& p : parties) out += (out.empty() ? "" : "|") + p.name.value_or("");
  return out;
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : "|") + v;
  return out;
}

std::string ids(const std::vector<std::int64_t>& values) {
  std::string out;
  for (auto v : values) out += (out.empty() ? "" : "|") + std::to_string(v);
  return out;
}

const char* yes_no(bool value) {
  return value ? "yes" : "no";
}

}  // namespace

registry::ExportTable actions_table(const std::vector<Action>& actions) {
  registry::ExportTable table;
  table.header = {"id",          "plan_id",     "title",         "status",   "progress",
                  "accountable", "responsible", "consulted",     "informed", "start_date",
                  "due_date",    "overdue",     "stalled",       "at_risk",  "themes",
                  "depends_on",  "event_id",    "last_update_at"};
  for (const auto& a : actions)
    table.rows.push_back({std::to_string(a.id), std::to_string(a.plan_id), a.title, a.status,
                          std::to_string(a.progress),
                          a.accountable ? a.accountable->name.value_or("") : "",
                          names(a.responsible), names(a.consulted), names(a.informed),
                          a.start_date.value_or(""), a.due_date.value_or(""), yes_no(a.overdue),
                          yes_no(a.stalled), yes_no(a.at_risk), joined(a.themes), ids(a.depends_on),
                          a.event_id ? std::to_string(*a.event_id) : "", a.last_update_at});
  return table;
}

}  // namespace samla::actions
