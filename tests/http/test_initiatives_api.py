"""The initiative list over HTTP on the demo, against a running `samla serve --demo`: the demo's
formation workshop proposed six initiatives in the default programme; three raters (an admin, a
coordinator and a facilitator) rate one and it leads the list with its scores per criterion; the
programme's weights are set with If-Match ("0" the first time) and change the ranking; an
outcome of a demo event becomes an initiative in the event's programme; observers read but do
not rate; an accepted initiative is no longer rated and gets its action plan."""

import unittest

import jsonschema  # noqa: F401  (conforms() uses it)

from samla_server import ServerTestCase

PASSWORD = "initiatives-api-password"
HIGH = {"impact": 5, "feasibility": 4, "urgency": 5, "fit": 4}


class InitiativesApi(ServerTestCase):
    server_args = ("--demo",)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("in", PASSWORD, ("admin", "coordinator", "facilitator", "observer"))

    def test_three_raters_rank_the_list_and_the_weights_change_it(self):
        listed = self.ok("GET", "/initiatives", "observer")
        self.conforms(listed, "InitiativeList")
        demo = [i for i in listed["items"] if i["proposed_by"] == "The formation workshop"]
        self.assertEqual(len(demo), 6)
        programme = demo[0]["programme_id"]
        last = demo[-1]
        for role in ("admin", "coordinator", "facilitator"):
            rated = self.ok("PUT", f"/initiatives/{last['id']}/ratings/mine", role, json=HIGH)
        self.conforms(rated, "Initiative")
        self.assertEqual(rated["score"]["raters"], 3)
        self.assertEqual(rated["score"]["weighted"], 4.5)
        self.assertEqual(rated["my_rating"]["impact"], 5)
        status, _, _ = self.api("PUT", f"/initiatives/{last['id']}/ratings/mine", "observer", json=HIGH)
        self.assertEqual(status, 403)
        status, _, body = self.api("PUT", f"/initiatives/{last['id']}/ratings/mine", json=dict(HIGH, fit=9))
        self.assertEqual(status, 422, body)
        self.assertEqual([e["field"] for e in body["errors"]], ["fit"])
        ranked = self.ok("GET", f"/initiatives?programme_id={programme}", "observer")["items"]
        self.assertEqual(ranked[0]["id"], last["id"])
        self.assertEqual(len(self.ok("GET", f"/initiatives/{last['id']}/ratings", "observer")["items"]), 3)

        # The demo's workshop rated four of the six; an unrated one, better on fit alone, leads
        # once only fit counts.
        self.assertEqual(sum(1 for i in ranked if i["score"]["raters"] == 3), 5, "four from the demo, and last")
        other = next(i for i in ranked if i["score"]["raters"] == 0)
        self.ok("PUT", f"/initiatives/{other['id']}/ratings/mine", json={"impact": 1, "feasibility": 1,
                                                                          "urgency": 1, "fit": 5})
        weights = self.ok("GET", f"/programmes/{programme}/initiative-weights", "observer")
        self.assertEqual(weights["version"], 0)
        status, _, _ = self.api("PUT", f"/programmes/{programme}/initiative-weights",
                                json={"impact": 0, "feasibility": 0, "urgency": 0, "fit": 1},
                                headers={"If-Match": '"3"'})
        self.assertEqual(status, 412)
        status, _, body = self.api("PUT", f"/programmes/{programme}/initiative-weights",
                                   json={"impact": 0, "feasibility": 0, "urgency": 0, "fit": 0},
                                   headers={"If-Match": '"0"'})
        self.assertEqual(status, 422, body)
        saved = self.ok("PUT", f"/programmes/{programme}/initiative-weights",
                        json={"impact": 0, "feasibility": 0, "urgency": 0, "fit": 1},
                        headers={"If-Match": '"0"'})
        self.assertEqual(saved["version"], 1)
        ranked = self.ok("GET", f"/initiatives?programme_id={programme}", "observer")["items"]
        self.assertEqual(ranked[0]["id"], other["id"])
        self.assertEqual(ranked[0]["score"]["weighted"], 5)
        self.ok("PUT", f"/programmes/{programme}/initiative-weights",
                json={"impact": 1, "feasibility": 1, "urgency": 1, "fit": 1},
                headers={"If-Match": '"1"'})

    def test_an_outcome_becomes_an_initiative_which_is_accepted_into_a_plan(self):
        events = self.ok("GET", "/events")["items"]
        outcome = None
        for event in events:
            got, _, body = self.api("GET", f"/events/{event['id']}/outcomes")
            if got == 200 and body["items"]:
                outcome, event_id = body["items"][0], event["id"]
                break
        self.assertIsNotNone(outcome, "the demo has outcomes")
        made = self.ok("POST", "/initiatives/from-outcome", "facilitator", status=201,
                       json={"outcome_id": outcome["id"]})
        self.assertEqual(made["source_event_id"], event_id)
        self.assertEqual(made["source_outcome_id"], outcome["id"])
        status, _, body = self.api("POST", f"/initiatives/{made['id']}/transitions", "facilitator",
                                   json={"to": "accepted"})
        self.assertEqual(status, 403)
        status, _, body = self.api("POST", f"/initiatives/{made['id']}/transitions",
                                   json={"to": "declined", "reason": None},
                                   headers={"If-Match": f'"{made["version"]}"'})
        self.assertEqual(status, 422, body)
        status, _, body = self.api("POST", f"/initiatives/{made['id']}/transitions",
                                   json={"to": "declined", "reason": ["no"]},
                                   headers={"If-Match": f'"{made["version"]}"'})
        self.assertEqual(status, 422, body)
        self.assertEqual([e["field"] for e in body["errors"]], ["reason"])
        status, _, body = self.api("POST", f"/initiatives/{made['id']}/transitions?lang=sv",
                                   json={"to": "declined"}, headers={"If-Match": f'"{made["version"]}"'})
        self.assertEqual(status, 422, body)
        self.assertEqual(body["errors"][0]["message"], "skriv varför initiativet avböjs")
        accepted = self.ok("POST", f"/initiatives/{made['id']}/transitions", json={"to": "accepted"},
                           headers={"If-Match": f'"{made["version"]}"'})
        status, _, body = self.api("PUT", f"/initiatives/{made['id']}/ratings/mine", json=HIGH)
        self.assertEqual(status, 409, body)
        planned = self.ok("POST", f"/initiatives/{made['id']}/action-plan",
                          headers={"If-Match": f'"{accepted["version"]}"'})
        plan = self.ok("GET", f"/action-plans/{planned['action_plan_id']}")
        self.assertEqual(plan["event_id"], event_id)
        self.assertEqual(plan["programme_id"], made["programme_id"])
        status, _, _ = self.api("POST", "/initiatives/from-outcome", json={"outcome_id": 999999})
        self.assertEqual(status, 422)


if __name__ == "__main__":
    unittest.main()
