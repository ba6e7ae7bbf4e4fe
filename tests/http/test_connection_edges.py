"""The connection layer against a running `samla serve`: a body whose framing is unsound is
refused and the connection closed (no request smuggled behind it), a 413 closes the connection
within a bounded time however long the client keeps sending, the access log escapes what a
client sends, X-Forwarded-For is believed only from --trusted-proxy addresses, https gives a
Secure cookie and HSTS, and slow requests run on workers so that health answers meanwhile."""

import socket
import tempfile
import threading
import time
import unittest
import urllib.request

from samla_server import SamlaServer, ServerTestCase

ADMIN_PASSWORD = "correct horse battery staple"


def raw_exchange(server, data, timeout=5.0):
    """Sends `data` on a fresh connection and reads until the server closes it (or `timeout`
    passes); returns (everything read, whether the server closed the connection)."""
    host, port = server.base_url.split("//")[1].split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as s:
        s.sendall(data)
        received = b""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            s.settimeout(max(0.05, deadline - time.monotonic()))
            try:
                chunk = s.recv(65536)
            except socket.timeout:
                return received, False
            except ConnectionResetError:
                return received, True
            if not chunk:
                return received, True
            received += chunk
        return received, False


class Framing(ServerTestCase):
    server_args = ("--web", tempfile.mkdtemp(prefix="samla-no-ui-"))

    def smuggle(self, transfer_encoding, extra=b""):
        hidden = b"GET /api/v1/health HTTP/1.1\r\nHost: samla\r\n\r\n"
        request = (b"POST /api/v1/session HTTP/1.1\r\nHost: samla\r\nContent-Type: application/json\r\n"
                   b"Transfer-Encoding: " + transfer_encoding + b"\r\n" + extra + b"\r\n" + hidden)
        return raw_exchange(self.server, request)

    def test_a_transfer_encoding_other_than_chunked_alone_is_refused_and_the_connection_closed(self):
        for coding in (b"chunked, identity", b"gzip", b"xchunked", b"chunked, chunked", b"identity"):
            with self.subTest(coding=coding):
                received, closed = self.smuggle(coding)
                self.assertTrue(received.startswith(b"HTTP/1.1 400 "), received[:200])
                self.assertEqual(received.count(b"HTTP/1.1 "), 1, "a second request ran: " + repr(received))
                self.assertNotIn(b'"status":"ok"', received)
                self.assertTrue(closed, "the connection stayed open")

    def test_transfer_encoding_beside_content_length_is_refused(self):
        received, closed = self.smuggle(b"chunked", b"Content-Length: 5\r\n")
        self.assertTrue(received.startswith(b"HTTP/1.1 400 "), received[:200])
        self.assertEqual(received.count(b"HTTP/1.1 "), 1)
        self.assertTrue(closed)

    def test_a_chunked_body_is_still_read(self):
        body = b'{"name":"nobody","password":"wrong password here"}'
        request = (b"POST /api/v1/session HTTP/1.1\r\nHost: samla\r\nContent-Type: application/json\r\n"
                   b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                   + format(len(body), "x").encode() + b"\r\n" + body + b"\r\n0\r\n\r\n")
        received, _ = raw_exchange(self.server, request)
        self.assertTrue(received.startswith(b"HTTP/1.1 401 "), received[:200])

    def test_after_a_413_the_connection_closes_however_long_the_client_sends(self):
        host, port = self.server.base_url.split("//")[1].split(":")
        s = socket.create_connection((host, int(port)), timeout=5)
        s.sendall(b"POST /api/v1/people HTTP/1.1\r\nHost: samla\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 200000000000\r\n\r\n")
        stop = threading.Event()
        sent = [0]
        closed_after = [None]
        started = time.monotonic()

        def keep_sending():
            chunk = b"x" * 65536
            while not stop.is_set() and time.monotonic() - started < 20:
                try:
                    s.sendall(chunk)
                    sent[0] += len(chunk)
                except OSError:
                    closed_after[0] = time.monotonic() - started
                    return

        sender = threading.Thread(target=keep_sending, daemon=True)
        sender.start()
        received = b""
        s.settimeout(1)
        while time.monotonic() - started < 20 and not received.startswith(b"HTTP/1.1 413"):
            try:
                received += s.recv(4096)
            except socket.timeout:
                continue
            except OSError:
                break
        sender.join(timeout=25)
        stop.set()
        s.close()
        self.assertTrue(received.startswith(b"HTTP/1.1 413 "), received[:200])
        self.assertIsNotNone(closed_after[0], f"still reading after 20 s and {sent[0] >> 20} MiB")
        self.assertLess(closed_after[0], 10, f"closed only after {closed_after[0]:.1f} s")

    def test_the_access_log_escapes_line_breaks_and_terminal_escapes(self):
        marker = "forged-line-42"
        received, _ = raw_exchange(
            self.server,
            f"GET /api/v1/nothing%0A{marker}%1B[31m%C3%28 HTTP/1.1\r\nHost: samla\r\nConnection: close\r\n\r\n".encode())
        self.assertTrue(received.startswith(b"HTTP/1.1 404 "), received[:200])
        time.sleep(0.3)
        logged = [line for line in self.server.output if marker in line]
        self.assertTrue(logged, self.server.log())
        self.assertIn("\\x0A" + marker + "\\x1B[31m\\xC3(", logged[-1])
        self.assertFalse(any(line.startswith(marker) for line in self.server.output))
        self.assertFalse(any("\x1b" in line for line in self.server.output))


class TrustedProxy(unittest.TestCase):
    def login_address(self, server, forwarded):
        server.add_user("root", "admin", ADMIN_PASSWORD) if not getattr(server, "_root", False) else None
        server._root = True
        status, _, _ = server.request("POST", "/api/v1/session", json={"name": "root", "password": ADMIN_PASSWORD},
                                      headers={"X-Forwarded-For": forwarded}, use_session=False)
        self.assertEqual(status, 201)
        server.login("root", ADMIN_PASSWORD)
        status, _, audit = server.request("GET", "/api/v1/audit?action=login&limit=5")
        self.assertEqual(status, 200, audit)
        logins = [e for e in audit["items"] if e["action"] == "login"]
        # The newest login is the one just made through login(); the one before is ours.
        return logins[1]["after"]["remote_address"]

    def test_forwarded_for_is_believed_only_from_a_trusted_proxy(self):
        with SamlaServer(("--trusted-proxy", "127.0.0.0/8")) as behind_proxy:
            self.assertEqual(self.login_address(behind_proxy, "198.51.100.7, 203.0.113.9"), "203.0.113.9")
        with SamlaServer(("--trusted-proxy", "10.0.0.1")) as elsewhere:
            self.assertEqual(self.login_address(elsewhere, "203.0.113.9"), "127.0.0.1")

    def test_a_trusted_proxy_that_is_not_an_address_stops_the_start(self):
        server = SamlaServer(("--trusted-proxy", "proxy.example.org"), startup_timeout=20)
        with self.assertRaises(RuntimeError) as refused:
            server.start()
        self.assertIn("proxy.example.org", str(refused.exception))


class Https(unittest.TestCase):
    def test_an_https_public_url_gives_a_secure_cookie_and_hsts(self):
        with SamlaServer(("--public-url", "https://samla.example.org")) as server:
            server.add_user("root", "admin", ADMIN_PASSWORD)
            status, headers, _ = server.request("POST", "/api/v1/session",
                                                json={"name": "root", "password": ADMIN_PASSWORD})
            self.assertEqual(status, 201)
            self.assertIn("; Secure", headers["set-cookie"])
            self.assertEqual(headers["strict-transport-security"], "max-age=31536000")
            _, headers, _ = server.request("GET", "/api/v1/health")
            self.assertEqual(headers["strict-transport-security"], "max-age=31536000")

    def test_plain_http_gives_neither(self):
        with SamlaServer() as server:
            server.add_user("root", "admin", ADMIN_PASSWORD)
            status, headers, _ = server.request("POST", "/api/v1/session",
                                                json={"name": "root", "password": ADMIN_PASSWORD})
            self.assertEqual(status, 201)
            self.assertNotIn("Secure", headers["set-cookie"])
            self.assertNotIn("strict-transport-security", headers)


class SlowRequestsOnWorkers(unittest.TestCase):
    """Two slow requests (the network's first metrics on a large register, two different days)
    take the network threads' place on workers: health still answers at once."""

    def test_health_answers_in_under_100_ms_while_two_long_requests_run(self):
        with SamlaServer(startup_timeout=120) as server:
            server.samla("demo", "generate", "--people", "6000", "--organisations", "300",
                         "--ties", "30000", "--seed", "3")
            server.add_user("root", "admin", ADMIN_PASSWORD)
            token = server.samla("token", "create", "root").stdout.strip()
            durations = {}

            def slow(day):
                started = time.monotonic()
                try:
                    status, _, _ = server.request("GET", f"/api/v1/network?as_of={day}&edges=false",
                                                  token=token)
                except Exception as error:  # reported below, with the time it took
                    status = repr(error)
                durations[day] = (status, time.monotonic() - started)

            slow_threads = [threading.Thread(target=slow, args=(day,)) for day in ("2026-01-01", "2026-01-02")]
            for t in slow_threads:
                t.start()
            time.sleep(0.5)  # both are computing
            health = []
            while any(t.is_alive() for t in slow_threads) and len(health) < 20:
                started = time.monotonic()
                with urllib.request.urlopen(server.base_url + "/api/v1/health", timeout=60) as response:
                    self.assertEqual(response.status, 200)
                health.append(time.monotonic() - started)
                time.sleep(0.1)
            for t in slow_threads:
                t.join(timeout=300)
            self.assertEqual(len(durations), 2, durations)
            slowest = min(d for _, d in durations.values())
            self.assertGreater(slowest, 1.0, f"the long requests were not long: {durations}")
            self.assertTrue(health, "the long requests ended before health was asked")
            self.assertLess(max(health), 0.1, f"health took {max(health) * 1000:.0f} ms while "
                                               f"two requests of {slowest:.1f} s and more ran")
            self.assertEqual({s for s, _ in durations.values()}, {200})


if __name__ == "__main__":
    unittest.main()
