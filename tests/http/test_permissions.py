"""The role × route permission walk: every route the server describes, called anonymously
and with a token of every role, answers exactly as the permission table says.

The expected table below is written independently of the server's own route table: a route
the server adds without adding it here fails the test, so no route escapes the walk.
"""

import re
import unittest

from samla_server import ServerTestCase

ROLES = ["admin", "coordinator", "facilitator", "participant", "observer"]

# The permission table (src/access/permissions.cc), restated for the test.
ALLOWED = {
    "read_register": {"admin", "coordinator", "facilitator", "observer"},
    "write_register": {"admin", "coordinator"},
    "write_taxonomy": {"admin", "coordinator"},
    "export_register": {"admin", "coordinator"},
    "assess_stakeholders": {"admin", "coordinator"},
    "read_special_category": {"admin", "coordinator"},
    "plan_events": {"admin", "coordinator", "facilitator"},
    "manage_users": {"admin"},
    "read_audit": {"admin"},
    "use_own_account": set(ROLES),
    "manage_actions": {"admin", "coordinator"},
    "manage_programme": {"admin", "coordinator"},
    "rate_initiatives": {"admin", "coordinator", "facilitator"},
    "read_resources": set(ROLES),
    "manage_resources": {"admin", "coordinator", "facilitator"},
    "manage_privacy": {"admin"},
    "run_live_sessions": {"admin", "coordinator", "facilitator"},
}

# Every route and the action it requires (None: public).
ROUTES = {
    "GET /": None,
    "GET /api/v1/health": None,
    "GET /api/v1/ready": None,
    "GET /metrics": "read_audit",
    "GET /api/v1/openapi.json": None,
    "GET /api/v1/messages": None,
    "POST /api/v1/session": None,
    # The first account, through the set-up link (once; afterwards 404).
    "GET /api/v1/setup": None,
    "POST /api/v1/setup": None,
    "GET /api/v1/session": "use_own_account",
    "DELETE /api/v1/session": "use_own_account",
    # How far the caller's own long work has come (an import with ?progress=KEY).
    "GET /api/v1/progress/{key}": "use_own_account",
    "GET /api/v1/users": "manage_users",
    "POST /api/v1/users": "manage_users",
    "GET /api/v1/users/directory": "plan_events",
    "GET /api/v1/users/{id}": "manage_users",
    "PATCH /api/v1/users/{id}": "manage_users",
    "GET /api/v1/tokens": "use_own_account",
    "POST /api/v1/tokens": "use_own_account",
    "DELETE /api/v1/tokens/{id}": "use_own_account",
    "GET /api/v1/audit": "read_audit",
    "GET /api/v1/countries": "read_register",
    "POST /api/v1/people/import": "write_register",
    "POST /api/v1/organisations/import": "write_register",
    "GET /api/v1/people/export": "export_register",
    "GET /api/v1/organisations/export": "export_register",
    "POST /api/v1/assessments": "assess_stakeholders",
    "POST /api/v1/assessments/batch": "assess_stakeholders",
    "GET /api/v1/assessments": "read_register",
    "GET /api/v1/analysis/stakeholders": "read_register",
    "GET /api/v1/analysis/settings": "read_register",
    "PUT /api/v1/analysis/settings": "assess_stakeholders",
    "GET /api/v1/privacy/settings": "read_register",
    "PUT /api/v1/privacy/settings": "read_special_category",
    "GET /api/v1/analysis/coverage": "read_register",
    "GET /api/v1/kickoff-lists": "read_register",
    "POST /api/v1/kickoff-lists": "assess_stakeholders",
    "GET /api/v1/kickoff-lists/{id}": "read_register",
    "POST /api/v1/kickoff-lists/{id}/entries": "assess_stakeholders",
    "PATCH /api/v1/kickoff-lists/{id}/entries/{entry_id}": "assess_stakeholders",
    "POST /api/v1/kickoff-lists/{id}/transitions": "assess_stakeholders",
    "GET /api/v1/kickoff-lists/{id}/export": "export_register",
    "POST /api/v1/kickoff-lists/{id}/invitations": "assess_stakeholders",
    "POST /api/v1/events/{id}/transitions": "plan_events",
    "POST /api/v1/events/{id}/duplicate": "plan_events",
    "POST /api/v1/events/{id}/selections": "plan_events",
    "GET /api/v1/events/{id}/selections": "read_register",
    "GET /api/v1/selections/{id}": "read_register",
    "GET /api/v1/events/{id}/calendar.ics": "read_register",
    "POST /api/v1/events/{id}/invitations": "plan_events",
    "GET /api/v1/events/{id}/invitations": "read_register",
    "GET /api/v1/people/{id}/events": "read_register",
    "GET /api/v1/events/{id}/attendance": "plan_events",
    "GET /api/v1/events/{id}/sign-in-sheet": "plan_events",
    "POST /api/v1/events/{id}/invitations/send": "plan_events",
    "POST /api/v1/events/{id}/invitations/remind": "plan_events",
    "GET /api/v1/invitations/{id}": "read_register",
    "DELETE /api/v1/invitations/{id}": "plan_events",
    "POST /api/v1/invitations/{id}/transitions": "plan_events",
    "GET /api/v1/invitations/{id}/calendar.ics": "read_register",
    "GET /api/v1/outbox": "plan_events",
    "GET /api/v1/outbox/export": "plan_events",
    "GET /api/v1/network": "read_register",
    "GET /api/v1/network/export": "export_register",
    "GET /api/v1/network/trends": "read_register",
    "GET /api/v1/network/introductions": "read_register",
    "POST /api/v1/network/introductions/note": "write_register",
    # The RSVP routes take the personal token (X-RSVP-Token) instead of an account.
    "GET /api/v1/rsvp": None,
    "POST /api/v1/rsvp": None,
    "GET /api/v1/rsvp/calendar.ics": None,
    "GET /api/v1/rsvp/evaluation": None,
    "POST /api/v1/rsvp/evaluation": None,
    # An event's evaluation (the service then lets only the event's own facilitators change
    # it, and observers read it once the event is held).
    "GET /api/v1/events/{id}/evaluation": "read_register",
    "PUT /api/v1/events/{id}/evaluation": "plan_events",
    "GET /api/v1/events/{id}/evaluation/results": "read_register",
    "POST /api/v1/events/{id}/evaluation/follow-ups": "plan_events",
    # Reports (the service then decides per report: writers, review by coordinators, readers
    # of approved reports; a public link opens a published one without an account).
    "POST /api/v1/reports": "plan_events",
    "GET /api/v1/reports": "read_register",
    "GET /api/v1/reports/{id}": "read_register",
    "PATCH /api/v1/reports/{id}": "plan_events",
    "POST /api/v1/reports/{id}/transitions": "plan_events",
    "GET /api/v1/reports/{id}/comments": "plan_events",
    "POST /api/v1/reports/{id}/comments": "plan_events",
    "POST /api/v1/reports/{id}/public-link": "plan_events",
    "DELETE /api/v1/reports/{id}/public-link": "plan_events",
    "GET /api/v1/public/reports/{token}": None,
    # An event's outcomes (the service then lets only the event's own facilitators write, and
    # observers read once the event is held).
    "GET /api/v1/events/{id}/outcomes": "read_register",
    "POST /api/v1/events/{id}/outcomes": "plan_events",
    "GET /api/v1/events/{id}/outcomes/{outcome_id}": "read_register",
    "PUT /api/v1/events/{id}/outcomes/{outcome_id}": "plan_events",
    "PATCH /api/v1/events/{id}/outcomes/{outcome_id}": "plan_events",
    "DELETE /api/v1/events/{id}/outcomes/{outcome_id}": "plan_events",
    "POST /api/v1/events/{id}/outcomes/order": "plan_events",
    # Action plans and actions: coordinators manage them, a group's lead those of the group's
    # plans, so their writes, one action, its timeline and its updates are open to every
    # account (the service decides, after the missing record); the board stays with readers.
    "POST /api/v1/events/{id}/outcomes/{outcome_id}/promote": "manage_actions",
    "GET /api/v1/actions/{id}": "use_own_account",
    "GET /api/v1/actions/export": "read_register",
    "POST /api/v1/my/calendar": "use_own_account",
    "DELETE /api/v1/my/calendar": "use_own_account",
    "GET /api/v1/calendar/{file}": None,  # by the feed's secret
    "GET /api/v1/actions/{id}/updates": "use_own_account",
    "POST /api/v1/actions/{id}/updates": "use_own_account",
    "GET /api/v1/my/actions": "use_own_account",
    "GET /api/v1/action-settings": "read_register",
    "PUT /api/v1/action-settings": "manage_actions",
    # Follow-up groups: coordinators create and delete them; their lead changes them and plans
    # their meetings (the service decides).
    "POST /api/v1/groups": "manage_actions",
    "PUT /api/v1/groups/{id}": "use_own_account",
    "PATCH /api/v1/groups/{id}": "use_own_account",
    "DELETE /api/v1/groups/{id}": "manage_actions",
    "GET /api/v1/groups/{id}/meetings": "read_register",
    "POST /api/v1/groups/{id}/meetings": "use_own_account",
    # E-mail about actions: the unsubscribe link works without an account.
    "POST /api/v1/unsubscribe": None,
    "GET /api/v1/my/action-mail": "use_own_account",
    "PUT /api/v1/my/action-mail": "use_own_account",
    # Programmes, their phases and gates: coordinators change them; whoever reads the register
    # reads them.
    "GET /api/v1/programme-templates": "read_register",
    "GET /api/v1/programmes/{id}/phases": "read_register",
    "POST /api/v1/programmes/{id}/phases": "manage_programme",
    "GET /api/v1/programmes/{id}/phases/{phase_id}": "read_register",
    "PUT /api/v1/programmes/{id}/phases/{phase_id}": "manage_programme",
    "PATCH /api/v1/programmes/{id}/phases/{phase_id}": "manage_programme",
    "DELETE /api/v1/programmes/{id}/phases/{phase_id}": "manage_programme",
    "POST /api/v1/programmes/{id}/phases/order": "manage_programme",
    "POST /api/v1/programmes/{id}/phases/from-template": "manage_programme",
    "POST /api/v1/programmes/{id}/phases/{phase_id}/sign-offs": "manage_programme",
    "POST /api/v1/programmes/{id}/phases/{phase_id}/gate": "manage_programme",
    # The initiative list: those who plan events propose and edit; raters rate; coordinators
    # accept or decline, make plans and set the weights.
    "POST /api/v1/initiatives/from-outcome": "plan_events",
    "PUT /api/v1/initiatives/{id}/ratings/mine": "rate_initiatives",
    "DELETE /api/v1/initiatives/{id}/ratings/mine": "rate_initiatives",
    "GET /api/v1/initiatives/{id}/ratings": "read_register",
    "POST /api/v1/initiatives/{id}/transitions": "manage_programme",
    "POST /api/v1/initiatives/{id}/action-plan": "manage_programme",
    "GET /api/v1/programmes/{id}/initiative-weights": "read_register",
    "PUT /api/v1/programmes/{id}/initiative-weights": "manage_programme",
    "GET /api/v1/programmes/{id}/changes": "read_register",
    # The dashboard: whoever reads the register, observers too (figures, no register data).
    "GET /api/v1/dashboard": "read_register",
    "GET /api/v1/dashboard/export": "read_register",
    # The resource library: everyone reads it (participants what is shared with everyone); those
    # who run workshops keep it and its files.
    "PUT /api/v1/resources/{id}/file": "manage_resources",
    "GET /api/v1/resources/{id}/file": "read_resources",
    "DELETE /api/v1/resources/{id}/file": "manage_resources",
    # Consents: readers of the register see them (lived experience only those who see it), its
    # writers record, withdraw and confirm them; admins add wordings.
    "GET /api/v1/people/{id}/consents": "read_register",
    "POST /api/v1/people/{id}/consents": "write_register",
    "POST /api/v1/people/{id}/consents/{consent_id}/withdraw": "write_register",
    "POST /api/v1/people/{id}/consents/{consent_id}/review": "write_register",
    "GET /api/v1/consent-texts": "read_register",
    "POST /api/v1/consent-texts": "manage_privacy",
    "GET /api/v1/privacy/review": "write_register",
    "GET /api/v1/privacy/inactive": "write_register",
    "GET /api/v1/privacy/processing": "read_register",
    # The own page: public, its page token (X-Own-Page-Token) is the caller; an account's own
    # person's page for any logged-in account.
    "POST /api/v1/me/link": None,
    "POST /api/v1/me/session": None,
    "POST /api/v1/me/account-session": "use_own_account",
    "GET /api/v1/me": None,
    "PATCH /api/v1/me": None,
    "POST /api/v1/me/consents": None,
    "GET /api/v1/me/export": None,
    "GET /api/v1/me/reports/{id}": None,
    # Duplicates: readers of the register see the candidates, its writers merge.
    "GET /api/v1/people/duplicates": "read_register",
    "GET /api/v1/organisations/duplicates": "read_register",
    "POST /api/v1/people/{id}/merge": "write_register",
    "POST /api/v1/organisations/{id}/merge": "write_register",
    # A person's export and erasure: admins.
    "GET /api/v1/people/{id}/export": "manage_privacy",
    "POST /api/v1/people/{id}/erasure": "manage_privacy",
    # Scheduled jobs: administrators see and run them.
    "GET /api/v1/jobs": "read_audit",
    "GET /api/v1/jobs/runs": "read_audit",
    "POST /api/v1/jobs/{name}/run": "manage_users",
    "POST /api/v1/live": "run_live_sessions",
    "GET /api/v1/live": "run_live_sessions",
    "GET /api/v1/live/{id}": "run_live_sessions",
    "POST /api/v1/live/{id}/close": "run_live_sessions",
    "GET /api/v1/live/{id}/qr.svg": "run_live_sessions",
    "GET /api/v1/live/{id}/changes": "run_live_sessions",
    "POST /api/v1/live/{id}/activities": "run_live_sessions",
    "POST /api/v1/live/{id}/activities/{activity_id}/open": "run_live_sessions",
    "POST /api/v1/live/{id}/activities/{activity_id}/close": "run_live_sessions",
    "POST /api/v1/live/{id}/activities/{activity_id}/inputs": "run_live_sessions",
    "POST /api/v1/live/{id}/inputs/{input_id}/hide": "run_live_sessions",
    "POST /api/v1/live/{id}/inputs/{input_id}/merge": "run_live_sessions",
    "POST /api/v1/live/{id}/activities/{activity_id}/clusters": "run_live_sessions",
    "POST /api/v1/live/{id}/inputs/{input_id}/cluster": "run_live_sessions",
    "GET /api/v1/live/{id}/activities/{activity_id}/opinion-groups": "run_live_sessions",
    "POST /api/v1/live/{id}/promote": "run_live_sessions",
    "POST /api/v1/live/find": None,
    "POST /api/v1/live/join": None,
    "GET /api/v1/live/ws": None,
    "GET /api/v1/live/{id}/ws": "run_live_sessions",
    "GET /api/v1/live/me": None,
    "GET /api/v1/live/me/changes": None,
    "POST /api/v1/live/me/inputs": None,
    "POST /api/v1/live/me/answers": None,
}
for collection, write in [("people", "write_register"), ("organisations", "write_register"),
                          ("themes", "write_taxonomy"), ("country-groups", "write_taxonomy"),
                          ("events", "plan_events"), ("lessons", "plan_events"),
                          ("ties", "write_register"), ("action-plans", "use_own_account"),
                          ("actions", "use_own_account"), ("groups", "manage_actions"),
                          ("programmes", "manage_programme"), ("initiatives", "plan_events"),
                          ("anchoring", "manage_programme"), ("agreements", "manage_programme"),
                          ("interactions", "write_register"),
                          ("resources", "manage_resources")]:
    read = "read_resources" if collection == "resources" else "read_register"
    ROUTES[f"GET /api/v1/{collection}"] = read
    ROUTES.setdefault(f"POST /api/v1/{collection}", write)
    ROUTES.setdefault(f"GET /api/v1/{collection}/{{id}}", read)
    ROUTES.setdefault(f"PUT /api/v1/{collection}/{{id}}", write)
    if collection not in ("events", "lessons", "ties"):  # replaced whole (PUT), not patched
        ROUTES.setdefault(f"PATCH /api/v1/{collection}/{{id}}", write)
    ROUTES[f"DELETE /api/v1/{collection}/{{id}}"] = write

PASSWORD = "permission-walk-password"
MISSING_ID = "987654321"  # no record has it: allowed callers get past the check to a 404


class PermissionWalk(ServerTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = {}
        for role in ROLES:
            name = "walk-" + role
            cls.server.add_user(name, role, PASSWORD)
            cls.tokens[role] = cls.server.samla("token", "create", name).stdout.strip()

    def described_routes(self):
        status, _, document = self.server.request("GET", "/api/v1/openapi.json")
        self.assertEqual(status, 200)
        routes = set()
        for path, item in document["paths"].items():
            for method in item:
                if method in {"get", "post", "put", "patch", "delete"}:
                    routes.add(f"{method.upper()} {path}")
        return routes

    def call(self, route, token):
        method, path = route.split(" ", 1)
        path = path.replace("{id}", MISSING_ID).replace("{entry_id}", MISSING_ID).replace(
            "{outcome_id}", MISSING_ID).replace("{consent_id}", MISSING_ID).replace(
            "{activity_id}", MISSING_ID).replace("{input_id}", MISSING_ID)
        # Writes send an empty object: callers who are allowed reach validation (422) or the
        # missing record (404); DELETE /session is sent last per role, see below.
        body = {} if method in {"POST", "PUT", "PATCH"} else None
        return self.server.request(method, path, json=body, token=token, use_session=False)

    def test_every_route_is_in_the_table(self):
        self.assertEqual(self.described_routes(), set(ROUTES))

    def test_anonymous_callers_get_401_on_every_protected_route(self):
        for route, action in ROUTES.items():
            status, headers, body = self.call(route, None)
            with self.subTest(route=route):
                if action is None:
                    self.assertNotIn(status, (401, 403), body)
                    self.assertLess(status, 500, body)
                else:
                    self.assertEqual(status, 401, body)
                    self.assertIn("bearer", headers.get("www-authenticate", "").lower())

    def test_every_role_gets_exactly_what_the_table_allows(self):
        for role in ROLES:
            for route, action in ROUTES.items():
                if action is None:
                    continue
                status, _, body = self.call(route, self.tokens[role])
                with self.subTest(role=role, route=route):
                    if role in ALLOWED[action]:
                        self.assertNotIn(status, (401, 403), body)
                        self.assertLess(status, 500, body)
                    else:
                        self.assertEqual(status, 403, body)
                        self.assertEqual(body["status"], 403)

    def test_every_problem_is_worded_in_a_swedish_readers_language(self):
        # Every refusal, missing record and bad body of every route, read in Swedish: the detail
        # and each field's message are the Swedish text of their code, never English.
        _, _, catalogue = self.server.request("GET", "/api/v1/messages")
        swedish = {"Accept-Language": "sv-SE,sv;q=0.9"}
        for role in ("coordinator", "participant"):
            for route, action in ROUTES.items():
                method, path = route.split(" ", 1)
                path = path.replace("{id}", MISSING_ID).replace("{entry_id}", MISSING_ID).replace(
                    "{outcome_id}", MISSING_ID)
                body = {} if method in {"POST", "PUT", "PATCH"} else None
                token = self.tokens[role] if action else None
                status, headers, answer = self.server.request(
                    method, path, json=body, token=token, use_session=False, headers=swedish)
                if status < 400 or not headers.get("content-type", "").startswith("application/problem+json"):
                    continue
                with self.subTest(role=role, route=route, status=status):
                    self.assertIn(answer["code"], catalogue)
                    self.assertEqual(answer["detail"], worded(catalogue[answer["code"]]["sv"], answer["params"]))
                    for error in answer.get("errors", []):
                        self.assertEqual(error["message"], worded(catalogue[error["code"]]["sv"], error["params"]))


def worded(pattern, params):
    """A message pattern filled as the server does: a list parameter (one value a line) as
    "a, b eller c"."""
    def value(name):
        items = params[name].split("\n")
        return items[0] if len(items) < 2 else ", ".join(items[:-1]) + " eller " + items[-1]
    return re.sub(r"\{(\w+)\}", lambda m: value(m.group(1)), pattern)


if __name__ == "__main__":
    unittest.main()
