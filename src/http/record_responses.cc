#include "http/record_responses.h"

namespace samla::http {

Response record_answer(int status, const nlohmann::json& body, std::int64_t version,
                       std::string_view collection, std::int64_t id) {
  Response response = json_response(status, body);
  response.set_header("ETag", etag_for(version));
  if (status == 201 && !collection.empty())
    response.set_header("Location",
                        "/api/v1/" + std::string(collection) + "/" + std::to_string(id));
  return response;
}

Response list_answer(nlohmann::json items) {
  const auto total = items.size();
  return json_response(200, {{"items", std::move(items)}, {"total", total}, {"next", nullptr}});
}

Response page_answer(nlohmann::json items, std::int64_t total,
                     const std::optional<std::string>& next) {
  return json_response(200, {{"items", std::move(items)},
                             {"total", total},
                             {"next", next ? nlohmann::json(*next) : nlohmann::json(nullptr)}});
}

}  // namespace samla::http
