"""Starts the real `samla serve` on loopback and talks HTTP to it (standard library only).

Contract with the CLI: `samla serve --db URL --host 127.0.0.1 --port 0` prints the line
`samla listening on http://127.0.0.1:PORT` on stdout once it accepts connections, and stops
gracefully on SIGTERM; `samla user add NAME --role ROLE --db URL` reads the password from stdin.
"""

import json as jsonlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import unittest
import urllib.error
import urllib.request

_LISTENING = re.compile(r"samla listening on (http://[^\s]+)")
_UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def samla_binary():
    """The samla executable: $SAMLA_BIN, else build/samla in the source tree."""
    if os.environ.get("SAMLA_BIN"):
        return os.environ["SAMLA_BIN"]
    source = os.environ.get("SAMLA_SOURCE_DIR") or os.path.abspath(
        os.path.join(os.path.dirname(__file__), "..", ".."))
    return os.path.join(source, "build", "samla")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are answers to check, not to follow."""

    def redirect_request(self, *args, **kwargs):
        return None


class SamlaServer:
    """One `samla serve` process with its own temporary SQLite database."""

    def __init__(self, extra_args=(), db_url=None, startup_timeout=60, run_jobs=False):
        self.binary = samla_binary()
        self.workdir = tempfile.mkdtemp(prefix="samla-http-")
        self.db_url = db_url or "sqlite:" + os.path.join(self.workdir, "samla.db")
        # Scheduled jobs (digests, reminders) would add messages to the outbox at times of
        # their own; tests run them when they choose (POST /jobs/{name}/run), unless asked.
        self.extra_args = list(extra_args) + ([] if run_jobs else ["--no-jobs"])
        self.startup_timeout = startup_timeout
        self.base_url = None
        self.process = None
        self.output = []  # every stdout/stderr line, for failure messages
        self.cookies = {}
        self.csrf_token = None
        self._opener = urllib.request.build_opener(_NoRedirect)

    # -- lifecycle -------------------------------------------------------------------------
    def start(self):
        """Starts the server and waits for its "listening" line; raises if it never comes."""
        if not os.path.exists(self.binary):
            raise RuntimeError(f"samla binary not found at {self.binary} (set SAMLA_BIN)")
        command = [self.binary, "serve", "--db", self.db_url, "--host", "127.0.0.1", "--port", "0"]
        self.process = subprocess.Popen(command + self.extra_args, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                        text=True, encoding="utf-8", errors="replace", bufsize=1)
        ready = threading.Event()

        # Keep reading stdout for the whole life of the server: the access log goes there too,
        # and a full pipe would block it.
        def pump():
            for line in self.process.stdout:
                self.output.append(line.rstrip("\n"))
                match = _LISTENING.search(line)
                if match and not ready.is_set():
                    self.base_url = match.group(1).rstrip("/")
                    ready.set()
            ready.set()

        self._pump = threading.Thread(target=pump, daemon=True)
        self._pump.start()
        deadline = time.monotonic() + self.startup_timeout
        while not ready.wait(0.1):
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("samla serve did not report listening in time:\n" + self.log())
        if self.base_url is None:
            code = self.process.wait()
            raise RuntimeError(f"samla serve exited with {code} before listening:\n" + self.log())
        return self

    def stop(self):
        """Stops the server with SIGTERM (graceful), killing it after 15 s; returns its exit code."""
        code = None
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                code = self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                code = self.process.wait()
        elif self.process:
            code = self.process.returncode
        if getattr(self, "_pump", None):
            self._pump.join(timeout=5)
        shutil.rmtree(self.workdir, ignore_errors=True)
        return code

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def log(self):
        return "\n".join(self.output[-200:])

    # -- CLI -------------------------------------------------------------------------------
    def samla(self, *args, input_text=None, check=True):
        """Runs `samla ARGS --db URL` against this server's database."""
        # The CLI speaks the terminal's language (LANG): these tests read its English.
        env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
        result = subprocess.run([self.binary, *args, "--db", self.db_url], input=input_text,
                                capture_output=True, text=True, timeout=120,
                                env=dict(env, LANG="C.UTF-8"))
        if check and result.returncode != 0:
            raise RuntimeError(f"samla {' '.join(args)} failed ({result.returncode}):\n"
                               f"{result.stdout}\n{result.stderr}")
        return result

    def add_user(self, name, role, password):
        """Creates a user through `samla user add` (password on stdin)."""
        return self.samla("user", "add", name, "--role", role, input_text=password + "\n")

    # -- HTTP ------------------------------------------------------------------------------
    def request(self, method, path, json=None, headers=None, token=None, body=None,
                use_session=True, raw=False):
        """Sends one request; returns (status, headers with lower-case names, parsed body).

        `json` is sent as application/json; `body` (bytes or str) is sent as is. A bearer
        `token` is sent as Authorization. With `use_session`, the session cookie from login()
        is sent, and the CSRF token with unsafe methods. The body comes back parsed as JSON
        when the response says it is JSON, else as text; with `raw`, as bytes.
        """
        all_headers = {"Accept": "application/json"}
        data = None
        if json is not None:
            data = jsonlib.dumps(json).encode("utf-8")
            all_headers["Content-Type"] = "application/json"
        elif body is not None:
            data = body.encode("utf-8") if isinstance(body, str) else body
        if token:
            all_headers["Authorization"] = "Bearer " + token
        if use_session and self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
            if self.csrf_token and method.upper() in _UNSAFE:
                all_headers["X-CSRF-Token"] = self.csrf_token
        all_headers.update(headers or {})
        request = urllib.request.Request(self.base_url + path, data=data, method=method.upper(),
                                         headers=all_headers)
        try:
            with self._opener.open(request, timeout=60) as response:
                return self._result(response.status, response.headers, response.read(), raw)
        except urllib.error.HTTPError as error:
            with error:
                return self._result(error.code, error.headers, error.read(), raw)

    def _result(self, status, message_headers, raw, as_bytes=False):
        headers = {}
        for name, value in message_headers.items():
            name = name.lower()
            headers[name] = headers[name] + ", " + value if name in headers else value
        for cookie in message_headers.get_all("Set-Cookie") or []:
            name, _, rest = cookie.partition("=")
            value = rest.split(";", 1)[0]
            if value and "max-age=0" not in cookie.lower():
                self.cookies[name.strip()] = value
            else:
                self.cookies.pop(name.strip(), None)
        content_type = headers.get("content-type", "")
        if as_bytes:
            parsed = raw
        elif raw and "json" in content_type:
            parsed = jsonlib.loads(raw.decode("utf-8"))
        else:
            parsed = raw.decode("utf-8", errors="replace")
        return status, headers, parsed

    def login(self, name, password):
        """Logs in with POST /api/v1/session, keeping the session cookie and the CSRF token."""
        status, headers, body = self.request("POST", "/api/v1/session",
                                             json={"name": name, "password": password})
        if status not in (200, 201):
            raise AssertionError(f"login as {name} failed: {status} {body}")
        self.csrf_token = body.get("csrf_token") if isinstance(body, dict) else None
        return body

    def logout(self):
        """Logs out with DELETE /api/v1/session and forgets the cookie."""
        result = self.request("DELETE", "/api/v1/session")
        self.cookies.clear()
        self.csrf_token = None
        return result

    def create_token(self, name="test"):
        """Creates an API token for the logged-in user; returns its secret."""
        status, _, body = self.request("POST", "/api/v1/tokens", json={"name": name})
        if status != 201:
            raise AssertionError(f"token creation failed: {status} {body}")
        return body.get("secret") or body.get("token")


class ServerTestCase(unittest.TestCase):
    """A test case class with one server for all its tests (cls.server)."""

    server_args = ()

    @classmethod
    def setUpClass(cls):
        cls.server = SamlaServer(cls.server_args).start()

    @classmethod
    def role_tokens(cls, prefix, password, roles=("admin", "coordinator", "facilitator", "observer")):
        """One user per role, named PREFIX-ROLE, and an API token for each: {role: token}."""
        tokens = {}
        for role in roles:
            cls.server.add_user(f"{prefix}-{role}", role, password)
            tokens[role] = cls.server.samla("token", "create", f"{prefix}-{role}").stdout.strip()
        return tokens

    # The API as one of the class's users, by role (cls.tokens from role_tokens): api() answers
    # (status, headers, body); ok() asserts the status and gives the body.
    default_role = "coordinator"

    def api(self, method, path, role=None, **kwargs):
        return self.server.request(method, "/api/v1" + path, token=self.tokens[role or self.default_role],
                                   **kwargs)

    def ok(self, method, path, role=None, status=200, **kwargs):
        got, _, body = self.api(method, path, role, **kwargs)
        self.assertEqual(got, status, body)
        return body

    def conforms(self, body, schema):
        """The body matches components.schemas[schema] of the server's own OpenAPI document
        (jsonschema: Debian's python3-jsonschema, which the caller's module has imported)."""
        import jsonschema
        document = getattr(type(self), "_openapi_document", None)
        if document is None:
            _, _, document = self.server.request("GET", "/api/v1/openapi.json")
            type(self)._openapi_document = document
        resolver_schema = {"$ref": f"#/components/schemas/{schema}", "components": document["components"]}
        jsonschema.validate(body, resolver_schema, cls=jsonschema.Draft202012Validator)

    @classmethod
    def tearDownClass(cls):
        log = cls.server.log()
        code = cls.server.stop()
        # SIGTERM must shut the server down gracefully, not kill it.
        if code != 0:
            raise AssertionError(f"samla serve exited with {code} after SIGTERM:\n{log}")
