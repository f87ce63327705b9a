# Compatibility tests: real clients (librdkafka, kcat) against a real
# build/sluice that each test starts on a free loopback port. One criterion
# binary from compat-tests/*.c, run after the unit tests by `make test`.
.PHONY: compat
COMPAT_SRC := $(wildcard compat-tests/*.c)
COMPAT_OBJ := $(COMPAT_SRC:%.c=$(BUILD)/obj/%.o)
COMPAT_LIBS = $(shell pkg-config --libs rdkafka 2>/dev/null || echo -lrdkafka)

$(BUILD)/compat/compat: $(COMPAT_OBJ) $(BUILD)/libsluice.a
	@mkdir -p $(@D)
	@echo "  LD $@"
	@$(CC) $(BASE_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(TEST_LIBS) $(COMPAT_LIBS) $(LDLIBS)

# kafkajs 2.2.4 from the npm registry, kept out of the repository.
KAFKAJS_VERSION := 2.2.4
$(BUILD)/npm/node_modules/kafkajs/package.json:
	@mkdir -p $(BUILD)/npm
	@echo "  NPM kafkajs@$(KAFKAJS_VERSION)"
	@cd $(BUILD)/npm && npm install --silent --no-audit --no-fund kafkajs@$(KAFKAJS_VERSION) >/dev/null

# The AWS JS SDK v3 Kinesis client (HTTP/2 by default). 3.600.0 supports
# Node.js >= 16, so Debian's Node 18 and newer run it.
AWS_SDK_KINESIS_VERSION := 3.600.0
$(BUILD)/npm/node_modules/@aws-sdk/client-kinesis/package.json: $(BUILD)/npm/node_modules/kafkajs/package.json
	@echo "  NPM @aws-sdk/client-kinesis@$(AWS_SDK_KINESIS_VERSION)"
	@cd $(BUILD)/npm && npm install --silent --no-audit --no-fund --save-exact @aws-sdk/client-kinesis@$(AWS_SDK_KINESIS_VERSION) >/dev/null

# Tests share one machine's ports and disk: run them one at a time.
compat: deps-test all $(BUILD)/compat/compat $(BUILD)/npm/node_modules/kafkajs/package.json \
        $(BUILD)/npm/node_modules/@aws-sdk/client-kinesis/package.json
	@echo "== $(BUILD)/compat/compat"
	@SLUICE_BIN=$(BUILD)/sluice KAFKAJS_DIR=$(BUILD)/npm AWS_SDK_JS_DIR=$(BUILD)/npm \
	  $(BUILD)/compat/compat --jobs 1 $(COMPAT_ARGS)
