# Fuzzing with libFuzzer (clang): every tests/fuzz/fuzz_<name>.c is a
# target linked against the whole library built with sanitizers.
#   make fuzz FUZZ_SECONDS=N   build every target and run each for N s
# Seeds: tests/fuzz/corpus/<name>/ (committed, read-only) plus generated
# ones; new inputs go to a scratch corpus under build-fuzz/, never the repo.
# A crash leaves its input in build-fuzz/crashes/ and fails the run.

FUZZ_BUILD := build-fuzz
FUZZ_CFLAGS := -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
FUZZ_TARGETS := $(patsubst tests/fuzz/%.c,$(FUZZ_BUILD)/%,$(wildcard tests/fuzz/fuzz_*.c))

.PHONY: fuzz fuzz-build
fuzz-build: deps-test
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang CFLAGS="$(FUZZ_CFLAGS)" \
	  $(FUZZ_BUILD)/libsluice.a $(FUZZ_BUILD)/seed_requests
	@$(MAKE) --no-print-directory fuzz-link

.PHONY: fuzz-link
fuzz-link: $(FUZZ_TARGETS)

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_BUILD)/libsluice.a
	@echo "  FUZZ $@"
	@clang $(BASE_CFLAGS) -O1 -g -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer \
	  $(PKG_CFLAGS) -o $@ $< $(FUZZ_BUILD)/libsluice.a $(LDLIBS)

# -MMD makes a .d for this link too, listing headers as prerequisites: only
# the .c and .a ones go on the command line.
$(FUZZ_BUILD)/seed_requests: tests/fuzz/seed_requests.c tests/protocol/msg_fixtures.c tests/protocol/fx_random.c $(FUZZ_BUILD)/libsluice.a
	@echo "  LD $@"
	@clang $(BASE_CFLAGS) -O1 -g -fsanitize=address,undefined $(PKG_CFLAGS) -o $@ $(filter %.c %.a,$^) $(LDLIBS)

fuzz: fuzz-build
	@set -e; mkdir -p $(FUZZ_BUILD)/crashes; \
	rm -rf $(FUZZ_BUILD)/seeds; mkdir -p $(FUZZ_BUILD)/seeds/request $(FUZZ_BUILD)/seeds/frame; \
	$(FUZZ_BUILD)/seed_requests $(FUZZ_BUILD)/seeds/request $(FUZZ_BUILD)/seeds/frame >/dev/null; \
	for t in $(FUZZ_TARGETS); do \
	  name=$${t#$(FUZZ_BUILD)/fuzz_}; \
	  work=$(FUZZ_BUILD)/corpus/$$name; mkdir -p $$work; \
	  seeds=""; for d in tests/fuzz/corpus/$$name $(FUZZ_BUILD)/seeds/$$name; do [ -d $$d ] && seeds="$$seeds $$d"; done; \
	  echo "== fuzz $$name for $(FUZZ_SECONDS)s"; \
	  if ! $$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	      -artifact_prefix=$(FUZZ_BUILD)/crashes/$$name- $$work $$seeds 2>$(FUZZ_BUILD)/$$name.log; then \
	    tail -n 60 $(FUZZ_BUILD)/$$name.log; echo "fuzz $$name: FAILED (input in $(FUZZ_BUILD)/crashes/)"; exit 1; fi; \
	  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" $(FUZZ_BUILD)/$$name.log | sed "s/^/  $$name /"; \
	done
