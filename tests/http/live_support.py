"""What the live sessions' HTTP tests share: a facilitator's session and activities, participants
who join with the code, and running the same tests on PostgreSQL in a schema of their own."""
import os
import random
import subprocess

from samla_server import SamlaServer, ServerTestCase

PASSWORD = "live-api-password"


class LiveTestCase(ServerTestCase):
    server_args = ("--demo", "--public-url", "https://samla.example.org")

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("live", PASSWORD)

    def start(self, title="Workshop on first contact", **more):
        return self.ok("POST", "/live", "facilitator", status=201, json=dict({"title": title}, **more))

    def join(self, code, name=None):
        body = {"code": code}
        if name is not None:
            body["display_name"] = name
        status, _, joined = self.server.request("POST", "/api/v1/live/join", json=body, use_session=False)
        self.assertEqual(status, 200, joined)
        self.conforms(joined, "LiveJoined")
        return joined["participant_token"]

    def as_participant(self, token, method, path, headers=None, **kwargs):
        return self.server.request(method, "/api/v1/live/me" + path, use_session=False,
                                   headers=dict({"X-Live-Token": token}, **(headers or {})), **kwargs)

    def sent(self, token, method, path, status=200, **kwargs):
        got, _, body = self.as_participant(token, method, path, **kwargs)
        self.assertEqual(got, status, body)
        return body

    def activity(self, live_id, **body):
        made = self.ok("POST", f"/live/{live_id}/activities", "facilitator", status=201, json=body)
        self.conforms(made, "LiveActivity")
        self.ok("POST", f"/live/{live_id}/activities/{made['id']}/open", "facilitator")
        return made



def on_postgres(base_class):
    """`base_class`'s tests on PostgreSQL (its own schema): row locks, RETURNING and the partial
    unique index of open codes behave there as on SQLite."""

    class OnPostgres(base_class):
        @classmethod
        def setUpClass(cls):
            base = os.environ["SAMLA_TEST_POSTGRES_URL"]
            cls.schema = f"live_{os.getpid()}_{random.randrange(1 << 30)}"
            cls.psql = staticmethod(lambda sql: subprocess.run(
                ["psql", base, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql], check=True, capture_output=True))
            cls.psql(f"CREATE SCHEMA {cls.schema}")
            separator = "&" if "?" in base else "?"
            cls.server = SamlaServer(cls.server_args,
                                     db_url=f"{base}{separator}options=-csearch_path%3D{cls.schema}").start()
            cls.tokens = cls.role_tokens("live", PASSWORD)

        @classmethod
        def tearDownClass(cls):
            try:
                super().tearDownClass()
            finally:
                cls.psql(f"DROP SCHEMA {cls.schema} CASCADE")

    OnPostgres.__name__ = OnPostgres.__qualname__ = base_class.__name__ + "OnPostgres"
    return OnPostgres
