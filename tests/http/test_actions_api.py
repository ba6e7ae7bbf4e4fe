"""Action plans over HTTP on the demo programme, against a running `samla serve --demo`: a
coordinator promotes an action point of a held event to an action (201, its owner
accountable, the link back), gives it RACI and a dependency; the responsible person, through
an account linked to them, moves it along with notes (If-Match) and sees it in "my work";
someone it does not involve is refused; the board finds the demo's overdue and stalled work;
bad input (a cycle, a due date before the start, no accountable party or two, progress out of
range, an unknown person, a measurement without a date) is a 422 naming the field, in Swedish
too, with nothing changed; every answer matches its schema."""

import unittest

import jsonschema  # noqa: F401  (conforms() uses it)

from samla_server import ServerTestCase

PASSWORD = "actions-api-password"


class ActionsApi(ServerTestCase):
    server_args = ("--demo",)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("ac", PASSWORD, ("admin", "coordinator", "facilitator", "observer",
                                                       "participant"))

    def person_named(self, name):
        people = self.ok("GET", "/people?q=" + name.replace(" ", "+"))["items"]
        self.assertTrue(people, name)
        return people[0]

    def new_person(self, name):
        status, _, person = self.api("POST", "/people", json={"name": name, "country": "SE"})
        self.assertEqual(status, 201, person)
        return person

    def link(self, user, person_id):
        users = self.ok("GET", "/users", "admin")["items"]
        account = next(u for u in users if u["name"] == user)
        status, _, body = self.api("PATCH", f"/users/{account['id']}", "admin",
                                   json={"person_id": person_id})
        self.assertEqual(status, 200, body)

    def demo_point(self, text_start):
        """(event id, outcome id) of a demo action point that has not been promoted yet."""
        events = self.ok("GET", "/events")["items"]
        promoted = {a["outcome_id"] for a in self.ok("GET", "/actions")["items"]}
        for event in events:
            status, _, outcomes = self.api("GET", f"/events/{event['id']}/outcomes")
            if status != 200:
                continue
            for o in outcomes["items"]:
                if o["kind"] == "action_point" and o["text"].startswith(text_start) and o["id"] not in promoted:
                    return event["id"], o["id"]
        return None

    def test_promote_update_and_my_work(self):
        # The demo promoted three of its four action points; the fourth is promoted here.
        found = self.demo_point("Share the Swedish first-contact map")
        self.assertIsNotNone(found)
        event_id, outcome_id = found
        status, headers, action = self.api("POST", f"/events/{event_id}/outcomes/{outcome_id}/promote")
        self.assertEqual(status, 201, action)
        self.assertEqual(headers["location"], f"/api/v1/actions/{action['id']}")
        self.assertEqual(headers["etag"], f"\"{action['version']}\"")
        self.conforms(action, "Action")
        self.assertEqual(action["outcome_id"], outcome_id)
        self.assertEqual(action["event_id"], event_id)
        self.assertEqual(action["accountable"]["name"], "Folkhälsomyndigheten")
        self.assertEqual(action["status"], "proposed")
        again, _, body = self.api("POST", f"/events/{event_id}/outcomes/{outcome_id}/promote")
        self.assertEqual(again, 409, body)

        # RACI and a dependency on the demo's overdue map.
        doer = self.new_person("Dora Doer")
        overdue = self.ok("GET", "/actions?overdue=true")["items"]
        map_action = next(a for a in overdue if a["title"].startswith("Collect the regions"))
        status, _, action = self.api("PATCH", f"/actions/{action['id']}", json={
            "responsible": [{"person_id": doer["id"]}],
            "informed": [{"organisation_id": action["accountable"]["organisation_id"]}],
            "start_date": "2026-12-01", "due_date": "2027-03-31",
            "depends_on": [map_action["id"]]},
            headers={"If-Match": f"\"{action['version']}\""})
        self.assertEqual(status, 200, action)
        self.assertEqual(action["responsible"][0]["name"], "Dora Doer")
        self.assertEqual(action["depends_on"], [map_action["id"]])

        # Dora, as a participant account linked to her, moves it along.
        self.link("ac-participant", doer["id"])
        mine = self.ok("GET", "/my/actions", "participant")["items"]
        self.assertEqual([a["id"] for a in mine], [action["id"]])
        status, _, moved = self.api("POST", f"/actions/{action['id']}/updates", "participant",
                                    json={"status": "agreed", "note": "Agreed with the unit."},
                                    headers={"If-Match": f"\"{action['version']}\""})
        self.assertEqual(status, 200, moved)
        self.assertEqual(moved["status"], "agreed")
        status, _, moved = self.api("POST", f"/actions/{action['id']}/updates", "participant",
                                    json={"status": "in_progress", "progress": 25})
        self.assertEqual(status, 200, moved)
        stale, _, body = self.api("POST", f"/actions/{action['id']}/updates", "participant",
                                  json={"progress": 30}, headers={"If-Match": f"\"{action['version']}\""})
        self.assertEqual(stale, 412, body)
        timeline = self.ok("GET", f"/actions/{action['id']}/updates", "participant")
        self.conforms(timeline, "ActionUpdateList")
        self.assertEqual([(u["status_to"], u["progress_to"], u["by"]) for u in timeline["items"]],
                         [("proposed", 0, "ac-coordinator"), ("agreed", None, "ac-participant"),
                          ("in_progress", 25, "ac-participant")])
        self.assertEqual(timeline["items"][1]["note"], "Agreed with the unit.")

        # Not involved: a facilitator may read (the register) but not update; the observer too.
        for role in ("facilitator", "observer"):
            refused, _, body = self.api("POST", f"/actions/{action['id']}/updates", role, json={"progress": 50})
            self.assertEqual(refused, 403, body)
        # A participant reads only what involves their person.
        others = [a for a in self.ok("GET", "/actions")["items"] if a["id"] != action["id"]]
        refused, _, body = self.api("GET", f"/actions/{others[0]['id']}", "participant")
        self.assertEqual(refused, 403, body)
        board, _, body = self.api("GET", "/actions", "participant")
        self.assertEqual(board, 403, body)

    def test_the_board_surfaces_overdue_and_stalled_work(self):
        board = self.ok("GET", "/actions", "observer")
        self.conforms(board, "ActionPage")
        titles = {a["title"]: a for a in board["items"]}
        self.assertTrue(titles["Collect the regions' current first-contact routes in one map."]["overdue"])
        self.assertTrue(titles["Propose a shared definition of waiting time for first contact."]["stalled"])
        self.assertFalse(titles["Publish a guide to first contact for municipalities"]["overdue"])  # done
        overdue = [a["title"] for a in self.ok("GET", "/actions?overdue=true", "observer")["items"]]
        self.assertIn("Collect the regions' current first-contact routes in one map.", overdue)
        self.assertNotIn("Publish a guide to first contact for municipalities", overdue)
        stalled = [a["title"] for a in self.ok("GET", "/actions?stalled=true", "observer")["items"]]
        self.assertEqual(stalled, ["Propose a shared definition of waiting time for first contact."])
        themed = self.ok("GET", "/actions?theme=access_to_services&status=in_progress")["items"]
        self.assertEqual([a["title"] for a in themed],
                         ["Measure waiting times for a first contact in every region"])
        indicator = themed[0]["indicators"][0]
        self.assertEqual((indicator["baseline"], indicator["target"]), (4, 21))
        self.assertEqual([m["value"] for m in indicator["measurements"]], [4, 7])
        plans = self.ok("GET", "/action-plans", "observer")
        self.conforms(plans, "ActionPlanList")
        self.assertGreaterEqual(len(plans["items"]), 3)  # two events' plans and the theme's
        bad, _, problem = self.api("GET", "/actions?status=finished", "observer")
        self.assertEqual(bad, 422, problem)
        self.assertEqual(problem["errors"][0]["field"], "status")

        # The stalled period is a setting; 60 days and the demo's 45-day silence is not stalled.
        settings = self.ok("GET", "/action-settings")
        status, _, changed = self.api("PUT", "/action-settings", json={"stalled_after_days": 60},
                                      headers={"If-Match": f"\"{settings['version']}\""})
        self.assertEqual(status, 200, changed)
        self.assertEqual(self.ok("GET", "/actions?stalled=true")["items"], [])
        status, _, back = self.api("PUT", "/action-settings", json={"stalled_after_days": 30})
        self.assertEqual(status, 200, back)
        bad, _, problem = self.api("PUT", "/action-settings", json={"stalled_after_days": 0})
        self.assertEqual(bad, 422, problem)

        # Each programme has its own: the EU task follows the default until it sets its own.
        programmes = self.ok("GET", "/programmes", "observer")["items"]
        eu = next(p["id"] for p in programmes if not p["is_default"])
        theirs = self.ok("GET", f"/action-settings?programme_id={eu}", "observer")
        self.assertEqual((theirs["programme_id"], theirs["version"]), (eu, 0))
        status, _, own = self.api("PUT", f"/action-settings?programme_id={eu}",
                                  json={"stalled_after_days": 14}, headers={"If-Match": '"0"'})
        self.assertEqual((status, own["stalled_after_days"], own["version"]), (200, 14, 1), own)
        self.assertEqual(self.ok("GET", "/action-settings")["stalled_after_days"], 30)
        bad, _, problem = self.api("GET", "/action-settings?programme_id=987654")
        self.assertEqual((bad, problem["errors"][0]["field"]), (422, "programme_id"), problem)

    def test_the_board_reads_page_by_page(self):
        # Two more actions: one without a due date, one due the same day as another (the order's
        # ties), so that a cursor crosses both.
        whole = self.ok("GET", "/actions")["items"]
        dated = next(a for a in whole if a["due_date"])
        made = []
        for title, due in (("Paging: no due date", None), ("Paging: same day", dated["due_date"])):
            body = {"plan_id": dated["plan_id"], "title": title, "accountable": dated["accountable"]}
            if due:
                body["due_date"] = due
            status, _, action = self.api("POST", "/actions", json=body)
            self.assertEqual(status, 201, action)
            made.append(action)
        try:
            for query in ("", "overdue=true", "stalled=true", "open=true", "at_risk=true",
                          "plan_id=" + str(dated["plan_id"])):
                everything = self.ok("GET", "/actions?" + query, "observer")
                pages, cursor = [], None
                while True:
                    page = self.ok("GET", f"/actions?{query}&limit=2" +
                                   (f"&cursor={cursor}" if cursor else ""), "observer")
                    self.conforms(page, "ActionPage")
                    self.assertLessEqual(len(page["items"]), 2)
                    self.assertEqual(page["total"], everything["total"], query)
                    pages += page["items"]
                    cursor = page["next"]
                    if not cursor:
                        break
                self.assertEqual([a["id"] for a in pages], [a["id"] for a in everything["items"]], query)
                self.assertEqual(pages, everything["items"], query)
            ids = [a["id"] for a in self.ok("GET", "/actions")["items"]]
            self.assertEqual(ids[-1], made[0]["id"], "an action without a due date comes last")
            for bad_query, field in (("limit=0", "limit"), ("limit=501", "limit"), ("limit=two", "limit"),
                                     ("limit=5&cursor=yesterday", "cursor"), ("cursor=2026-02-30~4", "cursor")):
                status, _, problem = self.api("GET", "/actions?" + bad_query, "observer",
                                              headers={"Accept-Language": "sv"})
                self.assertEqual(status, 422, (bad_query, problem))
                self.assertEqual(problem["errors"][0]["field"], field, bad_query)
                self.assertNotIn("is not", problem["errors"][0]["message"], "answered in Swedish")
        finally:
            for action in made:
                status, _, body = self.api("DELETE", f"/actions/{action['id']}",
                                           headers={"If-Match": f"\"{action['version']}\""})
                self.assertEqual(status, 204, body)

    def test_the_board_downloads_as_csv_and_xlsx_with_its_filters(self):
        import csv
        import io
        import zipfile
        status, headers, raw = self.server.request("GET", "/api/v1/actions/export?format=csv&overdue=true",
                                                   token=self.tokens["observer"], raw=True)
        self.assertEqual(status, 200)
        self.assertIn("attachment", headers["content-disposition"])
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
        board = self.ok("GET", "/actions?overdue=true", "observer")["items"]
        self.assertEqual([int(r["id"]) for r in rows], [a["id"] for a in board])
        self.assertTrue(rows and all(r["overdue"] == "yes" for r in rows))
        self.assertEqual(rows[0]["accountable"], board[0]["accountable"]["name"])
        status, _, raw = self.server.request("GET", "/api/v1/actions/export?format=xlsx",
                                             token=self.tokens["observer"], raw=True)
        self.assertEqual(status, 200)
        with zipfile.ZipFile(io.BytesIO(raw)) as book:
            text = " ".join(book.read(n).decode("utf-8") for n in book.namelist() if n.endswith(".xml"))
        self.assertIn("Measure waiting times for a first contact in every region", text)
        bad, _, problem = self.api("GET", "/actions/export?format=pdf", "observer")
        self.assertEqual(bad, 422, problem)
        refused, _, problem = self.api("GET", "/actions/export", "participant")
        self.assertEqual(refused, 403, problem)

    def test_bad_input_is_named_and_changes_nothing(self):
        plan = self.ok("POST", "/action-plans", status=201,
                       json={"title": "Stigma reduction", "theme": "stigma_reduction"})
        someone = self.person_named("a")  # any demo person
        base = {"plan_id": plan["id"], "title": "Train journalists",
                "accountable": {"person_id": someone["id"]}}
        first = self.ok("POST", "/actions", status=201, json=base)
        second = self.ok("POST", "/actions", status=201, json=dict(base, title="Second", depends_on=[first["id"]]))
        before = self.ok("GET", "/actions?plan_id=%d" % plan["id"])

        cases = [
            ("a cycle", "PUT", f"/actions/{first['id']}", dict(base, depends_on=[second["id"]]),
             {"depends_on"}),
            ("due before start", "POST", "/actions",
             dict(base, start_date="2027-02-01", due_date="2027-01-01"), {"due_date"}),
            ("no accountable party", "POST", "/actions", dict(base, accountable=None), {"accountable"}),
            ("two accountable parties", "POST", "/actions",
             dict(base, accountable={"person_id": someone["id"], "organisation_id": 1}), {"accountable"}),
            ("an unknown person", "POST", "/actions", dict(base, responsible=[{"person_id": 99999999}]),
             {"responsible[0].person_id"}),
            ("a measurement without a date", "POST", "/actions",
             dict(base, indicators=[{"name": "Articles", "measurements": [{"value": 3}]}]),
             {"indicators[0].measurements[0].date"}),
            ("progress out of range", "POST", f"/actions/{first['id']}/updates", {"progress": 150},
             {"progress"}),
            ("a step the lifecycle lacks", "POST", f"/actions/{first['id']}/updates", {"status": "done"},
             {"status"}),
            ("dropping without a reason", "POST", f"/actions/{first['id']}/updates", {"status": "dropped"},
             {"dropped_reason"}),
            ("a plan of nothing", "POST", "/action-plans", {"title": "Nothing"}, {"event_id"}),
        ]
        for what, method, path, body, fields in cases:
            with self.subTest(what):
                status, _, problem = self.api(method, path, json=body)
                self.assertEqual(status, 422, problem)
                self.assertEqual({e["field"] for e in problem["errors"]}, fields, problem)
        # The cycle is named from the action back to it, in Swedish too.
        status, _, problem = self.api("PUT", f"/actions/{first['id']}?lang=sv",
                                      json=dict(base, depends_on=[second["id"]]))
        self.assertEqual(status, 422)
        message = problem["errors"][0]["message"]
        self.assertIn(f"{first['id']} → {second['id']} → {first['id']}", message)
        self.assertIn("cirkel", message)
        self.assertEqual(self.ok("GET", "/actions?plan_id=%d" % plan["id"]), before)
        # A plan with actions stays.
        refused, _, body = self.api("DELETE", f"/action-plans/{plan['id']}")
        self.assertEqual(refused, 409, body)


if __name__ == "__main__":
    unittest.main()
