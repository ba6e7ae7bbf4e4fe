// The live sessions' JSON: sessions and activities through the wire kit (core/wire.h), the
// bodies facilitators and participants send, and the OpenAPI schemas.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "live/model.h"

namespace samla::live {

nlohmann::json to_json(const LiveSession& s);
nlohmann::json to_json(const Activity& a);
Result<Activity> activity_from_json(const nlohmann::json& j);
// A participant's answer: {activity_id, choices?, value?, words?, input_id?, vote?
// ("agree" | "disagree" | "pass"), dots? [{input_id, dots}]}.
Result<Answer> answer_from_json(const nlohmann::json& j);

nlohmann::json to_json(const Cluster& c);
nlohmann::json to_json(const Promotion& p);
// {to, activity_id, input_id?, cluster_id?, text?, owner_person_id?, owner_organisation_id?,
// due_date?, priority?}: what the facilitator carries into the record.
struct PromoteRequest;
Result<PromoteRequest> promote_from_json(const nlohmann::json& j);

nlohmann::json openapi_schemas();

}  // namespace samla::live
