"""The first run, over HTTP against a real `samla serve` on an empty database: the server prints
a one-time set-up link after its "listening" line (the secret after #, so it never reaches an
access log); GET /api/v1/setup says an account is needed; a wrong secret (404), a short
password (422 naming the field, in Swedish too) or an unknown field change nothing; the right
one creates the first administrator, logs them in with the session cookie and loads the demo;
the link works once, and a restarted server with an account prints none."""

import re
import time
import unittest

import jsonschema  # noqa: F401  (conforms() uses it)

from samla_server import SamlaServer, ServerTestCase

PASSWORD = "first-run-password"
_LINK = re.compile(r"(http://\S+)/setup#(\S+)")


def setup_link(server, timeout=20):
    """The link the server printed: (base URL, secret)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for line in list(server.output):
            match = _LINK.search(line)
            if match:
                return match.group(1), match.group(2)
        time.sleep(0.05)
    raise AssertionError("no set-up link printed:\n" + server.log())


class FirstRun(ServerTestCase):
    def test_the_link_makes_the_first_administrator_once(self):
        base, secret = setup_link(self.server)
        self.assertEqual(base, self.server.base_url)
        self.assertEqual(len(secret), 43)
        status, _, body = self.server.request("GET", "/api/v1/setup")
        self.assertEqual((status, body), (200, {"needed": True}))
        self.conforms(body, "SetupStatus")

        wrong = {"secret": "x" * 43, "name": "maria", "password": PASSWORD}
        status, _, problem = self.server.request("POST", "/api/v1/setup", json=wrong)
        self.assertEqual(status, 404, problem)
        status, _, problem = self.server.request(
            "POST", "/api/v1/setup", json={"secret": secret, "name": "maria", "password": "short"},
            headers={"Accept-Language": "sv"})
        self.assertEqual(status, 422, problem)
        self.assertEqual(problem["errors"][0]["field"], "password")
        self.assertIn("tecken", problem["errors"][0]["message"])
        status, _, problem = self.server.request(
            "POST", "/api/v1/setup", json={"secret": secret, "name": "maria", "password": PASSWORD,
                                           "role": "observer"})
        self.assertEqual(status, 422, problem)
        self.assertEqual(self.server.request("GET", "/api/v1/setup")[2], {"needed": True})

        status, headers, made = self.server.request(
            "POST", "/api/v1/setup", json={"secret": secret, "name": "maria", "password": PASSWORD,
                                           "demo": True})
        self.assertEqual(status, 201, made)
        self.conforms(made, "SetupResult")
        self.assertEqual((made["user"]["name"], made["user"]["role"]), ("maria", "admin"))
        self.assertGreater(made["demo"]["people"], 10)
        self.assertIn("HttpOnly", headers["set-cookie"])
        self.assertEqual(headers["cache-control"], "no-store")
        # The cookie logs in: the new administrator reads the demo's register.
        self.server.csrf_token = made["csrf_token"]
        status, _, me = self.server.request("GET", "/api/v1/session")
        self.assertEqual((status, me["user"]["name"]), (200, "maria"))
        status, _, people = self.server.request("GET", "/api/v1/people?limit=1")
        self.assertEqual(status, 200, people)
        self.assertEqual(people["total"], made["demo"]["people"])
        status, _, audit = self.server.request("GET", "/api/v1/audit?record_type=user")
        self.assertEqual(status, 200, audit)
        self.assertIn("setup link", [e["user_name"] for e in audit["items"]])

        self.assertEqual(self.server.request("GET", "/api/v1/setup")[2], {"needed": False})
        again = {"secret": secret, "name": "mallory", "password": PASSWORD}
        status, _, problem = self.server.request("POST", "/api/v1/setup", json=again)
        self.assertEqual(status, 404, problem)
        # The secret travelled only in bodies: no access-log line holds it but the printed link.
        self.assertEqual([line for line in self.server.output if secret in line and "/setup#" not in line], [])

    def test_a_server_with_an_account_prints_no_link(self):
        with SamlaServer() as other:
            setup_link(other)
            other.add_user("anna", "admin", PASSWORD)
            db_url = other.db_url
            other.process.terminate()
            other.process.wait(timeout=15)
            with SamlaServer(db_url=db_url) as restarted:
                status, _, body = restarted.request("GET", "/api/v1/setup")
                self.assertEqual((status, body), (200, {"needed": False}))
                time.sleep(0.5)
                self.assertFalse([line for line in restarted.output if "/setup#" in line], restarted.log())


if __name__ == "__main__":
    unittest.main()
