// Reads the fields of a JSON request body, collecting every problem as a FieldError so a
// client learns all that is wrong in one 422 rather than one field at a time.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace samla::access {

class BodyReader {
 public:
  explicit BodyReader(const nlohmann::json& body) : body_(body) {}

  // The string `field`, or nullopt when absent (a problem if `required`) or not a string.
  std::optional<std::string> string(const std::string& field, bool required);
  // The boolean `field`, or nullopt when absent or not a boolean.
  std::optional<bool> boolean(const std::string& field);
  // The id or null in `field`: nullopt when absent, a held nullopt for null (to clear it).
  std::optional<std::optional<std::int64_t>> id_or_null(const std::string& field);
  // Records a problem for every field not in `known`, so typos do not pass silently.
  void reject_unknown(std::initializer_list<const char*> known);
  // Records a problem of the caller's own.
  void problem(std::string field, Msg message, MessageParams params = {});
  void problem(FieldError error);
  // ok when no problem was recorded, else an `invalid` error listing them all.
  Status finish() const;

 private:
  const nlohmann::json& body_;
  std::vector<FieldError> problems_;
};

}  // namespace samla::access
