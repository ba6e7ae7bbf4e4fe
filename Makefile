# samla — the two commands a new machine needs:
#   make run    install what is missing, build, and serve on http://127.0.0.1:8080 (SQLite in data/)
#   make test   install what is missing, build with sanitizers, and run every test
.PHONY: deps build build-debug run test format clean

DB ?= sqlite:data/samla.db
HOST ?= 127.0.0.1
PORT ?= 8080

deps:
	@scripts/install-deps.sh

build: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release

build-debug: deps
	@cmake --preset debug >/dev/null
	@cmake --build --preset debug

run: build
	build/samla serve --db $(DB) --host $(HOST) --port $(PORT)

# Unit, storage (SQLite and a throwaway PostgreSQL server), HTTP and CLI tests, all under
# AddressSanitizer and UndefinedBehaviorSanitizer.
test: build-debug
	@scripts/with-postgres.sh ctest --preset debug -j2

format:
	@find src -name '*.cc' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf build build-debug
