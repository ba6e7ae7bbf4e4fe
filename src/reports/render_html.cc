// The HTML master: one self-contained document (no external resources), with headings in
// order, captioned tables with header cells, charts as inline SVG with a text alternative and
// their figures as a table too, and print rules for the PDF (the title on each page, page
// numbers) that Chromium and WeasyPrint both follow.
#include <sodium.h>

#include <sstream>

#include "core/markup.h"
#include "reports/render_internal.h"

namespace samla::reports {
namespace {

using internal::CountTable;
using nlohmann::json;

constexpr const char* kStyle = R"css(
@page { size: A4; margin: 22mm 18mm;
  @top-center { font-size: 9pt; color: #444; }
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 9pt; color: #444; } }
html { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 11pt; color: #111; line-height: 1.45; }
body { max-width: 48rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.7rem; margin: 0 0 0.3rem; }
h2 { font-size: 1.3rem; margin-top: 1.8rem; border-bottom: 1px solid #888; break-after: avoid; }
h3 { font-size: 1.1rem; margin-top: 1.2rem; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; break-inside: avoid; }
caption { text-align: left; font-weight: bold; padding: 0.2rem 0; }
th, td { border: 1px solid #888; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; }
.meta, .note { color: #333; }
.notice { border: 2px solid #8a5a00; padding: 0.4rem 0.6rem; }
figure { margin: 0.8rem 0; break-inside: avoid; }
figcaption { font-weight: bold; }
blockquote { margin: 0.5rem 1rem; font-style: italic; }
)css";

std::string e(const std::string& text) {
  return xml_escape(text);
}

// Paragraphs from text with blank lines between them.
std::string paragraphs(const std::string& text) {
  std::string out, current;
  std::istringstream lines(text);
  std::string line;
  auto flush = [&] {
    if (!current.empty()) out += "<p>" + e(current) + "</p>\n";
    current.clear();
  };
  while (std::getline(lines, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos)
      flush();
    else
      current += (current.empty() ? "" : " ") + line;
  }
  flush();
  return out;
}

void count_table(std::string& h, const CountTable& t, const Words& w) {
  if (t.rows.empty()) return;
  h += "<table>\n<caption>" + e(t.caption) + "</caption>\n<thead><tr><th scope=\"col\">" +
       e(w("group")) + "</th><th scope=\"col\" class=\"n\">" + e(w("invited")) +
       "</th><th scope=\"col\" class=\"n\">" + e(w("attended")) + "</th></tr></thead>\n<tbody>\n";
  for (const auto& r : t.rows)
    h += "<tr><th scope=\"row\">" + e(r.label) + "</th><td class=\"n\">" + e(w.count(r.invited)) +
         "</td><td class=\"n\">" + e(w.count(r.attended)) + "</td></tr>\n";
  h += "</tbody>\n</table>\n";
}

std::string item_text(const json& item, const Words& w) {
  return item.value(w.swedish() ? "text_sv" : "text_en", std::string());
}

// Bars of the mean before and after for each statement, on the scale 0–5.
std::string chart(const json& items, const Words& w, const std::string& id) {
  const int row_height = 46, label_width = 0, width = 640, bar_left = 250, scale = 75;
  const int height = static_cast<int>(items.size()) * row_height + 40;
  std::string desc;
  for (const auto& item : items) {
    desc += item_text(item, w) + ": " + w("before") + " " +
            (item["before_mean"].is_number() ? w.number(item["before_mean"], 1) : "–") + ", " +
            w("after") + " " +
            (item["after_mean"].is_number() ? w.number(item["after_mean"], 1) : "–") + ". ";
  }
  std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" +
                  std::to_string(width) + "\" height=\"" + std::to_string(height) +
                  "\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
                  "\" aria-labelledby=\"" + id + "-t " + id + "-d\"><title id=\"" + id + "-t\">" +
                  e(w("chart_caption")) + "</title><desc id=\"" + id + "-d\">" + e(desc) +
                  "</desc>\n";
  (void)label_width;
  int y = 10;
  for (const auto& item : items) {
    std::string label = item_text(item, w);
    if (label.size() > 48) label = label.substr(0, 45) + "…";
    s += "<text x=\"0\" y=\"" + std::to_string(y + 16) + "\" font-size=\"11\" fill=\"#111\">" +
         e(label) + "</text>\n";
    int offset = 0;
    for (const char* phase : {"before", "after"}) {
      const json mean = item[std::string(phase) + "_mean"];
      const double value = mean.is_number() ? mean.get<double>() : 0.0;
      const int length = static_cast<int>(value * scale);
      const char* colour = std::string(phase) == "before" ? "#5b6573" : "#1d4ed8";
      s += "<rect x=\"" + std::to_string(bar_left) + "\" y=\"" + std::to_string(y + offset) +
           "\" width=\"" + std::to_string(length) + "\" height=\"16\" fill=\"" + colour + "\"/>\n";
      s += "<text x=\"" + std::to_string(bar_left + length + 4) + "\" y=\"" +
           std::to_string(y + offset + 12) + "\" font-size=\"10\" fill=\"#111\">" + e(w(phase)) +
           " " + (mean.is_number() ? e(w.number(value, 1)) : "–") + "</text>\n";
      offset += 18;
    }
    y += row_height;
  }
  s += "</svg>\n";
  return s;
}

// The chart as an image with an SVG data address, its text alternative as `alt`.
std::string as_image(const std::string& svg, const std::string& alt) {
  std::string encoded(sodium_base64_encoded_len(svg.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(encoded.data(), encoded.size(),
                    reinterpret_cast<const unsigned char*>(svg.data()), svg.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  encoded.resize(encoded.find('\0'));
  return "<img alt=\"" + e(alt) + "\" src=\"data:image/svg+xml;base64," + encoded + "\">\n";
}

void plain_table(std::string& h, const internal::PlainTable& t) {
  if (t.rows.empty()) return;
  auto cls = [&](std::size_t i) {
    return i < t.numeric.size() && t.numeric[i] ? std::string(" class=\"n\"") : std::string();
  };
  h += "<table>\n<caption>" + e(t.caption) + "</caption>\n<thead><tr>";
  for (std::size_t i = 0; i < t.head.size(); ++i)
    h += "<th scope=\"col\"" + cls(i) + ">" + e(t.head[i]) + "</th>";
  h += "</tr></thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    h += "<tr>";
    for (std::size_t i = 0; i < row.size(); ++i)
      h += i == 0 ? "<th scope=\"row\">" + e(row[i]) + "</th>"
                  : "<td" + cls(i) + ">" + e(row[i]) + "</td>";
    h += "</tr>\n";
  }
  h += "</tbody>\n</table>\n";
}

void figure(std::string& h, const std::string& svg, const std::string& caption, bool images) {
  if (svg.empty()) return;
  h += "<figure>\n<figcaption>" + e(caption) + "</figcaption>\n" +
       (images ? as_image(svg, caption) : svg) + "</figure>\n";
}

// Where the actions stand: counts, what is overdue, the burn-up and each indicator, every
// chart followed by its figures as a table.
void action_plan_section(std::string& h, const json& content, const Words& w, bool images) {
  const json plan = content.value("action_plan", json());
  const internal::ActionPlanSection section = internal::action_plan_section(plan, w);
  if (section.summary.empty()) return;  // a snapshot from before action plans
  h += "<section>\n<h2>" + e(w("action_plan")) + "</h2>\n<p>" + e(section.summary) + "</p>\n";
  plain_table(h, section.by_status);
  plain_table(h, section.overdue);
  figure(h, internal::burn_up_chart(plan, w, "burn-up"), w("burn_up"), images);
  plain_table(h, section.burn_up);
  if (!section.indicators.empty()) h += "<h3>" + e(w("indicators")) + "</h3>\n";
  for (std::size_t i = 0; i < section.indicators.size(); ++i) {
    figure(
        h,
        internal::indicator_chart(plan["indicators"][i], w, "indicator-" + std::to_string(i + 1)),
        section.indicators[i].caption, images);
    plain_table(h, section.indicators[i]);
  }
  h += "</section>\n";
}

void evaluation_section(std::string& h, const json& content, const Words& w, bool images) {
  h += "<section>\n<h2>" + e(w("evaluation")) + "</h2>\n";
  bool any = false;
  int index = 0;
  for (const auto& ev : content.value("evaluation", json::array())) {
    if (ev.value("answered_before", 0) + ev.value("answered_after", 0) == 0) continue;
    any = true;
    std::string title;
    for (const auto& event : content["events"])
      if (event.value("id", 0) == ev.value("event_id", -1)) title = event.value("title", "");
    if (content["events"].size() > 1) h += "<h3>" + e(title) + "</h3>\n";
    h += "<p>" +
         e(internal::fill(w("evaluation_summary"),
                          {{"before", w.count(ev.value("answered_before", 0))},
                           {"after", w.count(ev.value("answered_after", 0))},
                           {"both", w.count(ev.value("answered_both", 0))}})) +
         "</p>\n";
    const std::string id = "chart-" + std::to_string(++index);
    const std::string svg = chart(ev["items"], w, id);
    h += "<figure>\n<figcaption>" + e(w("chart_caption")) + "</figcaption>\n" +
         (images ? as_image(svg, w("chart_caption")) : svg) + "</figure>\n";
    h += "<table>\n<caption>" + e(w("chart_caption")) +
         "</caption>\n<thead><tr><th scope=\"col\">" + e(w("statement")) +
         "</th><th scope=\"col\" class=\"n\">" + e(w("before")) +
         "</th><th scope=\"col\" class=\"n\">" + e(w("after")) +
         "</th><th scope=\"col\" class=\"n\">" + e(w("pairs")) +
         "</th><th scope=\"col\" class=\"n\">" + e(w("shift")) +
         "</th><th scope=\"col\" class=\"n\">" + e(w("p_value")) + "</th></tr></thead>\n<tbody>\n";
    for (const auto& item : ev["items"]) {
      auto mean = [&](const char* key) {
        return item[key].is_number() ? w.number(item[key], 1) : std::string("–");
      };
      h += "<tr><th scope=\"row\">" + e(item_text(item, w)) + "</th><td class=\"n\">" +
           mean("before_mean") + "</td><td class=\"n\">" + mean("after_mean") +
           "</td><td class=\"n\">" + w.count(item.value("pairs", 0)) + "</td><td class=\"n\">" +
           (item["mean_shift"].is_number() ? e(w.shift(item["mean_shift"])) : "–") +
           "</td><td class=\"n\">" +
           (item["p_value"].is_number() ? e(w.number(item["p_value"], 3)) : "–") + "</td></tr>\n";
    }
    h += "</tbody>\n</table>\n<p class=\"note\">" + e(w("scale_note")) + "</p>\n";
  }
  if (!any) h += "<p>" + e(w("none")) + "</p>\n";
  h += "</section>\n";
}

}  // namespace

std::string render_html(const Rendering& r) {
  const Words w(r.language);
  const json content = redacted_content(*r.content, *r.viewer);
  const Report& report = *r.report;
  std::string h = "<!DOCTYPE html>\n<html lang=\"" + std::string(w.swedish() ? "sv" : "en") +
                  "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
                  "content=\"width=device-width, initial-scale=1\">\n<title>" +
                  e(report.title) + "</title>\n<style>" + kStyle +
                  "@page { @top-center { content: " + css_string(report.title) +
                  "; } }\n</style>\n</head>\n<body>\n";
  h += "<header>\n<h1>" + e(report.title) + "</h1>\n<p class=\"meta\">" + e(w("report"));
  for (const auto& event : content["events"])
    if (content["events"].size() == 1)
      h += " · " + e(w.label("event_type", event.value("type", ""))) + " · " +
           e(event.value(w.swedish() ? "when_sv" : "when_en", ""));
  h += "</p>\n";
  if (report.status == "draft" || report.status == "in_review")
    h += "<p class=\"notice\">" + e(w("draft_notice")) + "</p>\n";
  h += "</header>\n<main>\n";

  // Purpose and themes.
  h += "<section>\n<h2>" + e(w("purpose")) + "</h2>\n" + paragraphs(internal::intro(report, w));
  std::string themes;
  for (const auto& t : content["themes"])
    themes += "<li>" + e(t.value(w.swedish() ? "name_sv" : "name_en", "")) + "</li>";
  if (!themes.empty()) h += "<h3>" + e(w("themes")) + "</h3>\n<ul>" + themes + "</ul>\n";
  for (const auto& event : content["events"]) {
    if (content["events"].size() > 1)
      h += "<h3>" + e(event.value("title", "")) + "</h3>\n<p class=\"meta\">" +
           e(event.value(w.swedish() ? "when_sv" : "when_en", "")) + "</p>\n";
    h += paragraphs(event.value("objectives", ""));
  }
  h += "</section>\n";

  // Who took part.
  const json& p = content["participation"];
  h += "<section>\n<h2>" + e(w("who_took_part")) + "</h2>\n<p>" +
       e(internal::fill(w("participation_summary"),
                        {{"invited", w.count(p.value("invited", 0))},
                         {"accepted", w.count(p.value("accepted", 0))},
                         {"attended", w.count(p.value("attended", 0))}})) +
       "</p>\n";
  for (const auto& t : internal::participation_tables(p, w)) count_table(h, t, w);
  h += "</section>\n";

  // The agenda.
  h += "<section>\n<h2>" + e(w("agenda")) + "</h2>\n";
  for (const auto& event : content["events"]) {
    if (event["agenda"].empty()) continue;
    h += "<table>\n<caption>" + e(w("agenda") + ": " + event.value("title", "")) +
         "</caption>\n<thead><tr><th scope=\"col\">" + e(w("time")) + "</th><th scope=\"col\">" +
         e(w("item")) + "</th><th scope=\"col\">" + e(w("led_by")) +
         "</th></tr></thead>\n<tbody>\n";
    for (const auto& a : event["agenda"]) {
      std::string items;
      for (const auto& sub : a.value("items", json::array()))
        items += "<li>" + e(sub.get<std::string>()) + "</li>";
      h += "<tr><td>" + e(a.value("time", "")) + "</td><td>" + e(a.value("title", "")) +
           (items.empty() ? "" : "<ul>" + items + "</ul>") + "</td><td>" + e(a.value("owner", "")) +
           "</td></tr>\n";
    }
    h += "</tbody>\n</table>\n";
  }
  h += "</section>\n";

  // What it produced.
  const json& outcomes = content["outcomes"];
  h += "<section>\n<h2>" + e(w("results")) + "</h2>\n";
  bool any_result = false;
  for (const char* kind : {"key_insight", "outcome", "decision"}) {
    std::string list;
    for (const auto& o : outcomes)
      if (o.value("kind", "") == kind) list += "<li>" + e(o.value("text", "")) + "</li>\n";
    if (list.empty()) continue;
    any_result = true;
    h += "<h3>" + e(w.label("outcome_kind", kind)) + "</h3>\n<ul>\n" + list + "</ul>\n";
  }
  std::string quotes;
  for (const auto& o : outcomes)
    if (o.value("kind", "") == "quote")
      quotes += "<blockquote><p>" + e(o.value("text", "")) + "</p><footer>– " +
                e(o["speaker"].is_string() ? o["speaker"].get<std::string>() : w("anonymous")) +
                "</footer></blockquote>\n";
  if (!quotes.empty()) {
    any_result = true;
    h += "<h3>" + e(w("quotes")) + "</h3>\n" + quotes;
  }
  if (!any_result) h += "<p>" + e(w("none")) + "</p>\n";
  h += "</section>\n";

  h += "<section>\n<h2>" + e(w("action_points")) + "</h2>\n";
  std::string rows;
  for (const auto& o : outcomes)
    if (o.value("kind", "") == "action_point")
      rows += "<tr><td>" + e(o.value("text", "")) + "</td><td>" +
              e(o["owner"].is_string() ? o["owner"].get<std::string>() : "–") + "</td><td>" +
              e(o["due_date"].is_string() ? o["due_date"].get<std::string>() : "–") + "</td><td>" +
              e(o["priority"].is_string() ? w.label("priority", o["priority"].get<std::string>())
                                          : "–") +
              "</td></tr>\n";
  if (rows.empty())
    h += "<p>" + e(w("none")) + "</p>\n";
  else
    h += "<table>\n<caption>" + e(w("action_points")) +
         "</caption>\n<thead><tr><th scope=\"col\">" + e(w("action")) + "</th><th scope=\"col\">" +
         e(w("owner")) + "</th><th scope=\"col\">" + e(w("due")) + "</th><th scope=\"col\">" +
         e(w("priority")) + "</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n";
  h += "</section>\n";

  action_plan_section(h, content, w, r.charts_as_images);
  evaluation_section(h, content, w, r.charts_as_images);

  h += "<section>\n<h2>" + e(w("lessons")) + "</h2>\n";
  std::string lessons;
  for (const auto& l : content["lessons"])
    lessons += "<li>" + e(l.value("text", "")) +
               (l.value("source", "").empty()
                    ? ""
                    : " <span class=\"meta\">(" + e(l.value("source", "")) + ")</span>") +
               "</li>\n";
  h += lessons.empty() ? "<p>" + e(w("none")) + "</p>\n" : "<ul>\n" + lessons + "</ul>\n";
  h += "</section>\n";

  h += "<section>\n<h2>" + e(w("next_steps")) + "</h2>\n";
  const std::string next = internal::conclusions(report, w);
  h += next.empty() ? "<p>" + e(w("none")) + "</p>\n" : paragraphs(next);
  h += "</section>\n</main>\n<footer>\n<p class=\"meta\">" + e(w("gathered")) + ", " +
       e(content.value("gathered_at", "").substr(0, 10)) + "</p>\n</footer>\n</body>\n</html>\n";
  return h;
}

}  // namespace samla::reports
