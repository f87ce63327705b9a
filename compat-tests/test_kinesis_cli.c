/*
 * test_kinesis_cli.c - the AWS CLI v2 (Debian's awscli, /usr/bin/aws)
 * against a live broker with SigV4 verification on and a configured key
 * pair: every Kinesis operation the gateway serves, its JSON output
 * checked, plus a wrong secret (InvalidSignatureException) and an unknown
 * key (UnrecognizedClientException). The script is
 * compat-tests/kinesis/cli_ops.py; it prints each failed check.
 */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "compat-tests/harness.h"

#define KEY "AKIDEXAMPLE"
#define SECRET "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"

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

TestSuite(kinesis_cli, .init = start, .fini = stop, .timeout = 240);

Test(kinesis_cli, every_operation_with_sigv4)
{
    static char out[1 << 16];
    int rc = hx_run(out, sizeof out, 220,
                    "cd compat-tests/kinesis && AWS_ACCESS_KEY_ID=" KEY
                    " AWS_SECRET_ACCESS_KEY=" SECRET " /usr/bin/python3 cli_ops.py %d 2>&1",
                    bp.gateway_port);
    cr_log_info("%s", out);
    cr_assert_eq(rc, 0, "cli_ops.py failed:\n%s", out);
    cr_assert_eq(hx_log_count(&bp, "level=error"), 0, "the broker logged errors");
}
