"""Special-category data (GDPR art. 9) leaves the server only for those allowed to see it,
against a running `samla serve --demo`, including what could be inferred rather than read:

- the fills of a lived-experience quota in a selection's explanation, on invitations and on
  waitlist proposals;
- a quota on lived experience: only those who may see it set one, and the outcome of one in a
  stored selection reads the same whoever was chosen;
- kickoff lists: an entry that closes a lived-experience gap, and countries whose coverage
  rows exist only because of lived experience;
- free text about people (notes, mapping reasons, rationales, invitation comments and notes,
  tie notes), shown and searched only by those who see special-category data unless the
  programme's privacy setting opens it;
- personal links in the outbox: only admins and coordinators see a working one.
"""

import mailbox
import re
import tempfile
import unittest

from samla_server import ServerTestCase

PASSWORD = "special-category-password"
PUBLIC_URL = "https://samla.example.org"
WORKSHOP = "Workshop: co-produced stigma reduction"
LIVED = {"kind": "lived_experience_share", "share": 1.0}


def without_person(selection):
    """A stored selection with everything that names the chosen person taken out."""
    out = {k: v for k, v in selection.items()
           if k not in ("id", "created_at", "seconds", "parameters", "objective")}
    out["chosen"] = [{k: v for k, v in c.items()
                      if k not in ("person_id", "name", "organisation_name", "country", "score",
                                   "parts")}
                     for c in selection["chosen"]]
    return out


class SpecialCategory(ServerTestCase):
    server_args = ("--demo", "--public-url", PUBLIC_URL)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("sc", PASSWORD)

    def ok(self, method, path, role="coordinator", expect=200, **kwargs):
        status, _, body = self.api(method, path, role, **kwargs)
        self.assertEqual(status, expect, body)
        return body

    def workshop(self):
        return next(e for e in self.ok("GET", "/events")["items"] if e["title"] == WORKSHOP)

    def people(self, role="coordinator", query=""):
        return self.ok("GET", "/people?limit=500" + query, role)["items"]

    def lived(self, yes):
        return [p for p in self.people() if ("lived_experience" in p["perspectives"]) == yes]

    # -- selections and invitations ----------------------------------------------------------
    def test_a_lived_experience_quota_is_for_those_who_may_see_it(self):
        event = self.workshop()
        path = f"/events/{event['id']}/selections"
        before = self.ok("GET", path)["total"]
        for quota in (LIVED, {"kind": "perspective_min", "key": "lived_experience", "count": 1}):
            status, _, body = self.api("POST", path, "facilitator",
                                       json={"seats": 2, "quotas": [{"kind": "sector_min",
                                                                     "key": "region", "count": 1},
                                                                    quota]})
            self.assertEqual(status, 403, body)
            self.assertIn("quotas[1]", body["detail"])
        self.assertEqual(self.ok("GET", path)["total"], before)

    def test_a_stored_lived_experience_row_reads_the_same_whoever_was_chosen(self):
        # The probe from the independent check: one seat, one pinned person, a share of 1.
        event = self.workshop()
        path = f"/events/{event['id']}/selections"
        seen = []
        for person in (self.lived(True)[0], self.lived(False)[0]):
            made = self.ok("POST", path, expect=201,
                           json={"seats": 1, "pinned": [person["id"]], "quotas": [LIVED]})
            self.assertEqual(made["quotas"][0]["met"], "lived_experience" in person["perspectives"])
            for role in ("facilitator", "observer"):
                stored = self.ok("GET", f"/selections/{made['id']}", role)
                self.conforms(stored, "Selection")
                row = stored["quotas"][0]
                self.assertEqual((row["chosen"], row["shortfall"], row["met"]), (None, None, None))
                self.assertEqual(stored["chosen"][0]["fills"], [])
                seen.append(without_person(stored))
            listed = self.ok("GET", f"/events/{event['id']}/selections", "observer")["items"]
            self.assertIn(without_person(next(s for s in listed if s["id"] == made["id"])), seen)
        self.assertEqual(seen[0], seen[2], "the facilitator cannot tell the two people apart")
        self.assertEqual(seen[1], seen[3], "nor can the observer")

    def test_invitations_and_waitlist_proposals_hide_lived_experience_fills(self):
        event = self.ok("POST", "/events", expect=201, json={
            "title": "Dialogue for the special-category test", "type": "policy_dialogue",
            "themes": ["stigma_reduction"], "format": "online", "link": "https://meet.example.org/x",
            "starts_at": "2027-05-04T10:00", "ends_at": "2027-05-04T12:00",
            "time_zone": "Europe/Stockholm", "capacity": 6})
        path = f"/events/{event['id']}"
        quotas = [{"kind": "lived_experience_share", "share": 0.5},
                  {"kind": "sector_min", "key": "civil_society", "count": 1}]
        selection = self.ok("POST", path + "/selections", expect=201,
                            json={"seats": 6, "quotas": quotas})
        self.assertTrue(selection["quotas"][0]["met"])
        self.ok("POST", path + "/invitations", expect=201, json={"selection_id": selection["id"]})

        def fills(role):
            items = self.ok("GET", path + "/invitations", role)["items"]
            return {v["person_id"]: {f["quota"] for f in v["explanation"]["fills"]} for v in items}

        full = fills("coordinator")
        self.assertGreaterEqual(sum(0 in quotas for quotas in full.values()), 3)
        for role in ("facilitator", "observer"):
            shown = fills(role)
            self.assertEqual(shown, {p: q - {0} for p, q in full.items()}, role)
            one = self.ok("GET", f"/invitations/{self.ok('GET', path + '/invitations', role)['items'][0]['id']}", role)
            self.conforms(one, "Invitation")
            self.assertNotIn("lived experience", str(one["explanation"]).lower())

        # A decline's waitlist proposal carries the same explanation, hidden the same way.
        moved = next(v for v in self.ok("GET", path + "/invitations")["items"]
                     if 0 in full[v["person_id"]] and v["email"])
        self.ok("POST", path + "/transitions", json={"to": "designed"})
        self.ok("POST", path + "/transitions", json={"to": "open_for_invitations"})
        self.ok("POST", path + "/invitations/send", json={"invitation_ids": [moved["id"]]})
        current = self.ok("GET", f"/invitations/{moved['id']}")
        self.ok("POST", f"/invitations/{moved['id']}/transitions", json={"to": "declined"},
                headers={"If-Match": f'"{current["version"]}"'})
        proposals = [v for v in self.ok("GET", path + "/invitations")["items"]
                     if v["waitlist_for"] == moved["id"]]
        self.assertEqual(len(proposals), 1)
        by_role = {role: next(v for v in self.ok("GET", path + "/invitations", role)["items"]
                              if v["id"] == proposals[0]["id"])
                   for role in ("coordinator", "facilitator")}
        self.assertIn(0, {f["quota"] for f in by_role["coordinator"]["explanation"]["fills"]})
        self.assertNotIn(0, {f["quota"] for f in by_role["facilitator"]["explanation"]["fills"]})

    # -- kickoff lists -----------------------------------------------------------------------
    def test_a_kickoff_list_does_not_show_who_closes_a_lived_experience_gap(self):
        # Someone whose only perspective is lived experience, in a country no one else is from.
        iris = self.ok("POST", "/people", expect=201, json={
            "name": "Iris Testperson", "country": "MT", "perspectives": ["lived_experience"],
            "themes": ["stigma_reduction"], "lived_experience_consent_on": "2026-03-01"})
        built = self.ok("POST", "/kickoff-lists", expect=201,
                        json={"title": "Kickoff, special-category test", "close_gaps": True})
        mine = [e for e in built["entries"] if e["subject_id"] == iris["id"]
                and e["subject_type"] == "person"]
        self.assertEqual(len(mine), 1, built["entries"])
        self.assertEqual(mine[0]["gap"]["column"], "lived_experience")
        hidden = {e["id"] for e in built["entries"]
                  if e["gap"] and e["gap"]["column"] == "lived_experience"}
        coverage = self.ok("GET", "/analysis/coverage", "facilitator")
        visible_rows = {row["key"] for row in coverage["rows"]}
        self.assertNotIn("MT", visible_rows)

        for role in ("facilitator", "observer"):
            shown = self.ok("GET", f"/kickoff-lists/{built['id']}", role)
            self.conforms(shown, "KickoffList")
            ids = {e["id"] for e in shown["entries"]}
            self.assertEqual(ids, {e["id"] for e in built["entries"]} - hidden, role)
            self.assertTrue(all(e["gap"] is None for e in shown["entries"]))
            for e in shown["entries"]:
                self.assertNotIn("Malta", e["reason_text"])
            self.assertNotIn("MT", {g["row"] for g in shown["open_gaps"]})
            summary = next(s for s in self.ok("GET", "/kickoff-lists", role)["items"]
                           if s["id"] == built["id"])
            self.assertEqual(summary["included"],
                             sum(e["status"] == "included" for e in shown["entries"]))
        coordinator_summary = next(s for s in self.ok("GET", "/kickoff-lists")["items"]
                                   if s["id"] == built["id"])
        self.assertEqual(coordinator_summary["included"], len(built["entries"]))

    # -- free text ---------------------------------------------------------------------------
    def test_free_text_is_shown_and_searched_only_by_those_allowed_until_the_programme_opens_it(self):
        word = "Zebrafinkprojektet"
        person = self.ok("POST", "/people", expect=201, json={
            "name": "Noa Fritext", "country": "SE", "perspectives": ["researcher"],
            "notes": f"Talked about {word} and her own health.", "mapping_reason": "Knows the pilot"})
        other = self.people()[0]
        tie = self.ok("POST", "/ties", expect=201, json={
            "from": {"kind": "person", "id": person["id"]}, "to": {"kind": "person", "id": other["id"]},
            "type": "advice", "note": "Supports her after her diagnosis"})
        self.ok("POST", "/assessments", expect=201, json={
            "subject_type": "person", "subject_id": person["id"], "influence": 3, "interest": 4,
            "attitude": 1, "legitimacy": 2, "urgency": 2, "relevance": {"stigma_reduction": 2},
            "rationale": "Spoke openly about her treatment"})

        def seen_by(role):
            one = self.ok("GET", f"/people/{person['id']}", role)
            found = self.ok("GET", f"/people?q={word}", role)["items"]
            ties = self.ok("GET", f"/ties?person={person['id']}", role)["items"]
            history = self.ok("GET", f"/assessments?person={person['id']}", role)["items"]
            return (one["notes"], one["mapping_reason"], [p["id"] for p in found],
                    ties[0]["note"], history[0]["rationale"])

        full = ("Talked about Zebrafinkprojektet and her own health.", "Knows the pilot",
                [person["id"]], "Supports her after her diagnosis", "Spoke openly about her treatment")
        self.assertEqual(seen_by("coordinator"), full)
        for role in ("facilitator", "observer"):
            self.assertEqual(seen_by(role), ("", None, [], "", ""), role)
        self.assertEqual(self.ok("GET", f"/people?q=Noa", "observer")["items"][0]["id"], person["id"],
                         "names are still searched")

        # The privacy setting: only those who see special-category data may change it.
        settings = self.ok("GET", "/privacy/settings", "observer")
        self.conforms(settings, "PrivacySettings")
        self.assertFalse(settings["free_text_for_all_readers"])
        status, _, _ = self.api("PUT", "/privacy/settings", "facilitator",
                                json={"free_text_for_all_readers": True},
                                headers={"If-Match": f'"{settings["version"]}"'})
        self.assertEqual(status, 403)
        opened = self.ok("PUT", "/privacy/settings", json={"free_text_for_all_readers": True},
                         headers={"If-Match": f'"{settings["version"]}"'})
        self.assertEqual(opened["version"], settings["version"] + 1)
        status, _, _ = self.api("PUT", "/privacy/settings", json={"free_text_for_all_readers": False},
                                headers={"If-Match": f'"{settings["version"]}"'})
        self.assertEqual(status, 412)
        try:
            for role in ("facilitator", "observer"):
                self.assertEqual(seen_by(role), full, role)
            # Notes marked as holding health details stay with those who see lived experience,
            # also in search: found by name, never by a word of the notes.
            marked_word = "Kolibrihuset"
            marked = self.ok("POST", "/people", expect=201, json={
                "name": "Ilja Markerad", "country": "SE", "notes_special": True,
                "notes": f"Met at {marked_word}; spoke of a hospital stay."})
            self.assertTrue(marked["notes_special"])
            # That the notes hold health details is itself for those who may read them.
            for role, notes, flag, found in (("coordinator", marked["notes"], True, [marked["id"]]),
                                             ("facilitator", "", False, []), ("observer", "", False, [])):
                one = self.ok("GET", f"/people/{marked['id']}", role)
                self.assertEqual((one["notes"], one["notes_special"]), (notes, flag), role)
                self.assertEqual([p["id"] for p in self.ok("GET", f"/people?q={marked_word}", role)["items"]],
                                 found, role)
                self.assertEqual([p["id"] for p in self.ok("GET", "/people?q=Ilja%20Markerad", role)["items"]],
                                 [marked["id"]], role)
            marked_tie = self.ok("POST", "/ties", expect=201, json={
                "from": {"kind": "person", "id": marked["id"]}, "to": {"kind": "person", "id": other["id"]},
                "type": "advice", "note": "Visits her on the ward", "note_special": True})
            for role, note, flag in (("coordinator", "Visits her on the ward", True), ("facilitator", "", False),
                                     ("observer", "", False)):
                ties = self.ok("GET", f"/ties?person={marked['id']}", role)["items"]
                self.assertEqual([(t["note"], t["note_special"]) for t in ties if t["id"] == marked_tie["id"]],
                                 [(note, flag)], role)
            marked_assessment = self.ok("POST", "/assessments", expect=201, json={
                "subject_type": "person", "subject_id": marked["id"], "influence": 2, "interest": 3,
                "attitude": 0, "legitimacy": 2, "urgency": 2, "relevance": {},
                "rationale": "Back after sick leave", "rationale_special": True})
            for role, rationale, flag in (("coordinator", "Back after sick leave", True), ("facilitator", "", False),
                                          ("observer", "", False)):
                history = self.ok("GET", f"/assessments?person={marked['id']}", role)["items"]
                self.assertEqual([(a["rationale"], a["rationale_special"]) for a in history
                                  if a["id"] == marked_assessment["id"]], [(rationale, flag)], role)
            # Unmarked, it is free text like any other again.
            unmarked = self.ok("PATCH", f"/people/{marked['id']}", json={"notes_special": False},
                               headers={"If-Match": f'"{marked["version"]}"'})
            self.assertEqual(self.ok("GET", f"/people/{marked['id']}", "observer")["notes"], unmarked["notes"])
            self.assertEqual([p["id"] for p in self.ok("GET", f"/people?q={marked_word}", "observer")["items"]],
                             [marked["id"]])
            # Opening free text never opens lived experience itself.
            self.assertEqual(self.api("GET", "/people?perspective=lived_experience", "observer")[0],
                             403)
        finally:
            self.ok("PUT", "/privacy/settings", json={"free_text_for_all_readers": False},
                    headers={"If-Match": f'"{opened["version"]}"'})
        self.assertEqual(seen_by("observer"), ("", None, [], "", ""))
        audit = self.ok("GET", "/audit?record_type=privacy_settings", "admin")["items"]
        self.assertEqual(len(audit), 2)

    def test_the_demo_keeps_no_health_details_in_free_text(self):
        for p in self.people():
            for text in (p["notes"], p["mapping_reason"] or ""):
                self.assertNotRegex(text.lower(), r"depression|diagnos|erfarenhet av psyk|sjukdom")

    # -- personal links ----------------------------------------------------------------------
    def test_only_admins_and_coordinators_see_working_personal_links(self):
        event = self.ok("POST", "/events", expect=201, json={
            "title": "Dialogue for the personal-link test", "type": "policy_dialogue",
            "themes": [], "format": "online", "link": "https://meet.example.org/y",
            "starts_at": "2027-06-01T10:00", "ends_at": "2027-06-01T12:00",
            "time_zone": "Europe/Stockholm", "capacity": 3})
        path = f"/events/{event['id']}"
        person = next(p for p in self.people() if p["email"])
        self.ok("POST", path + "/invitations", expect=201, json={"person_ids": [person["id"]]})
        self.ok("POST", path + "/transitions", json={"to": "designed"})
        self.ok("POST", path + "/transitions", json={"to": "open_for_invitations"})
        self.ok("POST", path + "/invitations/send", json={}, role="facilitator")
        link = re.compile(re.escape(PUBLIC_URL) + r"/rsvp#([A-Za-z0-9_-]{43})")

        def message(role):
            return next(m for m in self.ok("GET", "/outbox", role)["items"]
                        if m["event_id"] == event["id"])

        for role in ("admin", "coordinator"):
            found = link.search(message(role)["body"])
            self.assertIsNotNone(found, role)
            status, _, page = self.server.request("GET", "/api/v1/rsvp", use_session=False,
                                                  headers={"X-RSVP-Token": found.group(1)})
            self.assertEqual((status, page["person_name"]), (200, person["name"]))
        masked = message("facilitator")
        self.assertIsNone(link.search(masked["body"]))
        self.assertNotRegex(masked["body"], r"[A-Za-z0-9_-]{43}")
        self.assertRegex(masked["body"], r"\[(personal link|personlig länk)")
        self.assertNotRegex(self.mbox_text("facilitator"), r"/rsvp#[A-Za-z0-9_-]{43}")
        self.assertRegex(self.mbox_text("coordinator"), r"/rsvp#[A-Za-z0-9_-]{43}")

    def mbox_text(self, role):
        """Every text part of the outbox's mbox export, decoded."""
        status, _, raw = self.api("GET", "/outbox/export", role, raw=True)
        self.assertEqual(status, 200)
        with tempfile.NamedTemporaryFile(suffix=".mbox") as f:
            f.write(raw)
            f.flush()
            texts = []
            for message in mailbox.mbox(f.name):
                for part in message.walk():
                    if part.get_content_type() == "text/plain":
                        texts.append(part.get_payload(decode=True).decode("utf-8"))
        self.assertTrue(texts)
        return "\n".join(texts)


if __name__ == "__main__":
    unittest.main()
