/* test_retention.c - retention.ms / retention.bytes and DeleteRecords. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "protocol/status.h"
#include "storage/storage_int.h"
#include "tbatch.h"
#include "tutil.h"

static struct tu_dir dir;
static struct store_config cfg;
static struct store *st;

static void setup(void)
{
    tu_mkdir(&dir);
    tu_config(&cfg, &dir, NULL);
    st = tu_open(&cfg);
}

static void teardown(void)
{
    store_close(st);
    tu_cleanup(&dir);
}

TestSuite(retention, .init = setup, .fini = teardown);

/* 10 segments of 2 batches, 2 records each; batch i has timestamps ts0 + i. */
static struct log *fill(const char *name, struct store_kv *extra, size_t nextra, int64_t ts0)
{
    struct store_kv kv[4] = {{"segment.bytes", "1200"}};
    for (size_t i = 0; i < nextra; i++)
        kv[1 + i] = extra[i];
    struct log *lg = topic_log(tu_topic(st, name, 1, kv, 1 + nextra), 0);
    for (int i = 0; i < 20; i++)
        cr_assert_eq(tu_append_simple(lg, 2, 200, ts0 + i * 1000, false), 2 * i);
    cr_assert_eq(lg->nsegs, 10);
    return lg;
}

Test(retention, bytes_limit_removes_oldest_closed_segments)
{
    struct store_kv kv = {"retention.bytes", "3000"};
    struct log *lg = fill("b", &kv, 1, 0);
    cr_assert_gt(log_retention_run(lg, 1), 0);
    /* Kafka's rule: delete while the excess still covers a whole segment,
     * so what is left exceeds the limit by less than one segment. */
    cr_assert_lt(log_size_bytes(lg) - lg->segs[0]->size_bytes, 3000);
    cr_assert_geq(log_size_bytes(lg), 3000);
    cr_assert_eq(log_start_offset(lg), lg->segs[0]->base_offset);
    struct log_read_result r;
    cr_assert_eq(log_read(lg, 0, 100, LOG_READ_HIGH_WATERMARK, &r), -E_RANGE);
    tu_drain(st);
    char p[4200];
    snprintf(p, sizeof p, "%s/b-0/%020d.log", dir.data, 0);
    cr_assert_eq(tu_file_size(p), -1);
    snprintf(p, sizeof p, "%s/b-0/%020d.log.deleted", dir.data, 0);
    cr_assert_eq(tu_file_size(p), -1);
}

Test(retention, never_removes_active_segment)
{
    struct store_kv kv = {"retention.bytes", "0"};
    struct log *lg = fill("z", &kv, 1, 0);
    log_retention_run(lg, 1);
    cr_assert_eq(lg->nsegs, 1);
    cr_assert_eq(log_end_offset(lg), 40);
    cr_assert_eq(log_start_offset(lg), lg->segs[0]->base_offset);
}

Test(retention, time_limit_uses_largest_timestamp)
{
    struct store_kv kv = {"retention.ms", "5000"};
    struct log *lg = fill("m", &kv, 1, 100000);
    /* segment k holds batches 2k, 2k+1: largest ts 100000 + (2k+1)*1000 + 1 */
    cr_assert_eq(log_retention_run(lg, 100000 + 3 * 1000 + 1 + 5000), 1);
    cr_assert_eq(lg->segs[0]->base_offset, 4);
    cr_assert_eq(log_retention_run(lg, 200000000), 8);
    cr_assert_eq(lg->nsegs, 1);
}

Test(retention, compact_only_topic_is_not_time_limited)
{
    struct store_kv kv[2] = {{"retention.ms", "1"}, {"cleanup.policy", "compact"}};
    struct log *lg = fill("c", kv, 2, 0);
    cr_assert_eq(log_retention_run(lg, 1000000000), 0);
    cr_assert_eq(lg->nsegs, 10);
}

Test(retention, tick_runs_retention_on_interval)
{
    struct store_kv kv = {"retention.bytes", "1"};
    struct log *lg = fill("k", &kv, 1, 0);
    store_tick(st, 400000);
    cr_assert_eq(lg->nsegs, 1);
}

Test(retention, delete_records_moves_log_start_and_persists)
{
    struct log *lg = fill("d", NULL, 0, 0);
    int64_t lw;
    struct tu_done d = {0};
    cr_assert_eq(log_delete_records(lg, 41, NULL, NULL, &lw), -E_RANGE);
    cr_assert_eq(log_delete_records(lg, 9, tu_done_cb, &d, &lw), 0);
    cr_assert_eq(lw, 9);
    tu_wait(st, &d);
    cr_assert_eq(d.status, 0);
    cr_assert_eq(log_start_offset(lg), 9);
    cr_assert_eq(lg->segs[0]->base_offset, 8, "segments wholly below 9 deleted");
    struct log_read_result r;
    cr_assert_eq(log_read(lg, 8, 100, LOG_READ_HIGH_WATERMARK, &r), -E_RANGE);
    cr_assert_eq(log_read(lg, 9, 100, LOG_READ_HIGH_WATERMARK, &r), 0);
    cr_assert_eq(r.log_start_offset, 9);
    log_read_release(&r);
    /* Backwards is a no-op. */
    cr_assert_eq(log_delete_records(lg, 3, NULL, NULL, &lw), 0);
    cr_assert_eq(lw, 9);
    tu_drain(st);
    /* Survives an unclean restart: the checkpoint was written at once. */
    char p[4200];
    store_close(st);
    snprintf(p, sizeof p, "%s/.sluice_cleanshutdown", dir.data);
    unlink(p);
    st = tu_open(&cfg);
    lg = topic_log(store_topic_find(st, "d"), 0);
    cr_assert_eq(log_start_offset(lg), 9);
    int64_t off, ts;
    cr_assert_eq(log_offset_for_timestamp(lg, 0, &off, &ts), 0);
    cr_assert_eq(off, 9);
}

Test(retention, delete_records_minus_one_means_high_watermark)
{
    struct log *lg = fill("h", NULL, 0, 0);
    int64_t lw;
    cr_assert_eq(log_delete_records(lg, -1, NULL, NULL, &lw), 0);
    cr_assert_eq(lw, 40);
    struct log_read_result r;
    cr_assert_eq(log_read(lg, 40, 100, LOG_READ_HIGH_WATERMARK, &r), 0);
    cr_assert_eq(r.nspans, 0);
}
