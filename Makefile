# haykal - build, test, install.  See README.md.
#
#   make                 the library (static and shared) and the haykal binary
#   make demo            the main job on the bundled sample corpus (examples/)
#   make test            every test; SAN=address,undefined for sanitizers
#   make eval            scores on tests/dev and on ../shared/gold when present
#   make install         PREFIX=/usr/local DESTDIR=
#
# Missing system packages are installed with apt-get (tools/deps.sh).

PREFIX   ?= /usr/local
BINDIR   ?= $(PREFIX)/bin
LIBDIR   ?= $(PREFIX)/lib
INCDIR   ?= $(PREFIX)/include
DATADIR  ?= $(PREFIX)/share/haykal
MANDIR   ?= $(PREFIX)/share/man
DESTDIR  ?=

VERSION  := 0.1.0
SOVER    := 0
B        ?= build

PKGS     := libpcre2-8 icu-uc icu-i18n igraph json-c zlib
CC       ?= cc
OPT      ?= -O2
CFLAGS   ?= $(OPT) -g
WARN     := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CPPFLAGS += -D_GNU_SOURCE -Ilib/include -Ilib
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)

ifneq ($(SAN),)
CFLAGS   += -fsanitize=$(SAN) -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS  += -fsanitize=$(SAN)
B        := build-san
endif

ALL_CFLAGS = $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) $(WARN) -std=c11 -fPIC \
             -DHK_RULES_DIR='"$(DATADIR)/rules"'

LIB_SRC  := $(sort $(wildcard lib/*.c))
CLI_SRC  := $(sort $(wildcard cli/*.c))
LIB_OBJ  := $(LIB_SRC:lib/%.c=$(B)/lib/%.o)
CLI_OBJ  := $(CLI_SRC:cli/%.c=$(B)/cli/%.o)
HEADERS  := lib/include/haykal.h $(wildcard lib/*.h) $(wildcard cli/*.h)

.PHONY: all deps demo test check eval bench fuzz install uninstall clean

all: $(B)/haykal $(B)/libhaykal.a $(B)/libhaykal.so.$(SOVER)

deps:
	@tools/deps.sh

$(B)/.deps-ok: tools/deps.sh
	@tools/deps.sh
	@mkdir -p $(B) && touch $@

$(B)/lib/%.o: lib/%.c $(HEADERS) $(B)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -fvisibility=hidden -c $< -o $@

$(B)/cli/%.o: cli/%.c $(HEADERS) $(B)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(B)/libhaykal.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

# Only hk_ names leave the shared library (lib/haykal.map).
$(B)/libhaykal.so.$(SOVER): $(LIB_OBJ) lib/haykal.map
	$(CC) -shared -Wl,-soname,libhaykal.so.$(SOVER) \
	    -Wl,--version-script=lib/haykal.map $(LDFLAGS) -o $@ $(LIB_OBJ) \
	    $(PKG_LIBS) -lpthread
	ln -sf libhaykal.so.$(SOVER) $(B)/libhaykal.so

$(B)/haykal: $(CLI_OBJ) $(B)/libhaykal.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(B)/libhaykal.a $(PKG_LIBS) -lpthread -lm

TEST_SRC := $(sort $(wildcard tests/unit/*.c))
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(B)/tests/%)

$(B)/tests/%: tests/unit/%.c tests/unit/check.h $(B)/libhaykal.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libhaykal.a $(PKG_LIBS) -lpthread -lm

demo: all
	@tools/demo.sh $(B)/haykal

test check: all $(TEST_BIN)
	@B=$(B) SAN=$(SAN) tests/run.sh

eval: all
	@tools/eval.sh $(B)/haykal

bench: all
	@tools/bench.sh $(B)/haykal

fuzz:
	@tools/fuzz.sh

$(B)/haykal.pc: Makefile
	@mkdir -p $(B)
	printf 'prefix=%s\nlibdir=%s\nincludedir=%s\n\nName: haykal\nDescription: Moroccan party hierarchies from Arabic news\nVersion: %s\nRequires.private: %s\nLibs: -L$${libdir} -lhaykal\nCflags: -I$${includedir}\n' \
	    '$(PREFIX)' '$(LIBDIR)' '$(INCDIR)' '$(VERSION)' '$(PKGS)' > $@

install: all $(B)/haykal.pc
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR)/pkgconfig \
	    $(DESTDIR)$(INCDIR) $(DESTDIR)$(DATADIR)/rules $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(B)/haykal $(DESTDIR)$(BINDIR)/haykal
	install -m 644 $(B)/libhaykal.a $(DESTDIR)$(LIBDIR)/libhaykal.a
	install -m 755 $(B)/libhaykal.so.$(SOVER) $(DESTDIR)$(LIBDIR)/libhaykal.so.$(SOVER)
	ln -sf libhaykal.so.$(SOVER) $(DESTDIR)$(LIBDIR)/libhaykal.so
	install -m 644 lib/include/haykal.h $(DESTDIR)$(INCDIR)/haykal.h
	install -m 644 $(B)/haykal.pc $(DESTDIR)$(LIBDIR)/pkgconfig/haykal.pc
	cd rules && find . -type f \( -name '*.rules' -o -name '*.lex' -o -name '*.tsv' -o -name '*.md' \) \
	    -exec install -D -m 644 {} $(DESTDIR)$(DATADIR)/rules/{} \;
	install -m 644 docs/haykal.1 $(DESTDIR)$(MANDIR)/man1/haykal.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/haykal $(DESTDIR)$(LIBDIR)/libhaykal.a \
	    $(DESTDIR)$(LIBDIR)/libhaykal.so.$(SOVER) $(DESTDIR)$(LIBDIR)/libhaykal.so \
	    $(DESTDIR)$(INCDIR)/haykal.h $(DESTDIR)$(LIBDIR)/pkgconfig/haykal.pc \
	    $(DESTDIR)$(MANDIR)/man1/haykal.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build build-san
