/* test_producer.c - producer id blocks and idempotent sequence checks. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "coordinator/producer.h"

static char dir[64];

static void mkdir_tmp(void)
{
    snprintf(dir, sizeof dir, "/tmp/sluice-pid-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
}

static void rm_tmp(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    (void)system(cmd);
}

Test(producer, ids_are_unique_across_restarts, .init = mkdir_tmp, .fini = rm_tmp)
{
    struct pid_alloc pa;
    cr_assert_eq(pid_alloc_open(&pa, dir), 0);
    int64_t a = pid_alloc_next(&pa), b = pid_alloc_next(&pa);
    cr_assert_eq(a, 0);
    cr_assert_eq(b, 1);
    cr_assert(pid_alloc_issued(&pa, 1));
    pid_alloc_close(&pa);
    /* A restart (even a crash) continues after the persisted block. */
    cr_assert_eq(pid_alloc_open(&pa, dir), 0);
    int64_t c = pid_alloc_next(&pa);
    cr_assert_gt(c, b);
    cr_assert(pid_alloc_issued(&pa, a), "ids from before the restart count as issued");
    cr_assert_not(pid_alloc_issued(&pa, c + 100000));
    cr_assert_not(pid_alloc_issued(&pa, -1));
    pid_alloc_close(&pa);
}

Test(producer, in_sequence_batches_append)
{
    struct pstate_table t;
    pstate_init(&t);
    cr_assert_eq(pstate_check(&t, 7, 0, 0, 9, NULL), PSTATE_APPEND);
    cr_assert_eq(pstate_record(&t, 7, 0, 0, 9, 100, 109, -1, 1), 0);
    cr_assert_eq(pstate_check(&t, 7, 0, 10, 19, NULL), PSTATE_APPEND);
    cr_assert_eq(pstate_check(&t, 7, 0, 11, 19, NULL), PSTATE_OUT_OF_ORDER);
    cr_assert_eq(pstate_check(&t, 7, 0, 30, 39, NULL), PSTATE_OUT_OF_ORDER);
    /* non-idempotent batches are never tracked */
    cr_assert_eq(pstate_check(&t, -1, 0, 5, 5, NULL), PSTATE_APPEND);
    pstate_destroy(&t);
}

Test(producer, retry_of_a_cached_batch_is_a_duplicate_with_its_offsets)
{
    struct pstate_table t;
    pstate_init(&t);
    for (int i = 0; i < 5; i++)
        pstate_record(&t, 1, 0, i * 10, i * 10 + 9, 1000 + i * 10, 1009 + i * 10, -1, 1);
    struct pstate_batch dup;
    cr_assert_eq(pstate_check(&t, 1, 0, 20, 29, &dup), PSTATE_DUPLICATE);
    cr_assert_eq(dup.first_offset, 1020);
    cr_assert_eq(dup.last_offset, 1029);
    /* a sixth batch pushes the oldest out of the cache */
    pstate_record(&t, 1, 0, 50, 59, 1050, 1059, -1, 1);
    cr_assert_eq(pstate_check(&t, 1, 0, 0, 9, NULL), PSTATE_OLD_DUPLICATE);
    cr_assert_eq(pstate_check(&t, 1, 0, 10, 19, &dup), PSTATE_DUPLICATE);
    pstate_destroy(&t);
}

Test(producer, epochs_fence_and_restart_sequences)
{
    struct pstate_table t;
    pstate_init(&t);
    pstate_record(&t, 3, 5, 0, 4, 0, 4, -1, 1);
    cr_assert_eq(pstate_check(&t, 3, 4, 5, 9, NULL), PSTATE_FENCED);
    cr_assert_eq(pstate_check(&t, 3, 6, 5, 9, NULL), PSTATE_OUT_OF_ORDER);
    cr_assert_eq(pstate_check(&t, 3, 6, 0, 9, NULL), PSTATE_APPEND);
    pstate_record(&t, 3, 6, 0, 9, 5, 14, -1, 2);
    cr_assert_eq(pstate_find(&t, 3)->epoch, 6);
    cr_assert_eq(pstate_find(&t, 3)->nbatches, 1);
    pstate_destroy(&t);
}

Test(producer, sequence_wraps_at_int32_max)
{
    struct pstate_table t;
    pstate_init(&t);
    pstate_record(&t, 9, 0, INT32_MAX - 1, INT32_MAX, 0, 1, -1, 1);
    cr_assert_eq(pstate_check(&t, 9, 0, 0, 3, NULL), PSTATE_APPEND);
    pstate_destroy(&t);
}

Test(producer, many_producers_and_expiry)
{
    struct pstate_table t;
    pstate_init(&t);
    for (int64_t p = 0; p < 5000; p++)
        cr_assert_eq(pstate_record(&t, p, 0, 0, 0, p, p, -1, p < 2500 ? 0 : 1000), 0);
    cr_assert_eq(t.count, 5000);
    for (int64_t p = 0; p < 5000; p += 499)
        cr_assert_not_null(pstate_find(&t, p));
    cr_assert_eq(pstate_expire(&t, 1500, 1000), 2500);
    cr_assert_null(pstate_find(&t, 10));
    cr_assert_not_null(pstate_find(&t, 4000));
    cr_assert_eq(t.count, 2500);
    pstate_destroy(&t);
}
