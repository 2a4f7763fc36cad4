# The two commands of the README:
#   make shell   — install what is missing, build, open gongkai on the bundled corpus/
#   make test    — install what is missing, run every test
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
