"""Issue 20: consents and legal bases, enforced; a person's export and erasure.

Drives a server on the demo programme. The export is compared with an independent scan of every
table of the database file; the erasure with a full dump of it (SQLite, and PostgreSQL when
SAMLA_TEST_POSTGRES_URL is set, through scripts/with-postgres.sh).
"""

import io
import json
import os
import random
import re
import sqlite3
import subprocess
import unittest
import zipfile
from html import unescape

from samla_server import SamlaServer, ServerTestCase

PASSWORD = "privacy-rights-password"
SECRET = ("_hash", "csrf_token")


def identifying(person):
    return [v for v in (person["name"], person.get("email"), person.get("phone")) if v]


def leaks(dump, values):
    """The values (any case) that a dump still holds."""
    folded = dump.casefold()
    return [v for v in values if v.casefold() in folded]


class PrivacyRightsApi(ServerTestCase):
    server_args = ("--demo",)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("rights", PASSWORD)
        cls.db_path = cls.server.db_url.removeprefix("sqlite:")

    def people(self):
        return self.ok("GET", "/people?limit=500", "admin")["items"]

    def person_named(self, name):
        return next(p for p in self.people() if p["name"] == name)

    def consents(self, person_id, role="admin"):
        return self.ok("GET", f"/people/{person_id}/consents", role)["items"]

    def give(self, person_id, purpose, basis="consent", **more):
        return self.ok("POST", f"/people/{person_id}/consents", "coordinator", status=201,
                       json=dict({"purpose": purpose, "basis": basis, "channel": "form"}, **more))

    def withdraw(self, person_id, consent_id, status=200, role="coordinator"):
        got, _, body = self.api("POST", f"/people/{person_id}/consents/{consent_id}/withdraw", role,
                                json={"channel": "email"})
        self.assertEqual(got, status, body)
        return body

    # -- consents ------------------------------------------------------------------------------
    def test_everyone_registered_has_a_basis_for_contact_with_its_wording(self):
        for person in self.people()[:5]:
            contact = [c for c in self.consents(person["id"]) if c["purpose"] == "contact"]
            self.assertEqual(len(contact), 1, person["name"])
            self.assertEqual((contact[0]["basis"], contact[0]["active"]), ("legitimate_interest", True))
            self.assertIn("invite", contact[0]["text_en"])
            self.assertIn("bjuda in", contact[0]["text_sv"])

    def test_lived_experience_needs_explicit_consent_and_its_consent_is_special_category(self):
        got, _, body = self.api("POST", "/people", "coordinator", headers={"Accept-Language": "sv"},
                                json={"name": "Utan Samtycke", "perspectives": ["lived_experience"]})
        self.assertEqual(got, 422, body)
        self.assertEqual(body["errors"][0]["field"], "perspectives")
        self.assertIn("uttryckliga samtycke", body["errors"][0]["message"])
        made = self.ok("POST", "/people", "coordinator", status=201,
                       json={"name": "Med Samtycke", "perspectives": ["lived_experience"],
                             "lived_experience_consent_on": "2026-11-30"})
        self.assertNotIn("lived_experience_consent_on", made)
        mine = [c["purpose"] for c in self.consents(made["id"], "coordinator")]
        self.assertIn("lived_experience", mine)
        theirs = [c["purpose"] for c in self.consents(made["id"], "observer")]
        self.assertNotIn("lived_experience", theirs)
        self.assertIn("contact", theirs)
        # Withdrawing it erases the perspective.
        consent = next(c for c in self.consents(made["id"]) if c["purpose"] == "lived_experience")
        self.assertEqual(self.withdraw(made["id"], consent["id"])["ended_how"], "withdrawn")
        self.assertNotIn("lived_experience", self.ok("GET", f"/people/{made['id']}", "admin")["perspectives"])

    def test_bad_consents_are_refused_and_change_nothing(self):
        person = self.people()[3]
        before = self.consents(person["id"])
        for body, field in (({"purpose": "network_analysis", "basis": "consent", "text_version": 99}, "text_version"),
                            ({"purpose": "lived_experience", "basis": "consent"}, "basis"),
                            ({"purpose": "contact", "basis": "consent", "given_on": "2999-01-01"}, "given_on"),
                            ({"purpose": "telepathy", "basis": "consent"}, "purpose")):
            got, _, answer = self.api("POST", f"/people/{person['id']}/consents", json=body)
            with self.subTest(field=field):
                self.assertEqual(got, 422, answer)
                self.assertIn(field, [e["field"] for e in answer["errors"]])
        self.assertEqual(self.consents(person["id"]), before)
        self.assertEqual(self.api("GET", "/people/987654/consents")[0], 404)
        self.assertEqual(self.api("POST", f"/people/{person['id']}/consents/987654/withdraw", json={})[0], 404)

    def test_a_withdrawal_ends_once_and_a_new_consent_replaces_the_old(self):
        person = self.people()[4]
        first = self.give(person["id"], "photos")
        second = self.give(person["id"], "photos")
        listed = {c["id"]: c for c in self.consents(person["id"])}
        self.assertEqual(listed[first["id"]]["ended_how"], "replaced")
        self.withdraw(person["id"], second["id"])
        self.withdraw(person["id"], second["id"], status=409)

    def test_withdrawn_network_consent_leaves_the_network_and_its_exports(self):
        network = self.ok("GET", "/network", "admin")
        node = next(n for n in network["nodes"] if n.get("kind") == "person" or "person" in str(n.get("id")))
        name = node["name"]
        person = self.person_named(name)
        consent = self.give(person["id"], "network_analysis")
        self.assertIn(name, [n["name"] for n in self.ok("GET", "/network", "admin")["nodes"]])
        self.withdraw(person["id"], consent["id"])
        self.assertNotIn(name, [n["name"] for n in self.ok("GET", "/network", "admin")["nodes"]])
        _, _, graphml = self.api("GET", "/network/export?format=graphml", "admin", raw=True)
        self.assertNotIn(name.encode(), graphml)

    def test_no_invitation_to_someone_who_objected_to_contact(self):
        person = self.ok("POST", "/people", "coordinator", status=201,
                         json={"name": "Vill Inte", "email": "vill.inte@example.org"})
        contact = next(c for c in self.consents(person["id"]) if c["purpose"] == "contact")
        self.withdraw(person["id"], contact["id"])
        event = next(e for e in self.ok("GET", "/events", "admin")["items"] if e["status"] in ("designed", "open"))
        got, _, body = self.api("POST", f"/events/{event['id']}/invitations", "coordinator",
                                headers={"Accept-Language": "sv"}, json={"person_ids": [person["id"]]})
        self.assertEqual(got, 422, body)
        self.assertIn("Vill Inte får inte kontaktas", str(body["errors"]))

    def test_the_review_lists_bases_to_confirm_and_a_coordinator_confirms_one(self):
        # The demo's people were registered after consents came: nothing set by the migration.
        review = self.ok("GET", "/privacy/review", "coordinator")["items"]
        self.assertFalse([e for e in review if e["reason"] == "lived_experience_without_consent"], review)
        self.assertEqual(self.api("GET", "/privacy/review", "facilitator")[0], 403)

    # -- export --------------------------------------------------------------------------------
    def exported(self, person_id):
        got, headers, raw = self.api("GET", f"/people/{person_id}/export", "admin", raw=True)
        self.assertEqual(got, 200)
        self.assertEqual(headers.get("content-type"), "application/zip")
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            self.assertEqual(sorted(z.namelist()), ["person.json", "summary.html"])
            return json.loads(z.read("person.json")), z.read("summary.html").decode("utf-8")

    def scan(self, person):
        """Every row of every table that refers to the person by a *person_id column (or is their
        own row) or writes their name, e-mail or phone: read straight from the database file."""
        values = identifying(person)
        found = {}
        db = sqlite3.connect(self.db_path)
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name <> 'schema_migrations' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "AND name NOT LIKE 'people_search_%'")]
        for table in tables:
            columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
            for row in db.execute(f"SELECT * FROM {table}"):
                cells = dict(zip(columns, row))
                refers = any(c.endswith("person_id") and v == person["id"] for c, v in cells.items())
                refers = refers or (table == "people" and cells["id"] == person["id"])
                mentions = any(isinstance(v, str) and any(x in v for x in values) for v in cells.values())
                if refers or mentions:
                    found.setdefault(table, []).append(
                        {c: v for c, v in cells.items() if not c.endswith(SECRET) and not isinstance(v, bytes)})
        db.close()
        return found

    def test_the_export_holds_every_row_a_scan_of_every_table_finds(self):
        person = self.person_named("Henrik Sandberg")
        export, summary = self.exported(person["id"])
        self.assertEqual(export["person_id"], person["id"])
        held = {t: rows for t, rows in export["records"].items()}
        for m in export["mentions"]:
            held.setdefault(m["table"], []).append(m["row"])
        scanned = self.scan(person)
        self.assertGreaterEqual(len(scanned), 8, scanned.keys())
        for table, rows in scanned.items():
            for row in rows:
                with self.subTest(table=table, row=str(row)[:120]):
                    self.assertIn(row, held.get(table, []))
        self.assertIn(person["name"], summary)
        self.assertIn('lang="sv"' if "sv" in person["languages"] else 'lang="en"', summary)
        self.assertEqual(self.api("GET", f"/people/{person['id']}/export", "coordinator")[0], 403)
        self.assertEqual(self.api("GET", "/people/987654/export", "admin")[0], 404)

    # -- erasure -------------------------------------------------------------------------------
    def attendance(self):
        db = sqlite3.connect(self.db_path)
        counts = dict(db.execute("SELECT event_id, count(*) FROM invitations WHERE status = 'attended' "
                                 "GROUP BY event_id"))
        db.close()
        return counts

    def test_an_erased_person_leaves_no_identifying_value_in_a_full_dump(self):
        person = self.person_named("Märta Sjöberg")
        values = identifying(person)
        # Someone else of the same name keeps it.
        namesake = self.ok("POST", "/people", "coordinator", status=201,
                           json={"name": person["name"], "email": "another.marta@example.org"})
        counts = self.attendance()
        self.assertTrue(counts)
        got, _, body = self.api("POST", f"/people/{person['id']}/erasure", "admin",
                                json={"reason": f"E-mail from {person['name']} on 2026-12-01"})
        self.assertEqual(got, 200, body)
        self.conforms(body, "ErasureReport")
        self.assertNotIn(person["name"], body["reason"])
        self.assertIn("Backups", body["backups"])
        self.assertEqual(self.ok("GET", f"/people/{namesake['id']}", "admin")["name"], person["name"])
        self.ok("DELETE", f"/people/{namesake['id']}", "admin", status=204)
        db = sqlite3.connect(self.db_path)
        dump = "\n".join(db.iterdump())
        db.close()
        # Only the namesake's own entries (their creation and deletion, with their address) still
        # hold the name; nothing holds the erased person's address or phone.
        self.assertEqual(leaks(dump, [v for v in values if v != person["name"]]), [])
        naming = [line for line in dump.splitlines() if person["name"].casefold() in line.casefold()]
        self.assertTrue(naming)
        self.assertEqual([line for line in naming if "another.marta@example.org" not in line], [])
        self.assertEqual(self.attendance(), counts)
        tombstone = self.ok("GET", f"/people/{person['id']}", "admin")
        self.assertNotEqual(tombstone["name"], person["name"])
        self.assertEqual(tombstone["email"], None)
        # Once is enough; nobody else; no reason, nothing done.
        self.assertEqual(self.api("POST", f"/people/{person['id']}/erasure", "admin",
                                  json={"reason": "again"})[0], 409)
        self.assertEqual(self.api("POST", "/people/987654/erasure", "admin", json={"reason": "x"})[0], 404)
        other = self.people()[0]
        got, _, body = self.api("POST", f"/people/{other['id']}/erasure", "admin", json={})
        self.assertEqual(got, 422, body)
        self.assertEqual(self.ok("GET", f"/people/{other['id']}", "admin")["name"], other["name"])
        self.assertEqual(self.api("POST", f"/people/{other['id']}/erasure", "coordinator",
                                  json={"reason": "x"})[0], 403)

    # -- the own page --------------------------------------------------------------------------
    def own_page_link(self, email):
        status, _, body = self.server.request("POST", "/api/v1/me/link", use_session=False, json={"email": email})
        self.assertEqual((status, body), (202, {"sent": True}))
        # Nobody reads the link in the outbox, staff neither: the test takes it from the database,
        # as the mail would carry it.
        outbox = self.ok("GET", "/outbox", "admin")["items"]
        mine = [m for m in outbox if m.get("kind") == "own_page" and m["to_email"] == email]
        self.assertTrue(mine)
        self.assertNotRegex(mine[0]["body"], r"/me#[A-Za-z0-9_-]{43}")
        self.assertRegex(mine[0]["body"], "only they see it|bara personen ser den")
        db = sqlite3.connect(self.db_path)
        link = db.execute("SELECT personal_link FROM outbox WHERE kind = 'own_page' AND to_email = ? "
                          "ORDER BY id DESC LIMIT 1", (email,)).fetchone()[0]
        db.close()
        return re.search(r"/me#([A-Za-z0-9_-]{43})", link).group(1)

    def page(self, token, method="GET", path="", **kwargs):
        return self.server.request(method, "/api/v1/me" + path, use_session=False,
                                   headers={"X-Own-Page-Token": token}, **kwargs)

    def test_a_participant_opens_their_page_by_e_mail_and_leaves_the_network(self):
        person = self.person_named("Henrik Sandberg")
        consent = self.give(person["id"], "network_analysis")
        self.assertIn(person["name"], [n["name"] for n in self.ok("GET", "/network", "admin")["nodes"]])
        # A tie whose note holds health details may be about the other end: their page keeps it
        # back, in the tie and in its audit entries.
        other = next(p for p in self.people() if p["id"] != person["id"])
        tie = self.ok("POST", "/ties", "coordinator", status=201, json={
            "from": {"kind": "person", "id": other["id"]}, "to": {"kind": "person", "id": person["id"]},
            "type": "advice", "note": "Back from the clinic in May", "note_special": True})
        link = self.own_page_link(person["email"])
        self.assertTrue(link)
        status, _, opened = self.server.request("POST", "/api/v1/me/session", use_session=False, json={"token": link})
        self.assertEqual(status, 200, opened)
        token = opened["page_token"]
        # The link works once.
        status, _, again = self.server.request("POST", "/api/v1/me/session", use_session=False,
                                               headers={"Accept-Language": "sv"}, json={"token": link})
        self.assertEqual(status, 404, again)
        self.assertIn("Be om en ny", again["detail"])
        status, _, page = self.page(token)
        self.assertEqual(status, 200, page)
        self.conforms(page, "OwnPage")
        self.assertEqual(page["person"]["email"], person["email"])
        self.assertIn("people", page["records"]["records"])
        ties = [t for t in page["records"]["records"]["ties"] if t["id"] == tie["id"]]
        self.assertEqual([t["note"] for t in ties], [""])
        self.assertNotIn("clinic", json.dumps(page))
        got, _, raw = self.api("GET", f"/people/{person['id']}/export", "admin", raw=True)
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            self.assertIn("Back from the clinic in May", z.read("person.json").decode("utf-8"),
                          "an administrator's export keeps it")
        self.assertTrue(page["invitations"])
        active = [c for c in page["consents"] if c["active"]]
        self.assertIn("network_analysis", [c["purpose"] for c in active])
        # They withdraw consent to network analysis, and are gone from the network.
        status, _, page = self.page(token, "POST", "/consents", json={"purpose": "network_analysis", "give": False})
        self.assertEqual(status, 200, page)
        self.assertNotIn(person["name"], [n["name"] for n in self.ok("GET", "/network", "admin")["nodes"]])
        withdrawn = next(c for c in self.consents(person["id"]) if c["id"] == consent["id"])
        self.assertEqual((withdrawn["ended_how"], withdrawn["ended_via"]), ("withdrawn", "own_page"))
        # They correct their details; bad input names the field and changes nothing.
        status, _, bad = self.page(token, "PATCH", json={"email": "not an address"})
        self.assertEqual(status, 422, bad)
        self.assertEqual(bad["errors"][0]["field"], "email")
        status, _, page = self.page(token, "PATCH", json={"phone": "+46 70 123 45 67", "languages": ["sv", "en", "de"]})
        self.assertEqual(status, 200, page)
        self.assertEqual(sorted(page["person"]["languages"]), ["de", "en", "sv"])
        self.assertEqual(self.ok("GET", f"/people/{person['id']}", "admin")["phone"], "+46 70 123 45 67")
        status, headers, raw = self.page(token, path="/export", raw=True)
        self.assertEqual((status, headers.get("content-type")), (200, "application/zip"))
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            own = z.read("person.json").decode("utf-8")
            self.assertIn(person["email"], own)
            self.assertNotIn("clinic", own)

    def published_report_of(self, event_id):
        """The event's report taken to published (the demo's approved one, or a new one)."""
        reports = [r for r in self.ok("GET", "/reports", "admin")["items"] if r.get("event_id") == event_id]
        report = reports[0] if reports else self.ok("POST", "/reports", "admin", status=201,
                                                       json={"event_id": event_id})
        steps = ("in_review", "approved", "published")
        for step in steps[steps.index(report["status"]) + 1 if report["status"] in steps else 0:]:
            report = self.ok("POST", f"/reports/{report['id']}/transitions", "admin", json={"to": step})
        return report

    def test_a_participant_reads_the_published_reports_of_events_they_attended(self):
        # Someone who attended one held event and not another.
        db = sqlite3.connect(self.db_path)
        attended = db.execute(
            "SELECT i.event_id, i.person_id, p.email, o.id FROM invitations i JOIN people p ON "
            "p.id = i.person_id JOIN events o ON o.id <> i.event_id AND o.status IN ('held', "
            "'reported') WHERE i.status = 'attended' AND p.email IS NOT NULL AND p.email <> '' AND "
            "o.id NOT IN (SELECT event_id FROM invitations WHERE person_id = p.id AND status = "
            "'attended') ORDER BY i.id LIMIT 1").fetchone()
        db.close()
        self.assertIsNotNone(attended, "the demo has someone who attended one event and not another")
        event_id, person_id, email, other_event = attended
        mine = self.published_report_of(event_id)
        theirs = self.published_report_of(other_event)
        title = self.ok("GET", f"/events/{event_id}", "admin")["title"]
        status, _, opened = self.server.request("POST", "/api/v1/me/session", use_session=False,
                                                json={"token": self.own_page_link(email)})
        self.assertEqual(status, 200, opened)
        token = opened["page_token"]
        status, _, page = self.page(token)
        self.assertEqual(status, 200, page)
        self.assertIn(mine["id"], [r["id"] for r in page["reports"]])
        self.assertNotIn(theirs["id"], [r["id"] for r in page["reports"]])
        for lang in ("en", "sv"):
            status, headers, html = self.page(token, path=f"/reports/{mine['id']}?lang={lang}", raw=True)
            self.assertEqual(status, 200)
            self.assertTrue(headers["content-type"].startswith("text/html"), headers)
            self.assertIn("default-src 'none'", headers["content-security-policy"])
            text = html.decode("utf-8")
            self.assertIn(f'lang="{lang}"', text)
            self.assertIn(title, unescape(text))
        status, headers, pdf = self.page(token, path=f"/reports/{mine['id']}?format=pdf&lang=sv", raw=True)
        self.assertEqual((status, headers["content-type"], pdf[:5]), (200, "application/pdf", b"%PDF-"))
        self.assertIn(f"samla-report-{mine['id']}-sv.pdf", headers["content-disposition"])
        status, headers, md = self.page(token, path=f"/reports/{mine['id']}?format=md&lang=en", raw=True)
        self.assertEqual(status, 200)
        self.assertIn("markdown", headers["content-type"])
        # Another event's report, an unknown one, or no page token: not found, the same answer.
        for path, page_token in ((f"/reports/{theirs['id']}", token), ("/reports/999999", token),
                                 (f"/reports/{mine['id']}", "")):
            status, _, problem = self.page(page_token, path=path)
            self.assertEqual(status, 404, (path, problem))
        status, _, problem = self.server.request("GET", f"/api/v1/me/reports/{theirs['id']}", use_session=False,
                                                 headers={"X-Own-Page-Token": token, "Accept-Language": "sv"})
        self.assertIn("evenemang du deltog i", problem["detail"])
        status, _, problem = self.page(token, path=f"/reports/{mine['id']}?format=xml")
        self.assertEqual((status, [e["field"] for e in problem["errors"]]), (422, ["format"]), problem)
        # Taken back to approved, it is no longer theirs to read.
        self.ok("POST", f"/reports/{mine['id']}/transitions", "admin", json={"to": "approved"})
        self.assertEqual(self.page(token, path=f"/reports/{mine['id']}")[0], 404)
        self.assertNotIn(mine["id"], [r["id"] for r in self.page(token)[2]["reports"]])

    def test_unknown_addresses_and_tokens_tell_nothing(self):
        status, _, body = self.server.request("POST", "/api/v1/me/link", use_session=False,
                                              json={"email": "nobody.here@example.org"})
        self.assertEqual((status, body), (202, {"sent": True}))
        self.assertEqual(self.server.request("POST", "/api/v1/me/link", use_session=False, json={"email": "x"})[0], 422)
        for token in ("", "A" * 43):
            self.assertEqual(self.page(token)[0], 404)
            self.assertEqual(self.page(token, "POST", "/consents", json={"purpose": "photos", "give": True})[0], 404)
        self.assertEqual(self.server.request("POST", "/api/v1/me/session", use_session=False,
                                             json={"token": "A" * 43})[0], 404)

    # -- retention -----------------------------------------------------------------------------
    def test_the_daily_retention_job_empties_old_evaluation_texts_and_lists_the_inactive(self):
        settings = self.ok("GET", "/privacy/settings", "admin")
        got, _, bad = self.api("PUT", "/privacy/settings", "admin", headers={"If-Match": f'"{settings["version"]}"'},
                               json={"evaluation_texts_months": 0})
        self.assertEqual(got, 422, bad)
        self.assertEqual(bad["errors"][0]["field"], "evaluation_texts_months")
        self.ok("PUT", "/privacy/settings", "admin", headers={"If-Match": f'"{settings["version"]}"'},
                json={"evaluation_texts_months": 6, "inactive_after_months": 12})
        quiet = self.ok("POST", "/people", "coordinator", status=201, json={"name": "Tyst Person"})
        db = sqlite3.connect(self.db_path)
        with db:
            db.execute("UPDATE people SET created_at = '2024-01-02T00:00:00Z', updated_at = '2024-01-02T00:00:00Z' "
                       "WHERE id = ?", (quiet["id"],))
            db.execute("UPDATE consents SET recorded_at = '2024-01-02T00:00:00Z' WHERE person_id = ?", (quiet["id"],))
            old = db.execute("UPDATE evaluation_answers SET answered_at = '2025-01-01T00:00:00Z' WHERE id IN "
                             "(SELECT id FROM evaluation_answers WHERE texts <> '{}' LIMIT 2)").rowcount
        db.close()
        self.assertEqual(old, 2)
        inactive = self.ok("GET", "/privacy/inactive", "coordinator")["items"]
        self.assertIn(quiet["id"], [p["person_id"] for p in inactive])
        self.assertEqual(next(p for p in inactive if p["person_id"] == quiet["id"])["last_activity"], "2024-01-02")
        run = self.ok("POST", "/jobs/privacy.retention/run", "admin")
        self.assertEqual(run["run"]["counts"]["evaluation_texts_emptied"], 2, run)
        self.assertGreaterEqual(run["run"]["counts"]["inactive_people"], 1)
        db = sqlite3.connect(self.db_path)
        left = db.execute("SELECT count(*) FROM evaluation_answers WHERE answered_at < '2025-06-01' AND texts <> '{}'").fetchone()[0]
        db.close()
        self.assertEqual(left, 0)

    def test_the_records_of_processing_state_the_retention_in_force_in_both_languages(self):
        settings = self.ok("GET", "/privacy/settings", "admin")
        records = self.ok("GET", "/privacy/processing", "observer", headers={"Accept-Language": "sv"})
        self.conforms(records, "ProcessingRecords")
        evaluation = next(a for a in records["activities"] if a["key"] == "evaluation")
        self.assertIn(f"{settings['evaluation_texts_months']} månader", evaluation["retention"])
        lived = next(a for a in records["activities"] if a["key"] == "lived_experience")
        self.assertEqual((lived["bases"], lived["special_category"]), (["explicit_consent"], True))
        status, headers, raw = self.api("GET", "/privacy/processing?format=csv", "observer", raw=True)
        self.assertEqual(status, 200)
        text = raw.decode("utf-8-sig")
        self.assertTrue(text.startswith("Purpose,Legal basis,Categories of data"), text[:80])
        self.assertEqual(len(text.strip().splitlines()), 1 + len(records["activities"]))
        self.assertEqual(self.api("GET", "/privacy/processing?format=pdf", "observer")[0], 422)

    # -- duplicates ----------------------------------------------------------------------------
    def references_to(self, person_id):
        db = sqlite3.connect(self.db_path)
        found = {}
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
            for _, _, ref, column, *_ in db.execute(f"PRAGMA foreign_key_list({table})"):
                if ref == "people":
                    n = db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (person_id,)).fetchone()[0]
                    if n:
                        found[f"{table}.{column}"] = n
        db.close()
        return found

    def test_duplicates_are_found_across_scripts_and_merged_with_every_reference_moved(self):
        org = self.ok("POST", "/organisations", "coordinator", status=201,
                      json={"name": "Dubblettkommunen", "sector": "municipality", "level": "local", "country": "SE"})
        keep = self.ok("POST", "/people", "coordinator", status=201,
                       json={"name": "Åsa Öberg", "organisation_id": org["id"], "country": "SE", "languages": ["sv"]})
        other = self.ok("POST", "/people", "coordinator", status=201,
                        json={"name": "Asa  OBERG", "organisation_id": org["id"], "country": "SE",
                              "email": "asa.oberg@example.se", "languages": ["en"], "tags": ["dubblett"]})
        third = self.people()[0]
        pairs = self.ok("GET", "/people/duplicates?limit=500", "coordinator")["items"]
        pair = next(p for p in pairs if {p["a"]["id"], p["b"]["id"]} == {keep["id"], other["id"]})
        self.assertEqual(pair["score"], 1)
        self.assertIn("same_name", pair["reasons"])
        self.conforms({"items": pairs, "total": len(pairs), "next": None}, "DuplicateList")
        # The other is touched by several capabilities.
        self.ok("POST", "/ties", "coordinator", status=201, json={
            "from": {"kind": "person", "id": other["id"]}, "to": {"kind": "person", "id": third["id"]},
            "type": "collaboration", "strength": 2})
        self.ok("POST", "/ties", "coordinator", status=201, json={
            "from": {"kind": "person", "id": other["id"]}, "to": {"kind": "person", "id": keep["id"]},
            "type": "collaboration", "strength": 2})
        self.ok("POST", "/interactions", "coordinator", status=201, json={
            "person_id": other["id"], "day": "2026-11-30", "channel": "call", "summary": "Called about the dialogue."})
        self.give(other["id"], "photos")
        before = self.references_to(other["id"])
        self.assertGreaterEqual(len(before), 4, before)
        # Bad requests change nothing.
        for body, status, field in (({"other_id": keep["id"]}, 422, "other_id"),
                                    ({"other_id": 987654}, 404, None),
                                    ({"other_id": other["id"], "take": ["shoe_size"]}, 422, "take")):
            got, _, answer = self.api("POST", f"/people/{keep['id']}/merge", "coordinator", json=body)
            with self.subTest(body=body):
                self.assertEqual(got, status, answer)
                if field:
                    self.assertEqual(answer["errors"][0]["field"], field)
        got, _, answer = self.api("POST", f"/people/{keep['id']}/merge", "coordinator",
                                  headers={"If-Match": '"999"'}, json={"other_id": other["id"]})
        self.assertEqual(got, 412, answer)
        self.assertEqual(self.references_to(other["id"]), before)
        report = self.ok("POST", f"/people/{keep['id']}/merge", "coordinator",
                         json={"other_id": other["id"], "take": ["email"]})
        self.conforms(report, "MergeReport")
        self.assertEqual(self.references_to(other["id"]), {})
        self.assertEqual(report["dropped"].get("ties"), 1, report)  # the tie between the two
        self.assertEqual(self.api("GET", f"/people/{other['id']}", "coordinator")[0], 404)
        merged = self.ok("GET", f"/people/{keep['id']}", "coordinator")
        self.assertEqual((merged["name"], merged["email"]), ("Åsa Öberg", "asa.oberg@example.se"))
        self.assertEqual(sorted(merged["languages"]), ["en", "sv"])
        self.assertEqual(merged["tags"], ["dubblett"])
        purposes = [c["purpose"] for c in self.consents(keep["id"]) if c["active"]]
        self.assertEqual(sorted(purposes), ["contact", "photos"])
        audit = self.ok("GET", f"/audit?record_type=person&record_id={keep['id']}", "admin")["items"]
        self.assertIn("merge", [e["action"] for e in audit])

    def test_a_merge_keeps_the_attended_invitation_and_the_latest_no(self):
        keep = self.ok("POST", "/people", "coordinator", status=201, json={"name": "Bo Dubbel", "country": "SE"})
        other = self.ok("POST", "/people", "coordinator", status=201, json={"name": "Bo Dubbel", "country": "SE"})
        db = sqlite3.connect(self.db_path)
        event_id = db.execute("SELECT id FROM events WHERE status IN ('held', 'reported') ORDER BY id LIMIT 1").fetchone()[0]
        with db:
            for person, status in ((keep["id"], "invited"), (other["id"], "attended")):
                db.execute("INSERT INTO invitations (event_id, person_id, status, language, created_at, updated_at) "
                           "VALUES (?, ?, ?, 'sv', 't', 't')", (event_id, person, status))
        attended = db.execute("SELECT count(*) FROM invitations WHERE event_id = ? AND status = 'attended'",
                              (event_id,)).fetchone()[0]
        db.close()
        # The survivor objected to contact after the duplicate got its basis.
        contact = next(c for c in self.consents(keep["id"]) if c["purpose"] == "contact")
        self.withdraw(keep["id"], contact["id"])
        self.ok("POST", f"/people/{keep['id']}/merge", "coordinator", json={"other_id": other["id"]})
        db = sqlite3.connect(self.db_path)
        statuses = [r[0] for r in db.execute("SELECT status FROM invitations WHERE event_id = ? AND person_id = ?",
                                             (event_id, keep["id"]))]
        after = db.execute("SELECT count(*) FROM invitations WHERE event_id = ? AND status = 'attended'",
                           (event_id,)).fetchone()[0]
        db.close()
        self.assertEqual((statuses, after), (["attended"], attended))
        self.assertFalse([c for c in self.consents(keep["id"]) if c["purpose"] == "contact" and c["active"]],
                         "the latest decision, a no, stands")

    def test_a_withdrawn_consent_to_be_named_is_not_given_again_by_staff(self):
        person = self.people()[6]
        consent = self.give(person["id"], "named_in_reports")
        self.withdraw(person["id"], consent["id"])
        event = next(e for e in self.ok("GET", "/events", "admin")["items"] if e["status"] == "held")
        got, _, body = self.api("POST", f"/events/{event['id']}/outcomes", "admin", json={
            "kind": "quote", "text": "We need to be asked.", "speaker_person_id": person["id"], "named_on": "2026-11-30"})
        self.assertEqual(got, 422, body)
        self.assertEqual(body["errors"][0]["field"], "named_on")

    def test_duplicate_organisations_merge_with_their_people(self):
        keep = self.ok("POST", "/organisations", "coordinator", status=201,
                       json={"name": "Region Västerbotten (test)", "sector": "region", "level": "regional", "country": "SE"})
        other = self.ok("POST", "/organisations", "coordinator", status=201,
                        json={"name": "REGION VASTERBOTTEN (test)", "sector": "region", "level": "regional",
                              "country": "SE", "website": "https://www.regionvasterbotten.se"})
        member = self.ok("POST", "/people", "coordinator", status=201,
                         json={"name": "Per Personal", "organisation_id": other["id"]})
        pairs = self.ok("GET", "/organisations/duplicates", "coordinator")["items"]
        self.assertTrue(any({p["a"]["id"], p["b"]["id"]} == {keep["id"], other["id"]} for p in pairs), pairs)
        report = self.ok("POST", f"/organisations/{keep['id']}/merge", "coordinator", json={"other_id": other["id"]})
        self.assertEqual(report["moved"].get("people"), 1, report)
        self.assertEqual(self.ok("GET", f"/people/{member['id']}", "coordinator")["organisation_id"], keep["id"])
        merged = self.ok("GET", f"/organisations/{keep['id']}", "coordinator")
        self.assertEqual(merged["website"], "https://www.regionvasterbotten.se")
        self.assertEqual(self.api("GET", f"/organisations/{other['id']}", "coordinator")[0], 404)


@unittest.skipUnless(os.environ.get("SAMLA_TEST_POSTGRES_URL"), "SAMLA_TEST_POSTGRES_URL not set")
class ErasureOnPostgres(unittest.TestCase):
    """The CLI's erasure on PostgreSQL, checked with pg_dump of the whole schema."""

    def test_an_erased_person_leaves_no_identifying_value_in_pg_dump(self):
        base = os.environ["SAMLA_TEST_POSTGRES_URL"]
        schema = f"erasure_{os.getpid()}_{random.randrange(1 << 30)}"
        psql = lambda sql: subprocess.run(["psql", base, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql],
                                          check=True, capture_output=True, text=True).stdout
        psql(f"CREATE SCHEMA {schema}")
        try:
            separator = "&" if "?" in base else "?"
            url = f"{base}{separator}options=-csearch_path%3D{schema}"
            server = SamlaServer(db_url=url)
            run = lambda *args: subprocess.run([server.binary, *args, "--db", url], check=True,
                                               capture_output=True, text=True).stdout
            run("demo")
            person = json.loads(psql(f"SELECT row_to_json(p) FROM {schema}.people p WHERE name = 'Åsa Lindqvist'"))
            attended = psql(f"SELECT count(*) FROM {schema}.invitations WHERE status = 'attended'")
            exported = subprocess.run([server.binary, "privacy", "export", str(person["id"]), "-o", "-",
                                       "--db", url], check=True, capture_output=True).stdout
            with zipfile.ZipFile(io.BytesIO(exported)) as z:
                self.assertIn(person["email"], z.read("person.json").decode("utf-8"))
            report = json.loads(run("privacy", "erase", str(person["id"]), "--reason", "asked by letter"))
            self.assertGreater(report["changed"]["audit_log"], 0)
            dump = subprocess.run(["pg_dump", base, "-n", schema], check=True, capture_output=True,
                                  text=True).stdout
            self.assertIn("INSERT INTO" if "INSERT INTO" in dump else "COPY", dump)
            self.assertEqual(leaks(dump, identifying(person)), [])
            self.assertEqual(psql(f"SELECT count(*) FROM {schema}.invitations WHERE status = 'attended'"),
                             attended)
        finally:
            psql(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    unittest.main()
