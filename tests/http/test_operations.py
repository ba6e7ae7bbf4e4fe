"""What those who run samla ask of a server (issue 22, part 6): GET /metrics in Prometheus'
text format for those allowed (requests, the latency histogram, the database pool, the outbox,
errors), GET /api/v1/ready for load balancers, an X-Request-Id on every answer, and logs as
JSON lines carrying it (`--log-format json`)."""

import json
import re
import time
import unittest

from samla_server import SamlaServer, ServerTestCase

PASSWORD = "operations-password"


def samples(text):
    """{(name, labels): value} of a Prometheus text page; every line must parse."""
    out = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        match = re.fullmatch(r'([a-z_]+)(\{[^}]*\})? (\S+)', line)
        assert match, f"not a sample line: {line!r}"
        out[(match.group(1), match.group(2) or "")] = float(match.group(3))
    return out


class Operations(ServerTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("ops", PASSWORD)

    def metrics(self):
        status, headers, body = self.server.request("GET", "/metrics", token=self.tokens["admin"],
                                                    use_session=False, raw=True)
        self.assertEqual(status, 200)
        self.assertEqual(headers["content-type"], "text/plain; version=0.0.4; charset=utf-8")
        return samples(body.decode())

    def test_metrics_are_for_those_allowed_and_count_what_happened(self):
        status, _, _ = self.server.request("GET", "/metrics", use_session=False)
        self.assertEqual(status, 401)
        for role in ("coordinator", "facilitator", "observer"):
            status, _, _ = self.server.request("GET", "/metrics", token=self.tokens[role], use_session=False)
            self.assertEqual(status, 403, role)
        before = self.metrics()
        for _ in range(5):
            self.api("GET", "/people", "coordinator")
        self.api("GET", "/people/999999", "coordinator")  # a 404
        after = self.metrics()
        two = ("samla_http_requests_total", '{code="2xx"}')
        four = ("samla_http_requests_total", '{code="4xx"}')
        # The five reads, and the admin's first scrape (counted once answered).
        self.assertGreaterEqual(after[two] - before[two], 6)
        self.assertGreaterEqual(after[four] - before[four], 1)
        # The histogram: cumulative buckets ending in +Inf = the count = every request.
        buckets = [v for (name, labels), v in after.items() if name == "samla_http_request_duration_seconds_bucket"]
        self.assertEqual(buckets, sorted(buckets))
        count = after[("samla_http_request_duration_seconds_count", "")]
        self.assertEqual(after[("samla_http_request_duration_seconds_bucket", '{le="+Inf"}')], count)
        self.assertEqual(count, sum(v for (name, _), v in after.items() if name == "samla_http_requests_total"))
        self.assertGreater(after[("samla_http_request_duration_seconds_sum", "")], 0)
        self.assertIn(("samla_db_pool_sessions", '{state="idle"}'), after)
        self.assertGreaterEqual(after[("samla_db_pool_opened", "")], 1)
        self.assertIn(("samla_errors_total", ""), after)
        self.assertIn(("samla_http_waiting_requests", ""), after)
        self.assertIn(("samla_websockets_open", ""), after)

    def test_the_outbox_is_counted_by_status(self):
        person = self.ok("POST", "/people", "coordinator", status=201,
                         json={"name": "Mätbar Mottagare", "country": "SE", "email": "matbar@example.org"})
        event = self.ok("POST", "/events", "coordinator", status=201, json={
            "title": "Mätmöte", "type": "group_meeting", "format": "online",
            "link": "https://meet.example.org/m", "starts_at": "2027-05-04T13:00",
            "ends_at": "2027-05-04T14:00", "time_zone": "Europe/Stockholm", "capacity": 5})
        for step in ("designed", "open_for_invitations"):
            self.ok("POST", f"/events/{event['id']}/transitions", "coordinator", json={"to": step})
        before = self.metrics().get(("samla_outbox_messages", '{status="queued"}'), 0)
        self.ok("POST", f"/events/{event['id']}/invitations", "coordinator", status=201,
                json={"person_ids": [person["id"]]})
        self.ok("POST", f"/events/{event['id']}/invitations/send", "coordinator", json={})
        self.assertEqual(self.metrics()[("samla_outbox_messages", '{status="queued"}')], before + 1)

    def test_ready_and_request_ids(self):
        status, headers, body = self.server.request("GET", "/api/v1/ready", use_session=False)
        self.assertEqual((status, body), (200, {"status": "ready"}))
        self.assertRegex(headers["x-request-id"], r"^[0-9a-f]{32}$")
        # A proxy's id is kept; one that could forge a log line is replaced.
        _, headers, _ = self.server.request("GET", "/api/v1/health", use_session=False,
                                            headers={"X-Request-Id": "lb-7f3a.42"})
        self.assertEqual(headers["x-request-id"], "lb-7f3a.42")
        _, headers, _ = self.server.request("GET", "/api/v1/health", use_session=False,
                                            headers={"X-Request-Id": "x\" injected"})
        self.assertRegex(headers["x-request-id"], r"^[0-9a-f]{32}$")
        ids = set()
        for _ in range(20):
            ids.add(self.server.request("GET", "/api/v1/health", use_session=False)[1]["x-request-id"])
        self.assertEqual(len(ids), 20)


class JsonLogs(unittest.TestCase):
    def test_every_line_is_json_and_the_access_line_has_the_request_id(self):
        server = SamlaServer(["--log-format", "json"]).start()
        self.addCleanup(server.stop)
        _, headers, _ = server.request("GET", "/api/v1/people?q=x", use_session=False,
                                       headers={"X-Request-Id": "trace-123"})
        deadline = time.time() + 5
        while time.time() < deadline and not any("trace-123" in line for line in server.output):
            time.sleep(0.05)
        lines = [line for line in server.output if line.startswith("{")]
        self.assertTrue(lines, server.log())
        parsed = [json.loads(line) for line in lines]
        for line in parsed:
            self.assertEqual(set(line) >= {"time", "level", "message"}, True, line)
            self.assertRegex(line["time"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
        access = next(line for line in parsed if line.get("request_id") == "trace-123")
        self.assertEqual((access["method"], access["path"], access["status"]), ("GET", "/api/v1/people", 401))
        self.assertNotIn("q=x", json.dumps(access), "search terms stay out of the log")
        self.assertIsInstance(access["duration_ms"], float)
        # What is not JSON is what samla says to people and scripts on stdout (the "listening"
        # line, the set-up link), never a log line in the text format ("[2026-…] [samla] …").
        others = [line for line in server.output if not line.startswith("{")]
        self.assertTrue(any(line.startswith("samla listening on ") for line in others), others)
        self.assertFalse([line for line in others if re.match(r"^\[\d{4}-", line)], others)


if __name__ == "__main__":
    unittest.main()
