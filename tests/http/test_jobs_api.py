"""Scheduled jobs and the weekly digest over HTTP, against a running `samla serve --demo`.

The issue's "done when", end to end: an action whose due date has passed appears on the
overdue board and in its responsible person's digest in the outbox; the digest is in the
person's language, runs once per week however often it is asked for, and its unsubscribe link
works without an account and stops the next one. The job list and runs are for administrators
only, a bad period is a 422 naming it (in Swedish too), and a server started without
--no-jobs runs its jobs by itself a few seconds after it starts."""

import datetime
import time
import unittest

import jsonschema  # noqa: F401  (conforms() uses it)

from samla_server import SamlaServer, ServerTestCase

PASSWORD = "jobs-api-password"
JOBS = {"access.retention", "actions.weekly_digest", "actions.due_reminders", "actions.retention", "privacy.retention",
        "jobs.retention"}


def iso_week(day):
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


class JobsApi(ServerTestCase):
    server_args = ("--demo", "--public-url", "https://samla.example.org")

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("jb", PASSWORD, ("admin", "coordinator", "observer"))

    def digests_to(self, email):
        return [m for m in self.ok("GET", "/outbox")["items"]
                if m["kind"] == "digest" and m["to_email"] == email]

    def test_jobs_are_listed_and_run_once_per_period_for_administrators(self):
        jobs = self.ok("GET", "/jobs", "admin")
        self.conforms(jobs, "JobList")
        self.assertEqual({j["name"] for j in jobs["items"]}, JOBS)
        digest = next(j for j in jobs["items"] if j["name"] == "actions.weekly_digest")
        self.assertEqual(digest["cadence"], "weekly")
        for role in ("coordinator", "observer"):
            self.assertEqual(self.api("GET", "/jobs", role)[0], 403)
            self.assertEqual(self.api("POST", "/jobs/jobs.retention/run", role)[0], 403)

        first = self.ok("POST", "/jobs/jobs.retention/run", "admin")
        self.conforms(first, "JobRunOutcome")
        again = self.ok("POST", "/jobs/jobs.retention/run", "admin")
        self.assertEqual(again["run"]["id"], first["run"]["id"])
        self.assertFalse(again["ran_now"])
        self.assertEqual(again["run"]["status"], "done")
        runs = self.ok("GET", "/jobs/runs?job=jobs.retention", "admin")
        self.conforms(runs, "JobRunList")
        self.assertEqual([r["id"] for r in runs["items"]], [first["run"]["id"]])

        status, _, problem = self.api("POST", "/jobs/actions.weekly_digest/run?period=2026-12-07&lang=sv",
                                      "admin")
        self.assertEqual(status, 422, problem)
        self.assertEqual(problem["errors"][0]["field"], "period")
        self.assertIn("ISO-vecka", problem["errors"][0]["message"])
        self.assertEqual(self.api("POST", "/jobs/no.such.job/run", "admin")[0], 404)
        self.assertEqual(self.api("GET", "/jobs/runs?limit=0", "admin")[0], 422)

    def test_an_overdue_action_reaches_its_persons_digest_and_the_link_unsubscribes(self):
        # A person with an address and Swedish, responsible for an action due yesterday.
        status, _, person = self.api("POST", "/people", json={
            "name": "Vera Veckobrev", "country": "SE", "email": "vera@example.org", "languages": ["sv"]})
        self.assertEqual(status, 201, person)
        plan = self.ok("GET", "/action-plans")["items"][0]
        yesterday = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
        status, _, action = self.api("POST", "/actions", json={
            "plan_id": plan["id"], "title": "Send the kickoff summary to every region",
            "accountable": {"person_id": person["id"]}, "responsible": [{"person_id": person["id"]}],
            "start_date": "2026-01-01", "due_date": yesterday})
        self.assertEqual(status, 201, action)
        board = self.ok("GET", f"/actions?overdue=true&person_id={person['id']}")["items"]
        self.assertEqual([a["id"] for a in board], [action["id"]])
        self.assertTrue(board[0]["overdue"])

        week = iso_week(datetime.date.today() + datetime.timedelta(days=7))  # a week not run yet
        ran = self.ok("POST", f"/jobs/actions.weekly_digest/run?period={week}", "admin")
        self.assertTrue(ran["ran_now"], ran)
        self.assertEqual(ran["run"]["status"], "done")
        self.assertGreaterEqual(ran["run"]["counts"]["messages"], 1)
        digests = self.digests_to("vera@example.org")
        self.assertEqual(len(digests), 1)
        digest = digests[0]
        self.conforms(digest, "OutboxMessage")
        self.assertEqual(digest["language"], "sv")
        self.assertIn("vecka " + week[6:], digest["subject"])
        self.assertIn("Försenade (1)\n- Send the kickoff summary to every region", digest["body"])
        self.assertIn("https://samla.example.org/my-work", digest["body"])
        # The coordinator reads the working unsubscribe link; an observer has no outbox.
        self.assertIn("https://samla.example.org/unsubscribe#", digest["body"])
        self.assertEqual(self.api("GET", "/outbox", "observer")[0], 403)

        again = self.ok("POST", f"/jobs/actions.weekly_digest/run?period={week}", "admin")
        self.assertFalse(again["ran_now"])
        self.assertEqual(len(self.digests_to("vera@example.org")), 1)

        secret = digest["body"].split("/unsubscribe#", 1)[1].split()[0]
        status, _, problem = self.server.request("POST", "/api/v1/unsubscribe",
                                                 json={"secret": "wrong-secret"}, use_session=False)
        self.assertEqual(status, 404, problem)
        status, _, problem = self.server.request("POST", "/api/v1/unsubscribe?lang=sv", json={}, use_session=False)
        self.assertEqual(status, 422, problem)
        self.assertEqual(problem["errors"][0]["field"], "secret")
        self.assertEqual(problem["errors"][0]["message"], "måste anges")
        status, _, answer = self.server.request("POST", "/api/v1/unsubscribe", json={"secret": secret},
                                                use_session=False)
        # The secret is in no line of the access log: it came in the body.
        self.assertNotIn(secret, self.server.log())
        self.assertEqual(status, 200, answer)
        self.assertEqual(answer, {"subscribed": False})
        self.conforms(answer, "Unsubscribed")
        later = iso_week(datetime.date.today() + datetime.timedelta(days=14))
        self.ok("POST", f"/jobs/actions.weekly_digest/run?period={later}", "admin")
        self.assertEqual(len(self.digests_to("vera@example.org")), 1)

    def test_my_action_mail_needs_a_person(self):
        mine = self.ok("GET", "/my/action-mail", "observer")
        self.conforms(mine, "ActionMail")
        self.assertEqual(mine, {"person_id": None, "subscribed": False})
        status, _, problem = self.api("PUT", "/my/action-mail", "observer", json={"subscribed": True})
        self.assertEqual(status, 404, problem)
        status, _, problem = self.api("PUT", "/my/action-mail", "observer", json={"subscribed": "yes"})
        self.assertEqual(status, 422, problem)
        self.assertEqual(problem["errors"][0]["field"], "subscribed")


class JobsRunByTheServer(unittest.TestCase):
    """Without --no-jobs the server runs every job a few seconds after it starts."""

    def test_the_server_runs_its_jobs_by_itself(self):
        with SamlaServer(("--demo",), run_jobs=True) as server:
            server.add_user("jobs-admin", "admin", PASSWORD)
            token = server.samla("token", "create", "jobs-admin").stdout.strip()
            deadline = time.monotonic() + 60
            while True:
                _, _, jobs = server.request("GET", "/api/v1/jobs", token=token)
                done = {j["name"] for j in jobs["items"] if j["last_run"] and j["last_run"]["status"] == "done"}
                if done == JOBS or time.monotonic() > deadline:
                    break
                time.sleep(0.5)
            self.assertEqual(done, JOBS, jobs)
            _, _, outbox = server.request("GET", "/api/v1/outbox", token=token)
            self.assertTrue(any(m["kind"] == "digest" for m in outbox["items"]), outbox)


if __name__ == "__main__":
    unittest.main()
