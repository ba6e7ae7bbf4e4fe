"""Every successful GET answers as its route declares, against a running `samla serve --demo`.

The walk reads the server's own OpenAPI document and, for every GET operation whose 200
response declares an application/json schema, builds concrete paths: each path parameter is
filled with the ids its parent collection lists (`/people/{id}` with every id of
`GET /people`, `/events/{id}/invitations` with every event, and so on), and a query a route
cannot answer without is supplied. Each path is requested by every role (and anonymously on
public routes): redaction changes the answers (lived experience, access needs and free text
are hidden from lower roles), so the schema must hold for all of them. A role the route
refuses (403) is skipped for that route; the admin must be answered on every route.

Bodies are validated with jsonschema's Draft 2020-12 validator against the declared schema,
with `#/components/schemas/...` resolved in the document: types, `required`, enums and
`additionalProperties: false` are checked; `format` is not. A failure names the route, the
role, the concrete path, the JSON path in the body, the schema location and the message.

Before the walk the demo workshop is taken one step further, as a user would, so that the
routes the demo alone leaves empty have something to answer with: a selection is run,
its people are proposed and invited (which fills the outbox with personal RSVP links), and
one of them answers through the link with access needs. Every GET route in the document is
either walked or listed in NOT_JSON with the reason, so a new route cannot escape the test.
"""

import os
import re
import sqlite3
import sys
import unittest
import urllib.parse

try:
    import jsonschema
except ImportError:  # the pyenv python may lack it; Debian's python3-jsonschema has it
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", "-m", "unittest", "-v", "test_response_schemas"])
    raise

from samla_server import ServerTestCase

PASSWORD = "response-schemas-password"
ROLES = ("admin", "coordinator", "facilitator", "observer", "participant")
JSON = "application/json"

# GET routes that cannot answer JSON: their 200 declares no application/json schema.
NOT_JSON = {
    "/": "the web app's HTML page",
    "/metrics": "Prometheus' text format (tests/http/test_operations.py reads it)",
    "/api/v1/events/{id}/calendar.ics": "an iCalendar file (text/calendar)",
    "/api/v1/invitations/{id}/calendar.ics": "an iCalendar file (text/calendar)",
    "/api/v1/rsvp/calendar.ics": "an iCalendar file (text/calendar)",
    "/api/v1/people/export": "a file download (CSV, JSON or XLSX)",
    "/api/v1/people/{id}/export": "a ZIP of everything about one person (GDPR art. 15, 20)",
    "/api/v1/me/export": "a ZIP of everything about oneself, from one's own page",
    "/api/v1/me/reports/{id}": "a report (HTML or a file) read on one's own page",
    "/api/v1/live/{id}/qr.svg": "the join link's QR code (SVG)",
    "/api/v1/live/ws": "a WebSocket (426 to a plain request)",
    "/api/v1/live/{id}/ws": "a WebSocket (426 to a plain request)",
    "/api/v1/organisations/export": "a file download (CSV, JSON or XLSX)",
    "/api/v1/network/export": "a file download",
    "/api/v1/kickoff-lists/{id}/export": "a file download",
    "/api/v1/outbox/export": "a file download (mbox)",
    "/api/v1/events/{id}/attendance": "a file download (CSV or XLSX)",
    "/api/v1/events/{id}/sign-in-sheet": "a page to print (HTML)",
    "/api/v1/actions/export": "a file download (CSV or XLSX)",
    "/api/v1/dashboard/export": "a file download (CSV or XLSX)",
    "/api/v1/resources/{id}/file": "a library file, served as an attachment in its own type",
    "/api/v1/calendar/{file}": "a personal calendar feed (text/calendar)",
    "/api/v1/public/reports/{token}": "a report through a public link (HTML, PDF, DOCX or Markdown)",
}

# Collections without a list route of their own, and the route that lists their ids: a path
# (its "items"), or (path, key, {field: value}) for records listed under `key` of another answer,
# those with the fields given.
LISTED_IN = {
    "/api/v1/invitations": "/api/v1/events/{id}/invitations",
    "/api/v1/selections": "/api/v1/events/{id}/selections",
    # Opinion groups are a statements activity's.
    "/api/v1/live/{id}/activities": ("/api/v1/live/{id}", "activities", {"kind": "statements"}),
}


def listing_for(collection):
    """(path, key, filter) that lists the ids of `collection`, a concrete path."""
    for template, listing in LISTED_IN.items():
        parts = re.split(r"\{[a-z_]+\}", template)
        match = re.fullmatch(r"(\d+)".join(map(re.escape, parts)), collection)
        if match:
            path, key, only = listing if isinstance(listing, tuple) else (listing, "items", {})
            for value in match.groups():
                path = re.sub(r"\{[a-z_]+\}", value, path, count=1)
            return path, key, only
    return collection, "items", {}


def listing_routes():
    return {listing[0] if isinstance(listing, tuple) else listing for listing in LISTED_IN.values()}

# Queries a route cannot answer without although the document marks none of them required:
# route → [(query parameter, the collection whose ids it takes)], one concrete path per id.
QUERY_FROM = {
    # 422 person_or_organisation_not_both without one of them.
    "/api/v1/assessments": [("person", "/api/v1/people"), ("organisation", "/api/v1/organisations")],
}

# Optional queries that change what an answer holds, requested besides the plain path.
ALSO_WITH = {
    "/api/v1/analysis/coverage": ["?rows=country_group"],
    "/api/v1/analysis/stakeholders": ["?theme=stigma_reduction&lang=sv"],
    "/api/v1/network": ["?edges=false", "?as_of=2025-01-01"],
    "/api/v1/network/trends": ["?as_of=2025-01-01"],
    "/api/v1/network/introductions": ["?as_of=2020-01-01"],  # before any tie: no items
    "/api/v1/events/{id}/evaluation/results": ["?by=country", "?by=perspective"],
}

# Routes whose refusal depends on the record as well as the role: a 403 on one of their paths
# is that record's answer (observers read an event's outcomes once it has been held).
REFUSED_PER_RECORD = {"/api/v1/events/{id}/outcomes", "/api/v1/events/{id}/outcomes/{outcome_id}",
                      "/api/v1/events/{id}/evaluation", "/api/v1/events/{id}/evaluation/results",
                      "/api/v1/reports/{id}", "/api/v1/reports/{id}/comments",
                      # a participant reads only the actions that involve their person
                      "/api/v1/actions/{id}", "/api/v1/actions/{id}/updates"}

# Routes whose records some roles may not know of: a 404 for such a role on one of their paths is
# that record's answer (a participant reads only the library resources shared with everyone).
HIDDEN_PER_RECORD = {"/api/v1/resources/{id}": {"participant"}}

# The progress of work only the user who started it may read (anyone else: 404, see
# test_register_api): walked as the admin, who imports with this key in the set-up.
PROGRESS_ROUTE = "/api/v1/progress/{key}"
PROGRESS_KEY = "schemas-0123456789abcdef"

# Routes that take a personal token in a header instead of an account.
RSVP_ROUTES = {"/api/v1/rsvp", "/api/v1/rsvp/evaluation"}
OWN_PAGE_ROUTES = {"/api/v1/me"}  # read with a page token (X-Own-Page-Token)
LIVE_ROUTES = {"/api/v1/live/me", "/api/v1/live/me/changes"}  # a participant's token (X-Live-Token)
OWN_PAGE_LINK = re.compile(r"/me#([A-Za-z0-9_-]{43})\b")
RSVP_LINK = re.compile(r"/rsvp#([A-Za-z0-9_-]{43})\b")

MAX_PATHS_PER_ROUTE = 60  # enough for every id on a list's first page
MAX_KINDS_SHOWN = 25
MIN_ROUTES_VALIDATED = 36  # 39 JSON GET routes when this was written
MIN_ROUTES_VALIDATED_AS_OBSERVER = 31  # 34 when this was written


def json_pointer(*keys):
    return "/".join(str(k).replace("~", "~0").replace("/", "~1") for k in keys)


def resolve_pointer(document, ref):
    """The node a local reference (`#/a/b`) names in the document."""
    node = document
    for key in ref.removeprefix("#/").split("/"):
        key = key.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def json_path(error, any_index=False):
    """The place in the body, as `$.items[0].name` (or `$.items[*].name`)."""
    return "$" + "".join(("[*]" if any_index else f"[{k}]") if isinstance(k, int) else f".{k}"
                         for k in error.absolute_path)


def schema_location(document, start, schema_path):
    """Where in the document the failing keyword is, following `$ref`s (jsonschema leaves
    them out of the schema path): e.g. `#/components/schemas/Person/properties/id/type`."""
    node, where = resolve_pointer(document, start), start
    for number, key in enumerate(schema_path):
        while isinstance(node, dict) and key not in node and "$ref" in node:
            where = node["$ref"]
            node = resolve_pointer(document, where)
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):  # say where the walk lost its way
            return where + " then " + json_pointer(*list(schema_path)[number:])
        where += "/" + json_pointer(key)
    return where


def mismatch(error, document, start):
    """(what kind of mismatch, one line describing it): mismatches of one kind differ only
    in their item indexes, e.g. the same field of every item of a list."""
    location = schema_location(document, start, error.absolute_schema_path)
    text = f"{json_path(error)}: {error.message} (schema {location})"
    if error.context:  # anyOf / oneOf: say what came closest
        closest = jsonschema.exceptions.best_match(error.context)
        text += f"; closest: {json_path(closest)}: {closest.message}"
    return (json_path(error, any_index=True), location), text


class ResponseSchemas(ServerTestCase):
    server_args = ("--demo",)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("schemas", PASSWORD, roles=ROLES)
        status, _, cls.document = cls.server.request("GET", "/api/v1/openapi.json")
        assert status == 200, (status, cls.document)
        cls.validators = {}
        cls.rsvp_tokens = cls.take_the_demo_workshop_to_its_invitations()
        cls.own_page_token = cls.open_an_own_page()
        cls.live_token = cls.run_a_live_session()
        cls.admin("POST", f"/api/v1/people/import?dry_run=true&progress={PROGRESS_KEY}",
                  body="name\nAda Berg\n".encode(), headers={"Content-Type": "text/csv"})

    # -- set-up: what the demo leaves empty ------------------------------------------------
    @classmethod
    def admin(cls, method, path, expect=200, **kwargs):
        status, _, body = cls.server.request(method, path, token=cls.tokens["admin"], **kwargs)
        assert status == expect, (method, path, status, body)
        return body

    @classmethod
    def take_the_demo_workshop_to_its_invitations(cls):
        """Runs a selection on the demo workshop, proposes and invites its people and lets one
        of them answer with access needs; returns the RSVP tokens found in the outbox."""
        events = cls.admin("GET", "/api/v1/events")["items"]
        workshop = next(e for e in events if e["type"] == "thematic_workshop" and e["status"] == "designed")
        path = f"/api/v1/events/{workshop['id']}"
        selection = cls.admin("POST", path + "/selections", expect=201, json={
            "seats": 6, "quotas": [{"kind": "lived_experience_share", "share": 0.3},
                                   {"kind": "perspective_min", "key": "policymaker", "count": 1}]})
        cls.admin("POST", path + "/invitations", expect=201, json={"selection_id": selection["id"]})
        # The readiness gate: each of the workshop's themes needs a validated lesson.
        for lesson in cls.admin("GET", "/api/v1/lessons")["items"]:
            if lesson["status"] != "validated" and set(lesson["themes"]) & set(workshop["themes"]):
                cls.admin("PUT", f"/api/v1/lessons/{lesson['id']}",
                          headers={"If-Match": f'"{lesson["version"]}"'},
                          json={"text": lesson["text"], "source": lesson["source"],
                                "themes": lesson["themes"], "status": "validated"})
        cls.admin("POST", path + "/transitions", json={"to": "open_for_invitations"})
        cls.admin("POST", path + "/invitations/send", json={})
        bodies = [m["body"] for m in cls.admin("GET", "/api/v1/outbox")["items"]]
        tokens = [found.group(1) for found in map(RSVP_LINK.search, bodies) if found]
        assert tokens, bodies
        status, _, answer = cls.server.request(
            "POST", "/api/v1/rsvp", use_session=False, headers={"X-RSVP-Token": tokens[0]},
            json={"response": "accepted", "attendance_mode": "in_person", "interpretation_language": "sv",
                  "access_needs": "Wheelchair access.", "access_needs_consent": True,
                  "comment": "Looking forward to it."})
        assert status == 200, (status, answer)
        return tokens

    @classmethod
    def run_a_live_session(cls):
        """A live session with a poll and an ideas board that a participant has used, and
        statements that six voted on in two camps (opinion groups)."""
        live = cls.admin("POST", "/api/v1/live", expect=201, json={"title": "Schema walk"})
        base = f"/api/v1/live/{live['id']}/activities"
        board = cls.admin("POST", base, expect=201, json={"kind": "ideas", "title": "Ideas"})
        poll = cls.admin("POST", base, expect=201, json={"kind": "poll", "poll_type": "scale", "title": "How far?"})
        statements = cls.admin("POST", base, expect=201, json={"kind": "statements", "title": "Agree?"})
        for activity in (board, poll, statements):
            cls.admin("POST", f"{base}/{activity['id']}/open")
        for text in ("Waiting times first", "Schools should screen", "Peer workers everywhere"):
            cls.admin("POST", f"{base}/{statements['id']}/inputs", expect=201, json={"text": text})
        inputs = [i["id"] for i in next(a for a in cls.admin("GET", f"/api/v1/live/{live['id']}")["activities"]
                                        if a["id"] == statements["id"])["inputs"]]
        for voter in range(6):
            status, _, joined = cls.server.request("POST", "/api/v1/live/join", use_session=False,
                                                   json={"code": live["code"]})
            assert status == 200, (status, joined)
            for n, input_id in enumerate(inputs):
                vote = "agree" if n == 0 or (n % 2) == (voter % 2) else "disagree"
                status, _, answer = cls.server.request(
                    "POST", "/api/v1/live/me/answers", use_session=False,
                    headers={"X-Live-Token": joined["participant_token"]},
                    json={"activity_id": statements["id"], "input_id": input_id, "vote": vote})
                assert status == 200, (status, answer)
        status, _, joined = cls.server.request("POST", "/api/v1/live/join", use_session=False,
                                               json={"code": live["code"], "display_name": "Kim"})
        assert status == 200, (status, joined)
        token = joined["participant_token"]
        for path, body in (("/inputs", {"activity_id": board["id"], "text": "More peer workers"}),
                           ("/answers", {"activity_id": poll["id"], "value": 4})):
            status, _, answer = cls.server.request("POST", "/api/v1/live/me" + path, use_session=False,
                                                   headers={"X-Live-Token": token}, json=body)
            assert status in (200, 201), (status, answer)
        return token

    @classmethod
    def open_an_own_page(cls):
        """Asks for a demo person's own page by e-mail and opens the link the outbox holds."""
        person = next(p for p in cls.admin("GET", "/api/v1/people?limit=100")["items"] if p["email"])
        status, _, _ = cls.server.request("POST", "/api/v1/me/link", use_session=False,
                                          json={"email": person["email"]})
        assert status == 202, status
        # The link is the person's alone (masked in the outbox for everyone): read as the mail has it.
        db = sqlite3.connect(cls.server.db_url.removeprefix("sqlite:"))
        stored = db.execute("SELECT personal_link FROM outbox WHERE kind = 'own_page'").fetchone()[0]
        db.close()
        link = OWN_PAGE_LINK.search(stored).group(1)
        status, _, answer = cls.server.request("POST", "/api/v1/me/session", use_session=False,
                                               json={"token": link})
        assert status == 200, (status, answer)
        return answer["page_token"]

    # -- the document ----------------------------------------------------------------------
    def get_operations(self):
        """{path: operation} for every GET in the document."""
        return {path: item["get"] for path, item in self.document["paths"].items() if "get" in item}

    @staticmethod
    def declares_json(operation):
        return JSON in operation.get("responses", {}).get("200", {}).get("content", {})

    def json_routes(self):
        return {path: op for path, op in self.get_operations().items() if self.declares_json(op)}

    def schema_pointer(self, path):
        return "#/" + json_pointer("paths", path, "get", "responses", "200", "content", JSON, "schema")

    def validator_for(self, path):
        """A Draft 2020-12 validator for the route's 200 schema, its references resolved in
        the document's components (the same in jsonschema 4.10 and later), formats unchecked."""
        if path not in self.validators:
            schema = dict(self.document["paths"][path]["get"]["responses"]["200"]["content"][JSON]["schema"])
            schema["components"] = self.document["components"]
            self.validators[path] = jsonschema.Draft202012Validator(schema)
        return self.validators[path]

    def mismatches(self, path, body):
        """[(kind, line)] for every way the body breaks the route's schema."""
        errors = self.validator_for(path).iter_errors(body)
        return [mismatch(e, self.document, self.schema_pointer(path))
                for e in sorted(errors, key=lambda e: [(str(type(k)), k) for k in e.absolute_path])]

    def failures(self, path, body):
        return [line for _, line in self.mismatches(path, body)]

    # -- concrete paths ----------------------------------------------------------------------
    def ids_listed_by(self, collection):
        """Every id on the first page of the collection, over every way to fill its own
        path parameters."""
        ids = []
        listing, key, only = listing_for(collection)
        for path in self.concrete_paths(listing):
            status, _, body = self.server.request("GET", path, token=self.tokens["admin"])
            self.assertEqual(status, 200, f"GET {path} (to find ids for {collection}): {body}")
            ids += [item["id"] for item in body[key] if all(item.get(f) == v for f, v in only.items())]
        return ids

    def concrete_paths(self, template):
        """The template with its first parameter filled with each id its parent collection
        lists, recursively; no paths when a collection is empty."""
        found = re.search(r"/\{([a-z_]+)\}", template)
        if not found:
            return [template]
        collection = template[:found.start()]
        paths = []
        for record_id in self.ids_listed_by(collection):
            paths += self.concrete_paths(template.replace(found.group(0), f"/{record_id}", 1))
            if len(paths) >= MAX_PATHS_PER_ROUTE:
                break
        return paths[:MAX_PATHS_PER_ROUTE]

    def queries(self, template, operation):
        """The query strings to request the route with: one per id for QUERY_FROM routes, else
        the required parameters with a value from their schema (enum, default or example),
        and the ALSO_WITH variants."""
        if template in QUERY_FROM:
            return [f"?{name}={record_id}" for name, collection in QUERY_FROM[template]
                    for record_id in self.ids_listed_by(collection)][:MAX_PATHS_PER_ROUTE]
        required = {}
        for parameter in operation.get("parameters", []):
            if parameter["in"] == "query" and parameter.get("required"):
                schema = parameter.get("schema", {})
                candidates = (schema.get("enum", [None])[0], schema.get("default"), parameter.get("example"))
                for value in candidates:
                    if value is not None:
                        required[parameter["name"]] = value
                        break
                else:
                    self.fail(f"GET {template}: no value for the required query parameter "
                              f"{parameter['name']}; add the route to QUERY_FROM")
        plain = urllib.parse.urlencode(required)
        return ["?" + plain if plain else ""] + [
            variant + ("&" + plain if plain else "") for variant in ALSO_WITH.get(template, [])]

    def requests(self, template, operation):
        """[(concrete path with its query, headers)] for the route."""
        if template in RSVP_ROUTES:
            return [(template, {"X-RSVP-Token": token}) for token in self.rsvp_tokens]
        if template in OWN_PAGE_ROUTES:
            return [(template, {"X-Own-Page-Token": self.own_page_token})]
        if template in LIVE_ROUTES:
            return [(template, {"X-Live-Token": self.live_token})]
        if template == PROGRESS_ROUTE:
            return [(template.replace("{key}", PROGRESS_KEY), {})]
        return [(path + query, {}) for path in self.concrete_paths(template)
                for query in self.queries(template, operation)]

    def callers(self, template, operation):
        """[(who, token)]: every role, and anonymously on public routes (security: [])."""
        if template in RSVP_ROUTES:
            return [("anonymous with the RSVP link", None)]
        if template in OWN_PAGE_ROUTES:
            return [("anonymous with an own page's token", None)]
        if template in LIVE_ROUTES:
            return [("anonymous with a live session's participant token", None)]
        if template == PROGRESS_ROUTE:
            return [("admin", self.tokens["admin"])]
        roles = [(role, self.tokens[role]) for role in ROLES]
        return [("anonymous", None)] + roles if operation.get("security") == [] else roles

    # -- the tests -------------------------------------------------------------------------
    def test_every_get_route_is_walked_or_skipped_with_a_reason(self):
        operations = self.get_operations()
        walked = set(self.json_routes())
        self.assertEqual(set(operations) - walked - set(NOT_JSON), set(),
                         "GET routes that declare no JSON 200 and are not in NOT_JSON")
        self.assertEqual(set(NOT_JSON) - set(operations), set(), "NOT_JSON lists routes the document lacks")
        self.assertEqual(set(NOT_JSON) & walked, set(), "NOT_JSON lists routes that declare JSON: walk them")
        named = set(QUERY_FROM) | set(ALSO_WITH) | RSVP_ROUTES | OWN_PAGE_ROUTES | LIVE_ROUTES | listing_routes() | {PROGRESS_ROUTE}
        self.assertEqual(named - walked, set(), "the tables name routes the document does not have as JSON GETs")

    def test_every_json_answer_matches_its_declared_schema(self):
        reached, observer_answered = set(), set()
        for template, operation in sorted(self.json_routes().items()):
            requests = self.requests(template, operation)
            with self.subTest(route=f"GET {template}", role="any"):
                self.assertTrue(requests, f"GET {template}: no concrete path (an empty parent list?)")
            if not requests:
                continue
            for who, token in self.callers(template, operation):
                with self.subTest(route=f"GET {template}", role=who):
                    refused, problems = self.answers_as(template, who, token, requests)
                    if refused:
                        continue
                    reached.add(template)
                    if who == "observer":
                        observer_answered.add(template)
                    self.assert_no_problems(template, who, problems)
        self.assertGreaterEqual(len(reached), MIN_ROUTES_VALIDATED, sorted(reached))
        self.assertGreaterEqual(len(observer_answered), MIN_ROUTES_VALIDATED_AS_OBSERVER,
                                sorted(observer_answered))

    def answers_as(self, template, who, token, requests):
        """Requests every path as one caller: (refused, {kind: [mismatch line]}). Only a role
        other than the admin may be refused (403), and then on the route's first path."""
        may_be_refused = who in ROLES and who != "admin"
        problems = {}
        for number, (path, headers) in enumerate(requests):
            status, response_headers, body = self.server.request(
                "GET", path, token=token, headers=headers, use_session=False)
            if status == 403 and number == 0 and may_be_refused:
                return True, {}
            if status == 403 and template in REFUSED_PER_RECORD and may_be_refused:
                continue
            if status == 404 and who in HIDDEN_PER_RECORD.get(template, ()):
                continue
            content_type = response_headers.get("content-type", "")
            if status != 200 or not content_type.startswith(JSON):
                found = [(("status", status), f"{status} {content_type} {str(body)[:300]}")]
            else:
                found = self.mismatches(template, body)
            for kind, line in found:
                problems.setdefault(kind, []).append(f"GET {path}: {line}")
        return False, problems

    def assert_no_problems(self, template, who, problems):
        """Fails with one example of each kind of mismatch and how often it occurred."""
        if problems:
            lines = [examples[0] + (f"  [and {len(examples) - 1} more like it]" if len(examples) > 1 else "")
                     for examples in list(problems.values())[:MAX_KINDS_SHOWN]]
            if len(problems) > MAX_KINDS_SHOWN:
                lines.append(f"... and {len(problems) - MAX_KINDS_SHOWN} more kinds")
            self.fail(f"GET {template} as {who}: {len(problems)} kind(s) of mismatch with "
                      f"{self.schema_pointer(template)}\n" + "\n".join(lines))

    def test_the_validation_does_reject_a_wrong_body(self):
        # Guards against a schema or a reference resolution that accepts anything.
        person = self.admin("GET", self.concrete_paths("/api/v1/people/{id}")[0])
        self.assertEqual(self.failures("/api/v1/people/{id}", person), [])
        without_id = {k: v for k, v in person.items() if k != "id"}
        self.assertEqual(self.failures("/api/v1/people/{id}", without_id),
                         ["$: 'id' is a required property (schema #/components/schemas/Person/required)"])
        page = {"items": [dict(person, id="1")], "total": 1, "next": None}
        self.assertEqual(self.failures("/api/v1/people", page),
                         ["$.items[0].id: '1' is not of type 'integer' "
                          "(schema #/components/schemas/Person/properties/id/type)"])
        user = self.admin("GET", self.concrete_paths("/api/v1/users/{id}")[0])
        self.assertEqual(self.failures("/api/v1/users/{id}", user), [])
        self.assertIn("#/components/schemas/User/additionalProperties",
                      str(self.failures("/api/v1/users/{id}", dict(user, colour="red"))))
        self.assertIn("#/components/schemas/User/properties/role/enum",
                      str(self.failures("/api/v1/users/{id}", dict(user, role="king"))))
        # Formats are not checked: a created_at that is no date-time passes.
        self.assertEqual(self.failures("/api/v1/users/{id}", dict(user, created_at="yesterday")), [])


if __name__ == "__main__":
    unittest.main()
