// The report as Markdown (CommonMark with pipe tables), for wikis and e-mail: the same
// sections and figures as the HTML, the chart as its table.
#include "reports/render_internal.h"

namespace samla::reports {
namespace {

using nlohmann::json;

// Text inside a table cell or a line: no line breaks, and `|`, `*`, `_`, `#`, `<` and
// backslashes escaped so the text cannot become markup.
std::string md(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    if (c == '|' || c == '*' || c == '_' || c == '\\' || c == '#' || c == '<' || c == '[' ||
        c == ']' || c == '`')
      out += '\\';
    out += c;
  }
  return out;
}

void table(std::string& m, const std::vector<std::string>& head,
           const std::vector<std::vector<std::string>>& rows) {
  if (rows.empty()) return;
  std::string line = "|", rule = "|";
  for (const auto& h : head) {
    line += " " + md(h) + " |";
    rule += " --- |";
  }
  m += line + "\n" + rule + "\n";
  for (const auto& row : rows) {
    std::string r = "|";
    for (const auto& cell : row) r += " " + md(cell) + " |";
    m += r + "\n";
  }
  m += "\n";
}

std::string text_or_none(const std::string& text, const Words& w) {
  if (text.empty()) return md(w("none")) + "\n\n";
  std::string out;
  for (char c : text) out += c == '\r' ? std::string() : std::string(1, c);
  return out + "\n\n";
}

}  // namespace

std::string render_markdown(const Rendering& r) {
  const Words w(r.language);
  const json content = redacted_content(*r.content, *r.viewer);
  const Report& report = *r.report;
  std::string m = "# " + md(report.title) + "\n\n";
  if (report.status == "draft" || report.status == "in_review")
    m += "> " + md(w("draft_notice")) + "\n\n";

  m += "## " + md(w("purpose")) + "\n\n" + text_or_none(internal::intro(report, w), w);
  for (const auto& t : content["themes"])
    m += "- " + md(t.value(w.swedish() ? "name_sv" : "name_en", "")) + "\n";
  m += "\n";
  for (const auto& event : content["events"])
    m += "**" + md(event.value("title", "")) + "** — " +
         md(event.value(w.swedish() ? "when_sv" : "when_en", "")) + "\n\n" +
         (event.value("objectives", "").empty() ? "" : md(event.value("objectives", "")) + "\n\n");

  const json& p = content["participation"];
  m += "## " + md(w("who_took_part")) + "\n\n" +
       md(internal::fill(w("participation_summary"),
                         {{"invited", w.count(p.value("invited", 0))},
                          {"accepted", w.count(p.value("accepted", 0))},
                          {"attended", w.count(p.value("attended", 0))}})) +
       "\n\n";
  for (const auto& t : internal::participation_tables(p, w)) {
    if (t.rows.empty()) continue;
    m += "**" + md(t.caption) + "**\n\n";
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : t.rows)
      rows.push_back({row.label, w.count(row.invited), w.count(row.attended)});
    table(m, {w("group"), w("invited"), w("attended")}, rows);
  }

  m += "## " + md(w("agenda")) + "\n\n";
  for (const auto& event : content["events"]) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& a : event["agenda"])
      rows.push_back({a.value("time", ""), a.value("title", ""), a.value("owner", "")});
    if (rows.empty()) continue;
    m += "**" + md(w("agenda") + ": " + event.value("title", "")) + "**\n\n";
    table(m, {w("time"), w("item"), w("led_by")}, rows);
  }

  m += "## " + md(w("results")) + "\n\n";
  bool any = false;
  for (const char* kind : {"key_insight", "outcome", "decision"}) {
    std::string list;
    for (const auto& o : content["outcomes"])
      if (o.value("kind", "") == kind) list += "- " + md(o.value("text", "")) + "\n";
    if (list.empty()) continue;
    any = true;
    m += "### " + md(w.label("outcome_kind", kind)) + "\n\n" + list + "\n";
  }
  for (const auto& o : content["outcomes"])
    if (o.value("kind", "") == "quote") {
      any = true;
      m += "> " + md(o.value("text", "")) + " — " +
           md(o["speaker"].is_string() ? o["speaker"].get<std::string>() : w("anonymous")) + "\n\n";
    }
  if (!any) m += md(w("none")) + "\n\n";

  m += "## " + md(w("action_points")) + "\n\n";
  std::vector<std::vector<std::string>> actions;
  for (const auto& o : content["outcomes"])
    if (o.value("kind", "") == "action_point")
      actions.push_back(
          {o.value("text", ""), o["owner"].is_string() ? o["owner"].get<std::string>() : "–",
           o["due_date"].is_string() ? o["due_date"].get<std::string>() : "–",
           o["priority"].is_string() ? w.label("priority", o["priority"].get<std::string>())
                                     : "–"});
  if (actions.empty()) m += md(w("none")) + "\n\n";
  table(m, {w("action"), w("owner"), w("due"), w("priority")}, actions);

  const internal::ActionPlanSection plan =
      internal::action_plan_section(content.value("action_plan", json()), w);
  if (!plan.summary.empty()) {
    m += "## " + md(w("action_plan")) + "\n\n" + md(plan.summary) + "\n\n";
    for (const auto* t : {&plan.by_status, &plan.overdue, &plan.burn_up}) {
      if (t->rows.empty()) continue;
      m += "**" + md(t->caption) + "**\n\n";
      table(m, t->head, t->rows);
    }
    if (!plan.indicators.empty()) m += "### " + md(w("indicators")) + "\n\n";
    for (const auto& t : plan.indicators) {
      m += "**" + md(t.caption) + "**\n\n";
      table(m, t.head, t.rows);
    }
  }

  m += "## " + md(w("evaluation")) + "\n\n";
  bool evaluated = false;
  for (const auto& ev : content["evaluation"]) {
    if (ev.value("answered_before", 0) + ev.value("answered_after", 0) == 0) continue;
    evaluated = true;
    m += md(internal::fill(w("evaluation_summary"),
                           {{"before", w.count(ev.value("answered_before", 0))},
                            {"after", w.count(ev.value("answered_after", 0))},
                            {"both", w.count(ev.value("answered_both", 0))}})) +
         "\n\n";
    std::vector<std::vector<std::string>> rows;
    for (const auto& item : ev["items"]) {
      auto mean = [&](const char* key) {
        return item[key].is_number() ? w.number(item[key], 1) : std::string("–");
      };
      rows.push_back({item.value(w.swedish() ? "text_sv" : "text_en", ""), mean("before_mean"),
                      mean("after_mean"), w.count(item.value("pairs", 0)),
                      item["mean_shift"].is_number() ? w.shift(item["mean_shift"]) : "–",
                      item["p_value"].is_number() ? w.number(item["p_value"], 3) : "–"});
    }
    table(m, {w("statement"), w("before"), w("after"), w("pairs"), w("shift"), w("p_value")}, rows);
    m += md(w("scale_note")) + "\n\n";
  }
  if (!evaluated) m += md(w("none")) + "\n\n";

  m += "## " + md(w("lessons")) + "\n\n";
  if (content["lessons"].empty()) m += md(w("none")) + "\n\n";
  for (const auto& l : content["lessons"]) m += "- " + md(l.value("text", "")) + "\n";
  if (!content["lessons"].empty()) m += "\n";

  m += "## " + md(w("next_steps")) + "\n\n" + text_or_none(internal::conclusions(report, w), w);
  return m;
}

}  // namespace samla::reports
