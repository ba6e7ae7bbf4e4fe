"""Logins are bounded and throttled per (name, address) pair (issue 14, item 6). The client
binds its side of the connection to 127.0.0.x, so one test can log in from several addresses."""

import http.client
import json
import urllib.parse

from samla_server import ServerTestCase

PASSWORD = "login-bounds-password"


class LoginBounds(ServerTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.server.add_user("owner", "coordinator", PASSWORD)
        cls.server.add_user("other", "observer", PASSWORD)

    def login(self, name, password, address):
        url = urllib.parse.urlparse(self.server.base_url)
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60,
                                                source_address=(address, 0))
        body = json.dumps({"name": name, "password": password})
        connection.request("POST", "/api/v1/session", body=body,
                           headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        data = response.read()
        connection.close()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, data

    def test_a_megabyte_name_is_refused_and_names_the_field(self):
        status, _, body = self.login("x" * (1 << 20), "whatever", "127.0.0.5")
        self.assertIn(status, (400, 413, 422), body[:200])
        if status == 422:
            self.assertEqual(json.loads(body)["errors"][0]["field"], "name")
        # Nothing was stored: the same address may still log in at once.
        self.assertEqual(self.login("owner", PASSWORD, "127.0.0.5")[0], 201)

    def test_attacker_waits_and_owner_logs_in_from_elsewhere(self):
        statuses = [self.login("owner", "wrong password!", "127.0.0.66")[0] for _ in range(50)]
        self.assertEqual(statuses[:5], [401] * 5)
        self.assertEqual(set(statuses[5:]), {429})
        status, headers, _ = self.login("owner", PASSWORD, "127.0.0.66")
        self.assertEqual(status, 429)
        self.assertGreater(int(headers["retry-after"]), 0)
        self.assertEqual(self.login("owner", PASSWORD, "127.0.0.1")[0], 201)

    def test_many_names_failing_from_one_address_do_not_block_another_user(self):
        for i in range(20):
            self.login(f"nobody{i}", "wrong password!", "127.0.0.77")
        self.assertEqual(self.login("other", PASSWORD, "127.0.0.77")[0], 201)
