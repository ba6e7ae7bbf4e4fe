"""User accounts linked to people in the register, over HTTP against a running `samla serve`:
an admin links an account to one person (422 naming person_id for a person who does not
exist or who already has an account, nothing changed), unlinks it with null, and deleting
the person leaves the account linked to nobody; event planners read the directory of
enabled accounts to choose an event's facilitators, and only that."""

import unittest

from samla_server import ServerTestCase

PASSWORD = "user-accounts-password"


class UserAccounts(ServerTestCase):
    default_role = "admin"
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tokens = cls.role_tokens("ua", PASSWORD)

    def person(self, name):
        status, _, person = self.api("POST", "/people", "coordinator",
                                     json={"name": name, "country": "SE"})
        self.assertEqual(status, 201, person)
        return person["id"]

    def field_codes(self, problem):
        return {(e["field"], e["code"]) for e in problem["errors"]}

    def test_an_account_stands_for_one_person_and_is_unlinked_when_the_person_goes(self):
        karin = self.person("Karin Facilitator")
        status, _, user = self.api("POST", "/users", json={
            "name": "ua-karin", "role": "facilitator", "password": PASSWORD, "person_id": karin})
        self.assertEqual(status, 201, user)
        self.assertEqual(user["person_id"], karin)

        # A second account for the same person is refused, naming the first.
        status, _, problem = self.api("POST", "/users", json={
            "name": "ua-karin-2", "role": "observer", "password": PASSWORD, "person_id": karin})
        self.assertEqual(status, 422, problem)
        self.assertIn(("person_id", "person_has_account"), self.field_codes(problem))
        self.assertIn("ua-karin", problem["errors"][0]["message"])
        _, _, users = self.api("GET", "/users")
        self.assertNotIn("ua-karin-2", [u["name"] for u in users["items"]])

        # A person who does not exist, or an id that is no id.
        for value, code in ((999999, "no_person_with_id"), ("7", "must_be_id_or_null"),
                            (0, "must_be_id_or_null")):
            status, _, problem = self.api("PATCH", f"/users/{user['id']}", json={"person_id": value},
                                          headers={"If-Match": f'"{user["version"]}"'})
            self.assertEqual(status, 422, problem)
            self.assertIn(("person_id", code), self.field_codes(problem))
        _, _, unchanged = self.api("GET", f"/users/{user['id']}")
        self.assertEqual((unchanged["person_id"], unchanged["version"]), (karin, user["version"]))

        # Unlinked with null, linked again; deleting the person unlinks the account.
        status, _, unlinked = self.api("PATCH", f"/users/{user['id']}", json={"person_id": None},
                                       headers={"If-Match": f'"{user["version"]}"'})
        self.assertEqual(status, 200, unlinked)
        self.assertIsNone(unlinked["person_id"])
        status, _, linked = self.api("PATCH", f"/users/{user['id']}", json={"person_id": karin},
                                     headers={"If-Match": f'"{unlinked["version"]}"'})
        self.assertEqual((status, linked["person_id"]), (200, karin))
        status, _, _ = self.api("DELETE", f"/people/{karin}", "coordinator")
        self.assertEqual(status, 204)
        _, _, after = self.api("GET", f"/users/{user['id']}")
        self.assertIsNone(after["person_id"])
        self.assertGreater(after["version"], linked["version"])

    def test_event_planners_read_the_directory_of_enabled_accounts(self):
        status, _, disabled = self.api("POST", "/users", json={
            "name": "ua-gone", "role": "facilitator", "password": PASSWORD})
        self.assertEqual(status, 201, disabled)
        status, _, _ = self.api("PATCH", f"/users/{disabled['id']}", json={"disabled": True},
                                headers={"If-Match": f'"{disabled["version"]}"'})
        self.assertEqual(status, 200)
        for role in ("admin", "coordinator", "facilitator"):
            status, _, directory = self.api("GET", "/users/directory", role)
            self.assertEqual(status, 200, directory)
            names = [u["name"] for u in directory["items"]]
            self.assertIn("ua-facilitator", names)
            self.assertNotIn("ua-gone", names)
            self.assertEqual(names, sorted(names))
            for entry in directory["items"]:
                self.assertEqual(set(entry), {"id", "name", "role", "person_id"})
        status, _, _ = self.api("GET", "/users/directory", "observer")
        self.assertEqual(status, 403)


if __name__ == "__main__":
    unittest.main()
