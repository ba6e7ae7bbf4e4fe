"""Account changes made with the CLI reach a running server at its next request (issue 14,
item 7): token expiry, list and revoke, user disable/enable and set-role."""

from samla_server import ServerTestCase

PASSWORD = "cli-account-changes-pw"


class CliAccountChanges(ServerTestCase):
    def whoami(self, token):
        status, _, body = self.server.request("GET", "/api/v1/session", token=token,
                                              use_session=False)
        return status, body

    def test_token_list_and_revoke(self):
        self.server.add_user("tess", "coordinator", PASSWORD)
        token = self.server.samla("token", "create", "tess", "--name", "ci", "--expires", "90d").stdout.strip()
        self.assertEqual(self.whoami(token)[0], 200)
        listing = self.server.samla("token", "list", "tess").stdout
        self.assertIn("ci", listing)
        self.assertNotIn(token, listing)
        token_id = listing.splitlines()[1].split()[0]
        self.server.samla("token", "revoke", token_id)
        self.assertEqual(self.whoami(token)[0], 401)

    def test_bad_expiry_is_a_usage_error(self):
        self.server.add_user("ulla", "observer", PASSWORD)
        self.assertEqual(self.server.samla("token", "create", "ulla", "--expires", "soon",
                                           check=False).returncode, 2)

    def test_disable_enable_and_set_role_apply_at_the_next_request(self):
        self.server.add_user("vera", "observer", PASSWORD)
        token = self.server.samla("token", "create", "vera").stdout.strip()
        self.assertEqual(self.whoami(token)[1]["user"]["role"], "observer")
        self.server.samla("user", "set-role", "vera", "facilitator")
        self.assertEqual(self.whoami(token)[1]["user"]["role"], "facilitator")
        self.server.samla("user", "disable", "vera")
        self.assertEqual(self.whoami(token)[0], 401)
        self.server.samla("user", "enable", "vera")
        self.assertEqual(self.whoami(token)[0], 200)
