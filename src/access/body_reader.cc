#include "access/body_reader.h"

#include <algorithm>

namespace samla::access {

std::optional<std::string> BodyReader::string(const std::string& field, bool required) {
  auto it = body_.find(field);
  if (it == body_.end() || it->is_null()) {
    if (required) problem(field, Msg::required);
    return std::nullopt;
  }
  if (!it->is_string()) {
    problem(field, Msg::must_be_string);
    return std::nullopt;
  }
  return it->get<std::string>();
}

std::optional<bool> BodyReader::boolean(const std::string& field) {
  auto it = body_.find(field);
  if (it == body_.end() || it->is_null()) return std::nullopt;
  if (!it->is_boolean()) {
    problem(field, Msg::must_be_boolean);
    return std::nullopt;
  }
  return it->get<bool>();
}

std::optional<std::optional<std::int64_t>> BodyReader::id_or_null(const std::string& field) {
  auto it = body_.find(field);
  if (it == body_.end()) return std::nullopt;
  if (it->is_null()) return std::optional<std::int64_t>{};
  if (!it->is_number_integer() || it->get<std::int64_t>() < 1) {
    problem(field, Msg::must_be_id_or_null);
    return std::nullopt;
  }
  return std::optional<std::int64_t>{it->get<std::int64_t>()};
}

void BodyReader::reject_unknown(std::initializer_list<const char*> known) {
  // Only objects have field names (found by fuzzing: a bare `1` made key() throw).
  if (!body_.is_object()) return;
  for (auto it = body_.begin(); it != body_.end(); ++it) {
    bool listed =
        std::any_of(known.begin(), known.end(), [&](const char* name) { return it.key() == name; });
    if (!listed) problem(it.key(), Msg::not_a_request_field);
  }
}

void BodyReader::problem(std::string field, Msg message, MessageParams params) {
  problems_.emplace_back(std::move(field), message, std::move(params));
}

void BodyReader::problem(FieldError error) {
  problems_.push_back(std::move(error));
}

Status BodyReader::finish() const {
  if (problems_.empty()) return ok_status();
  return invalid_fields(problems_);
}

}  // namespace samla::access
