"""Crash safety: write load against `samla serve`, SIGKILL at random moments, restart, check.

Every person the server acknowledged (201) must be there afterwards with its data; nothing
half-written may be visible (each person is created with exactly two perspectives, so a
person with another number of perspective rows is a torn write); and the database must pass
its own integrity check. Runs on SQLite, and on PostgreSQL when SAMLA_TEST_POSTGRES_URL is set
(a fresh schema of its own, dropped afterwards).

Environment: SAMLA_BIN (the binary), SAMLA_CRASH_ROUNDS (kills per backend, default 20).
"""

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "http"))
from samla_server import SamlaServer  # noqa: E402

ROUNDS = int(os.environ.get("SAMLA_CRASH_ROUNDS", "20"))
WRITERS = 4
PERSPECTIVES = ["lived_experience", "researcher"]
PASSWORD = "crash-safety-password"


def _stop(server):
    """Stops (or reaps) the server and closes its output pipe."""
    server.stop()
    if server.process and server.process.stdout:
        server.process.stdout.close()


class CrashRun:
    """Writes people from several threads into one database across many killed servers."""

    def __init__(self, db_url):
        self.db_url = db_url
        self.acknowledged = {}  # id -> name, for every 201
        self.unexpected = []  # (status, body) of answers other than 201
        self.lock = threading.Lock()
        self.token = None
        self.counter = 0

    def _next_name(self):
        with self.lock:
            self.counter += 1
            return f"Krasch Åsa Öberg {self.counter}"

    def _writer(self, server, stop):
        while not stop.is_set():
            name = self._next_name()
            try:
                status, _, body = server.request(
                    "POST", "/api/v1/people", token=self.token, use_session=False,
                    json={"name": name, "perspectives": PERSPECTIVES, "languages": ["sv"],
                          "lived_experience_consent_on": "2026-03-01",
                          "country": "SE", "tags": ["crash-test"]})
            except Exception:  # the server died under us: the write is unacknowledged
                return
            with self.lock:
                if status == 201:
                    self.acknowledged[body["id"]] = name
                else:
                    self.unexpected.append((status, body))

    def round(self, first):
        """Starts a server, writes until a random moment, then SIGKILLs it."""
        server = SamlaServer(db_url=self.db_url).start()
        try:
            if first:
                server.add_user("crash-writer", "coordinator", PASSWORD)
                self.token = server.samla("token", "create", "crash-writer").stdout.strip()
            stop = threading.Event()
            threads = [threading.Thread(target=self._writer, args=(server, stop), daemon=True)
                       for _ in range(WRITERS)]
            for t in threads:
                t.start()
            time.sleep(random.uniform(0.2, 1.0))
            server.process.kill()  # SIGKILL: no chance to finish anything
            server.process.wait()
            stop.set()
            for t in threads:
                t.join(timeout=70)
        finally:
            _stop(server)

    def listed_people(self):
        """Every person through the API of a fresh server: {id: (name, perspectives)}."""
        server = SamlaServer(db_url=self.db_url).start()
        try:
            people, cursor = {}, None
            while True:
                query = {"limit": "200", "tag": "crash-test"}
                if cursor:
                    query["cursor"] = cursor
                status, _, body = server.request(
                    "GET", "/api/v1/people?" + urllib.parse.urlencode(query), token=self.token,
                    use_session=False)
                if status != 200:
                    raise AssertionError(f"listing people failed: {status} {body}")
                for p in body["items"]:
                    people[p["id"]] = (p["name"], sorted(p.get("perspectives", [])))
                cursor = body.get("next")
                if not cursor:
                    return people
        finally:
            _stop(server)


class CrashSafety(unittest.TestCase):
    def run_rounds(self, db_url):
        run = CrashRun(db_url)
        for i in range(ROUNDS):
            run.round(first=(i == 0))
        self.assertGreater(len(run.acknowledged), ROUNDS, "too few writes to prove anything")
        self.assertEqual([u for u in run.unexpected if u[0] >= 500], [],
                         "server errors under write load")
        people = run.listed_people()
        missing = {i: n for i, n in run.acknowledged.items() if i not in people}
        self.assertEqual(missing, {}, "acknowledged writes lost after SIGKILL")
        for person_id, name in run.acknowledged.items():
            self.assertEqual(people[person_id][0], name)
        torn = {i: p for i, p in people.items() if p[1] != sorted(PERSPECTIVES)}
        self.assertEqual(torn, {}, "people with half-written perspectives")
        return run, people

    def test_sqlite(self):
        workdir = tempfile.mkdtemp(prefix="samla-crash-")
        try:
            path = os.path.join(workdir, "crash.db")
            run, people = self.run_rounds("sqlite:" + path)
            with sqlite3.connect(path) as db:
                self.assertEqual(db.execute("PRAGMA integrity_check").fetchall(), [("ok",)])
                self.assertEqual(db.execute("PRAGMA foreign_key_check").fetchall(), [])
                counts = db.execute(
                    "SELECT p.id, COUNT(pp.person_id) FROM people p LEFT JOIN "
                    "person_perspectives pp ON pp.person_id = p.id GROUP BY p.id").fetchall()
            self.assertEqual([c for c in counts if c[1] != 2], [], "torn rows in the database")
            self.assertEqual(len(counts), len(people))
            print(f"\nsqlite: {ROUNDS} kills, {len(run.acknowledged)} acknowledged, "
                  f"{len(people)} stored", file=sys.stderr)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    @unittest.skipUnless(os.environ.get("SAMLA_TEST_POSTGRES_URL"), "SAMLA_TEST_POSTGRES_URL not set")
    def test_postgres(self):
        base = os.environ["SAMLA_TEST_POSTGRES_URL"]
        schema = f"crash_{os.getpid()}_{random.randrange(1 << 30)}"

        def psql(sql):
            return subprocess.run(["psql", base, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql],
                                  check=True, capture_output=True, text=True).stdout

        psql(f"CREATE SCHEMA {schema}")
        try:
            separator = "&" if "?" in base else "?"
            url = f"{base}{separator}options=-csearch_path%3D{schema}"
            run, people = self.run_rounds(url)
            rows = psql(f"SELECT p.id, COUNT(pp.person_id) FROM {schema}.people p LEFT JOIN "
                        f"{schema}.person_perspectives pp ON pp.person_id = p.id GROUP BY p.id")
            counts = [line.split("|") for line in rows.split()]
            self.assertEqual([c for c in counts if c[1] != "2"], [], "torn rows in the database")
            self.assertEqual(len(counts), len(people))
            print(f"\npostgres: {ROUNDS} kills, {len(run.acknowledged)} acknowledged, "
                  f"{len(people)} stored", file=sys.stderr)
        finally:
            psql(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    unittest.main()
