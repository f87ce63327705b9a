# storage room: extra targets.
#
#   make bench-storage   append throughput vs raw write, recovery scan speed,
#                        start-up time with 10,000 partitions (bench/bench_storage.c)

.PHONY: bench-storage
bench: bench-storage

$(BUILD)/bench/bench_storage: $(BUILD)/obj/bench/bench_storage.o $(BUILD)/libsluice.a
	@mkdir -p $(@D)
	@echo "  LD $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

bench-storage: deps $(BUILD)/bench/bench_storage
	$(BUILD)/bench/bench_storage $(BENCH_STORAGE_ARGS)
