# PowerDesk: the newcomer's commands and the package.
#   make demo     the desk on a fresh demo database
#   make test     the tests (what CI runs)
# Each first installs the Debian packages that are missing (scripts/install-deps).

SHELL := /bin/bash
export PATH := /opt/swift/usr/bin:$(PATH)
SWIFT ?= swift

.PHONY: deps demo test

deps:
	scripts/install-deps

demo: deps
	$(SWIFT) run powerdesk demo $(ARGS)

test: deps
	$(SWIFT) test $(ARGS)
