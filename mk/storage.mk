# storage room: extra targets.
#
#   make bench-storage   append throughput vs raw write, recovery scan speed,
#                        start-up time with 10,000 partitions (bench/bench_storage.c)
#
# The generic test rule in the main Makefile computes its objects with
# $$(patsubst %.c,...,$$(wildcard tests/%/*.c)); make substitutes the stem
# into the first '%' of each word, so the patsubst pattern is lost and no
# test file gets linked. Until that is fixed there, the storage test binary
# gets an explicit rule (it takes precedence over the pattern rule).

STORAGE_TEST_OBJ := $(addprefix $(BUILD)/obj/,$(addsuffix .o,$(basename $(wildcard tests/storage/*.c))))

$(BUILD)/tests/storage: $(STORAGE_TEST_OBJ) $(TEST_COMMON_OBJ) $(BUILD)/libsluice.a
	@mkdir -p $(@D)
	@echo "  LD $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(TEST_LIBS) $(LDLIBS)

.PHONY: bench-storage
bench: bench-storage

BENCH_STORAGE_SECONDS ?=
$(BUILD)/bench/bench_storage: $(BUILD)/obj/bench/bench_storage.o $(BUILD)/libsluice.a
	@mkdir -p $(@D)
	@echo "  LD $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

bench-storage: deps $(BUILD)/bench/bench_storage
	$(BUILD)/bench/bench_storage $(BENCH_STORAGE_ARGS)
