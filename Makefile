# Two commands matter: `make run` (install and start the kiosk on its embedded default)
# and `make test` (install what the tests need and run the whole suite).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test system-deps venv translations lupdate i18n

system-deps:
	scripts/install-system-deps.sh

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip wheel

venv: system-deps $(BIN)/activate
	$(BIN)/pip install --quiet -e '.[test]'
	$(MAKE) translations

translations:
	$(BIN)/python -m kiosk.i18n_build release

lupdate:
	$(BIN)/python -m kiosk.i18n_build update

# Developers: re-extract every tr() string, fill translations from translations/catalogue/,
# compile. Fails listing any message still untranslated.
i18n: lupdate
	$(BIN)/python scripts/ts_fill.py translations/catalogue/*.json
	$(MAKE) translations

run: venv
	$(BIN)/kiosk

test: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --cov=kiosk --cov-report=term:skip-covered
	$(BIN)/coverage report --include='kiosk/domain/*' --fail-under=95
