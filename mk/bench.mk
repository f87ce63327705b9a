# Benchmarks. `make bench` runs the Kafka workloads against build/sluice and
# librdkafka's mock cluster in one invocation and prints the ratios.
.PHONY: bench bench-kafka
BENCH_LIBS = $(shell pkg-config --libs rdkafka 2>/dev/null || echo -lrdkafka)

$(BUILD)/bench/sluice_bench: bench/sluice_bench.c
	@mkdir -p $(@D)
	@echo "  LD $@"
	@$(CC) $(BASE_CFLAGS) $(CFLAGS) -o $@ $< $(BENCH_LIBS)

bench-kafka: deps-test all $(BUILD)/bench/sluice_bench
	bench/run.sh

bench: bench-kafka
