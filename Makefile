# Two commands on a fresh clone: `make run` and `make test`. Everything else here serves them.
SHELL := /bin/bash
# No third-party analytics: Rasa's usage telemetry (and its error reporting) stays off everywhere.
export RASA_TELEMETRY_ENABLED := false
VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
SPACY_MODEL := build/spacy-en-lookup
MODEL := models/companion.tar.gz
# What the trained model is built from: any change makes it stale.
MODEL_INPUTS := config.yml domain.yml $(shell find data content/knowledge content/privacy -name '*.yml' 2>/dev/null) content/helplines.yml components/*.py \
	eval/data/crisis_positive.yml eval/data/crisis_negative.yml

.PHONY: run test setup train data validate pytest test-stories eval shell actions lock clean

run: setup $(MODEL)
	./scripts/serve.sh

test: setup $(MODEL) validate pytest test-stories

setup: $(VENV)/.installed $(SPACY_MODEL)/meta.json data

$(VENV)/.installed: requirements.txt scripts/find_python310.sh
	@PY310=$$(sh scripts/find_python310.sh) && echo "Using $$PY310" && "$$PY310" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip==24.0
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(SPACY_MODEL)/meta.json: scripts/build_spacy_model.py $(VENV)/.installed
	$(PY) scripts/build_spacy_model.py $(SPACY_MODEL)

# Training data and crisis responses generated from content/ (committed; this keeps them current).
data: $(VENV)/.installed
	$(PY) -m scripts.generate

train: $(MODEL)

$(MODEL): $(VENV)/.installed $(SPACY_MODEL)/meta.json $(MODEL_INPUTS)
	$(MAKE) --no-print-directory data
	$(RASA) train --fixed-model-name companion --out models
	touch $@

# Not --fail-on-warnings: Rasa 3.6 warns that form questions (utter_ask_*) and responses sent by
# custom actions are "not used in any story", and that the intents set by our own NLU components (crisis_possible,
# and the privacy intents of content/privacy/requests.yml) have no examples in data/nlu/; all expected here.
validate:
	$(RASA) data validate

# Two workers, one test file each at a time (module-scoped servers stay in one worker): the suite waits mostly on
# model loads and server starts, which then overlap.
pytest:
	$(PY) -m pytest -n 2 --dist loadfile

test-stories:
	$(RASA) test core --stories tests/stories --fail-on-prediction-errors --out results/stories

eval: setup $(MODEL)
	$(PY) -m eval.crisis
	$(PY) -m eval.knowledge

# A terminal chat, with the action server running beside it for the treatment answers.
shell: setup $(MODEL)
	mkdir -p var
	$(RASA) run actions --port 5055 >/dev/null 2>&1 & trap 'kill %1' EXIT; $(RASA) shell --model $(MODEL)

lock: $(VENV)/.installed
	{ echo "# Exact pins of every package (generated from requirements.in by \`make lock\`)."; \
	  $(PY) -m pip freeze | grep -v '^pkg_resources'; } > requirements.txt

clean:
	rm -rf $(VENV) build models results .pytest_cache
