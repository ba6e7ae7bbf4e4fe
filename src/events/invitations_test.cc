// Invitations on both backends: the waitlist keeps the quotas, RSVP tokens are kept only as
// their SHA-256, stale versions and answers without consent change nothing, and the database
// itself refuses access needs without a consent time.
#include "events/invitations.h"

#include <algorithm>
#include <regex>

#include "access/credentials.h"
#include "events/messages.h"
#include "events/selections.h"
#include "events/service.h"
#include "register/register_test_support.h"

namespace samla::events {
namespace {

using nlohmann::json;
using registry::testing::RegisterTest;

class InvitationsTest : public RegisterTest {
 protected:
  void SetUp() override {
    RegisterTest::SetUp();
    if (HasFatalFailure()) return;
    migrate_through("events");
    if (HasFatalFailure()) return;
    events_ = std::make_unique<EventsService>(*pool_);
  }
  void TearDown() override {
    events_.reset();
    RegisterTest::TearDown();
  }

  // A person with expertise in `themes` (relevance to the meeting) and an e-mail address.
  registry::Person person(const std::string& name, std::vector<std::string> perspectives,
                          std::vector<std::string> themes) {
    registry::Person p;
    p.name = name;
    p.country = "SE";
    p.perspectives = std::move(perspectives);
    p.themes = std::move(themes);
    p.email = name.substr(0, name.find(' ')) + "@example.org";
    p.lived_experience_consent_on = "2026-01-15";  // kept only with explicit consent
    auto created = service_->create_person(p, coordinator());
    EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().message);
    return created.ok() ? created.value() : p;
  }

  // A group meeting on stigma reduction (not gated), open for invitations.
  // A meeting open for invitations; `starts_at` in the past lets it be held.
  Event open_meeting(int capacity, std::string starts_at = "2027-04-01T10:00") {
    Event e;
    e.title = "Group meeting";
    e.type = "group_meeting";
    e.themes = {"stigma_reduction", "access_to_services"};
    e.format = "online";
    e.link = "https://meet.example.org/group";
    e.starts_at = starts_at;
    e.ends_at = starts_at.substr(0, 11) + "23:59";
    e.capacity = capacity;
    auto made = events_->run(true, [&](storage::Session& s) -> Result<Event> {
      SAMLA_ASSIGN(Event created, store::insert_event(s, e, coordinator()));
      SAMLA_ASSIGN(created, store::transition(s, created.id, "designed", std::nullopt, std::nullopt,
                                              coordinator()));
      return store::transition(s, created.id, "open_for_invitations", std::nullopt, std::nullopt,
                               coordinator());
    });
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message);
    return made.ok() ? made.value() : e;
  }

  Invitation invitation_of(const std::vector<Invitation>& all, std::int64_t person_id) {
    auto found = std::find_if(all.begin(), all.end(),
                              [&](const Invitation& v) { return v.person_id == person_id; });
    EXPECT_NE(found, all.end());
    return found == all.end() ? Invitation{} : *found;
  }

  std::vector<Invitation> invitations(std::int64_t event_id) {
    auto all = events_->run(
        false, [&](storage::Session& s) { return store::invitations_of(s, event_id); });
    EXPECT_TRUE(all.ok());
    return all.ok() ? all.value() : std::vector<Invitation>{};
  }

  void waitlist_keeps_the_quotas(const access::Principal& decliner);

  std::unique_ptr<EventsService> events_;
};

// Three seats, at least one with lived experience, chosen by a coordinator; `decliner`
// records Lina's answer, which re-solves the kept selection for the waitlist.
void InvitationsTest::waitlist_keeps_the_quotas(const access::Principal& decliner) {
  // Three seats, at least one with lived experience. Lina is the best and the only one with
  // lived experience among the chosen; when she declines, Ebba (lived experience, less
  // relevant) must replace her, not Oskar, who scores higher but would break the quota.
  auto lina =
      person("Lina Lived", {"lived_experience"}, {"stigma_reduction", "access_to_services"});
  auto anna = person("Anna Policy", {"policymaker"}, {"stigma_reduction", "access_to_services"});
  auto bo = person("Bo Research", {"researcher"}, {"stigma_reduction", "access_to_services"});
  auto oskar = person("Oskar Research", {"researcher"}, {"stigma_reduction"});
  auto ebba = person("Ebba Lived", {"lived_experience"}, {});
  Event event = open_meeting(3);
  json request = {
      {"seats", 3},
      {"quotas", {{{"kind", "perspective_min"}, {"key", "lived_experience"}, {"count", 1}}}},
      {"weights", {{"newcomer", 0}, {"influence", 0}}}};
  auto proposed = events_->run(true, [&](storage::Session& s) -> Result<std::vector<Invitation>> {
    SAMLA_ASSIGN(json selection, store::run_selection(s, event.id, request, coordinator()));
    return store::propose_from_selection(s, event.id, selection["id"].get<std::int64_t>(),
                                         std::nullopt, coordinator());
  });
  ASSERT_OK(proposed);
  std::vector<std::int64_t> chosen;
  for (const auto& v : proposed.value()) chosen.push_back(v.person_id);
  std::sort(chosen.begin(), chosen.end());
  EXPECT_EQ(chosen, (std::vector<std::int64_t>{lina.meta.id, anna.meta.id, bo.meta.id}));

  ASSERT_OK(events_->run(true, [&](storage::Session& s) {
    return store::send_invitations(s, event.id, std::nullopt, "https://samla.example.org",
                                   std::nullopt, coordinator());
  }));
  Invitation lina_invitation = invitation_of(invitations(event.id), lina.meta.id);
  auto declined = events_->run(true, [&](storage::Session& s) {
    return store::move_invitation(s, lina_invitation.id, "declined", "by phone",
                                  lina_invitation.version, decliner);
  });
  ASSERT_OK(declined);
  auto after = invitations(event.id);
  ASSERT_EQ(after.size(), 4u);
  Invitation replacement = invitation_of(after, ebba.meta.id);
  EXPECT_EQ(replacement.status, "proposed");
  EXPECT_EQ(replacement.waitlist_for, lina_invitation.id);
  ASSERT_TRUE(replacement.explanation);
  json why = json::parse(*replacement.explanation);
  ASSERT_EQ(why["fills"].size(), 1u);
  EXPECT_EQ(why["fills"][0]["label"], "at least 1 lived_experience");
  EXPECT_TRUE(std::none_of(after.begin(), after.end(),
                           [&](const Invitation& v) { return v.person_id == oskar.meta.id; }));
}

TEST_P(InvitationsTest, TheWaitlistProposesTheNextBestWhoKeepsTheQuotas) {
  waitlist_keeps_the_quotas(coordinator());
}

// The quota on lived experience was a coordinator's choice; a facilitator who records a
// decline re-solves it for the waitlist without setting one (and without a 403).
TEST_P(InvitationsTest, AFacilitatorsDeclineReSolvesAQuotaOnLivedExperience) {
  waitlist_keeps_the_quotas({4, "Facilitator", access::Role::facilitator, std::nullopt});
}

TEST_P(InvitationsTest, TokensAreKeptOnlyAsTheirDigestAndAReplacedLinkStops) {
  auto nina = person("Nina Sand", {"researcher"}, {});
  Event event = open_meeting(5);
  auto sent = events_->run(true, [&](storage::Session& s) -> Result<store::SentInvitations> {
    SAMLA_TRY(store::propose_people(s, event.id, {nina.meta.id}, "sv", coordinator()));
    return store::send_invitations(s, event.id, std::nullopt, "https://samla.example.org",
                                   std::nullopt, coordinator());
  });
  ASSERT_OK(sent);
  auto read_token = [&] {
    auto outbox = events_->run(false, [&](storage::Session& s) { return store::outbox(s); });
    EXPECT_TRUE(outbox.ok());
    std::smatch found;
    // The stored body holds only a slot; the working link is kept beside it.
    EXPECT_NE(outbox->front().body.find(kPersonalLinkSlot), std::string::npos);
    EXPECT_EQ(outbox->front().body.find("/rsvp#"), std::string::npos);
    const std::string body = body_text(outbox->front(), PersonalLinks::shown);
    EXPECT_EQ(body_text(outbox->front(), PersonalLinks::masked).find("/rsvp#"), std::string::npos);
    EXPECT_TRUE(std::regex_search(body, found, std::regex("/rsvp#([A-Za-z0-9_-]{43})")));
    EXPECT_TRUE(outbox->front().calendar.has_value());
    return found[1].str();
  };
  const std::string token = read_token();
  auto lease = pool_->acquire();
  ASSERT_OK(lease);
  auto stored =
      (*lease)->query_one("SELECT token_hash FROM invitations WHERE person_id = ?", {nina.meta.id});
  ASSERT_OK(stored);
  EXPECT_EQ(stored->text(0), access::credentials::sha256_hex(token));
  auto plain = (*lease)->query("SELECT COUNT(*) FROM invitations WHERE token_hash = ?", {token});
  ASSERT_OK(plain);
  EXPECT_EQ(plain->front().integer(0), 0);

  auto opened = events_->run(
      false, [&](storage::Session& s) { return store::invitation_by_token(s, token); });
  ASSERT_OK(opened);
  EXPECT_EQ(opened->person_id, nina.meta.id);
  EXPECT_EQ(opened->language, "sv");

  ASSERT_OK(events_->run(true, [&](storage::Session& s) {
    return store::send_invitations(s, event.id, std::vector<std::int64_t>{opened->id},
                                   "https://samla.example.org", std::nullopt, coordinator());
  }));
  const std::string replaced = read_token();
  EXPECT_NE(replaced, token);
  auto old = events_->run(
      false, [&](storage::Session& s) { return store::invitation_by_token(s, token); });
  ASSERT_FALSE(old.ok());
  EXPECT_EQ(old.error().code, ErrorCode::not_found);
}

TEST_P(InvitationsTest, SendingLeavesOutAndNamesThoseWithoutAnEmailAddress) {
  auto olle = person("Olle Berg", {"researcher"}, {});
  Event event = open_meeting(5);
  registry::Person without;
  without.name = "Nils Utan Adress";
  without.country = "SE";
  auto nameless = service_->create_person(without, coordinator());
  ASSERT_OK(nameless);
  const std::int64_t nils = nameless->meta.id;
  auto sent = events_->run(true, [&](storage::Session& s) -> Result<store::SentInvitations> {
    SAMLA_TRY(
        store::propose_people(s, event.id, {olle.meta.id, nils}, std::nullopt, coordinator()));
    return store::send_invitations(s, event.id, std::nullopt, "http://x", std::nullopt,
                                   coordinator());
  });
  ASSERT_OK(sent);
  ASSERT_EQ(sent->sent.size(), 1u);
  EXPECT_EQ(sent->sent.front().person_id, olle.meta.id);
  ASSERT_EQ(sent->skipped.size(), 1u);
  EXPECT_EQ(sent->skipped.front().name, "Nils Utan Adress");
  EXPECT_EQ(sent->skipped.front().reason, "no_email");
  for (const auto& v : invitations(event.id))
    EXPECT_EQ(v.status, v.person_id == nils ? "proposed" : "invited") << v.person_name;
}

TEST_P(InvitationsTest, StaleVersionsAndAnswersWithoutConsentChangeNothing) {
  auto olle = person("Olle Berg", {"researcher"}, {});
  Event event = open_meeting(5);
  ASSERT_OK(events_->run(true, [&](storage::Session& s) -> Result<store::SentInvitations> {
    SAMLA_TRY(store::propose_people(s, event.id, {olle.meta.id}, std::nullopt, coordinator()));
    return store::send_invitations(s, event.id, std::nullopt, "http://x", std::nullopt,
                                   coordinator());
  }));
  Invitation v = invitations(event.id).front();
  auto stale = events_->run(true, [&](storage::Session& s) {
    return store::move_invitation(s, v.id, "accepted", "", v.version - 1, coordinator());
  });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::precondition_failed);
  EXPECT_EQ(invitations(event.id).front().status, "invited");

  auto lease = pool_->acquire();
  ASSERT_OK(lease);
  // The database refuses access needs without the moment consent was given.
  auto unconsented = (*lease)->execute(
      "UPDATE invitations SET access_needs = 'Hearing loop' WHERE id = ?", {v.id});
  EXPECT_FALSE(unconsented.ok());
}

TEST_P(InvitationsTest, ClosingTheEventErasesAccessNeeds) {
  auto sara = person("Sara Ek", {"researcher"}, {});
  Event event = open_meeting(5, "2026-01-15T10:00");
  ASSERT_OK(events_->run(true, [&](storage::Session& s) -> Result<std::vector<Invitation>> {
    return store::propose_people(s, event.id, {sara.meta.id}, std::nullopt, coordinator());
  }));
  auto lease = pool_->acquire();
  ASSERT_OK(lease);
  ASSERT_OK(
      (*lease)->execute("UPDATE invitations SET status = 'attended', access_needs = "
                        "'Step-free access', access_needs_consent_at = '2027-01-01' "
                        "WHERE event_id = ?",
                        {event.id}));
  for (const char* step : {"held", "reported"})
    ASSERT_OK(events_->run(true, [&](storage::Session& s) {
      return store::transition(s, event.id, step, std::nullopt, std::nullopt, coordinator());
    }));
  EXPECT_TRUE(invitations(event.id).front().access_needs.has_value());
  ASSERT_OK(events_->run(true, [&](storage::Session& s) {
    return store::transition(s, event.id, "closed", std::nullopt, std::nullopt, coordinator());
  }));
  Invitation after = invitations(event.id).front();
  EXPECT_FALSE(after.access_needs.has_value());
  EXPECT_FALSE(after.access_needs_consent_at.has_value());
  EXPECT_EQ(after.status, "attended");  // the attendance itself stays on the record
  EXPECT_EQ(audit_count("invitation_access_needs"), 1);
}

TEST_P(InvitationsTest, EventsAreListedAndComparedByWhenTheyHappenNotByTheirClockText) {
  // 09:00 in New York (14:00 UTC in March 2027) comes after 12:00 in Stockholm (11:00 UTC),
  // though "09:00" sorts first as text.
  auto insert = [&](const std::string& title, const std::string& starts, const std::string& zone) {
    Event e;
    e.title = title;
    e.type = "group_meeting";
    e.themes = {"stigma_reduction"};
    e.format = "online";
    e.link = "https://meet.example.org/" + title;
    e.starts_at = starts;
    e.ends_at = starts.substr(0, 11) + "23:00";
    e.time_zone = zone;
    e.capacity = 10;
    auto made = events_->run(
        true, [&](storage::Session& s) { return store::insert_event(s, e, coordinator()); });
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message);
    return made.ok() ? made.value().id : 0;
  };
  auto new_york = insert("new-york", "2027-03-10T09:00", "America/New_York");
  auto stockholm = insert("stockholm", "2027-03-10T12:00", "Europe/Stockholm");
  auto listed = events_->run(false, [&](storage::Session& s) { return store::list_events(s); });
  ASSERT_OK(listed);
  std::vector<std::int64_t> order;
  for (const auto& e : listed.value())
    if (e.id == new_york || e.id == stockholm) order.push_back(e.id);
  EXPECT_EQ(order, (std::vector<std::int64_t>{stockholm, new_york}));

  // At 05:00 New York time (10:00 UTC) it comes first: an update keeps the instant too.
  auto moved = events_->run(true, [&](storage::Session& s) -> Result<Event> {
    SAMLA_ASSIGN(Event e, store::get_event(s, new_york));
    e.starts_at = "2027-03-10T05:00";
    return store::update_event(s, new_york, e, e.version, coordinator());
  });
  ASSERT_OK(moved);
  listed = events_->run(false, [&](storage::Session& s) { return store::list_events(s); });
  ASSERT_OK(listed);
  order.clear();
  for (const auto& e : listed.value())
    if (e.id == new_york || e.id == stockholm) order.push_back(e.id);
  EXPECT_EQ(order, (std::vector<std::int64_t>{new_york, stockholm}));
}

INSTANTIATE_TEST_SUITE_P(Backends, InvitationsTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::events

namespace samla::events {
namespace {

// The organisers' own words go into the invitation in its language, with the reply-by day in
// that language's words; a reminder says it is one and that the earlier link stopped.
TEST(InvitationMessages, CarryTheOrganisersWordsAndTheReplyByDay) {
  Event e;
  e.id = 7;
  e.title = "Dialog om suicidprevention";
  e.type = "policy_dialogue";
  e.format = "hybrid";
  e.venue = "Regionens hus";
  e.link = "https://meet.example.org/x";
  e.starts_at = "2027-03-10T09:00";
  e.ends_at = "2027-03-10T12:00";
  e.invitation_text_sv = "Vi vill gärna höra din erfarenhet.";
  e.invitation_text_en = "We would like to hear from you.";
  e.reply_by = "2027-02-19";
  Invitation sv;
  sv.id = 1;
  sv.person_name = "Kim";
  sv.email = "kim@example.org";
  sv.language = "sv";
  Invitation en = sv;
  en.language = "en";

  auto invitation = compose_invitation(e, sv, "https://x/rsvp#t");
  EXPECT_EQ(invitation.kind, "invitation");
  EXPECT_NE(invitation.body.find("Vi vill gärna höra din erfarenhet."), std::string::npos);
  EXPECT_EQ(invitation.body.find("We would like"), std::string::npos);
  EXPECT_NE(invitation.body.find("Svara senast fredag 19 februari 2027."), std::string::npos)
      << invitation.body;
  EXPECT_NE(invitation.body.find("på plats eller på distans"), std::string::npos);

  auto english = compose_invitation(e, en, "https://x/rsvp#t");
  EXPECT_NE(english.body.find("We would like to hear from you."), std::string::npos);
  EXPECT_NE(english.body.find("Please answer by Friday 19 February 2027."), std::string::npos)
      << english.body;

  auto reminder = compose_reminder(e, en, "https://x/rsvp#u");
  EXPECT_EQ(reminder.kind, "reminder");
  EXPECT_EQ(reminder.subject, "Reminder: Dialog om suicidprevention");
  EXPECT_NE(reminder.body.find("We have not yet had your answer"), std::string::npos);
  EXPECT_NE(reminder.body.find("an earlier link no longer works"), std::string::npos);
  EXPECT_NE(reminder.body.find(std::string(kPersonalLinkSlot)), std::string::npos);

  // Without words of their own or a day, the standard text alone.
  e.invitation_text_en.clear();
  e.reply_by.reset();
  auto plain = compose_invitation(e, en, "https://x/rsvp#t");
  EXPECT_EQ(plain.body.find("Please answer by"), std::string::npos);
  EXPECT_EQ(plain.body.find("hear from you"), std::string::npos);
}

}  // namespace
}  // namespace samla::events
