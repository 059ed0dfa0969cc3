# probation-advisor: `make run` to try it, `make check` to test it.
# `make V=1` shows the commands; CC, CFLAGS, CPPFLAGS, LDFLAGS, PREFIX and
# DESTDIR are the caller's.  SANITIZE=1 builds with ASan + UBSan in build-san/.
# WERROR=0 keeps warnings warnings (the package build: a newer compiler must
# not break it).  Build-time tools run on the build machine: CC_FOR_BUILD,
# CFLAGS_FOR_BUILD, CPPFLAGS_FOR_BUILD, LDFLAGS_FOR_BUILD and
# PKG_CONFIG_FOR_BUILD, by default the same as for the program.

PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
MANDIR     ?= $(PREFIX)/share/man
DATADIR    ?= $(PREFIX)/share/probation-advisor
LOCALEDIR  ?= $(PREFIX)/share/locale
SYSCONFDIR ?= /etc
PKG_CONFIG ?= pkg-config
XGETTEXT   ?= xgettext
MSGFMT     ?= msgfmt
MSGMERGE   ?= msgmerge
CFLAGS     ?= -O2 -g
WERROR     ?= 1
VERSION     = 0.1.0

CC_FOR_BUILD         ?= $(CC)
CFLAGS_FOR_BUILD     ?= $(CFLAGS)
CPPFLAGS_FOR_BUILD   ?= $(CPPFLAGS)
LDFLAGS_FOR_BUILD    ?= $(LDFLAGS)
PKG_CONFIG_FOR_BUILD ?= $(PKG_CONFIG)

BIN  = probation-advisor
LIBS = ncursesw libconfig jansson

ifeq ($(SANITIZE),1)
BUILD  = build-san
SANFL  = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
OUT    = $(BUILD)/$(BIN)
else
BUILD  = build
SANFL  =
OUT    = $(BIN)
endif

# The layout is the pipeline: src/base (memory, problems, text), src/store
# (the content store: load and check), src/rules (the pure rules over it),
# src/plan (the plan document and its text and JSON renderers), src/front
# (the command line, session and configuration, and the front ends: batch,
# plain, and the full screen in src/front/tui).  tools/pack needs the store
# alone; the core, all but the front ends, links without curses.
BASE_SRC  = src/base/mem.c src/base/diag.c src/base/text.c
STORE_SRC = $(BASE_SRC) src/store/scan.c src/store/passage.c src/store/cond.c src/store/content.c \
            src/store/answers.c src/store/translation.c
CORE_SRC  = $(STORE_SRC) src/rules/rules.c src/rules/whatif.c src/rules/lint.c src/rules/lint_whatif.c \
            src/rules/graph.c src/plan/resume.c src/plan/plan.c src/plan/timeline.c src/plan/plan_text.c \
            src/plan/plan_json.c src/plan/factcheck.c src/plan/diff.c src/front/session.c src/front/config.c \
            src/front/lang.c
# Front ends and the command line.
TUI_SRC  = $(addprefix src/front/tui/,core.c keys.c pane.c ui.c menu.c wizard.c explain.c finder.c review.c \
             result.c faq.c search.c levels.c routes.c contacts.c about.c help.c save.c code.c confirm.c \
             plan_pane.c source.c)
APP_SRC  = src/front/main.c src/front/cli.c src/front/tools.c src/front/terminal.c src/front/batch.c src/front/plain.c \
           src/front/print.c src/front/curses.c src/front/plan_save.c $(TUI_SRC)
TEST_SRC = tests/util.c tests/plant.c tests/test_diag.c tests/test_cond.c tests/test_content.c \
           tests/test_builtin.c tests/test_lint.c tests/test_rules.c tests/test_plan.c tests/test_text.c \
           tests/test_batch.c tests/test_plain.c tests/test_docs.c \
           tests/vtcore.c tests/vt.c tests/test_tui_keys.c tests/test_tui_pane.c tests/test_tui_e2e.c \
           tests/kit.c tests/test_config.c tests/test_kiosk.c tests/test_robust.c \
           tests/test_fuzz_regressions.c tests/test_screens.c tests/test_result.c tests/test_whatif.c \
           tests/test_diff.c tests/test_toolkit.c tests/test_resume.c tests/test_print.c tests/english.c \
           tests/test_welsh.c tests/test_cymraeg.c

CONTENT  = $(sort $(wildcard content/*.cfg)) $(sort $(wildcard content/cy/*.cfg)) \
           $(sort $(wildcard content/scenarios/*.cfg)) \
           $(sort $(wildcard content/sources/*.txt))
MANPAGES = man/probation-advisor.1 man/probation-advisor-content.5

# The interface strings' translations (po/, GNU gettext): one catalogue per
# language, built into $(BUILD)/locale, where the program finds it when it
# runs from the build tree, and installed under $(LOCALEDIR).
LINGUAS = cy
POT     = po/probation-advisor.pot
MO      = $(LINGUAS:%=$(BUILD)/locale/%/LC_MESSAGES/probation-advisor.mo)
# The pseudo-locale for the screen tests (tools/pseudo.c): every string
# about 40% longer, accented, in brackets; a catalogue the tests put beside
# a copy of the program in place of the Welsh one.
PSEUDO_MO = $(BUILD)/pseudo/locale/cy/LC_MESSAGES/probation-advisor.mo

PA_CPPFLAGS = -Iinclude -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=700 \
              -DPA_VERSION='"$(VERSION)"' -DPA_DATADIR='"$(DATADIR)"' -DPA_SYSCONFDIR='"$(SYSCONFDIR)"' \
              -DPA_BINDIR='"$(BINDIR)"' -DPA_LOCALEDIR='"$(LOCALEDIR)"' \
              $(filter-out -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=%,$(PKG_CFLAGS))
# Our own feature macros win over those the .pc files carry.
PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(LIBS) 2>/dev/null)
WERROR_FL   = $(if $(filter 0,$(WERROR)),,-Werror)
PA_CFLAGS   = -std=c11 -Wall -Wextra $(WERROR_FL) -MMD -MP $(SANFL)
PA_LDLIBS   = $(shell $(PKG_CONFIG) --libs $(LIBS) 2>/dev/null)
# The core and the tests, which link it, without curses: a curses call in
# the core fails the link.
CORE_LDLIBS = $(shell $(PKG_CONFIG) --libs libconfig jansson 2>/dev/null)
TEST_LDLIBS = $(shell $(PKG_CONFIG) --libs criterion vterm 2>/dev/null)

CORE_OBJ = $(CORE_SRC:%.c=$(BUILD)/%.o)
APP_OBJ  = $(APP_SRC:%.c=$(BUILD)/%.o) $(BUILD)/builtin.o
TEST_OBJ = $(TEST_SRC:%.c=$(BUILD)/%.o)
TEST_BIN = $(BUILD)/tests/run

ifneq ($(V),1)
Q = @
quiet = @printf '  %-6s %s\n' $(1) $(2);
endif

all: $(OUT)

# The catalogues come with the program, so that it speaks Welsh from the
# build tree.
$(OUT): $(CORE_OBJ) $(APP_OBJ) | $(MO)
	$(call quiet,LINK,$@)$(CC) $(PA_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PA_LDLIBS) $(LDLIBS)

$(BUILD)/locale/%/LC_MESSAGES/probation-advisor.mo: po/%.po
	@mkdir -p $(@D)
	$(call quiet,MSGFMT,$@)$(MSGFMT) --check -o $@ $<

# The template of every string the program shows, from the sources; then
# each translation brought up to date with it (new strings untranslated,
# changed ones marked fuzzy, which msgfmt leaves out: they stay English).
pot:
	$(XGETTEXT) --from-code=UTF-8 --language=C -k_ -kN_ -kngettext:1,2 -kusage_error -kusage_problem \
		--add-comments=TRANSLATORS: \
		--sort-by-file --package-name=probation-advisor --package-version=$(VERSION) \
		--msgid-bugs-address=maintainers@users.noreply.r-seed-a3f47705.example -o $(POT) \
		$(sort $(CORE_SRC) $(APP_SRC) $(wildcard include/*.h src/*/*.h src/front/tui/*.h))
	for l in $(LINGUAS); do $(MSGMERGE) --quiet --update --backup=none --no-fuzzy-matching po/$$l.po $(POT) || exit 1; done

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(call quiet,CC,$<)$(CC) $(PA_CPPFLAGS) $(CPPFLAGS) $(PA_CFLAGS) $(CFLAGS) -c -o $@ $<

# The built-in content: content/ loaded and checked by the program's own
# loader at build time (a problem stops the build, as file:line), then
# written out as C data, so a start parses nothing.
$(BUILD)/builtin.c: $(BUILD)/pack $(CONTENT)
	$(call quiet,PACK,$@)$(BUILD)/pack $@ content

$(BUILD)/builtin.o: $(BUILD)/builtin.c
	$(call quiet,CC,$<)$(CC) $(PA_CPPFLAGS) -Isrc/store $(CPPFLAGS) $(PA_CFLAGS) $(CFLAGS) -c -o $@ $<

# Build-time tools: never installed, built for the build machine.  pack links
# the content store itself: the program's objects, or when cross-building, the same
# sources compiled again with CC_FOR_BUILD in $(BUILD)/for-build/.
ifeq ($(CC_FOR_BUILD),$(CC))
PACK_OBJ = $(STORE_SRC:%.c=$(BUILD)/%.o)
else
PACK_OBJ = $(STORE_SRC:%.c=$(BUILD)/for-build/%.o)
endif
PKG_CFLAGS_FOR_BUILD := $(shell $(PKG_CONFIG_FOR_BUILD) --cflags $(LIBS) 2>/dev/null)
$(BUILD)/pack: private PKG_CFLAGS = $(PKG_CFLAGS_FOR_BUILD)
$(BUILD)/for-build/%.o: private PKG_CFLAGS = $(PKG_CFLAGS_FOR_BUILD)

$(BUILD)/pack: tools/pack.c $(PACK_OBJ)
	$(call quiet,LINK,$@)$(CC_FOR_BUILD) $(PA_CPPFLAGS) -Isrc/store $(CPPFLAGS_FOR_BUILD) $(PA_CFLAGS) \
		$(CFLAGS_FOR_BUILD) $(LDFLAGS_FOR_BUILD) -o $@ tools/pack.c $(PACK_OBJ) \
		$(shell $(PKG_CONFIG_FOR_BUILD) --libs libconfig 2>/dev/null)

$(BUILD)/for-build/%.o: %.c
	@mkdir -p $(@D)
	$(call quiet,CC,$<)$(CC_FOR_BUILD) $(PA_CPPFLAGS) $(CPPFLAGS_FOR_BUILD) $(PA_CFLAGS) $(CFLAGS_FOR_BUILD) -c -o $@ $<

$(BUILD)/pseudo/pseudo.po: $(POT) $(BUILD)/pseudo/pseudo
	$(call quiet,PSEUDO,$@)sed -e "s/charset=CHARSET/charset=UTF-8/" \
		-e "s/nplurals=INTEGER; plural=EXPRESSION;/nplurals=2; plural=(n != 1);/" $(POT) | msgen - | \
		msgfilter -i - -o $@ --keep-header $(abspath $(BUILD)/pseudo/pseudo)

$(PSEUDO_MO): $(BUILD)/pseudo/pseudo.po
	@mkdir -p $(@D)
	$(call quiet,MSGFMT,$@)$(MSGFMT) --check-format -o $@ $<

$(BUILD)/pseudo/pseudo: tools/pseudo.c
	@mkdir -p $(@D)
	$(call quiet,CC,$<)$(CC_FOR_BUILD) $(CPPFLAGS_FOR_BUILD) -std=c11 -Wall -Wextra $(WERROR_FL) -O2 \
		$(CFLAGS_FOR_BUILD) $(LDFLAGS_FOR_BUILD) -o $@ $<

# embed copies content files into the fuzzing harnesses as they are: plain
# flags, never sanitized.
$(BUILD)/embed: tools/embed.c
	@mkdir -p $(@D)
	$(call quiet,CC,$<)$(CC_FOR_BUILD) $(CPPFLAGS_FOR_BUILD) -std=c11 -Wall -Wextra $(WERROR_FL) -O2 \
		$(CFLAGS_FOR_BUILD) $(LDFLAGS_FOR_BUILD) -o $@ $<

# The tests reach the panes, the key table and the printer through their
# headers; the rest of the full screen they drive through a terminal, which
# writes to it as the program does (terminal.c).
TEST_TUI_OBJ = $(addprefix $(BUILD)/src/front/tui/,pane.o plan_pane.o keys.o) \
	$(addprefix $(BUILD)/src/front/,print.o terminal.o)

$(TEST_BIN): $(TEST_OBJ) $(CORE_OBJ) $(TEST_TUI_OBJ) $(BUILD)/builtin.o
	$(call quiet,LINK,$@)$(CC) $(PA_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(CORE_LDLIBS) $(TEST_LDLIBS) $(LDLIBS)

deps-build:
	@tools/deps build
deps-check:
	@tools/deps check

run: deps-build
	@$(MAKE) --no-print-directory all
	./$(OUT)

# Every test, through one Criterion runner; tools/check fails the run on any
# sanitizer report too, which Criterion 2.4.1 would let pass.  Then, unless
# SANITIZE=1, each fuzzing harness for FUZZ_SMOKE seconds (see fuzz below).
check: deps-check
	@$(MAKE) --no-print-directory test
ifneq ($(SANITIZE),1)
	@$(MAKE) --no-print-directory fuzz-smoke
endif

# The tests alone: nothing installed, no fuzzing (the package build runs this).
test: $(OUT) $(TEST_BIN) $(PSEUDO_MO)
	@tools/check $(BUILD) $(OUT) $(TEST_BIN)

# The program under valgrind over every example person and the content lint.
valgrind:
	@tools/deps valgrind
	@$(MAKE) --no-print-directory $(OUT)
	@tools/valgrind $(OUT)

# Fuzzing (tests/fuzz/): libFuzzer harnesses, built with clang, ASan and
# UBSan in build-fuzz/.  `make fuzz` runs each for FUZZ_SECONDS on the
# committed corpus (tests/fuzz/corpus/, only read) and the inputs earlier runs
# found (build-fuzz/corpus/), from a new seed each time, to find what is new.
# `make check` runs each for FUZZ_SMOKE seconds from a fresh start and the
# seed FUZZ_SMOKE_SEED: a gate that passes or fails on the code, not on luck,
# whose finding can be run again with its seed (0 takes a new one).
# Any crash, leak or timeout fails the run; its input goes to build-fuzz/artifacts/.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_SMOKE   ?= 20
FUZZ_SMOKE_SEED ?= 1
FUZZ_BUILD    = $(BUILD)-fuzz
FUZZ_NAMES    = content cond answers keys term
FUZZ_CFLAGS   = -std=c11 -g -O1 -Wall -Wextra -MMD -MP -fno-omit-frame-pointer \
                -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
# libconfig leaks on a syntax error; tests/fuzz/fuzz.c says how this hides it.
FUZZ_LDFLAGS  = -Wl,--wrap=config_read_string
FUZZ_OBJ      = $(CORE_SRC:%.c=$(FUZZ_BUILD)/%.o) $(FUZZ_BUILD)/embedded.o $(FUZZ_BUILD)/builtin.o \
                $(FUZZ_BUILD)/tests/fuzz/fuzz.o
# fuzz_keys drives the screens with stubs for the curses calls drawing makes.
FUZZ_TUI_OBJ  = $(patsubst %.c,$(FUZZ_BUILD)/%.o,$(TUI_SRC) src/front/plan_save.c src/front/print.c) \
                $(FUZZ_BUILD)/tests/fuzz/nocurses.o
# fuzz_term runs the full-screen front end itself on a pseudo-terminal.
FUZZ_TERM_OBJ = $(patsubst %.c,$(FUZZ_BUILD)/%.o,$(filter-out src/front/main.c src/front/cli.c,$(APP_SRC)))
FUZZ_BINS     = $(FUZZ_NAMES:%=$(FUZZ_BUILD)/fuzz_%)
# The content manual's small example rides along as example/*.cfg.
FUZZ_EXAMPLE  = $(sort $(wildcard man/example/*.cfg)) $(sort $(wildcard man/example/sources/*.txt))

fuzz: deps-check
	@$(MAKE) --no-print-directory $(FUZZ_BINS)
	@tools/fuzz $(FUZZ_SECONDS) $(FUZZ_BUILD) $(FUZZ_BUILD)/corpus $(FUZZ_NAMES)

fuzz-smoke:
	@$(MAKE) --no-print-directory $(FUZZ_BINS)
	@rm -rf $(FUZZ_BUILD)/smoke
	@FUZZ_SEED=$(FUZZ_SMOKE_SEED) tools/fuzz $(FUZZ_SMOKE) $(FUZZ_BUILD) $(FUZZ_BUILD)/smoke $(FUZZ_NAMES)

$(FUZZ_BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(call quiet,FUZZCC,$<)$(FUZZ_CC) $(PA_CPPFLAGS) $(CPPFLAGS) $(FUZZ_CFLAGS) -c -o $@ $<

$(FUZZ_BUILD)/embedded.c: $(BUILD)/embed $(CONTENT) $(FUZZ_EXAMPLE)
	@mkdir -p $(@D)
	$(call quiet,EMBED,$@)$(BUILD)/embed $@ $(foreach f,$(CONTENT),$(f:content/%=%)=$(f)) \
		$(foreach f,$(FUZZ_EXAMPLE),$(f:man/%=%)=$(f))

$(FUZZ_BUILD)/embedded.o: $(FUZZ_BUILD)/embedded.c
	$(call quiet,FUZZCC,$<)$(FUZZ_CC) $(PA_CPPFLAGS) -Itests/fuzz $(CPPFLAGS) $(FUZZ_CFLAGS) -c -o $@ $<

$(FUZZ_BUILD)/builtin.o: $(BUILD)/builtin.c
	$(call quiet,FUZZCC,$<)$(FUZZ_CC) $(PA_CPPFLAGS) -Isrc/store $(CPPFLAGS) $(FUZZ_CFLAGS) -c -o $@ $<

$(FUZZ_BUILD)/fuzz_keys: $(FUZZ_BUILD)/tests/fuzz/fuzz_keys.o $(FUZZ_OBJ) $(FUZZ_TUI_OBJ)
	$(call quiet,LINK,$@)$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_LDFLAGS) $(LDFLAGS) -o $@ $^ $(PA_LDLIBS)

$(FUZZ_BUILD)/fuzz_term: $(FUZZ_BUILD)/tests/fuzz/fuzz_term.o $(FUZZ_OBJ) $(FUZZ_TERM_OBJ)
	$(call quiet,LINK,$@)$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_LDFLAGS) $(LDFLAGS) -o $@ $^ $(PA_LDLIBS) -lpthread

$(FUZZ_BUILD)/fuzz_%: $(FUZZ_BUILD)/tests/fuzz/fuzz_%.o $(FUZZ_OBJ)
	$(call quiet,LINK,$@)$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_LDFLAGS) $(LDFLAGS) -o $@ $^ $(PA_LDLIBS)

.PHONY: fuzz fuzz-smoke

# Benchmarks (bench/): the program beside dialog, whiptail, less and a
# minimal curses program on an 80x24 pseudo-terminal, and its content at
# scale; writes bench/RESULTS.md.  Its own build in build-bench/; not in check.
BENCH_DIR   = build-bench
BENCH_OBJ   = $(BUILD)/bench/bench.o $(BUILD)/bench/term.o $(BUILD)/tests/vtcore.o \
              $(BUILD)/bench/floor.o $(BUILD)/bench/gencontent.o $(BUILD)/bench/direct.o
BENCH_TOOLS = $(BUILD)/bench/bench $(BUILD)/bench/floor $(BUILD)/bench/gencontent $(BUILD)/bench/direct

bench:
	@tools/deps bench
	@$(MAKE) --no-print-directory BUILD=$(BENCH_DIR) OUT=$(BENCH_DIR)/$(BIN) $(BENCH_DIR)/$(BIN) bench-tools
	@$(BENCH_DIR)/bench/bench $(BENCH_DIR) bench/RESULTS.md

bench-tools: $(BENCH_TOOLS)

# The pseudo-terminal and emulator under bench/term.c are the screen tests'.
$(BUILD)/bench/bench: $(BUILD)/bench/bench.o $(BUILD)/bench/term.o $(BUILD)/tests/vtcore.o \
                     $(BUILD)/src/front/terminal.o
	$(call quiet,LINK,$@)$(CC) $(PA_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(shell $(PKG_CONFIG) --libs vterm) $(LDLIBS)

$(BUILD)/bench/floor: $(BUILD)/bench/floor.o
	$(call quiet,LINK,$@)$(CC) $(PA_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(shell $(PKG_CONFIG) --libs ncursesw) $(LDLIBS)

$(BUILD)/bench/gencontent: $(BUILD)/bench/gencontent.o
	$(call quiet,LINK,$@)$(CC) $(PA_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/bench/direct: $(BUILD)/bench/direct.o $(CORE_OBJ) $(filter-out $(BUILD)/src/front/main.o,$(APP_OBJ))
	$(call quiet,LINK,$@)$(CC) $(PA_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PA_LDLIBS) $(LDLIBS)

.PHONY: bench bench-tools

install: $(OUT)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
		$(DESTDIR)$(DATADIR)/scenarios $(DESTDIR)$(DATADIR)/sources $(DESTDIR)$(DATADIR)/cy
	install -m 755 $(OUT) $(DESTDIR)$(BINDIR)/$(BIN)
	install -m 644 man/probation-advisor.1 $(DESTDIR)$(MANDIR)/man1/
	install -m 644 man/probation-advisor-content.5 $(DESTDIR)$(MANDIR)/man5/
	install -m 644 $(wildcard content/*.cfg) $(DESTDIR)$(DATADIR)/
	install -m 644 $(wildcard content/cy/*.cfg) $(DESTDIR)$(DATADIR)/cy/
	install -m 644 $(wildcard content/scenarios/*.cfg) $(DESTDIR)$(DATADIR)/scenarios/
	install -m 644 $(wildcard content/sources/*.txt) $(DESTDIR)$(DATADIR)/sources/
	for l in $(LINGUAS); do \
		install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
		install -m 644 $(BUILD)/locale/$$l/LC_MESSAGES/probation-advisor.mo \
			$(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/ || exit 1; \
	done

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/$(BIN) $(DESTDIR)$(MANDIR)/man1/probation-advisor.1 \
		$(DESTDIR)$(MANDIR)/man5/probation-advisor-content.5
	rm -rf $(DESTDIR)$(DATADIR)
	for l in $(LINGUAS); do rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/probation-advisor.mo; done

# The Debian package (debian/), built by dpkg-buildpackage from a copy of the
# tree in $(DEB_DIR)/, where the .deb files land; the build dependencies come
# from `tools/deps deb`, never from this target.
DEB_DIR = build/deb
DEB_SRC = $(DEB_DIR)/$(BIN)-$(VERSION)

deb:
	@rm -rf $(DEB_DIR) && mkdir -p $(DEB_SRC)
	@tar -cf - --exclude-vcs --exclude=./build --exclude='./build-*' --exclude=./$(BIN) . | tar -xf - -C $(DEB_SRC)
	cd $(DEB_SRC) && dpkg-buildpackage -us -uc -b -Jauto
	@ls $(DEB_DIR)/*.deb

clean:
	rm -rf build build-san build-fuzz build-bench $(BIN)

.PHONY: all run check test valgrind install uninstall clean deps-build deps-check deb pot

-include $(CORE_OBJ:.o=.d) $(APP_OBJ:.o=.d) $(TEST_OBJ:.o=.d)
-include $(FUZZ_OBJ:.o=.d) $(FUZZ_TUI_OBJ:.o=.d) $(FUZZ_TERM_OBJ:.o=.d) $(FUZZ_NAMES:%=$(FUZZ_BUILD)/tests/fuzz/fuzz_%.d)
-include $(BENCH_OBJ:.o=.d) $(BUILD)/pack.d
