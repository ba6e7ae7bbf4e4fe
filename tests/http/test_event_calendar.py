"""GET /api/v1/events/{id}/calendar.ics opens in a real calendar parser (python3-icalendar):
the event's wall-clock times in its IANA time zone become the right instants, across a
daylight-saving change, with text escaped and long lines folded."""

import datetime
import os
import sys
import unittest

try:
    import icalendar
except ImportError:  # the pyenv python may lack it; Debian's python3-icalendar has it
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", "-m", "unittest", "-v", "test_event_calendar"])
    raise

from samla_server import ServerTestCase

UTC = datetime.timezone.utc


class EventCalendar(ServerTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.server.add_user("cal-facilitator", "facilitator", "calendar-password")
        cls.token = cls.server.samla("token", "create", "cal-facilitator").stdout.strip()

    def create(self, **fields):
        event = {"title": "Policy dialogue; mental health, work & rural life — Östersund",
                 "type": "policy_dialogue", "format": "hybrid", "venue": "Folkets hus, Östersund",
                 "link": "https://meet.example.org/dialogue", "capacity": 30,
                 "objectives": "Agree on next steps.\nWrite them down, together.",
                 "starts_at": "2027-03-27T09:00", "ends_at": "2027-03-28T16:30",
                 "time_zone": "Europe/Stockholm"}
        event.update(fields)
        status, _, body = self.server.request("POST", "/api/v1/events", json=event, token=self.token)
        self.assertEqual(status, 201, body)
        return body

    def calendar(self, event):
        status, headers, text = self.server.request(
            "GET", f"/api/v1/events/{event['id']}/calendar.ics", token=self.token)
        self.assertEqual(status, 200, text)
        self.assertTrue(headers["content-type"].startswith("text/calendar"))
        self.assertTrue(all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n")))
        return icalendar.Calendar.from_ical(text), text

    def test_times_are_right_across_a_daylight_saving_change(self):
        # Sweden moves to summer time in the night to 28 March 2027: the start is CET (UTC+1),
        # the end CEST (UTC+2).
        event = self.create()
        calendar, text = self.calendar(event)
        self.assertIn("BEGIN:VTIMEZONE", text)
        self.assertIn("TZID:Europe/Stockholm", text)
        self.assertIn("TZOFFSETTO:+0100", text)  # the zone's own rules travel with the file
        self.assertIn("TZOFFSETTO:+0200", text)
        vevent = next(c for c in calendar.walk() if c.name == "VEVENT")
        start = vevent.decoded("dtstart")
        end = vevent.decoded("dtend")
        self.assertEqual(start.astimezone(UTC), datetime.datetime(2027, 3, 27, 8, 0, tzinfo=UTC))
        self.assertEqual(end.astimezone(UTC), datetime.datetime(2027, 3, 28, 14, 30, tzinfo=UTC))
        self.assertEqual(str(vevent["summary"]), "Policy dialogue; mental health, work & rural life — Östersund")
        self.assertEqual(str(vevent["location"]), "Folkets hus, Östersund")
        self.assertIn("Write them down, together.", str(vevent["description"]))
        self.assertEqual(str(vevent["uid"]), f"event-{event['id']}@samla")
        self.assertEqual(str(vevent["status"]), "TENTATIVE")  # still a draft

    def test_another_zone_keeps_its_own_offset(self):
        event = self.create(time_zone="America/Sao_Paulo", starts_at="2027-06-01T10:00",
                            ends_at="2027-06-01T12:00", format="online", venue=None)
        calendar, _ = self.calendar(event)
        vevent = next(c for c in calendar.walk() if c.name == "VEVENT")
        self.assertEqual(vevent.decoded("dtstart").astimezone(UTC),
                         datetime.datetime(2027, 6, 1, 13, 0, tzinfo=UTC))
        self.assertNotIn("location", vevent)

    def test_an_unknown_event_is_404(self):
        status, _, _ = self.server.request("GET", "/api/v1/events/987654/calendar.ics", token=self.token)
        self.assertEqual(status, 404)


if __name__ == "__main__":
    unittest.main()


class InvitationCalendarWithOrganiser(ServerTestCase):
    """With `serve --smtp-from`, an invitation's calendar asks for a reply to that address."""

    server_args = ("--smtp-from", "kraftsamling@example.org", "--public-url", "https://samla.example.org")

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.server.add_user("cal-coordinator", "coordinator", "calendar-password")
        cls.token = cls.server.samla("token", "create", "cal-coordinator").stdout.strip()

    def api(self, method, path, **kwargs):
        status, _, body = self.server.request(method, "/api/v1" + path, token=self.token, **kwargs)
        self.assertLess(status, 300, body)
        return body

    def test_the_invitation_is_a_request_to_the_configured_address(self):
        person = self.api("POST", "/people", json={"name": "Kalle Kalender", "country": "SE",
                                                   "email": "kalle@example.se", "languages": ["sv"]})
        event = self.api("POST", "/events", json={
            "title": "Dialog", "type": "policy_dialogue", "format": "online",
            "link": "https://meet.example.org/d", "capacity": 5, "time_zone": "Europe/Stockholm",
            "starts_at": "2027-04-01T09:00", "ends_at": "2027-04-01T11:00"})
        path = f"/events/{event['id']}"
        invitation = self.api("POST", path + "/invitations", json={"person_ids": [person["id"]]})["items"][0]
        for to in ("designed", "open_for_invitations"):
            self.api("POST", path + "/transitions", json={"to": to})
        self.api("POST", path + "/invitations/send", json={})
        status, _, text = self.server.request(
            "GET", f"/api/v1/invitations/{invitation['id']}/calendar.ics", token=self.token)
        self.assertEqual(status, 200, text)
        calendar = icalendar.Calendar.from_ical(text)
        self.assertEqual(str(calendar["METHOD"]), "REQUEST")
        vevent = calendar.walk("VEVENT")[0]
        self.assertEqual(str(vevent["ORGANIZER"]), "mailto:kraftsamling@example.org")
        self.assertEqual(vevent["ATTENDEE"].params["RSVP"], "TRUE")
        self.assertIn("personliga länken", str(vevent["DESCRIPTION"]))
