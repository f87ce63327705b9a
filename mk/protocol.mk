# protocol/records targets: record-batch fuzzing and the protocol benchmark.
#
#   make fuzz-records          build-fuzz/fuzz_records (clang, libFuzzer + ASan + UBSan)
#   make fuzz-records-corpus   regenerate the seeds in tests/fuzz/corpus/records
#   make bench-protocol        CRC-32C and batch validation throughput
#
# Run the fuzzer as: build-fuzz/fuzz_records -max_total_time=N DIR tests/fuzz/corpus/records
# (the first directory collects new inputs; keep it out of the tree).

FUZZ_BUILD ?= build-fuzz
FUZZ_CC ?= clang
FUZZ_FLAGS := -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
              -std=c11 -D_GNU_SOURCE -I. $(WARN)
CODEC_LIBS := $(shell pkg-config --libs zlib libzstd liblz4 snappy 2>/dev/null || echo -lz -lzstd -llz4 -lsnappy)
RECORDS_SRC := $(wildcard protocol/records*.c protocol/compress*.c) \
               protocol/kbuf.c protocol/crc32c.c protocol/status.c protocol/errors.c

.PHONY: fuzz-records fuzz-records-corpus bench-protocol
fuzz-records: $(FUZZ_BUILD)/fuzz_records

$(FUZZ_BUILD)/fuzz_records: tests/fuzz/fuzz_records.c $(RECORDS_SRC) $(wildcard protocol/*.h)
	@mkdir -p $(@D)
	@echo "  FUZZ $@"
	@$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ tests/fuzz/fuzz_records.c $(RECORDS_SRC) $(CODEC_LIBS) -lpthread

$(BUILD)/gen_records_corpus: tests/fuzz/gen_records_corpus.c $(BUILD)/libsluice.a
	@mkdir -p $(@D)
	@echo "  LD $@"
	@$(CC) $(BASE_CFLAGS) $(CFLAGS) -o $@ $(filter %.c %.a,$^) $(LDLIBS)

fuzz-records-corpus: $(BUILD)/gen_records_corpus
	@mkdir -p tests/fuzz/corpus/records
	$(BUILD)/gen_records_corpus tests/fuzz/corpus/records

# Bounded: each measurement runs for about a quarter of a second.
$(BUILD)/bench_protocol: bench/bench_protocol.c $(BUILD)/libsluice.a
	@mkdir -p $(@D)
	@echo "  LD $@"
	@$(CC) $(BASE_CFLAGS) $(CFLAGS) -o $@ $(filter %.c %.a,$^) $(LDLIBS)

bench-protocol: $(BUILD)/bench_protocol
	$(BUILD)/bench_protocol

bench: bench-protocol
