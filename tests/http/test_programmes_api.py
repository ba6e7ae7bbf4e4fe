"""Programmes over HTTP on the demo, against a running `samla serve --demo`: the default
programme is "Kraftsamling för psykisk hälsa" on the Swedish process in its formation phase, and
the demo's events and groups belong to it; a record made without a programme goes into the
default one and a named one is kept; a coordinator makes a programme from the EU template,
whose gates check the data and refuse to pass (422 naming each unmet criterion, in the request's
language) until a coordinator signs them off with a note; observers read but do not change;
bad input (dates out of order, an unknown check, a stale If-Match, deleting the default) is
named and changes nothing."""

import unittest

import jsonschema  # noqa: F401  (conforms() uses it)

from samla_server import ServerTestCase

PASSWORD = "programmes-api-password"


class ProgrammesApi(ServerTestCase):
    server_args = ("--demo",)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("pr", PASSWORD, ("admin", "coordinator", "observer"))

    def default(self):
        return next(p for p in self.ok("GET", "/programmes", "observer")["items"] if p["is_default"])

    def test_the_demo_programme_stands_in_its_formation_phase(self):
        programmes = self.ok("GET", "/programmes", "observer")
        self.conforms(programmes, "ProgrammeList")
        swedish = self.default()
        self.assertEqual(swedish["name"], "Kraftsamling för psykisk hälsa")
        self.assertEqual(len(swedish["workstreams"]), 2)
        self.assertGreaterEqual(sum(m["status"] == "member" for m in swedish["members"]), 10)
        phases = self.ok("GET", f"/programmes/{swedish['id']}/phases", "observer")
        self.conforms(phases, "PhaseList")
        keys = [p["key"] for p in phases["items"]]
        self.assertEqual(keys[:5], ["forberedelse", "intressentkartlaggning", "intressentanalys",
                                    "kickoff", "formering"])
        current = next(p for p in phases["items"] if p["gate_status"] == "open")
        self.assertEqual(current["key"], "formering")
        self.assertFalse(current["gate_ready"])
        statement = next(c for c in current["criteria"] if c["check"] is None)
        self.assertIs(statement["met"], None)
        self.assertIsNone(statement["signed_off_at"])
        # The demo's events and groups belong to it.
        events = self.ok("GET", "/events", "observer")["items"]
        self.assertTrue(events)
        self.assertEqual({e["programme_id"] for e in events}, {swedish["id"]})
        demo_groups = {"Working group on first contact", "Campaign: talk about it"}
        groups = [g for g in self.ok("GET", "/groups", "observer")["items"] if g["name"] in demo_groups]
        self.assertEqual(len(groups), 2)
        self.assertEqual({g["programme_id"] for g in groups}, {swedish["id"]})

    def test_records_go_into_the_default_programme_unless_they_name_one(self):
        made = self.ok("POST", "/programmes", status=201, json={"name": "Second programme"})
        self.assertEqual(made["template_key"], None)
        plain = self.ok("POST", "/groups", status=201, json={"name": "A group without a programme"})
        self.assertEqual(plain["programme_id"], self.default()["id"])
        placed = self.ok("POST", "/groups", status=201,
                         json={"name": "A group of the second", "programme_id": made["id"]})
        self.assertEqual(placed["programme_id"], made["id"])
        status, _, body = self.api("POST", "/groups", json={"name": "Nowhere", "programme_id": 99999})
        self.assertEqual(status, 422, body)
        self.assertEqual([e["field"] for e in body["errors"]], ["programme_id"])
        plan = self.ok("POST", "/action-plans", status=201,
                       json={"title": "A plan of the second", "group_id": placed["id"],
                             "programme_id": made["id"]})
        self.assertEqual(plan["programme_id"], made["id"])
        # Each list of records that belong to a programme narrows to one with ?programme_id.
        default = self.default()["id"]
        for path in ("/groups", "/action-plans", "/events", "/reports", "/kickoff-lists"):
            everything = self.ok("GET", path, "observer")["items"]
            for programme in (made["id"], default):
                narrowed = self.ok("GET", f"{path}?programme_id={programme}", "observer")["items"]
                self.assertEqual([i["id"] for i in narrowed],
                                 [i["id"] for i in everything if i["programme_id"] == programme], path)
            for wrong in ("first", "0"):
                status, _, body = self.api("GET", f"{path}?programme_id={wrong}", "observer")
                self.assertEqual(status, 422, body)
                self.assertEqual([e["field"] for e in body["errors"]], ["programme_id"], path)
        self.assertEqual([g["id"] for g in self.ok("GET", f"/groups?programme_id={made['id']}")["items"]],
                         [placed["id"]])
        self.assertTrue(self.ok("GET", f"/events?programme_id={default}")["items"], "the demo's events")
        # A programme that holds records is kept; so is the default programme.
        status, _, body = self.api("DELETE", f"/programmes/{made['id']}")
        self.assertEqual(status, 409, body)
        status, _, body = self.api("DELETE", f"/programmes/{self.default()['id']}")
        self.assertEqual(status, 409, body)
        # The observer reads but does not change.
        status, _, _ = self.api("POST", "/programmes", "observer", json={"name": "Not mine"})
        self.assertEqual(status, 403)

    def test_a_gate_passes_only_when_every_criterion_holds_or_is_signed_off(self):
        made = self.ok("POST", "/programmes", status=201,
                       json={"name": "EU task", "template_key": "eu_joint_action"})
        phases = self.ok("GET", f"/programmes/{made['id']}/phases")["items"]
        self.assertEqual(len(phases), 7)
        lessons = next(p for p in phases if p["key"] == "lessons_learned")
        self.assertEqual(lessons["criteria"][0]["check"], "validated_lesson_per_theme")
        self.assertEqual(lessons["criteria"][0]["label_sv"], "Varje tema har en validerad lärdom")
        base = f"/programmes/{made['id']}/phases/{lessons['id']}"
        if lessons["criteria"][0]["met"]:
            self.skipTest("the demo's lessons already cover every theme")
        status, _, body = self.api("POST", base + "/gate?lang=sv", json={"to": "passed"},
                                   headers={"If-Match": f'"{lessons["version"]}"'})
        self.assertEqual(status, 422, body)
        self.assertEqual([e["field"] for e in body["errors"]], ["criteria[0]"])
        self.assertIn("Varje tema har en validerad lärdom", body["errors"][0]["message"])
        # A sign-off needs a note; with one, the gate passes.
        status, _, body = self.api("POST", base + "/sign-offs",
                                   json={"criterion_id": lessons["criteria"][0]["id"], "note": ""},
                                   headers={"If-Match": f'"{lessons["version"]}"'})
        self.assertEqual(status, 422, body)
        self.assertEqual([e["field"] for e in body["errors"]], ["note"])
        signed = self.ok("POST", base + "/sign-offs",
                         json={"criterion_id": lessons["criteria"][0]["id"],
                               "note": "The remaining themes are covered by the partners' reviews"},
                         headers={"If-Match": f'"{lessons["version"]}"'})
        self.assertTrue(signed["gate_ready"])
        # A note that is not text is named, not a server error.
        status, _, body = self.api("POST", base + "/gate", json={"to": "passed", "note": 7},
                                   headers={"If-Match": f'"{signed["version"]}"'})
        self.assertEqual(status, 422, body)
        self.assertEqual([e["field"] for e in body["errors"]], ["note"])
        # The old version is refused; the current one passes.
        status, _, _ = self.api("POST", base + "/gate", json={"to": "passed"},
                                headers={"If-Match": f'"{lessons["version"]}"'})
        self.assertEqual(status, 412)
        passed = self.ok("POST", base + "/gate", json={"to": "passed", "note": "Steering group"},
                         headers={"If-Match": f'"{signed["version"]}"'})
        self.conforms(passed, "Phase")
        self.assertEqual(passed["gate_status"], "passed")
        self.assertEqual(passed["gate_passed_by"], "pr-coordinator")
        audit = self.ok("GET", f"/audit?record_type=phase&record_id={lessons['id']}", "admin")
        self.assertIn("gate_passed", [e["action"] for e in audit["items"]])

    def test_recent_changes_name_the_programme_s_records_without_their_values(self):
        programmes = self.ok("GET", "/programmes")["items"]
        default, eu = programmes[0]["id"], programmes[1]["id"]
        made = self.ok("POST", "/resources", json={"title": "Ändringsprov", "programme_id": eu,
                                                  "language": "sv"}, status=201)
        self.ok("PUT", f"/resources/{made['id']}/file?filename=prov.txt", body=b"Prov.\n",
                headers={"If-Match": f'"{made["version"]}"'})
        changes = self.ok("GET", f"/programmes/{eu}/changes?limit=5", "observer")
        self.conforms(changes, "ProgrammeChangeList")
        latest = [(c["action"], c["record_type"], c["record_id"], c["title"]) for c in changes["items"][:2]]
        self.assertEqual(latest, [("upload", "resource", made["id"], "Ändringsprov"),
                                  ("create", "resource", made["id"], "Ändringsprov")])
        self.assertTrue(all(set(c) == {"id", "at", "by", "action", "record_type", "record_id", "title"}
                            for c in changes["items"]), "who, what and which record: no values")
        ids = [c["id"] for c in changes["items"]]
        self.assertEqual(ids, sorted(ids, reverse=True), "newest first")
        elsewhere = self.ok("GET", f"/programmes/{default}/changes?limit=100")["items"]
        self.assertNotIn(made["id"], [c["record_id"] for c in elsewhere if c["record_type"] == "resource"])
        for query, status in (("?limit=0", 422), ("?limit=101", 422), ("?limit=x", 422)):
            got, _, body = self.api("GET", f"/programmes/{eu}/changes{query}")
            self.assertEqual((got, body["errors"][0]["field"]), (status, "limit"), body)
        self.assertEqual(self.api("GET", "/programmes/987654/changes")[0], 404)

    def test_bad_input_is_named_and_changes_nothing(self):
        made = self.ok("POST", "/programmes", status=201,
                       json={"name": "Dated", "template_key": "swedish_process"})
        phases = self.ok("GET", f"/programmes/{made['id']}/phases")["items"]
        first, second = phases[0], phases[1]
        path = f"/programmes/{made['id']}/phases/"
        first = self.ok("PATCH", path + str(first["id"]),
                        json={"planned_start": "2027-03-01", "planned_end": "2027-04-30"})
        status, _, body = self.api("PATCH", path + str(second["id"]) + "?lang=sv",
                                   json={"planned_start": "2027-02-01", "planned_end": "2027-05-31"})
        self.assertEqual(status, 422, body)
        self.assertEqual([e["field"] for e in body["errors"]], ["planned_start"])
        self.assertIn("Förberedelse", body["errors"][0]["message"])
        status, _, body = self.api("POST", path.rstrip("/"), json={
            "key": "extra", "name_en": "Extra", "name_sv": "Extra",
            "criteria": [{"check": "share_assessed", "param": "half"}]})
        self.assertEqual(status, 422, body)
        self.assertEqual([e["field"] for e in body["errors"]], ["criteria[0].param"])
        status, _, body = self.api("POST", path.rstrip("/"), json={
            "key": "extra", "name_en": "Extra", "name_sv": "Extra", "criteria": [{"check": "luck"}]})
        self.assertEqual(status, 422, body)
        self.assertEqual(len(self.ok("GET", f"/programmes/{made['id']}/phases")["items"]), len(phases))
        status, _, body = self.api("POST", f"/programmes/{made['id']}/phases/order",
                                   json={"ids": [phases[0]["id"]]})
        self.assertEqual(status, 422, body)
        self.assertEqual([e["field"] for e in body["errors"]], ["ids"])
        status, _, body = self.api("PUT", f"/programmes/{made['id']}",
                                   json={"name": "Dated", "members": [
                                       {"organisation_id": 999999, "status": "member"}]},
                                   headers={"If-Match": f'"{made["version"]}"'})
        self.assertEqual(status, 422, body)
        self.assertEqual([e["field"] for e in body["errors"]], ["members[0].organisation_id"])
        self.assertEqual(self.ok("GET", f"/programmes/{made['id']}")["version"], made["version"])


if __name__ == "__main__":
    unittest.main()
