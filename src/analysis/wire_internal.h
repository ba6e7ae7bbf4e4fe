// Small helpers shared by wire.cc and wire_kickoff.cc.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "analysis/wire.h"

namespace samla::analysis::wire_detail {

inline nlohmann::json optional_text(const std::optional<std::string>& t) {
  return t ? nlohmann::json(*t) : nlohmann::json(nullptr);
}

// A row's name in the request's language, or its key when unknown.
inline std::string label_of(const RowLabels& labels, const std::string& key) {
  auto it = labels.find(key);
  return it == labels.end() ? key : it->second;
}

}  // namespace samla::analysis::wire_detail
