# The two commands of the README:
#   make shell   — install what is missing, build, open gongkai on the bundled corpus/
#   make test    — install what is missing, run every test
# and the benchmark (BENCHMARKS.md):
#   make bench   — release build, then load and query timings against in-memory SQLite
#                  (BENCH_DIR: where corpora are generated and reused; BENCH_FLAGS: e.g. --quick)
BENCH_DIR ?= /tmp/gongkai-bench
BENCH_FLAGS ?=
.PHONY: shell test deps release bench

deps:
	@scripts/install-deps

shell: deps
	swift build -c release --product gongkai
	.build/release/gongkai corpus/

test: deps
	swift test

release: deps
	swift build -c release

bench: deps
	swift build -c release --product gongkai-bench
	.build/release/gongkai-bench $(BENCH_DIR) $(BENCH_FLAGS)
