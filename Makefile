# Developer tasks. Benchmarks are run by hand (or `make bench`), never by the test suite.
PY ?= python
CORPORA ?= ../shared/corpora/*.jsonl.gz

.PHONY: bench bench-throughput bench-scaling bench-length bench-pathological bench-startup \
	bench-regex bench-profile bench-timex test lint

bench: bench-startup bench-throughput bench-length bench-pathological bench-regex bench-scaling

bench-throughput:
	$(PY) benchmarks/throughput.py --corpora '$(CORPORA)' --sample 60 --full

bench-scaling:
	$(PY) benchmarks/scaling.py --corpora '$(CORPORA)' --docs 600

bench-length:
	$(PY) benchmarks/length.py --corpora '$(CORPORA)' --max-kb 1024

bench-pathological:
	$(PY) benchmarks/pathological.py --timeout 120 --max-mb 10

bench-startup:
	$(PY) benchmarks/startup.py --runs 5

bench-regex:
	$(PY) benchmarks/regex_audit.py --n 1000

bench-timex:
	$(PY) benchmarks/timex_pooled.py --tbaq

bench-profile:
	$(PY) benchmarks/profile_pipeline.py --corpora '$(CORPORA)' --sample 100

test:
	$(PY) -m pytest -q

lint:
	$(PY) -m ruff check src tests benchmarks scripts
	$(PY) -m ruff format --check src tests benchmarks scripts
