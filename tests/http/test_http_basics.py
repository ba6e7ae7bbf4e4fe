"""The HTTP layer's promises, against a running `samla serve`: health, security headers,
problem+json errors (400, 401, 404, 405, 413, 415), HEAD and the home page."""

import tempfile
import unittest

from samla_server import ServerTestCase

SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}
ADMIN_PASSWORD = "correct horse battery staple"


class HttpBasics(ServerTestCase):
    # An empty UI folder: "/" is then the built-in page about samla, whether or not web/dist
    # has been built in this checkout.
    server_args = ("--web", tempfile.mkdtemp(prefix="samla-no-ui-"))
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.server.add_user("root", "admin", ADMIN_PASSWORD)

    def assertProblem(self, response, status):
        code, headers, body = response
        self.assertEqual(code, status, body)
        self.assertEqual(headers.get("content-type"), "application/problem+json")
        self.assertIsInstance(body, dict)
        self.assertEqual(body["status"], status)
        self.assertIsInstance(body["title"], str)
        self.assertIn("type", body)
        return body

    def assertSecurityHeaders(self, headers, api=True):
        for name, value in SECURITY_HEADERS.items():
            self.assertEqual(headers.get(name), value, name)
        if api:
            self.assertEqual(headers.get("cache-control"), "no-store")

    def admin_token(self):
        if not hasattr(type(self), "_token"):
            self.server.login("root", ADMIN_PASSWORD)
            try:
                type(self)._token = self.server.create_token("http-basics")
            finally:
                self.server.logout()
        return type(self)._token

    def test_health_needs_no_login(self):
        status, headers, body = self.server.request("GET", "/api/v1/health")
        self.assertEqual(status, 200, body)
        self.assertEqual(headers["content-type"], "application/json")
        self.assertEqual(body["status"], "ok")
        self.assertEqual(body["database"], "ok")
        self.assertRegex(body["version"], r"^\d+\.\d+\.\d+")
        self.assertSecurityHeaders(headers)

    def test_security_headers_on_errors_too(self):
        for path, status in [("/api/v1/no-such-thing", 404), ("/api/v1/people", 401)]:
            code, headers, _ = self.server.request("GET", path, use_session=False)
            self.assertEqual(code, status, path)
            self.assertSecurityHeaders(headers)
        _, headers, _ = self.server.request("GET", "/")
        self.assertSecurityHeaders(headers, api=False)

    def test_unknown_path_is_404_problem(self):
        body = self.assertProblem(self.server.request("GET", "/api/v1/no-such-thing"), 404)
        self.assertEqual(body["title"], "Not Found")

    def test_wrong_method_is_405_problem_with_allow(self):
        response = self.server.request("DELETE", "/api/v1/health")
        self.assertProblem(response, 405)
        self.assertEqual(response[1].get("allow"), "GET, HEAD")

    def test_people_without_credentials_is_401(self):
        response = self.server.request("GET", "/api/v1/people", use_session=False)
        self.assertProblem(response, 401)
        self.assertTrue(response[1].get("www-authenticate", "").startswith("Bearer"))
        # A made-up token is no better than none.
        self.assertProblem(self.server.request("GET", "/api/v1/people", token="not-a-token", use_session=False),
                           401)

    def test_non_json_post_is_415(self):
        self.assertProblem(self.server.request("POST", "/api/v1/session", body="name=root",
                                               headers={"Content-Type": "application/x-www-form-urlencoded"}), 415)
        self.assertProblem(self.server.request("POST", "/api/v1/people", body="hello", token=self.admin_token(),
                                               headers={"Content-Type": "text/plain"}), 415)

    def test_malformed_json_is_400(self):
        for path, token in [("/api/v1/session", None), ("/api/v1/people", self.admin_token())]:
            body = self.assertProblem(self.server.request("POST", path, body='{"name": ', token=token,
                                                          headers={"Content-Type": "application/json"}), 400)
            self.assertIn("detail", body)

    def test_oversized_body_is_413(self):
        too_big = b" " * (16 * 1024 * 1024 + 1)
        response = self.server.request("POST", "/api/v1/session", body=too_big,
                                       headers={"Content-Type": "application/json"})
        self.assertProblem(response, 413)
        self.assertSecurityHeaders(response[1])
        # The server is still fine afterwards.
        self.assertEqual(self.server.request("GET", "/api/v1/health")[0], 200)

    def test_head_has_no_body(self):
        status, headers, body = self.server.request("HEAD", "/api/v1/health")
        self.assertEqual(status, 200)
        self.assertEqual(body, "")
        self.assertGreater(int(headers["content-length"]), 0)

    def test_home_page_explains_and_links_the_api(self):
        status, headers, body = self.server.request("GET", "/", headers={"Accept": "text/html"})
        self.assertEqual(status, 200)
        self.assertTrue(headers["content-type"].startswith("text/html"))
        self.assertIn('<html lang="en">', body)
        self.assertIn("<title>", body)
        self.assertIn('href="/api/v1/openapi.json"', body)

    def test_token_authenticates(self):
        status, _, body = self.server.request("GET", "/api/v1/people", token=self.admin_token())
        self.assertEqual(status, 200, body)
        self.assertIn("items", body)


if __name__ == "__main__":
    unittest.main()
