// The ties' use cases (NetworkService in service.h): each in a pooled session, writes in one
// transaction, every answer redacted for the viewer (redact_tie).
#include "network/service.h"
#include "network/store.h"
#include "network/wire.h"

namespace samla::network {

using storage::Session;

Result<std::vector<Tie>> NetworkService::ties(const std::optional<Stakeholder>& of,
                                              const privacy::Viewer& viewer) {
  SAMLA_ASSIGN(auto all, run(false, [&](Session& s) { return store::list_ties(s, of); }));
  for (auto& t : all) redact_tie(t, viewer);
  return all;
}

Result<Tie> NetworkService::tie(std::int64_t id, const privacy::Viewer& viewer) {
  SAMLA_ASSIGN(Tie t, run(false, [&](Session& s) { return store::get_tie(s, id); }));
  redact_tie(t, viewer);
  return t;
}

Result<Tie> NetworkService::record_tie(const Tie& input, const privacy::Viewer& viewer) {
  SAMLA_ASSIGN(
      Tie t, run(true, [&](Session& s) { return store::insert_tie(s, input, viewer.principal); }));
  redact_tie(t, viewer);
  return t;
}

Result<Tie> NetworkService::replace_tie(std::int64_t id, const Tie& input,
                                        std::optional<std::int64_t> version,
                                        const privacy::Viewer& viewer) {
  SAMLA_ASSIGN(Tie t, run(true, [&](Session& s) {
                 return store::update_tie(s, id, input, version, viewer.principal);
               }));
  redact_tie(t, viewer);
  return t;
}

Status NetworkService::delete_tie(std::int64_t id, std::optional<std::int64_t> version,
                                  const access::Principal& actor) {
  return run(true, [&](Session& s) { return store::delete_tie(s, id, version, actor); });
}

Result<IntroductionNote> NetworkService::note_introduction(
    const std::vector<std::int64_t>& person_ids, const std::string& text,
    const access::Principal& actor) {
  return run(true,
             [&](Session& s) { return network::note_introduction(s, person_ids, text, actor); });
}

}  // namespace samla::network
