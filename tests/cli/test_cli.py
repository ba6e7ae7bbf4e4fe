"""End-to-end tests of the samla command line: each test drives the real binary ($SAMLA_BIN)
against its own SQLite database in a temporary folder."""

import csv
import io
import json
import os
import shutil
import subprocess
import tempfile
import unittest
import zipfile

BIN = os.environ.get("SAMLA_BIN", "samla")
SOURCE = os.environ.get("SAMLA_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURES = os.path.join(SOURCE, "tests", "cli", "fixtures")
PASSWORD = "correct horse battery staple"


def fixture(name):
    return os.path.join(FIXTURES, name)


class CliTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="samla-cli-")
        self.db = "sqlite:" + os.path.join(self.dir, "samla.db")
        # English unless a test asks for Swedish (the terminal's LANG picks the language).
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("SAMLA_DB", "LC_ALL", "LC_MESSAGES", "LANG")}
        self.env["LANG"] = "C.UTF-8"

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def run_samla(self, *args, stdin=None, db=True, expect=0):
        """Runs samla with --db after the arguments; checks the exit status."""
        argv = [BIN, *args] + (["--db", self.db] if db else [])
        done = subprocess.run(argv, input=stdin, capture_output=True, text=True, env=self.env,
                              cwd=self.dir, timeout=120)
        if expect is not None:
            self.assertEqual(done.returncode, expect,
                             f"{argv} exited {done.returncode}\nstdout:\n{done.stdout}\n"
                             f"stderr:\n{done.stderr}")
        return done

    def export_rows(self, kind):
        out = self.run_samla("export", kind, "--format", "csv").stdout
        return list(csv.DictReader(io.StringIO(out)))

    def import_organisations(self):
        self.run_samla("import", "organisations", fixture("organisations.csv"))


class HelpAndVersion(CliTest):
    def test_version(self):
        done = self.run_samla("--version", db=False)
        self.assertRegex(done.stdout.strip(), r"^samla \d+\.\d+\.\d+$")

    def test_help_on_every_command(self):
        commands = [[], ["serve"], ["migrate"], ["user"], ["user", "add"], ["token"],
                    ["token", "create"], ["import"], ["export"], ["backup"], ["demo"],
                    ["openapi"], ["jobs"], ["jobs", "run"], ["jobs", "list"]]
        for command in commands:
            done = self.run_samla(*command, "--help", db=False)
            self.assertIn("Usage:", done.stdout, command)
        self.assertIn("--db", self.run_samla("--help", db=False).stdout)

    def test_usage_errors_exit_2(self):
        self.run_samla("frobnicate", expect=2)
        self.run_samla("import", "widgets", fixture("organisations.csv"), expect=2)
        self.run_samla("import", "people", os.path.join(self.dir, "missing.csv"), expect=2)
        self.run_samla("export", "people", "--format", "xlsx", expect=2)  # xlsx needs -o
        self.run_samla("user", "add", "x", "--role", "emperor", stdin=PASSWORD + "\n", expect=2)


class Jobs(CliTest):
    """samla jobs: the scheduled jobs from cron or by hand, each period once."""

    def test_list_run_once_and_bad_periods(self):
        self.run_samla("demo")
        listed = self.run_samla("jobs", "list").stdout
        for job in ("access.retention", "actions.weekly_digest", "actions.due_reminders",
                    "actions.retention", "jobs.retention"):
            self.assertIn(job, listed)
        self.assertIn("never", listed)
        first = self.run_samla("jobs", "run", "actions.weekly_digest", "--period", "2026-W49",
                               "--public-url", "https://samla.example.org")
        self.assertRegex(first.stdout, r"^actions\.weekly_digest 2026-W49 done: .*messages [1-9]")
        again = self.run_samla("jobs", "run", "actions.weekly_digest", "--period", "2026-W49")
        self.assertIn("(earlier, by ", again.stdout)
        bad = self.run_samla("jobs", "run", "actions.weekly_digest", "--period", "2026-12-07", expect=1)
        self.assertIn("period", bad.stderr)
        self.run_samla("jobs", "run", "no.such.job", expect=1)
        self.run_samla("jobs", "run", "--period", "2026-W49", expect=2)
        due = self.run_samla("jobs", "run").stdout  # everything due now, the digest's week too
        self.assertIn("jobs.retention", due)
        self.assertNotIn("2026-W49", due)
        self.assertEqual(self.run_samla("jobs", "run").stdout, "")  # nothing is due twice
        self.assertIn("done", self.run_samla("jobs", "list").stdout)


class OpenApi(CliTest):
    def test_prints_the_document_the_server_serves(self):
        document = json.loads(self.run_samla("openapi").stdout)
        self.assertEqual(document["openapi"], "3.1.0")
        self.assertIn("/api/v1/people/{id}", document["paths"])
        self.assertIn("/api/v1/health", document["paths"])
        self.assertIn("Person", document["components"]["schemas"])


class Accounts(CliTest):
    def test_user_add_and_token_create(self):
        done = self.run_samla("user", "add", "alice", "--role", "admin", stdin=PASSWORD + "\n")
        self.assertIn("alice", done.stdout)
        token = self.run_samla("token", "create", "alice", "--name", "laptop").stdout.strip()
        self.assertGreaterEqual(len(token), 32)
        self.assertNotIn(" ", token)
        second = self.run_samla("token", "create", "alice").stdout.strip()
        self.assertNotEqual(token, second)

    def test_short_password_and_unknown_user_fail(self):
        self.run_samla("user", "add", "bob", "--role", "observer", stdin="short\n", expect=1)
        done = self.run_samla("token", "create", "nobody", expect=1)
        self.assertEqual(done.stdout, "")

    def test_db_before_and_after_the_subcommand(self):
        argv = [BIN, "--db", self.db, "user", "add", "carol", "--role", "coordinator"]
        done = subprocess.run(argv, input=PASSWORD + "\n", capture_output=True, text=True,
                              env=self.env, cwd=self.dir, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr)
        # The same database, named after the subcommand: carol exists there.
        self.run_samla("token", "create", "carol")
        # And without --db the default (data/samla.db in the working folder) is another one.
        done = subprocess.run([BIN, "token", "create", "carol"], capture_output=True, text=True,
                              env=self.env, cwd=self.dir, timeout=60)
        self.assertEqual(done.returncode, 1)
        self.assertTrue(os.path.exists(os.path.join(self.dir, "data", "samla.db")))


class Import(CliTest):
    def test_excel_semicolon_csv_with_bom_and_swedish_text(self):
        self.import_organisations()
        done = self.run_samla("import", "people", fixture("people_excel_sv.csv"))
        self.assertEqual(done.stdout.strip(), "imported people: 3 created, 0 updated, 0 unchanged")
        people = {p["name"]: p for p in self.export_rows("people")}
        self.assertEqual(set(people), {"Åsa Öberg", "Jörgen Ärlig", "Märta Lindström"})
        asa = people["Åsa Öberg"]
        self.assertEqual(asa["country"], "SE")
        self.assertEqual(asa["organisation"], "Psykiatri Skåne")
        self.assertEqual(asa["perspectives"], "healthcare_professional|researcher")
        self.assertEqual(asa["themes"], "digital_health|stigma_reduction")
        self.assertEqual(asa["notes"], "Träffades i Malmö; vill gärna delta")
        self.assertEqual(people["Jörgen Ärlig"]["notes"], "Två rader:\nandra raden")
        self.assertIn("lived_experience", people["Jörgen Ärlig"]["perspectives"])
        self.assertEqual(people["Märta Lindström"]["themes"], "access_to_services")
        orgs = {o["name"]: o for o in self.export_rows("organisations")}
        self.assertEqual(orgs["Psykiatri Skåne"]["parent"], "Region Skåne")
        self.assertEqual(orgs["Malmö kommun"]["sector"], "municipality")

    def test_errors_are_all_reported_and_nothing_is_written(self):
        self.import_organisations()
        path = fixture("people_errors.csv")
        done = self.run_samla("import", "people", path, expect=1)
        lines = [l for l in done.stderr.splitlines() if l.startswith(path + ":")]
        expected = [
            (3, "email", "not an e-mail"),
            (3, "country", "Atlantis"),
            (3, "perspectives", "astrologer"),
            (3, "themes", "knitting"),
            (6, "name", "required"),
            (7, "email", "line 2"),
        ]
        for line, column, text in expected:
            prefix = f"{path}:{line}: {column}: "
            self.assertTrue(any(l.startswith(prefix) and text in l for l in lines),
                            f"no '{prefix}…{text}' in:\n{done.stderr}")
        self.assertEqual(len(lines), len(expected), done.stderr)
        self.assertEqual(done.stdout, "")
        self.assertEqual(self.export_rows("people"), [])

    def test_a_swedish_terminal_reads_the_problems_in_swedish(self):
        self.import_organisations()
        path = fixture("people_errors.csv")
        self.env["LANG"] = "sv_SE.UTF-8"
        done = self.run_samla("import", "people", path, expect=1)
        self.assertIn(f"{path}:3: country: okänt land ”Atlantis”", done.stderr)
        self.assertIn(f"{path}:6: name: måste anges", done.stderr)
        self.assertIn("samla: 6 fel; inget importerades", done.stderr)
        # LC_ALL outranks LANG, as everywhere on the system.
        self.env["LC_ALL"] = "en_GB.UTF-8"
        done = self.run_samla("import", "people", path, expect=1)
        self.assertIn(f"{path}:3: country: unknown country 'Atlantis'", done.stderr)
        # An error of the command itself, in Swedish too.
        del self.env["LC_ALL"]
        done = self.run_samla("user", "passwd", "nobody", stdin="x\n", expect=1)
        self.assertIn("samla: Det finns ingen användare som heter 'nobody'.", done.stderr)

    def test_dry_run_writes_nothing(self):
        self.import_organisations()
        done = self.run_samla("import", "people", fixture("people_excel_sv.csv"), "--dry-run")
        self.assertIn("dry run", done.stdout)
        self.assertIn("3 to create", done.stdout)
        self.assertEqual(self.export_rows("people"), [])
        # A dry run of a bad file still reports its problems and exits 1.
        self.run_samla("import", "people", fixture("people_errors.csv"), "--dry-run", expect=1)

    def test_reimport_updates_instead_of_duplicating(self):
        self.import_organisations()
        self.run_samla("import", "people", fixture("people_excel_sv.csv"))
        done = self.run_samla("import", "people", fixture("people_excel_sv_updated.csv"))
        self.assertEqual(done.stdout.strip(), "imported people: 0 created, 1 updated, 2 unchanged")
        people = self.export_rows("people")
        self.assertEqual(len(people), 3)
        self.assertEqual({p["name"]: p["title"] for p in people}["Åsa Öberg"], "Verksamhetschef")
        again = self.run_samla("import", "organisations", fixture("organisations.csv"))
        self.assertIn("0 created, 0 updated, 4 unchanged", again.stdout)
        self.assertEqual(len(self.export_rows("organisations")), 4)


    def test_every_label_the_web_shows_is_accepted_in_both_languages(self):
        # "Lokal ledare" is what the Swedish UI calls a community leader: a sheet written from
        # the UI's words imports, whichever language it was in.
        labels = {}
        for lang in ("en", "sv"):
            with open(os.path.join(SOURCE, "web", "src", "i18n", f"{lang}.json"), encoding="utf-8") as f:
                table = json.load(f)
            for key, text in table.items():
                kind, _, code = key.partition(".")
                if kind in ("sector", "level", "perspective"):
                    labels.setdefault(kind, []).append((code, text, lang))
        self.assertEqual(len(labels["perspective"]), 12)
        organisations = os.path.join(self.dir, "organisations.csv")
        with open(organisations, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["Namn", "Sektor", "Nivå", "Land"])
            for i, (code, text, lang) in enumerate(labels["sector"]):
                level = labels["level"][i % len(labels["level"])]
                w.writerow([f"Org {i} {lang}", text, level[1], "SE"])
        self.run_samla("import", "organisations", organisations)
        exported = {o["name"]: o for o in self.export_rows("organisations")}
        for i, (code, text, lang) in enumerate(labels["sector"]):
            with self.subTest(sector=text):
                self.assertEqual(exported[f"Org {i} {lang}"]["sector"], code)
                self.assertEqual(exported[f"Org {i} {lang}"]["level"], labels["level"][i % len(labels["level"])][0])
        # A workbook for people says them as the web does, in either language.
        for lang in ("en", "sv"):
            out = os.path.join(self.dir, f"organisations-{lang}.xlsx")
            self.run_samla("export", "organisations", "--format", "xlsx", "--lang", lang, "-o", out)
            with zipfile.ZipFile(out) as z:
                strings = z.read("xl/sharedStrings.xml").decode("utf-8")
            for code, text, label_lang in labels["sector"] + labels["level"]:
                if label_lang == lang:
                    self.assertIn(f"<t>{text}</t>", strings, (lang, code))
        people = os.path.join(self.dir, "people.csv")
        with open(people, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            # Lived experience is kept only with explicit consent, given on the day in the sheet.
            w.writerow(["Namn", "Perspektiv", "Samtycke egen erfarenhet"])
            for i, (code, text, lang) in enumerate(labels["perspective"]):
                w.writerow([f"Person {i} {lang}", text, "2026-03-01" if code == "lived_experience" else ""])
        self.run_samla("import", "people", people)
        exported = {p["name"]: p for p in self.export_rows("people")}
        for i, (code, text, lang) in enumerate(labels["perspective"]):
            with self.subTest(perspective=text):
                self.assertEqual(exported[f"Person {i} {lang}"]["perspectives"], code)

    def test_an_unknown_column_is_ignored_with_a_warning(self):
        self.import_organisations()
        path = os.path.join(self.dir, "people.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("Namn;Internt id;E-post\nAnna Berg;A-17;anna@example.org\n")
        done = self.run_samla("import", "people", path)
        self.assertEqual(done.stdout.strip(), "imported people: 1 created, 0 updated, 0 unchanged")
        self.assertIn(f"{path}:1: Internt id: warning: not a column samla knows; it was ignored", done.stderr)
        self.assertEqual([(p["name"], p["email"]) for p in self.export_rows("people")],
                         [("Anna Berg", "anna@example.org")])

    def test_columns_and_separator_chosen_on_the_command_line(self):
        self.import_organisations()
        path = os.path.join(self.dir, "people.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("Namn;Kontakt;Perspektiv\nKarin Ek;karin@example.org;Forskare, Beslutsfattare\n")
        done = self.run_samla("import", "people", path, "--column", "Kontakt=email", "--separator", ",")
        self.assertEqual(done.stderr, "")
        [karin] = self.export_rows("people")
        self.assertEqual((karin["email"], sorted(karin["perspectives"].split("|"))),
                         ("karin@example.org", ["policymaker", "researcher"]))
        bad = self.run_samla("import", "people", path, "--column", "Kontakt=shoe_size", expect=1)
        self.assertIn("'Kontakt' is mapped to 'shoe_size', which is not a field", bad.stderr)
        self.run_samla("import", "people", path, "--column", "no equals sign", expect=2)

    def test_assessment_columns_need_an_assessor_and_become_their_assessments(self):
        path = os.path.join(self.dir, "aktörer.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("Namn;Organisation;Sektor;Nivå;Inflytande;Intresse;Inställning;Legitimitet;Brådska\n"
                    "Anna Berg;Kommun A;Kommun;Lokal;4;5;2;3;3\n"
                    "Bo Ek;Kommun A;;;3;3;-1;3;2\n"
                    "Cia Dal;Förening B;;;;;;;\n")
        refused = self.run_samla("import", "people", path, expect=1)
        self.assertIn(f"{path}:1: Inflytande: the sheet has assessment columns: say who assessed (--assessor NAME",
                      refused.stderr)
        self.run_samla("import", "people", path, "--assessor", "nobody", expect=1)
        self.run_samla("user", "add", "kim", "--role", "coordinator", stdin="kim-password-123456\n")
        done = self.run_samla("import", "people", path, "--assessor", "kim")
        self.assertEqual(done.stdout.strip(),
                         "imported people: 3 created, 0 updated, 0 unchanged; 2 assessments added")
        self.assertIn(f"{path}:2: created organisation Kommun A, municipality, local", done.stderr)
        self.assertIn(f"{path}:4: created organisation Förening B, to complete: sector and level unknown",
                      done.stderr)
        again = self.run_samla("import", "people", path, "--assessor", "kim")
        self.assertEqual(again.stdout.strip(),
                         "imported people: 0 created, 0 updated, 3 unchanged; 0 assessments added")
        orgs = {o["name"]: o for o in self.export_rows("organisations")}
        self.assertEqual((orgs["Kommun A"]["sector"], orgs["Kommun A"]["level"]), ("municipality", "local"))
        self.assertEqual((orgs["Förening B"]["sector"], orgs["Förening B"]["level"]), ("", ""))


class Export(CliTest):
    def setUp(self):
        super().setUp()
        self.import_organisations()
        self.run_samla("import", "people", fixture("people_excel_sv.csv"))

    def test_csv_round_trip(self):
        out = os.path.join(self.dir, "people.csv")
        self.run_samla("export", "people", "--format", "csv", "-o", out)
        with open(out, encoding="utf-8") as f:
            header = f.readline().strip()
        self.assertEqual(header, "name,email,title,organisation,country,perspectives,themes,"
                                 "languages,tags,notes,notes_special,phone,mapped_by,mapping_reason,"
                                 "lived_experience_consent_on")
        done = self.run_samla("import", "people", out)
        self.assertIn("0 created, 0 updated, 3 unchanged", done.stdout)

    def test_excel_csv_round_trip(self):
        out = os.path.join(self.dir, "people-excel.csv")
        self.run_samla("export", "people", "--excel", "-o", out)
        with open(out, "rb") as f:
            data = f.read()
        self.assertTrue(data.startswith(b"\xef\xbb\xbfname;email;"))
        self.assertIn(b"\r\n", data)
        self.assertIn("3 unchanged", self.run_samla("import", "people", out).stdout)

    def test_json(self):
        people = json.loads(self.run_samla("export", "people", "--format", "json").stdout)
        self.assertEqual(len(people), 3)
        asa = next(p for p in people if p["name"] == "Åsa Öberg")
        self.assertEqual(asa["organisation_name"], "Psykiatri Skåne")
        self.assertIsInstance(asa["id"], int)
        self.assertIn("stigma_reduction", asa["themes"])
        orgs = json.loads(self.run_samla("export", "organisations", "--format", "json").stdout)
        self.assertEqual(len(orgs), 4)

    def test_xlsx(self):
        out = os.path.join(self.dir, "people.xlsx")
        self.run_samla("export", "people", "--format", "xlsx", "-o", out)
        self.assertTrue(zipfile.is_zipfile(out))
        with zipfile.ZipFile(out) as z:
            names = z.namelist()
            self.assertIn("xl/workbook.xml", names)
            strings = z.read("xl/sharedStrings.xml").decode("utf-8")
            sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
        self.assertIn("Åsa Öberg", strings)
        self.assertIn("autoFilter", sheet)
        self.assertIn("pane", sheet)  # the frozen header row

    def test_an_xlsx_export_imports_again_unchanged(self):
        # A workbook is written for people (headers, perspectives, themes and countries in the
        # chosen language) and comes back in as it went out: into a new register, then over
        # itself.
        before = self.export_rows("people")
        first_db = self.db
        for lang, header, perspective, country in (("en", "E-mail", "Healthcare professional", "Sweden"),
                                                   ("sv", "E-post", "Vårdprofessionell", "Sverige")):
            with self.subTest(lang=lang):
                self.db = first_db
                out = os.path.join(self.dir, f"people-{lang}.xlsx")
                self.run_samla("export", "people", "--format", "xlsx", "--lang", lang, "-o", out)
                with zipfile.ZipFile(out) as z:
                    strings = z.read("xl/sharedStrings.xml").decode("utf-8")
                for word in (header, perspective, country):
                    self.assertIn(f">{word}<", strings.replace("|", "<>"))
                self.db = "sqlite:" + os.path.join(self.dir, f"other-{lang}.db")
                self.import_organisations()
                done = self.run_samla("import", "people", out)
                self.assertEqual(done.stdout.strip(), "imported people: 3 created, 0 updated, 0 unchanged")
                self.assertEqual(self.export_rows("people"), before)
                again = self.run_samla("import", "people", out)
                self.assertIn("0 created, 0 updated, 3 unchanged", again.stdout)

    def test_a_damaged_workbook_is_refused_on_line_one(self):
        path = os.path.join(self.dir, "broken.xlsx")
        with open(path, "wb") as f:
            f.write(b"PK\x03\x04 this is no workbook")
        done = self.run_samla("import", "people", path, expect=1)
        self.assertIn(f"{path}:1: the file is neither CSV nor an Excel workbook", done.stderr)


class Backup(CliTest):
    def test_backup_while_serving_then_restore(self):
        self.import_organisations()
        self.run_samla("import", "people", fixture("people_excel_sv.csv"))
        server = subprocess.Popen([BIN, "serve", "--port", "0", "--db", self.db],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                  env=self.env, cwd=self.dir)
        try:
            line = server.stdout.readline()
            self.assertRegex(line, r"^samla listening on http://127\.0\.0\.1:\d+$")
            backup = os.path.join(self.dir, "backup.db")
            done = self.run_samla("backup", "--to", backup)
            self.assertIn("backup.db", done.stdout)
            self.assertIsNone(server.poll(), "the server stopped during the backup")
        finally:
            server.terminate()
            server.wait(timeout=30)
            server.stdout.close()
        # Restore: the backup file becomes the database.
        restored = os.path.join(self.dir, "restored.db")
        shutil.copyfile(backup, restored)
        self.db = "sqlite:" + restored
        names = {p["name"] for p in self.export_rows("people")}
        self.assertEqual(names, {"Åsa Öberg", "Jörgen Ärlig", "Märta Lindström"})
        self.assertEqual(len(self.export_rows("organisations")), 4)


class Demo(CliTest):
    def test_demo_covers_both_programmes_and_is_idempotent(self):
        first = self.run_samla("demo")
        self.assertNotIn("already loaded", first.stdout)
        people = json.loads(self.run_samla("export", "people", "--format", "json").stdout)
        orgs = json.loads(self.run_samla("export", "organisations", "--format", "json").stdout)
        self.assertGreaterEqual(len(people), 40)
        self.assertGreaterEqual(len(orgs), 25)
        countries = {p["country"] for p in people if p["country"]}
        self.assertGreaterEqual(len(countries), 10)
        self.assertTrue({"SE", "NO", "IS", "UA", "MD", "BA", "RS"} <= countries)
        perspectives = {v for p in people for v in p["perspectives"]}
        self.assertEqual(perspectives, {"policymaker", "healthcare_professional", "researcher",
                                        "community_leader", "advocacy_group", "lived_experience"})
        themes = {v for p in people for v in p["themes"]}
        self.assertEqual(themes, {"mental_health_promotion", "stigma_reduction",
                                  "access_to_services", "digital_health"})
        self.assertTrue(any(not n["name"].isascii() for n in people))
        self.assertTrue({"municipality", "region", "agency", "business", "civil_society"}
                        <= {o["sector"] for o in orgs})

        self.assertIn(" 27 assessments, 1 kickoff lists, 6 events, 4 lessons learned, 10 outcomes, "
                      "45 evaluation answers, 2 reports, 2 follow-up groups, 5 actions and 29 ties "
                      "created", first.stdout)
        second = self.run_samla("demo")
        self.assertIn("already loaded", second.stdout)
        again = json.loads(self.run_samla("export", "people", "--format", "json").stdout)
        self.assertEqual(len(again), len(people))

    def test_demo_puts_no_invented_assessments_on_a_real_register(self):
        self.import_organisations()
        done = self.run_samla("demo")
        self.assertIn(" 0 assessments", done.stdout)
        self.assertIn(" 0 events", done.stdout)
        self.assertIn("no demo assessments or events: the register was not empty", done.stdout)

    def test_serve_demo_loads_only_into_an_empty_register(self):
        self.import_organisations()
        server = subprocess.Popen([BIN, "serve", "--demo", "--port", "0", "--db", self.db],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                  env=self.env, cwd=self.dir)
        try:
            self.assertTrue(server.stdout.readline().startswith("samla listening on "))
        finally:
            server.terminate()
            server.wait(timeout=30)
            server.stdout.close()
        self.assertEqual(len(self.export_rows("organisations")), 4)


class Privacy(CliTest):
    """samla privacy export and erase: a person's access and erasure from the command line."""

    def person_named(self, name):
        people = json.loads(self.run_samla("export", "people", "--format", "json").stdout)
        return next(p for p in people if p["name"] == name)

    def test_export_writes_a_zip_and_erase_leaves_a_tombstone(self):
        self.run_samla("demo")
        person = self.person_named("Henrik Sandberg")
        out = os.path.join(self.dir, "henrik.zip")
        self.run_samla("privacy", "export", str(person["id"]), "-o", out)
        with zipfile.ZipFile(out) as z:
            self.assertEqual(sorted(z.namelist()), ["person.json", "summary.html"])
            records = json.loads(z.read("person.json"))
        self.assertEqual(records["person_id"], person["id"])
        self.assertEqual(records["records"]["people"][0]["email"], person["email"])
        # The default name, in the working directory.
        self.run_samla("privacy", "export", str(person["id"]))
        self.assertTrue(os.path.exists(os.path.join(self.dir, f"samla-person-{person['id']}.zip")))
        done = self.run_samla("privacy", "erase", str(person["id"]), "--reason", "Asked by letter, 2026-12-01")
        report = json.loads(done.stdout)
        self.assertEqual(report["person_id"], person["id"])
        self.assertIn("Backups", report["backups"])
        names = [p["name"] for p in json.loads(self.run_samla("export", "people", "--format", "json").stdout)]
        self.assertNotIn(person["name"], names)
        again = self.run_samla("privacy", "erase", str(person["id"]), "--reason", "again", expect=1)
        self.assertIn("erased already", again.stderr)

    def test_bad_input_is_refused_with_a_clear_message(self):
        self.run_samla("migrate")
        missing = self.run_samla("privacy", "erase", "987654", "--reason", "x", expect=1)
        self.assertIn("No person has id 987654", missing.stderr)
        self.run_samla("privacy", "erase", "987654", expect=2)  # --reason is required
        self.env["LANG"] = "sv_SE.UTF-8"
        blank = self.run_samla("privacy", "export", "987654", expect=1)
        self.assertIn("Det finns ingen person med id 987654", blank.stderr)


if __name__ == "__main__":
    unittest.main()
