# Two entry points, both doing all set-up on a fresh machine:
#   make demo   - the main job (extract the bundled samples, build the ledger, serve it)
#   make test   - the whole test suite (what .ci/run runs)
VENV  := .venv
STAMP := $(VENV)/.installed

.PHONY: demo test system

$(STAMP): requirements.lock pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -r requirements.lock
	$(VENV)/bin/pip install -q --no-deps -e .
	touch $(STAMP)

system:
	bash scripts/system-packages.sh

demo: $(STAMP)
	$(VENV)/bin/taizhang demo

test: $(STAMP) system
	bash scripts/test.sh
