"""What a live session gives the record (issue 21 parts 2, 4 and 5) through the HTTP API: ranking
polls, groups of ideas, opinion groups from the statements' votes (a map, groups of at least
three, consensus and division), promotion into the event's key insights, outcomes and action
points and into the initiative list (keeping where each came from, under the outcomes' own
rules and permissions), and the RSVP page's way to the event's open session."""
import datetime
import re
import zoneinfo

import jsonschema  # noqa: F401 (conforms)

from live_support import LiveTestCase, on_postgres


class LiveRecord(LiveTestCase):
    def open_event(self, title="Dialogue on first contact", invite=0):
        """An event open for invitations that begins today, and the personal links' tokens."""
        today = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Stockholm")).date()
        event = self.ok("POST", "/events", "coordinator", status=201, json={
            "title": title, "type": "policy_dialogue", "themes": [], "format": "online",
            "link": "https://meet.example.org/room", "starts_at": f"{today}T23:58",
            "ends_at": f"{today}T23:59", "time_zone": "Europe/Stockholm", "capacity": 5})
        path = f"/events/{event['id']}"
        tokens = []
        if invite:
            people = [p for p in self.ok("GET", "/people?limit=50", "coordinator")["items"] if p["email"]][:invite]
            self.ok("POST", path + "/invitations", "coordinator", status=201,
                    json={"person_ids": [p["id"] for p in people]})
        for to in ("designed", "open_for_invitations"):
            self.ok("POST", path + "/transitions", "coordinator", json={"to": to})
        if invite:
            self.ok("POST", path + "/invitations/send", "coordinator", json={})
            bodies = [m["body"] for m in self.ok("GET", "/outbox", "coordinator")["items"]
                      if m["event_id"] == event["id"]]
            tokens = [m.group(1) for m in map(re.compile(r"/rsvp#([A-Za-z0-9_-]{43})").search, bodies) if m]
        return event, tokens

    def state_of(self, live_id, activity_id, role="facilitator"):
        return next(a for a in self.ok("GET", f"/live/{live_id}", role)["activities"] if a["id"] == activity_id)

    def test_a_ranking_poll_counts_points_and_refuses_a_partial_ranking(self):
        live = self.start()
        poll = self.activity(live["id"], kind="poll", title="What first?", poll_type="ranking",
                             options=["Housing", "Work", "Peer support"])
        people = [self.join(live["code"]) for _ in range(3)]
        for token, order in zip(people, ([2, 0, 1], [2, 1, 0], [0, 2, 1])):
            answered = self.sent(token, "POST", "/answers", json={"activity_id": poll["id"], "choices": order})
            self.conforms(answered, "LiveActivityState")
        self.assertEqual(answered["my_answer"]["choices"], [0, 2, 1])
        self.assertEqual(answered["results"]["points"], [3, 1, 5])
        self.assertEqual(answered["results"]["mean_rank"], [2.0, 2.7, 1.3])
        for choices in ([0, 1], [0, 0, 1], [0, 1, 5]):
            status, _, problem = self.as_participant(people[0], "POST", "/answers", headers={"Accept-Language": "sv"},
                                                     json={"activity_id": poll["id"], "choices": choices})
            self.assertEqual((status, [e["field"] for e in problem["errors"]]), (422, ["choices"]), problem)
        self.assertIn("alternativ", problem["errors"][0]["message"])
        # Nothing changed by the refusals.
        self.assertEqual(self.sent(people[0], "GET", "")["activities"][0]["my_answer"]["choices"], [2, 0, 1])

    def test_ideas_are_grouped_and_participants_see_the_groups(self):
        live = self.start()
        board = self.activity(live["id"], kind="ideas", title="What would help?")
        token = self.join(live["code"])
        for text in ("Peer support groups", "Peer mentors at school", "Shorter queues"):
            self.sent(token, "POST", "/inputs", status=201, json={"activity_id": board["id"], "text": text})
        ideas = self.sent(token, "GET", "")["activities"][0]["inputs"]
        base = f"/live/{live['id']}"
        cluster = self.ok("POST", f"{base}/activities/{board['id']}/clusters", "facilitator", status=201,
                          json={"title": "Peer support"})
        self.conforms(cluster, "LiveCluster")
        for idea in ideas[:2]:
            state = self.ok("POST", f"{base}/inputs/{idea['id']}/cluster", "facilitator",
                            json={"cluster_id": cluster["id"]})
        self.conforms(state, "LiveActivityState")
        seen = self.sent(token, "GET", "")["activities"][0]
        self.assertEqual(seen["clusters"], [{"id": cluster["id"], "title": "Peer support"}])
        self.assertEqual([i["cluster_id"] for i in seen["inputs"]], [cluster["id"], cluster["id"], None])
        self.assertNotIn("promotions", seen)
        # Out of the group again; a group of another board, or none, is refused by name.
        self.ok("POST", f"{base}/inputs/{ideas[1]['id']}/cluster", "facilitator", json={"cluster_id": None})
        other = self.activity(live["id"], kind="ideas", title="Another board")
        elsewhere = self.ok("POST", f"{base}/activities/{other['id']}/clusters", "facilitator", status=201,
                            json={"title": "Elsewhere"})
        for body in ({"cluster_id": elsewhere["id"]}, {"cluster_id": "one"}, {}):
            status, _, problem = self.api("POST", f"{base}/inputs/{ideas[0]['id']}/cluster", "facilitator", json=body)
            self.assertEqual((status, [e["field"] for e in problem["errors"]]), (422, ["cluster_id"]), problem)
        self.assertEqual([i["cluster_id"] for i in self.state_of(live["id"], board["id"])["inputs"]],
                         [cluster["id"], None, None])
        status, _, problem = self.api("POST", f"{base}/activities/{board['id']}/clusters", "facilitator",
                                      json={"title": " "})
        self.assertEqual((status, [e["field"] for e in problem["errors"]]), (422, ["title"]), problem)
        self.assertEqual(self.api("POST", f"{base}/activities/{board['id']}/clusters", "observer",
                                  json={"title": "x"})[0], 403)

    def test_each_participant_reads_the_shared_view_with_their_own_answers(self):
        # The participants' view is read once per change and shared; each read adds what is
        # the reader's own. Another's answer changes the next read (a new change number).
        live = self.start()
        board = self.activity(live["id"], kind="ideas", title="What would help?")
        poll = self.activity(live["id"], kind="poll", title="Which first?", poll_type="single",
                             options=["Housing", "Work"])
        first, second = self.join(live["code"]), self.join(live["code"])
        self.sent(first, "POST", "/inputs", status=201, json={"activity_id": board["id"], "text": "Peer workers"})
        idea = self.sent(first, "GET", "")["activities"][0]["inputs"][0]["id"]
        self.sent(second, "POST", "/answers", json={"activity_id": board["id"], "input_id": idea})
        self.sent(second, "POST", "/answers", json={"activity_id": poll["id"], "choices": [1]})

        def seen(token):
            state = self.sent(token, "GET", "")
            self.conforms(state, "LiveState")
            return {a["id"]: a for a in state["activities"]}

        mine, theirs = seen(first), seen(second)
        self.assertEqual(mine[board["id"]]["inputs"][0]["mine"], True)
        self.assertEqual(theirs[board["id"]]["inputs"][0]["mine"], False)
        self.assertEqual(mine[board["id"]]["my_answer"], {})
        self.assertEqual(theirs[board["id"]]["my_answer"], {"upvoted": [idea]})
        self.assertEqual(mine[poll["id"]]["my_answer"], {})
        self.assertEqual(theirs[poll["id"]]["my_answer"], {"choices": [1]})
        self.assertEqual(theirs[board["id"]]["results"]["per_input"][0]["upvotes"], 1)
        self.sent(first, "POST", "/answers", json={"activity_id": board["id"], "input_id": idea})
        theirs = seen(second)
        self.assertEqual(theirs[board["id"]]["results"]["per_input"][0]["upvotes"], 2)
        self.assertEqual(theirs[board["id"]]["my_answer"], {"upvoted": [idea]})
        self.assertEqual(seen(first)[board["id"]]["my_answer"], {"upvoted": [idea]})

    def vote_in_camps(self, live, statements, camps):
        """Participants who vote by camp: each camp agrees with its own statements."""
        texts = [f"Statement {i}" for i in range(6)]
        for text in texts:
            self.ok("POST", f"/live/{live['id']}/activities/{statements['id']}/inputs", "facilitator",
                    status=201, json={"text": text})
        ids = [i["id"] for i in self.state_of(live["id"], statements["id"])["inputs"]]
        self.voters = []
        for camp, size in enumerate(camps):
            for _ in range(size):
                token = self.join(live["code"])
                self.voters.append((token, camp))
                for n, input_id in enumerate(ids):
                    # Statement 0 everyone agrees with; the others split the camps.
                    vote = "agree" if n == 0 or n % len(camps) == camp else "disagree"
                    self.sent(token, "POST", "/answers",
                              json={"activity_id": statements["id"], "input_id": input_id, "vote": vote})
        return ids

    def test_opinion_groups_find_the_camps_with_consensus_and_division(self):
        live = self.start()
        statements = self.activity(live["id"], kind="statements", title="Agree or disagree")
        path = f"/live/{live['id']}/activities/{statements['id']}/opinion-groups"
        few = self.ok("GET", path, "facilitator")
        self.conforms(few, "LiveOpinionGroups")
        self.assertEqual((few["withheld"], few["k"], few["points"]), ("too_few_voters", 0, []))
        ids = self.vote_in_camps(live, statements, (5, 4))
        groups = self.ok("GET", path, "facilitator")
        self.conforms(groups, "LiveOpinionGroups")
        self.assertEqual((groups["voters"], groups["statements"], groups["withheld"], groups["k"]), (9, 6, None, 2))
        self.assertEqual(groups["groups"], [{"group": 0, "size": 5}, {"group": 1, "size": 4}])
        self.assertEqual(sorted(p["group"] for p in groups["points"]), [0] * 5 + [1] * 4)
        rows = {r["input_id"]: r for r in groups["per_statement"]}
        self.assertTrue(rows[ids[0]]["consensus"])
        self.assertFalse(rows[ids[0]]["divisive"])
        for input_id in ids[1:]:
            self.assertFalse(rows[input_id]["consensus"])
            self.assertTrue(rows[input_id]["divisive"])
        self.assertEqual([(g["agree"], g["disagree"]) for g in rows[ids[1]]["groups"]], [(0, 5), (4, 0)])
        # A new statement the larger camp answers and only one of the other: a group with one vote
        # on it would show through the room's total, so no group's breakdown is shown for it.
        self.ok("POST", f"/live/{live['id']}/activities/{statements['id']}/inputs", "facilitator",
                status=201, json={"text": "A statement few answered"})
        late = self.state_of(live["id"], statements["id"])["inputs"][-1]["id"]
        camp_of = {}
        for token, camp in self.voters:
            camp_of.setdefault(camp, []).append(token)
        for token in camp_of[0]:
            self.sent(token, "POST", "/answers", json={"activity_id": statements["id"], "input_id": late, "vote": "agree"})
        self.sent(camp_of[1][0], "POST", "/answers",
                  json={"activity_id": statements["id"], "input_id": late, "vote": "disagree"})
        groups = self.ok("GET", path, "facilitator")
        self.conforms(groups, "LiveOpinionGroups")
        row = next(r for r in groups["per_statement"] if r["input_id"] == late)
        self.assertEqual(row["groups"], [{"group": 0, "withheld": "fewer_than_3"}, {"group": 1, "withheld": "fewer_than_3"}])
        self.assertEqual((row["consensus"], row["divisive"]), (False, False))
        # Only a statements activity has opinion groups; only facilitators see them.
        board = self.activity(live["id"], kind="ideas", title="Ideas")
        self.assertEqual(self.api("GET", f"/live/{live['id']}/activities/{board['id']}/opinion-groups",
                                  "facilitator")[0], 409)
        self.assertEqual(self.api("GET", path, "observer")[0], 403)

    def test_promotion_carries_input_into_the_record_and_keeps_where_it_came_from(self):
        event, _ = self.open_event()
        live = self.start("In the room", event_id=event["id"])
        base = f"/live/{live['id']}"
        board = self.activity(live["id"], kind="ideas", title="What would help?")
        token = self.join(live["code"])
        for text in ("Peer support groups", "Peer mentors at school"):
            self.sent(token, "POST", "/inputs", status=201, json={"activity_id": board["id"], "text": text})
        ideas = [i["id"] for i in self.state_of(live["id"], board["id"])["inputs"]]
        cluster = self.ok("POST", f"{base}/activities/{board['id']}/clusters", "facilitator", status=201,
                          json={"title": "Peer support"})
        for idea in ideas:
            self.ok("POST", f"{base}/inputs/{idea}/cluster", "facilitator", json={"cluster_id": cluster["id"]})
        insight = self.ok("POST", f"{base}/promote", "coordinator", status=201,
                          json={"to": "key_insight", "activity_id": board["id"], "input_id": ideas[0]})
        self.conforms(insight, "LivePromotion")
        grouped = self.ok("POST", f"{base}/promote", "coordinator", status=201,
                          json={"to": "outcome", "activity_id": board["id"], "cluster_id": cluster["id"]})
        self.assertEqual(grouped["text"], "Peer support: Peer support groups; Peer mentors at school")
        poll = self.activity(live["id"], kind="poll", title="Is this useful?", poll_type="single", options=["Yes", "No"])
        voters = [self.join(live["code"]) for _ in range(3)]
        for voter, choice in zip(voters, (0, 0, 1)):
            self.sent(voter, "POST", "/answers", json={"activity_id": poll["id"], "choices": [choice]})
        summary = self.ok("POST", f"{base}/promote", "coordinator", status=201, headers={"Accept-Language": "sv"},
                          json={"to": "outcome", "activity_id": poll["id"]})
        self.assertEqual(summary["text"], "Is this useful?: Yes 2, No 1 (3 svarade)")
        # A poll about lived experience gives only its total, here too.
        lived = self.activity(live["id"], kind="poll", title="Have you used the services?", poll_type="single",
                              options=["Yes", "No"], about_lived_experience=True)
        for voter, choice in zip(voters, (0, 1, 1)):
            self.sent(voter, "POST", "/answers", json={"activity_id": lived["id"], "choices": [choice]})
        total = self.ok("POST", f"{base}/promote", "coordinator", status=201,
                        json={"to": "key_insight", "activity_id": lived["id"]})
        self.assertEqual(total["text"], "Have you used the services?: 3 answered")
        organisation = self.ok("GET", "/organisations?limit=1", "coordinator")["items"][0]
        action = self.ok("POST", f"{base}/promote", "coordinator", status=201, json={
            "to": "action_point", "activity_id": board["id"], "input_id": ideas[1], "text": "Start peer mentors",
            "owner_organisation_id": organisation["id"], "due_date": "2099-06-30", "priority": "high"})
        outcomes = {o["id"]: o for o in self.ok("GET", f"/events/{event['id']}/outcomes", "coordinator")["items"]}
        for promoted, kind in ((insight, "key_insight"), (grouped, "outcome"), (summary, "outcome"),
                               (total, "key_insight"), (action, "action_point")):
            made = outcomes[promoted["outcome_id"]]
            self.assertEqual((made["kind"], made["source"], made["text"]), (kind, "live_session", promoted["text"]))
        self.assertEqual(outcomes[action["outcome_id"]]["owner_organisation_id"], organisation["id"])
        # Dot-voted items go to the initiative list with their dots.
        dots = self.activity(live["id"], kind="dots", title="Which first?", budget=3)
        self.ok("POST", f"{base}/activities/{dots['id']}/inputs", "facilitator", status=201,
                json={"text": "A shared first-contact route"})
        item = self.state_of(live["id"], dots["id"])["inputs"][0]["id"]
        self.sent(voters[0], "POST", "/answers", json={"activity_id": dots["id"], "dots": [{"input_id": item, "dots": 3}]})
        proposed = self.ok("POST", f"{base}/promote", "coordinator", status=201,
                           json={"to": "initiative", "activity_id": dots["id"], "input_id": item})
        initiative = self.ok("GET", f"/initiatives/{proposed['initiative_id']}", "coordinator")
        self.assertEqual((initiative["title"], initiative["source_event_id"], initiative["status"]),
                         ("A shared first-contact route", event["id"], "proposed"))
        self.assertIn("3 dots", initiative["description"])
        # The same again is refused (a second click): nothing is added twice.
        status, _, problem = self.api("POST", f"{base}/promote", "coordinator",
                                      json={"to": "initiative", "activity_id": dots["id"], "input_id": item})
        self.assertEqual(status, 409, problem)
        # The console shows what was promoted where.
        promoted = self.state_of(live["id"], board["id"])["promotions"]
        self.assertEqual([(p["to"], p["input_id"], p["cluster_id"]) for p in promoted],
                         [("key_insight", ideas[0], None), ("outcome", None, cluster["id"]),
                          ("action_point", ideas[1], None)])

    def test_promotion_refuses_what_does_not_fit_and_adds_nothing(self):
        event, _ = self.open_event("Another dialogue")
        live = self.start("Checks", event_id=event["id"])
        base = f"/live/{live['id']}"
        board = self.activity(live["id"], kind="ideas", title="Ideas")
        token = self.join(live["code"])
        self.sent(token, "POST", "/inputs", status=201, json={"activity_id": board["id"], "text": "An idea"})
        idea = self.state_of(live["id"], board["id"])["inputs"][0]["id"]
        statements = self.activity(live["id"], kind="statements", title="Agree?")
        self.ok("POST", f"{base}/activities/{statements['id']}/inputs", "facilitator", status=201,
                json={"text": "A statement"})
        statement = self.state_of(live["id"], statements["id"])["inputs"][0]["id"]
        cases = (
            ({"to": "minutes", "activity_id": board["id"], "input_id": idea}, "to"),
            ({"to": "outcome", "activity_id": board["id"]}, "input_id"),
            ({"to": "outcome", "activity_id": board["id"], "input_id": 999999}, "input_id"),
            ({"to": "outcome", "activity_id": board["id"], "cluster_id": 999999}, "cluster_id"),
            ({"to": "initiative", "activity_id": statements["id"], "input_id": statement}, "to"),
            ({"to": "action_point", "activity_id": board["id"], "input_id": idea}, "owner_person_id"),
            ({"to": "outcome", "activity_id": board["id"], "input_id": idea, "due_date": "2099-01-01"}, "due_date"),
            ({"to": "outcome", "activity_id": board["id"], "input_id": idea, "text": "x" * 4001}, "text"),
            ({"to": "initiative", "activity_id": board["id"], "input_id": idea, "due_date": "2099-01-01"}, "due_date"),
        )
        for body, field in cases:
            status, _, problem = self.api("POST", f"{base}/promote", "coordinator", json=body)
            self.assertEqual(status, 422, (body, problem))
            self.assertIn(field, [e["field"] for e in problem["errors"]], (body, problem))
        # A session of its own has no event's record (the initiative list it may feed).
        alone = self.start("Quick meeting")
        alone_board = self.activity(alone["id"], kind="ideas", title="Ideas")
        self.ok("POST", f"/live/{alone['id']}/activities/{alone_board['id']}/inputs", "facilitator", status=201,
                json={"text": "An idea of the quick meeting"})
        alone_idea = self.state_of(alone["id"], alone_board["id"])["inputs"][0]["id"]
        status, _, problem = self.api("POST", f"/live/{alone['id']}/promote", "coordinator", headers={"Accept-Language": "sv"},
                                      json={"to": "outcome", "activity_id": alone_board["id"], "input_id": alone_idea})
        self.assertEqual((status, [e["field"] for e in problem["errors"]]), (422, ["to"]), problem)
        self.assertIn("evenemang", problem["errors"][0]["message"])
        # A facilitator the event does not list may not write its outcomes, nor its initiatives.
        for to in ("outcome", "initiative"):
            status, _, problem = self.api("POST", f"{base}/promote", "facilitator",
                                          json={"to": to, "activity_id": board["id"], "input_id": idea})
            self.assertEqual(status, 403, (to, problem))
        self.assertEqual(self.api("POST", f"{base}/promote", "observer",
                                  json={"to": "outcome", "activity_id": board["id"], "input_id": idea})[0], 403)
        self.assertEqual(self.ok("GET", f"/events/{event['id']}/outcomes", "coordinator")["items"], [])
        self.assertEqual(self.state_of(live["id"], board["id"])["promotions"], [])

    def test_the_personal_link_finds_the_events_open_session(self):
        event, tokens = self.open_event("Dialogue with a live session", invite=1)
        self.assertEqual(len(tokens), 1)
        found = self.server.request("POST", "/api/v1/live/find", use_session=False, json={"rsvp_token": tokens[0]})
        self.assertEqual((found[0], found[2]), (200, {"sessions": []}))
        live = self.start("In the room", event_id=event["id"])
        status, _, found = self.server.request("POST", "/api/v1/live/find", use_session=False,
                                               json={"rsvp_token": tokens[0]})
        self.assertEqual(status, 200, found)
        self.conforms(found, "LiveFound")
        self.assertEqual(found["sessions"], [{"id": live["id"], "title": "In the room", "code": live["code"]}])
        self.ok("POST", f"/live/{live['id']}/close", "facilitator")
        found = self.server.request("POST", "/api/v1/live/find", use_session=False, json={"rsvp_token": tokens[0]})
        self.assertEqual(found[2], {"sessions": []})
        for body in ({"rsvp_token": "A" * 43}, {}):
            status, _, problem = self.server.request("POST", "/api/v1/live/find", use_session=False, json=body)
            self.assertIn(status, (404, 422), problem)
        self.assertEqual(self.server.request("POST", "/api/v1/live/find", use_session=False,
                                             json={"rsvp_token": "A" * 43})[0], 404)


LiveRecordOnPostgres = on_postgres(LiveRecord)


if __name__ == "__main__":
    import unittest
    unittest.main()
