// Action plans, actions, their updates and the settings on the wire: one field table per type
// gives the writer, the reader (422 per wrong field, with paths such as
// "indicators[0].measurements[2].date") and the JSON Schemas.
#pragma once

#include <nlohmann/json.hpp>

#include "actions/model.h"
#include "core/result.h"

namespace samla::actions {

nlohmann::json to_json(const ActionPlan& p);
nlohmann::json to_json(const Action& a);
nlohmann::json to_json(const ActionUpdate& u);
Result<ActionPlan> plan_from_json(const nlohmann::json& j);
Result<Action> action_from_json(const nlohmann::json& j);
Result<UpdateRequest> update_from_json(const nlohmann::json& j);
nlohmann::json to_json(const ActionMail& m);
Result<ActionMail> action_mail_from_json(const nlohmann::json& j);
Result<UnsubscribeRequest> unsubscribe_from_json(const nlohmann::json& j);

// components.schemas: ActionPlan(+Input, Patch, List), Action(+Input, Patch, List),
// ActionUpdate(+Input, List), ActionSettings, ActionPromotion.
nlohmann::json openapi_schemas();

}  // namespace samla::actions
