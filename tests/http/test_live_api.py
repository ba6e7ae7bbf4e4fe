"""Live sessions through the HTTP API (issue 21): a facilitator starts a session (its code and QR
code), participants join with the code and no account, send ideas, upvote, answer polls, vote on
statements and place dots; results follow the privacy rules (none under three answers, only the
total about lived experience, held back until closed); hidden ideas are kept and audited; a
closed code tells nothing; every change has its number so a client that lost its connection
catches up; bad input is refused naming the field and changes nothing."""
import asyncio
import datetime
import json
import re
import unittest
import zoneinfo
import xml.etree.ElementTree as ElementTree

import websockets
import websockets.exceptions

import jsonschema  # noqa: F401 (conforms)

from live_support import PASSWORD, LiveTestCase, on_postgres
from samla_server import SamlaServer


class LiveApi(LiveTestCase):
    def test_a_session_has_a_code_without_look_alikes_a_qr_code_and_refuses_its_code_once_closed(self):
        live = self.start()
        self.conforms(live, "LiveSession")
        self.assertRegex(live["code"], r"^[A-HJKMNP-Z2-9]{6}$")
        status, headers, svg = self.api("GET", f"/live/{live['id']}/qr.svg", "facilitator", raw=True)
        self.assertEqual((status, headers["content-type"]), (200, "image/svg+xml"))
        root = ElementTree.fromstring(svg)
        self.assertTrue(root.tag.endswith("svg"))
        self.assertGreater(len(root.find("{http://www.w3.org/2000/svg}path").get("d")), 500)
        # People type codes as they see them: lower case and spaces are fine.
        typed = live["code"].lower()[:3] + " " + live["code"].lower()[3:]
        token = self.join(typed)
        self.assertEqual(self.sent(token, "GET", "")["session"]["id"], live["id"])
        closed = self.ok("POST", f"/live/{live['id']}/close", "facilitator")
        self.assertEqual(closed["status"], "closed")
        # A closed code and one that never was answer alike, in the reader's language.
        answers = []
        for code in (live["code"], "ZZZZZZ" if live["code"] != "ZZZZZZ" else "YYYYYY", "0OIL1"):
            status, _, problem = self.server.request("POST", "/api/v1/live/join", json={"code": code},
                                                     headers={"Accept-Language": "sv"}, use_session=False)
            answers.append((status, problem["detail"]))
        self.assertEqual(len(set(answers)), 1, answers)
        self.assertEqual(answers[0][0], 404)
        self.assertIn("Koden öppnar ingen session", answers[0][1])
        # The participant's token ends with the session.
        self.assertEqual(self.as_participant(token, "GET", "")[0], 404)

    def test_ideas_are_sent_upvoted_hidden_kept_and_merged(self):
        live = self.start()
        board = self.activity(live["id"], kind="ideas", title="What stops people from asking for help?")
        people = [self.join(live["code"]), self.join(live["code"], "Kim"), self.join(live["code"])]
        state = self.sent(people[0], "POST", "/inputs", status=201,
                          json={"activity_id": board["id"], "text": "Long waiting times"})
        self.conforms(state, "LiveActivityState")
        first = state["inputs"][0]
        self.assertTrue(first["mine"])
        self.sent(people[1], "POST", "/inputs", status=201, json={"activity_id": board["id"], "text": "Waiting lists"})
        rude = self.sent(people[2], "POST", "/inputs", status=201,
                         json={"activity_id": board["id"], "text": "Something off-topic"})["inputs"][-1]
        for token in people:
            self.sent(token, "POST", "/answers", json={"activity_id": board["id"], "input_id": first["id"]})
        # Upvoting again takes it back.
        again = self.sent(people[2], "POST", "/answers", json={"activity_id": board["id"], "input_id": first["id"]})
        upvotes = {row["input_id"]: row["upvotes"] for row in again["results"]["per_input"]}
        self.assertEqual(upvotes[first["id"]], 2)
        # Hidden: gone for participants, kept for the facilitator, audited.
        hidden = self.ok("POST", f"/live/{live['id']}/inputs/{rude['id']}/hide", "facilitator", json={"hidden": True})
        self.assertIn(rude["id"], [i["id"] for i in hidden["inputs"] if i["hidden"]])
        seen = self.sent(people[0], "GET", "")
        self.assertNotIn("Something off-topic", str(seen))
        audit = self.ok("GET", f"/audit?record_type=live_input", "admin")["items"]
        self.assertIn(("hide", str(rude["id"])), [(a["action"], str(a["record_id"])) for a in audit])
        # Merged: its upvotes join the other's, once per person.
        second = next(i for i in hidden["inputs"] if i["text"] == "Waiting lists")
        self.sent(people[1], "POST", "/answers", json={"activity_id": board["id"], "input_id": second["id"]})
        self.sent(people[2], "POST", "/answers", json={"activity_id": board["id"], "input_id": second["id"]})
        merged = self.ok("POST", f"/live/{live['id']}/inputs/{second['id']}/merge", "facilitator",
                         json={"into": first["id"]})
        totals = {row["input_id"]: row["upvotes"] for row in merged["results"]["per_input"]}
        self.assertEqual(totals, {first["id"]: 3})
        self.assertEqual(self.api("POST", f"/live/{live['id']}/inputs/{first['id']}/merge", "facilitator",
                                  json={"into": first["id"]})[0], 422)

    def test_poll_results_follow_the_privacy_rules(self):
        live = self.start()
        poll = self.activity(live["id"], kind="poll", poll_type="single", title="Where first?",
                             options=["Schools", "Primary care", "Workplaces"], hold_results=True)
        lived = self.activity(live["id"], kind="poll", poll_type="single", about_lived_experience=True,
                              title="Have you yourself used mental health services?", options=["Yes", "No"])
        people = [self.join(live["code"]) for _ in range(4)]
        for token, choice in zip(people[:2], (1, 1)):
            answered = self.sent(token, "POST", "/answers", json={"activity_id": poll["id"], "choices": [choice]})
        self.assertEqual(answered["results"], {"held": True})
        self.assertEqual(answered["my_answer"], {"choices": [1]})
        console = self.ok("GET", f"/live/{live['id']}", "facilitator")
        self.conforms(console, "LiveState")
        results = next(a for a in console["activities"] if a["id"] == poll["id"])["results"]
        self.assertEqual(results, {"respondents": 2, "withheld": "fewer_than_3"})
        for token, choice in zip(people[2:], (0, 2)):
            self.sent(token, "POST", "/answers", json={"activity_id": poll["id"], "choices": [choice]})
        console = self.ok("GET", f"/live/{live['id']}", "facilitator")
        self.assertEqual(next(a for a in console["activities"] if a["id"] == poll["id"])["results"],
                         {"respondents": 4, "counts": [1, 2, 1]})
        # Closed: no more answers; the held results are shown to participants.
        self.ok("POST", f"/live/{live['id']}/activities/{poll['id']}/close", "facilitator")
        status, _, problem = self.as_participant(people[0], "POST", "/answers",
                                                 json={"activity_id": poll["id"], "choices": [0]})
        self.assertEqual(status, 409, problem)
        mine = next(a for a in self.sent(people[0], "GET", "")["activities"] if a["id"] == poll["id"])
        self.assertEqual(mine["results"]["counts"], [1, 2, 1])
        self.assertEqual(mine["my_answer"], {"choices": [1]}, "the refused vote changed nothing")
        for token in people:
            self.sent(token, "POST", "/answers", json={"activity_id": lived["id"], "choices": [0]})
        for view in (self.ok("GET", f"/live/{live['id']}", "facilitator"), self.sent(people[0], "GET", "")):
            self.assertEqual(next(a for a in view["activities"] if a["id"] == lived["id"])["results"],
                             {"respondents": 4, "withheld": "lived_experience"})

    def test_statements_and_dots(self):
        live = self.start()
        statements = self.activity(live["id"], kind="statements", title="Agree or disagree")
        for text in ("Waiting times are the first problem", "Schools should screen every pupil"):
            self.ok("POST", f"/live/{live['id']}/activities/{statements['id']}/inputs", "facilitator",
                    status=201, json={"text": text})
        people = [self.join(live["code"]) for _ in range(3)]
        state = self.sent(people[0], "GET", "")
        first, second = [i["id"] for i in state["activities"][0]["inputs"]]
        for token, vote in zip(people, ("agree", "agree", "disagree")):
            self.sent(token, "POST", "/answers", json={"activity_id": statements["id"], "input_id": first, "vote": vote})
        voted = self.sent(people[0], "POST", "/answers",
                          json={"activity_id": statements["id"], "input_id": second, "vote": "pass"})
        rows = {r["input_id"]: r for r in voted["results"]["per_input"]}
        self.assertEqual((rows[first]["agree"], rows[first]["disagree"]), (2, 1))
        self.assertEqual(rows[second]["withheld"], "fewer_than_3")
        self.assertEqual(voted["my_answer"]["votes"], {str(first): "agree", str(second): "pass"})
        dots = self.activity(live["id"], kind="dots", title="Which initiative first?", budget=3)
        for text in ("Peer support in every region", "A shared first-contact route"):
            self.ok("POST", f"/live/{live['id']}/activities/{dots['id']}/inputs", "facilitator", status=201,
                    json={"text": text})
        ids = [i["id"] for i in next(a for a in self.sent(people[1], "GET", "")["activities"] if a["id"] == dots["id"])["inputs"]]
        placed = self.sent(people[1], "POST", "/answers",
                           json={"activity_id": dots["id"], "dots": [{"input_id": ids[0], "dots": 2}, {"input_id": ids[1], "dots": 1}]})
        self.assertEqual({r["input_id"]: r["dots"] for r in placed["results"]["per_input"]}, {ids[0]: 2, ids[1]: 1})
        status, _, problem = self.as_participant(people[1], "POST", "/answers", json={
            "activity_id": dots["id"], "dots": [{"input_id": ids[0], "dots": 3}, {"input_id": ids[1], "dots": 1}]})
        self.assertEqual((status, [e["field"] for e in problem["errors"]]), (422, ["dots"]), problem)
        self.assertIn("3", problem["errors"][0]["message"])
        after = next(a for a in self.sent(people[1], "GET", "")["activities"] if a["id"] == dots["id"])
        self.assertEqual(after["my_answer"]["dots"], [{"input_id": ids[0], "dots": 2}, {"input_id": ids[1], "dots": 1}])

    def test_every_change_is_numbered_and_a_client_catches_up(self):
        live = self.start()
        token = self.join(live["code"])
        seen = self.sent(token, "GET", "")["session"]["seq"]
        board = self.activity(live["id"], kind="ideas", title="Ideas")
        other = self.join(live["code"])
        self.sent(other, "POST", "/inputs", status=201, json={"activity_id": board["id"], "text": "More peer workers"})
        changes = self.sent(token, "GET", f"/changes?since={seen}")
        self.conforms(changes, "LiveChanges")
        kinds = [c["kind"] for c in changes["changes"]]
        self.assertEqual(kinds, ["activity_added", "activity_open", "participant_joined", "input_added"])
        self.assertEqual([c["seq"] for c in changes["changes"]], list(range(seen + 1, seen + 5)))
        self.assertEqual(changes["seq"], seen + 4)
        self.assertEqual(self.sent(token, "GET", f"/changes?since={changes['seq']}")["changes"], [])
        self.assertEqual(self.ok("GET", f"/live/{live['id']}/changes?since={seen}", "facilitator")["changes"],
                         changes["changes"])

    def test_bad_input_is_refused_and_changes_nothing(self):
        live = self.start()
        board = self.activity(live["id"], kind="ideas", title="Ideas")
        token = self.join(live["code"])
        for body, field in (({"activity_id": board["id"], "text": "x" * 501}, "text"),
                            ({"activity_id": board["id"], "text": "  "}, "text"),
                            ({"activity_id": "one", "text": "An idea"}, "activity_id")):
            status, _, problem = self.as_participant(token, "POST", "/inputs", json=body)
            self.assertEqual((status, [e["field"] for e in problem["errors"]]), (422, [field]), problem)
        self.assertEqual(self.sent(token, "GET", "")["activities"][0]["inputs"], [])
        for body, field in (({"title": ""}, "title"), ({"title": "x", "event_id": 999999}, "event_id")):
            status, _, problem = self.api("POST", "/live", "facilitator", json=body)
            self.assertEqual((status, [e["field"] for e in problem["errors"]]), (422, [field]), problem)
        status, _, problem = self.api("POST", f"/live/{live['id']}/activities", "facilitator",
                                      json={"kind": "poll", "title": "Which?", "poll_type": "single", "options": ["A"]})
        self.assertEqual((status, [e["field"] for e in problem["errors"]]), (422, ["options"]), problem)
        self.assertEqual(self.api("POST", "/live", "observer", json={"title": "x"})[0], 403)
        # A flood is refused after the limit, in the reader's language; what came before stays.
        status = 201
        sent = 0
        while status == 201 and sent < 100:
            status, _, problem = self.as_participant(token, "POST", "/inputs", headers={"Accept-Language": "sv"},
                                                     json={"activity_id": board["id"], "text": f"Idea {sent}"})
            sent += 1 if status == 201 else 0
        self.assertEqual(status, 429, problem)
        self.assertIn("vänta en minut", problem["detail"])
        self.assertEqual(len(self.sent(token, "GET", "")["activities"][0]["inputs"]), sent)
        self.assertEqual(sent, 60)
        # Taking an upvote back and giving it again counts too: every request is one.
        voter = self.join(live["code"])
        idea = self.sent(voter, "GET", "")["activities"][0]["inputs"][0]["id"]
        statuses = [self.as_participant(voter, "POST", "/answers",
                                        json={"activity_id": board["id"], "input_id": idea})[0]
                    for _ in range(61)]
        self.assertEqual(statuses, [200] * 60 + [429])

    def test_joining_through_the_personal_link_records_attendance(self):
        # An event that begins today: attendance can be taken.
        today = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Stockholm")).date()
        event = self.ok("POST", "/events", "coordinator", status=201, json={
            "title": "Dialogue in the room", "type": "policy_dialogue", "themes": [], "format": "online",
            "link": "https://meet.example.org/room", "starts_at": f"{today}T23:58", "ends_at": f"{today}T23:59",
            "time_zone": "Europe/Stockholm", "capacity": 5})
        path = f"/events/{event['id']}"
        people = [p for p in self.ok("GET", "/people?limit=50", "coordinator")["items"] if p["email"]][:2]
        self.ok("POST", path + "/invitations", "coordinator", status=201,
                json={"person_ids": [p["id"] for p in people]})
        for to in ("designed", "open_for_invitations"):
            self.ok("POST", path + "/transitions", "coordinator", json={"to": to})
        self.ok("POST", path + "/invitations/send", "coordinator", json={})
        bodies = [m["body"] for m in self.ok("GET", "/outbox", "coordinator")["items"] if m["event_id"] == event["id"]]
        tokens = [m.group(1) for m in map(re.compile(r"/rsvp#([A-Za-z0-9_-]{43})").search, bodies) if m]
        self.assertEqual(len(tokens), 2, bodies)
        live = self.start("In the room", event_id=event["id"])
        status, _, joined = self.server.request("POST", "/api/v1/live/join", use_session=False,
                                                json={"code": live["code"], "rsvp_token": tokens[0]})
        self.assertEqual((status, joined.get("attendance_recorded")), (200, True), joined)
        statuses = sorted(i["status"] for i in self.ok("GET", path + "/invitations", "coordinator")["items"])
        self.assertEqual(statuses, ["attended", "invited"])
        # What they send stays anonymous: the console names no one.
        board = self.activity(live["id"], kind="ideas", title="First thoughts")
        self.sent(joined["participant_token"], "POST", "/inputs", status=201,
                  json={"activity_id": board["id"], "text": "Shorter waiting lists"})
        console = json.dumps(self.ok("GET", f"/live/{live['id']}", "facilitator"))
        for p in people:
            self.assertNotIn(p["name"], console)
        # A link of another event, or one that works nowhere, is refused by name; nothing is added.
        other = self.start("Elsewhere")
        for code, token in ((other["code"], tokens[1]), (live["code"], "A" * 43)):
            status, _, problem = self.server.request("POST", "/api/v1/live/join", use_session=False,
                                                     json={"code": code, "rsvp_token": token})
            self.assertEqual((status, [e["field"] for e in problem["errors"]]), (422, ["rsvp_token"]), problem)
        statuses = sorted(i["status"] for i in self.ok("GET", path + "/invitations", "coordinator")["items"])
        self.assertEqual(statuses, ["attended", "invited"])

    # -- WebSockets ------------------------------------------------------------------------
    def ws_url(self, path):
        return self.server.base_url.replace("http://", "ws://") + path

    def test_changes_arrive_over_websockets_and_a_participant_who_was_cut_off_catches_up(self):
        live = self.start()
        board = self.activity(live["id"], kind="ideas", title="What would help?")
        token = self.join(live["code"])
        other = self.join(live["code"])
        facilitator_headers = {"Authorization": "Bearer " + self.tokens["facilitator"]}

        async def scenario():
            url = self.ws_url(f"/api/v1/live/ws?code={live['code']}")
            async with websockets.connect(url) as participant, \
                    websockets.connect(self.ws_url(f"/api/v1/live/{live['id']}/ws"),
                                       extra_headers=facilitator_headers) as console:
                await participant.send(json.dumps({"type": "hello", "token": token, "since": 0}))
                welcome = json.loads(await participant.recv())
                self.assertEqual(welcome["type"], "welcome")
                self.assertEqual([c["kind"] for c in welcome["changes"]][:2], ["activity_added", "activity_open"])
                await console.send(json.dumps({"type": "hello", "since": welcome["seq"]}))
                self.assertEqual(json.loads(await console.recv())["changes"], [])
                # An idea sent over the socket: the sender's result, and a change for both.
                await participant.send(json.dumps({"type": "input", "ref": 7, "activity_id": board["id"],
                                                   "text": "A peer worker in every clinic"}))
                got = [json.loads(await participant.recv()) for _ in range(2)]
                result = next(m for m in got if m["type"] == "result")
                self.assertEqual((result["ref"], result["status"]), (7, 201))
                self.assertEqual(result["body"]["inputs"][0]["text"], "A peer worker in every clinic")
                change = json.loads(await asyncio.wait_for(console.recv(), 5))
                self.assertEqual((change["type"], change["kind"], change["activity_id"]),
                                 ("change", "input_added", board["id"]))
                # A refusal comes back as the HTTP route's problem, in the reader's language.
                await participant.send(json.dumps({"type": "input", "ref": "x", "activity_id": board["id"],
                                                   "text": "x" * 501}))
                refused = next(m for m in [json.loads(await participant.recv())] if m["type"] == "result")
                self.assertEqual((refused["status"], refused["body"]["errors"][0]["field"]), (422, "text"))
                last_seen = change["seq"]
            # Cut off: meanwhile another participant answers over plain HTTP.
            self.sent(other, "POST", "/answers", json={"activity_id": board["id"],
                                                      "input_id": result["body"]["inputs"][0]["id"]})
            async with websockets.connect(url) as again:
                await again.send(json.dumps({"type": "hello", "token": token, "since": last_seen}))
                welcome = json.loads(await again.recv())
                self.assertEqual([c["kind"] for c in welcome["changes"]], ["answered"])
                self.assertEqual(welcome["seq"], last_seen + 1)

        asyncio.run(scenario())

    def test_a_socket_refuses_wrong_codes_tokens_and_plain_requests(self):
        live = self.start()
        other = self.start("Another workshop")
        stranger = self.join(other["code"])

        async def scenario():
            with self.assertRaises(websockets.exceptions.InvalidStatusCode) as wrong:
                async with websockets.connect(self.ws_url("/api/v1/live/ws?code=ZZZZZ2")):
                    pass
            self.assertEqual(wrong.exception.status_code, 404)
            async with websockets.connect(self.ws_url(f"/api/v1/live/ws?code={live['code']}")) as socket:
                await socket.send(json.dumps({"type": "input", "activity_id": 1, "text": "before hello"}))
                self.assertEqual(json.loads(await socket.recv())["status"], 422)
                # A token of another session does not open this one.
                await socket.send(json.dumps({"type": "hello", "token": stranger, "since": 0}))
                refused = json.loads(await socket.recv())
                self.assertEqual((refused["type"], refused["status"]), ("error", 404))
                await socket.send("[" * 10000)
                self.assertEqual(json.loads(await socket.recv())["status"], 400)
                await socket.send(json.dumps({"type": "ping"}))
                self.assertEqual(json.loads(await socket.recv()), {"type": "pong"})
            # The console needs an account that runs live sessions, and the samla page's origin.
            for headers, status in (({"Authorization": "Bearer " + self.tokens["observer"]}, 403),
                                    ({}, 401),
                                    ({"Authorization": "Bearer " + self.tokens["facilitator"],
                                      "Origin": "https://evil.example.org"}, 403)):
                with self.assertRaises(websockets.exceptions.InvalidStatusCode) as refused:
                    async with websockets.connect(self.ws_url(f"/api/v1/live/{live['id']}/ws"),
                                                  extra_headers=headers):
                        pass
                self.assertEqual(refused.exception.status_code, status, headers)

        asyncio.run(scenario())
        status, _, problem = self.server.request("GET", f"/api/v1/live/ws?code={live['code']}", use_session=False)
        self.assertEqual(status, 426, problem)


LiveApiOnPostgres = on_postgres(LiveApi)


class LiveShutdown(unittest.TestCase):
    def test_the_server_stops_gracefully_with_sockets_open_and_closes_them(self):
        server = SamlaServer().start()
        try:
            server.add_user("live-admin", "admin", PASSWORD)
            token = server.samla("token", "create", "live-admin").stdout.strip()
            status, _, live = server.request("POST", "/api/v1/live", token=token, json={"title": "Short meeting"})
            self.assertEqual(status, 201, live)

            async def scenario():
                url = server.base_url.replace("http://", "ws://") + f"/api/v1/live/ws?code={live['code']}"
                sockets = [await websockets.connect(url) for _ in range(3)]
                loop = asyncio.get_running_loop()
                # SIGTERM while three sockets are open: the server closes them and exits 0.
                code = await loop.run_in_executor(None, server.stop)
                self.assertEqual(code, 0, server.log())
                for socket in sockets:
                    with self.assertRaises(websockets.exceptions.ConnectionClosed):
                        await asyncio.wait_for(socket.recv(), 10)

            asyncio.run(scenario())
        finally:
            server.stop()


if __name__ == "__main__":
    unittest.main()
