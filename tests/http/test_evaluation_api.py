"""The before/after evaluation over HTTP, against a running `samla serve`: a facilitator
adapts the form (If-Match); invited people answer "before" through their personal link (no
account), with bad answers and a second answer refused (422 naming the field, nothing
stored); once the event is held the follow-up messages carry fresh links to the "after"
form; the results' n, mean, median, distribution and paired shift are recomputed here, and
the Wilcoxon signed-rank figures match SciPy's on the same answers. Observers read results
only once the event is held and never the free text; a breakdown withholds groups under 5
and shows lived experience only to those who may see it."""

import os
import re
import statistics
import sys
import unittest

try:
    import jsonschema  # noqa: F401  (conforms() uses it)
    from scipy.stats import wilcoxon
except ImportError:  # the pyenv python may lack them; Debian's python3 packages have them
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", "-m", "unittest", "-v", "test_evaluation_api"])
    raise

from samla_server import ServerTestCase

PASSWORD = "evaluation-api-password"
PUBLIC_URL = "https://samla.example.org"

# Ratings of item 1 and 5 before and after, one row per participant (None: not answered).
BEFORE = [(2, 1), (3, 2), (2, 2), (4, 3), (1, 1), (3, 3), (2, 4), (3, 1)]
AFTER = [(4, 3), (3, 4), (4, 2), (4, 4), (3, 2), (2, 4), (4, 5), None]
COUNTRIES = ["SE"] * 6 + ["NO"] * 2
LIVED = [True, True, True, True, True, False, False, False]


class EvaluationApi(ServerTestCase):
    default_role = "facilitator"
    server_args = ("--public-url", PUBLIC_URL)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("ev", PASSWORD)
        _, _, users = cls.server.request("GET", "/api/v1/users", token=cls.tokens["admin"])
        cls.user_ids = {u["name"]: u["id"] for u in users["items"]}

    def ok(self, method, path, role="facilitator", expect=200, **kwargs):
        status, headers, body = self.api(method, path, role, **kwargs)
        self.assertEqual(status, expect, body)
        return body

    def personal(self, method, token, path="", **kwargs):
        return self.server.request(method, "/api/v1/rsvp" + path, use_session=False,
                                   headers={"X-RSVP-Token": token}, **kwargs)

    def links(self, subject_start):
        """person name → the newest personal-link token of messages whose subject starts so."""
        out = {}
        for m in reversed(self.ok("GET", "/outbox", "coordinator")["items"]):
            if not m["subject"].startswith(subject_start):
                continue
            found = re.search(re.escape(PUBLIC_URL) + r"/rsvp#([A-Za-z0-9_-]{43})\b", m["body"])
            self.assertIsNotNone(found, m["body"])
            out[m["to_name"]] = found.group(1)
        return out

    def move(self, event, to):
        self.ok("POST", f"/events/{event['id']}/transitions", "coordinator", json={"to": to})

    def test_before_and_after_through_personal_links(self):
        people = []
        for i, (country, lived) in enumerate(zip(COUNTRIES, LIVED)):
            person = self.ok("POST", "/people", "coordinator", expect=201, json={
                "name": f"Evaluation Participant {i + 1}", "email": f"ev{i + 1}@example.org",
                "country": country, "languages": ["en"],
                "perspectives": ["lived_experience"] if lived else ["researcher"],
                "lived_experience_consent_on": "2026-03-01" if lived else None})
            people.append(person)
        event = self.ok("POST", "/events", "coordinator", expect=201, json={
            "title": "Peer support across borders", "type": "group_meeting", "format": "online",
            "link": "https://meet.example.org/peer", "starts_at": "2026-04-14T10:00",
            "ends_at": "2026-04-14T15:00", "time_zone": "Europe/Stockholm", "capacity": 20,
            "facilitator_user_ids": [self.user_ids["ev-facilitator"]]})
        base = f"/events/{event['id']}/evaluation"

        # The default instrument, changed with If-Match (version 0 until stored).
        form = self.ok("GET", base)
        self.conforms(form, "EvaluationForm")
        self.assertEqual((form["version"], form["customised"], len(form["items"])), (0, False, 6))
        items = form["items"]
        items[4]["text_en"] = "I know whom to contact in another Nordic country."
        status, _, stale = self.api("PUT", base, json={"items": items}, headers={"If-Match": '"3"'})
        self.assertEqual(status, 412, stale)
        status, headers, form = self.api("PUT", base, json={"items": items},
                                         headers={"If-Match": '"0"'})
        self.assertEqual(status, 200, form)
        self.assertEqual((form["version"], headers["etag"]), (1, '"1"'))
        self.assertEqual(form["items"][4]["text_en"], items[4]["text_en"])
        status, _, refused = self.api("PUT", base, "observer", json={"items": items})
        self.assertEqual(status, 403, refused)

        self.move(event, "designed")
        self.move(event, "open_for_invitations")
        self.ok("POST", f"/events/{event['id']}/invitations", "coordinator", expect=201,
                json={"person_ids": [p["id"] for p in people]})
        self.ok("POST", f"/events/{event['id']}/invitations/send", "coordinator", json={})
        tokens = self.links("Invitation")
        names = [p["name"] for p in people]

        # Before: on the RSVP link, no account.
        for name, (r1, r5) in zip(names, BEFORE):
            status, _, view = self.personal("GET", tokens[name], "/evaluation")
            self.assertEqual((status, view["open_phase"], view["answered_before"]),
                             (200, "before", False), view)
            self.conforms(view, "ParticipantEvaluation")
            status, _, answered = self.personal("POST", tokens[name], "/evaluation", json={
                "phase": "before", "answers": [{"item_id": 1, "rating": r1},
                                               {"item_id": 5, "rating": r5},
                                               {"item_id": 6, "text": f"Hopes of {name}"}]})
            self.assertEqual(status, 201, answered)
            self.assertTrue(answered["answered_before"])
            status, _, accepted = self.personal("POST", tokens[name], json={"response": "accepted"})
            self.assertEqual(status, 200, accepted)

        # Bad answers: 422 naming the field; nothing more stored.
        first = tokens[names[0]]
        for body, field in (
                ({"phase": "before", "answers": [{"item_id": 1, "rating": 3}]}, "phase"),
                ({"phase": "before", "answers": [{"item_id": 1, "rating": 6}]}, "answers[0].rating"),
                ({"phase": "before", "answers": [{"item_id": 42, "rating": 2}]}, "answers[0].item_id"),
                ({"phase": "after", "answers": [{"item_id": 1, "rating": 2}]}, "phase"),
                ({"phase": "soon", "answers": [{"item_id": 1, "rating": 2}]}, "phase")):
            status, _, problem = self.personal("POST", tokens[names[1]] if field != "phase" else first,
                                               "/evaluation", json=body)
            self.assertEqual(status, 422, problem)
            self.assertIn(field, [e["field"] for e in problem["errors"]], problem)
        status, _, _ = self.personal("POST", "x" * 43, "/evaluation", json={"phase": "before", "answers": []})
        self.assertEqual(status, 404)
        self.assertEqual(self.ok("GET", base)["answers"], len(BEFORE))
        # The form is fixed once answers came in.
        status, _, problem = self.api("PUT", base, json={"items": items}, headers={"If-Match": '"1"'})
        self.assertEqual(status, 422, problem)
        self.assertEqual(problem["errors"][0]["field"], "items")

        # Observers read the results once the event is held, not before.
        status, _, _ = self.api("GET", base + "/results", "observer")
        self.assertEqual(status, 403)
        self.move(event, "held")

        # After: the follow-up carries a fresh link; the old one stops working.
        queued = self.ok("POST", base + "/follow-ups")
        self.assertEqual(queued, {"queued": len(people)})
        after_tokens = self.links("How did it go?")
        self.assertEqual(set(after_tokens), set(names))
        status, _, _ = self.personal("GET", first, "/evaluation")
        self.assertEqual(status, 404)
        for name, answer in zip(names, AFTER):
            if answer is None:
                continue
            status, _, view = self.personal("GET", after_tokens[name], "/evaluation")
            self.assertEqual((view["open_phase"], view["answered_before"]), ("after", True))
            status, _, done = self.personal("POST", after_tokens[name], "/evaluation", json={
                "phase": "after", "answers": [{"item_id": 1, "rating": answer[0]},
                                              {"item_id": 5, "rating": answer[1]}]})
            self.assertEqual(status, 201, done)
        status, _, twice = self.personal("POST", after_tokens[names[0]], "/evaluation", json={
            "phase": "after", "answers": [{"item_id": 1, "rating": 5}]})
        self.assertEqual(status, 422, twice)
        self.assertEqual(twice["errors"][0]["code"], "already_answered")
        # Those who answered are not asked again.
        self.assertEqual(self.ok("POST", base + "/follow-ups"), {"queued": 1})

        results = self.ok("GET", base + "/results", "coordinator")
        self.conforms(results, "EvaluationResults")
        self.assertEqual((results["invited"], results["answered_before"], results["answered_after"],
                          results["answered_both"]), (8, 8, 7, 7))
        for index, item_id in ((0, 1), (1, 5)):
            got = next(r for r in results["items"] if r["item"]["id"] == item_id)
            before = [row[index] for row in BEFORE]
            after = [row[index] for row in AFTER if row]
            self.assertEqual(got["before"]["n"], len(before))
            self.assertAlmostEqual(got["before"]["mean"], statistics.mean(before), places=12)
            self.assertEqual(got["before"]["median"], statistics.median(before))
            self.assertEqual(got["after"]["distribution"], [after.count(v) for v in range(1, 6)])
            pairs = [(b[index], a[index]) for b, a in zip(BEFORE, AFTER) if a]
            shifts = [a - b for b, a in pairs]
            self.assertAlmostEqual(got["shift"]["mean_shift"], statistics.mean(shifts), places=12)
            self.assertEqual(got["shift"]["median_shift"], statistics.median(shifts))
            expected = wilcoxon([a for _, a in pairs], [b for b, _ in pairs], zero_method="wilcox",
                                correction=False, method="approx")
            test = got["shift"]["wilcoxon"]
            self.assertAlmostEqual(test["statistic"], float(expected.statistic), places=12)
            self.assertAlmostEqual(test["p_value"], float(expected.pvalue), places=12)
            self.assertEqual(test["n"], sum(1 for s in shifts if s != 0))
        text = next(r for r in results["items"] if r["item"]["kind"] == "text")
        self.assertEqual(text["text_count"], 8)
        self.assertIn("Hopes of " + names[2], text["texts"])

        # Observers: figures, never the free text, never a name.
        seen = self.ok("GET", base + "/results", "observer")
        observed_text = next(r for r in seen["items"] if r["item"]["kind"] == "text")
        self.assertNotIn("texts", observed_text)
        self.assertNotIn("Evaluation Participant", str(seen))

        # Breakdowns: Norway's two are withheld; lived experience only for those who see it.
        by_country = self.ok("GET", base + "/results?by=country", "coordinator")
        self.assertEqual([g["group"] for g in by_country["groups"]], ["SE"])
        self.assertEqual(by_country["small_groups"], 1)
        by_perspective = self.ok("GET", base + "/results?by=perspective", "coordinator")
        self.assertIn("lived_experience", [g["group"] for g in by_perspective["groups"]])
        as_facilitator = self.ok("GET", base + "/results?by=perspective", "facilitator")
        self.assertNotIn("lived_experience", str(as_facilitator))
        self.assertEqual(as_facilitator["groups"], [])
        self.assertEqual(as_facilitator["small_groups"], 1)  # researchers: 3
        status, _, problem = self.api("GET", base + "/results?by=age")
        self.assertEqual(status, 422, problem)
        self.assertEqual(problem["errors"][0]["field"], "by")


if __name__ == "__main__":
    unittest.main()
