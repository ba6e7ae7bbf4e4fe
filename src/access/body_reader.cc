#include "access/body_reader.h"

#include <algorithm>

namespace samla::access {

std::optional<std::string> BodyReader::string(const std::string& field, bool required) {
  auto it = body_.find(field);
  if (it == body_.end() || it->is_null()) {
    if (required) problem(field, "Is required.");
    return std::nullopt;
  }
  if (!it->is_string()) {
    problem(field, "Must be a string.");
    return std::nullopt;
  }
  return it->get<std::string>();
}

std::optional<bool> BodyReader::boolean(const std::string& field) {
  auto it = body_.find(field);
  if (it == body_.end() || it->is_null()) return std::nullopt;
  if (!it->is_boolean()) {
    problem(field, "Must be true or false.");
    return std::nullopt;
  }
  return it->get<bool>();
}

void BodyReader::reject_unknown(std::initializer_list<const char*> known) {
  // Only objects have field names (found by fuzzing: a bare `1` made key() throw).
  if (!body_.is_object()) return;
  for (auto it = body_.begin(); it != body_.end(); ++it) {
    bool listed =
        std::any_of(known.begin(), known.end(), [&](const char* name) { return it.key() == name; });
    if (!listed) problem(it.key(), "Is not a field of this request.");
  }
}

void BodyReader::problem(std::string field, std::string message) {
  problems_.push_back(FieldError{std::move(field), std::move(message)});
}

Status BodyReader::finish() const {
  if (problems_.empty()) return ok_status();
  return invalid_fields(problems_);
}

}  // namespace samla::access
