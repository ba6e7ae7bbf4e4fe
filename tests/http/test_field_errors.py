"""Field errors carry a code and its parameters beside the message, and the message is in
the request's language: the same bad person in English and in Swedish (by Accept-Language
and by ?lang=sv), and the public table of codes that the web words them with."""

import unittest

from samla_server import ServerTestCase

PASSWORD = "field-errors-password"
BAD_PERSON = {"name": "x" * 301, "email": "not-an-address", "perspectives": ["astrologer"]}


class FieldErrors(ServerTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("fields", PASSWORD)

    def post_bad_person(self, **kwargs):
        status, headers, body = self.server.request(
            "POST", "/api/v1/people" + kwargs.pop("query", ""), token=self.tokens["coordinator"],
            json=BAD_PERSON, **kwargs)
        self.assertEqual(status, 422, body)
        self.assertEqual(headers["content-type"], "application/problem+json")
        return {e["field"]: e for e in body["errors"]}, body

    def test_english_errors_name_code_params_and_message(self):
        errors, body = self.post_bad_person()
        self.assertEqual(body["detail"], "One or more fields are invalid.")
        self.assertEqual(errors["name"]["code"], "max_characters")
        self.assertEqual(errors["name"]["params"], {"max": "300"})
        self.assertEqual(errors["name"]["message"], "must be at most 300 characters")
        self.assertEqual(errors["email"]["code"], "email_format")
        self.assertEqual(errors["perspectives"]["code"], "unknown_perspective")
        self.assertEqual(errors["perspectives"]["params"]["value"], "astrologer")

    def test_swedish_requests_get_swedish_messages(self):
        for how in ({"headers": {"Accept-Language": "sv-SE,sv;q=0.9,en;q=0.5"}}, {"query": "?lang=sv"}):
            with self.subTest(how=how):
                errors, body = self.post_bad_person(**how)
                self.assertEqual(body["detail"], "Ett eller flera fält är felaktiga.")
                self.assertEqual(errors["name"]["message"], "får vara högst 300 tecken")
                self.assertEqual(errors["email"]["message"], "är inte en e-postadress")
                self.assertTrue(errors["perspectives"]["message"].startswith("okänt perspektiv ”astrologer”"))
                self.assertEqual(errors["name"]["code"], "max_characters")  # codes do not change

    def test_the_message_table_is_public_and_matches_the_api_document(self):
        status, _, catalogue = self.server.request("GET", "/api/v1/messages")
        self.assertEqual(status, 200)
        self.assertEqual(catalogue["max_characters"],
                         {"en": "must be at most {max} characters", "sv": "får vara högst {max} tecken"})
        for code, texts in catalogue.items():
            self.assertTrue(texts["en"] and texts["sv"], code)
        _, _, document = self.server.request("GET", "/api/v1/openapi.json")
        codes = document["components"]["schemas"]["FieldError"]["properties"]["code"]["enum"]
        self.assertEqual(sorted(codes), sorted(catalogue))


if __name__ == "__main__":
    unittest.main()
