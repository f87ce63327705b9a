# Sluice - a Kafka-wire-compatible streaming broker.
#
#   make            build build/sluice
#   make run        install missing packages, build, run on the embedded config
#   make test       build and run every test (unit, codec, compat); CI runs this
#   make asan       unit tests under AddressSanitizer + UBSan with leak checking
#   make fuzz       libFuzzer targets, FUZZ_SECONDS each (default 30)
#   make regen      regenerate protocol/msg from the Kafka JSON specs
#   make bench      benchmarks (see mk/*.mk for the per-room ones)
#
# Sources are found by wildcard, one folder per room; rooms add their own
# targets in mk/<room>.mk so that this file rarely changes.

BUILD ?= build
CC ?= gcc
PYTHON ?= python3
SPEC_DIR ?= ../shared/kafka-protocol/messages
FUZZ_SECONDS ?= 30

PKGS := libevent libevent_pthreads libevent_openssl openssl zlib libzstd liblz4 snappy \
        libnghttp2 jansson yajl libcbor
WARN := -Wall -Wextra -Wshadow -Wstrict-prototypes -Werror
CFLAGS ?= -O2 -g
# Flags every build needs; CFLAGS (optimisation, sanitizers) may be overridden.
BASE_CFLAGS := -std=c11 -D_GNU_SOURCE $(WARN) -I. -MMD -MP
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
LDLIBS += $(PKG_LIBS) -lpthread -lm

ROOMS := protocol protocol/msg storage coordinator gateway broker broker/cluster
LIB_SRC := $(filter-out broker/main.c,$(foreach r,$(ROOMS),$(wildcard $(r)/*.c)))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)

# Unit tests: one criterion binary per folder under tests/ (not fuzz/).
TEST_DIRS := $(filter-out tests/fuzz tests/protocol/vectors,$(patsubst %/,%,$(sort $(dir $(wildcard tests/*/*.c)))))
TEST_BINS := $(TEST_DIRS:tests/%=$(BUILD)/tests/%)
TEST_LIBS := $(shell pkg-config --libs criterion 2>/dev/null || echo -lcriterion)

.PHONY: all deps deps-test run test unit compat asan fuzz regen clean bench
.DEFAULT_GOAL := all

all: deps $(BUILD)/sluice

# The deps step every entry point goes through: checks Debian packages and
# installs the missing ones (as root) or prints the apt-get command.
deps:
	@scripts/deps.sh build
deps-test:
	@scripts/deps.sh test

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(@D)
	@echo "  CC $<"
	@$(CC) $(BASE_CFLAGS) $(CFLAGS) $(PKG_CFLAGS) -c $< -o $@

$(BUILD)/libsluice.a: $(LIB_OBJ)
	@mkdir -p $(@D)
	@rm -f $@
	@echo "  AR $@"
	@ar rcs $@ $^

$(BUILD)/sluice: $(BUILD)/obj/broker/main.o $(BUILD)/libsluice.a
	@echo "  LD $@"
	@$(CC) $(BASE_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# Each test folder links into one binary; test files may include helpers
# from tests/common/ (compiled into every binary).
TEST_COMMON_SRC := $(wildcard tests/common/*.c)
TEST_COMMON_OBJ := $(TEST_COMMON_SRC:%.c=$(BUILD)/obj/%.o)
.SECONDEXPANSION:
.SECONDARY:
$(BUILD)/tests/%: $$(addprefix $(BUILD)/obj/,$$(subst .c,.o,$$(wildcard tests/$$*/*.c))) $(TEST_COMMON_OBJ) $(BUILD)/libsluice.a
	@mkdir -p $(@D)
	@echo "  LD $@"
	@$(CC) $(BASE_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(TEST_LIBS) $(LDLIBS)

run: all
	$(BUILD)/sluice --set sluice.gateway.auth=any $(RUN_ARGS)

# Unit tests first, then real clients against a real broker (compat-tests/,
# a criterion binary too), so the last thing printed is criterion's summary.
unit: deps-test $(TEST_BINS)
	@set -e; for t in $(TEST_BINS); do echo "== $$t"; $$t --jobs 2; done

test: deps-test all unit compat

asan:
	$(MAKE) BUILD=build-asan CC=clang \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDFLAGS="-fsanitize=address,undefined" unit-asan

.PHONY: unit-asan
unit-asan: deps-test $(TEST_BINS)
	@set -e; for t in $(TEST_BINS); do echo "== $$t (asan+ubsan)"; \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  $$t --jobs 2; done

# The generator: regenerate in place, or check the committed files match.
regen:
	$(PYTHON) protocol/gen/gen.py --spec $(SPEC_DIR) --apis protocol/apis.def --out protocol/msg --fixtures tests/protocol

clean:
	rm -rf build build-asan build-fuzz

-include mk/*.mk
-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
