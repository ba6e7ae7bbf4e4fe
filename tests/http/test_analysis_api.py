"""The stakeholder analysis over HTTP, against a running `samla serve`: assessments with field
errors and nothing half-written, the views (mean and disagreement of several assessors,
thresholds and weights), the saved settings with If-Match, coverage with its gaps in words,
the kickoff list (built, edited with reasons, exported as CSV and XLSX), the protection of
lived-experience data, and every answer checked against the OpenAPI document's schemas.

Expected figures are computed here from the rules in docs/analysis.md, not copied from the
server."""

import csv
import io
import os
import random
import subprocess
import sys
import threading
import unittest
import zipfile

try:
    import jsonschema
except ImportError:  # the pyenv python may lack it; Debian's python3-jsonschema has it
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", "-m", "unittest", "-v", "test_analysis_api"])
    raise

from samla_server import SamlaServer, ServerTestCase

PASSWORD = "analysis-api-password"


def priority(influence, interest, legitimacy, urgency, relevance, attitude=0,
             weights=(3, 2, 1, 1, 2, 0)):
    """docs/analysis.md, "Priority score"."""
    parts = [(influence - 1) / 4, (interest - 1) / 4, (legitimacy - 1) / 4, (urgency - 1) / 4,
             relevance / 3, (attitude + 2) / 4]
    return round(100 * sum(w * u for w, u in zip(weights, parts)) / sum(weights), 1)


class AnalysisApi(ServerTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("an", PASSWORD)
        cls.server.add_user("an-second", "coordinator", PASSWORD)
        cls.tokens["second"] = cls.server.samla("token", "create", "an-second").stdout.strip()
        cls.make_register()

    @classmethod
    def make_register(cls):
        def create(collection, record):
            status, _, body = cls.server.request("POST", "/api/v1/" + collection, json=record,
                                                 token=cls.tokens["coordinator"])
            assert status == 201, body
            return body
        create("country-groups", {"slug": "baltic", "name": "Baltic states",
                                  "countries": ["LT", "LV"]})
        cls.ministry = create("organisations", {"name": "Sveikatos ministerija", "sector": "agency",
                                                "level": "national", "country": "LT"})
        cls.ruta = create("people", {"name": "Rūta Demo", "country": "LT", "organisation_id": cls.ministry["id"],
                                     "perspectives": ["policymaker"], "themes": ["access_to_services"],
                                     "email": "ruta@example.org"})
        cls.janis = create("people", {"name": "Jānis Demo", "country": "LV",
                                      "perspectives": ["lived_experience", "advocacy_group"],
                                      "lived_experience_consent_on": "2026-03-01",
                                      "themes": ["stigma_reduction"], "email": "janis@example.org"})
        cls.ona = create("people", {"name": "Ona Demo", "country": "LT",
                                    "perspectives": ["researcher"], "themes": [],
                                    "email": "ona@example.org"})

    def vida_id(self):
        """An assessed person who is not on the Baltic list (a minimal-effort stakeholder)."""
        vida = self.api("POST", "/people", json={"name": "Vida Two", "country": "SE",
                                                 "perspectives": ["researcher"]})[2]
        self.assess(vida, influence=2, interest=2, assessed_on="2026-05-05")
        return vida["id"]

    def assess(self, subject, role="coordinator", expect=201, **scores):
        body = {"subject_type": "person", "subject_id": subject["id"], "influence": 3,
                "interest": 3, "attitude": 0, "legitimacy": 3, "urgency": 3}
        body.update(scores)
        status, _, answer = self.api("POST", "/assessments", role, json=body)
        self.assertEqual(status, expect, answer)
        if expect == 201:
            self.conforms(answer, "Assessment")
        return answer

    def view_of(self, subject, query=""):
        status, _, body = self.api("GET", "/analysis/stakeholders" + query)
        self.assertEqual(status, 200, body)
        self.conforms(body, "StakeholderViews")
        return next((v for v in body["items"] if v["subject_id"] == subject["id"]
                     and v["subject_type"] == "person"), None)

    def test_a_bad_assessment_names_every_field_and_writes_nothing(self):
        status, _, body = self.api("POST", "/assessments", json={
            "subject_type": "person", "subject_id": self.ona["id"], "influence": 6, "interest": 0,
            "attitude": 3, "legitimacy": 3, "urgency": 3, "assessed_on": "2026-02-30",
            "relevance": {"stigma_reduction": 4, "no_such_theme": 1}})
        self.assertEqual(status, 422, body)
        fields = {e["field"] for e in body["errors"]}
        self.assertEqual(fields, {"influence", "interest", "attitude", "assessed_on",
                                  "relevance.stigma_reduction", "relevance.no_such_theme"})
        status, _, body = self.api("POST", "/assessments", json={"subject_type": "person",
                                                                  "subject_id": 987654})
        self.assertEqual(status, 422)
        self.assertTrue({"influence", "interest", "attitude", "legitimacy", "urgency"}
                        <= {e["field"] for e in body["errors"]})
        status, _, history = self.api("GET", f"/assessments?person={self.ona['id']}", "facilitator")
        self.assertEqual(status, 200, history)
        self.assertEqual(history, {"items": [], "view": None})
        status, _, body = self.api("GET", "/assessments?person=1&organisation=1")
        self.assertEqual(status, 422)
        self.assertEqual(body["errors"][0]["field"], "person")

    def test_a_batch_of_assessments_is_kept_whole_or_not_at_all(self):
        people = [self.api("POST", "/people", json={"name": f"Batch {i}", "country": "SE"})[2] for i in range(3)]
        item = lambda p, **scores: dict({"subject_type": "person", "subject_id": p["id"], "influence": 4,
                                         "interest": 2, "attitude": 1, "legitimacy": 3, "urgency": 5}, **scores)
        count = lambda p: len(self.api("GET", f"/assessments?person={p['id']}")[2]["items"])

        # One bad value and one unknown stakeholder: every error named by its index, nothing kept.
        bad = {"items": [item(people[0]), item(people[1], influence=9),
                         dict(item(people[2]), subject_id=987654)]}
        status, _, problem = self.api("POST", "/assessments/batch", json=bad,
                                      headers={"Accept-Language": "sv"})
        self.assertEqual(status, 422, problem)
        self.assertEqual({e["field"] for e in problem["errors"]},
                         {"items[1].influence", "items[2].subject_id"})
        self.assertEqual(problem["detail"], "Ett eller flera fält är felaktiga.")
        self.assertEqual([count(p) for p in people], [0, 0, 0])
        # A field the input does not have is refused by its path, before anything is read.
        status, _, problem = self.api("POST", "/assessments/batch",
                                      json={"items": [dict(item(people[0]), colour="red")]})
        self.assertEqual((status, problem["errors"][0]["field"]), (422, "items[0].colour"), problem)
        for body, field in (({"items": []}, "items"), ({"items": "x"}, "items"),
                            ({"items": [item(people[0])] * 501}, "items"), ({"items": [3]}, "items[0]")):
            status, _, problem = self.api("POST", "/assessments/batch", json=body)
            self.assertEqual((status, problem["errors"][0]["field"]), (422, field), problem)
        self.assertEqual([count(p) for p in people], [0, 0, 0])
        status, _, _ = self.api("POST", "/assessments/batch", "facilitator", json={"items": [item(people[0])]})
        self.assertEqual(status, 403)

        good = {"items": [item(people[0]), item(people[1], assessed_on="2026-03-01"), item(people[2], influence=1)]}
        status, _, answer = self.api("POST", "/assessments/batch", json=good)
        self.assertEqual(status, 201, answer)
        self.conforms(answer, "AssessmentBatchResult")
        self.assertEqual([a["subject_id"] for a in answer["items"]], [p["id"] for p in people])
        self.assertEqual([a["influence"] for a in answer["items"]], [4, 4, 1])
        self.assertEqual(answer["items"][1]["assessed_on"], "2026-03-01")
        self.assertEqual({a["assessor_name"] for a in answer["items"]}, {"an-coordinator"})
        self.assertEqual([count(p) for p in people], [1, 1, 1])

    def test_only_coordinators_and_admins_assess(self):
        for role in ("facilitator", "observer"):
            self.assess(self.ona, role=role, expect=403)

    def test_several_assessors_give_mean_and_range_and_the_latest_per_assessor_counts(self):
        org = self.api("POST", "/organisations", json={"name": "Rīgas dome", "sector": "municipality",
                                                       "level": "local", "country": "LV"})[2]
        base = {"subject_type": "organisation", "subject_id": org["id"], "attitude": 0,
                "legitimacy": 4, "urgency": 2}
        first = dict(base, influence=2, interest=2, assessed_on="2026-01-10")
        later = dict(base, influence=4, interest=5, assessed_on="2026-05-10",
                     relevance={"access_to_services": 3})
        other = dict(base, influence=5, interest=4, assessed_on="2026-03-01", attitude=-2)
        for role, body in (("coordinator", first), ("coordinator", later), ("second", other)):
            status, _, answer = self.api("POST", "/assessments", role, json=body)
            self.assertEqual(status, 201, answer)
        status, _, history = self.api("GET", f"/assessments?organisation={org['id']}", "observer")
        self.assertEqual(status, 200, history)
        self.conforms(history, "AssessmentHistory")
        self.assertEqual([a["assessed_on"] for a in history["items"]],
                         ["2026-05-10", "2026-03-01", "2026-01-10"])
        view = history["view"]
        self.assertEqual(view["assessors"], 2)
        self.assertEqual(view["mean"]["influence"], 4.5)   # (4 + 5) / 2: the first one no longer counts
        self.assertEqual(view["mean"]["interest"], 4.5)
        self.assertEqual(view["range"]["attitude"], 2)     # 0 and −2
        self.assertEqual(view["quadrant"], "key_player")
        self.assertEqual(view["strategy"], "address_concerns")  # mean attitude −1
        # Relevance: the highest theme's mean over the latest assessments (3 and 0).
        self.assertEqual(view["priority"], priority(4.5, 4.5, 4, 2, 1.5, -1))
        self.assertEqual([p["as_of"] for p in view["positions"]],
                         ["2026-01-10", "2026-03-01", "2026-05-10"])
        self.assertEqual(view["movements"][0]["from_quadrant"], "minimal_effort")
        self.assertTrue(view["movements"][0]["quadrant_changed"])

    def test_thresholds_and_weights_change_the_view_and_bad_ones_are_named(self):
        vida = self.api("POST", "/people", json={"name": "Vida Demo", "country": "LT",
                                                 "perspectives": ["policymaker"],
                                                 "themes": ["access_to_services"]})[2]
        self.assess(vida, influence=3, interest=4, legitimacy=5, urgency=4,
                    relevance={"access_to_services": 3}, assessed_on="2026-04-01")
        default = self.view_of(vida)
        self.assertEqual(default["quadrant"], "keep_informed")   # 3 < 3.5
        self.assertEqual(default["priority"], priority(3, 4, 5, 4, 3))
        lowered = self.view_of(vida, "?grid_influence=3&weight_relevance=0")
        self.assertEqual(lowered["quadrant"], "key_player")
        self.assertEqual(lowered["priority"], priority(3, 4, 5, 4, 3, weights=(3, 2, 1, 1, 0, 0)))
        status, _, body = self.api("GET", "/analysis/stakeholders?grid_influence=9&weight_support=x")
        self.assertEqual(status, 422)
        self.assertEqual({e["field"] for e in body["errors"]}, {"weight_support"})
        for query, field in (("grid_influence=9", "grid_influence"), ("weight_support=nan", "weight_support"),
                             ("high_priority=inf", "high_priority"), ("sector=agnecy", "sector"),
                             ("perspective=astrologer", "perspective")):
            status, _, body = self.api("GET", "/analysis/stakeholders?" + query)
            self.assertEqual(status, 422, query)
            self.assertEqual([e["field"] for e in body["errors"]], [field], query)
        for query, field in (("theme=astrology", "theme"), ("country_group=nowhere", "country_group")):
            status, _, body = self.api("GET", "/analysis/stakeholders?" + query)
            self.assertEqual(status, 422, query)
            self.assertEqual(body["errors"][0]["field"], field)
        baltic = self.api("GET", "/analysis/stakeholders?country_group=baltic")[2]["items"]
        self.assertIn(vida["id"], [v["subject_id"] for v in baltic if v["subject_type"] == "person"])
        self.assertTrue(all(v["country"] in ("LT", "LV") for v in baltic))
        stigma = self.api("GET", "/analysis/stakeholders?theme=stigma_reduction")[2]["items"]
        self.assertNotIn(vida["id"], [v["subject_id"] for v in stigma if v["subject_type"] == "person"])

    def test_a_country_known_only_through_lived_experience_gets_no_row_for_observers(self):
        self.api("POST", "/people", json={"name": "Mari Demo", "country": "EE",
                                          "perspectives": ["lived_experience"], "lived_experience_consent_on": "2026-03-01"})
        rows = lambda role: [r["key"] for r in self.api("GET", "/analysis/coverage", role)[2]["rows"]]
        self.assertIn("EE", rows("coordinator"))
        self.assertNotIn("EE", rows("observer"))
        self.assertNotIn("EE", rows("facilitator"))

    def test_lived_experience_stays_hidden_from_facilitators_and_observers(self):
        self.assess(self.janis, influence=2, interest=5, attitude=2, legitimacy=5, urgency=5,
                    assessed_on="2026-04-02")
        self.assertIn("lived_experience", self.view_of(self.janis)["perspectives"])
        for role in ("facilitator", "observer"):
            status, _, body = self.api("GET", "/analysis/stakeholders", role)
            self.assertEqual(status, 200)
            janis = next(v for v in body["items"] if v["subject_id"] == self.janis["id"]
                         and v["subject_type"] == "person")
            self.assertEqual(janis["perspectives"], ["advocacy_group"])
            status, _, _ = self.api("GET", "/analysis/stakeholders?perspective=lived_experience", role)
            self.assertEqual(status, 403)
            status, _, coverage = self.api("GET", "/analysis/coverage?country_group=baltic", role)
            self.assertEqual(coverage["hidden_columns"], ["lived_experience"])
            self.assertNotIn("lived_experience", [c["key"] for c in coverage["perspective"]["columns"]])
            self.assertFalse([g for g in coverage["gaps"] if g["column"] == "lived_experience"])

    def test_settings_are_saved_with_if_match_and_audited(self):
        status, headers, saved = self.api("GET", "/analysis/settings", "observer")
        self.assertEqual(status, 200)
        self.conforms(saved, "AnalysisSettings")
        version = saved["version"]
        self.assertEqual(headers["etag"], f'"{version}"')
        change = {"grid": {"influence": 3.5, "interest": 3.5},
                  "salience": {"power": 3.5, "legitimacy": 3.5, "urgency": 3.5},
                  "weights": {"influence": 3, "interest": 2, "legitimacy": 1, "urgency": 1,
                              "relevance": 2, "support": 1},
                  "high_priority": 55}
        status, _, body = self.api("PUT", "/analysis/settings", "observer", json=change)
        self.assertEqual(status, 403)
        # A misspelt field is named before anything else is read; then every bad value at once.
        typo = dict(change, weights=dict(change["weights"], influnce=2))
        status, _, body = self.api("PUT", "/analysis/settings", json=typo,
                                   headers={"If-Match": f'"{version}"'})
        self.assertEqual(status, 422)
        self.assertEqual({e["field"] for e in body["errors"]}, {"weights.influnce"})
        bad = dict(change, weights=dict(change["weights"], support=-1), high_priority=101)
        status, _, body = self.api("PUT", "/analysis/settings", json=bad,
                                   headers={"If-Match": f'"{version}"'})
        self.assertEqual(status, 422)
        self.assertEqual({e["field"] for e in body["errors"]}, {"weights.support", "high_priority"})
        status, headers, body = self.api("PUT", "/analysis/settings", json=change,
                                         headers={"If-Match": f'"{version}"'})
        self.assertEqual(status, 200, body)
        self.assertEqual(body["version"], version + 1)
        self.assertEqual(body["weights"]["support"], 1)
        self.assertEqual(body["updated_by"], "an-coordinator")
        status, _, body = self.api("PUT", "/analysis/settings", json=change,
                                   headers={"If-Match": f'"{version}"'})
        self.assertEqual(status, 412, body)
        status, _, audit = self.api("GET", "/audit?record_type=analysis_settings", "admin")
        self.assertEqual(status, 200)
        self.assertEqual(len(audit["items"]), 1)
        # Put the defaults back for the other tests (they compute priorities with them).
        restore = dict(change, weights=dict(change["weights"], support=0), high_priority=60)
        status, _, _ = self.api("PUT", "/analysis/settings", json=restore)
        self.assertEqual(status, 200)

        # A second programme follows the instance's until it saves its own; the default
        # programme's are not touched, and its views are weighed by its own.
        status, _, other = self.api("POST", "/programmes", json={"name": "Nordic network"})
        self.assertEqual(status, 201, other)
        status, _, theirs = self.api("GET", f"/analysis/settings?programme_id={other['id']}")
        self.assertEqual((status, theirs["version"], theirs["programme_id"]), (200, 0, other["id"]))
        status, _, own = self.api("PUT", f"/analysis/settings?programme_id={other['id']}",
                                  json=dict(restore, high_priority=20), headers={"If-Match": '"0"'})
        self.assertEqual((status, own["version"], own["high_priority"]), (200, 1, 20), own)
        self.assertEqual(self.api("GET", "/analysis/settings")[2]["high_priority"], 60)
        status, _, views = self.api("GET", f"/analysis/stakeholders?programme_id={other['id']}")
        self.assertEqual((status, views["settings"]["high_priority"]), (200, 20), views)
        status, _, bad = self.api("GET", "/analysis/settings?programme_id=987654")
        self.assertEqual((status, bad["errors"][0]["field"]), (422, "programme_id"), bad)

    def test_coverage_counts_the_register_and_names_the_gaps(self):
        status, _, body = self.api("GET", "/analysis/coverage?country_group=baltic")
        self.assertEqual(status, 200, body)
        self.conforms(body, "Coverage")
        self.assertEqual([r["key"] for r in body["rows"]], ["LV", "LT"])  # Latvia, Lithuania
        columns = [c["key"] for c in body["perspective"]["columns"]]
        lt = [r["key"] for r in body["rows"]].index("LT")
        cell = body["perspective"]["cells"][lt][columns.index("policymaker")]
        self.assertEqual(cell["mapped"], 1)
        messages = [g["message"] for g in body["gaps"]]
        self.assertIn("No one with lived experience from Lithuania", messages)
        sectors = [c["key"] for c in body["sector"]["columns"]]
        self.assertEqual(body["sector"]["cells"][lt][sectors.index("agency")]["mapped"], 2)  # org + Rūta
        status, _, sv = self.api("GET", "/analysis/coverage?country_group=baltic&lang=sv")
        self.assertIn("Ingen med egen erfarenhet från Litauen", [g["message"] for g in sv["gaps"]])
        status, _, themed = self.api("GET", "/analysis/coverage?country_group=baltic&theme=stigma_reduction")
        self.assertEqual(themed["perspective"]["cells"][lt][columns.index("policymaker")]["mapped"], 0)
        status, _, groups = self.api("GET", "/analysis/coverage?rows=country_group")
        self.assertIn("baltic", [r["key"] for r in groups["rows"]])
        status, _, one = self.api("GET", "/analysis/coverage?rows=country_group&country_group=baltic")
        self.assertEqual([r["key"] for r in one["rows"]], ["baltic"])
        # A theme narrows the counts, not the rows: Lithuania has no one on digital health,
        # and that is the gap to see.
        status, _, digital = self.api("GET", "/analysis/coverage?theme=digital_health")
        self.assertIn("LT", [r["key"] for r in digital["rows"]])
        status, _, body = self.api("GET", "/analysis/coverage?rows=continent")
        self.assertEqual(status, 422)
        self.assertEqual(body["errors"][0]["field"], "rows")

    def test_a_kickoff_list_for_one_country_without_a_group(self):
        self.assess(self.ruta, influence=5, interest=5, attitude=1, legitimacy=5, urgency=4,
                    relevance={"access_to_services": 3}, assessed_on="2026-06-01")
        status, _, built = self.api("POST", "/kickoff-lists", json={"title": "Litauen", "country": "Litauen"})
        self.assertEqual(status, 201, built)
        self.conforms(built, "KickoffList")
        self.assertEqual(built["parameters"]["country"], "LT")  # the Swedish name, kept as its code
        self.assertTrue(built["entries"])
        names = {e["name"] for e in built["entries"]}
        self.assertIn("Rūta Demo", names)
        self.assertIn("Ona Demo", names)  # the one researcher from Lithuania closes that gap
        self.assertFalse(names & {"Jānis Demo"})  # Latvia is not on this list
        self.assertEqual({g["row"] for g in built["open_gaps"]} - {"LT"}, set())
        for bad in ("Atlantis", 7):
            with self.subTest(country=bad):
                status, _, problem = self.api("POST", "/kickoff-lists", json={"title": "x", "country": bad},
                                              headers={"Accept-Language": "sv"})
                self.assertEqual(status, 422, problem)
                self.assertEqual(problem["errors"][0]["field"], "country")

    def test_the_kickoff_list_is_built_edited_with_reasons_and_exported(self):
        self.assess(self.ruta, influence=5, interest=5, attitude=1, legitimacy=5, urgency=4,
                    relevance={"access_to_services": 3}, assessed_on="2026-06-01")
        status, headers, built = self.api("POST", "/kickoff-lists", json={
            "title": "Baltic kickoff", "country_group": "baltic"})
        self.assertEqual(status, 201, built)
        self.conforms(built, "KickoffList")
        self.assertEqual(headers["location"], f"/api/v1/kickoff-lists/{built['id']}")
        by_name = {e["name"]: e for e in built["entries"]}
        self.assertEqual(by_name["Rūta Demo"]["reason"], "key_player")
        self.assertIn("key player", by_name["Rūta Demo"]["reason_text"])
        # Ona is the only researcher from Lithuania: she closes that gap.
        self.assertEqual(by_name["Ona Demo"]["reason"], "closes_gap")
        self.assertEqual(by_name["Ona Demo"]["reason_text"], "closes the gap: a researcher from Lithuania")
        self.assertEqual(built["parameters"]["country_group"], "baltic")
        self.assertEqual(built["parameters"]["settings"]["grid"]["influence"], 3.5)
        self.assertIn("No healthcare professional from Latvia", [g["message"] for g in built["open_gaps"]])
        # Jānis (advocacy group and lived experience, Latvia) closes a gap. Coordinators see
        # which cell; observers must not be able to tell a lived-experience closer from the
        # others, so for them every gap closer reads the same and names no cell.
        self.assertEqual(by_name["Jānis Demo"]["reason"], "closes_gap")
        self.assertIsNotNone(by_name["Jānis Demo"]["gap"])
        observed = self.api("GET", f"/kickoff-lists/{built['id']}", "observer")[2]
        closers = [e for e in observed["entries"] if e["reason"] == "closes_gap"]
        self.assertGreater(len(closers), 1)
        for e in closers:
            self.assertIsNone(e["gap"])
            self.assertRegex(e["reason_text"], r"^closes a coverage gap in (Latvia|Lithuania)$")
        self.assertFalse([g for g in observed["open_gaps"] if g["column"] == "lived_experience"])

        path = f"/kickoff-lists/{built['id']}"
        status, _, body = self.api("POST", path + "/entries", json={
            "subject_type": "organisation", "subject_id": self.ministry["id"], "reason": " "})
        self.assertEqual(status, 422)
        self.assertEqual(body["errors"][0]["field"], "reason")
        status, _, body = self.api("POST", path + "/entries", "facilitator", json={
            "subject_type": "organisation", "subject_id": self.ministry["id"], "reason": "x"})
        self.assertEqual(status, 403)
        status, headers, added = self.api("POST", path + "/entries", json={
            "subject_type": "organisation", "subject_id": self.ministry["id"],
            "reason": "Hosts the meeting"}, headers={"If-Match": f'"{built["version"]}"'})
        self.assertEqual(status, 201, added)
        self.assertEqual(added["version"], built["version"] + 1)
        ministry = next(e for e in added["entries"] if e["subject_type"] == "organisation"
                        and e["subject_id"] == self.ministry["id"])
        self.assertEqual(ministry["reason"], "added")
        self.assertEqual(ministry["reason_text"], "added by an-coordinator: Hosts the meeting")
        self.assertIsNone(ministry["priority"])  # never assessed
        status, _, ona_added = self.api("POST", path + "/entries", json={
            "subject_type": "person", "subject_id": self.vida_id(), "reason": "Knows the pilots"})
        self.assertEqual(status, 201, ona_added)
        vida = next(e for e in ona_added["entries"] if e["name"] == "Vida Two")
        self.assertEqual((vida["reason"], vida["quadrant"]), ("added", "minimal_effort"))
        self.assertEqual(vida["priority"], priority(2, 2, 3, 3, 0))
        status, _, _ = self.api("POST", path + "/entries", json={
            "subject_type": "organisation", "subject_id": self.ministry["id"], "reason": "again"})
        self.assertEqual(status, 409)

        ona = next(e for e in added["entries"] if e["name"] == "Ona Demo")
        status, _, stale = self.api("PATCH", f"{path}/entries/{ona['id']}", json={
            "status": "removed", "reason": "On leave"}, headers={"If-Match": f'"{built["version"]}"'})
        self.assertEqual(status, 412, stale)
        status, _, removed = self.api("PATCH", f"{path}/entries/{ona['id']}", json={
            "status": "removed", "reason": "On leave until March"})
        self.assertEqual(status, 200, removed)
        ona = next(e for e in removed["entries"] if e["name"] == "Ona Demo")
        self.assertEqual((ona["status"], ona["removed_reason"]), ("removed", "On leave until March"))

        status, headers, raw = self.api("GET", path + "/export?format=csv", "coordinator")
        self.assertEqual(status, 200)
        self.assertTrue(headers["content-type"].startswith("text/csv"))
        text = raw if isinstance(raw, str) else raw.decode("utf-8")
        rows = list(csv.DictReader(io.StringIO(text)))
        names = [r["name"] for r in rows]
        self.assertIn("Rūta Demo", names)
        self.assertIn("Sveikatos ministerija", names)
        self.assertNotIn("Ona Demo", names)  # removed entries are not exported
        self.assertEqual(next(r for r in rows if r["name"] == "Rūta Demo")["email"], "ruta@example.org")
        status, headers, raw = self.api("GET", path + "/export?format=xlsx", "coordinator", raw=True)
        self.assertEqual(status, 200)
        with zipfile.ZipFile(io.BytesIO(raw)) as book:
            strings = book.read("xl/sharedStrings.xml").decode("utf-8")
        self.assertIn("Rūta Demo", strings)
        self.assertNotIn("Ona Demo", strings)
        # For people, in their language: Swedish headers and quadrant words, the priority a
        # number (the same as the CSV's).
        status, _, raw = self.api("GET", path + "/export?format=xlsx", "coordinator", raw=True,
                                  headers={"Accept-Language": "sv"})
        self.assertEqual(status, 200)
        sheet = xlsx_rows(raw)
        self.assertEqual(sheet[0], ["Namn", "Typ", "Organisation", "Land", "E-post", "Skäl",
                                    "Prioritet", "Kvadrant", "Anteckning"])
        by_name = {row[0][1]: row for row in sheet[1:]}
        ruta_csv = next(r for r in rows if r["name"] == "Rūta Demo")
        kind, score = by_name["Rūta Demo"][6]
        self.assertEqual(kind, "n")
        self.assertAlmostEqual(float(score), float(ruta_csv["priority"]), places=6)
        quadrants = {"key_player": "nyckelaktör", "keep_satisfied": "håll nöjd",
                     "keep_informed": "håll informerad", "minimal_effort": "minsta insats"}
        self.assertEqual(by_name["Rūta Demo"][7][1], quadrants[ruta_csv["quadrant"]])
        status, _, _ = self.api("GET", path + "/export?format=csv", "facilitator")
        self.assertEqual(status, 403)
        status, _, lists = self.api("GET", "/kickoff-lists", "observer")
        self.assertEqual(status, 200)
        self.conforms(lists, "KickoffListPage")
        summary = next(l for l in lists["items"] if l["id"] == built["id"])
        self.assertEqual(summary["included"], len(rows))
        self.assertEqual(summary["status"], "draft")
        status, _, audit = self.api("GET", f"/audit?record_type=kickoff_list&record_id={built['id']}", "admin")
        self.assertEqual([e["action"] for e in audit["items"]], ["update", "update", "update", "create"])

        # Final: a facilitator may not say so; a coordinator does, with the list's ETag; then
        # its entries stay as they are (409, in the reader's language) until it is a draft again.
        status, _, _ = self.api("POST", path + "/transitions", "facilitator", json={"to": "final"})
        self.assertEqual(status, 403)
        status, _, current = self.api("GET", path)
        status, _, stale = self.api("POST", path + "/transitions", json={"to": "final"},
                                    headers={"If-Match": f'"{built["version"]}"'})
        self.assertEqual(status, 412, stale)
        status, headers, final = self.api("POST", path + "/transitions", json={"to": "final"},
                                          headers={"If-Match": f'"{current["version"]}"'})
        self.assertEqual(status, 200, final)
        self.conforms(final, "KickoffList")
        self.assertEqual((final["status"], final["status_changed_by"]), ("final", "an-coordinator"))
        self.assertEqual(headers["etag"], f'"{final["version"]}"')
        status, _, refused = self.api("PATCH", f"{path}/entries/{ona['id']}", json={
            "status": "included", "reason": "Back"}, headers={"Accept-Language": "sv"})
        self.assertEqual(status, 409, refused)
        self.assertIn("slutgiltig", refused["detail"])
        status, _, again = self.api("POST", path + "/transitions", json={"to": "final"},
                                    headers={"Accept-Language": "sv"})
        self.assertEqual((status, again["errors"][0]["message"]), (422, "listan är redan slutgiltig"), again)
        status, _, bad = self.api("POST", path + "/transitions", json={"to": "archived"})
        self.assertEqual((status, bad["errors"][0]["field"]), (422, "to"), bad)
        status, _, draft = self.api("POST", path + "/transitions", json={"to": "draft"})
        self.assertEqual((status, draft["status"]), (200, "draft"), draft)
        status, _, _ = self.api("PATCH", f"{path}/entries/{ona['id']}", json={"status": "included", "reason": "Back"})
        self.assertEqual(status, 200)


def xlsx_rows(raw):
    """The first sheet of a workbook as rows of (kind, text) cells: kind "n" for a number, "s"
    for text (shared or inline strings)."""
    import xml.etree.ElementTree as ET
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(io.BytesIO(raw)) as book:
        shared = [("".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t")))
                  for si in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", ns)]
        root = ET.fromstring(book.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in root.iter(f"{{{ns['m']}}}row"):
        cells = []
        for c in row.findall("m:c", ns):
            column = ord(c.get("r")[0]) - ord("A")
            while len(cells) < column:
                cells.append(("s", ""))
            value = c.findtext("m:v", default="", namespaces=ns)
            cells.append(("s", shared[int(value)]) if c.get("t") == "s" else (c.get("t") or "n", value))
        rows.append(cells if rows else [text for _, text in cells])
    return rows


class DemoAnalysis(ServerTestCase):
    """`samla serve --demo` shows a filled grid, coverage matrix and kickoff list."""

    server_args = ("--demo",)

    def test_the_demo_programme_has_a_filled_analysis(self):
        self.server.add_user("demo-coordinator", "coordinator", PASSWORD)
        token = self.server.samla("token", "create", "demo-coordinator").stdout.strip()
        status, _, views = self.server.request("GET", "/api/v1/analysis/stakeholders", token=token)
        self.assertEqual(status, 200)
        quadrants = {v["quadrant"] for v in views["items"]}
        self.assertEqual(quadrants, {"key_player", "keep_satisfied", "keep_informed", "minimal_effort"})
        self.assertTrue(any(v["assessors"] > 1 for v in views["items"]))
        self.assertTrue(any(v["movements"] for v in views["items"]))
        status, _, coverage = self.server.request("GET", "/api/v1/analysis/coverage?country_group=member_states",
                                                  token=token)
        self.assertEqual(len(coverage["rows"]), 27)
        self.assertTrue(any(c["high_priority"] for row in coverage["perspective"]["cells"] for c in row))
        status, _, lists = self.server.request("GET", "/api/v1/kickoff-lists", token=token)
        self.assertEqual(len(lists["items"]), 1)
        status, _, kickoff = self.server.request("GET", f"/api/v1/kickoff-lists/{lists['items'][0]['id']}",
                                                 token=token)
        reasons = {e["reason"] for e in kickoff["entries"]}
        self.assertTrue({"key_player", "keep_satisfied", "closes_gap"} <= reasons)


@unittest.skipUnless(os.environ.get("SAMLA_TEST_POSTGRES_URL"), "SAMLA_TEST_POSTGRES_URL not set")
class SettingsRaceOnPostgres(unittest.TestCase):
    """Eight coordinators save the settings over the same version at once, on PostgreSQL (whose
    transactions can read the same version side by side): exactly one is saved and audited, the
    others get 412. Run through scripts/with-postgres.sh; skipped without it."""

    SAVES = 8

    @classmethod
    def setUpClass(cls):
        cls.base = os.environ["SAMLA_TEST_POSTGRES_URL"]
        cls.schema = f"settings_race_{os.getpid()}_{random.randrange(1 << 30)}"
        cls.psql(f"CREATE SCHEMA {cls.schema}")
        separator = "&" if "?" in cls.base else "?"
        url = f"{cls.base}{separator}options=-csearch_path%3D{cls.schema}"
        try:
            cls.server = SamlaServer(("--threads", str(cls.SAVES)), db_url=url).start()
        except Exception:
            cls.psql(f"DROP SCHEMA {cls.schema} CASCADE")
            raise
        cls.tokens = {}
        for role in ("admin", "coordinator"):
            cls.server.add_user(f"race-{role}", role, PASSWORD)
            cls.tokens[role] = cls.server.samla("token", "create", f"race-{role}").stdout.strip()

    @classmethod
    def tearDownClass(cls):
        try:
            cls.server.stop()
        finally:
            cls.psql(f"DROP SCHEMA {cls.schema} CASCADE")

    @classmethod
    def psql(cls, sql):
        subprocess.run(["psql", cls.base, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql],
                       check=True, capture_output=True, text=True)

    def audited(self):
        status, _, audit = self.server.request("GET", "/api/v1/audit?record_type=analysis_settings",
                                               token=self.tokens["admin"])
        self.assertEqual(status, 200, audit)
        return len(audit["items"])

    def test_concurrent_saves_over_one_version_let_exactly_one_through(self):
        # Version 0: no row yet, every save tries to insert it; version 1: every save updates it.
        for version in (0, 1):
            start = threading.Barrier(self.SAVES)
            answers = [None] * self.SAVES

            def save(i):
                body = {"high_priority": 40 + i}
                start.wait()
                answers[i] = self.server.request(
                    "PUT", "/api/v1/analysis/settings", json=body, token=self.tokens["coordinator"],
                    headers={"If-Match": f'"{version}"'})

            savers = [threading.Thread(target=save, args=(i,)) for i in range(self.SAVES)]
            for t in savers:
                t.start()
            for t in savers:
                t.join()
            statuses = sorted(a[0] for a in answers)
            self.assertEqual(statuses, [200] + [412] * (self.SAVES - 1),
                             [(a[0], a[2]) for a in answers])
            winner = next(a[2] for a in answers if a[0] == 200)
            self.assertEqual(winner["version"], version + 1)
            status, _, saved = self.server.request("GET", "/api/v1/analysis/settings",
                                                   token=self.tokens["coordinator"])
            self.assertEqual(status, 200)
            self.assertEqual((saved["version"], saved["high_priority"]),
                             (version + 1, winner["high_priority"]))
            self.assertEqual(self.audited(), version + 1, "one audit entry per save that counted")


if __name__ == "__main__":
    unittest.main()
