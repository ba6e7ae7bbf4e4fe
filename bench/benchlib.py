"""Process, HTTP and measuring helpers for `make bench` (standard library only)."""

import os
import re
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
import urllib.request

_LISTENING = re.compile(r"samla listening on (http://[^\s]+)")


def free_port():
    """A TCP port on loopback that was free a moment ago."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def memory_mb(pid):
    """(current RSS, peak RSS) of a process in MB, from /proc/PID/status."""
    values = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def run(command, input_text=None, env=None):
    """Runs a command to completion; raises with its output when it fails."""
    result = subprocess.run(command, input=input_text, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed ({result.returncode}):\n"
                           f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return result


def timed(command, input_text=None):
    """Runs a command; returns its wall time in seconds."""
    start = time.perf_counter()
    run(command, input_text)
    return time.perf_counter() - start


class Samla:
    """`samla serve` on a database, with its output in a log file."""

    def __init__(self, binary, db_url, workdir, threads=2, web=None):
        self.binary, self.db_url, self.workdir = binary, db_url, workdir
        self.threads, self.web = threads, web
        self.process = None
        self.url = None

    def cli(self, *args, input_text=None):
        return run([self.binary, *args, "--db", self.db_url], input_text)

    def start(self, port=0):
        """Starts the server and returns when it prints its "listening" line."""
        # --no-jobs: no digest or retention run lands in the middle of a measurement.
        command = [self.binary, "serve", "--db", self.db_url, "--host", "127.0.0.1",
                   "--port", str(port), "--threads", str(self.threads), "--no-jobs"]
        if self.web:
            command += ["--web", self.web]
        self.log = open(os.path.join(self.workdir, "samla-serve.log"), "a", encoding="utf-8")
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True)
        for line in self.process.stdout:
            self.log.write(line)
            match = _LISTENING.search(line)
            if match:
                self.url = match.group(1).rstrip("/")
                break
        else:
            raise RuntimeError("samla serve exited before listening; see samla-serve.log")
        # From here on the access log goes straight to the file, as in production behind a
        # log collector, so no pipe reader slows the server down.
        self._drain = subprocess.Popen(["cat"], stdin=self.process.stdout, stdout=self.log)
        return self

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if getattr(self, "_drain", None):
            self._drain.wait()
        if getattr(self, "log", None):
            self.log.close()

    def token(self, user="bench", role="admin"):
        """An API token for a new user of the given role."""
        self.cli("user", "add", user, "--role", role, input_text="bench-password-1234\n")
        output = self.cli("token", "create", user, "--name", "bench").stdout
        match = re.search(r"samla_[A-Za-z0-9_\-]+", output)
        if not match:
            raise RuntimeError(f"no token in: {output}")
        return match.group(0)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def get(url, token=None):
    """GET url; returns (status, body bytes)."""
    request = urllib.request.Request(url)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.read()


def time_to_first_response(binary, db_url, workdir, web, repeats=5):
    """Median seconds from starting `samla serve` to the first answered /api/v1/health.

    The port is chosen beforehand and polled by connecting in a tight loop, so the figure
    includes opening the database, checking migrations and loading the web UI, and nothing
    of this script's own reading of the server's output.
    """
    times = []
    for _ in range(repeats):
        port = free_port()
        command = [binary, "serve", "--db", db_url, "--host", "127.0.0.1", "--port", str(port),
                   "--web", web]
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while True:
                if process.poll() is not None:
                    raise RuntimeError("samla serve exited during start-up")
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                        s.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n"
                                  b"Connection: close\r\n\r\n")
                        answer = s.recv(64)
                    if answer.startswith(b"HTTP/1.1 200"):
                        times.append(time.perf_counter() - start)
                        break
                except OSError:
                    time.sleep(0.0005)
        finally:
            process.terminate()
            process.wait()
    return statistics.median(times)


class Nginx:
    """nginx serving the files of one folder on loopback, as a static-file baseline."""

    def __init__(self, root, workdir, port):
        self.root, self.workdir, self.port = root, workdir, port
        self.process = None

    def __enter__(self):
        prefix = tempfile.mkdtemp(prefix="nginx-", dir=self.workdir)
        os.makedirs(os.path.join(prefix, "logs"))
        conf = os.path.join(prefix, "nginx.conf")
        with open(conf, "w", encoding="utf-8") as f:
            f.write(f"""
worker_processes auto;
error_log {prefix}/logs/error.log;
pid {prefix}/nginx.pid;
events {{ worker_connections 1024; }}
http {{
  types {{ application/json json; }}
  access_log {prefix}/logs/access.log;
  client_body_temp_path {prefix}/body;
  proxy_temp_path {prefix}/proxy;
  fastcgi_temp_path {prefix}/fastcgi;
  uwsgi_temp_path {prefix}/uwsgi;
  scgi_temp_path {prefix}/scgi;
  server {{
    listen 127.0.0.1:{self.port};
    root {self.root};
    location / {{ default_type application/json; }}
  }}
}}
""")
        self.process = subprocess.Popen(["nginx", "-c", conf, "-p", prefix, "-g", "daemon off;"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("nginx did not start: " + self.process.stderr.read().decode())

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait()


_WRK_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
_WRK_PERCENTILE = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)
_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url, seconds, connections=32, threads=2, token=None):
    """Runs wrk against url; returns requests/s and p50/p99 latency in ms."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if token:
        command += ["-H", f"Authorization: Bearer {token}"]
    output = run(command + [url]).stdout
    if "Non-2xx" in output or "Socket errors" in output:
        raise RuntimeError(f"wrk saw errors against {url}:\n{output}")
    rps = float(_WRK_RPS.search(output).group(1))
    latency = {p: float(v) * _UNITS[u] for p, v, u in _WRK_PERCENTILE.findall(output)}
    return {"requests_per_second": rps, "p50_ms": latency["50"], "p99_ms": latency["99"]}


def require(*programs):
    missing = [p for p in programs if not shutil.which(p)]
    if missing:
        raise SystemExit(f"bench: missing {', '.join(missing)}; run `make bench`, which installs them")
