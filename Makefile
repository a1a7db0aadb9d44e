# Two entry points (README quick start): `make demo` and `make test`.
# Both create .venv with the package installed in editable mode on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
OUT    ?= out

.PHONY: demo test setup lint bench clean

$(BIN)/reportgen: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

setup: $(BIN)/reportgen

demo: setup
	$(BIN)/reportgen parse corpus/*/release.txt -o $(OUT)/facts
	$(BIN)/reportgen evaluate corpus/
	$(BIN)/reportgen render $(OUT)/facts/tcr-germany-oschersleben-2022.json --lang sv --kind report -o $(OUT)/seed.report.sv.txt
	$(BIN)/reportgen render $(OUT)/facts/tcr-germany-oschersleben-2022.json --lang en --kind report -o $(OUT)/seed.report.en.txt
	$(BIN)/reportgen render corpus/results/event.toml --lang en --kind summary -o $(OUT)/results.summary.en.txt
	@echo "demo output in $(OUT)/"

test: setup
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check reportgen tests bench

bench: setup
	$(BIN)/python bench/parse_bench.py
	$(BIN)/python bench/render_bench.py

clean:
	rm -rf $(VENV) $(OUT) build *.egg-info
