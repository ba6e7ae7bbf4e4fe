"""Reports over HTTP on the demo programme, against a running `samla serve --demo`: a
coordinator writes the policy dialogue's report, sends it for review, comments, approves it
(the data is then kept as it was) and publishes it with a public link; it is downloaded in
every format in Swedish and English and read back with independent readers (pdftotext for
the PDF, python-docx for the DOCX). Bad input is a 422 naming the field; the event becomes
reported only once its report is approved; a facilitator's, an observer's and the public's
report never shows lived experience."""

import os
import re
import subprocess
import sys
import tempfile
import unittest

try:
    import docx
    import jsonschema  # noqa: F401  (conforms() uses it)
except ImportError:  # the pyenv python may lack them; Debian's python3 packages have them
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", "-m", "unittest", "-v", "test_reports_api"])
    raise

from samla_server import ServerTestCase

PASSWORD = "reports-api-password"
DIALOGUE = "Policy dialogue: access to services across borders"
LIVED = ("Lived experience", "Egen erfarenhet", "lived_experience")
HEADINGS = {
    "en": ["Purpose and themes", "Who took part", "Agenda", "Key insights, outcomes and decisions",
           "Action points", "Evaluation before and after", "Lessons learned the event built on",
           "Next steps"],
    "sv": ["Syfte och teman", "Vilka deltog", "Program", "Insikter, resultat och beslut",
           "Åtgärdspunkter", "Utvärdering före och efter", "Lärdomar som evenemanget byggde på",
           "Nästa steg"],
}


class ReportsApi(ServerTestCase):
    server_args = ("--demo",)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("rp", PASSWORD)

    def ok(self, method, path, role="coordinator", expect=200, **kwargs):
        status, headers, body = self.api(method, path, role, **kwargs)
        self.assertEqual(status, expect, body)
        return body

    def fields(self, problem):
        return [e["field"] for e in problem.get("errors", [])]

    def download(self, report, fmt, lang, role="coordinator"):
        status, headers, body = self.api("GET", f"/reports/{report['id']}?format={fmt}&lang={lang}",
                                         role, raw=True)
        self.assertEqual(status, 200, body[:300])
        return headers, body

    def event(self, title):
        return next(e for e in self.ok("GET", "/events")["items"] if e["title"] == title)

    def test_a_report_from_draft_to_published_in_every_format(self):
        event = self.event(DIALOGUE)
        self.assertEqual(event["status"], "held")
        status, _, refused = self.api("POST", "/reports", "facilitator", json={"event_id": event["id"]})
        self.assertEqual(status, 403, refused)
        status, headers, report = self.api("POST", "/reports", json={
            "event_id": event["id"], "intro_en": "Twelve countries compared first contact.",
            "intro_sv": "Tolv länder jämförde första kontakten."})
        self.assertEqual(status, 201, report)
        self.assertEqual(headers["location"], f"/api/v1/reports/{report['id']}")
        self.conforms(report, "Report")
        base = f"/reports/{report['id']}"

        # Drafts are not for observers.
        self.assertNotIn(report["id"], [r["id"] for r in self.ok("GET", "/reports", "observer")["items"]])
        status, _, _ = self.api("GET", base, "observer")
        self.assertEqual(status, 403)

        # Texts with If-Match; bad input names the field and changes nothing.
        status, _, stale = self.api("PATCH", base, json={"conclusions_en": "x"}, headers={"If-Match": '"9"'})
        self.assertEqual(status, 412, stale)
        status, _, problem = self.api("PATCH", base, json={"intro_sv": "å" * 20001},
                                      headers={"If-Match": '"1"'})
        self.assertEqual((status, self.fields(problem)), (422, ["intro_sv"]), problem)
        report = self.ok("PATCH", base, json={
            "conclusions_en": "Agree a shared definition of waiting time.",
            "conclusions_sv": "Enas om en gemensam definition av väntetid."}, headers={"If-Match": '"1"'})
        self.assertEqual((report["version"], report["intro_en"]), (2, "Twelve countries compared first contact."))
        for query, field in (("format=xml&lang=en", "format"), ("format=pdf&lang=de", "lang")):
            status, _, problem = self.api("GET", f"{base}?{query}")
            self.assertEqual(status, 422, problem)
            self.assertEqual(self.fields(problem), [field])
        status, _, problem = self.api("POST", base + "/transitions", json={"to": "published"})
        self.assertEqual((status, self.fields(problem)), (422, ["to"]), problem)
        status, _, problem = self.api("POST", base + "/transitions", json={"to": 7})
        self.assertEqual((status, self.fields(problem)), (422, ["to"]), problem)

        # The demo already holds the dialogue's approved report, in both languages.
        demo = [r for r in self.ok("GET", "/reports", "observer")["items"]
                if r["event_id"] == event["id"]]
        self.assertEqual([r["status"] for r in demo], ["approved"])
        self.assertTrue(demo[0]["intro_sv"] and demo[0]["intro_en"])

        # Review: comments, no more changes to the texts.
        report = self.ok("POST", base + "/transitions", json={"to": "in_review"})
        comment = self.ok("POST", base + "/comments", expect=201,
                          json={"body": "Name the three policy messages in the intro."})
        self.conforms(comment, "ReportComment")
        status, _, problem = self.api("POST", base + "/comments", json={"body": "  "})
        self.assertEqual((status, self.fields(problem)), (422, ["body"]))
        self.assertEqual([c["body"] for c in self.ok("GET", base + "/comments")["items"]],
                         ["Name the three policy messages in the intro."])
        status, _, problem = self.api("PATCH", base, json={"intro_en": "late"})
        self.assertEqual((status, self.fields(problem)), (422, ["status"]), problem)
        status, _, _ = self.api("POST", base + "/transitions", "facilitator", json={"to": "approved"})
        self.assertEqual(status, 403)
        report = self.ok("POST", base + "/transitions", json={"to": "approved"})
        self.assertEqual(report["approved_by"], "rp-coordinator")
        self.ok("POST", f"/events/{event['id']}/transitions", json={"to": "reported"})

        # Approved: the report keeps the data as it was.
        _, before = self.download(report, "md", "en")
        self.ok("POST", f"/events/{event['id']}/outcomes", expect=201, json={
            "kind": "decision", "text": "A decision taken after the report was approved."})
        _, after = self.download(report, "md", "en")
        self.assertEqual(before, after)
        self.assertNotIn(b"after the report was approved", after)

        # Every format, both languages, read back by independent readers.
        outcomes = self.ok("GET", f"/events/{event['id']}/outcomes")["items"]
        action = next(o["text"] for o in outcomes if o["kind"] == "action_point")
        invitations = self.ok("GET", f"/events/{event['id']}/invitations")["items"]
        attended = sum(1 for i in invitations if i["status"] == "attended")
        with tempfile.TemporaryDirectory() as tmp:
            for lang in ("sv", "en"):
                headers, html = self.download(report, "html", lang)
                self.assertTrue(headers["content-type"].startswith("text/html"))
                self.assertIn("style-src 'unsafe-inline'", headers["content-security-policy"])
                self.assertTrue(headers["content-disposition"].startswith("inline;"))
                html = html.decode()
                self.assertIn(f'<html lang="{lang}">', html)
                self.assertIn("<caption>", html)
                self.assertIn('role="img"', html)
                headers, pdf = self.download(report, "pdf", lang)
                self.assertEqual(headers["content-type"], "application/pdf")
                path = os.path.join(tmp, f"r-{lang}.pdf")
                with open(path, "wb") as f:
                    f.write(pdf)
                text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                                      text=True, check=True).stdout
                info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
                self.assertRegex(info, r"Tagged:\s+yes")
                flat = " ".join(text.split())
                for heading in HEADINGS[lang]:
                    self.assertIn(heading, flat)
                self.assertIn(" ".join(action.split()[:4]), flat)
                self.assertIn(("deltog" if lang == "sv" else "attended"), flat)
                self.assertRegex(flat, rf"\b{attended} (deltog|attended)\b")
                _, body = self.download(report, "docx", lang)
                path = os.path.join(tmp, f"r-{lang}.docx")
                with open(path, "wb") as f:
                    f.write(body)
                document = docx.Document(path)
                headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
                for heading in HEADINGS[lang]:
                    self.assertIn(heading, headings)
                html_tables = len(re.findall(r"<table>", html))
                self.assertEqual(len(document.tables), html_tables)
                self.assertGreaterEqual(len(document.inline_shapes), 1)  # the chart
                _, md = self.download(report, "md", lang)
                for heading in HEADINGS[lang]:
                    self.assertIn(f"## {heading}", md.decode())

        # Observers read it now; publication with a public link, then revoked.
        self.assertIn(report["id"], [r["id"] for r in self.ok("GET", "/reports", "observer")["items"]])
        status, _, _ = self.api("POST", base + "/public-link")
        self.assertEqual(status, 422)  # approved, not published yet
        self.ok("POST", base + "/transitions", json={"to": "published"})
        status, _, _ = self.api("POST", base + "/public-link", "facilitator")
        self.assertEqual(status, 403)
        link = self.ok("POST", base + "/public-link")
        self.conforms(link, "ReportPublicLink")
        status, _, public = self.server.request("GET", link["path"] + "?lang=sv", use_session=False)
        self.assertEqual(status, 200)
        self.assertIn("Åtgärdspunkter", public)
        for word in LIVED:
            self.assertNotIn(word, public)
        self.ok("DELETE", base + "/public-link")
        status, _, _ = self.server.request("GET", link["path"], use_session=False)
        self.assertEqual(status, 404)

    def test_lived_experience_only_as_a_count_for_those_who_may_see_it(self):
        kickoff = self.event("Kickoff: Kraftsamling för psykisk hälsa")
        report = self.ok("POST", "/reports", expect=201, json={"event_id": kickoff["id"]})
        for to in ("in_review", "approved"):
            report = self.ok("POST", f"/reports/{report['id']}/transitions", json={"to": to})
        _, as_coordinator = self.download(report, "md", "en")
        rows = [line for line in as_coordinator.decode().splitlines() if line.startswith("| Lived experience")]
        self.assertEqual(len(rows), 1)
        counts = [c.strip() for c in rows[0].strip("|").split("|")[1:]]
        self.assertTrue(all(c == "fewer than 5" or int(c) >= 5 for c in counts), counts)
        for role in ("facilitator", "observer"):
            for fmt in ("md", "html", "json"):
                _, body = self.download(report, fmt, "en", role)
                for word in LIVED:
                    self.assertNotIn(word, body.decode(), f"{role} {fmt}")

    def test_a_report_over_a_theme_and_dates(self):
        status, _, refused = self.api("POST", "/reports", "facilitator", json={"theme": "access_to_services"})
        self.assertEqual(status, 403, refused)
        for body, field in (({"theme": "access_to_services", "from": "2026-12-01", "to": "2026-01-01"}, "to"),
                            ({"theme": "no_such_theme"}, "theme"),
                            ({"event_id": 1, "theme": "access_to_services"}, "event_id"),
                            ({}, "event_id"),
                            ({"from": "1 May"}, "from")):
            status, _, problem = self.api("POST", "/reports", json=body)
            self.assertEqual(status, 422, problem)
            self.assertIn(field, self.fields(problem), problem)
        report = self.ok("POST", "/reports", expect=201, json={
            "theme": "access_to_services", "from": "2026-01-01", "to": "2026-12-31"})
        self.assertEqual(report["title"], "Access to services, 2026-01-01 – 2026-12-31")
        content = self.download(report, "json", "en")[1]
        import json as jsonlib
        titles = [e["title"] for e in jsonlib.loads(content)["events"]]
        self.assertIn(DIALOGUE, titles)
        self.assertIn("Kickoff: Kraftsamling för psykisk hälsa", titles)


if __name__ == "__main__":
    unittest.main()
