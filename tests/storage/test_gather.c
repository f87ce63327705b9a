/*
 * test_gather.c - durable appends gathered while their log's sync runs
 * (log.c): written once, invisible until written, never lost or torn, and
 * written first by anything that must see them.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"
#include "storage/storage_int.h"
#include "faultio.h"
#include "tbatch.h"
#include "tutil.h"

static struct tu_dir dir;
static struct store_config cfg;
static struct fio *fio;
static char log_path[4200];

static void setup(void)
{
    tu_mkdir(&dir);
    fio = fio_new(dir.data);
    tu_config(&cfg, &dir, fio_io(fio));
    cfg.log_segment_bytes = 1 << 20;
    snprintf(log_path, sizeof log_path, "%s/t-0/%020d.log", dir.data, 0);
}

static void teardown(void)
{
    fio_free(fio);
    tu_cleanup(&dir);
}

TestSuite(gather, .init = setup, .fini = teardown);

#define N 40

struct acks {
    int calls, failed;
    int64_t last; /* last offset acknowledged, in order */
    bool out_of_order;
};

static void ack_cb(void *arg, int status, const struct log_append_result *res)
{
    struct acks *a = arg;
    a->calls++;
    if (status) {
        a->failed++;
        return;
    }
    if (res->last_offset <= a->last)
        a->out_of_order = true;
    a->last = res->last_offset;
}

static uint8_t *batches[N + 1];
static size_t lens[N + 1];

static void make_batches(int n, size_t value_size)
{
    for (int i = 0; i < n; i++)
        batches[i] = tb_simple(&lens[i], 4, value_size, 1000 + 10 * i, (uint32_t)i + 1);
}

static void free_batches(int n)
{
    for (int i = 0; i < n; i++)
        free(batches[i]);
}

static void append(struct log *lg, int i, bool durable, struct acks *a)
{
    struct log_append_result res;
    struct log_append_opts o = {1, durable, 0, ack_cb, a};
    cr_assert_eq(log_append(lg, batches[i], lens[i], &o, &res), 0, "append %d", i);
    cr_assert_eq(res.base_offset, 4 * i);
    cr_assert_eq(res.pending, durable);
}

/* Every stored batch equals what was appended, from the magic byte on
 * (the offset and leader epoch before it are the broker's). */
static void check_log(struct log *lg, int n)
{
    size_t got;
    uint8_t *all = tu_read_all(lg, 0, &got);
    size_t pos = 0;
    for (int i = 0; i < n; i++) {
        cr_assert_leq(pos + lens[i], got, "batch %d missing", i);
        cr_assert_eq(memcmp(all + pos + 8, batches[i] + 8, 4), 0, "batch %d length", i);
        cr_assert_eq(memcmp(all + pos + 16, batches[i] + 16, lens[i] - 16), 0, "batch %d bytes",
                     i);
        pos += lens[i];
    }
    cr_assert_eq(pos, got, "nothing after the last batch");
    free(all);
}

Test(gather, appends_during_a_running_sync_are_written_once_and_synced_together)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    tu_drain(st);
    make_batches(N, 1000);
    struct acks a = {.last = -1};
    fio_set_fsync_delay_ms(fio, 150);
    append(lg, 0, true, &a); /* written at once; its sync is now running */
    int64_t first_end = tu_file_size(log_path);
    cr_assert_eq(first_end, (int64_t)lens[0]);
    uint64_t writes = fio_calls_of(fio, FIO_WRITE);
    for (int i = 1; i < N; i++)
        append(lg, i, true, &a);
    cr_assert_eq(fio_calls_of(fio, FIO_WRITE), writes, "no write while gathering");
    cr_assert_eq(tu_file_size(log_path), first_end, "gathered, not written");
    cr_assert_eq(log_end_offset(lg), 4 * N);
    cr_assert_eq(log_high_watermark(lg), 4, "gathered appends are not visible yet");
    uint64_t r0, s0;
    flusher_stats(st->fl, &r0, &s0);
    tu_drain(st);
    uint64_t r1, s1;
    flusher_stats(st->fl, &r1, &s1);
    cr_assert_eq(fio_calls_of(fio, FIO_WRITE), writes + 1, "all %d written by one write()", N - 1);
    cr_assert_eq(a.calls, N);
    cr_assert_eq(a.failed, 0);
    cr_assert_not(a.out_of_order);
    cr_assert_eq(a.last, 4 * N - 1);
    cr_assert_leq(s1 - s0, 2, "the running sync and one more cover all %d appends", N);
    cr_assert_eq(log_high_watermark(lg), 4 * N);
    cr_assert_eq(log_recovery_point(lg), 4 * N);
    check_log(lg, N);
    store_close(st);

    /* And they are on disk as appended. */
    fio_set_fsync_delay_ms(fio, 0);
    st = tu_open(&cfg);
    lg = topic_log(store_topic_find(st, "t"), 0);
    cr_assert_eq(log_end_offset(lg), 4 * N);
    check_log(lg, N);
    store_close(st);
    free_batches(N);
}

Test(gather, a_non_durable_append_writes_the_gathered_ones_first)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    tu_drain(st);
    make_batches(5, 200);
    struct acks a = {.last = -1}, b = {.last = -1};
    fio_set_fsync_delay_ms(fio, 100);
    for (int i = 0; i < 4; i++)
        append(lg, i, true, &a);
    cr_assert_eq(log_high_watermark(lg), 4);
    append(lg, 4, false, &b);
    cr_assert_eq(log_high_watermark(lg), 20, "an acks=1 append is visible at once, with all before it");
    check_log(lg, 5);
    cr_assert_eq(a.calls, 0, "the durable ones still wait for their sync");
    tu_drain(st);
    cr_assert_eq(a.calls, 4);
    cr_assert_eq(a.failed, 0);
    cr_assert_eq(log_recovery_point(lg), 20);
    store_close(st);
    free_batches(5);
}

Test(gather, reads_past_the_high_watermark_and_timestamp_lookups_write_them)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    tu_drain(st);
    make_batches(6, 300);
    struct acks a = {.last = -1};
    fio_set_fsync_delay_ms(fio, 100);
    for (int i = 0; i < 3; i++)
        append(lg, i, true, &a);
    cr_assert_eq(log_high_watermark(lg), 4);

    /* A consumer behind the high watermark does not need them. */
    struct log_read_result r;
    cr_assert_eq(log_read(lg, 0, 1 << 20, LOG_READ_HIGH_WATERMARK, &r), 0);
    cr_assert_eq(r.bytes, (int64_t)lens[0]);
    log_read_release(&r);
    cr_assert_eq(log_high_watermark(lg), 4);

    /* One waiting at the high watermark gets them written and sees them. */
    cr_assert_eq(log_read(lg, 4, 1 << 20, LOG_READ_HIGH_WATERMARK, &r), 0);
    cr_assert_eq(r.bytes, (int64_t)(lens[1] + lens[2]));
    cr_assert_eq(r.high_watermark, 12, "reported with the records (clients skip records past it)");
    cr_assert_eq(r.last_stable_offset, 12);
    log_read_release(&r);
    cr_assert_eq(log_high_watermark(lg), 12);

    /* So does a follower-style read (to the log end). */
    append(lg, 3, true, &a);
    cr_assert_eq(log_read(lg, 0, 1 << 20, LOG_READ_LOG_END, &r), 0);
    cr_assert_eq(r.bytes, (int64_t)(lens[0] + lens[1] + lens[2] + lens[3]));
    log_read_release(&r);
    cr_assert_eq(log_high_watermark(lg), 16);

    /* A timestamp lookup that lands on a gathered batch. */
    for (int i = 4; i < 6; i++)
        append(lg, i, true, &a);
    cr_assert_eq(log_high_watermark(lg), 16);
    int64_t off, ts;
    cr_assert_eq(log_offset_for_timestamp(lg, 1040, &off, &ts), 0);
    cr_assert_eq(off, 16);
    cr_assert_eq(ts, 1040);
    cr_assert_eq(log_high_watermark(lg), 24);
    tu_drain(st);
    cr_assert_eq(a.calls, 6);
    cr_assert_eq(a.failed, 0);
    check_log(lg, 6);
    store_close(st);
    free_batches(6);
}

Test(gather, a_roll_writes_them_into_the_segment_it_closes)
{
    cfg.log_segment_bytes = 16 * 1024; /* a roll every 3 batches */
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    tu_drain(st);
    make_batches(N, 1000);
    struct acks a = {.last = -1};
    fio_set_fsync_delay_ms(fio, 20);
    for (int i = 0; i < N; i++)
        append(lg, i, true, &a);
    tu_drain(st);
    cr_assert_eq(a.calls, N);
    cr_assert_eq(a.failed, 0);
    cr_assert_not(a.out_of_order);
    cr_assert_gt(lg->nsegs, 10);
    check_log(lg, N);
    store_close(st);
    fio_set_fsync_delay_ms(fio, 0);
    st = tu_open(&cfg);
    lg = topic_log(store_topic_find(st, "t"), 0);
    check_log(lg, N);
    store_close(st);
    free_batches(N);
}

Test(gather, a_full_buffer_is_written_and_a_batch_larger_than_it_goes_straight_to_the_file)
{
    cr_assert_eq(store_config_set(&cfg, "sluice.append.gather.bytes", "4096"), 0);
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    tu_drain(st);
    make_batches(20, 250); /* about 1.1 KiB each: 3 fit in the buffer */
    batches[20] = tb_simple(&lens[20], 4, 3000, 2000, 99);
    struct acks a = {.last = -1};
    fio_set_fsync_delay_ms(fio, 100);
    int64_t total = 0;
    for (int i = 0; i < 20; i++) {
        append(lg, i, true, &a);
        total += (int64_t)lens[i];
        int64_t held = total - tu_file_size(log_path);
        cr_assert(held >= 0 && held <= 4096, "at most one buffer held back (%ld)", (long)held);
    }
    cr_assert_gt(lens[20], 4096);
    struct log_append_result res;
    struct log_append_opts o = {1, true, 0, ack_cb, &a};
    cr_assert_eq(log_append(lg, batches[20], lens[20], &o, &res), 0);
    cr_assert_eq(tu_file_size(log_path), total + (int64_t)lens[20], "written with all before it");
    cr_assert_eq(log_high_watermark(lg), log_end_offset(lg));
    tu_drain(st);
    cr_assert_eq(a.calls, 21);
    cr_assert_eq(a.failed, 0);
    cr_assert_not(a.out_of_order);
    check_log(lg, 21);
    store_close(st);
    free_batches(21);
}

Test(gather, zero_bytes_writes_every_append_at_once)
{
    cr_assert_eq(store_config_set(&cfg, "sluice.append.gather.bytes", "0"), 0);
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    tu_drain(st);
    make_batches(5, 200);
    struct acks a = {.last = -1};
    fio_set_fsync_delay_ms(fio, 100);
    for (int i = 0; i < 5; i++) {
        append(lg, i, true, &a);
        cr_assert_eq(log_high_watermark(lg), 4 * (i + 1));
    }
    tu_drain(st);
    cr_assert_eq(a.calls, 5);
    cr_assert_eq(a.failed, 0);
    store_close(st);
    free_batches(5);
}

Test(gather, a_failed_gathered_write_fails_them_and_takes_the_dir_offline)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(tu_topic(st, "t", 1, NULL, 0), 0);
    tu_drain(st);
    make_batches(6, 500);
    struct acks first = {.last = -1}, rest = {.last = -1};
    fio_set_fsync_delay_ms(fio, 100);
    append(lg, 0, true, &first);
    for (int i = 1; i < 6; i++)
        append(lg, i, true, &rest);
    fio_fail_next(fio, FIO_WRITE, ENOSPC, 700, ".log"); /* torn, then the disk is full */
    tu_drain(st);
    cr_assert_eq(first.calls, 1);
    cr_assert_eq(first.failed, 0, "synced before the failure");
    cr_assert_eq(rest.calls, 5);
    cr_assert_eq(rest.failed, 5, "never acknowledged");
    cr_assert(store_offline(st));
    struct log_append_result res;
    struct log_append_opts o = {1, false, 0, NULL, NULL};
    cr_assert_eq(log_append(lg, batches[1], lens[1], &o, &res), -E_IO);
    store_close(st);

    /* The next start keeps the acknowledged batch and cuts the torn one. */
    fio_set_fsync_delay_ms(fio, 0);
    st = tu_open(&cfg);
    cr_assert_not(store_clean_start(st));
    lg = topic_log(store_topic_find(st, "t"), 0);
    cr_assert_eq(log_end_offset(lg), 4);
    check_log(lg, 1);
    store_close(st);
    free_batches(6);
}

Test(gather, deleting_the_topic_fails_the_gathered_appends)
{
    struct store *st = tu_open(&cfg);
    struct topic *t = tu_topic(st, "t", 1, NULL, 0);
    struct log *lg = topic_log(t, 0);
    tu_drain(st);
    make_batches(4, 500);
    struct acks a = {.last = -1};
    fio_set_fsync_delay_ms(fio, 100);
    for (int i = 0; i < 4; i++)
        append(lg, i, true, &a);
    struct tu_done d = {0};
    cr_assert_eq(store_topic_delete(st, t, tu_done_cb, &d), 0);
    tu_drain(st);
    cr_assert_eq(a.calls, 4);
    cr_assert_eq(a.failed, 4, "a deleted log acknowledges nothing");
    cr_assert_not(store_offline(st));
    store_close(st);
    free_batches(4);
}
