"""Follow-up groups over HTTP on the demo programme, against a running `samla serve --demo`:
the demo's working group has members, deliverables and meetings (two held, one planned), and
the attendance of its held meetings ties its members in the network (co-participation); a
coordinator sets up a group with a lead; the lead, through the account linked to them, changes
the group, plans a meeting (an event of type group meeting) and manages the group's action plan,
while someone else is refused; bad input is a 422 naming the field; a group with a plan is not
deleted."""

import unittest

import icalendar
import jsonschema  # noqa: F401  (conforms() uses it)

from samla_server import ServerTestCase

PASSWORD = "groups-api-password"

MEETING = {"title": "Campaign meeting", "format": "online", "link": "https://meet.example.org/c",
           "starts_at": "2027-03-02T10:00", "ends_at": "2027-03-02T11:00",
           "time_zone": "Europe/Stockholm", "capacity": 12}


class GroupsApi(ServerTestCase):
    server_args = ("--demo",)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("gr", PASSWORD, ("admin", "coordinator", "facilitator", "observer",
                                                       "participant"))

    def test_the_demo_group_meets_and_its_attendance_reaches_the_network(self):
        groups = self.ok("GET", "/groups", "observer")
        self.conforms(groups, "GroupList")
        working = next(g for g in groups["items"] if g["kind"] == "working_group")
        self.assertEqual(working["meeting_count"], 3)
        self.assertEqual(working["members"][0]["role"], "chair")
        self.assertTrue(working["lead_name"])
        meetings = self.ok("GET", f"/groups/{working['id']}/meetings", "observer")["items"]
        self.assertEqual([m["status"] for m in meetings], ["held", "held", "designed"])
        self.assertTrue(all(m["type"] == "group_meeting" for m in meetings))
        # Members who attended the same meeting are tied by co-participation.
        view = self.ok("GET", "/network?include=co_participation", "observer")
        keys = {n["id"]: (n["kind"], n["record_id"]) for n in view["nodes"]}
        attended = set()
        for meeting in meetings[:2]:
            for invitation in self.ok("GET", f"/events/{meeting['id']}/invitations")["items"]:
                if invitation["status"] == "attended":
                    attended.add(invitation["person_id"])
        self.assertGreaterEqual(len(attended), 3)
        tied = set()
        for e in view["edges"]:
            a, b = keys[e["source"]], keys[e["target"]]
            if a[0] == b[0] == "person" and a[1] in attended and b[1] in attended and e["co_participations"] > 0:
                tied.add(frozenset((a[1], b[1])))
        self.assertGreaterEqual(len(tied), 3, "pairs of attendees tied by the group's meetings")

    def test_members_of_one_group_are_co_participants_while_both_are_members(self):
        import datetime
        today = datetime.date.today()
        ida = self.ok("POST", "/people", status=201, json={"name": "Ida Inrapportör", "country": "SE"})
        jon = self.ok("POST", "/people", status=201, json={"name": "Jon Jämförare", "country": "NO"})
        kim = self.ok("POST", "/people", status=201, json={"name": "Kim Kommande", "country": "FI"})
        self.ok("POST", "/groups", status=201, json={
            "kind": "research_project", "name": "Research on first contact",
            "members": [{"person_id": ida["id"], "from_date": (today - datetime.timedelta(days=30)).isoformat()},
                        {"person_id": jon["id"], "from_date": (today - datetime.timedelta(days=10)).isoformat()},
                        {"person_id": kim["id"], "from_date": (today + datetime.timedelta(days=30)).isoformat()}]})

        def co_participations(as_of):
            view = self.ok("GET", f"/network?include=co_participation&as_of={as_of}", "observer")
            keys = {n["id"]: n["record_id"] for n in view["nodes"] if n["kind"] == "person"}
            out = {}
            for e in view["edges"]:
                pair = frozenset((keys.get(e["source"]), keys.get(e["target"])))
                out[pair] = e["co_participations"]
            return out

        now = co_participations(today.isoformat())
        self.assertEqual(now.get(frozenset((ida["id"], jon["id"]))), 1)
        self.assertNotIn(frozenset((ida["id"], kim["id"])), now)  # Kim joins next month
        before = co_participations((today - datetime.timedelta(days=20)).isoformat())
        self.assertNotIn(frozenset((ida["id"], jon["id"])), before)  # Jon had not joined yet

    def test_a_lead_manages_their_group_and_its_plan(self):
        lead = self.ok("POST", "/people", status=201, json={"name": "Lisa Lead", "country": "SE"})
        other = self.ok("POST", "/people", status=201, json={"name": "Omar Other", "country": "SE"})
        users = {u["name"]: u for u in self.ok("GET", "/users", "admin")["items"]}
        self.ok("PATCH", f"/users/{users['gr-participant']['id']}", "admin", json={"person_id": lead["id"]})
        group = self.ok("POST", "/groups", status=201, json={
            "kind": "task_force", "name": "Task force on waiting lists", "lead_person_id": lead["id"],
            "members": [{"person_id": lead["id"], "role": "chair", "from_date": "2026-12-01"}],
            "deliverables": [{"title": "A proposal", "due_date": "2027-03-31"}]})
        self.conforms(group, "Group")
        self.assertEqual(group["deliverables"][0]["status"], "planned")

        # The lead (a participant account) adds a member; a facilitator who does not lead it may not.
        status, _, changed = self.api("PATCH", f"/groups/{group['id']}", "participant", json={
            "members": group["members"] + [{"person_id": other["id"], "from_date": "2026-12-05"}]},
            headers={"If-Match": f"\"{group['version']}\""})
        self.assertEqual(status, 200, changed)
        self.assertEqual([m["name"] for m in changed["members"]], ["Lisa Lead", "Omar Other"])
        refused, _, body = self.api("PATCH", f"/groups/{group['id']}", "facilitator", json={"name": "Mine"})
        self.assertEqual(refused, 403, body)

        status, headers, meeting = self.api("POST", f"/groups/{group['id']}/meetings", "participant", json=MEETING)
        self.assertEqual(status, 201, meeting)
        self.assertEqual(meeting["type"], "group_meeting")
        self.assertEqual(headers["location"], f"/api/v1/events/{meeting['id']}")
        refused, _, body = self.api("POST", f"/groups/{group['id']}/meetings", "facilitator", json=MEETING)
        self.assertEqual(refused, 403, body)

        # The lead writes the group's plan and an action in it, but not a theme's plan.
        plan = self.ok("POST", "/action-plans", "participant", status=201,
                       json={"title": "Waiting lists", "group_id": group["id"]})
        action = self.ok("POST", "/actions", "participant", status=201, json={
            "plan_id": plan["id"], "title": "Collect waiting-list figures", "due_date": "2027-02-15",
            "accountable": {"person_id": lead["id"]}})
        self.assertEqual(self.ok("GET", f"/actions?group_id={group['id']}")["items"][0]["id"], action["id"])
        refused, _, body = self.api("POST", "/action-plans", "participant",
                                    json={"title": "Not mine", "theme": "stigma_reduction"})
        self.assertEqual(refused, 403, body)
        # A group with a plan stays.
        refused, _, body = self.api("DELETE", f"/groups/{group['id']}")
        self.assertEqual(refused, 409, body)

        # The lead's personal calendar feed: the action's due date and the group's meeting, read
        # by python3-icalendar without an account; a new address revokes the old.
        feed = self.ok("POST", "/my/calendar", "participant", status=201)
        status, headers, text = self.server.request("GET", feed["path"], use_session=False)
        self.assertEqual(status, 200, text)
        self.assertTrue(headers["content-type"].startswith("text/calendar"))
        calendar = icalendar.Calendar.from_ical(text)
        entries = {str(c.get("summary")): c for c in calendar.walk("VEVENT")}
        due = next(c for s, c in entries.items() if s.endswith("Collect waiting-list figures"))
        self.assertEqual(due.decoded("dtstart").isoformat(), "2027-02-15")
        meeting_entry = entries["Campaign meeting"]
        self.assertEqual(meeting_entry.decoded("dtstart").strftime("%Y-%m-%d %H:%M"), "2027-03-02 10:00")
        self.assertEqual(str(meeting_entry.decoded("dtstart").tzinfo), "Europe/Stockholm")
        again = self.ok("POST", "/my/calendar", "participant", status=201)
        self.assertNotEqual(again["path"], feed["path"])
        gone, _, _ = self.server.request("GET", feed["path"], use_session=False)
        self.assertEqual(gone, 404)
        self.assertEqual(self.api("DELETE", "/my/calendar", "participant")[0], 204)
        gone, _, _ = self.server.request("GET", again["path"], use_session=False)
        self.assertEqual(gone, 404)

    def test_bad_input_is_named(self):
        status, _, problem = self.api("POST", "/groups?lang=sv", json={
            "kind": "book_club", "name": "x", "start_date": "2027-01-01", "end_date": "2026-01-01",
            "members": [{"person_id": 99999999, "from_date": "2026-13-01"}]})
        self.assertEqual(status, 422, problem)
        self.assertEqual({e["field"] for e in problem["errors"]},
                         {"kind", "end_date", "members[0].person_id", "members[0].from_date"})
        self.assertTrue(all(e["message"] for e in problem["errors"]))
        names = [g["name"] for g in self.ok("GET", "/groups")["items"]]
        self.assertNotIn("x", names)


if __name__ == "__main__":
    unittest.main()
