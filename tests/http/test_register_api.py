"""The register over HTTP, against a running `samla serve`: create, read, update and delete
with ETags and If-Match, field errors, filters, search, collated sorting, cursors, the
protection of lived-experience data, and the audit trail of every change."""

import unittest
import urllib.parse

from samla_server import ServerTestCase

PASSWORD = "register-api-password"


class RegisterApi(ServerTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = {}
        for role in ("admin", "coordinator", "observer"):
            cls.server.add_user("api-" + role, role, PASSWORD)
            cls.tokens[role] = cls.server.samla("token", "create", "api-" + role).stdout.strip()

    def create(self, collection, record, role="coordinator"):
        status, headers, body = self.api("POST", "/" + collection, role, json=record)
        self.assertEqual(status, 201, body)
        self.assertEqual(headers["location"], f"/api/v1/{collection}/{body['id']}")
        self.assertEqual(headers["etag"], f"\"{body['version']}\"")
        return body

    def names(self, query, role="coordinator", headers=None):
        status, _, body = self.api("GET", "/people?" + query, role, headers=headers)
        self.assertEqual(status, 200, body)
        self.assertEqual(set(body), {"items", "total", "next"})
        return [p["name"] for p in body["items"]]

    def test_a_person_lives_through_create_read_update_delete(self):
        org = self.create("organisations", {"name": "Region Västerbotten", "sector": "region",
                                            "level": "regional", "country": "SE"})
        person = self.create("people", {"name": "Märta Öhman", "organisation_id": org["id"],
                                        "country": "SE", "perspectives": ["policymaker"],
                                        "themes": ["access_to_services"], "email": "marta@example.se"})
        self.assertEqual(person["organisation_name"], "Region Västerbotten")
        path = f"/people/{person['id']}"

        status, headers, body = self.api("GET", path)
        self.assertEqual(status, 200)
        self.assertEqual(headers["etag"], '"1"')
        self.assertEqual(body["name"], "Märta Öhman")

        # A write naming the current version succeeds and moves the version on.
        status, headers, body = self.api("PATCH", path, json={"title": "Enhetschef"},
                                         headers={"If-Match": '"1"'})
        self.assertEqual(status, 200, body)
        self.assertEqual(body["title"], "Enhetschef")
        self.assertEqual(body["themes"], ["access_to_services"])  # untouched by the patch
        self.assertEqual(headers["etag"], '"2"')

        # A stale If-Match gets 412 and changes nothing.
        stale = dict(body, title="Lost update")
        status, headers, problem = self.api("PUT", path, json=stale, headers={"If-Match": '"1"'})
        self.assertEqual(status, 412, problem)
        self.assertEqual(headers["content-type"], "application/problem+json")
        self.assertEqual(self.api("GET", path)[2]["title"], "Enhetschef")

        status, _, _ = self.api("DELETE", path, headers={"If-Match": '"2"'})
        self.assertEqual(status, 204)
        self.assertEqual(self.api("GET", path)[0], 404)

        # Every change is in the audit log, with before and after.
        status, _, audit = self.api("GET", f"/audit?record_type=person&record_id={person['id']}", "admin")
        self.assertEqual(status, 200, audit)
        self.assertEqual([e["action"] for e in audit["items"]], ["delete", "update", "create"])
        update = audit["items"][1]
        self.assertIn("Enhetschef", str(update["after"]))
        self.assertNotIn("Enhetschef", str(update["before"]))

    def test_invalid_input_names_every_field(self):
        status, headers, problem = self.api("POST", "/people", json={
            "name": "", "email": "no-at-sign", "perspectives": ["astrologer"], "country": "Narnia",
            "favourite_colour": "blue"})
        self.assertEqual(status, 422, problem)
        self.assertEqual(headers["content-type"], "application/problem+json")
        fields = {e["field"] for e in problem["errors"]}
        self.assertIn("favourite_colour", fields)  # unknown fields are refused, not dropped
        status, _, problem = self.api("POST", "/people", json={"name": "", "email": "no-at-sign",
                                                             "perspectives": ["astrologer"], "country": "Narnia"})
        self.assertEqual(status, 422)
        self.assertTrue({"name", "email", "perspectives", "country"} <= {e["field"] for e in problem["errors"]})
        status, _, problem = self.api("POST", "/people", body=b"{not json", headers={"Content-Type": "application/json"})
        self.assertEqual(status, 400, problem)
        status, _, _ = self.api("POST", "/people", body=b"name=x", headers={"Content-Type": "text/plain"})
        self.assertEqual(status, 415)
        status, _, _ = self.api("GET", "/people?limit=0")
        self.assertEqual(status, 422)
        status, _, _ = self.api("GET", "/people/not-a-number")
        self.assertEqual(status, 404)

    def test_duplicate_email_is_a_conflict(self):
        self.create("people", {"name": "Unique One", "email": "dup@example.org"})
        status, _, problem = self.api("POST", "/people", json={"name": "Unique Two", "email": "DUP@example.org"})
        self.assertEqual(status, 409, problem)

    def test_filters_search_and_collated_sort(self):
        nordic = self.create("organisations", {"name": "Mind Sverige", "sector": "civil_society",
                                               "level": "national", "country": "SE"})
        for name, country, perspectives, themes, tags in [
            ("Östen Zetterlund", "SE", ["researcher"], ["digital_health"], ["sortcheck"]),
            ("Zara Ali", "SE", ["community_leader"], ["stigma_reduction"], ["sortcheck"]),
            ("Åsa Ärlig", "SE", ["policymaker"], ["digital_health"], ["sortcheck"]),
            ("Ärla Ek", "NO", ["policymaker"], ["stigma_reduction"], ["sortcheck"]),
        ]:
            self.create("people", {"name": name, "country": country, "perspectives": perspectives,
                                   "themes": themes, "tags": tags, "organisation_id": nordic["id"],
                                   "notes": "mapped for the sort test"})
        swedish = ["Zara Ali", "Åsa Ärlig", "Ärla Ek", "Östen Zetterlund"]
        self.assertEqual(self.names("tag=sortcheck&sort=name", headers={"Accept-Language": "sv-SE,sv;q=0.9"}), swedish)
        self.assertEqual(self.names("tag=sortcheck&sort=name&lang=sv"), swedish)
        self.assertEqual(self.names("tag=sortcheck&sort=name&lang=en"),
                         ["Ärla Ek", "Åsa Ärlig", "Östen Zetterlund", "Zara Ali"])
        self.assertEqual(self.names("tag=sortcheck&country=NO"), ["Ärla Ek"])
        self.assertEqual(self.names("tag=sortcheck&perspective=policymaker&theme=digital_health"), ["Åsa Ärlig"])
        self.assertEqual(len(self.names("tag=sortcheck&sector=civil_society&organisation=%d" % nordic["id"])), 4)
        self.assertEqual(self.names("q=" + urllib.parse.quote("zetter")), ["Östen Zetterlund"])

        # Cursor pagination: two pages of two, then the end.
        status, _, first = self.api("GET", "/people?tag=sortcheck&sort=name&lang=sv&limit=2")
        self.assertEqual(first["total"], 4)
        self.assertIsNotNone(first["next"])
        status, _, second = self.api("GET", "/people?tag=sortcheck&sort=name&lang=sv&limit=2&cursor="
                                     + urllib.parse.quote(first["next"]))
        self.assertEqual([p["name"] for p in first["items"] + second["items"]], swedish)
        self.assertIsNone(second["next"])

    def test_lived_experience_is_visible_only_to_coordinators_and_admins(self):
        person = self.create("people", {"name": "Noor Hassan", "perspectives": ["lived_experience", "advocacy_group"],
                                        "tags": ["gdpr-check"], "lived_experience_consent_on": "2026-03-01"})
        _, _, as_coordinator = self.api("GET", f"/people/{person['id']}")
        self.assertEqual(as_coordinator["perspectives"], ["advocacy_group", "lived_experience"])
        status, _, as_observer = self.api("GET", f"/people/{person['id']}", "observer")
        self.assertEqual(status, 200)
        self.assertEqual(as_observer["perspectives"], ["advocacy_group"])
        _, _, listed = self.api("GET", "/people?tag=gdpr-check", "observer")
        self.assertNotIn("lived_experience", str(listed))
        status, _, problem = self.api("GET", "/people?perspective=lived_experience", "observer")
        self.assertEqual(status, 403, problem)
        self.assertEqual(self.names("perspective=lived_experience&tag=gdpr-check"), ["Noor Hassan"])
        status, _, _ = self.api("POST", "/people", "observer", json={"name": "Not allowed"})
        self.assertEqual(status, 403)

    def test_kept_answers_follow_every_change_and_every_kind_of_caller(self):
        # The server keeps GET answers until the register changes (src/register/response_cache.h).
        def listed(query, role="coordinator", headers=None):
            status, _, body = self.api("GET", "/people?" + query, role, headers=headers)
            self.assertEqual(status, 200, body)
            return body

        self.assertEqual(listed("tag=kept-answer")["total"], 0)
        person = self.create("people", {"name": "Kerstin Kvist", "tags": ["kept-answer"],
                                        "perspectives": ["lived_experience"], "lived_experience_consent_on": "2026-03-01"})
        body = listed("tag=kept-answer")
        self.assertEqual((body["total"], [p["name"] for p in body["items"]]), (1, ["Kerstin Kvist"]))
        self.assertEqual(body["items"][0]["perspectives"], ["lived_experience"])
        # The same request by a caller who may not see special-category data is not served
        # the coordinator's answer.
        self.assertEqual(listed("tag=kept-answer", "observer")["items"][0]["perspectives"], [])

        path = f"/people/{person['id']}"
        self.assertEqual(self.api("GET", path)[2].get("title"), None)
        status, _, _ = self.api("PATCH", path, json={"title": "Samordnare"},
                                headers={"If-Match": '"1"'})
        self.assertEqual(status, 200)
        status, headers, body = self.api("GET", path)
        self.assertEqual((body["title"], headers["etag"]), ("Samordnare", '"2"'))

        # A change by another process (the CLI on the same database) retires kept answers too.
        csv_path = self.server.workdir + "/kept.csv"
        with open(csv_path, "w", encoding="utf-8") as f:
            f.write("name,tags\nOlle Kvist,kept-answer\n")
        self.server.samla("import", "people", csv_path)
        self.assertEqual(listed("tag=kept-answer")["total"], 2)

        # Name order depends on the language, so answers in different languages are kept apart.
        for name in ("Zoe Kvist", "Örjan Kvist"):
            self.create("people", {"name": name, "tags": ["kept-order"]})
        swedish = listed("tag=kept-order&sort=name", headers={"Accept-Language": "sv"})
        english = listed("tag=kept-order&sort=name", headers={"Accept-Language": "en"})
        self.assertEqual([p["name"] for p in swedish["items"]], ["Zoe Kvist", "Örjan Kvist"])
        self.assertEqual([p["name"] for p in english["items"]], ["Örjan Kvist", "Zoe Kvist"])

    def test_countries_and_themes(self):
        status, _, countries = self.api("GET", "/countries?lang=sv", "observer")
        self.assertEqual(status, 200)
        sweden = next(c for c in countries["items"] if c["code"] == "SE")
        self.assertEqual((sweden["name_sv"], sweden["name_en"]), ("Sverige", "Sweden"))
        names = [c["name_sv"] for c in countries["items"]]
        self.assertLess(names.index("Zambia"), names.index("Österrike"))
        status, _, themes = self.api("GET", "/themes")
        self.assertEqual({t["slug"] for t in themes["items"]} >= {"mental_health_promotion", "stigma_reduction",
                                                                   "access_to_services", "digital_health"}, True)
        group = self.create("country-groups", {"slug": "member_states", "name": "Member States",
                                               "countries": ["SE", "FI", "LT"]})
        self.assertEqual(group["countries"], ["FI", "LT", "SE"])
        status, _, problem = self.api("POST", "/themes", "observer", json={"slug": "x", "name_en": "X", "name_sv": "X"})
        self.assertEqual(status, 403)

    def test_import_checks_the_whole_file_then_writes_and_export_round_trips(self):
        bad = ("name;sector;level;country\r\n"
               "Kommunförbundet Östra;municipality;regional;Sverige\r\n"
               "Broken Org;astrology;regional;SE\r\n")
        headers = {"Content-Type": "text/csv"}
        status, _, problem = self.api("POST", "/organisations/import", body=bad.encode(), headers=headers)
        self.assertEqual(status, 422, problem)
        self.assertEqual([(e["line"], e["column"]) for e in problem["errors"]], [(3, "sector")])
        _, _, listed = self.api("GET", "/organisations?q=Kommunf%C3%B6rbundet")
        self.assertEqual(listed["total"], 0)  # nothing was written

        good = "\ufeff" + bad.replace("astrology", "civil_society")
        status, _, report = self.api("POST", "/organisations/import?dry_run=true", body=good.encode(), headers=headers)
        self.assertEqual((status, report["created"], report["dry_run"]), (200, 2, True), report)
        self.assertEqual(self.api("GET", "/organisations?q=Broken")[2]["total"], 0)
        status, _, report = self.api("POST", "/organisations/import", body=good.encode(), headers=headers)
        self.assertEqual((status, report["created"]), (200, 2), report)
        status, _, report = self.api("POST", "/organisations/import", body=good.encode(), headers=headers)
        self.assertEqual((report["created"], report["updated"], report["unchanged"]), (0, 0, 2), report)

        status, headers, csv_text = self.api("GET", "/organisations/export?format=csv")
        self.assertEqual(status, 200)
        self.assertTrue(headers["content-type"].startswith("text/csv"))
        self.assertIn("attachment", headers["content-disposition"])
        self.assertIn("Kommunförbundet Östra", csv_text)
        _, _, filtered = self.api("GET", "/organisations/export?format=csv&q=Broken")
        self.assertIn("Broken Org", filtered)
        self.assertNotIn("Kommunförbundet", filtered)  # exports honour the list's filters
        status, headers, _ = self.api("GET", "/people/export?format=xlsx")
        self.assertEqual(status, 200)
        self.assertIn("spreadsheetml", headers["content-type"])
        status, _, _ = self.api("GET", "/people/export?format=pdf")
        self.assertEqual(status, 422)
        status, _, _ = self.api("GET", "/people/export?format=csv", "observer")
        self.assertEqual(status, 403)

    def test_import_problems_and_notices_are_in_the_requests_language(self):
        sheet = ("Namn;Sektor;Nivå;Vår kod\r\n"
                 "Region Testland;Region;Lokal;R-1\r\n"
                 "Trasig;astrologi;Lokal;R-2\r\n")
        headers = {"Content-Type": "text/csv", "Accept-Language": "sv"}
        status, _, problem = self.api("POST", "/organisations/import?dry_run=true", body=sheet.encode(), headers=headers)
        self.assertEqual(status, 422, problem)
        self.assertEqual(problem["detail"], "Hittade fel: 1; inget sparades.")
        [error] = problem["errors"]
        self.assertEqual((error["line"], error["column"], error["code"]), (3, "Sektor", "unknown_vocabulary_value"))
        self.assertTrue(error["message"].startswith("okänt värde ”astrologi”; använd agency, "), error)
        [notice] = problem["warnings"]
        self.assertEqual((notice["line"], notice["column"], notice["code"]), (1, "Vår kod", "column_ignored"))
        self.assertTrue(notice["message"].startswith("inte en kolumn som samla känner till"), notice)

        good = sheet.replace("astrologi", "Civilsamhälle")
        status, _, report = self.api("POST", "/organisations/import?dry_run=true", body=good.encode(), headers=headers)
        self.assertEqual((status, report["created"], report["errors"]), (200, 2, []), report)
        self.assertEqual([w["column"] for w in report["warnings"]], ["Vår kod"])
        english = dict(headers, **{"Accept-Language": "en"})
        _, _, report = self.api("POST", "/organisations/import?dry_run=true", body=good.encode(), headers=english)
        self.assertTrue(report["warnings"][0]["message"].startswith("not a column samla knows"), report)

    def test_a_people_sheet_brings_its_organisations_and_the_importers_assessments(self):
        sheet = ("Namn;E-post;Organisation;Land;Sektor;Nivå;Inflytande;Intresse;Inställning;"
                 "Legitimitet;Egen bedömning\r\n"
                 "Lena Ås;lena@example.org;Kommun Ö;Sverige;Kommun;Lokal;4;5;1;3;x\r\n")
        headers = {"Content-Type": "text/csv", "Accept-Language": "sv"}
        # Brådska is missing: the sheet is refused at its header, in Swedish, naming the field.
        status, _, problem = self.api("POST", "/people/import?dry_run=true", body=sheet.encode(), headers=headers)
        self.assertEqual(status, 422, problem)
        [error] = problem["errors"]
        self.assertEqual((error["line"], error["column"], error["code"]), (1, "urgency", "column_required"))
        # Mapped by hand to the missing score, the column the importer named in its own words.
        columns = urllib.parse.quote('{"Egen bedömning": "urgency"}')
        path = f"/people/import?columns={columns}"
        status, _, report = self.api("POST", path + "&dry_run=true", body=sheet.encode(), headers=headers)
        self.assertEqual(status, 422, report)
        [error] = report["errors"]
        self.assertEqual((error["line"], error["column"], error["code"]), (2, "Egen bedömning", "whole_number_range"))
        self.assertIn("heltal", error["message"])
        sheet = sheet.replace(";x\r\n", ";2\r\n")
        status, _, report = self.api("POST", path + "&dry_run=true", body=sheet.encode(), headers=headers)
        self.assertEqual(status, 200, report)
        self.assertEqual(report["organisations_created"], [
            {"line": 2, "name": "Kommun Ö", "country": "SE", "sector": "municipality", "level": "local",
             "to_complete": False}])
        self.assertEqual(report["added"], {"assessments": 1})
        self.assertEqual(report["columns"][-1], {"header": "Egen bedömning", "field": "urgency", "chosen": True})
        _, _, found = self.api("GET", "/organisations?q=Kommun%20%C3%96")
        self.assertEqual(found["items"], [])  # the dry run wrote nothing

        status, _, report = self.api("POST", path, body=sheet.encode(), headers=headers)
        self.assertEqual((status, report["created"], report["added"]), (200, 1, {"assessments": 1}), report)
        _, _, found = self.api("GET", "/people?q=Lena")
        [lena] = found["items"]
        self.assertEqual(lena["organisation_name"], "Kommun Ö")
        status, _, history = self.api("GET", f"/assessments?person={lena['id']}")
        self.assertEqual(status, 200, history)
        [assessment] = history["items"]
        self.assertEqual((assessment["assessor_name"], assessment["influence"], assessment["urgency"]),
                         ("api-coordinator", 4, 2))
        # An observer may not import at all; the permission is the register's.
        status, _, _ = self.api("POST", path, "observer", body=sheet.encode(), headers=headers)
        self.assertEqual(status, 403)

    def test_an_organisation_a_sheet_says_nothing_about_waits_to_be_completed(self):
        sheet = "Namn;Organisation;Land\r\nOla Berg;Förening Ny;Sverige\r\n"
        headers = {"Content-Type": "text/csv", "Accept-Language": "sv"}
        status, _, report = self.api("POST", "/people/import", body=sheet.encode(), headers=headers)
        self.assertEqual(status, 200, report)
        self.assertEqual(report["organisations_created"], [
            {"line": 2, "name": "Förening Ny", "country": "SE", "sector": None, "level": None,
             "to_complete": True}])
        status, _, listed = self.api("GET", "/organisations?to_complete=true")
        self.assertEqual(status, 200, listed)
        [org] = listed["items"]
        self.assertEqual((org["name"], org["sector"], org["level"], listed["total"]), ("Förening Ny", None, None, 1))
        status, _, bad = self.api("GET", "/organisations?to_complete=maybe")
        self.assertEqual((status, bad["errors"][0]["field"]), (422, "to_complete"), bad)
        # Completing it asks for both, in the reader's language; then it is no longer listed.
        edit = {k: org[k] for k in ("name", "country", "parent_id", "website", "contact_person_id")}
        status, _, problem = self.api("PUT", f"/organisations/{org['id']}", json=dict(edit, level="local"),
                                      headers={"If-Match": f'"{org["version"]}"', "Accept-Language": "sv"})
        self.assertEqual(status, 422, problem)
        self.assertEqual([e["field"] for e in problem["errors"]], ["sector"])
        self.assertIn("något av", problem["errors"][0]["message"])
        status, _, done = self.api("PUT", f"/organisations/{org['id']}",
                                   json=dict(edit, sector="civil_society", level="local"),
                                   headers={"If-Match": f'"{org["version"]}"'})
        self.assertEqual((status, done["sector"]), (200, "civil_society"), done)
        _, _, listed = self.api("GET", "/organisations?to_complete=true")
        self.assertEqual(listed["total"], 0)

    def test_an_import_tells_how_far_it_has_come_to_the_user_who_started_it(self):
        rows = "".join(f"Person {i};person{i}@example.org\r\n" for i in range(250))
        sheet = ("Namn;E-post\r\n" + rows).encode()
        headers = {"Content-Type": "text/csv", "Accept-Language": "sv"}
        key = "import-0123456789abcdef"
        status, _, report = self.api("POST", f"/people/import?progress={key}", body=sheet, headers=headers)
        self.assertEqual((status, report["created"]), (200, 250), report)
        status, _, step = self.api("GET", f"/progress/{key}")
        self.assertEqual(status, 200, step)
        self.assertEqual(step, {"stage": "saving", "done": 250, "total": 250, "finished": True})
        # Another user does not learn of it; a key that is not a random token is refused.
        status, _, problem = self.api("GET", f"/progress/{key}", "observer", headers={"Accept-Language": "sv"})
        self.assertEqual(status, 404, problem)
        self.assertIn("nyckeln", problem["detail"])
        status, _, problem = self.api("POST", "/people/import?progress=short", body=sheet, headers=headers)
        self.assertEqual((status, problem["errors"][0]["field"]), (422, "progress"), problem)
        # A check that finds problems stops after checking, and says so.
        bad = ("Namn;E-post\r\n" + rows + ";nobody@example.org\r\n").encode()
        status, _, _ = self.api("POST", f"/people/import?dry_run=true&progress={key}", body=bad, headers=headers)
        self.assertEqual(status, 422)
        _, _, step = self.api("GET", f"/progress/{key}")
        self.assertEqual(step, {"stage": "checking", "done": 251, "total": 251, "finished": True})

    def test_import_mapping_and_separator_chosen_by_the_caller(self):
        sheet = "Namn;Kontakt;Perspektiv\r\nKarin Ek;karin@example.org;Forskare, Beslutsfattare\r\n"
        headers = {"Content-Type": "text/csv"}
        path = "/people/import?dry_run=true"
        status, _, report = self.api("POST", path, body=sheet.encode(), headers=headers)
        # Unmapped, the comma is not a separator: "Forskare, Beslutsfattare" is one unknown value.
        self.assertEqual(status, 422, report)
        self.assertEqual(report["columns"], [
            {"header": "Namn", "field": "name", "chosen": False},
            {"header": "Kontakt", "field": None, "chosen": False},
            {"header": "Perspektiv", "field": "perspectives", "chosen": False}])
        self.assertEqual([w["column"] for w in report["warnings"]], ["Kontakt"])

        columns = urllib.parse.quote('{"Kontakt": "email"}')
        status, _, report = self.api("POST", f"{path}&separator=,&columns={columns}", body=sheet.encode(), headers=headers)
        self.assertEqual((status, report["created"], report["warnings"]), (200, 1, []), report)
        self.assertEqual(report["columns"][1], {"header": "Kontakt", "field": "email", "chosen": True})
        status, _, report = self.api("POST", f"/people/import?separator=,&columns={columns}", body=sheet.encode(), headers=headers)
        self.assertEqual(status, 200, report)
        _, _, found = self.api("GET", "/people?q=Karin%20Ek")
        [karin] = found["items"]
        self.assertEqual((karin["email"], sorted(karin["perspectives"])), ("karin@example.org", ["policymaker", "researcher"]))

        # Leaving a column out on purpose: no notice.
        columns = urllib.parse.quote('{"Kontakt": ""}')
        status, _, report = self.api("POST", f"{path}&separator=,&columns={columns}", body=sheet.encode(), headers=headers)
        self.assertEqual((status, report["warnings"]), (200, []), report)

        swedish = dict(headers, **{"Accept-Language": "sv"})
        for query, field in (("separator=/", "separator"), ("columns=%5B%5D", "columns"),
                             ("columns=" + urllib.parse.quote('{"Kontakt": "shoe_size"}'), "columns")):
            with self.subTest(query=query):
                status, _, problem = self.api("POST", f"{path}&{query}", body=sheet.encode(), headers=swedish)
                self.assertEqual(status, 422, problem)
                self.assertEqual(problem["errors"][0]["field"], field)
                self.assertEqual(problem["detail"], "Ett eller flera fält är felaktiga.")


if __name__ == "__main__":
    unittest.main()
