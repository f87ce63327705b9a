/* test_flush.c - durability: group commit, flush policies, I/O errors. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "protocol/status.h"
#include "storage/storage_int.h"
#include "faultio.h"
#include "tbatch.h"
#include "tutil.h"

static struct tu_dir dir;
static struct store_config cfg;
static struct fio *fio;

static void setup(void)
{
    tu_mkdir(&dir);
    fio = fio_new(dir.data);
    tu_config(&cfg, &dir, fio_io(fio));
}

static void teardown(void)
{
    fio_free(fio);
    tu_cleanup(&dir);
}

TestSuite(flush, .init = setup, .fini = teardown);

Test(flush, durable_append_completes_after_fsync)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    size_t len;
    uint8_t *b = tb_simple(&len, 2, 50, 1, 1);
    struct tu_done d = {0};
    struct log_append_result res;
    struct log_append_opts o = {1, true, 0, tu_append_cb, &d};
    cr_assert_eq(log_append(lg, b, len, &o, &res), 0);
    cr_assert(res.pending);
    cr_assert_eq(d.calls, 0, "never called from inside log_append");
    tu_wait(st, &d);
    cr_assert_eq(d.status, 0);
    cr_assert_eq(d.res.base_offset, 0);
    cr_assert_eq(d.res.last_offset, 1);
    cr_assert_geq(log_recovery_point(lg), 2);
    free(b);
    store_close(st);
}

Test(flush, non_durable_append_completes_at_once)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    tu_drain(st);
    size_t len;
    uint8_t *b = tb_simple(&len, 2, 50, 1, 1);
    struct tu_done d = {0};
    struct log_append_result res;
    struct log_append_opts o = {1, false, 0, tu_append_cb, &d};
    cr_assert_eq(log_append(lg, b, len, &o, &res), 0);
    cr_assert_not(res.pending);
    tu_drain(st);
    cr_assert_eq(d.calls, 0);
    cr_assert_eq(log_recovery_point(lg), 0, "nothing flushed it yet");
    free(b);
    store_close(st);
}

static int cb_count, cb_fail;
static void count_cb(void *arg, int status, const struct log_append_result *res)
{
    (void)arg;
    (void)res;
    cb_count++;
    if (status)
        cb_fail++;
}

Test(flush, group_commit_covers_many_appends_across_partitions_with_few_fsyncs)
{
    struct store *st = tu_open(&cfg);
    struct topic *t = tu_topic(st, "t", 4, NULL, 0);
    tu_drain(st);
    uint64_t r0, s0;
    flusher_stats(st->fl, &r0, &s0);
    size_t len;
    uint8_t *b = tb_simple(&len, 1, 100, 1, 1);
    cb_count = cb_fail = 0;
    /* A slow disk: the first round's fsync is still running while every
     * other append arrives, so the next round must cover all of them. */
    fio_set_fsync_delay_ms(fio, 200);
    const int n = 400;
    for (int i = 0; i < n; i++) {
        struct log_append_result res;
        struct log_append_opts o = {1, true, 0, count_cb, NULL};
        cr_assert_eq(log_append(topic_log(t, i % 4), b, len, &o, &res), 0);
        cr_assert(res.pending);
    }
    tu_drain(st);
    cr_assert_eq(cb_count, n);
    cr_assert_eq(cb_fail, 0);
    uint64_t r1, s1;
    flusher_stats(st->fl, &r1, &s1);
    /* Round 1 syncs partition 0's first append; every other append
     * arrives during that 200 ms fsync. Directory syncs of the first
     * segments may add a round or two; one fdatasync per append would be
     * 400. */
    cr_assert_leq(s1 - s0, 12, "fdatasyncs: %llu for %d appends in %llu rounds",
                  (unsigned long long)(s1 - s0), n, (unsigned long long)(r1 - r0));
    for (int p = 0; p < 4; p++)
        cr_assert_eq(log_recovery_point(topic_log(t, p)), n / 4);
    free(b);
    store_close(st);
}

Test(flush, flush_messages_makes_acks1_wait_for_the_flush)
{
    struct store_kv kv = {"flush.messages", "3"};
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, &kv, 1), 0);
    size_t len;
    uint8_t *b = tb_simple(&len, 1, 10, 1, 1);
    struct log_append_result res;
    struct tu_done d = {0};
    struct log_append_opts o = {1, false, 0, tu_append_cb, &d};
    cr_assert_eq(log_append(lg, b, len, &o, &res), 0);
    cr_assert_not(res.pending);
    cr_assert_eq(log_append(lg, b, len, &o, &res), 0);
    cr_assert_not(res.pending);
    cr_assert_eq(log_append(lg, b, len, &o, &res), 0);
    cr_assert(res.pending, "the third message crosses flush.messages");
    tu_wait(st, &d);
    cr_assert_eq(log_recovery_point(lg), 3);
    free(b);
    store_close(st);
}

Test(flush, flush_ms_flushes_from_tick)
{
    struct store_kv kv = {"flush.ms", "100"};
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, &kv, 1), 0);
    tu_append_simple(lg, 1, 10, 1, false);
    store_tick(st, 1000);
    tu_drain(st);
    cr_assert_eq(log_recovery_point(lg), 0);
    store_tick(st, 1100);
    tu_drain(st);
    cr_assert_eq(log_recovery_point(lg), 1);
    store_close(st);
}

/* The offsets checkpoint is written one interval after start, not at the
 * first tick (the broker ticks with wall-clock time, so "since 0" would
 * always be due): until then an unclean restart scans the whole log. */
Test(flush, offsets_checkpoint_waits_one_interval_from_start)
{
    cr_assert_eq(store_config_set(&cfg, "log.flush.offset.checkpoint.interval.ms", "60000"), 0);
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    char path[700];
    snprintf(path, sizeof path, "%s/%s", dir.data, STORE_OFFSETS_FILE);
    unlink(path);
    tu_append_simple(lg, 1, 10, 1, true);
    tu_drain(st);
    cr_assert_eq(log_recovery_point(lg), 1);
    const int64_t start = 1790000000000; /* wall-clock milliseconds */
    store_tick(st, start);
    tu_drain(st);
    store_tick(st, start + 59999);
    tu_drain(st);
    cr_assert_eq(tu_file_size(path), -1, "checkpoint written before its interval");
    store_tick(st, start + 60000);
    tu_drain(st);
    cr_assert_gt(tu_file_size(path), 0, "checkpoint not written after its interval");
    store_close(st);
}

Test(flush, durable_switch_off_gives_kafka_default)
{
    cr_assert_eq(store_config_set(&cfg, "sluice.durable.acks.all", "false"), 0);
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    size_t len;
    uint8_t *b = tb_simple(&len, 1, 10, 1, 1);
    struct log_append_result res;
    struct log_append_opts o = {1, true, 0, count_cb, NULL};
    cr_assert_eq(log_append(lg, b, len, &o, &res), 0);
    cr_assert_not(res.pending);
    free(b);
    store_close(st);
}

Test(flush, fsync_eio_fails_waiters_and_takes_dir_offline)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    cr_assert_eq(tu_append_simple(lg, 2, 10, 1, false), 0);
    tu_drain(st);
    fio_fail_always(fio, FIO_FSYNC, EIO);
    size_t len;
    uint8_t *b = tb_simple(&len, 1, 10, 1, 1);
    struct tu_done d = {0};
    struct log_append_result res;
    struct log_append_opts o = {1, true, 0, tu_append_cb, &d};
    cr_assert_eq(log_append(lg, b, len, &o, &res), 0);
    tu_wait(st, &d);
    cr_assert_eq(d.status, -E_IO);
    cr_assert(store_offline(st));
    cr_assert_eq(log_append(lg, b, len, &o, &res), -E_IO);
    struct log_read_result r;
    cr_assert_eq(log_read(lg, 0, 100, LOG_READ_HIGH_WATERMARK, &r), -E_IO);
    fio_fail_always(fio, FIO_FSYNC, 0);
    store_close(st);
    /* The next start recovers a consistent log. */
    st = tu_open(&cfg);
    cr_assert_not(store_clean_start(st));
    lg = topic_log(store_topic_find(st, "t"), 0);
    cr_assert_geq(log_end_offset(lg), 2);
    size_t got;
    uint8_t *all = tu_read_all(lg, 0, &got);
    int recs;
    tu_count_batches(all, got, &recs);
    cr_assert_eq(recs, log_end_offset(lg));
    free(all);
    free(b);
    store_close(st);
}

Test(flush, enospc_short_write_is_cut_back_and_reported)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    cr_assert_eq(tu_append_simple(lg, 2, 100, 1, false), 0);
    struct segment *a = log_active(lg);
    int64_t size = a->size_bytes;
    char p[4200];
    snprintf(p, sizeof p, "%s/t-0/%020d.log", dir.data, 0);
    fio_fail_next(fio, FIO_WRITE, ENOSPC, 70, ".log");
    size_t len;
    uint8_t *b = tb_simple(&len, 3, 100, 1, 2);
    struct log_append_result res;
    struct log_append_opts o = {1, false, 0, NULL, NULL};
    cr_assert_eq(log_append(lg, b, len, &o, &res), -E_NOSPC);
    cr_assert_not(store_offline(st));
    cr_assert_eq(log_end_offset(lg), 2);
    cr_assert_eq(tu_file_size(p), size, "the partial write was cut back");
    cr_assert_eq(log_append(lg, b, len, &o, &res), 0);
    cr_assert_eq(res.base_offset, 2);
    size_t got;
    int recs;
    uint8_t *all = tu_read_all(lg, 0, &got);
    cr_assert_eq(tu_count_batches(all, got, &recs), 2);
    cr_assert_eq(recs, 5);
    free(all);
    free(b);
    store_close(st);
}

Test(flush, short_write_without_error_is_retried)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    fio_fail_next(fio, FIO_WRITE, 0, 33, ".log");
    cr_assert_eq(tu_append_simple(lg, 3, 100, 1, false), 0);
    size_t got;
    uint8_t *all = tu_read_all(lg, 0, &got);
    cr_assert_eq(tu_count_batches(all, got, NULL), 1);
    free(all);
    store_close(st);
}

Test(flush, write_eio_reports_error_and_goes_offline_consistently)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    cr_assert_eq(tu_append_simple(lg, 2, 100, 1, true), 0);
    tu_drain(st);
    fio_fail_next(fio, FIO_WRITE, EIO, 20, ".log");
    cr_assert_eq(tu_append_simple(lg, 2, 100, 1, false), -E_IO);
    cr_assert(store_offline(st));
    store_close(st);
    st = tu_open(&cfg);
    lg = topic_log(store_topic_find(st, "t"), 0);
    cr_assert_eq(log_end_offset(lg), 2);
    store_close(st);
}

Test(flush, enospc_on_segment_roll_is_reported)
{
    struct store_kv kv = {"segment.bytes", "1024"};
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, &kv, 1), 0);
    cr_assert_eq(tu_append_simple(lg, 1, 800, 1, false), 0);
    fio_fail_next(fio, FIO_OPEN, ENOSPC, 0, ".log");
    cr_assert_eq(tu_append_simple(lg, 1, 800, 2, false), -E_NOSPC);
    cr_assert_not(store_offline(st));
    cr_assert_eq(tu_append_simple(lg, 1, 800, 3, false), 1);
    store_close(st);
}
