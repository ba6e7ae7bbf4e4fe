// The evaluation on the wire: the form (one field table gives writer, reader and schemas), an
// answer as a participant sends it, the participant's view and the results.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "evaluation/model.h"
#include "evaluation/rules.h"

namespace samla::evaluation {

nlohmann::json to_json(const Form& f);
// The items of a PUT body {"items": [...]}.
Result<std::vector<Item>> items_from_json(const nlohmann::json& body);
Result<AnswerInput> answer_from_json(const nlohmann::json& body);
nlohmann::json to_json(const ParticipantForm& f);
nlohmann::json to_json(const Results& r);

// components.schemas: EvaluationForm, EvaluationFormInput, EvaluationAnswer,
// ParticipantEvaluation, EvaluationResults, FollowUpsQueued.
nlohmann::json openapi_schemas();

}  // namespace samla::evaluation
