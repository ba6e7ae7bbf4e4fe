"""Agreements over HTTP on the demo, against a running `samla serve --demo`: the demo programme's
letter of intent is signed by the organisations that decided formally, each through its contact
person; observers read it, facilitators may not write; a coordinator records a partnership
agreement as a draft, is told which signature lacks its day when marking it signed (in Swedish
when asked), signs it with If-Match, finds it by party and status, and deletes it."""

import unittest

import jsonschema  # noqa: F401  (conforms() uses it)

from samla_server import ServerTestCase

PASSWORD = "agreements-api-password"


class AgreementsApi(ServerTestCase):
    server_args = ("--demo",)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("ag", PASSWORD, ("coordinator", "facilitator", "observer"))

    def ok(self, method, path, role="coordinator", status=200, **kwargs):
        got, headers, body = self.api(method, path, role, **kwargs)
        self.assertEqual(got, status, body)
        return headers, body

    def test_the_demo_letter_of_intent_is_signed_by_those_that_decided(self):
        _, listed = self.ok("GET", "/agreements", "observer")
        self.conforms(listed, "AgreementList")
        self.assertEqual(len(listed["items"]), 1)
        letter = listed["items"][0]
        self.assertEqual(letter["kind"], "letter_of_intent")
        self.assertEqual(letter["status"], "signed")
        _, anchoring = self.ok("GET", f"/anchoring?programme_id={letter['programme_id']}", "observer")
        decided = {a["organisation_id"] for a in anchoring["items"]
                   if a["level"] == "formally_decided" and a["initiative_id"] is None}
        self.assertEqual({p["organisation_id"] for p in letter["parties"]}, decided)
        self.assertTrue(all(s["signed_on"] and s["name"] for s in letter["signatories"]))

    def test_a_partnership_agreement_from_draft_to_signed(self):
        _, organisations = self.ok("GET", "/organisations?limit=2")
        first, second = (o["id"] for o in organisations["items"][:2])
        draft = {"kind": "partnership_agreement", "title": "Partnership on peer support",
                 "parties": [{"organisation_id": first}, {"organisation_id": second}],
                 "signatories": [{"name": "Outside Signer", "organisation_id": first, "role": "Chair"},
                                 {"name": "Second Signer", "organisation_id": second}],
                 "document_url": "https://example.org/partnership.pdf"}
        status, _, _ = self.api("POST", "/agreements", "facilitator", json=draft)
        self.assertEqual(status, 403)
        headers, made = self.ok("POST", "/agreements", json=draft, status=201)
        self.conforms(made, "Agreement")
        self.assertEqual(made["status"], "draft")
        self.assertTrue(headers["location"].endswith(f"/api/v1/agreements/{made['id']}"))

        signing = {"status": "signed", "signed_on": "2026-11-02",
                   "signatories": [dict(made["signatories"][0], signed_on="2026-11-02"),
                                   made["signatories"][1]]}
        status, _, body = self.api("PATCH", f"/agreements/{made['id']}", json=signing,
                                   headers={"If-Match": headers["etag"], "Accept-Language": "sv"})
        self.assertEqual(status, 422, body)
        self.assertEqual([e["field"] for e in body["errors"]], ["signatories[1].signed_on"])
        self.assertIn("undertecknades", body["errors"][0]["message"])
        signing["signatories"][1]["signed_on"] = "2026-11-03"
        _, signed = self.ok("PATCH", f"/agreements/{made['id']}", json=signing,
                            headers={"If-Match": headers["etag"]})
        self.assertEqual(signed["status"], "signed")
        status, _, _ = self.api("PATCH", f"/agreements/{made['id']}", json=signing,
                                headers={"If-Match": headers["etag"]})
        self.assertEqual(status, 412, "a stale version")

        _, by_party = self.ok("GET", f"/agreements?organisation_id={second}&status=signed", "observer")
        self.assertIn(made["id"], [a["id"] for a in by_party["items"]])
        status, _, body = self.api("GET", "/agreements?status=maybe")
        self.assertEqual(status, 422, body)
        self.assertEqual(body["errors"][0]["field"], "status")
        status, _, body = self.api("POST", "/agreements", json=dict(draft, document_url="javascript:x"))
        self.assertEqual(status, 422, body)
        self.assertEqual([e["field"] for e in body["errors"]], ["document_url"])

        self.ok("DELETE", f"/agreements/{made['id']}", status=204, headers={"If-Match": f'"{signed["version"]}"'})
        status, _, _ = self.api("GET", f"/agreements/{made['id']}", "observer")
        self.assertEqual(status, 404)


if __name__ == "__main__":
    unittest.main()
