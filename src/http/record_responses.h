// The answers every record type gives, written once: one record with its ETag (and on 201
// Created its Location), a list as {items, total, next}, and a page of a longer list. A
// record type needs only a to_json(const T&) that argument-dependent lookup finds, and an
// id and version (as `id`/`version` or in `meta`).
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/page.h"
#include "core/result.h"
#include "http/api.h"

namespace samla::http {

// `body`, one record, with the ETag of `version`; on 201 also its Location,
// /api/v1/<collection>/<id> (`collection` may be empty for answers that create nothing).
Response record_answer(int status, const nlohmann::json& body, std::int64_t version,
                       std::string_view collection, std::int64_t id);

// Every item of a list on one page: {items, total (their count), next: null}.
Response list_answer(nlohmann::json items);

// One page of a longer list: {items, total, next (the cursor of the next page, or null)}.
Response page_answer(nlohmann::json items, std::int64_t total,
                     const std::optional<std::string>& next);

// A record's id and version, whether it keeps them as `id` and `version` or in `meta`.
template <typename T>
std::pair<std::int64_t, std::int64_t> id_and_version(const T& record) {
  if constexpr (requires { record.meta.id; })
    return {record.meta.id, record.meta.version};
  else
    return {record.id, record.version};
}

// The answer to a read or write of one record, or its error as problem+json.
template <typename T>
Response record_response(const Result<T>& record, int status, std::string_view collection) {
  if (!record.ok()) return problem_response(record.error());
  const auto [id, version] = id_and_version(record.value());
  return record_answer(status, to_json(record.value()), version, collection, id);
}

// A whole list as one page, or its error.
template <typename T>
Response list_response(const Result<std::vector<T>>& list) {
  if (!list.ok()) return problem_response(list.error());
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : list.value()) items.push_back(to_json(item));
  return list_answer(std::move(items));
}

// One page of a list, or its error.
template <typename T>
Response page_response(const Result<Page<T>>& page) {
  if (!page.ok()) return problem_response(page.error());
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : page->items) items.push_back(to_json(item));
  return page_answer(std::move(items), page->total, page->next);
}

}  // namespace samla::http
