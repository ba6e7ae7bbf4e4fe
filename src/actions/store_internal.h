// What the action stores share: the record kinds and the reading of one action.
#pragma once

#include "access/records.h"
#include "actions/model.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::actions::store::internal {

inline constexpr access::RecordKind kPlanRecord{"action_plans", "action_plan", "action plan"};
inline constexpr access::RecordKind kActionRecord{"actions", "action", "action"};

// One message whether the id is unknown or was never there: a 404 tells nothing else.
inline constexpr Msg kNoSuchPlan = Msg::no_such_action_plan;
inline constexpr Msg kNoSuchAction = Msg::no_such_action;

Status check_theme(storage::Session& s, const std::string& field, const std::string& slug,
                   std::vector<FieldError>& errors);
Status check_party(storage::Session& s, const std::string& field, const Party& party,
                   std::vector<FieldError>& errors);

}  // namespace samla::actions::store::internal
