# Two commands matter: `make run` and `make test`. Both build what they need first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.app-installed
TEST_STAMP := $(VENV)/.test-installed
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test lint typecheck translations bench clean install-desktop bundle

run: $(APP_STAMP) translations
	@sh packaging/linux-system-deps.sh
	$(BIN)/neuromod-aid --demo

test: $(TEST_STAMP) translations
	@sh packaging/linux-system-deps.sh --test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts $(APP_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# the icon, the .desktop file and the AppStream metainfo, for the current user (the
# program itself: `pip install` the wheel, or `make run` from here)
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
APP_ID := org.neuromodaid.NeuromodAid
install-desktop:
	mkdir -p $(DATA_HOME)/applications $(DATA_HOME)/metainfo $(DATA_HOME)/icons
	cp -r resources/icons/hicolor $(DATA_HOME)/icons/
	install -m 644 packaging/linux/$(APP_ID).desktop $(DATA_HOME)/applications/
	install -m 644 packaging/linux/$(APP_ID).metainfo.xml $(DATA_HOME)/metainfo/
	-update-desktop-database $(DATA_HOME)/applications 2>/dev/null
	-gtk-update-icon-cache -q -t $(DATA_HOME)/icons/hicolor 2>/dev/null

# a one-folder PyInstaller bundle for this platform in dist/neuromod-aid, then its
# smoke test (packaging/README.md has the Windows and macOS commands)
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): $(APP_STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.6'
	touch $@
bundle: $(BUNDLE_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/pyinstaller/linux.spec
	sh packaging/pyinstaller/smoke-test.sh dist/neuromod-aid

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(APP_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist resources/translations/*.qm
