# samla — the two commands a new machine needs:
#   make run    install what is missing, build, and serve on http://127.0.0.1:8080 (SQLite in data/)
#   make test   install what is missing, build with sanitizers, and run every test
.PHONY: deps build build-debug web run test check bench fuzz format clean

DB ?= sqlite:data/samla.db
HOST ?= 127.0.0.1
PORT ?= 8080
FUZZ_SECONDS ?= 60

WEB_SOURCES := $(shell find web/src web/public web/index.html web/vite.config.ts web/tsconfig.json -type f 2>/dev/null)

deps:
	@scripts/install-deps.sh

# The web UI: npm packages exactly as the lockfile says, then a Vite build into web/dist.
web/node_modules/.package-lock.json: web/package-lock.json | deps
	cd web && npm ci --no-audit --no-fund
web/dist/index.html: web/node_modules/.package-lock.json $(WEB_SOURCES)
	cd web && npm run build

web: deps web/dist/index.html

build: deps web
	@cmake --preset release >/dev/null
	@cmake --build --preset release

build-debug: deps web
	@cmake --preset debug >/dev/null
	@cmake --build --preset debug

run: build
	build/samla serve --db $(DB) --host $(HOST) --port $(PORT) --web web/dist

# Unit, storage (SQLite and a throwaway PostgreSQL server), HTTP, CLI, crash-safety, web
# component and browser tests, and every fuzz target's seeds and regression inputs, the C++
# under AddressSanitizer and UndefinedBehaviorSanitizer. Every test drives the sanitized build,
# so the optimised one (`make build`) is not built here; fuzzing for new inputs needs its own
# clang tree and is `make fuzz`.
test: deps web build-debug
	@scripts/with-postgres.sh ctest --preset debug -j2

# The fast loop for every change: the sanitized build and every test but the browser,
# load and crash-safety runs (those are in `make test`).
check: deps build-debug
	@scripts/with-postgres.sh ctest --preset debug -j2 -E '^(web\.e2e|load\.|crash\.)'

# Speed and memory next to peers (wrk against nginx on the same bytes, import against sqlite3
# .import, RSS, start-up, the 200-client load test, PostgreSQL): one table, and
# bench/results/latest.json. About 6 minutes on 2 cores; see docs/performance.md.
bench: build
	@scripts/install-deps.sh --bench
	@scripts/with-postgres.sh python3 bench/run.py
	@/usr/bin/python3 bench/network/network_bench.py
	@/usr/bin/python3 bench/reports/report_bench.py
	@/usr/bin/python3 bench/actions/actions_bench.py
	@/usr/bin/python3 bench/live/live_bench.py

# Each libFuzzer target for FUZZ_SECONDS (crashing inputs land in fuzz/crashes/).
fuzz: deps
	scripts/fuzz.sh $(FUZZ_SECONDS)

format:
	@find src -name '*.cc' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf build build-debug web/dist
