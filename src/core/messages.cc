#include "core/messages.h"

#include <nlohmann/json.hpp>

#include <array>

namespace samla {
namespace {

struct MessageText {
  Msg message;
  std::string_view code;
  std::string_view en;
  std::string_view sv;
};

// One row per Msg, generated from core/messages.json in the enum's order.
constexpr MessageText kMessages[] = {
#define SAMLA_MESSAGE(name, en, sv) MessageText{Msg::name, #name, en, sv},
#include "core/messages_table.inc"
#undef SAMLA_MESSAGE
};
static_assert(std::size(kMessages) == static_cast<std::size_t>(Msg::end_));

const MessageText& text_of(Msg message) {
  return kMessages[static_cast<std::size_t>(message)];
}

const std::string* param(const MessageParams& params, std::string_view name) {
  for (const auto& [key, value] : params)
    if (key == name) return &value;
  return nullptr;
}

// "a, b or c" from the lines of `list`.
std::string alternatives(std::string_view list, Language language) {
  std::vector<std::string_view> items;
  for (std::size_t start = 0;;) {
    auto end = list.find('\n', start);
    items.push_back(list.substr(start, end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 < items.size() ? ", " : language == Language::sv ? " eller " : " or ";
    out += items[i];
  }
  return out;
}

// Replaces each {name} in `pattern` by its parameter; an unknown name is left as written.
std::string fill(std::string_view pattern, const MessageParams& params, Language language) {
  std::string out;
  out.reserve(pattern.size() + 16);
  std::size_t i = 0;
  while (i < pattern.size()) {
    auto open = pattern.find('{', i);
    auto close = open == std::string_view::npos ? open : pattern.find('}', open);
    if (close == std::string_view::npos) break;
    out += pattern.substr(i, open - i);
    if (const std::string* value = param(params, pattern.substr(open + 1, close - open - 1)))
      out += alternatives(*value, language);
    else
      out += pattern.substr(open, close - open + 1);
    i = close + 1;
  }
  out += pattern.substr(std::min(i, pattern.size()));
  return out;
}

}  // namespace

std::string one_per_line(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : "\n") + value;
  return out;
}

std::string_view message_code(Msg message) {
  return text_of(message).code;
}

std::optional<Msg> message_from_code(std::string_view code) {
  for (const auto& row : kMessages)
    if (row.code == code) return row.message;
  return std::nullopt;
}

std::string render_message(Msg message, const MessageParams& params, Language language) {
  const auto& row = text_of(message);
  return fill(language == Language::sv ? row.sv : row.en, params, language);
}

nlohmann::json message_catalogue() {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& row : kMessages)
    out[std::string(row.code)] = {{"en", std::string(row.en)}, {"sv", std::string(row.sv)}};
  return out;
}

}  // namespace samla
