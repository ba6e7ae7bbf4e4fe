"""`samla report` against the demo programme: an event's report to a PDF in Swedish (read back
with pdftotext), as a facilitator would see it (no lived experience), a report over a theme
and dates in Markdown; exit 1 with a message naming what is missing."""

import os
import subprocess
import tempfile
import unittest

BIN = os.environ.get("SAMLA_BIN", "samla")


class ReportCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory()
        cls.db = "sqlite:" + os.path.join(cls.dir.name, "samla.db")
        cls.env = {k: v for k, v in os.environ.items() if k != "SAMLA_DB"}
        cls.samla("demo")

    @classmethod
    def tearDownClass(cls):
        cls.dir.cleanup()

    @classmethod
    def samla(cls, *args, expect=0):
        done = subprocess.run([BIN, *args, "--db", cls.db], capture_output=True, env=cls.env, timeout=120)
        assert done.returncode == expect, (args, done.returncode, done.stderr.decode())
        return done

    def test_an_events_report_as_pdf_and_as_a_facilitator_sees_it(self):
        path = os.path.join(self.dir.name, "kickoff.pdf")
        self.samla("report", "event", "1", "--format", "pdf", "--lang", "sv", "-o", path)
        text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
        flat = " ".join(text.split())
        for heading in ("Vilka deltog", "Åtgärdspunkter", "Utvärdering före och efter", "Nästa steg"):
            self.assertIn(heading, flat)
        self.assertIn("Invite user organisations to each regional working group.", flat)
        as_admin = self.samla("report", "event", "1", "--format", "md", "--lang", "en").stdout.decode()
        self.assertIn("| Lived experience", as_admin)
        as_facilitator = self.samla("report", "event", "1", "--format", "md", "--lang", "en",
                                    "--as", "facilitator").stdout.decode()
        self.assertNotIn("Lived experience", as_facilitator)
        self.assertIn("## Who took part", as_facilitator)

    def test_a_report_over_a_theme_and_dates(self):
        out = self.samla("report", "programme", "--theme", "access_to_services", "--from", "2026-01-01",
                         "--to", "2026-12-31", "--format", "md", "--lang", "en").stdout.decode()
        self.assertIn("# Access to services, 2026-01-01 – 2026-12-31", out)
        self.assertIn("Policy dialogue: access to services across borders", out)

    def test_what_is_missing_is_named_with_exit_1(self):
        for args, words in ((("report", "event", "1", "--lang", "sv"), "--format is missing"),
                            (("report", "event", "1", "--format", "pdf"), "--lang is missing"),
                            (("report", "event", "999", "--format", "md", "--lang", "en"), "no event has the id 999"),
                            (("report", "event", "1", "--format", "odt", "--lang", "en"), "format"),
                            (("report", "programme", "--format", "md", "--lang", "en"), "--theme"),
                            (("report", "programme", "--theme", "stigma_reduction", "--from", "2020-01-01",
                              "--to", "2020-12-31", "--format", "md", "--lang", "en"), "No event")):
            done = self.samla(*args, expect=1)
            self.assertIn(words, done.stderr.decode())


if __name__ == "__main__":
    unittest.main()
