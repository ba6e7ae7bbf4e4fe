#include "interactions/service.h"

#include "privacy/redaction.h"

namespace samla::interactions {
namespace {

using storage::Session;

Interaction as_seen(Interaction i, const privacy::Viewer& viewer) {
  privacy::redact_free_text(i.summary, i.summary_hidden, viewer, i.summary_special);
  return i;
}

Result<Interaction> as_seen(Result<Interaction> i, const privacy::Viewer& viewer) {
  if (!i.ok()) return i;
  return as_seen(std::move(i).value(), viewer);
}

}  // namespace

Result<std::vector<Interaction>> InteractionsService::list(store::ListFilter filter,
                                                           const privacy::Viewer& viewer) {
  filter.search_summaries = viewer.sees_free_text();
  filter.search_special_summaries = viewer.sees_special_category();
  SAMLA_ASSIGN(auto list,
               run(false, [&](Session& s) { return store::list_interactions(s, filter); }));
  for (auto& i : list) i = as_seen(std::move(i), viewer);
  return list;
}

Result<Interaction> InteractionsService::get(std::int64_t id, const privacy::Viewer& viewer) {
  return as_seen(run(false, [&](Session& s) { return store::get_interaction(s, id); }), viewer);
}

Result<Interaction> InteractionsService::create(Interaction input, const privacy::Viewer& writer) {
  return as_seen(run(true,
                     [&](Session& s) {
                       return store::insert_interaction(s, std::move(input), writer.principal);
                     }),
                 writer);
}

Result<Interaction> InteractionsService::update(std::int64_t id, Interaction input,
                                                std::optional<std::int64_t> version,
                                                const privacy::Viewer& writer) {
  return as_seen(run(true,
                     [&](Session& s) {
                       return store::update_interaction(s, id, std::move(input), version,
                                                        writer.principal);
                     }),
                 writer);
}

Status InteractionsService::remove(std::int64_t id, std::optional<std::int64_t> version,
                                   const access::Principal& actor) {
  return run(true, [&](Session& s) { return store::delete_interaction(s, id, version, actor); });
}

}  // namespace samla::interactions
