# Reliability (issue #6): the live broker under sanitizers, and the soak.
#
#   make compat-asan   build build-asan/sluice with ASan + UBSan (the same
#                      flags as `make asan`, so objects are shared) and run
#                      COMPAT_ASAN_TESTS (a short subset of the compat tests)
#                      against it. The harness stops every broker with
#                      SIGTERM, so LeakSanitizer runs at its clean exit.
#                      Reports go to build-asan/reports/; any file there
#                      fails the target (and a non-zero exit already fails
#                      the test that stopped that broker).
#   make soak          SOAK_SECONDS (default 600) of mixed produce, consume
#                      and consumer-group churn against one broker; its RSS
#                      and open fds, sampled every 10 s, must stay flat.
#
# The compat binary itself is the ordinary build (librdkafka is not
# instrumented); only the broker runs under the sanitizers. ASan's
# redzones, shadow and quarantine inflate RSS, so the tests' RSS bounds are
# multiplied by SLUICE_RSS_FACTOR there.

ASAN_BUILD := build-asan
ASAN_CFLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
ASAN_REPORTS := $(ASAN_BUILD)/reports
# Criterion filter (extglob): protocol edges, hostile input, a slowloris,
# produce/consume with big messages and a clean restart, group offsets over
# a restart, torn-file recovery, and the gateway's 10 MiB records and
# limits - every path that frees at shutdown.
COMPAT_ASAN_TESTS ?= @(api_versions/*|kinesis_cross/*|kinesis_bad_input/*|kinesis_large_records/*|kinesis_lifecycle/limit*|hostile/every_case*|hostile/ten_thousand*|hostile_slow/a_trickled*|produce_consume/headers_nulls*|produce_consume/every_message_survives_a_clean_restart|groups/committed_offsets_survive_a_clean_restart|crash/a_flipped*|crash/damaged_index*)

.PHONY: compat-asan compat-asan-build soak

compat-asan-build: deps-test
	@$(MAKE) --no-print-directory BUILD=$(ASAN_BUILD) CC=clang CFLAGS="$(ASAN_CFLAGS)" \
	  LDFLAGS="-fsanitize=address,undefined" $(ASAN_BUILD)/sluice

compat-asan: compat-asan-build $(BUILD)/compat/compat
	@rm -rf $(ASAN_REPORTS); mkdir -p $(ASAN_REPORTS)
	@echo "== $(BUILD)/compat/compat against $(ASAN_BUILD)/sluice (asan+ubsan, leak checking)"
	@rc=0; \
	SLUICE_BIN=$(ASAN_BUILD)/sluice SLUICE_RSS_FACTOR=3 \
	ASAN_OPTIONS=detect_leaks=1:quarantine_size_mb=32:log_path=$(abspath $(ASAN_REPORTS))/asan \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:log_path=$(abspath $(ASAN_REPORTS))/ubsan \
	LSAN_OPTIONS=log_path=$(abspath $(ASAN_REPORTS))/lsan \
	  $(BUILD)/compat/compat --jobs 1 --filter '$(COMPAT_ASAN_TESTS)' || rc=1; \
	if [ -n "$$(ls -A $(ASAN_REPORTS))" ]; then \
	  for f in $(ASAN_REPORTS)/*; do echo "---- $$f"; head -n 80 "$$f"; done; \
	  echo "compat-asan: sanitizer reports in $(ASAN_REPORTS)"; rc=1; fi; \
	exit $$rc

# The soak: a standalone program (no criterion) under bench/.
SOAK_SECONDS ?= 600
$(BUILD)/bench/soak: bench/soak.c compat-tests/harness.c $(BUILD)/libsluice.a
	@mkdir -p $(@D)
	@echo "  LD $@"
	@$(CC) $(BASE_CFLAGS) $(CFLAGS) -o $@ bench/soak.c compat-tests/harness.c \
	  $(COMPAT_LIBS) $(LDLIBS) -lpthread

soak: deps-test all $(BUILD)/bench/soak
	SLUICE_BIN=$(BUILD)/sluice SOAK_SECONDS=$(SOAK_SECONDS) $(BUILD)/bench/soak
