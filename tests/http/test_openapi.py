"""GET /api/v1/openapi.json is a valid OpenAPI 3.1 document (checked against the official
JSON Schema, tests/http/openapi-3.1-schema.json, schema 2022-10-07) that describes every
route the issue requires, and every route it describes is served as documented."""

import json
import os
import re
import sys
import unittest

try:
    import jsonschema
except ImportError:  # the pyenv python may lack it; Debian's python3-jsonschema has it
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", "-m", "unittest", "-v", "test_openapi"])
    raise

from samla_server import ServerTestCase

HERE = os.path.dirname(os.path.abspath(__file__))

# The routes issues 2, 5 and 6 require, written out independently of the server's route table.
EXPECTED = """
GET /api/v1/health
GET /api/v1/openapi.json
POST /api/v1/session
GET /api/v1/session
DELETE /api/v1/session
GET /api/v1/users
POST /api/v1/users
GET /api/v1/users/{id}
PATCH /api/v1/users/{id}
GET /api/v1/tokens
POST /api/v1/tokens
DELETE /api/v1/tokens/{id}
GET /api/v1/audit
GET /api/v1/people
POST /api/v1/people
GET /api/v1/people/{id}
PUT /api/v1/people/{id}
DELETE /api/v1/people/{id}
GET /api/v1/organisations
POST /api/v1/organisations
GET /api/v1/organisations/{id}
PUT /api/v1/organisations/{id}
DELETE /api/v1/organisations/{id}
GET /api/v1/themes
POST /api/v1/themes
GET /api/v1/themes/{id}
PUT /api/v1/themes/{id}
DELETE /api/v1/themes/{id}
GET /api/v1/country-groups
POST /api/v1/country-groups
GET /api/v1/country-groups/{id}
PUT /api/v1/country-groups/{id}
DELETE /api/v1/country-groups/{id}
GET /api/v1/countries
POST /api/v1/assessments
GET /api/v1/assessments
GET /api/v1/analysis/stakeholders
GET /api/v1/analysis/settings
PUT /api/v1/analysis/settings
GET /api/v1/analysis/coverage
GET /api/v1/kickoff-lists
POST /api/v1/kickoff-lists
GET /api/v1/kickoff-lists/{id}
POST /api/v1/kickoff-lists/{id}/entries
PATCH /api/v1/kickoff-lists/{id}/entries/{entry_id}
GET /api/v1/kickoff-lists/{id}/export
GET /api/v1/events
POST /api/v1/events
GET /api/v1/events/{id}
PUT /api/v1/events/{id}
DELETE /api/v1/events/{id}
POST /api/v1/events/{id}/transitions
POST /api/v1/events/{id}/selections
GET /api/v1/events/{id}/selections
GET /api/v1/selections/{id}
GET /api/v1/events/{id}/calendar.ics
POST /api/v1/events/{id}/invitations
GET /api/v1/events/{id}/invitations
POST /api/v1/events/{id}/invitations/send
GET /api/v1/invitations/{id}
DELETE /api/v1/invitations/{id}
POST /api/v1/invitations/{id}/transitions
GET /api/v1/invitations/{id}/calendar.ics
GET /api/v1/rsvp
POST /api/v1/rsvp
GET /api/v1/rsvp/calendar.ics
GET /api/v1/outbox
GET /api/v1/outbox/export
GET /api/v1/ties
POST /api/v1/ties
GET /api/v1/ties/{id}
PUT /api/v1/ties/{id}
DELETE /api/v1/ties/{id}
GET /api/v1/network
GET /api/v1/network/export
GET /api/v1/network/trends
GET /api/v1/network/introductions
POST /api/v1/network/introductions/note
GET /api/v1/lessons
POST /api/v1/lessons
GET /api/v1/lessons/{id}
PUT /api/v1/lessons/{id}
DELETE /api/v1/lessons/{id}
"""

METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def operations(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield method.upper(), path, operation


def resolve(document, pointer):
    node = document
    for part in pointer.lstrip("#/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[part]
    return node


class OpenApiDocument(ServerTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        status, headers, cls.document = cls.server.request("GET", "/api/v1/openapi.json")
        assert status == 200, (status, cls.document)
        assert headers["content-type"] == "application/json", headers

    def test_valid_against_the_openapi_3_1_schema(self):
        with open(os.path.join(HERE, "openapi-3.1-schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        self.assertEqual(schema["$id"], "https://spec.openapis.org/oas/3.1/schema/2022-10-07")
        validator = jsonschema.Draft202012Validator(schema)
        errors = sorted(validator.iter_errors(self.document), key=lambda e: list(e.absolute_path))
        self.assertEqual([], [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:20]])
        self.assertEqual(self.document["openapi"], "3.1.0")

    def test_the_validator_does_reject_a_broken_document(self):
        # Guards against a schema or validator that accepts anything.
        with open(os.path.join(HERE, "openapi-3.1-schema.json"), encoding="utf-8") as f:
            validator = jsonschema.Draft202012Validator(json.load(f))
        broken = json.loads(json.dumps(self.document))
        first_path = next(iter(broken["paths"]))
        method = next(iter(broken["paths"][first_path]))
        broken["paths"][first_path][method]["responses"] = "none"
        broken["paths"][first_path][method]["parameters"] = [{"name": "x", "in": "nowhere"}]
        self.assertFalse(validator.is_valid(broken))
        self.assertFalse(validator.is_valid({"openapi": "3.1.0"}))

    def test_every_ref_resolves(self):
        refs = []

        def walk(node):
            if isinstance(node, dict):
                for key, value in node.items():
                    if key == "$ref" and isinstance(value, str):
                        refs.append(value)
                    else:
                        walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        walk(self.document)
        self.assertTrue(refs)
        for ref in refs:
            self.assertTrue(ref.startswith("#/"), ref)
            try:
                resolve(self.document, ref)
            except (KeyError, TypeError):
                self.fail(f"{ref} does not resolve")

    def test_every_required_route_is_described(self):
        described = {f"{method} {path}" for method, path, _ in operations(self.document)}
        missing = [line for line in EXPECTED.strip().splitlines() if line not in described]
        self.assertEqual([], missing)

    def test_operation_ids_unique_and_operations_complete(self):
        ids = [op["operationId"] for _, _, op in operations(self.document)]
        self.assertEqual(len(ids), len(set(ids)))
        for method, path, op in operations(self.document):
            where = f"{method} {path}"
            self.assertTrue(op.get("summary"), where)
            self.assertTrue(op.get("tags"), where)
            # A success: 2xx, or 101 for a WebSocket's upgrade (the live sessions').
            self.assertTrue(any(code.startswith("2") or code == "101" for code in op["responses"]), where)
            declared = {p["name"] for p in op.get("parameters", []) if p["in"] == "path"}
            self.assertEqual(set(re.findall(r"{([^}]+)}", path)), declared, where)

    def test_every_described_route_is_served_and_protected_as_described(self):
        # Routing comes before authentication, so without credentials a protected route
        # answers 401 and a public one anything but the router's 404/405.
        for method, path, op in operations(self.document):
            where = f"{method} {path}"
            concrete = re.sub(r"{[^}]+}", "1", path)
            status, _, body = self.server.request(method, concrete, use_session=False)
            public = op.get("security", self.document.get("security")) == []
            if public:
                self.assertNotEqual(status, 405, where)
                if status == 404:
                    self.assertNotEqual(body.get("detail"), "No resource at this path.", where)
            else:
                self.assertEqual(status, 401, where)


if __name__ == "__main__":
    unittest.main()
