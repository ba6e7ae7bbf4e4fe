// The reports' use cases, each in a pooled session, writes in one transaction. Who may do
// what: the event's facilitators, coordinators and admins write an event's report and send it
// for review; coordinators and admins review (comments), approve and publish, and write
// reports over several events; observers read approved and published reports; facilitators
// also those of their events.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "privacy/pooled_service.h"
#include "reports/converters.h"
#include "reports/model.h"
#include "reports/pdf_printer.h"

namespace samla::reports {

// A rendered report: what to answer with.
struct Rendered {
  std::string content_type;
  std::string filename;
  std::string body;
};

class ReportsService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  Result<Report> create(Report scope, const access::Principal& actor);
  Result<std::vector<Report>> list(const access::Principal& caller);
  Result<Report> get(std::int64_t id, const access::Principal& caller);
  // The intro and conclusions of a draft (If-Match).
  Result<Report> update(std::int64_t id, const Report& texts, std::optional<std::int64_t> version,
                        const access::Principal& actor);
  Result<Report> transition(std::int64_t id, const std::string& to,
                            std::optional<std::int64_t> version, const access::Principal& actor);

  // The report in `format` (html, pdf, docx, md, json) and `lang` (sv, en) as `viewer` may see
  // it: the approved snapshot once approved, else the data as it stands.
  Result<Rendered> render(std::int64_t id, const std::string& format, const std::string& lang,
                          const privacy::Viewer& viewer);
  // The same through a public link: as an anonymous reader, published reports only.
  Result<Rendered> render_public(const std::string& token, const std::string& format,
                                 const std::string& lang);
  // Published report `id` as an anonymous reader sees it (for a participant's own page, which
  // has checked they attended its event); not_found when it is not published.
  Result<Rendered> render_published(std::int64_t id, const std::string& format,
                                    const std::string& lang);
  // A report over `scope` (a theme and/or dates) rendered without keeping it (the CLI's
  // `samla report programme`); not_found when no event falls in it.
  Result<Rendered> render_unsaved(Report scope, const std::string& format, const std::string& lang,
                                  const privacy::Viewer& viewer);
  // The event's newest report, or a new draft of it (the CLI's `samla report event`).
  Result<Report> latest_or_new_for_event(std::int64_t event_id, const access::Principal& actor);

  Result<std::vector<Comment>> comments(std::int64_t id, const access::Principal& caller);
  Result<Comment> comment(std::int64_t id, const std::string& body, const access::Principal& actor);

  // A new public link (its token, shown once) for a published report, or none to revoke it.
  Result<std::optional<std::string>> public_link(std::int64_t id, bool on,
                                                 const access::Principal& actor);

  void set_converter_limits(ConverterLimits limits) { limits_ = limits; }

 private:
  Result<Rendered> render_content(const Report& report, const nlohmann::json& content,
                                  const std::string& format, const std::string& lang,
                                  const privacy::Viewer& viewer);
  ConverterLimits limits_;
  // Shared by copies of the service; the browser it keeps lives as long as the last of them.
  std::shared_ptr<PdfPrinter> printer_ = std::make_shared<PdfPrinter>();
};

}  // namespace samla::reports
