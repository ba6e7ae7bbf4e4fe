"""The contact history over HTTP on the demo, against a running `samla serve --demo`: the demo's
calls and meetings with the member organisations' contact persons, one follow-up late; a
coordinator records a call with a person, finds it on the person and on their organisation and
by a word of its summary in any case (Å as å); an observer reads the history without summaries
and cannot find a contact by what its summary says; a facilitator may not write; bad input is a
422 naming the field, in Swedish when asked."""

import datetime
import unittest

import jsonschema  # noqa: F401  (conforms() uses it)

from samla_server import ServerTestCase

PASSWORD = "interactions-api-password"


class InteractionsApi(ServerTestCase):
    server_args = ("--demo",)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("ia", PASSWORD, ("admin", "coordinator", "facilitator", "observer"))

    def test_a_summary_marked_special_stays_with_those_who_see_lived_experience(self):
        person = self.ok("GET", "/people?limit=1", "coordinator")["items"][0]
        made = self.ok("POST", "/interactions", "coordinator", status=201, json={
            "person_id": person["id"], "day": "2026-12-01", "channel": "call",
            "summary": "Talked about her hospital stay (kvistbergsord).", "summary_special": True})
        self.assertTrue(made["summary_special"])
        settings = self.ok("GET", "/privacy/settings", "admin")
        self.ok("PUT", "/privacy/settings", "admin", headers={"If-Match": f'"{settings["version"]}"'},
                json={"free_text_for_all_readers": True})
        try:
            for role in ("facilitator", "observer"):
                seen = self.ok("GET", f"/interactions/{made['id']}", role)
                self.assertEqual((seen["summary"], seen["summary_hidden"]), ("", True), role)
                found = self.ok("GET", "/interactions?q=kvistbergsord", role)["items"]
                self.assertEqual(found, [], role)
            self.assertEqual(len(self.ok("GET", "/interactions?q=kvistbergsord", "coordinator")["items"]), 1)
        finally:
            settings = self.ok("GET", "/privacy/settings", "admin")
            self.ok("PUT", "/privacy/settings", "admin", headers={"If-Match": f'"{settings["version"]}"'},
                    json={"free_text_for_all_readers": False})

    def test_the_demo_history_and_its_late_follow_up(self):
        listed = self.ok("GET", "/interactions", "observer")
        self.conforms(listed, "InteractionList")
        self.assertGreaterEqual(len(listed["items"]), 3)
        days = [i["day"] for i in listed["items"]]
        self.assertEqual(days, sorted(days, reverse=True), "newest first")
        self.assertTrue(all(i["summary_hidden"] and i["summary"] == "" for i in listed["items"]))
        today = datetime.date.today().isoformat()
        late = self.ok("GET", f"/interactions?follow_up_by={today}")["items"]
        self.assertEqual(len(late), 1)
        self.assertFalse(late[0]["summary_hidden"])
        self.assertLess(late[0]["follow_up_on"], today)

    def test_a_call_is_found_on_the_person_their_organisation_and_by_its_words(self):
        person = next(p for p in self.ok("GET", "/people?limit=50")["items"] if p.get("organisation_id"))
        call = {"person_id": person["id"], "day": "2026-11-02", "channel": "call",
                "summary": "Agreed to host the workshop in Umeå."}
        status, _, _ = self.api("POST", "/interactions", "facilitator", json=call)
        self.assertEqual(status, 403)
        made = self.ok("POST", "/interactions", json=call, status=201)
        self.conforms(made, "Interaction")
        self.assertEqual(made["by"].startswith("ia-"), True, "the writer, when none is named")
        on_person = self.ok("GET", f"/interactions?person_id={person['id']}")["items"]
        self.assertIn(made["id"], [i["id"] for i in on_person])
        on_organisation = self.ok("GET", f"/interactions?organisation_id={person['organisation_id']}")["items"]
        self.assertIn(made["id"], [i["id"] for i in on_organisation])
        found = self.ok("GET", "/interactions?q=UME%C3%85+workshop")["items"]
        self.assertEqual([i["id"] for i in found], [made["id"]])
        self.assertEqual(self.ok("GET", "/interactions?q=Ume%C3%A5", "observer")["items"], [],
                         "an observer cannot find a contact by its summary")
        seen = self.ok("GET", f"/interactions/{made['id']}", "observer")
        self.assertEqual((seen["summary"], seen["summary_hidden"]), ("", True))

    def test_bad_input_is_named(self):
        status, _, body = self.api("POST", "/interactions", json={"day": "igår", "channel": "duva"},
                                   headers={"Accept-Language": "sv"})
        self.assertEqual(status, 422, body)
        fields = sorted(e["field"] for e in body["errors"])
        self.assertEqual(fields, ["channel", "day", "organisation_id", "person_id"])
        message = next(e["message"] for e in body["errors"] if e["field"] == "person_id")
        self.assertIn("ange personen eller organisationen", message)
        for query in ("follow_up_by=soon", "limit=0", "person_id=x"):
            status, _, body = self.api("GET", f"/interactions?{query}")
            self.assertEqual(status, 422, (query, body))
            self.assertEqual(body["errors"][0]["field"], query.split("=")[0])


if __name__ == "__main__":
    unittest.main()
