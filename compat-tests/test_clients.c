/*
 * test_clients.c - the other clients of CLIENTS.md against a real broker:
 * kafka-python 2.0.2 (Debian python3-kafka) and kafkajs 2.2.4 (npm, into
 * build/npm by `make compat`). Each script does admin create, produce with
 * and without gzip, group consume, commit and resume, and exits non-zero
 * on the first mismatch.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>

#include "compat-tests/harness.h"

static struct broker_proc bp;

static void start(void)
{
    static const char *const settings[] = {"group.initial.rebalance.delay.ms=0", NULL};
    hx_init(&bp, settings);
    cr_assert_eq(hx_start(&bp), 0);
}

static void stop(void)
{
    cr_expect_eq(hx_stop(&bp), 0, "broker did not stop cleanly");
    hx_cleanup(&bp);
}

TestSuite(clients, .init = start, .fini = stop, .timeout = 180);

Test(clients, kafka_python_2_0_2_round_trip)
{
    char out[4096];
    int rc = hx_run(out, sizeof out, 120, "/usr/bin/python3 compat-tests/clients/kafka_python_roundtrip.py %s 2>&1",
                    bp.bootstrap);
    cr_assert_eq(rc, 0, "kafka-python failed:\n%s", out);
    cr_log_info("%s", out);
}

Test(clients, kafkajs_2_2_4_round_trip)
{
    const char *dir = getenv("KAFKAJS_DIR");
    if (!dir || !*dir)
        dir = "build/npm";
    char out[4096];
    int rc = hx_run(out, sizeof out, 120, "KAFKAJS_DIR=%s node compat-tests/clients/kafkajs_roundtrip.js %s 2>&1",
                    dir, bp.bootstrap);
    cr_assert_eq(rc, 0, "kafkajs failed:\n%s", out);
    cr_log_info("%s", out);
}
