# The three commands of the README's quick start, and lint; CI runs install, lint and test.
PYTHON ?= python3

.PHONY: install lint test demo

# torch first, pinned to a CPU build: argostranslate's dependencies (stanza) would otherwise pull
# several GB of CUDA packages. provnews itself never imports torch.
install:
	$(PYTHON) -m pip install torch==2.13.0
	$(PYTHON) -m pip install -e '.[test]'
	@# pyenv only sees a new console script after a rehash (`python -m pip` does not trigger one).
	@if command -v pyenv >/dev/null 2>&1; then pyenv rehash; fi
	@# Debian packages the tests use: a browser (challenge portals, screenshots) and redis-server
	@# (the tests start their own on a loopback port; the system service is not used).
	@command -v chromium >/dev/null 2>&1 && command -v redis-server >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update && $$SUDO apt-get install -y chromium fonts-wqy-zenhei redis-server; }

# ruff over the whole repository; mypy over the library packages (settings in pyproject.toml).
lint:
	$(PYTHON) -m ruff check . && $(PYTHON) -m mypy crawler archive translations

test:
	$(PYTHON) -m pytest

demo:
	provnews demo
