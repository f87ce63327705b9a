# gateway room: extra targets.
#
# The generic test rule in the Makefile lists its objects with
# $$(wildcard tests/%/*.c), where make does not substitute the stem, so a
# test folder's objects are never linked in. Until that is fixed there
# (tests/$$*/*.c), give the gateway test binary its own explicit rule
# (objects before the library, so the static link resolves).
GW_TEST_OBJ := $(patsubst %.c,$(BUILD)/obj/%.o,$(wildcard tests/gateway/*.c))
$(BUILD)/tests/gateway: $(GW_TEST_OBJ) $(TEST_COMMON_OBJ) $(BUILD)/libsluice.a
	@mkdir -p $(@D)
	@echo "  LD $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(GW_TEST_OBJ) $(TEST_COMMON_OBJ) $(BUILD)/libsluice.a $(TEST_LIBS) $(LDLIBS)

.PHONY: gateway-test gateway-vectors
gateway-test: $(BUILD)/tests/gateway
	$(BUILD)/tests/gateway --jobs 2

# Regenerate the botocore-signed SigV4 vectors (needs python3-botocore).
# The JS SDK ones (vectors/jssdk_sigv4.inc) come from gen_sigv4_js.mjs, run
# by hand where @aws-sdk/client-kinesis is installed (see the script).
gateway-vectors:
	$(PYTHON) tests/gateway/vectors/gen_sigv4.py > tests/gateway/vectors/botocore_sigv4.inc

# `make asan` passes CFLAGS on the command line, which replaces the
# Makefile's `CFLAGS += -std=c11 ... -I.` (a command-line variable wins over
# makefile assignments), so nothing that includes "protocol/..." or
# "gateway/..." compiles there. Put the project flags back in that case
# only; harmless if the Makefile later uses `override` itself.
ifeq ($(origin CFLAGS),command line)
override CFLAGS += -std=c11 -D_GNU_SOURCE $(WARN) -I. -MMD -MP
endif
