"""Every JSON body a client sends is read the same way, against a running `samla serve --demo`:
nesting is bounded (one limit, in the body reader), so no request can end the server or be
stored in the audit log however deep it nests; and a field the route does not describe is
refused with a 422 naming it, on every route that takes a body, instead of being dropped or
stored. A record's own read-only fields (id, version, created_at, updated_at) are accepted
and ignored, so a client may send back what it read."""

import re
import unittest

from samla_server import ServerTestCase

PASSWORD = "request-bodies-password"
UNKNOWN = "surely_not_a_field"


class RequestBodies(ServerTestCase):
    default_role = "admin"
    server_args = ("--demo",)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("body", PASSWORD)

    def alive(self):
        status, _, body = self.server.request("GET", "/api/v1/health")
        self.assertEqual(status, 200, f"the server stopped answering:\n{self.server.log()}")
        return body

    def workshop(self):
        events = self.api("GET", "/events")[2]["items"]
        return next(e for e in events if e["type"] == "thematic_workshop")

    def selections_and_audit(self, event):
        selections = self.api("GET", f"/events/{event['id']}/selections")[2]["total"]
        audit = self.api("GET", "/audit?limit=1")[2]["items"]
        return selections, audit[0]["id"] if audit else 0

    def test_deep_nesting_is_refused_before_anything_reads_it(self):
        event = self.workshop()
        before = self.selections_and_audit(event)
        path = f"/events/{event['id']}/selections"
        bodies = {
            "100,000 unclosed brackets in an unknown field":
                '{"' + UNKNOWN + '": ' + "[" * 100000 + "}",
            "100,000 closed brackets in weights": '{"weights": ' + "[" * 100000 + "]" * 100000 + "}",
            "40,000 levels of objects": '{"weights": ' + '{"a":' * 40000 + "1" + "}" * 40000 + "}",
            "33 levels, one more than allowed": '{"seats": 1, "pool": ' + "[" * 32 + "]" * 32 + "}",
        }
        for what, body in bodies.items():
            with self.subTest(what):
                status, headers, problem = self.api(
                    "POST", path, role="facilitator", body=body,
                    headers={"Content-Type": "application/json"})
                self.assertEqual(status, 400, problem)
                self.assertEqual(headers["content-type"], "application/problem+json")
                self.assertIn("32 levels", problem["detail"])
                self.alive()
        self.assertEqual(self.selections_and_audit(event), before, "nothing is stored or audited")

    def test_unknown_fields_are_refused_and_named_wherever_they_sit(self):
        event = self.workshop()
        before = self.selections_and_audit(event)
        path = f"/events/{event['id']}/selections"
        cases = [
            ({"seats": 2, UNKNOWN: [[[1]]]}, UNKNOWN),
            ({"seats": 2, "weights": {"relevance": 1, "speed": 3}}, "weights.speed"),
            ({"seats": 2, "pool": {"country": "SE", "colour": "red"}}, "pool.colour"),
            ({"seats": 2, "quotas": [{"kind": "sector_min", "key": "region", "count": 1,
                                      "strict": True}]}, "quotas[0].strict"),
        ]
        for body, field in cases:
            with self.subTest(field):
                status, _, problem = self.api("POST", path, role="facilitator", json=body)
                self.assertEqual(status, 422, problem)
                self.assertEqual([e["field"] for e in problem["errors"]], [field])
        self.assertEqual(self.selections_and_audit(event), before)

        design = {k: v for k, v in event.items() if k not in ("status", "readiness_override")}
        agenda = [dict(event["agenda"][0], colour="red")] + event["agenda"][1:]
        status, _, problem = self.api("PUT", f"/events/{event['id']}", json=dict(design, agenda=agenda),
                                      headers={"If-Match": f'"{event["version"]}"'})
        self.assertEqual(status, 422, problem)
        self.assertEqual([e["field"] for e in problem["errors"]], ["agenda[0].colour"])
        status, _, problem = self.api("PUT", f"/events/{event['id']}", json=dict(design, status="held"),
                                      headers={"If-Match": f'"{event["version"]}"'})
        self.assertEqual(status, 422, "a status is changed by a transition, not by PUT")
        self.assertEqual([e["field"] for e in problem["errors"]], ["status"])

    def test_a_records_own_read_only_fields_are_accepted_and_ignored(self):
        event = self.workshop()
        design = {k: v for k, v in event.items() if k not in ("status", "readiness_override")}
        design.update(id=999999, version=12345, created_at="1999-01-01T00:00:00Z",
                      updated_at="1999-01-01T00:00:00Z", title=event["title"] + " (renamed)")
        status, _, changed = self.api("PUT", f"/events/{event['id']}", json=design,
                                      headers={"If-Match": f'"{event["version"]}"'})
        self.assertEqual(status, 200, changed)
        self.assertEqual((changed["id"], changed["version"], changed["created_at"]),
                         (event["id"], event["version"] + 1, event["created_at"]))

    def test_every_route_with_a_body_refuses_a_field_it_does_not_describe(self):
        _, _, document = self.server.request("GET", "/api/v1/openapi.json")
        tried = []
        for path, operations in document["paths"].items():
            for method, operation in operations.items():
                if "application/json" not in operation.get("requestBody", {}).get("content", {}):
                    continue  # none, or a file's bytes (an upload): no fields to refuse
                concrete = re.sub(r"\{[a-z_]+\}", "1", path)[len("/api/v1"):]
                headers = {"X-RSVP-Token": "x" * 43} if concrete.startswith("/rsvp") else {}
                status, _, problem = self.api(method.upper(), concrete, json={UNKNOWN: 1},
                                              headers=headers)
                with self.subTest(f"{method.upper()} {path}"):
                    self.assertEqual(status, 422, problem)
                    self.assertIn(UNKNOWN, [e["field"] for e in problem["errors"]])
                tried.append(path)
        self.assertGreater(len(tried), 25, "every route with a body was tried")
        self.alive()


if __name__ == "__main__":
    unittest.main()
