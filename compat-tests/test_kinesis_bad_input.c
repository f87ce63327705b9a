/*
 * test_kinesis_bad_input.c - hostile requests over the real server with
 * SigV4 on: malformed JSON and CBOR, wrong types, missing and oversize
 * fields, bad base64, unknown streams and shards, bad and foreign
 * iterators, unsigned, wrongly signed and unknown-key requests. Each gets
 * its AWS error (compat-tests/kinesis/bad_input.py lists them), no stored
 * record changes, and the broker stays up and stops cleanly.
 */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "compat-tests/harness.h"

#define KEY "AKIDBAD"
#define SECRET "bad/input+secret"

static struct broker_proc bp;

static void start(void)
{
    static const char *const settings[] = {"sluice.gateway.auth=sigv4",
                                           "sluice.gateway.credentials=" KEY ":" SECRET, NULL};
    hx_init(&bp, settings);
    cr_assert_eq(hx_start(&bp), 0);
}

static void stop(void)
{
    cr_expect_eq(hx_stop(&bp), 0, "broker did not stop cleanly");
    hx_cleanup(&bp);
}

TestSuite(kinesis_bad_input, .init = start, .fini = stop, .timeout = 120);

Test(kinesis_bad_input, each_gets_its_aws_error_and_nothing_changes)
{
    static char out[1 << 16];
    int rc = hx_run(out, sizeof out, 90,
                    "cd compat-tests/kinesis && AWS_ACCESS_KEY_ID=" KEY
                    " AWS_SECRET_ACCESS_KEY=" SECRET " /usr/bin/python3 bad_input.py %d 2>&1",
                    bp.gateway_port);
    cr_log_info("%s", out);
    cr_assert_eq(rc, 0, "bad_input.py failed:\n%s", out);
    cr_assert(hx_alive(&bp), "the broker died");
}
