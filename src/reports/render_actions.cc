// The action-plan section of a report in words and SVG, shared by the HTML and Markdown
// renderings (render_internal.h).
#include <algorithm>
#include <chrono>
#include <cmath>

#include "core/date.h"
#include "core/markup.h"
#include "reports/render_internal.h"

namespace samla::reports::internal {
namespace {

using nlohmann::json;

std::string text(const json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

std::string number_or_dash(const json& v, const Words& w) {
  if (!v.is_number()) return "–";
  const double x = v.get<double>();
  return w.number(x, std::floor(x) == x ? 0 : 1);
}

// Days since 1970 for a YYYY-MM-DD, for the charts' x axis.
double day_number(const std::string& day) {
  auto d = parse_day(day);
  if (!d) return 0;
  return static_cast<double>(std::chrono::sys_days{*d}.time_since_epoch().count());
}

struct Series {
  std::string label, colour, dash;
  std::vector<std::pair<double, double>> points;  // (day number, value)
};

// A line chart of `series` over days, with its title and a description of the data.
std::string line_chart(const std::string& id, const std::string& title, const std::string& desc,
                       const std::vector<Series>& series, const std::string& first_day,
                       const std::string& last_day) {
  double x0 = 1e18, x1 = -1e18, y1 = 0;
  for (const auto& s : series)
    for (const auto& [x, y] : s.points) {
      x0 = std::min(x0, x);
      x1 = std::max(x1, x);
      y1 = std::max(y1, y);
    }
  if (x0 > x1) return "";
  if (x1 == x0) x1 = x0 + 1;
  if (y1 <= 0) y1 = 1;
  const int width = 640, height = 240, left = 50, right = 130, top = 12, bottom = 34;
  const double plot_w = width - left - right, plot_h = height - top - bottom;
  auto px = [&](double x) { return left + (x - x0) / (x1 - x0) * plot_w; };
  auto py = [&](double y) { return top + plot_h - y / y1 * plot_h; };
  auto fixed = [](double v) { return std::to_string(static_cast<int>(std::lround(v))); };
  std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" +
                  std::to_string(width) + "\" height=\"" + std::to_string(height) +
                  "\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
                  "\" aria-labelledby=\"" + id + "-t " + id + "-d\"><title id=\"" + id + "-t\">" +
                  xml_escape(title) + "</title><desc id=\"" + id + "-d\">" + xml_escape(desc) +
                  "</desc>\n";
  // Axes, the top value and the first and last day.
  s += "<line x1=\"" + std::to_string(left) + "\" y1=\"" + fixed(py(0)) + "\" x2=\"" +
       fixed(left + plot_w) + "\" y2=\"" + fixed(py(0)) + "\" stroke=\"#444\"/>\n";
  s += "<line x1=\"" + std::to_string(left) + "\" y1=\"" + std::to_string(top) + "\" x2=\"" +
       std::to_string(left) + "\" y2=\"" + fixed(py(0)) + "\" stroke=\"#444\"/>\n";
  s += "<text x=\"" + std::to_string(left - 6) + "\" y=\"" + std::to_string(top + 10) +
       "\" font-size=\"10\" text-anchor=\"end\" fill=\"#111\">" + xml_escape(fixed(y1)) +
       "</text>\n<text x=\"" + std::to_string(left - 6) + "\" y=\"" + fixed(py(0)) +
       "\" font-size=\"10\" text-anchor=\"end\" fill=\"#111\">0</text>\n";
  s += "<text x=\"" + std::to_string(left) + "\" y=\"" + std::to_string(height - 12) +
       "\" font-size=\"10\" fill=\"#111\">" + xml_escape(first_day) + "</text>\n<text x=\"" +
       fixed(left + plot_w) + "\" y=\"" + std::to_string(height - 12) +
       "\" font-size=\"10\" text-anchor=\"end\" fill=\"#111\">" + xml_escape(last_day) +
       "</text>\n";
  int legend = top + 10;
  for (const auto& one : series) {
    if (one.points.empty()) continue;
    std::string path;
    for (const auto& [x, y] : one.points)
      path += (path.empty() ? "M" : " L") + fixed(px(x)) + " " + fixed(py(y));
    if (one.points.size() == 1)
      s += "<circle cx=\"" + fixed(px(one.points[0].first)) + "\" cy=\"" +
           fixed(py(one.points[0].second)) + "\" r=\"3\" fill=\"" + one.colour + "\"/>\n";
    s += "<path d=\"" + path + "\" fill=\"none\" stroke=\"" + one.colour + "\" stroke-width=\"2\"" +
         (one.dash.empty() ? "" : " stroke-dasharray=\"" + one.dash + "\"") + "/>\n";
    s += "<line x1=\"" + fixed(left + plot_w + 10) + "\" y1=\"" + std::to_string(legend - 4) +
         "\" x2=\"" + fixed(left + plot_w + 28) + "\" y2=\"" + std::to_string(legend - 4) +
         "\" stroke=\"" + one.colour + "\" stroke-width=\"2\"" +
         (one.dash.empty() ? "" : " stroke-dasharray=\"" + one.dash + "\"") + "/>\n<text x=\"" +
         fixed(left + plot_w + 32) + "\" y=\"" + std::to_string(legend) +
         "\" font-size=\"10\" fill=\"#111\">" + xml_escape(one.label) + "</text>\n";
    legend += 16;
  }
  return s + "</svg>\n";
}

}  // namespace

ActionPlanSection action_plan_section(const json& plan, const Words& w) {
  ActionPlanSection out;
  if (!plan.is_object()) return out;
  const json& by_status = plan["by_status"];
  const int done = by_status.value("done", 0), dropped = by_status.value("dropped", 0);
  const int total = plan.value("total", 0);
  out.summary = fill(w("action_plan_summary"), {{"total", w.count(total)},
                                                {"day", text(plan, "as_of")},
                                                {"done", w.count(done)},
                                                {"open", w.count(total - done - dropped)},
                                                {"overdue", w.count(plan.value("overdue", 0))},
                                                {"stalled", w.count(plan.value("stalled", 0))},
                                                {"at_risk", w.count(plan.value("at_risk", 0))}});
  out.by_status = {w("by_status"), {w("status"), w("actions_count")}, {}, {false, true}};
  for (const char* status : {"proposed", "agreed", "in_progress", "blocked", "done", "dropped"})
    out.by_status.rows.push_back(
        {w.label("action_status", status), w.count(by_status.value(status, 0))});
  out.overdue = {w("overdue_actions"),
                 {w("action"), w("accountable"), w("due"), w("status"), w("progress")},
                 {},
                 {false, false, false, false, true}};
  for (const auto& a : plan["overdue_list"])
    out.overdue.rows.push_back({text(a, "title"),
                                text(a, "accountable").empty() ? "–" : text(a, "accountable"),
                                text(a, "due_date"), w.label("action_status", text(a, "status")),
                                w.count(a.value("progress", 0)) + " %"});
  out.burn_up = {
      w("burn_up"), {w("date"), w("all_actions"), w("done_actions")}, {}, {false, true, true}};
  for (const auto& p : plan["burn_up"])
    out.burn_up.rows.push_back(
        {text(p, "date"), w.count(p.value("total", 0)), w.count(p.value("done", 0))});
  for (const auto& i : plan["indicators"]) {
    PlainTable t{
        fill(w("indicator_caption"), {{"name", text(i, "name")}, {"action", text(i, "action")}}),
        {w("date"), w("value") + (text(i, "unit").empty() ? "" : " (" + text(i, "unit") + ")")},
        {},
        {false, true}};
    t.rows.push_back({w("baseline"), number_or_dash(i["baseline"], w)});
    for (const auto& m : i["measurements"])
      t.rows.push_back({text(m, "date"), number_or_dash(m["value"], w)});
    t.rows.push_back({w("target"), number_or_dash(i["target"], w)});
    out.indicators.push_back(std::move(t));
  }
  return out;
}

std::string burn_up_chart(const json& plan, const Words& w, const std::string& id) {
  if (!plan.is_object() || plan["burn_up"].empty()) return "";
  Series all{w("all_actions"), "#1d4ed8", "", {}}, done{w("done_actions"), "#15803d", "6 3", {}};
  std::string desc;
  for (const auto& p : plan["burn_up"]) {
    const double x = day_number(text(p, "date"));
    all.points.emplace_back(x, p.value("total", 0));
    done.points.emplace_back(x, p.value("done", 0));
  }
  const json& last = plan["burn_up"].back();
  desc = text(last, "date") + ": " + w("all_actions") + " " + w.count(last.value("total", 0)) +
         ", " + w("done_actions") + " " + w.count(last.value("done", 0)) + ".";
  return line_chart(id, w("burn_up"), desc, {all, done}, text(plan["burn_up"].front(), "date"),
                    text(last, "date"));
}

std::string indicator_chart(const json& indicator, const Words& w, const std::string& id) {
  const json& measured = indicator["measurements"];
  if (measured.empty()) return "";
  Series values{w("value"), "#1d4ed8", "", {}};
  std::string desc;
  for (const auto& m : measured) {
    values.points.emplace_back(day_number(text(m, "date")), m.value("value", 0.0));
    desc += text(m, "date") + ": " + number_or_dash(m["value"], w) + ". ";
  }
  std::vector<Series> series{values};
  const double first = values.points.front().first, last = values.points.back().first;
  for (const auto& [key, colour, dash] :
       {std::tuple{"baseline", "#5b6573", "2 3"}, std::tuple{"target", "#b45309", "6 3"}}) {
    if (!indicator[key].is_number()) continue;
    const double y = indicator[key].get<double>();
    series.push_back({w(key), colour, dash, {{first, y}, {last, y}}});
    desc += w(key) + ": " + number_or_dash(indicator[key], w) + ". ";
  }
  const std::string title = fill(w("indicator_caption"), {{"name", text(indicator, "name")},
                                                          {"action", text(indicator, "action")}});
  return line_chart(id, title, desc, series, text(measured.front(), "date"),
                    text(measured.back(), "date"));
}

}  // namespace samla::reports::internal
