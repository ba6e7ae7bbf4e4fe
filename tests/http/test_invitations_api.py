"""Invitations over HTTP on the demo programme, against a running `samla serve --demo`: the
issue's "Done when" from the API. A facilitator finds the demo workshop stopped by the
readiness gate, runs a selection that meets every quota, proposes the chosen people, cannot
send before the event is open, validates the lesson, opens the event and sends; each message
in the outbox carries a personal RSVP link; a participant answers through it (no account)
with an interpretation language and access needs (kept only with consent); the answer's
iCalendar opens in python3-icalendar; a decline proposes the next best candidate who keeps the
quotas; check-in records attendance. Every answer is checked against the OpenAPI document."""

import datetime
import mailbox
import os
import re
import sqlite3
import sys
import tempfile
import csv
import html
import io
import unittest
import zoneinfo

try:
    import icalendar
    import jsonschema
except ImportError:  # the pyenv python may lack them; Debian's python3 packages have them
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", "-m", "unittest", "-v", "test_invitations_api"])
    raise

from samla_server import ServerTestCase

PASSWORD = "invitations-api-password"
PUBLIC_URL = "https://samla.example.org"
WORKSHOP = "Workshop: co-produced stigma reduction"
QUOTAS = [
    {"kind": "lived_experience_share", "share": 0.25},
    {"kind": "perspective_min", "key": "policymaker", "count": 2},
    {"kind": "sector_min", "key": "civil_society", "count": 2},
    {"kind": "organisation_max", "count": 2},
]
SEATS = 12


class Invitations(ServerTestCase):
    default_role = "facilitator"
    server_args = ("--demo", "--public-url", PUBLIC_URL + "/")

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("inv", PASSWORD)

    # -- helpers ---------------------------------------------------------------------------
    def ok(self, method, path, role="facilitator", expect=200, **kwargs):
        status, headers, body = self.api(method, path, role, **kwargs)
        self.assertEqual(status, expect, body)
        return body

    def rsvp(self, method, token, path="", **kwargs):
        return self.server.request(method, "/api/v1/rsvp" + path, use_session=False,
                                   headers={"X-RSVP-Token": token}, **kwargs)

    def event_named(self, title):
        return next(e for e in self.ok("GET", "/events")["items"] if e["title"] == title)

    def people(self):
        people, cursor = {}, ""
        while True:
            page = self.ok("GET", "/people?limit=200" + cursor, "coordinator")
            people.update({p["id"]: p for p in page["items"]})
            if not page["next"]:
                return people
            cursor = "&cursor=" + page["next"]

    def sectors(self):
        return {o["id"]: o["sector"] for o in self.ok("GET", "/organisations?limit=200")["items"]}

    def quotas_hold(self, person_ids):
        """The quotas, counted here from the register (not from the server's answer)."""
        people, sectors = self.people(), self.sectors()
        chosen = [people[i] for i in person_ids]
        lived = sum("lived_experience" in p["perspectives"] for p in chosen)
        policy = sum("policymaker" in p["perspectives"] for p in chosen)
        civil = sum(sectors.get(p["organisation_id"]) == "civil_society" for p in chosen)
        per_org = {}
        for p in chosen:
            if p["organisation_id"]:
                per_org[p["organisation_id"]] = per_org.get(p["organisation_id"], 0) + 1
        return (lived >= 0.25 * len(chosen) - 1e-9 and policy >= 2 and civil >= 2
                and max(per_org.values(), default=0) <= 2)

    def links_in_outbox(self):
        """person name → the newest RSVP token in the outbox."""
        tokens = {}
        for m in reversed(self.ok("GET", "/outbox", "coordinator")["items"]):
            found = re.search(re.escape(PUBLIC_URL) + r"/rsvp#([A-Za-z0-9_-]{43})\b", m["body"])
            self.assertIsNotNone(found, m["body"])
            tokens[m["to_name"]] = found.group(1)
        return tokens

    # -- the demo workshop, end to end -----------------------------------------------------
    def test_demo_workshop_from_gate_to_rsvp_and_check_in(self):
        event = self.event_named(WORKSHOP)
        self.assertEqual(event["status"], "designed")
        path = f"/events/{event['id']}"

        # The readiness gate: the stigma theme has only an identified lesson.
        status, _, body = self.api("POST", path + "/transitions", json={"to": "open_for_invitations"})
        self.assertEqual(status, 422, body)
        self.assertIn("stigma_reduction", str(body["errors"]))

        # A quota on lived experience is for those who may see it (GDPR art. 9): a facilitator
        # is refused, with nothing stored.
        status, _, body = self.api("POST", path + "/selections", json={"seats": SEATS, "quotas": QUOTAS})
        self.assertEqual(status, 403, body)
        self.assertIn("quotas[0]", body["detail"])
        self.assertEqual(self.ok("GET", path + "/selections")["total"], 0)

        # The coordinator's selection meets every quota, with explanations; newcomers are real.
        selection = self.ok("POST", path + "/selections", "coordinator", expect=201, json={
            "seats": SEATS, "quotas": QUOTAS, "weights": {"newcomer": 1, "continuity": 0.5}})
        self.conforms(selection, "Selection")
        self.assertTrue(selection["feasible"])
        self.assertTrue(all(row["met"] for row in selection["quotas"]))
        chosen_ids = [c["person_id"] for c in selection["chosen"]]
        self.assertEqual(len(set(chosen_ids)), SEATS)
        self.assertTrue(self.quotas_hold(chosen_ids))
        attended = set()
        for earlier in ("Kickoff: Kraftsamling för psykisk hälsa",
                        "Policy dialogue: access to services across borders"):
            held = self.event_named(earlier)
            attended |= {v["person_id"] for v in self.ok("GET", f"/events/{held['id']}/invitations")["items"]
                         if v["status"] == "attended"}
        self.assertGreater(len(attended), 15)
        for c in selection["chosen"]:
            returning = c["person_id"] in attended
            self.assertEqual(c["parts"]["newcomer"] > 0, not returning, c)
            self.assertEqual(c["parts"]["continuity"] > 0, returning, c)
        self.assertTrue(any(c["fills"] for c in selection["chosen"]))

        # Proposed from the selection, each with its explanation and language.
        proposed = self.ok("POST", path + "/invitations", expect=201, json={"selection_id": selection["id"]})
        self.conforms(proposed, "InvitationList")
        self.assertEqual(sorted(v["person_id"] for v in proposed["items"]), sorted(chosen_ids))
        self.assertTrue(all(v["status"] == "proposed" and v["explanation"] for v in proposed["items"]))
        people = self.people()
        for v in proposed["items"]:
            self.assertEqual(v["language"], "sv" if "sv" in people[v["person_id"]]["languages"] else "en")
        again = self.ok("POST", path + "/invitations", expect=201, json={"selection_id": selection["id"]})
        self.assertEqual(again["total"], 0)  # nobody is asked twice

        # Not sent before the event is open (the gate holds); nothing written.
        outbox_before = self.ok("GET", "/outbox", "coordinator")["total"]
        status, _, body = self.api("POST", path + "/invitations/send", json={})
        self.assertEqual(status, 422, body)
        self.assertEqual(body["errors"][0]["field"], "event")
        self.assertEqual(self.ok("GET", "/outbox", "coordinator")["total"], outbox_before)

        # A facilitator validates the lesson, then the event opens.
        lesson = next(l for l in self.ok("GET", "/lessons")["items"] if "stigma_reduction" in l["themes"])
        self.ok("PUT", f"/lessons/{lesson['id']}", headers={"If-Match": f'"{lesson["version"]}"'},
                json={"text": lesson["text"], "source": lesson["source"], "themes": lesson["themes"],
                      "status": "validated"})
        opened = self.ok("POST", path + "/transitions", json={"to": "open_for_invitations"})
        self.assertEqual(opened["status"], "open_for_invitations")

        sent = self.ok("POST", path + "/invitations/send", json={})
        self.assertEqual(sent["total"], SEATS)
        self.assertTrue(all(v["status"] == "invited" and v["invited_at"] for v in sent["items"]))
        outbox = self.ok("GET", "/outbox", "coordinator")
        self.conforms(outbox, "OutboxList")
        self.assertEqual(outbox["total"], outbox_before + SEATS)
        tokens = self.links_in_outbox()
        swedish = next(m for m in outbox["items"] if m["language"] == "sv")
        self.assertTrue(swedish["subject"].startswith("Inbjudan: "))
        self.assertIn("februari 2027 10:00–16:00 (Europe/Stockholm)", swedish["body"])
        english = next(m for m in outbox["items"] if m["language"] == "en")
        self.assertIn("Tuesday 16 February 2027 10:00–16:00", english["body"])
        self.check_mbox(outbox["items"][:SEATS])

        # A participant answers through the link, without an account.
        invitations = {v["person_name"]: v for v in sent["items"]}
        name = next(n for n in invitations if n in tokens)
        token = tokens[name]
        status, headers, page = self.rsvp("GET", token)
        self.assertEqual(status, 200, page)
        self.conforms(page, "Rsvp")
        self.assertEqual(headers.get("cache-control"), "no-store")
        self.assertEqual((page["person_name"], page["status"], page["can_respond"]), (name, "invited", True))
        self.assertEqual(page["event"]["interpretation_languages"], ["sv"])
        needs = "Wheelchair user; I need a seat near the door."
        # The workshop is hybrid: whoever accepts says how they take part.
        self.assertEqual(page["event"]["format"], "hybrid")
        coming = {"response": "accepted", "attendance_mode": "in_person"}
        for answer, field in ((dict(coming, access_needs=needs), "access_needs_consent"),
                              (dict(coming, interpretation_language="fi"), "interpretation_language"),
                              ({"response": "accepted"}, "attendance_mode"),
                              ({"response": "tentative", "attendance_mode": "by_post"}, "attendance_mode"),
                              ({"response": "maybe"}, "response")):
            status, _, body = self.rsvp("POST", token, json=answer)
            self.assertEqual(status, 422, body)
            self.assertEqual([e["field"] for e in body["errors"]], [field])
        self.assertEqual(self.rsvp("GET", token)[2]["status"], "invited")  # nothing changed
        status, _, page = self.rsvp("POST", token, json={
            "response": "accepted", "attendance_mode": "in_person", "interpretation_language": "sv",
            "access_needs": needs, "access_needs_consent": True, "comment": "Looking forward to it."})
        self.assertEqual(status, 200, page)
        self.assertEqual((page["status"], page["interpretation_language"], page["access_needs"],
                          page["attendance_mode"]), ("accepted", "sv", needs, "in_person"))

        # Organisers see the answer; only admins and coordinators see the access needs.
        mine = invitations[name]
        as_coordinator = self.ok("GET", f"/invitations/{mine['id']}", "coordinator")
        self.conforms(as_coordinator, "Invitation")
        self.assertEqual((as_coordinator["access_needs"], as_coordinator["access_needs_hidden"]), (needs, False))
        as_facilitator = self.ok("GET", f"/invitations/{mine['id']}")
        self.assertEqual((as_facilitator["access_needs"], as_facilitator["access_needs_hidden"]), (None, True))
        tracker = self.ok("GET", path + "/invitations")
        self.assertEqual(tracker["summary"]["by_status"]["accepted"], 1)
        self.assertEqual(tracker["summary"]["interpretation"], {"sv": 1})
        self.assertEqual(tracker["summary"]["attendance_mode"], {"in_person": 1})
        # How many have access needs is health data too: a count of one names the person.
        self.assertIsNone(tracker["summary"]["access_needs"])
        self.assertEqual(self.ok("GET", path + "/invitations", "coordinator")["summary"]["access_needs"], 1)
        audit = self.ok("GET", f"/audit?record_type=invitation&limit=200", "admin")
        self.assertNotIn(needs, str(audit))
        self.assertIn("access_needs_given", str(audit))

        # The invitation's iCalendar opens in a calendar parser, with the answer.
        status, headers, ics = self.rsvp("GET", token, "/calendar.ics")
        self.assertEqual(status, 200)
        self.assertTrue(headers["content-type"].startswith("text/calendar"))
        self.check_invitation_calendar(ics, "ACCEPTED", as_coordinator["email"])
        status, _, ics = self.api("GET", f"/invitations/{mine['id']}/calendar.ics", "observer")
        self.assertEqual(status, 200)
        self.check_invitation_calendar(ics, "ACCEPTED", as_coordinator["email"])

        # A decline proposes the next best candidate who keeps the quotas.
        decliner = next(n for n in tokens if n != name and n in invitations)
        status, _, page = self.rsvp("POST", tokens[decliner], json={"response": "declined"})
        self.assertEqual((status, page["status"]), (200, "declined"))
        after = self.ok("GET", path + "/invitations")["items"]
        replacement = [v for v in after if v["waitlist_for"] == invitations[decliner]["id"]]
        self.assertEqual(len(replacement), 1, after)
        self.assertEqual(replacement[0]["status"], "proposed")
        self.assertNotIn(replacement[0]["person_id"], chosen_ids)
        self.assertIsNotNone(replacement[0]["explanation"])
        holding = [v["person_id"] for v in after if v["status"] in ("proposed", "invited", "accepted", "tentative")]
        self.assertEqual(len(holding), SEATS)
        self.assertTrue(self.quotas_hold(holding))
        # Declining again changes nothing more.
        self.rsvp("POST", tokens[decliner], json={"response": "declined"})
        self.assertEqual(len(self.ok("GET", path + "/invitations")["items"]), len(after))

        # A reminder goes to those invited who have not answered, each with a new link; the
        # one who answered and the one who declined get none, and a second click sends nothing.
        waiting = {v["person_name"] for v in self.ok("GET", path + "/invitations")["items"]
                   if v["status"] == "invited"}
        self.assertTrue(waiting)
        outbox_count = self.ok("GET", "/outbox", "coordinator")["total"]
        status, _, body = self.api("POST", path + "/invitations/remind", "observer", json={})
        self.assertEqual(status, 403, body)
        # Not right after sending: the invitations' links (maybe still in the outbox) stay.
        early = self.ok("POST", path + "/invitations/remind", json={})
        self.assertEqual(early["sent"], 0)
        self.assertEqual({(k["name"], k["reason"]) for k in early["skipped"]},
                         {(n, "contacted_recently") for n in waiting})
        self.assertEqual(self.ok("GET", "/outbox", "coordinator")["total"], outbox_count)
        # Two days later (the invitations' time moved back in the database itself).
        with sqlite3.connect(self.server.db_url.removeprefix("sqlite:")) as db:
            db.execute("UPDATE invitations SET invited_at = '2026-01-01T09:00:00Z' "
                       "WHERE event_id = ? AND status = 'invited'", (event["id"],))
        reminded = self.ok("POST", path + "/invitations/remind", json={})
        self.conforms(reminded, "InvitationSendResult")
        self.assertEqual({v["person_name"] for v in reminded["items"]}, waiting)
        self.assertTrue(all(v["reminded_at"] and v["status"] == "invited" for v in reminded["items"]))
        self.assertEqual(reminded["skipped"], [])
        outbox = self.ok("GET", "/outbox", "coordinator")
        self.assertEqual(outbox["total"], outbox_count + len(waiting))
        reminders = [m for m in outbox["items"] if m["kind"] == "reminder"]
        self.assertEqual({m["to_name"] for m in reminders}, waiting)
        for m in reminders:
            self.assertTrue(m["subject"].startswith("Påminnelse: " if m["language"] == "sv" else "Reminder: "), m)
        some = next(iter(waiting))
        self.assertEqual(self.rsvp("GET", tokens[some])[0], 404)  # the old link stopped working
        self.assertEqual(self.rsvp("GET", self.links_in_outbox()[some])[2]["status"], "invited")
        # This one will take part online: on the attendance export, not on the sheet to sign.
        status, _, page = self.rsvp("POST", self.links_in_outbox()[some],
                                    json={"response": "accepted", "attendance_mode": "online"})
        self.assertEqual((status, page["attendance_mode"]), (200, "online"), page)
        waiting.discard(some)
        again = self.ok("POST", path + "/invitations/remind", json={})
        self.assertEqual(again["sent"], 0)
        self.assertEqual({(k["name"], k["reason"]) for k in again["skipped"]},
                         {(n, "contacted_recently") for n in waiting})
        self.assertEqual(self.ok("GET", "/outbox", "coordinator")["total"], outbox_count + reminded["sent"])

        # Sending again replaces the link: the old one stops working.
        resent = self.ok("POST", path + "/invitations/send", json={"invitation_ids": [mine["id"]]})
        self.assertEqual(resent["items"][0]["status"], "accepted")
        self.assertEqual(self.rsvp("GET", token)[0], 404)
        new_token = self.links_in_outbox()[name]
        self.assertNotEqual(new_token, token)
        self.assertEqual(self.rsvp("GET", new_token)[2]["status"], "accepted")

        # An answer given by phone, then the capacity cannot drop below the three who accepted
        # (in person, online, by phone).
        third = next(v for n, v in invitations.items() if n not in (name, decliner, some))
        third = self.ok("GET", f"/invitations/{third['id']}")
        self.ok("POST", f"/invitations/{third['id']}/transitions", json={"to": "accepted", "note": "By phone"},
                headers={"If-Match": f'"{third["version"]}"'})
        current_event = self.ok("GET", path)
        design = {k: v for k, v in current_event.items()
                  if k not in ("id", "status", "readiness_override", "created_at", "updated_at", "version")}
        status, _, body = self.api("PUT", path, json=dict(design, capacity=1),
                                   headers={"If-Match": f'"{current_event["version"]}"'})
        self.assertEqual(status, 422, body)
        self.assertEqual(body["errors"], [{"field": "capacity", "code": "below_accepted", "params": {"count": "3"},
                                           "message": "is below the 3 people who have accepted"}])
        self.assertEqual(self.ok("GET", path)["capacity"], SEATS)

        # Check-in, with If-Match, and steps out of order refused; not before the event's day.
        current = self.ok("GET", f"/invitations/{mine['id']}")
        status, _, body = self.api("POST", f"/invitations/{mine['id']}/transitions", json={"to": "attended"},
                                   headers={"If-Match": f'"{current["version"]}"'})
        self.assertEqual(status, 422, body)
        self.assertIn("from the day the event starts", body["errors"][0]["message"])
        today = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Stockholm")).date().isoformat()
        current_event = self.ok("GET", path)
        self.ok("PUT", path, json=dict(design, starts_at=today + "T00:00", ends_at=today + "T23:59"),
                headers={"If-Match": f'"{current_event["version"]}"'})
        status, _, body = self.api("POST", f"/invitations/{mine['id']}/transitions", json={"to": "proposed"},
                                   headers={"If-Match": f'"{current["version"]}"'})
        self.assertEqual(status, 422, body)
        self.assertEqual(body["errors"][0]["field"], "to")
        status, _, body = self.api("POST", f"/invitations/{mine['id']}/transitions", json={"to": "attended"},
                                   headers={"If-Match": '"1"'})
        self.assertEqual(status, 412, body)
        checked = self.ok("POST", f"/invitations/{mine['id']}/transitions", json={"to": "attended"},
                          headers={"If-Match": f'"{current["version"]}"'})
        self.assertEqual(checked["status"], "attended")
        self.assertIsNotNone(checked["checked_in_at"])
        self.assertEqual(self.rsvp("GET", new_token)[2]["can_respond"], False)
        status, _, _ = self.rsvp("POST", new_token, json={"response": "declined"})
        self.assertEqual(status, 409)

        # Evidence of attendance: the sheet in the reader's language, and a sign-in sheet.
        status, headers, text = self.api("GET", path + "/attendance?format=csv&lang=sv", "coordinator")
        self.assertEqual(status, 200, text)
        self.assertTrue(headers["content-type"].startswith("text/csv"))
        rows = list(csv.reader(io.StringIO(text)))
        # A hybrid event's evidence says who was in the room and who online.
        self.assertEqual(rows[0], ["Namn", "Organisation", "Land", "Svar", "Incheckad", "Deltar"])
        mine_row = next(r for r in rows[1:] if r[0] == name)
        self.assertEqual((mine_row[3], mine_row[4], mine_row[5]), ("Deltog", checked["checked_in_at"], "På plats"))
        online_row = next(r for r in rows[1:] if r[0] == some)
        self.assertEqual((online_row[3], online_row[5]), ("Tackat ja", "På distans"))
        self.assertNotIn(needs, text)  # never the access needs
        status, headers, xlsx = self.api("GET", path + "/attendance?format=xlsx", "coordinator", raw=True)
        self.assertEqual((status, xlsx[:2]), (200, b"PK"))
        status, _, problem = self.api("GET", path + "/attendance?format=pdf", "coordinator")
        self.assertEqual((status, problem["errors"][0]["field"]), (422, "format"))
        status, headers, sheet = self.api("GET", path + "/sign-in-sheet?lang=sv")
        self.assertEqual(status, 200)
        self.assertTrue(headers["content-type"].startswith("text/html"))
        self.assertIn("style-src 'unsafe-inline'", headers["content-security-policy"])
        self.assertIn("<th scope=\"col\">Namnteckning</th>", sheet)
        self.assertIn(f"<td>{html.escape(name, quote=False)}</td>", sheet)
        self.assertNotIn(f"<td>{html.escape(some, quote=False)}</td>", sheet)
        self.assertNotIn(needs, sheet)
        self.assertEqual(self.api("GET", "/events/999999/sign-in-sheet")[0], 404)
        self.assertEqual(self.api("GET", path + "/attendance", "observer")[0], 403)

    def check_mbox(self, messages):
        status, headers, raw = self.api("GET", "/outbox/export", "coordinator", raw=True)
        self.assertEqual(status, 200)
        self.assertEqual(headers["content-type"], "application/mbox")
        with tempfile.NamedTemporaryFile(suffix=".mbox") as f:
            f.write(raw)
            f.flush()
            box = mailbox.mbox(f.name)
            parsed = list(box)
            box.close()
        self.assertGreaterEqual(len(parsed), len(messages))
        by_id = {m["Message-ID"]: m for m in parsed}
        for sent in messages:
            mail = by_id[f"<outbox-{sent['id']}@samla.localhost>"]
            self.assertIn(sent["to_email"], mail["To"])
            self.assertEqual(str(mailbox.email.header.make_header(
                mailbox.email.header.decode_header(mail["Subject"]))), sent["subject"])
            parts = {p.get_content_type(): p for p in mail.walk()}
            self.assertEqual(parts["text/plain"].get_payload(decode=True).decode("utf-8"), sent["body"])
            calendar = icalendar.Calendar.from_ical(parts["text/calendar"].get_payload(decode=True))
            attendee = calendar.walk("VEVENT")[0]["ATTENDEE"]
            self.assertEqual(str(attendee), "mailto:" + sent["to_email"])

    def check_invitation_calendar(self, ics, partstat, email):
        calendar = icalendar.Calendar.from_ical(ics)
        # Without --smtp-from no address can take a calendar's reply: the file is published,
        # asks for no answer, and says to answer through the personal link.
        self.assertEqual(str(calendar["METHOD"]), "PUBLISH")
        event = calendar.walk("VEVENT")[0]
        self.assertNotIn("ORGANIZER", event)
        self.assertNotIn("RSVP", event["ATTENDEE"].params)
        self.assertRegex(str(event["DESCRIPTION"]), r"personal link|personliga länken")
        start = event.decoded("DTSTART")
        self.assertEqual(start, datetime.datetime(2027, 2, 16, 10, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Stockholm")))
        self.assertEqual(start.astimezone(datetime.timezone.utc).hour, 9)
        attendee = event["ATTENDEE"]
        self.assertEqual(str(attendee), "mailto:" + email)
        self.assertEqual(attendee.params["PARTSTAT"], partstat)
        self.assertEqual(str(event["SUMMARY"]), WORKSHOP)

    # -- bad input and permissions -----------------------------------------------------------
    def draft_event(self):
        return self.ok("POST", "/events", expect=201, json={
            "title": "Group meeting: follow-up", "type": "group_meeting", "format": "online",
            "link": "https://meet.example.org/follow-up", "starts_at": "2027-05-04T13:00",
            "ends_at": "2027-05-04T14:00", "time_zone": "Europe/Oslo", "capacity": 5,
            "interpretation_languages": []})

    def test_a_kickoff_list_for_sweden_is_invited_to_an_event(self):
        built = self.ok("POST", "/kickoff-lists", "coordinator", expect=201,
                        json={"title": "Kickoff Sverige", "country": "Sverige"})
        # Two organisations by hand: one with a contact person, one without.
        contact = self.ok("POST", "/people", "coordinator", expect=201,
                          json={"name": "Kim Kontakt", "country": "SE", "email": "kim.kontakt@example.org"})
        with_contact = self.ok("POST", "/organisations", "coordinator", expect=201, json={
            "name": "Förbundet Med Kontakt", "sector": "civil_society", "level": "national",
            "country": "SE", "contact_person_id": contact["id"]})
        self.assertEqual((with_contact["contact_person_id"], with_contact["contact_person_name"]),
                         (contact["id"], "Kim Kontakt"))
        without = self.ok("POST", "/organisations", "coordinator", expect=201, json={
            "name": "Förbundet Utan Kontakt", "sector": "civil_society", "level": "national", "country": "SE"})
        entries = f"/kickoff-lists/{built['id']}/entries"
        for org in (with_contact, without):
            status, _, built = self.api("POST", entries, "coordinator", json={
                "subject_type": "organisation", "subject_id": org["id"], "reason": "Samlar brukarorganisationerna"},
                headers={"If-Match": f"\"{built['version']}\""})
            self.assertEqual(status, 201, built)
        included = [e for e in built["entries"] if e["status"] == "included"]
        people = {e["subject_id"] for e in included if e["subject_type"] == "person"}
        self.assertTrue(people, built)
        event = self.draft_event()
        path = f"/kickoff-lists/{built['id']}/invitations"
        # Kickoff lists are the coordinators': a facilitator may not invite one.
        status, _, _ = self.api("POST", path, json={"event_id": event["id"]})
        self.assertEqual(status, 403)
        answer = self.ok("POST", path, "coordinator", expect=201, json={"event_id": event["id"]})
        self.conforms(answer, "KickoffInvitations")
        # The people, and the organisation with a contact through that person.
        self.assertEqual({v["person_id"] for v in answer["items"]}, people | {contact["id"]})
        self.assertEqual({v["status"] for v in answer["items"]}, {"proposed"})
        skipped = {(k["subject_id"], k["reason"]) for k in answer["skipped"]}
        self.assertIn((without["id"], "no_contact_person"), skipped)
        self.assertNotIn(with_contact["id"], {k["subject_id"] for k in answer["skipped"]})
        invited = self.ok("GET", f"/events/{event['id']}/invitations")
        self.assertEqual({v["person_id"] for v in invited["items"]}, people | {contact["id"]})
        # The contact person's page lists the event, with the invitation's status.
        listed = self.ok("GET", f"/people/{contact['id']}/events")
        self.conforms(listed, "PersonEventList")
        self.assertEqual([(e["event_id"], e["title"], e["invitation_status"]) for e in listed["items"]],
                         [(event["id"], event["title"], "proposed")])
        self.assertEqual(self.api("GET", "/people/999999/events")[0], 404)
        # Invited again: nobody twice, and each is named as already invited.
        again = self.ok("POST", path, "coordinator", expect=201, json={"event_id": event["id"]})
        self.assertEqual(again["items"], [])
        self.assertEqual({k["subject_id"] for k in again["skipped"] if k["reason"] == "already_invited"},
                         people | {with_contact["id"]})
        for body, status_wanted in (({}, 422), ({"event_id": "one"}, 422), ({"event_id": 999999}, 404)):
            with self.subTest(body=body):
                status, _, problem = self.api("POST", path, "coordinator", json=body)
                self.assertEqual(status, status_wanted, problem)
        status, _, _ = self.api("POST", "/kickoff-lists/999999/invitations", "coordinator",
                                json={"event_id": event["id"]})
        self.assertEqual(status, 404)
        # A contact person must be in the register.
        status, _, problem = self.api("POST", "/organisations", "coordinator", json={
            "name": "Förbundet X", "sector": "civil_society", "level": "national", "contact_person_id": 999999})
        self.assertEqual((status, problem["errors"][0]["field"]), (422, "contact_person_id"), problem)

    def test_bad_input_names_the_field_and_changes_nothing(self):
        event = self.draft_event()
        path = f"/events/{event['id']}/invitations"
        someone = next(iter(self.people()))
        for body, field in (({}, "selection_id"),
                            ({"selection_id": 1, "person_ids": [someone]}, "selection_id"),
                            ({"person_ids": [someone, 999999]}, "person_ids"),
                            ({"person_ids": "all"}, "person_ids"),
                            ({"person_ids": [someone], "language": "de"}, "language"),
                            ({"selection_id": 999999}, "selection_id")):
            status, _, answer = self.api("POST", path, json=body)
            with self.subTest(body=body):
                self.assertEqual(status, 422, answer)
                self.assertEqual(answer["errors"][0]["field"], field)
        self.assertEqual(self.ok("GET", path)["total"], 0)

        # A person without an e-mail address is left out and named; the others are sent.
        nameless = self.ok("POST", "/people", "coordinator", expect=201,
                           json={"name": "Nils Utan Adress", "country": "SE"})
        with_mail = self.ok("POST", "/people", "coordinator", expect=201,
                            json={"name": "Nora Med Adress", "country": "NO", "email": "nora@example.org"})
        made = self.ok("POST", path, expect=201, json={"person_ids": [nameless["id"], with_mail["id"]]})
        self.assertEqual(made["total"], 2)
        for step in ("designed", "open_for_invitations"):
            self.ok("POST", f"/events/{event['id']}/transitions", json={"to": step})
        outbox = self.ok("GET", "/outbox", "coordinator")["total"]
        answer = self.ok("POST", path + "/send", json={})
        self.conforms(answer, "InvitationSendResult")
        nils = next(v for v in made["items"] if v["person_id"] == nameless["id"])
        self.assertEqual(answer["sent"], 1)
        self.assertEqual([v["person_id"] for v in answer["items"]], [with_mail["id"]])
        self.assertEqual(answer["skipped"], [{"invitation_id": nils["id"], "name": "Nils Utan Adress",
                                              "reason": "no_email"}])
        self.assertEqual(self.ok("GET", "/outbox", "coordinator")["total"], outbox + 1)
        statuses = {v["person_id"]: v["status"] for v in self.ok("GET", path)["items"]}
        self.assertEqual(statuses, {nameless["id"]: "proposed", with_mail["id"]: "invited"})

        # By hand: no selection, so a decline proposes no one; a proposed one may be deleted.
        nora = next(v for v in made["items"] if v["person_id"] == with_mail["id"])
        nora = self.ok("GET", f"/invitations/{nora['id']}")
        declined = self.ok("POST", f"/invitations/{nora['id']}/transitions",
                           json={"to": "declined", "note": "Phoned: on holiday."},
                           headers={"If-Match": f'"{nora["version"]}"'})
        # The note is free text about a person: the facilitator's answer leaves it out,
        # the coordinator reads it.
        self.assertEqual((declined["status"], declined["note"]), ("declined", ""))
        self.assertEqual(self.ok("GET", f"/invitations/{nora['id']}", "coordinator")["note"],
                         "Phoned: on holiday.")
        self.assertEqual(self.ok("GET", path)["total"], 2)
        nils = next(v for v in made["items"] if v["person_id"] == nameless["id"])
        status, _, _ = self.api("DELETE", f"/invitations/{declined['id']}")
        self.assertEqual(status, 422)
        status, _, _ = self.api("DELETE", f"/invitations/{nils['id']}", headers={"If-Match": '"1"'})
        self.assertEqual(status, 204)
        self.assertEqual(self.ok("GET", path)["total"], 1)

    def test_who_may_do_what(self):
        event = self.draft_event()
        path = f"/events/{event['id']}/invitations"
        someone = next(iter(self.people()))
        status, _, _ = self.api("POST", path, "observer", json={"person_ids": [someone]})
        self.assertEqual(status, 403)
        self.assertEqual(self.api("GET", "/outbox", "observer")[0], 403)
        self.assertEqual(self.api("GET", "/outbox/export", "observer")[0], 403)
        self.assertEqual(self.api("GET", path, "observer")[0], 200)
        # The RSVP routes need the token, not an account; a wrong one finds nothing.
        self.assertEqual(self.server.request("GET", "/api/v1/rsvp", use_session=False)[0], 404)
        self.assertEqual(self.rsvp("GET", "x" * 43)[0], 404)
        self.assertEqual(self.rsvp("POST", "nonsense", json={"response": "accepted"})[0], 404)
        self.assertEqual(self.server.request("GET", "/api/v1/outbox", use_session=False)[0], 401)


if __name__ == "__main__":
    unittest.main()
