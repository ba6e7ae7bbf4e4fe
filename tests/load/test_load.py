"""Load: 200 concurrent keep-alive clients for 60 s against `samla serve` on a seeded SQLite
register, mixed reads and If-Match writes; no 5xx, no lost or doubled write, p99 printed.

The driver is loadtest.py beside this file (also a command for any running server). Under
`make test` the server is the sanitizer build, so throughput is low; what is asserted is
correctness, not speed.

Environment: SAMLA_BIN (the binary), SAMLA_LOAD_CLIENTS (default 200), SAMLA_LOAD_SECONDS
(default 60).
"""

import asyncio
import os
import re
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "http"))
from samla_server import SamlaServer  # noqa: E402

from loadtest import LoadConfig, run_load  # noqa: E402

CLIENTS = int(os.environ.get("SAMLA_LOAD_CLIENTS", "200"))
SECONDS = int(os.environ.get("SAMLA_LOAD_SECONDS", "60"))
PASSWORD = "load-test-password"
# A request without an answer is not a wrong answer, but more than a couple means the server
# dropped connections under load.
TOLERATED_CONNECTION_ERRORS = 2
ACCESS_LOG = re.compile(r"\[info\] [A-Z]+ /\S* \d{3} [\d.]+ms$")


class Load(unittest.TestCase):
    def test_concurrent_reads_and_if_match_writes(self):
        server = SamlaServer()
        try:
            server.samla("demo", "generate", "--people", "2000", "--organisations", "200",
                         "--seed", "7")
            server.start()
            server.add_user("load-coordinator", "coordinator", PASSWORD)
            server.login("load-coordinator", PASSWORD)
            token = server.create_token("load test")
            server.logout()

            report = asyncio.run(run_load(LoadConfig(
                url=server.base_url, token=token, clients=CLIENTS, seconds=SECONDS,
                max_connection_errors=TOLERATED_CONNECTION_ERRORS)))
            print("\n" + report.table(), file=sys.stderr)
        finally:
            # The access log is one line per request; the lines worth showing are the others.
            log = "\n".join(line for line in server.output if not ACCESS_LOG.search(line))
            code = server.stop()
            if server.process and server.process.stdout:
                server.process.stdout.close()
        self.assertEqual(code, 0, f"samla serve exited with {code} after SIGTERM:\n{log}")

        self.assertEqual(report.server_errors, 0, f"5xx under load:\n{log}")
        self.assertEqual(report.verification.lost, 0, report.verification.problems)
        self.assertEqual(report.verification.doubled, 0, report.verification.problems)
        self.assertEqual(report.unexpected_statuses, 0, report.state.unexpected)
        self.assertLessEqual(report.connection_errors, TOLERATED_CONNECTION_ERRORS)
        self.assertGreater(report.acknowledged_increments, 0, "no increment got through")
        self.assertGreater(len(report.state.created), 0, "no create got through")
        self.assertEqual(report.failures(), [])


if __name__ == "__main__":
    unittest.main()
