// The agreement rules as a table: each row changes one thing about a valid signed letter of
// intent and names the fields that must then be refused (none: it stays valid).
#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "agreements/rules.h"

namespace samla::agreements {
namespace {

Agreement signed_letter() {
  Agreement a;
  a.title = "Letter of intent";
  a.status = "signed";
  a.signed_on = "2026-10-01";
  a.starts_on = "2026-10-01";
  a.ends_on = "2029-09-30";
  a.document_url = "https://example.org/letter.pdf";
  a.parties = {{1, std::nullopt}, {2, std::nullopt}};
  a.signatories = {{7, "", 1, "Director-General", "2026-09-30"},
                   {std::nullopt, "Rune", 2, "", "2026-10-01"}};
  return a;
}

std::set<std::string> refused(const Agreement& a) {
  std::set<std::string> out;
  for (const auto& e : check_agreement(a)) out.insert(e.field);
  return out;
}

TEST(AgreementRules, EachRowRefusesWhatItNames) {
  struct Row {
    const char* what;
    std::function<void(Agreement&)> change;
    std::set<std::string> fields;
  };
  const std::vector<Row> rows{
      {"valid as it is", [](Agreement&) {}, {}},
      {"a draft needs no dates",
       [](Agreement& a) {
         a.status = "draft";
         a.signed_on.reset();
         a.signatories[0].signed_on.reset();
       },
       {}},
      {"no title", [](Agreement& a) { a.title = " "; }, {"title"}},
      {"an unknown kind", [](Agreement& a) { a.kind = "handshake"; }, {"kind"}},
      {"an unknown status", [](Agreement& a) { a.status = "agreed"; }, {"status"}},
      {"a party twice",
       [](Agreement& a) {
         a.parties.push_back({1, std::nullopt});
       },
       {"parties[2].organisation_id"}},
      {"signed without its day", [](Agreement& a) { a.signed_on.reset(); }, {"signed_on"}},
      {"a signature without its day",
       [](Agreement& a) { a.signatories[1].signed_on.reset(); },
       {"signatories[1].signed_on"}},
      {"signed with no parties or signatories",
       [](Agreement& a) {
         a.parties.clear();
         a.signatories.clear();
       },
       {"parties", "signatories"}},
      {"a signatory for no party",
       [](Agreement& a) { a.signatories[0].organisation_id = 9; },
       {"signatories[0].organisation_id"}},
      {"a signatory with no name",
       [](Agreement& a) { a.signatories[1].name = ""; },
       {"signatories[1].name"}},
      {"not a day",
       [](Agreement& a) { a.signatories[0].signed_on = "30/9/2026"; },
       {"signatories[0].signed_on"}},
      {"ends before it starts", [](Agreement& a) { a.ends_on = "2026-09-30"; }, {"ends_on"}},
      {"ended without its end",
       [](Agreement& a) {
         a.status = "ended";
         a.ends_on.reset();
       },
       {"ends_on"}},
      {"a document that is no web address",
       [](Agreement& a) { a.document_url = "javascript:alert(1)"; },
       {"document_url"}},
  };
  for (const auto& row : rows) {
    Agreement a = signed_letter();
    row.change(a);
    EXPECT_EQ(refused(a), row.fields) << row.what;
  }
}

}  // namespace
}  // namespace samla::agreements
