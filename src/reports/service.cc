#include "reports/service.h"

#include <algorithm>

#include "events/record_access.h"
#include "events/store.h"
#include "reports/content.h"
#include "reports/render.h"
#include "reports/rules.h"
#include "reports/store.h"

namespace samla::reports {
namespace {

using nlohmann::json;
using storage::Session;

bool coordinates(const access::Principal& who) {
  return who.role == access::Role::admin || who.role == access::Role::coordinator;
}

// Whether `who` writes `report`: coordinators and admins any, an event's facilitators its own.
Result<bool> writes(Session& s, const Report& report, const access::Principal& who) {
  if (coordinates(who)) return true;
  if (!report.event_id) return false;
  SAMLA_ASSIGN(events::Event event, events::store::get_event(s, *report.event_id));
  return events::writes_event_records(event, who);
}

Result<bool> reads(Session& s, const Report& report, const access::Principal& who) {
  if (!access::can(who, access::Action::read_register)) return false;
  if (report.status == "approved" || report.status == "published") return true;
  return writes(s, report, who);
}

Status may_read(Session& s, const Report& report, const access::Principal& who) {
  SAMLA_ASSIGN(bool ok, reads(s, report, who));
  if (!ok) return make_error(ErrorCode::forbidden, Msg::report_not_approved);
  return ok_status();
}

std::string filename(const Report& r, const std::string& lang, const std::string& format) {
  const std::string name = r.id ? std::to_string(r.id) : std::string("programme");
  return "samla-report-" + name + "-" + lang + "." + format;
}

Status check_format(const std::string& format, const std::string& lang) {
  std::vector<FieldError> errors;
  if (!is_format(format))
    errors.emplace_back("format", Msg::one_of,
                        MessageParams{{"values", "html\npdf\ndocx\nmd\njson"}});
  if (!is_language(lang))
    errors.emplace_back("lang", Msg::one_of, MessageParams{{"values", "sv\nen"}});
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return ok_status();
}

}  // namespace

Result<Report> ReportsService::create(Report scope, const access::Principal& actor) {
  // A scope that cannot be is said first, whoever asks: the refusal below depends on it.
  if (auto errors = check_scope(scope); !errors.empty()) return invalid_fields(std::move(errors));
  return run(true, [&](Session& s) -> Result<Report> {
    if (scope.event_id) {
      auto event = events::store::get_event(s, *scope.event_id);
      if (event.ok() && !events::writes_event_records(*event, actor))
        return make_error(ErrorCode::forbidden, Msg::report_write_refused);
    } else if (!coordinates(actor)) {
      return make_error(ErrorCode::forbidden, Msg::report_span_refused);
    }
    return store::insert_report(s, std::move(scope), actor);
  });
}

Result<std::vector<Report>> ReportsService::list(const access::Principal& caller) {
  return run(false, [&](Session& s) -> Result<std::vector<Report>> {
    SAMLA_ASSIGN(auto all, store::list_reports(s));
    std::vector<Report> out;
    for (auto& r : all) {
      SAMLA_ASSIGN(bool ok, reads(s, r, caller));
      if (ok) out.push_back(std::move(r));
    }
    return out;
  });
}

Result<Report> ReportsService::get(std::int64_t id, const access::Principal& caller) {
  return run(false, [&](Session& s) -> Result<Report> {
    SAMLA_ASSIGN(Report r, store::get_report(s, id));
    SAMLA_TRY(may_read(s, r, caller));
    return r;
  });
}

Result<Report> ReportsService::update(std::int64_t id, const Report& texts,
                                      std::optional<std::int64_t> version,
                                      const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<Report> {
    SAMLA_ASSIGN(Report r, store::get_report(s, id));
    SAMLA_ASSIGN(bool ok, writes(s, r, actor));
    if (!ok) return make_error(ErrorCode::forbidden, Msg::report_change_refused);
    return store::update_texts(s, id, texts, version, actor);
  });
}

Result<Report> ReportsService::transition(std::int64_t id, const std::string& to,
                                          std::optional<std::int64_t> version,
                                          const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<Report> {
    SAMLA_ASSIGN(Report r, store::get_report(s, id));
    SAMLA_ASSIGN(bool writer, writes(s, r, actor));
    // Sending for review and taking back is the writers'; review decisions the coordinators'.
    const bool review = to == "approved" || to == "published" || r.status == "in_review";
    if (!writer || (review && !coordinates(actor)))
      return make_error(ErrorCode::forbidden, Msg::report_approve_refused);
    std::optional<json> snapshot;
    if (to == "approved" && r.status == "in_review") {
      SAMLA_ASSIGN(json content, gather_content(s, r));
      snapshot = std::move(content);
    }
    return store::move_report(s, id, to, snapshot, version, actor);
  });
}

Result<Rendered> ReportsService::render_unsaved(Report scope, const std::string& format,
                                                const std::string& lang,
                                                const privacy::Viewer& viewer) {
  SAMLA_TRY(check_format(format, lang));
  if (auto errors = check_scope(scope); !errors.empty()) return invalid_fields(std::move(errors));
  json content;
  SAMLA_TRY(run(false, [&](Session& s) -> Status {
    if (scope.theme) {
      SAMLA_ASSIGN(auto rows, s.query("SELECT name_en FROM themes WHERE slug = ?", {*scope.theme}));
      if (rows.empty())
        return invalid_field("theme", Msg::unknown_theme, {{"value", *scope.theme}});
      scope.title = rows.front().text(0);
    } else {
      scope.title = "All themes";
    }
    if (scope.from || scope.to)
      scope.title += ", " + scope.from.value_or("…") + " – " + scope.to.value_or("…");
    SAMLA_ASSIGN(auto covered, covered_events(s, scope));
    if (covered.empty()) return make_error(ErrorCode::not_found, Msg::report_no_events);
    SAMLA_ASSIGN(content, gather_content(s, scope));
    return ok_status();
  }));
  return render_content(scope, content, format, lang, viewer);
}

Result<Rendered> ReportsService::render(std::int64_t id, const std::string& format,
                                        const std::string& lang, const privacy::Viewer& viewer) {
  SAMLA_TRY(check_format(format, lang));
  Report report;
  json content;
  SAMLA_TRY(run(false, [&](Session& s) -> Status {
    SAMLA_ASSIGN(report, store::get_report(s, id));
    SAMLA_TRY(may_read(s, report, viewer.principal));
    SAMLA_ASSIGN(auto snapshot, store::snapshot_of(s, id));
    if (snapshot && (report.status == "approved" || report.status == "published")) {
      content = std::move(*snapshot);
      return ok_status();
    }
    SAMLA_ASSIGN(content, gather_content(s, report));
    return ok_status();
  }));
  return render_content(report, content, format, lang, viewer);
}

Result<Rendered> ReportsService::render_content(const Report& report, const json& content,
                                                const std::string& format, const std::string& lang,
                                                const privacy::Viewer& viewer) {
  Rendering r{&report, &content, &viewer, lang == "sv" ? Language::sv : Language::en};
  if (format == "json")
    return Rendered{"application/json", filename(report, lang, "json"),
                    redacted_content(content, viewer).dump(2)};
  if (format == "md")
    return Rendered{"text/markdown; charset=utf-8", filename(report, lang, "md"),
                    render_markdown(r)};
  if (format == "pdf") {
    SAMLA_ASSIGN(std::string pdf, printer_->print(render_html(r), limits_.pdf));
    return Rendered{"application/pdf", filename(report, lang, "pdf"), std::move(pdf)};
  }
  if (format == "docx") {
    r.charts_as_images = true;
    SAMLA_ASSIGN(std::string docx, html_to_docx(render_html(r), limits_));
    return Rendered{"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    filename(report, lang, "docx"), std::move(docx)};
  }
  return Rendered{"text/html; charset=utf-8", filename(report, lang, "html"), render_html(r)};
}

Result<Rendered> ReportsService::render_public(const std::string& token, const std::string& format,
                                               const std::string& lang) {
  SAMLA_ASSIGN(Report report,
               run(false, [&](Session& s) { return store::by_public_token(s, token); }));
  return render_published(report.id, format, lang);
}

Result<Rendered> ReportsService::render_published(std::int64_t id, const std::string& format,
                                                  const std::string& lang) {
  SAMLA_TRY(check_format(format, lang));
  SAMLA_ASSIGN(Report report, run(false, [&](Session& s) { return store::get_report(s, id); }));
  if (report.status != "published")
    return make_error(ErrorCode::not_found, Msg::report_link_not_valid);
  // Read as an observer would: no special-category data, no free text.
  privacy::Viewer anonymous{{0, "public link", access::Role::observer, std::nullopt},
                            lang == "sv" ? Language::sv : Language::en};
  return render(report.id, format, lang, anonymous);
}

Result<Report> ReportsService::latest_or_new_for_event(std::int64_t event_id,
                                                       const access::Principal& actor) {
  SAMLA_ASSIGN(auto latest,
               run(false, [&](Session& s) { return store::latest_for_event(s, event_id); }));
  if (latest) return *latest;
  Report scope;
  scope.event_id = event_id;
  return create(scope, actor);
}

Result<std::vector<Comment>> ReportsService::comments(std::int64_t id,
                                                      const access::Principal& caller) {
  return run(false, [&](Session& s) -> Result<std::vector<Comment>> {
    SAMLA_ASSIGN(Report r, store::get_report(s, id));
    SAMLA_ASSIGN(bool writer, writes(s, r, caller));
    if (!writer) return make_error(ErrorCode::forbidden, Msg::review_comments_refused);
    return store::comments_of(s, id);
  });
}

Result<Comment> ReportsService::comment(std::int64_t id, const std::string& body,
                                        const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<Comment> {
    SAMLA_ASSIGN(Report r, store::get_report(s, id));
    SAMLA_ASSIGN(bool writer, writes(s, r, actor));
    if (!writer) return make_error(ErrorCode::forbidden, Msg::review_comments_refused);
    return store::insert_comment(s, id, body, actor);
  });
}

Result<std::optional<std::string>> ReportsService::public_link(std::int64_t id, bool on,
                                                               const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<std::optional<std::string>> {
    SAMLA_TRY(store::get_report(s, id));  // a report that does not exist is 404 for everyone
    if (!coordinates(actor)) return make_error(ErrorCode::forbidden, Msg::report_share_refused);
    return store::set_public_link(s, id, on, actor);
  });
}

}  // namespace samla::reports
