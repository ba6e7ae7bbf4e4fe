#include "core/messages.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/result.h"

namespace samla {
namespace {

TEST(Messages, EveryCodeReadsBackAndHasBothLanguages) {
  for (int i = 0; i < static_cast<int>(Msg::end_); ++i) {
    auto message = static_cast<Msg>(i);
    auto code = message_code(message);
    ASSERT_FALSE(code.empty());
    EXPECT_EQ(message_from_code(code), message) << code;
    EXPECT_FALSE(render_message(message, {}, Language::en).empty()) << code;
    EXPECT_FALSE(render_message(message, {}, Language::sv).empty()) << code;
  }
  EXPECT_EQ(message_from_code("no_such_code"), std::nullopt);
}

TEST(Messages, ParametersFillTheirPlaces) {
  struct Case {
    Msg message;
    MessageParams params;
    Language language;
    std::string expected;
  };
  const Case cases[] = {
      {Msg::max_characters, {{"max", "300"}}, Language::en, "must be at most 300 characters"},
      {Msg::max_characters, {{"max", "300"}}, Language::sv, "får vara högst 300 tecken"},
      {Msg::cannot_go_from_to,
       {{"from", "draft"}, {"to", "held"}},
       Language::en,
       "cannot go from draft to held"},
      // A list parameter: "a, b or c", in Swedish "a, b eller c".
      {Msg::must_be_values, {{"values", "a\nb\nc"}}, Language::en, "must be a, b or c"},
      {Msg::must_be_values, {{"values", "a\nb\nc"}}, Language::sv, "måste vara a, b eller c"},
      {Msg::must_be_values, {{"values", "only"}}, Language::en, "must be only"},
      // A missing parameter stays visible rather than vanishing.
      {Msg::max_characters, {}, Language::en, "must be at most {max} characters"},
      // Braces that are not a parameter are text.
      {Msg::must_be_stakeholder_ref,
       {},
       Language::en,
       "must be {\"kind\": \"person\" or \"organisation\", \"id\": …}"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(render_message(c.message, c.params, c.language), c.expected);
}

TEST(Messages, AFieldErrorCarriesItsEnglishText) {
  FieldError error("name", Msg::max_bytes, {{"max", "100"}});
  EXPECT_EQ(error.message, "must be at most 100 bytes");
  EXPECT_EQ(error.code, Msg::max_bytes);
  EXPECT_EQ(FieldError("to", Message{Msg::is_closed}).message, "is closed");
}

TEST(Messages, TheCatalogueListsEveryCode) {
  auto catalogue = message_catalogue();
  EXPECT_EQ(catalogue.size(), static_cast<std::size_t>(Msg::end_));
  EXPECT_EQ(catalogue["required"]["sv"], "måste anges");
}

}  // namespace
}  // namespace samla
