# PowerDesk: the newcomer's commands and the package.
#   make demo       the desk on a fresh demo database
#   make test       the tests (what CI runs)
#   make install    PREFIX=/usr/local DESTDIR=  the release binary (Swift runtime linked in),
#                   definitions, holiday schedules, man pages, completions, the configuration
#   make deb        build/powerdesk_VERSION_ARCH.deb, with systemd units and the setgid set-up
# demo and test first install the Debian packages that are missing (scripts/install-deps).

SHELL := /bin/bash
export PATH := /opt/swift/usr/bin:$(PATH)
SWIFT ?= swift

PREFIX ?= /usr/local
DESTDIR ?=
# /usr installs configure /etc; any other prefix its own etc (/usr/local/etc), as powerdesk looks
# for PREFIX/etc/powerdesk/powerdesk.yaml beside its own installation, then /etc.
SYSCONFDIR ?= $(if $(filter /usr,$(PREFIX)),/etc,$(PREFIX)/etc)
ZSHDIR ?= $(if $(filter /usr,$(PREFIX)),$(PREFIX)/share/zsh/vendor-completions,$(PREFIX)/share/zsh/site-functions)

VERSION := $(shell sed -n 's/.*static let current = "\(.*\)"/\1/p' Sources/PowerDesk/Support/PowerDeskVersion.swift)
ARCH := $(shell dpkg --print-architecture 2>/dev/null || uname -m)
RELEASE_BIN := .build/release/powerdesk
MANUAL_DIR := build/man
MANUAL_DATE := $(shell git log -1 --format=%cs 2>/dev/null || date +%F)
DEB := build/powerdesk_$(VERSION)_$(ARCH).deb

.PHONY: deps demo test release manual install deb clean-package

deps:
	scripts/install-deps

demo: deps
	$(SWIFT) run powerdesk demo $(ARGS)

test: deps
	$(SWIFT) test $(ARGS)

# The Swift standard library and Foundation linked in: the binary runs where no toolchain is.
release:
	$(SWIFT) build -c release --product powerdesk --static-swift-stdlib

# Man pages from the command definitions: swift-argument-parser's generate-manual tool (what its
# plugin runs), used directly, because the plugin rebuilds everything in release without the
# static standard library and so replaces the binary above.
manual: release
	$(SWIFT) build --product generate-manual
	rm -rf $(MANUAL_DIR) && mkdir -p $(MANUAL_DIR)
	# In English: generate-manual drops every non-ASCII character, so a Chinese page would be
	# empty. `powerdesk help` and `--help` speak Chinese.
	POWERDESK_LANG=en .build/debug/generate-manual $(RELEASE_BIN) --multi-page --date $(MANUAL_DATE) --authors "PowerDesk maintainers" -o $(MANUAL_DIR)

install: release manual
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/powerdesk $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(ZSHDIR) $(DESTDIR)$(SYSCONFDIR)/powerdesk
	install -m 0755 -s $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/powerdesk
	rm -rf $(DESTDIR)$(PREFIX)/share/powerdesk/flows $(DESTDIR)$(PREFIX)/share/powerdesk/calendar $(DESTDIR)$(PREFIX)/share/powerdesk/evaluation $(DESTDIR)$(PREFIX)/share/powerdesk/transcripts
	cp -R Resources/flows Resources/calendar Resources/evaluation Resources/transcripts $(DESTDIR)$(PREFIX)/share/powerdesk/
	chmod -R u=rwX,go=rX $(DESTDIR)$(PREFIX)/share/powerdesk
	install -m 0644 $(MANUAL_DIR)/*.1 $(DESTDIR)$(PREFIX)/share/man/man1/
	$(RELEASE_BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/powerdesk
	$(RELEASE_BIN) --generate-completion-script zsh > $(DESTDIR)$(ZSHDIR)/_powerdesk
	# An edited configuration is never overwritten.
	[ -e $(DESTDIR)$(SYSCONFDIR)/powerdesk/powerdesk.yaml ] || install -m 0644 packaging/powerdesk.yaml $(DESTDIR)$(SYSCONFDIR)/powerdesk/powerdesk.yaml

deb: install-deb-tree
	dpkg-deb --root-owner-group --build build/deb $(DEB)
	@echo "built $(DEB)"

.PHONY: install-deb-tree
install-deb-tree:
	rm -rf build/deb
	$(MAKE) install PREFIX=/usr DESTDIR=$(CURDIR)/build/deb
	gzip -9n build/deb/usr/share/man/man1/*.1
	install -d build/deb/lib/systemd/system build/deb/DEBIAN build/deb/usr/share/doc/powerdesk
	install -m 0644 packaging/systemd/powerdesk-backup.service packaging/systemd/powerdesk-backup.timer packaging/systemd/powerdesk-anchor.service packaging/systemd/powerdesk-anchor.timer packaging/systemd/powerdesk-supervise.service packaging/systemd/powerdesk-supervise.timer packaging/systemd/powerdesk-feed.service packaging/systemd/powerdesk-feed.timer build/deb/lib/systemd/system/
	install -m 0644 packaging/systemd/powerdesk-publish.service packaging/systemd/powerdesk-publish.timer build/deb/lib/systemd/system/
	install -d build/deb/usr/share/powerdesk/nginx
	install -m 0644 packaging/nginx/powerdesk-public.conf build/deb/usr/share/powerdesk/nginx/
	install -m 0644 README.md build/deb/usr/share/doc/powerdesk/README.md
	install -m 0755 packaging/debian/postinst packaging/debian/prerm packaging/debian/postrm build/deb/DEBIAN/
	install -m 0644 packaging/debian/conffiles build/deb/DEBIAN/conffiles
	depends="$$(packaging/deb-depends $(RELEASE_BIN))" && size="$$(du -sk --exclude=DEBIAN build/deb | cut -f1)" && \
	  sed -e "s/@VERSION@/$(VERSION)/" -e "s/@ARCH@/$(ARCH)/" -e "s/@DEPENDS@/$$depends/" -e "s/@SIZE@/$$size/" \
	  packaging/debian/control.in > build/deb/DEBIAN/control

clean-package:
	rm -rf build
