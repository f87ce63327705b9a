/*
 * test_kinesis_lifecycle.c - stream status transitions and
 * LimitExceededException against a live broker with SigV4 on, through
 * boto3 and the AWS CLI (compat-tests/kinesis/lifecycle.py):
 *   - with sluice.gateway.status.delay.ms=1500, CREATING after CreateStream
 *     and UPDATING after each reshard are seen, refused operations get the
 *     AWS errors, and the CLI and boto3 stream-exists waiters end on
 *     ACTIVE; a sixth stream CREATING at once is refused;
 *   - with the default delay, UpdateShardCount's limits and the consumer
 *     limit.
 */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "compat-tests/harness.h"

#define KEY "AKIDLIFE"
#define SECRET "life/secret+KEY"

static struct broker_proc bp;

static void stop(void)
{
    cr_expect_eq(hx_stop(&bp), 0, "broker did not stop cleanly");
    hx_cleanup(&bp);
}

TestSuite(kinesis_lifecycle, .fini = stop, .timeout = 180);

static void run(const char *mode, const char *delay_setting)
{
    const char *const settings[] = {"sluice.gateway.auth=sigv4",
                                    "sluice.gateway.credentials=" KEY ":" SECRET, delay_setting,
                                    NULL};
    hx_init(&bp, settings);
    cr_assert_eq(hx_start(&bp), 0);
    static char out[1 << 16];
    int rc = hx_run(out, sizeof out, 160,
                    "cd compat-tests/kinesis && AWS_ACCESS_KEY_ID=" KEY
                    " AWS_SECRET_ACCESS_KEY=" SECRET " /usr/bin/python3 lifecycle.py %s %d 2>&1",
                    mode, bp.gateway_port);
    cr_log_info("%s", out);
    cr_assert_eq(rc, 0, "lifecycle.py %s failed:\n%s", mode, out);
    cr_assert_eq(hx_log_count(&bp, "level=error"), 0, "the broker logged errors");
}

Test(kinesis_lifecycle, creating_updating_active_and_waiters)
{
    run("status", "sluice.gateway.status.delay.ms=1500");
}

Test(kinesis_lifecycle, limit_exceeded_where_aws_raises_it)
{
    run("limits", NULL);
}
