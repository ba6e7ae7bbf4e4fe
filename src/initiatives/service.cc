#include "initiatives/service.h"

#include "programme/store.h"

namespace samla::initiatives {

using storage::Session;

Result<std::vector<Initiative>> InitiativesService::list(const store::ListFilter& filter,
                                                         const access::Principal& viewer) {
  return run(false, [&](Session& s) { return store::list_initiatives(s, filter, viewer.user_id); });
}

Result<Initiative> InitiativesService::get(std::int64_t id, const access::Principal& viewer) {
  return run(false, [&](Session& s) { return store::get_initiative(s, id, viewer.user_id); });
}

Result<Initiative> InitiativesService::create(Initiative input, const access::Principal& actor) {
  return run(true,
             [&](Session& s) { return store::insert_initiative(s, std::move(input), actor); });
}

Result<Initiative> InitiativesService::from_outcome(std::int64_t outcome_id,
                                                    const access::Principal& actor) {
  return run(true, [&](Session& s) { return store::insert_from_outcome(s, outcome_id, actor); });
}

Result<Initiative> InitiativesService::update(std::int64_t id, Initiative input,
                                              std::optional<std::int64_t> version,
                                              const access::Principal& actor) {
  return run(true, [&](Session& s) {
    return store::update_initiative(s, id, std::move(input), version, actor);
  });
}

Status InitiativesService::remove(std::int64_t id, std::optional<std::int64_t> version,
                                  const access::Principal& actor) {
  return run(true, [&](Session& s) { return store::delete_initiative(s, id, version, actor); });
}

Result<Initiative> InitiativesService::rate(std::int64_t id, Rating rating,
                                            const access::Principal& actor) {
  return run(true, [&](Session& s) { return store::put_rating(s, id, std::move(rating), actor); });
}

Result<Initiative> InitiativesService::unrate(std::int64_t id, const access::Principal& actor) {
  return run(true, [&](Session& s) { return store::delete_rating(s, id, actor); });
}

Result<std::vector<Rating>> InitiativesService::ratings(std::int64_t id) {
  return run(false, [&](Session& s) -> Result<std::vector<Rating>> {
    SAMLA_TRY(store::get_initiative(s, id, 0));
    return store::list_ratings(s, id);
  });
}

Result<Initiative> InitiativesService::move(std::int64_t id, const std::string& to,
                                            const std::string& reason,
                                            std::optional<std::int64_t> version,
                                            const access::Principal& actor) {
  return run(true,
             [&](Session& s) { return store::set_status(s, id, to, reason, version, actor); });
}

Result<Initiative> InitiativesService::make_plan(std::int64_t id,
                                                 std::optional<std::int64_t> version,
                                                 const access::Principal& actor) {
  return run(true, [&](Session& s) { return store::make_plan(s, id, version, actor); });
}

Result<Weights> InitiativesService::weights(std::int64_t programme_id) {
  return run(false, [&](Session& s) -> Result<Weights> {
    SAMLA_TRY(programme::store::get_programme(s, programme_id));
    return store::get_weights(s, programme_id);
  });
}

Result<Weights> InitiativesService::set_weights(std::int64_t programme_id, Weights w,
                                                std::optional<std::int64_t> version,
                                                const access::Principal& actor) {
  return run(true, [&](Session& s) {
    return store::put_weights(s, programme_id, std::move(w), version, actor);
  });
}

}  // namespace samla::initiatives
