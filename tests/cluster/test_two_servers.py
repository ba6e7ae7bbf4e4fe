"""Two `samla serve` processes on one PostgreSQL behave as one (issue 22, part 1): a write on
one is seen by the next read on the other, also where an answer was kept; a session or token
made on one works on the other; a revocation, a disabled user or a new role made with the CLI
applies on both at the next request; failed logins count across both; two servers sending one
outbox send every message once."""

import email
import email.policy
import os
import random
import subprocess
import sys
import time
import unittest

try:
    from aiosmtpd.controller import Controller
except ImportError:  # the pyenv python may lack it; Debian's python3-aiosmtpd has it
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", "-m", "unittest", "-v", "test_two_servers"])
    raise

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "http"))
from smtp_sink import Collect, free_port  # noqa: E402
from samla_server import SamlaServer  # noqa: E402

PASSWORD = "two-servers-password"
POSTGRES = os.environ.get("SAMLA_TEST_POSTGRES_URL")



class Schema:
    """A PostgreSQL schema of its own, as the database both servers share."""

    def __init__(self):
        self.name = f"two_servers_{os.getpid()}_{random.randrange(1 << 30)}"
        self.psql(f"CREATE SCHEMA {self.name}")
        separator = "&" if "?" in POSTGRES else "?"
        self.url = f"{POSTGRES}{separator}options=-csearch_path%3D{self.name}"

    @staticmethod
    def psql(sql):
        return subprocess.run(["psql", POSTGRES, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql],
                              check=True, capture_output=True, text=True).stdout

    def drop(self):
        self.psql(f"DROP SCHEMA {self.name} CASCADE")


@unittest.skipUnless(POSTGRES, "needs PostgreSQL (make test starts one: scripts/with-postgres.sh)")
class TwoServers(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.schema = Schema()
        cls.a = SamlaServer(db_url=cls.schema.url).start()
        cls.b = SamlaServer(db_url=cls.schema.url).start()
        cls.a.add_user("two-coordinator", "coordinator", PASSWORD)
        cls.token = cls.a.samla("token", "create", "two-coordinator").stdout.strip()

    @classmethod
    def tearDownClass(cls):
        try:
            for server in (cls.a, cls.b):
                server.stop()
        finally:
            cls.schema.drop()

    def call(self, server, method, path, token=None, expect=None, **kwargs):
        status, headers, body = server.request(method, "/api/v1" + path, token=token or self.token,
                                               use_session=False, **kwargs)
        if expect is not None:
            self.assertEqual(status, expect, f"{method} {path} on {server.base_url}: {body}")
        return status, headers, body

    def test_a_write_on_one_is_seen_by_the_next_read_on_the_other(self):
        # Each server keeps answers (lists, their totals, single records) until something
        # changes; a change on the other server must retire them at once, every time.
        for n in range(12):
            writer, reader = (self.a, self.b) if n % 2 == 0 else (self.b, self.a)
            before = self.call(reader, "GET", "/people?tag=seen-across", expect=200)[2]["total"]
            self.call(reader, "GET", "/people?tag=seen-across", expect=200)  # now kept
            person = self.call(writer, "POST", "/people", expect=201,
                               json={"name": f"Across {n}", "tags": ["seen-across"]})[2]
            listed = self.call(reader, "GET", "/people?tag=seen-across", expect=200)[2]
            self.assertEqual(listed["total"], before + 1, f"round {n}: the other server's kept list")
            self.assertIn(f"Across {n}", [p["name"] for p in listed["items"]])
            path = f"/people/{person['id']}"
            self.assertIsNone(self.call(reader, "GET", path, expect=200)[2].get("title"))
            self.call(writer, "PATCH", path, expect=200, json={"title": f"Title {n}"},
                      headers={"If-Match": '"1"'})
            status, headers, body = self.call(reader, "GET", path, expect=200)
            self.assertEqual((body["title"], headers["etag"]), (f"Title {n}", '"2"'))

    def test_a_session_and_a_token_made_on_one_work_on_the_other(self):
        self.a.add_user("two-session", "facilitator", PASSWORD)
        self.a.login("two-session", PASSWORD)
        # The browser's cookie and CSRF token, carried to the other server.
        self.b.cookies, self.b.csrf_token = dict(self.a.cookies), self.a.csrf_token
        try:
            status, _, body = self.b.request("GET", "/api/v1/session")
            self.assertEqual((status, body["user"]["name"]), (200, "two-session"), body)
            token = self.b.create_token("made-on-b")
            self.assertEqual(self.call(self.a, "GET", "/session", token=token)[0], 200)
            self.a.logout()  # ends the session for both
            status, _, _ = self.b.request("GET", "/api/v1/session")
            self.assertEqual(status, 401)
        finally:
            self.b.cookies, self.b.csrf_token = {}, None

    def test_the_cli_revokes_disables_and_changes_roles_on_both_at_once(self):
        self.a.add_user("two-cli", "observer", PASSWORD)
        token = self.a.samla("token", "create", "two-cli", "--name", "both").stdout.strip()

        def on_both(path="/session"):
            return [self.call(server, "GET", path, token=token) for server in (self.a, self.b)]

        self.assertEqual([r[2]["user"]["role"] for r in on_both()], ["observer", "observer"])
        self.assertEqual([r[0] for r in on_both("/people")], [200, 200])  # now kept on both
        self.a.samla("user", "set-role", "two-cli", "facilitator")
        self.assertEqual([r[2]["user"]["role"] for r in on_both()], ["facilitator", "facilitator"])
        self.a.samla("user", "disable", "two-cli")
        self.assertEqual([r[0] for r in on_both()], [401, 401])
        self.assertEqual([r[0] for r in on_both("/people")], [401, 401])
        self.a.samla("user", "enable", "two-cli")
        self.assertEqual([r[0] for r in on_both()], [200, 200])
        token_id = self.a.samla("token", "list", "two-cli").stdout.splitlines()[1].split()[0]
        self.a.samla("token", "revoke", token_id)
        self.assertEqual([r[0] for r in on_both()], [401, 401])
        self.assertEqual([r[0] for r in on_both("/people")], [401, 401])

    def test_failed_logins_count_across_both_servers(self):
        self.a.add_user("two-throttle", "observer", PASSWORD)
        # Five failures are free (access/login_throttle.h); here they are shared out between the
        # servers, and the sixth on either makes the pair wait on both.
        for n in range(6):
            server = (self.a, self.b)[n % 2]
            status, _, _ = server.request("POST", "/api/v1/session", use_session=False,
                                          json={"name": "two-throttle", "password": "wrong"})
            self.assertEqual(status, 401 if n < 5 else 429, n)
        for server in (self.a, self.b):
            status, _, _ = server.request("POST", "/api/v1/session", use_session=False,
                                          json={"name": "two-throttle", "password": PASSWORD})
            self.assertEqual(status, 429, "the right password waits too, on both servers")



@unittest.skipUnless(POSTGRES, "needs PostgreSQL (make test starts one: scripts/with-postgres.sh)")
class TwoSendersOneOutbox(unittest.TestCase):
    def test_every_message_is_sent_once(self):
        schema = Schema()
        self.addCleanup(schema.drop)
        # A slow mail server (0.1 s a message): one sender alone would take 4 s over the 40, so
        # the second server's sender starts while the first is still at work.
        handler = Collect(delay=0.1)
        port = free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port)
        controller.start()
        self.addCleanup(controller.stop)
        # The messages are queued by a server that does not send...
        queuer = SamlaServer(db_url=schema.url).start()
        self.addCleanup(queuer.stop)
        queuer.add_user("two-outbox", "coordinator", PASSWORD)
        token = queuer.samla("token", "create", "two-outbox").stdout.strip()

        def api(server, method, path, **kwargs):
            status, _, body = server.request(method, "/api/v1" + path, token=token, use_session=False, **kwargs)
            self.assertLess(status, 300, body)
            return body

        people = [api(queuer, "POST", "/people", json={"name": f"Mottagare {n}", "country": "SE",
                                                        "email": f"m{n}@example.org"})["id"]
                  for n in range(40)]
        event = api(queuer, "POST", "/events", json={
            "title": "Nätverksträff", "type": "group_meeting", "format": "online",
            "link": "https://meet.example.org/natverk", "starts_at": "2027-05-04T13:00",
            "ends_at": "2027-05-04T14:00", "time_zone": "Europe/Stockholm", "capacity": 40})
        for step in ("designed", "open_for_invitations"):
            api(queuer, "POST", f"/events/{event['id']}/transitions", json={"to": step})
        api(queuer, "POST", f"/events/{event['id']}/invitations", json={"person_ids": people})
        api(queuer, "POST", f"/events/{event['id']}/invitations/send", json={})
        # ...and sent by two that start on them at once, each with its own envelope sender.
        for name in ("first", "second"):
            sender = SamlaServer(["--smtp-url", f"smtp://127.0.0.1:{port}",
                                  "--smtp-from", f"{name}@example.org"], db_url=schema.url).start()
            self.addCleanup(sender.stop)

        def statuses():
            return [m["status"] for m in api(queuer, "GET", "/outbox")["items"]]
        deadline = time.time() + 60
        while statuses().count("sent") < 40 and time.time() < deadline:
            time.sleep(0.2)
        self.assertEqual(statuses().count("sent"), 40, statuses())
        time.sleep(1)  # a message sent twice would arrive meanwhile
        ids = [email.message_from_bytes(e.original_content, policy=email.policy.default)["Message-ID"]
               for e in handler.messages]
        recipients = sorted(r for e in handler.messages for r in e.rcpt_tos)
        self.assertEqual(len(ids), 40, "each message once")
        self.assertEqual(len(set(ids)), 40)
        self.assertEqual(recipients, sorted(f"m{n}@example.org" for n in range(40)))
        senders = {e.mail_from for e in handler.messages}
        self.assertEqual(senders, {"first@example.org", "second@example.org"},
                         "both servers sent (they overlapped), and still none twice")


if __name__ == "__main__":
    unittest.main()
