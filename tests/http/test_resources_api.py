"""The resource library over HTTP, against a running `samla serve --demo`: the demo's links and
documents; a participant reads only what is shared with everyone; a facilitator adds a resource
and uploads an Excel file under a misleading name and content type, and it comes back byte for
byte as the Excel file it is, as an attachment with its Swedish name, sandboxed; the search finds
it by a folded word; an upload over the limit (413), of a refused type (415) or without a name
(422) is refused naming the field, in Swedish when asked, and changes nothing; a stale version is
412; observers and participants may not write."""

import unittest
import urllib.parse

import jsonschema  # noqa: F401  (conforms() uses it)

from samla_server import ServerTestCase

PASSWORD = "resources-api-password"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class ResourcesApi(ServerTestCase):
    server_args = ("--demo",)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("ra", PASSWORD,
                                     ("coordinator", "facilitator", "observer", "participant"))

    def upload(self, resource, name, data, role="facilitator", version=None, **headers):
        query = urllib.parse.urlencode({"filename": name}) if name is not None else ""
        if version is not None:
            headers["If-Match"] = f'"{version}"'
        return self.api("PUT", f"/resources/{resource['id']}/file?{query}", role, body=data,
                        headers=headers)

    def new_resource(self, **fields):
        body = {"title": "Lägesbild för arbetsgrupperna", "kind": "report", "language": "sv",
                "themes": ["access_to_services"], **fields}
        return self.ok("POST", "/resources", "facilitator", json=body, status=201)

    def test_the_demo_library_and_what_a_participant_sees(self):
        everything = self.ok("GET", "/resources", "observer")
        self.conforms(everything, "ResourceList")
        shared = self.ok("GET", "/resources", "participant")
        self.conforms(shared, "ResourceList")
        self.assertTrue(all(r["audience"] == "everyone" for r in shared["items"]))
        team = [r for r in everything["items"] if r["audience"] == "team"]
        self.assertTrue(team, "the demo keeps a note for the team")
        self.assertEqual(len(shared["items"]), len(everything["items"]) - len(team))
        status, _, body = self.api("GET", f"/resources/{team[0]['id']}", "participant")
        self.assertEqual(status, 404, body)
        status, _, body = self.api("GET", f"/resources/{team[0]['id']}/file", "participant")
        self.assertEqual(status, 404, body)

        template = next(r for r in shared["items"] if r["file"] and r["file"]["name"].endswith(".md"))
        self.assertEqual(template["file"]["content_type"], "text/markdown; charset=utf-8")
        status, headers, data = self.api("GET", f"/resources/{template['id']}/file", "participant",
                                         raw=True)
        self.assertEqual(status, 200)
        self.assertEqual(headers["content-type"], "text/markdown; charset=utf-8")
        self.assertIn("attachment", headers["content-disposition"])
        self.assertIn("Minnesanteckningar", data.decode("utf-8"))
        self.assertEqual(len(data), template["file"]["size"])
        links = [r for r in shared["items"] if r["url"]]
        self.assertTrue(all(r["url"].startswith("https://") for r in links))
        english = self.ok("GET", "/resources?language=en&kind=policy", "participant")["items"]
        self.assertTrue(english)
        self.assertTrue(all(r["language"] == "en" and r["kind"] == "policy" for r in english))

    def test_an_excel_file_comes_back_as_what_it_is(self):
        status, _, workbook = self.api("GET", "/dashboard/export?format=xlsx", raw=True)
        self.assertEqual(status, 200)
        made = self.new_resource()
        self.assertIsNone(made["file"])
        status, headers, body = self.upload(made, "C:\\fakepath\\Översikt 2026.pdf", workbook,
                                            version=made["version"],
                                            **{"Content-Type": "application/pdf"})
        self.assertEqual(status, 200, body)
        self.conforms(body, "Resource")
        self.assertEqual(body["file"]["name"], "Översikt 2026.pdf.xlsx", "named for what it is")
        self.assertEqual(body["file"]["content_type"], XLSX, "the bytes decide, not the name")
        self.assertEqual(body["file"]["size"], len(workbook))
        self.assertEqual(body["version"], made["version"] + 1)
        self.assertEqual(headers["etag"], f'"{body["version"]}"')

        status, headers, data = self.api("GET", f"/resources/{made['id']}/file", "observer",
                                         raw=True)
        self.assertEqual(status, 200)
        self.assertEqual(data, workbook)
        self.assertEqual(headers["content-type"], XLSX)
        self.assertEqual(headers["x-content-type-options"], "nosniff")
        self.assertIn("sandbox", headers["content-security-policy"])
        disposition = headers["content-disposition"]
        self.assertIn('filename="_versikt 2026.pdf.xlsx"', disposition)
        self.assertIn("filename*=UTF-8''%C3%96versikt%202026.pdf.xlsx", disposition)

        found = self.ok("GET", "/resources?q=%C3%96VERSIKT", "observer")["items"]
        self.assertIn(made["id"], [r["id"] for r in found], "the file's name, folded")
        found = self.ok("GET", "/resources?q=l%C3%A4gesbild&theme=access_to_services")["items"]
        self.assertIn(made["id"], [r["id"] for r in found])
        found = self.ok("GET", "/resources?q=l%C3%A4gesbild&theme=digital_health")["items"]
        self.assertNotIn(made["id"], [r["id"] for r in found])

        removed = self.ok("DELETE", f"/resources/{made['id']}/file", "facilitator",
                          headers={"If-Match": f'"{body["version"]}"'})
        self.assertIsNone(removed["file"])
        status, _, _ = self.api("GET", f"/resources/{made['id']}/file")
        self.assertEqual(status, 404)

    def test_refused_uploads_name_the_field_and_change_nothing(self):
        made = self.new_resource(title="Tom resurs")
        cases = [
            ("page.pdf", b"<!DOCTYPE html><html><body><script>x()</script></body></html>", 415,
             "file", "sparas inte"),
            ("big.txt", b"a" * (10 * 1024 * 1024 + 1), 413, "file", "10 MB"),
            (None, b"plain text\n", 422, "filename", ""),
            ("rapport\u202efdp.exe", b"plain text\n", 422, "filename", "styrtecken"),
            ("empty.txt", b"", 422, "file", "tom"),
        ]
        for name, data, expected, field, words in cases:
            with self.subTest(name=name, expected=expected):
                status, _, body = self.upload(made, name, data, **{"Accept-Language": "sv"})
                self.assertEqual(status, expected, body)
                self.assertEqual([e["field"] for e in body["errors"]], [field])
                self.assertIn(words, body["errors"][0]["message"])
                if expected != 422:
                    self.assertIn(words, body["detail"])
        status, _, body = self.upload(made, "huge.txt", b"a" * (17 * 1024 * 1024))
        self.assertEqual(status, 413, "beyond what the server reads at all")
        after = self.ok("GET", f"/resources/{made['id']}")
        self.assertEqual(after["version"], made["version"])
        self.assertIsNone(after["file"])

        status, _, body = self.upload(made, "a.txt", b"A\n", version=made["version"])
        self.assertEqual(status, 200, body)
        status, _, body = self.upload(made, "b.txt", b"B\n", version=made["version"])
        self.assertEqual(status, 412, body)

    def test_who_may_keep_the_library(self):
        made = self.new_resource(title="Behörighetsprov")
        for role in ("observer", "participant"):
            with self.subTest(role=role):
                status, _, _ = self.api("POST", "/resources", role, json={"title": "x"})
                self.assertEqual(status, 403)
                status, _, _ = self.upload(made, "a.txt", b"A\n", role=role)
                self.assertEqual(status, 403)
        status, _, body = self.api("POST", "/resources", "facilitator",
                                   json={"title": "", "kind": "video", "language": "svenska",
                                         "themes": ["no_such_theme"], "url": "javascript:x()"},
                                   headers={"Accept-Language": "sv"})
        self.assertEqual(status, 422, body)
        self.assertEqual(sorted(e["field"] for e in body["errors"]),
                         ["kind", "language", "themes", "title", "url"])


if __name__ == "__main__":
    unittest.main()
