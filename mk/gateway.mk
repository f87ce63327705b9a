# gateway room: extra targets.
.PHONY: gateway-test gateway-vectors
gateway-test: $(BUILD)/tests/gateway
	$(BUILD)/tests/gateway --jobs 2

# Regenerate the botocore-signed SigV4 vectors (needs python3-botocore).
# The JS SDK ones (vectors/jssdk_sigv4.inc) come from gen_sigv4_js.mjs, run
# by hand where @aws-sdk/client-kinesis is installed (see the script).
gateway-vectors:
	$(PYTHON) tests/gateway/vectors/gen_sigv4.py > tests/gateway/vectors/botocore_sigv4.inc

# Kinesis API throughput: build/sluice against kinesalite (npm, installed by
# the script under build/npm-bench) in one run; prints both and the ratio.
.PHONY: bench-kinesis
$(BUILD)/bench/kinesis_bench: bench/kinesis_bench.c
	@mkdir -p $(@D)
	@echo "  LD $@"
	@$(CC) $(BASE_CFLAGS) $(CFLAGS) -o $@ $< -lpthread

bench-kinesis: all $(BUILD)/bench/kinesis_bench
	bench/kinesis_bench.sh

bench: bench-kinesis
