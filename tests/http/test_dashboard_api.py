"""The sustainability dashboard over HTTP on the demo, against a running `samla serve --demo`:
the default programme quarter by quarter (the four up to today's unless `from` and `to` say
otherwise), as JSON that conforms to its schema and as CSV and XLSX with the same figures;
observers read it, but neither the JSON nor the file tells them how many attendees have lived
experience; bad quarters and an unknown programme are a 422 naming the parameter, in the
request's language."""

import csv
import io
import unittest

import jsonschema  # noqa: F401  (conforms() uses it)

from samla_server import ServerTestCase

PASSWORD = "dashboard-api-password"


class DashboardApi(ServerTestCase):
    server_args = ("--demo",)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("db", PASSWORD, ("coordinator", "observer", "participant"))

    def api(self, path, role="coordinator", **kwargs):
        return self.server.request("GET", "/api/v1" + path, token=self.tokens[role], **kwargs)

    def ok(self, path, role="coordinator", **kwargs):
        status, headers, body = self.api(path, role, **kwargs)
        self.assertEqual(status, 200, body)
        return headers, body

    def test_the_quarters_as_json_and_as_a_file_with_the_same_figures(self):
        _, board = self.ok("/dashboard")
        self.conforms(board, "Dashboard")
        quarters = board["quarters"]
        self.assertEqual(len(quarters), 4)
        self.assertTrue(quarters[-1]["to_date"])
        self.assertGreater(sum(q["events_held"] for q in quarters), 0, "the demo held events")
        self.assertGreater(sum(q["anchoring"]["formally_decided"] for q in quarters[-1:]), 0)
        for q in quarters:
            a = q["actions"]
            self.assertEqual(a["done"] + a["open"], a["total"])
            self.assertLessEqual(a["overdue"], a["open"])

        headers, text = self.ok("/dashboard/export?format=csv")
        self.assertIn("text/csv", headers["content-type"])
        self.assertIn("samla-dashboard.csv", headers["content-disposition"])
        rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
        self.assertEqual([r["quarter"] for r in rows], [q["quarter"] for q in quarters])
        for row, q in zip(rows, quarters):
            self.assertEqual(int(row["events_held"]), q["events_held"])
            self.assertEqual(int(row["attendances"]), q["attendances"])
            self.assertEqual(int(row["actions_overdue"]), q["actions"]["overdue"])
            self.assertEqual(int(row["anchoring_committed"]), q["anchoring"]["committed"])
            self.assertEqual(int(row["network_ties"]), q["network"]["ties"])
            for p in q["participation_by_perspective"]:
                self.assertEqual(int(row["participation_perspective_" + p["perspective"]]),
                                 p["attendances"])

        headers, workbook = self.ok("/dashboard/export?format=xlsx", raw=True)
        self.assertTrue(workbook.startswith(b"PK"), "an .xlsx is a ZIP")

        # One quarter asked for by name; a programme named explicitly.
        programme = board["programme_id"]
        _, one = self.ok(f"/dashboard?programme_id={programme}&from=2026-Q1&to=2026-Q1")
        self.assertEqual([q["quarter"] for q in one["quarters"]], ["2026-Q1"])
        self.assertEqual(one["quarters"][0]["ends_on"], "2026-03-31")
        # Quarters still to come answer zeros in the same shape.
        _, ahead = self.ok(f"/dashboard?from={quarters[-1]['quarter']}&to=2030-Q1")
        self.conforms(ahead, "Dashboard")
        self.assertEqual(ahead["quarters"][-1]["anchoring"]["formally_decided"], 0)

    def test_observers_read_it_without_lived_experience(self):
        _, mine = self.ok("/dashboard?from=2025-Q1")
        _, theirs = self.ok("/dashboard?from=2025-Q1", "observer")
        self.assertIn("lived_experience", str(mine), "the demo's attendees include lived experience")
        self.assertNotIn("lived_experience", str(theirs))
        for q_mine, q_theirs in zip(mine["quarters"], theirs["quarters"]):
            self.assertEqual(q_mine["attendances"], q_theirs["attendances"])
            self.assertEqual(q_mine["active_people"], q_theirs["active_people"])
        _, text = self.ok("/dashboard/export?from=2025-Q1", "observer")
        self.assertNotIn("lived_experience", text)
        status, _, _ = self.api("/dashboard", "participant")
        self.assertEqual(status, 403)

    def test_bad_quarters_and_an_unknown_programme_are_named(self):
        status, _, body = self.api("/dashboard?from=2026-Q5&to=soon")
        self.assertEqual(status, 422, body)
        self.assertEqual(sorted(e["field"] for e in body["errors"]), ["from", "to"])
        status, _, body = self.api("/dashboard?from=2026-Q3&to=2026-Q1",
                                   headers={"Accept-Language": "sv"})
        self.assertEqual(status, 422, body)
        self.assertEqual(body["errors"][0]["field"], "to")
        self.assertIn("kommer före", body["errors"][0]["message"])
        status, _, body = self.api("/dashboard?from=2000-Q1&to=2020-Q1")
        self.assertEqual(status, 422, body)
        self.assertIn("40", body["errors"][0]["message"])
        status, _, body = self.api("/dashboard?programme_id=987654")
        self.assertEqual(status, 422, body)
        self.assertEqual(body["errors"][0]["field"], "programme_id")
        status, _, body = self.api("/dashboard/export?format=pdf")
        self.assertEqual(status, 422, body)
        self.assertEqual(body["errors"][0]["field"], "format")


if __name__ == "__main__":
    unittest.main()
