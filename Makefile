# Two commands do all the set-up on a fresh clone:
#   make demo   - install factsheet into its own venv and brief the samples in inputs/ into briefs/
#   make test   - install the package as a user would (pip install .) into that venv and run the tests
PYTHON ?= python3
VENV ?= .venv-run
BIN := $(VENV)/bin

.PHONY: demo test install eval bench bench-batch clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# A regular (non-editable) install: the tests then run against what pip really installs,
# so a file missing from the package fails them.
install: $(BIN)/python
	$(BIN)/python -m pip install --quiet --force-reinstall --no-deps .
	$(BIN)/python -m pip install --quiet ".[test]"

demo: install
	$(BIN)/factsheet brief inputs/ --format md --format docx --format json --output briefs --force
	@echo "Briefs are in briefs/ (open the .docx in Word or LibreOffice)."
	@echo "Run factsheet yourself as $(BIN)/factsheet, e.g. $(BIN)/factsheet brief inputs/ --output briefs/"
	@echo "(or once: source $(BIN)/activate, then just: factsheet brief ...)"

# --import-mode=importlib and running from tests/ keep the source tree off sys.path.
test: install
	cd tests && FACTSHEET_TEST_INSTALLED=1 ../$(BIN)/pytest -q --import-mode=importlib -p no:cacheprovider .

eval: install
	$(BIN)/python scripts/eval_all.py ../shared/dev

bench: install
	$(BIN)/python scripts/bench_startup.py
	$(BIN)/python scripts/bench_facts.py
	$(BIN)/python scripts/bench_stages.py

# 300 articles (from ../shared/dev) with 2 workers beside a plain sumy LexRank loop; peak memory at 300 and 3,000
bench-batch: install
	$(BIN)/python scripts/bench_batch.py

clean:
	rm -rf $(VENV) build *.egg-info briefs
