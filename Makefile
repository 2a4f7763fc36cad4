# The two commands of the README:
#   make shell   — install what is missing, build, open gongkai on the bundled corpus/
#   make test    — install what is missing, run every test
# and the benchmark (BENCHMARKS.md):
#   make bench   — release build, then gongkai beside in-memory SQLite and DuckDB on the same rows,
#                  the warm one-shot beside sqlite3, the cold parse, memory, the panel checks' share
#                  (BENCH_DIR: where corpora are generated and reused; BENCH_FLAGS: e.g. --quick,
#                  --scratch DIR for where the bench writes, by default BENCH_DIR/scratch)
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
	swift build -c release --product gongkai
	.build/release/gongkai-bench $(BENCH_DIR) $(BENCH_FLAGS)
