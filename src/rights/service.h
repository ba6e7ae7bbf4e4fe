// The privacy rights' use cases: a person's export (art. 15, 20) and erasure (art. 17), each in
// one pooled session; the erasure in one transaction, so nothing is half-erased.
#pragma once

#include "events/service.h"
#include "privacy/pooled_service.h"
#include "reports/service.h"
#include "rights/duplicates.h"
#include "rights/erasure.h"
#include "rights/own_page.h"
#include "rights/person_export.h"
#include "rights/retention.h"

namespace samla::rights {

class RightsService : public privacy::PooledService {
 public:
  // `events` gives the address links point to and wakes the outbox; `reports` renders the
  // reports a person may read on their own page.
  RightsService(storage::SessionPool& pool, const events::EventsService& events,
                reports::ReportsService& reports)
      : PooledService(pool), events_(&events), reports_(&reports) {}

  // Sends a link to their own page to whoever has `email` (nothing, silently, to no one).
  Status send_own_page_link(const std::string& email);
  Result<std::string> open_own_page_link(const std::string& link_token);
  Result<std::string> own_page_for_account(const access::Principal& account);
  Result<nlohmann::json> own_page(const std::string& page_token);
  // The person corrects their contact details and languages (name, title, email, phone,
  // languages): fields absent stay.
  Result<nlohmann::json> correct_own_details(const std::string& page_token,
                                             const nlohmann::json& changes);
  // The person gives (`give`) or withdraws their consent for `purpose`.
  Result<nlohmann::json> set_own_consent(const std::string& page_token, const std::string& purpose,
                                         bool give);
  Result<ExportFile> own_export(const std::string& page_token);
  // A published report of an event the page's person attended, in `format` and `lang` as an
  // anonymous reader sees it; 404 for any other report.
  Result<reports::Rendered> own_report(const std::string& page_token, std::int64_t report_id,
                                       const std::string& format, const std::string& lang);

  // The ZIP of everything about person `person_id`; 404 when there is none.
  Result<ExportFile> export_person(std::int64_t person_id, const access::Principal& actor);
  // Erases person `person_id` for `reason`.
  Result<ErasureReport> erase(std::int64_t person_id, std::string reason,
                              const access::Principal& actor);
  // The records of processing in `language`, with the retention in force.
  Result<nlohmann::json> processing(Language language);
  // Who has been inactive longer than the privacy settings' months, for review.
  Result<std::vector<InactivePerson>> inactive(int limit);
  // The likely duplicates among people or organisations, most alike first.
  Result<std::vector<DuplicatePair>> duplicates(RecordKind kind, int limit);
  // Merges one record into another, in one transaction.
  Result<MergeReport> merge(RecordKind kind, MergeRequest request, const access::Principal& actor);

 private:
  const events::EventsService* events_;
  reports::ReportsService* reports_;
};

}  // namespace samla::rights
