/*
 * test_kinesis_jssdk.c - the AWS JS SDK v3 (@aws-sdk/client-kinesis, pinned
 * in mk/compat.mk, installed under build/npm) against a live broker with
 * SigV4 on. The SDK speaks HTTP/2 (h2c prior knowledge) by default: put,
 * get, a SubscribeToShard event stream (records already there and one put
 * while subscribed), and a wrong secret. Script:
 * compat-tests/kinesis/jssdk.mjs. And every operation that names a stream
 * by StreamARN alone (arn_only.mjs).
 */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "compat-tests/harness.h"

#define KEY "AKIDJS"
#define SECRET "js/secret+KEY"

static struct broker_proc bp;

static void start(void)
{
    static const char *const settings[] = {"sluice.gateway.auth=sigv4",
                                           "sluice.gateway.credentials=" KEY ":" SECRET,
                                           "sluice.gateway.subscribe.poll.ms=50", NULL};
    hx_init(&bp, settings);
    cr_assert_eq(hx_start(&bp), 0);
}

static void stop(void)
{
    cr_expect_eq(hx_stop(&bp), 0, "broker did not stop cleanly");
    hx_cleanup(&bp);
}

TestSuite(kinesis_jssdk, .init = start, .fini = stop, .timeout = 120);

Test(kinesis_jssdk, http2_put_get_and_subscribe_to_shard)
{
    const char *dir = getenv("AWS_SDK_JS_DIR");
    if (!dir || !*dir)
        dir = "build/npm";
    static char out[1 << 16];
    int rc = hx_run(out, sizeof out, 90,
                    "NODE_PATH=%s/node_modules AWS_ACCESS_KEY_ID=" KEY
                    " AWS_SECRET_ACCESS_KEY=" SECRET
                    " node compat-tests/kinesis/jssdk.mjs %d 2>&1",
                    dir, bp.gateway_port);
    cr_log_info("%s", out);
    cr_assert_eq(rc, 0, "jssdk.mjs failed:\n%s", out);
}

/* Every operation that names a stream, called with StreamARN alone
 * (compat-tests/kinesis/arn_only.mjs). */
Test(kinesis_jssdk, every_stream_operation_by_stream_arn_alone)
{
    const char *dir = getenv("AWS_SDK_JS_DIR");
    if (!dir || !*dir)
        dir = "build/npm";
    static char out[1 << 16];
    int rc = hx_run(out, sizeof out, 90,
                    "NODE_PATH=%s/node_modules AWS_ACCESS_KEY_ID=" KEY
                    " AWS_SECRET_ACCESS_KEY=" SECRET
                    " node compat-tests/kinesis/arn_only.mjs %d 2>&1",
                    dir, bp.gateway_port);
    cr_log_info("%s", out);
    cr_assert_eq(rc, 0, "arn_only.mjs failed:\n%s", out);
}
