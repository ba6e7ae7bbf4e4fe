"""Sending the outbox by SMTP (`serve --smtp-url`) to a real SMTP server on loopback
(aiosmtpd): an invitation that is sent arrives as a MIME message with its text and the .ics
attached, and the outbox marks it sent; a server that cannot be reached leaves the message
failed with the reason, never lost."""

import email
import email.policy
import os
import sys
import time
import unittest

try:
    from aiosmtpd.controller import Controller
    import icalendar
except ImportError:  # the pyenv python may lack them; Debian's python3 packages have them
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", "-m", "unittest", "-v", "test_outbox_smtp"])
    raise

from smtp_sink import Collect, free_port  # noqa: E402
from samla_server import SamlaServer

PASSWORD = "outbox-smtp-password"




class OutboxBySmtp(unittest.TestCase):
    def start(self, smtp_url):
        server = SamlaServer(["--smtp-url", smtp_url, "--smtp-from", "programme@example.org"]).start()

        def stop():  # SIGTERM stops the sender thread and the server gracefully
            log = server.log()
            self.assertEqual(server.stop(), 0, log)
        self.addCleanup(stop)
        server.add_user("smtp-coordinator", "coordinator", PASSWORD)
        token = server.samla("token", "create", "smtp-coordinator").stdout.strip()
        return server, token

    def send_one(self, server, token):
        def api(method, path, **kwargs):
            status, _, body = server.request(method, "/api/v1" + path, token=token, **kwargs)
            self.assertLess(status, 300, body)
            return body
        person = api("POST", "/people", json={"name": "Örjan Sändare", "country": "SE",
                                               "email": "orjan@example.org", "languages": ["sv"]})
        event = api("POST", "/events", json={
            "title": "Gruppmöte: uppföljning", "type": "group_meeting", "format": "online",
            "link": "https://meet.example.org/uppfoljning", "starts_at": "2027-05-04T13:00",
            "ends_at": "2027-05-04T14:00", "time_zone": "Europe/Stockholm", "capacity": 5})
        for step in ("designed", "open_for_invitations"):
            api("POST", f"/events/{event['id']}/transitions", json={"to": step})
        api("POST", f"/events/{event['id']}/invitations", json={"person_ids": [person["id"]]})
        api("POST", f"/events/{event['id']}/invitations/send", json={})

        def outbox():
            return api("GET", "/outbox")["items"][0]
        deadline = time.time() + 20
        while outbox()["status"] == "queued" and time.time() < deadline:
            time.sleep(0.2)
        return outbox()

    def test_a_sent_invitation_arrives_by_smtp(self):
        handler = Collect()
        port = free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port)
        controller.start()
        self.addCleanup(controller.stop)
        server, token = self.start(f"smtp://127.0.0.1:{port}")
        message = self.send_one(server, token)
        self.assertEqual((message["status"], message["error"]), ("sent", None), message)
        self.assertIsNotNone(message["sent_at"])
        self.assertEqual(len(handler.messages), 1)
        envelope = handler.messages[0]
        self.assertEqual(envelope.mail_from, "programme@example.org")
        self.assertEqual(envelope.rcpt_tos, ["orjan@example.org"])
        mail = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        self.assertEqual(str(mail["Subject"]), "Inbjudan: Gruppmöte: uppföljning")
        self.assertIn("orjan@example.org", str(mail["To"]))
        text = mail.get_body(("plain",)).get_content()
        self.assertEqual(text.replace("\r\n", "\n"), message["body"])
        self.assertIn("/rsvp#", text)
        attachment = next(p for p in mail.iter_attachments() if p.get_content_type() == "text/calendar")
        calendar = icalendar.Calendar.from_ical(attachment.get_payload(decode=True))
        self.assertEqual(str(calendar.walk("VEVENT")[0]["ATTENDEE"]), "mailto:orjan@example.org")

    def test_an_unreachable_server_leaves_the_message_failed_with_the_reason(self):
        server, token = self.start(f"smtp://127.0.0.1:{free_port()}")
        message = self.send_one(server, token)
        self.assertEqual(message["status"], "failed", message)
        self.assertTrue(message["error"])
        self.assertIsNone(message["sent_at"])
        self.assertIn("/rsvp#", message["body"])  # kept, to export or send again


if __name__ == "__main__":
    unittest.main()
