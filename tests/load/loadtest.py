"""Load test for the HTTP API: many concurrent keep-alive clients, mixed reads and writes with
If-Match, then a check through the API that no acknowledged write was lost or applied twice.

Standard library only. Usable as a module (run_load, LoadConfig) and as a command:

    python3 tests/load/loadtest.py --url http://127.0.0.1:8080 --token samla_... \\
        --clients 200 --seconds 60 [--json summary.json]

The token must belong to a user who may write the register (coordinator or admin). Bearer
tokens need no CSRF token. What each client does, chosen at random per operation:

    55 %  list     GET /api/v1/people?country=SE&limit=50 (sometimes the next page by cursor)
    20 %  get      GET /api/v1/people/{id} of a person known to exist
    20 %  counter  read-modify-write of a shared counter person: GET (ETag and "count=N" in
                   notes), then PUT or PATCH with If-Match and count=N+1; 412 is a conflict
    5 %   create   POST /api/v1/people with a name no one else uses

Afterwards every counter must hold exactly its acknowledged increments and every acknowledged
create must exist exactly once. A request whose answer never came (timeout, dropped
connection) may or may not have been applied; it widens what counts as correct and is
reported as "unknown". Exit status 1 on any 5xx, lost or doubled write, unexpected status or
too many connection errors.
"""

import argparse
import asyncio
import collections
import json
import math
import os
import random
import re
import sys
import time
import urllib.parse
from dataclasses import dataclass, field

API = "/api/v1/people"
COUNT_NOTE = re.compile(r"^count=(\d+)$")

# Operation kinds, in the order the table shows them, and the statuses each may answer.
EXPECTED_STATUSES = {
    "list": {200},
    "get": {200},
    "counter read": {200},
    "counter write": {200, 412},
    "create": {201},
}
# How often each client operation is chosen ("counter" is a read and a write).
MIX = {"list": 55, "get": 20, "counter": 20, "create": 5}


@dataclass
class LoadConfig:
    url: str
    token: str
    clients: int = 200
    seconds: float = 60.0
    counters: int = 20
    seed: int = 1
    request_timeout: float = 60.0
    max_connection_errors: int = 0


# -- a minimal HTTP/1.1 keep-alive client ---------------------------------------------------


class ConnectionProblem(Exception):
    """The request got no complete answer: refused, reset, closed early or timed out."""


@dataclass
class Response:
    status: int
    headers: dict  # lower-case names
    body: bytes

    def json(self):
        return json.loads(self.body.decode("utf-8"))


class HttpConnection:
    """One persistent connection; reconnects on the next request after the server closed it.

    The server answers every response with Content-Length (Beast's prepare_payload), so that,
    bodiless statuses and read-until-close are all the framing handled; chunked is refused.
    """

    def __init__(self, host, port, token, timeout):
        self.host, self.port, self.timeout = host, port, timeout
        self.token = token
        self.reader = self.writer = None
        self.connects = 0

    async def request(self, method, target, body=None, headers=None):
        """Sends one request and reads its answer; raises ConnectionProblem on any failure."""
        try:
            return await asyncio.wait_for(self._exchange(method, target, body, headers or {}),
                                          self.timeout)
        except (OSError, EOFError, asyncio.IncompleteReadError, asyncio.TimeoutError,
                ValueError) as error:
            self.close()
            kind = "timeout" if isinstance(error, asyncio.TimeoutError) else type(error).__name__
            raise ConnectionProblem(kind) from error

    async def _exchange(self, method, target, body, headers):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            self.connects += 1
        payload = b"" if body is None else json.dumps(body).encode("utf-8")
        lines = [f"{method} {target} HTTP/1.1", f"Host: {self.host}:{self.port}",
                 f"Authorization: Bearer {self.token}", "Accept: application/json",
                 f"Content-Length: {len(payload)}"]
        if body is not None:
            lines.append("Content-Type: application/json")
        lines += [f"{name}: {value}" for name, value in headers.items()]
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + payload)
        await self.writer.drain()
        response = await self._read_response(method)
        if response.headers.get("connection", "").lower() == "close":
            self.close()
        return response

    async def _read_response(self, method):
        status_line = await self.reader.readline()
        if not status_line:
            raise EOFError("connection closed before the status line")
        version, status, _ = status_line.decode("latin-1").split(" ", 2)
        if not version.startswith("HTTP/1."):
            raise ValueError(f"not an HTTP/1.x answer: {status_line!r}")
        headers = {}
        while (line := await self.reader.readline()) not in (b"\r\n", b"\n"):
            if not line:
                raise EOFError("connection closed inside the headers")
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        status = int(status)
        if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
            return Response(status, headers, b"")
        if "chunked" in headers.get("transfer-encoding", "").lower():
            raise ValueError("chunked responses are not expected from samla")
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        else:  # the body runs to the end of the connection
            body = await self.reader.read()
            self.close()
        return Response(status, headers, body)

    def close(self):
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


# -- what was measured -----------------------------------------------------------------------


@dataclass
class OperationStats:
    latencies: list = field(default_factory=list)  # seconds, of answered requests
    statuses: collections.Counter = field(default_factory=collections.Counter)
    errors: collections.Counter = field(default_factory=collections.Counter)  # by problem kind

    def summary(self, elapsed):
        ordered = sorted(self.latencies)
        return {
            "count": len(ordered) + sum(self.errors.values()),
            "per_second": round(len(ordered) / elapsed, 1) if elapsed else 0.0,
            "p50_ms": percentile_ms(ordered, 50),
            "p90_ms": percentile_ms(ordered, 90),
            "p99_ms": percentile_ms(ordered, 99),
            "max_ms": round(ordered[-1] * 1000, 1) if ordered else None,
            "statuses": {str(s): n for s, n in sorted(self.statuses.items())},
            "errors": dict(self.errors),
        }


def percentile_ms(ordered, p):
    """The nearest-rank percentile of sorted seconds, in milliseconds."""
    if not ordered:
        return None
    rank = max(1, math.ceil(len(ordered) * p / 100))
    return round(ordered[rank - 1] * 1000, 1)


@dataclass
class CounterLedger:
    """What the clients know about one counter person."""
    person_id: int
    acknowledged: int = 0  # 2xx answers to increments
    conflicts: int = 0  # 412 answers
    unknown: int = 0  # increments whose answer never came


@dataclass
class RunState:
    """Shared by all client tasks (one event loop, so no locks)."""
    config: LoadConfig
    run_id: str
    person_ids: list
    counters: list  # of CounterLedger
    stats: dict = field(default_factory=lambda: {k: OperationStats() for k in EXPECTED_STATUSES})
    created: dict = field(default_factory=dict)  # name -> id, for every 201
    unknown_creates: set = field(default_factory=set)  # names whose POST got no answer
    unexpected: list = field(default_factory=list)  # (kind, status, body excerpt), first 20
    connects: int = 0

    @property
    def created_tag(self):
        return f"load-{self.run_id}-created"

    @property
    def counter_tag(self):
        return f"load-{self.run_id}-counter"


# -- the clients -------------------------------------------------------------------------------


async def timed_request(state, connection, kind, method, target, body=None, headers=None):
    """One request, recorded under `kind`; returns the Response, or None if none came."""
    stats = state.stats[kind]
    started = time.perf_counter()
    try:
        response = await connection.request(method, target, body, headers)
    except ConnectionProblem as problem:
        stats.errors[str(problem)] += 1
        return None
    stats.latencies.append(time.perf_counter() - started)
    stats.statuses[response.status] += 1
    if response.status not in EXPECTED_STATUSES[kind] and len(state.unexpected) < 20:
        state.unexpected.append((kind, response.status, response.body[:300].decode("utf-8",
                                                                                   "replace")))
    return response


class Client:
    """One simulated user: its own connection, its own random sequence, its own page cursor."""

    def __init__(self, number, state, host, port):
        self.number = number
        self.state = state
        self.rng = random.Random(state.config.seed * 100_003 + number)
        self.connection = HttpConnection(host, port, state.config.token,
                                         state.config.request_timeout)
        self.next_page = None  # (sort, cursor) of the page after the last one listed
        self.creates = 0
        self.operations = {"list": self.do_list, "get": self.do_get,
                           "counter": self.do_counter, "create": self.do_create}

    async def run(self, deadline):
        """Starts operations until the deadline; the last one may end a little after it."""
        try:
            while time.monotonic() < deadline:
                kind = self.rng.choices(list(MIX), list(MIX.values()))[0]
                await self.operations[kind]()
        finally:
            self.connection.close()
            self.state.connects += self.connection.connects

    async def do_list(self):
        query = {"country": "SE", "limit": "50"}
        if self.next_page and self.rng.random() < 0.3:
            query["sort"], query["cursor"] = self.next_page
        elif self.rng.random() < 0.5:
            query["sort"] = "name"  # the collation-key index, not just the primary key
        response = await timed_request(self.state, self.connection, "list", "GET",
                                       API + "?" + urllib.parse.urlencode(query))
        if response and response.status == 200:
            following = response.json().get("next")
            self.next_page = (query.get("sort", "id"), following) if following else None

    async def do_get(self):
        person_id = self.rng.choice(self.state.person_ids)
        await timed_request(self.state, self.connection, "get", "GET", f"{API}/{person_id}")

    async def do_counter(self):
        ledger = self.rng.choice(self.state.counters)
        path = f"{API}/{ledger.person_id}"
        read = await timed_request(self.state, self.connection, "counter read", "GET", path)
        if not read or read.status != 200:
            return
        record = read.json()
        count = parse_count(record["notes"])
        headers = {"If-Match": read.headers["etag"]}
        new_notes = f"count={count + 1}"
        # Both write paths: a full replacement and a JSON Merge Patch.
        if self.rng.random() < 0.5:
            method, body = "PUT", dict(record, notes=new_notes)
        else:
            method, body = "PATCH", {"notes": new_notes}
        write = await timed_request(self.state, self.connection, "counter write", method, path,
                                    body, headers)
        if write is None:
            ledger.unknown += 1
        elif write.status == 412:
            ledger.conflicts += 1
        elif 200 <= write.status < 300:
            ledger.acknowledged += 1

    async def do_create(self):
        self.creates += 1
        name = f"Load {self.state.run_id} Client {self.number} Nr {self.creates}"
        body = {"name": name, "country": "SE", "perspectives": ["researcher"],
                "languages": ["sv"], "tags": [self.state.created_tag]}
        response = await timed_request(self.state, self.connection, "create", "POST", API, body)
        if response is None:
            self.state.unknown_creates.add(name)
        elif response.status == 201:
            self.state.created[name] = response.json()["id"]


def parse_count(notes):
    match = COUNT_NOTE.match(notes or "")
    if not match:
        raise AssertionError(f"a counter person's notes are not 'count=N': {notes!r}")
    return int(match.group(1))


# -- setup and verification (one sequential connection, outside the clock) ----------------------


async def call(connection, method, target, body=None, expect=(200,)):
    """A setup or verification request that must succeed; returns the parsed body."""
    response = await connection.request(method, target, body)
    if response.status not in expect:
        raise RuntimeError(f"{method} {target} answered {response.status}: "
                           f"{response.body[:500].decode('utf-8', 'replace')}")
    return response.json()


async def list_all(connection, query, limit=None):
    """Every person matching `query`, page by page (up to `limit` people)."""
    people, cursor = [], None
    while limit is None or len(people) < limit:
        page_query = dict(query, limit="500", sort="id", **({"cursor": cursor} if cursor else {}))
        page = await call(connection, "GET", API + "?" + urllib.parse.urlencode(page_query))
        people += page["items"]
        cursor = page.get("next")
        if not cursor:
            break
    return people


async def set_up(connection, config, run_id):
    """Finds people to read and creates the shared counters; returns the RunState."""
    existing = await list_all(connection, {}, limit=5000)
    state = RunState(config, run_id, [p["id"] for p in existing], [])
    for number in range(config.counters):
        person = await call(connection, "POST", API, {
            "name": f"Load {run_id} Counter {number}", "country": "SE", "notes": "count=0",
            "tags": [state.counter_tag]}, expect=(201,))
        state.counters.append(CounterLedger(person["id"]))
    state.person_ids += [c.person_id for c in state.counters]
    return state


@dataclass
class Verification:
    lost_increments: int = 0
    doubled_increments: int = 0
    lost_creates: int = 0
    doubled_creates: int = 0
    problems: list = field(default_factory=list)  # one line per wrong record

    @property
    def lost(self):
        return self.lost_increments + self.lost_creates

    @property
    def doubled(self):
        return self.doubled_increments + self.doubled_creates


async def verify(connection, state):
    """Reads back every counter and every created person through the API."""
    result = Verification()
    for ledger in state.counters:
        stored = parse_count((await call(connection, "GET", f"{API}/{ledger.person_id}"))["notes"])
        # An increment whose answer never came may or may not have been applied.
        low, high = ledger.acknowledged, ledger.acknowledged + ledger.unknown
        if stored < low:
            result.lost_increments += low - stored
        if stored > high:
            result.doubled_increments += stored - high
        if not low <= stored <= high:
            result.problems.append(f"counter {ledger.person_id}: stored {stored}, acknowledged "
                                   f"{ledger.acknowledged}, unknown {ledger.unknown}")

    found = collections.Counter(
        p["name"] for p in await list_all(connection, {"tag": state.created_tag}))
    for name, person_id in state.created.items():
        if found[name] == 0:
            result.lost_creates += 1
            result.problems.append(f"created {name!r} (id {person_id}) is missing")
    for name, times in found.items():
        allowed = 1 if name in state.created or name in state.unknown_creates else 0
        if times > allowed:
            result.doubled_creates += times - allowed
            result.problems.append(f"{name!r} stored {times} times, expected at most {allowed}")
    return result


# -- the whole run ----------------------------------------------------------------------------


async def run_load(config):
    """Sets up, runs the clients for config.seconds, verifies; returns the Report."""
    parts = urllib.parse.urlsplit(config.url)
    host, port = parts.hostname, parts.port or 80
    run_id = os.urandom(4).hex()  # keeps the names and tags of repeated runs apart
    admin = HttpConnection(host, port, config.token, config.request_timeout)
    try:
        state = await set_up(admin, config, run_id)
        admin.close()  # the server drops connections idle for 30 s; verify() opens a new one
        clients = [Client(n, state, host, port) for n in range(1, config.clients + 1)]
        started = time.monotonic()
        cpu_before = os.times()
        await asyncio.gather(*(c.run(started + config.seconds) for c in clients))
        elapsed = time.monotonic() - started
        cpu = os.times()
        client_cpu = (cpu.user - cpu_before.user) + (cpu.system - cpu_before.system)
        verification = await verify(admin, state)
    finally:
        admin.close()
    return Report(config, state, verification, elapsed, client_cpu)


class Report:
    def __init__(self, config, state, verification, elapsed, client_cpu):
        self.config = config
        self.state = state
        self.verification = verification
        self.elapsed = elapsed
        self.client_cpu = client_cpu
        self.operations = {k: s.summary(elapsed) for k, s in state.stats.items()}
        everything = OperationStats()
        for s in state.stats.values():
            everything.latencies += s.latencies
            everything.statuses.update(s.statuses)
            everything.errors.update(s.errors)
        self.total = everything.summary(elapsed)

    @property
    def server_errors(self):
        return sum(n for s in self.state.stats.values() for status, n in s.statuses.items()
                   if status >= 500)

    @property
    def connection_errors(self):
        return sum(sum(s.errors.values()) for s in self.state.stats.values())

    @property
    def unexpected_statuses(self):
        return sum(n for kind, s in self.state.stats.items() for status, n in s.statuses.items()
                   if status not in EXPECTED_STATUSES[kind] and status < 500)

    @property
    def acknowledged_increments(self):
        return sum(c.acknowledged for c in self.state.counters)

    @property
    def conflicts(self):
        return sum(c.conflicts for c in self.state.counters)

    @property
    def unknown(self):
        return sum(c.unknown for c in self.state.counters) + len(self.state.unknown_creates)

    def failures(self):
        """Why the run failed, one line each; empty when it passed."""
        failures = []
        if self.server_errors:
            failures.append(f"{self.server_errors} answers with status 5xx")
        if self.verification.lost:
            failures.append(f"{self.verification.lost} acknowledged writes lost")
        if self.verification.doubled:
            failures.append(f"{self.verification.doubled} writes applied more than once")
        if self.unexpected_statuses:
            failures.append(f"{self.unexpected_statuses} answers with an unexpected status")
        if self.connection_errors > self.config.max_connection_errors:
            failures.append(f"{self.connection_errors} requests without an answer (tolerated: "
                            f"{self.config.max_connection_errors})")
        return failures

    def table(self):
        c = self.config
        header = (f"{'operation':<14}{'count':>8}{'req/s':>9}{'p50 ms':>9}{'p90 ms':>9}"
                  f"{'p99 ms':>9}{'max ms':>9}  statuses / errors")
        lines = [f"samla load test: {c.clients} clients, {self.elapsed:.1f} s, {c.url} "
                 f"(run {self.state.run_id})", header, "-" * len(header)]
        for name, row in list(self.operations.items()) + [("all", self.total)]:
            outcome = " ".join(f"{s}:{n}" for s, n in row["statuses"].items())
            outcome += "".join(f" {kind}:{n}" for kind, n in row["errors"].items())
            lines.append(f"{name:<14}{row['count']:>8}{row['per_second']:>9}"
                         f"{fmt(row['p50_ms']):>9}{fmt(row['p90_ms']):>9}"
                         f"{fmt(row['p99_ms']):>9}{fmt(row['max_ms']):>9}  {outcome}")
        v = self.verification
        lines += [
            "-" * len(header),
            f"increments acknowledged {self.acknowledged_increments}, conflicts (412) "
            f"{self.conflicts}; creates acknowledged {len(self.state.created)}",
            f"lost {v.lost} (increments {v.lost_increments}, creates {v.lost_creates}), "
            f"doubled {v.doubled} (increments {v.doubled_increments}, creates "
            f"{v.doubled_creates}), unknown outcome {self.unknown}",
            f"5xx {self.server_errors}, unexpected statuses {self.unexpected_statuses}, "
            f"connection errors {self.connection_errors}, connections opened "
            f"{self.state.connects}, client CPU {self.client_cpu:.1f} s "
            f"({100 * self.client_cpu / self.elapsed:.0f} % of one core)",
        ]
        lines += [f"  {p}" for p in v.problems[:20]]
        lines += [f"  unexpected {kind} {status}: {body}" for kind, status, body in
                  self.state.unexpected]
        failures = self.failures()
        lines.append("result: " + ("PASS" if not failures else "FAIL: " + "; ".join(failures)))
        return "\n".join(lines)

    def to_json(self):
        v = self.verification
        return {
            "url": self.config.url, "clients": self.config.clients,
            "seconds": round(self.elapsed, 2), "run_id": self.state.run_id,
            "operations": self.operations, "all": self.total,
            "increments_acknowledged": self.acknowledged_increments,
            "conflicts": self.conflicts, "creates_acknowledged": len(self.state.created),
            "lost": v.lost, "lost_increments": v.lost_increments, "lost_creates": v.lost_creates,
            "doubled": v.doubled, "doubled_increments": v.doubled_increments,
            "doubled_creates": v.doubled_creates, "unknown": self.unknown,
            "server_errors": self.server_errors, "unexpected_statuses": self.unexpected_statuses,
            "connection_errors": self.connection_errors, "connections": self.state.connects,
            "client_cpu_seconds": round(self.client_cpu, 1), "problems": v.problems,
            "failures": self.failures(), "passed": not self.failures(),
        }


def fmt(value):
    return "-" if value is None else f"{value:.1f}"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="the server, e.g. http://127.0.0.1:8080")
    parser.add_argument("--token", required=True, help="an API token of a coordinator or admin")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--counters", type=int, default=20, help="shared counter people")
    parser.add_argument("--seed", type=int, default=1, help="seed of the clients' choices")
    parser.add_argument("--timeout", type=float, default=60, help="seconds per request")
    parser.add_argument("--max-connection-errors", type=int, default=0)
    parser.add_argument("--json", metavar="FILE", help="also write the summary as JSON")
    args = parser.parse_args(argv)
    config = LoadConfig(url=args.url.rstrip("/"), token=args.token, clients=args.clients,
                        seconds=args.seconds, counters=args.counters, seed=args.seed,
                        request_timeout=args.timeout,
                        max_connection_errors=args.max_connection_errors)
    report = asyncio.run(run_load(config))
    print(report.table())
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(report.to_json(), out, indent=2)
            out.write("\n")
    return 1 if report.failures() else 0


if __name__ == "__main__":
    sys.exit(main())
