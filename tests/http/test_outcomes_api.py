"""An event's outcomes over HTTP, against a running `samla serve`: the event's facilitator
records key insights and action points during the session (201 with Location and ETag),
reorders them, and changes one with If-Match; bad input is a 422 naming the field with
nothing written; a facilitator of another event is refused; observers read the outcomes only
once the event is held, and never the speaker of a quote who has not agreed to be named."""

import unittest

import jsonschema  # noqa: F401  (conforms() uses it)

from samla_server import ServerTestCase

PASSWORD = "outcomes-api-password"

MEETING = {
    "title": "Follow-up meeting on peer support",
    "type": "group_meeting",
    "format": "online",
    "link": "https://meet.example.org/peer-support",
    "starts_at": "2026-03-10T10:00",
    "ends_at": "2026-03-10T15:00",
    "time_zone": "Europe/Stockholm",
    "capacity": 20,
    "agenda": [{"time": "10:00", "title": "Welcome"},
               {"time": "11:00", "title": "Peer support in the regions"}],
}


class OutcomesApi(ServerTestCase):
    default_role = "facilitator"
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("oc", PASSWORD)
        # A facilitator of other events: "oc-other-facilitator".
        cls.tokens["other"] = cls.role_tokens("oc-other", PASSWORD, ("facilitator",))["facilitator"]
        _, _, users = cls.server.request("GET", "/api/v1/users", token=cls.tokens["admin"])
        cls.user_ids = {u["name"]: u["id"] for u in users["items"]}

    def meeting(self):
        body = dict(MEETING, facilitator_user_ids=[self.user_ids["oc-facilitator"]])
        status, _, event = self.api("POST", "/events", "coordinator", json=body)
        self.assertEqual(status, 201, event)
        self.assertEqual([item["id"] for item in event["agenda"]], [1, 2])
        return event

    def owner(self):
        """The region that owns action points (made once per server)."""
        if not hasattr(type(self), "_owner"):
            status, _, organisation = self.api("POST", "/organisations", "coordinator", json={
                "name": "Region Jämtland Härjedalen", "sector": "region", "level": "regional",
                "country": "SE"})
            self.assertEqual(status, 201, organisation)
            type(self)._owner = organisation["id"]
        return type(self)._owner

    def hold(self, event):
        for to in ("designed", "open_for_invitations", "held"):
            status, _, moved = self.api("POST", f"/events/{event['id']}/transitions",
                                        "coordinator", json={"to": to})
            self.assertEqual(status, 200, moved)

    def test_a_facilitator_records_reorders_and_changes_outcomes(self):
        event = self.meeting()
        base = f"/events/{event['id']}/outcomes"
        status, headers, point = self.api("POST", base, json={
            "kind": "action_point", "text": "Map peer-support services in each region",
            "owner_organisation_id": self.owner(), "due_date": "2026-09-30",
            "priority": "high", "agenda_item_id": 2})
        self.assertEqual(status, 201, point)
        self.assertEqual(headers["location"], f"/api/v1{base}/{point['id']}")
        self.assertEqual(headers["etag"], '"1"')
        self.assertEqual(point["owner_name"], "Region Jämtland Härjedalen")
        self.conforms(point, "Outcome")
        status, _, insight = self.api("POST", base, json={
            "kind": "key_insight", "text": "Peer workers bridge services and people",
            "source": "breakout_group"})
        self.assertEqual(status, 201, insight)
        self.assertEqual(insight["position"], 2)

        status, _, ordered = self.api("POST", base + "/order",
                                      json={"ids": [insight["id"], point["id"]]})
        self.assertEqual(status, 200, ordered)
        self.assertEqual([o["id"] for o in ordered["items"]], [insight["id"], point["id"]])
        self.conforms(ordered, "OutcomeList")

        status, _, agreed = self.api("PATCH", f"{base}/{insight['id']}", json={"status": "agreed"},
                                     headers={"If-Match": '"2"'})
        self.assertEqual(status, 200, agreed)
        self.assertEqual(agreed["status"], "agreed")
        status, _, stale = self.api("PATCH", f"{base}/{insight['id']}", json={"text": "Lost"},
                                    headers={"If-Match": '"2"'})
        self.assertEqual(status, 412, stale)
        status, _, listed = self.api("GET", base, "coordinator")
        self.assertEqual([o["text"] for o in listed["items"]],
                         ["Peer workers bridge services and people",
                          "Map peer-support services in each region"])

    def test_bad_input_names_the_field_and_writes_nothing(self):
        event = self.meeting()
        base = f"/events/{event['id']}/outcomes"
        cases = [
            ({"kind": "action_point", "text": "No owner", "due_date": "2026-09-30",
              "priority": "low"}, {"owner_person_id"}),
            ({"kind": "action_point", "text": "Too early", "owner_organisation_id": self.owner(),
              "due_date": "2026-03-09", "priority": "low"}, {"due_date"}),
            ({"kind": "decision", "text": "On an agenda item that is not there",
              "agenda_item_id": 9}, {"agenda_item_id"}),
            ({"kind": "wish", "text": "Not a kind"}, {"kind"}),
            ({"kind": "quote", "text": "Named, but by whom?", "named_on": "2026-03-10"},
             {"named_on"}),
            ({"text": "No kind"}, {"kind"}),
        ]
        for body, fields in cases:
            status, _, problem = self.api("POST", base, json=body)
            with self.subTest(body=body):
                self.assertEqual(status, 422, problem)
                self.assertEqual({e["field"] for e in problem["errors"]}, fields)
        status, _, problem = self.api("POST", base + "/order", json={"ids": [1, 2, 3]})
        self.assertEqual(status, 422, problem)
        self.assertEqual(self.api("GET", base, "coordinator")[2]["total"], 0)

    def test_only_the_events_facilitators_write_and_observers_wait_for_the_event(self):
        event = self.meeting()
        base = f"/events/{event['id']}/outcomes"
        status, _, problem = self.api("POST", base, "other", json={"kind": "outcome",
                                                                   "text": "Not mine"})
        self.assertEqual(status, 403, problem)
        # Nor can the other facilitator name themselves on the event to get in.
        taken = dict(MEETING, facilitator_user_ids=[self.user_ids["oc-facilitator"],
                                                  self.user_ids["oc-other-facilitator"]])
        status, _, problem = self.api("PUT", f"/events/{event['id']}", "other", json=taken,
                                      headers={"If-Match": f'"{event["version"]}"'})
        self.assertEqual(status, 403, problem)
        status, _, speaker = self.api("POST", "/people", "coordinator", json={"name": "Sam Speaker"})
        self.assertEqual(status, 201, speaker)
        status, _, quote = self.api("POST", base, json={
            "kind": "quote", "text": "Nobody asked us before.", "speaker_person_id": speaker["id"]})
        self.assertEqual(status, 201, quote)
        self.assertEqual(quote["speaker_person_id"], speaker["id"])
        self.assertIsNone(quote["speaker_name"])

        status, _, problem = self.api("GET", base, "observer")
        self.assertEqual(status, 403, problem)
        self.hold(event)
        status, _, seen = self.api("GET", base, "observer")
        self.assertEqual(status, 200, seen)
        self.assertIsNone(seen["items"][0]["speaker_person_id"])
        self.assertIsNone(seen["items"][0]["speaker_name"])
        for method, path, body in [("PATCH", f"{base}/{quote['id']}", {"status": "agreed"}),
                                   ("PUT", f"{base}/{quote['id']}", {"kind": "quote", "text": "x"}),
                                   ("DELETE", f"{base}/{quote['id']}", None),
                                   ("POST", base + "/order", {"ids": [quote["id"]]})]:
            status, _, problem = self.api(method, path, "other", json=body)
            with self.subTest(method=method, path=path):
                self.assertEqual(status, 403, problem)
        status, _, named = self.api("PATCH", f"{base}/{quote['id']}", json={"named_on": "2026-03-10"})
        self.assertEqual(status, 200, named)
        seen = self.api("GET", f"{base}/{quote['id']}", "observer")[2]
        self.assertEqual(seen["speaker_name"], "Sam Speaker")


if __name__ == "__main__":
    unittest.main()
