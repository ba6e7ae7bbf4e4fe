"""Events and lessons learned over HTTP, against a running `samla serve`: a facilitator
designs a thematic workshop, is stopped by the readiness gate until a lesson for each theme
is validated, and moves it along its lifecycle; bad input (impossible times, unknown time
zones, transitions out of order) is a 422 naming the field with nothing changed; only an
administrator overrides the gate, with a reason that is kept and audited."""

import unittest

from samla_server import ServerTestCase

PASSWORD = "events-api-password"

WORKSHOP = {
    "title": "Thematic workshop: stigma in rural areas",
    "type": "thematic_workshop",
    "themes": ["stigma_reduction", "access_to_services"],
    "objectives": "Agree on three actions for the action plan.",
    "format": "hybrid",
    "venue": "Folkets hus, Östersund",
    "link": "https://meet.example.org/stigma",
    "starts_at": "2027-03-10T09:00",
    "ends_at": "2027-03-10T16:00",
    "time_zone": "Europe/Stockholm",
    "capacity": 40,
    "working_languages": ["sv", "en"],
    "interpretation_languages": ["se"],
    "accessibility": "Step-free entrance; hearing loop; quiet room.",
    "agenda": [{"time": "09:00", "title": "Welcome", "owner": "Facilitator", "items": ["Names"]},
               {"time": "10:00", "title": "Lessons from the pilots", "owner": "WP5", "items": []}],
    "facilitators": ["Kim Facilitator"],
    "materials": [{"title": "Pilot report", "url": "https://example.org/wp5.pdf"}],
}


class EventsApi(ServerTestCase):
    default_role = "facilitator"
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("ev", PASSWORD)

    def create_event(self, **changes):
        status, headers, body = self.api("POST", "/events", json=dict(WORKSHOP, **changes))
        self.assertEqual(status, 201, body)
        self.assertEqual(headers["location"], f"/api/v1/events/{body['id']}")
        return body

    def move(self, event, to, role="facilitator", **extra):
        return self.api("POST", f"/events/{event['id']}/transitions", role, json=dict(extra, to=to))

    def test_bad_input_names_the_field_and_creates_nothing(self):
        before = self.api("GET", "/events", "observer")[2]["total"]
        cases = [
            ({"ends_at": "2027-03-10T08:00"}, {"ends_at"}),
            ({"starts_at": "2027-02-30T09:00"}, {"starts_at"}),
            ({"time_zone": "Europe/Atlantis"}, {"time_zone"}),
            ({"capacity": 0}, {"capacity"}),
            ({"type": "party"}, {"type"}),
            ({"format": "in_person", "venue": None}, {"venue"}),
            ({"themes": ["astrology"]}, {"themes"}),
            ({"agenda": [{"time": "nine", "title": "Welcome"}]}, {"agenda[0].time"}),
            ({"capacity": "many"}, {"capacity"}),
            # Every address is checked whatever the format: the RSVP page shows it as a link.
            ({"format": "in_person", "link": "javascript:alert(document.cookie)"}, {"link"}),
            ({"materials": [{"title": "Slides", "url": "data:text/html,<b>x</b>"}]}, {"materials[0].url"}),
            ({"reply_by": "2027-03-11"}, {"reply_by"}),  # after the first day
            ({"reply_by": "soon"}, {"reply_by"}),
            ({"invitation_text_sv": "x" * 4001}, {"invitation_text_sv"}),
            ({"invitation_text_en": 5}, {"invitation_text_en"}),
        ]
        for changes, fields in cases:
            status, _, body = self.api("POST", "/events", json=dict(WORKSHOP, **changes))
            with self.subTest(changes=changes):
                self.assertEqual(status, 422, body)
                self.assertEqual({e["field"] for e in body["errors"]}, fields)
        self.assertEqual(self.api("GET", "/events", "observer")[2]["total"], before)
        # In the reader's language.
        status, _, body = self.api("POST", "/events", json=dict(WORKSHOP, reply_by="2027-04-01"),
                                   headers={"Accept-Language": "sv"})
        self.assertEqual(status, 422, body)
        self.assertEqual(body["errors"][0]["message"], "måste vara senast evenemangets första dag, 2027-03-10")

    def test_the_invitation_text_and_reply_by_day_are_kept_and_a_copy_asks_anew(self):
        event = self.create_event(invitation_text_sv="Välkommen!", invitation_text_en="Welcome!",
                                  reply_by="2027-02-26")
        stored = self.api("GET", f"/events/{event['id']}", "observer")[2]
        self.assertEqual((stored["invitation_text_sv"], stored["invitation_text_en"], stored["reply_by"]),
                         ("Välkommen!", "Welcome!", "2027-02-26"))
        status, _, copy = self.api("POST", f"/events/{event['id']}/duplicate",
                                   json={"starts_at": "2027-01-10T09:00", "ends_at": "2027-01-10T12:00"})
        self.assertEqual(status, 201, copy)
        self.assertEqual((copy["invitation_text_sv"], copy["reply_by"]), ("Välkommen!", None))

    def test_the_readiness_gate_stops_a_workshop_until_its_lessons_are_validated(self):
        event = self.create_event()
        self.assertEqual(event["status"], "draft")
        status, _, body = self.move(event, "open_for_invitations")
        self.assertEqual(status, 422)  # out of order: it must be designed first
        self.assertEqual(body["errors"][0]["field"], "to")
        status, _, event = self.move(event, "designed")
        self.assertEqual((status, event["status"]), (200, "designed"))

        status, _, body = self.move(event, "open_for_invitations")
        self.assertEqual(status, 422, body)
        self.assertEqual(body["errors"][0]["field"], "themes")
        self.assertIn("stigma_reduction", body["errors"][0]["message"])
        self.assertEqual(self.api("GET", f"/events/{event['id']}")[2]["status"], "designed")

        status, _, lesson = self.api("POST", "/lessons", json={
            "text": "Peer-led groups reduce self-stigma in small communities.",
            "source": "WP5 pilot, Region Jämtland Härjedalen",
            "themes": ["stigma_reduction", "access_to_services"], "status": "identified"})
        self.assertEqual(status, 201, lesson)
        status, _, body = self.move(event, "open_for_invitations")
        self.assertEqual(status, 422, "an identified lesson is not enough")
        status, _, lesson = self.api("PUT", f"/lessons/{lesson['id']}",
                                     json=dict(lesson, status="validated"),
                                     headers={"If-Match": f'"{lesson["version"]}"'})
        self.assertEqual(status, 200, lesson)
        status, _, opened = self.move(event, "open_for_invitations")
        self.assertEqual((status, opened["status"]), (200, "open_for_invitations"), opened)
        self.assertIsNone(opened["readiness_override"])
        # Not held before it starts (its start is in 2027): nothing dated in the future.
        status, _, body = self.move(opened, "held")
        self.assertEqual(status, 422, body)
        self.assertIn("has not started yet", body["errors"][0]["message"])
        status, _, opened = self.put_event(opened, starts_at="2026-01-10T09:00",
                                           ends_at="2026-01-10T16:00")
        self.assertEqual(status, 200, opened)
        status, _, opened = self.move(opened, "held")
        self.assertEqual(status, 200, opened)
        # Reported only with an approved report.
        status, _, body = self.move(opened, "reported")
        self.assertEqual(status, 422, body)
        self.assertEqual((body["errors"][0]["field"], body["errors"][0]["code"]),
                         ("to", "needs_approved_report"))
        status, _, report = self.api("POST", "/reports", "coordinator", json={"event_id": event["id"]})
        self.assertEqual(status, 201, report)
        for to in ("in_review", "approved"):
            status, _, report = self.api("POST", f"/reports/{report['id']}/transitions", "coordinator",
                                         json={"to": to})
            self.assertEqual(status, 200, report)
        for to in ("reported", "closed"):
            status, _, opened = self.move(opened, to)
            self.assertEqual(status, 200, opened)
        status, _, body = self.api("PUT", f"/events/{event['id']}", json=WORKSHOP)
        self.assertEqual(status, 422, "a closed event cannot change")

    def test_only_an_administrator_overrides_the_gate_and_the_reason_is_kept(self):
        event = self.create_event(themes=["digital_health"])
        event = self.move(event, "designed")[2]
        status, _, _ = self.move(event, "open_for_invitations", override_reason="Urgent")
        self.assertEqual(status, 403)
        status, _, body = self.move(event, "open_for_invitations", "admin", override_reason=" ")
        self.assertEqual(status, 422)
        self.assertEqual(body["errors"][0]["field"], "override_reason")
        reason = "Ministry asked for the dialogue before the pilot report is out"
        status, _, opened = self.move(event, "open_for_invitations", "admin", override_reason=reason)
        self.assertEqual(status, 200, opened)
        self.assertEqual(opened["readiness_override"], reason)
        status, _, audit = self.api("GET", f"/audit?record_type=event&record_id={event['id']}", "admin")
        last = audit["items"][0]
        self.assertEqual(last["action"], "transition")
        self.assertEqual(last["after"]["override_reason"], reason)

    def new_theme(self, slug, lesson_status=None):
        """A theme of this test's own, with a lesson of `lesson_status` (none: no lesson)."""
        status, _, theme = self.api("POST", "/themes", "admin", json={
            "slug": slug, "name_en": slug.replace("_", " "), "name_sv": slug.replace("_", " ")})
        self.assertEqual(status, 201, theme)
        if lesson_status:
            status, _, lesson = self.api("POST", "/lessons", json={
                "text": "What the pilot taught about " + slug, "source": "WP6 pilot",
                "themes": [slug], "status": lesson_status})
            self.assertEqual(status, 201, lesson)
        return slug

    def put_event(self, event, **changes):
        design = {k: v for k, v in event.items()
                  if k not in ("status", "readiness_override")}
        return self.api("PUT", f"/events/{event['id']}", json=dict(design, **changes),
                        headers={"If-Match": f'"{event["version"]}"'})

    def test_the_gate_holds_when_an_open_event_changes_its_themes_or_type(self):
        ready = self.new_theme("gate_ready", "validated")
        unready = self.new_theme("gate_unready")
        later = self.new_theme("gate_later")

        # An open workshop does not gain a theme without a validated lesson.
        event = self.create_event(themes=[ready])
        event = self.move(event, "designed")[2]
        status, _, event = self.move(event, "open_for_invitations")
        self.assertEqual(status, 200, event)
        status, _, body = self.put_event(event, themes=[ready, unready])
        self.assertEqual(status, 422, body)
        self.assertEqual([e["field"] for e in body["errors"]], ["themes"])
        self.assertIn(unready, body["errors"][0]["message"])
        now = self.api("GET", f"/events/{event['id']}")[2]
        self.assertEqual((now["themes"], now["status"], now["version"]),
                         ([ready], "open_for_invitations", event["version"]))
        status, _, renamed = self.put_event(event, title="Renamed, same themes")
        self.assertEqual(status, 200, renamed)

        # A policy dialogue opened without the gate does not become a workshop while open.
        dialogue = self.create_event(type="policy_dialogue", themes=[unready])
        dialogue = self.move(dialogue, "designed")[2]
        status, _, dialogue = self.move(dialogue, "open_for_invitations")
        self.assertEqual(status, 200, dialogue)
        status, _, body = self.put_event(dialogue, type="thematic_workshop")
        self.assertEqual(status, 422, body)
        self.assertEqual({e["field"] for e in body["errors"]}, {"themes", "type"})
        self.assertEqual(self.api("GET", f"/events/{dialogue['id']}")[2]["type"], "policy_dialogue")
        # Back to draft, the design may change; opening again meets the gate.
        status, _, draft = self.move(dialogue, "draft")
        self.assertEqual(status, 200, draft)
        status, _, draft = self.put_event(draft, type="thematic_workshop")
        self.assertEqual(status, 200, draft)
        status, _, body = self.move(self.move(draft, "designed")[2], "open_for_invitations")
        self.assertEqual(status, 422, body)

        # What an administrator's override covered stays covered; a new theme is not.
        overridden = self.create_event(themes=[unready])
        overridden = self.move(overridden, "designed")[2]
        status, _, overridden = self.move(overridden, "open_for_invitations", "admin",
                                          override_reason="The ministry set the date")
        self.assertEqual(status, 200, overridden)
        status, _, overridden = self.put_event(overridden, title="Still the same themes")
        self.assertEqual(status, 200, overridden)
        status, _, body = self.put_event(overridden, themes=[unready, later])
        self.assertEqual(status, 422, body)
        self.assertIn(later, body["errors"][0]["message"])
        self.assertNotIn(unready, body["errors"][0]["message"])

    def test_other_event_types_are_not_gated_and_versions_protect_edits(self):
        event = self.create_event(type="policy_dialogue", format="online", venue=None)
        status, _, designed = self.move(event, "designed")
        status, _, body = self.api("POST", f"/events/{event['id']}/transitions", json={"to": "draft"},
                                   headers={"If-Match": f'"{event["version"]}"'})
        self.assertEqual(status, 412, body)
        status, _, opened = self.move(designed, "open_for_invitations")
        self.assertEqual(status, 200, opened)
        status, _, body = self.api("DELETE", f"/events/{event['id']}")
        self.assertEqual(status, 422, "only drafts are deleted")
        draft = self.create_event(title="To be dropped")
        status, _, _ = self.api("DELETE", f"/events/{draft['id']}",
                                headers={"If-Match": f'"{draft["version"]}"'})
        self.assertEqual(status, 204)
        self.assertEqual(self.api("GET", f"/events/{draft['id']}")[0], 404)

    def test_an_event_is_duplicated_as_a_new_draft_with_its_design(self):
        original = self.create_event(type="policy_dialogue", format="online", venue=None,
                                     agenda=[{"time": "09:00", "title": "Välkommen"},
                                             {"time": "10:00", "title": "Dialog"}])
        status, _, opened = self.move(original, "designed")
        self.assertEqual(status, 200, opened)
        status, headers, copy = self.api("POST", f"/events/{original['id']}/duplicate",
                                         headers={"Accept-Language": "sv"})
        self.assertEqual(status, 201, copy)
        self.assertEqual(headers["location"], f"/api/v1/events/{copy['id']}")
        self.assertNotEqual(copy["id"], original["id"])
        self.assertEqual(copy["title"], original["title"] + " (kopia)")
        self.assertEqual(copy["status"], "draft")
        for field in ("type", "themes", "objectives", "format", "link", "starts_at", "capacity"):
            self.assertEqual(copy[field], original[field], field)
        self.assertEqual([a["title"] for a in copy["agenda"]], ["Välkommen", "Dialog"])
        self.assertTrue(all(a["id"] > 0 for a in copy["agenda"]))
        # A new title and dates; bad ones are named and nothing is made.
        status, _, moved = self.api("POST", f"/events/{original['id']}/duplicate", json={
            "title": "Dialog två", "starts_at": "2027-09-01T09:00", "ends_at": "2027-09-01T12:00"})
        self.assertEqual((status, moved["title"], moved["starts_at"]), (201, "Dialog två", "2027-09-01T09:00"), moved)
        before = self.api("GET", "/events", "observer")[2]["total"]
        for body, field in (({"ends_at": "2027-09-01T08:00", "starts_at": "2027-09-01T09:00"}, "ends_at"),
                            ({"title": 7}, "title")):
            status, _, problem = self.api("POST", f"/events/{original['id']}/duplicate", json=body)
            with self.subTest(body=body):
                self.assertEqual(status, 422, problem)
                self.assertIn(field, {e["field"] for e in problem["errors"]})
        self.assertEqual(self.api("GET", "/events", "observer")[2]["total"], before)
        self.assertEqual(self.api("POST", "/events/999999/duplicate")[0], 404)
        self.assertEqual(self.api("POST", f"/events/{original['id']}/duplicate", "observer")[0], 403)

    def test_a_selection_meets_the_quotas_explains_itself_and_hides_lived_experience(self):
        self.api("POST", "/country-groups", "coordinator",
                 json={"slug": "nordic_test", "name": "Nordic (test)", "countries": ["SE", "NO"]})
        people = {}
        for name, country, perspectives, themes in (
                ("Sel Åberg", "SE", ["policymaker"], ["stigma_reduction"]),
                ("Sel Berg", "SE", ["policymaker"], ["stigma_reduction"]),
                ("Sel Dahl", "SE", ["lived_experience"], []),
                ("Sel Nilsen", "NO", ["researcher"], []),
                ("Sel Kazlas", "LT", ["policymaker"], ["stigma_reduction"])):
            status, _, body = self.api("POST", "/people", "coordinator", json=dict({
                "name": name, "country": country, "perspectives": perspectives, "themes": themes,
                "tags": ["selection-test"], "lived_experience_consent_on": "2026-03-01"},
                **({"email": "nilsen@example.org"} if country == "NO" else {})))
            self.assertEqual(status, 201, body)
            people[name] = body["id"]
        event = self.create_event(capacity=3, themes=["stigma_reduction"])
        request = {"pool": {"tag": "selection-test"},
                   "quotas": [{"kind": "country_min", "key": "nordic_test", "count": 1},
                              {"kind": "perspective_min", "key": "researcher", "count": 1},
                              {"kind": "lived_experience_share", "share": 0.3}]}
        # A quota on lived experience is for those who may see it.
        status, _, body = self.api("POST", f"/events/{event['id']}/selections", json=request)
        self.assertEqual(status, 403, body)
        status, headers, chosen = self.api("POST", f"/events/{event['id']}/selections",
                                           "coordinator", json=request)
        self.assertEqual(status, 201, chosen)
        self.assertTrue(chosen["feasible"] and chosen["proven_optimal"])
        self.assertEqual(chosen["pool_size"], 5)
        names = {c["name"] for c in chosen["chosen"]}
        # Three seats: Nilsen (the researcher, Norway), Dahl (lived experience) and the best of
        # the rest: a Swedish policymaker on the theme (ties broken by the solver).
        self.assertTrue({"Sel Nilsen", "Sel Dahl"} <= names, names)
        self.assertEqual(len(names), 3)
        self.assertTrue(all(q["met"] for q in chosen["quotas"]))
        # Who could not be sent an invitation is flagged at once: only Nilsen has an address.
        self.assertEqual({c["name"]: c["has_email"] for c in chosen["chosen"]}[
            "Sel Nilsen"], True)
        self.assertEqual({c["has_email"] for c in chosen["chosen"] if c["name"] != "Sel Nilsen"}, {False})
        best = max(chosen["chosen"], key=lambda c: c["score"])
        self.assertEqual(best["parts"]["relevance"], 3.0)  # default weight 3 × full relevance
        # The facilitator reads the selection but may not learn who fills the share.
        status, _, seen = self.api("GET", headers["location"].removeprefix("/api/v1"))
        self.assertEqual(status, 200)
        dahl = next(c for c in seen["chosen"] if c["name"] == "Sel Dahl")
        self.assertFalse([f for f in dahl["fills"] if "lived" in f["label"]])
        lived_row = next(q for q in seen["quotas"] if q["about_lived_experience"])
        self.assertEqual((lived_row["chosen"], lived_row["met"]), (None, None))
        dahl = next(c for c in chosen["chosen"] if c["name"] == "Sel Dahl")
        self.assertTrue([f for f in dahl["fills"] if "lived" in f["label"]])
        self.assertEqual(next(q for q in chosen["quotas"] if q["about_lived_experience"])["chosen"], 1)
        self.assertEqual(chosen["parameters"], request)

        # Conflicting quotas: two from Lithuania cannot be found; the closest selection is
        # returned and the shortfall is named.
        status, _, short = self.api("POST", f"/events/{event['id']}/selections", json={
            "pool": {"tag": "selection-test"}, "seats": 2,
            "quotas": [{"kind": "perspective_min", "key": "policymaker", "count": 2},
                       {"kind": "perspective_min", "key": "researcher", "count": 2}]})
        self.assertEqual(status, 201, short)
        self.assertFalse(short["feasible"])
        self.assertEqual(short["total_shortfall"], 2)
        self.assertEqual(sorted(q["shortfall"] for q in short["quotas"]), [1, 1])
        status, _, listed = self.api("GET", f"/events/{event['id']}/selections", "observer")
        self.assertEqual(listed["total"], 2)

        for body, field in (({"seats": 4}, "seats"),
                            ({"pinned": [987654]}, "pinned"),
                            ({"quotas": [{"kind": "vibes"}]}, "quotas[0].kind"),
                            ({"quotas": [{"kind": "country_min", "key": "nowhere", "count": 1}]},
                             "quotas[0].key"),
                            ({"weights": {"relevance": -1}}, "weights.relevance")):
            status, _, answer = self.api("POST", f"/events/{event['id']}/selections",
                                         json=dict(body, pool={"tag": "selection-test"}))
            with self.subTest(field=field):
                self.assertEqual(status, 422, answer)
                self.assertIn(field, {e["field"] for e in answer["errors"]})
        status, _, _ = self.api("POST", f"/events/{event['id']}/selections", "observer", json={})
        self.assertEqual(status, 403)

    def test_observers_read_and_change_nothing(self):
        status, _, _ = self.api("POST", "/events", "observer", json=WORKSHOP)
        self.assertEqual(status, 403)
        status, _, _ = self.api("POST", "/lessons", "observer",
                                json={"text": "x", "themes": ["stigma_reduction"]})
        self.assertEqual(status, 403)
        status, _, listed = self.api("GET", "/events", "observer")
        self.assertEqual(status, 200)
        status, _, lessons = self.api("GET", "/lessons", "observer")
        self.assertEqual(status, 200)


if __name__ == "__main__":
    unittest.main()
