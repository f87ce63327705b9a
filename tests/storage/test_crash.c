/*
 * test_crash.c - crash at random points of a stream of appends with mixed
 * durability requests, apply the page-cache model (faultio.h), restart and
 * check: every append acknowledged as durable is there byte for byte, the
 * log is an exact prefix of what was appended (nothing torn, nothing
 * invented), and the log takes appends again.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"
#include "storage/batch.h"
#include "storage/storage_int.h"
#include "faultio.h"
#include "tbatch.h"
#include "tutil.h"

#define NPARTS 3
#define NAPPENDS 60

struct attempt {
    uint8_t *bytes;
    size_t len;
    int64_t base;
    bool durable;
    int acked; /* 1: durable ack with status 0 */
};

struct stream {
    struct attempt a[NPARTS][NAPPENDS];
    int n[NPARTS];
};

static uint64_t rnd(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static void ack_cb(void *arg, int status, const struct log_append_result *res)
{
    (void)res;
    struct attempt *a = arg;
    a->acked = status == 0 ? 1 : -1;
}

/* Run the stream; returns the number of fio calls it made. */
static uint64_t run_stream(struct fio *f, struct store *st, struct topic *t, uint64_t seed,
                           struct stream *s)
{
    uint64_t start = fio_calls(f);
    uint64_t r = seed * 7919 + 17;
    int64_t now = 1000;
    memset(s, 0, sizeof *s);
    for (int i = 0; i < NAPPENDS; i++) {
        int p = (int)(rnd(&r) % NPARTS);
        int nrec = 1 + (int)(rnd(&r) % 4);
        size_t vsize = 20 + (size_t)(rnd(&r) % 300);
        bool durable = rnd(&r) % 2;
        size_t len;
        uint8_t *b = tb_simple(&len, nrec, vsize, now, (uint32_t)rnd(&r));
        struct attempt *a = &s->a[p][s->n[p]];
        struct log_append_result res;
        struct log_append_opts o = {now, durable, 0, ack_cb, a};
        int rc = log_append(topic_log(t, p), b, len, &o, &res);
        if (rc) {
            free(b);
        } else {
            a->bytes = b;
            a->len = len;
            a->base = res.base_offset;
            a->durable = res.pending;
            s->n[p]++;
        }
        now += (int64_t)(rnd(&r) % 50);
        switch (rnd(&r) % 8) {
        case 0:
            store_wait(st, 0);
            break;
        case 1:
            store_tick(st, now += 70000); /* offsets checkpoint, retention */
            break;
        case 2:
            (void)log_roll(topic_log(t, p), now);
            break;
        default:
            break;
        }
    }
    tu_drain(st);
    return fio_calls(f) - start;
}

static void free_stream(struct stream *s)
{
    for (int p = 0; p < NPARTS; p++)
        for (int i = 0; i < s->n[p]; i++)
            free(s->a[p][i].bytes);
}

static void verify(struct store *st, const struct stream *s, uint64_t seed, uint64_t point)
{
    struct topic *t = store_topic_find(st, "c");
    cr_assert_not_null(t, "topic lost (seed %llu, crash %llu)", (unsigned long long)seed,
                       (unsigned long long)point);
    for (int p = 0; p < NPARTS; p++) {
        struct log *lg = topic_log(t, p);
        size_t len;
        uint8_t *all = tu_read_all(lg, 0, &len);
        size_t pos = 0;
        int k = 0;
        while (pos < len) {
            cr_assert_lt(k, s->n[p], "more batches than appended (p%d seed %llu crash %llu)", p,
                         (unsigned long long)seed, (unsigned long long)point);
            const struct attempt *a = &s->a[p][k];
            cr_assert_leq(pos + a->len, len, "torn batch served");
            cr_assert_eq(tb_base_offset(all + pos), a->base);
            cr_assert_eq(memcmp(all + pos + 8, a->bytes + 8, a->len - 8), 0,
                         "batch %d of p%d differs (seed %llu crash %llu)", k, p,
                         (unsigned long long)seed, (unsigned long long)point);
            pos += a->len;
            k++;
        }
        for (int i = k; i < s->n[p]; i++)
            cr_assert_neq(s->a[p][i].acked, 1,
                          "durably acknowledged batch %d of p%d lost (seed %llu crash %llu)", i,
                          p, (unsigned long long)seed, (unsigned long long)point);
        int64_t end = k ? s->a[p][k - 1].base : 0;
        if (k) {
            struct batch_header h;
            batch_parse_header(s->a[p][k - 1].bytes, s->a[p][k - 1].len, &h);
            end += h.last_offset_delta + 1;
        }
        cr_assert_eq(log_end_offset(lg), end);
        cr_assert_eq(tu_append_simple(lg, 1, 8, 1, false), end, "appendable after recovery");
        free(all);
    }
}

static uint64_t calibrate(void)
{
    struct tu_dir d;
    tu_mkdir(&d);
    struct fio *f = fio_new(d.data);
    struct store_config c;
    tu_config(&c, &d, fio_io(f));
    c.log_segment_bytes = 2048;
    c.log_index_interval_bytes = 256;
    struct store *st = tu_open(&c);
    struct topic *t = tu_topic(st, "c", NPARTS, NULL, 0);
    tu_drain(st);
    struct stream *s = malloc(sizeof *s);
    uint64_t calls = run_stream(f, st, t, 12345, s);
    store_close(st);
    free_stream(s);
    free(s);
    fio_free(f);
    tu_cleanup(&d);
    return calls;
}

/* Runs streams with random crash points until `want` of them crashed
 * mid-stream; seeds are disjoint per part. Returns the number of runs. */
static int crash_runs(int part, int want)
{
    uint64_t span = calibrate();
    cr_assert_gt(span, 100);
    int crashed = 0, iters = 0;
    uint64_t r = 0xC0FFEE + (uint64_t)part * 1000003;
    struct stream *s = malloc(sizeof *s);
    while (crashed < want && iters < 3 * want) {
        uint64_t seed = (uint64_t)part * 100000 + (uint64_t)iters + 1;
        struct tu_dir d;
        tu_mkdir(&d);
        struct fio *f = fio_new(d.data);
        struct store_config c;
        tu_config(&c, &d, fio_io(f));
        c.log_segment_bytes = 2048;
        c.log_index_interval_bytes = 256;
        /* Part 2 never uses syncfs (fdatasync per file, fsync per
         * directory); part 3 always does; part 4 gathers durable appends
         * in a buffer smaller than a segment (so it fills and is written
         * mid-sync); part 1 uses the defaults. */
        if (part == 2)
            c.sluice_flush_syncfs_threshold = 0;
        if (part == 3)
            c.sluice_flush_syncfs_threshold = 1;
        if (part == 4)
            c.sluice_append_gather_bytes = 1500;
        struct store *st = tu_open(&c);
        struct topic *t = tu_topic(st, "c", NPARTS, NULL, 0);
        tu_drain(st);
        uint64_t point = fio_calls(f) + 1 + rnd(&r) % (span + span / 5);
        fio_set_crash_at(f, point);
        run_stream(f, st, t, seed, s);
        bool did = fio_crashed(f);
        store_close(st);
        crashed += did;
        fio_crash_apply(f, seed);
        st = tu_open(&c);
        verify(st, s, seed, point);
        store_close(st);
        free_stream(s);
        fio_free(f);
        tu_cleanup(&d);
        iters++;
    }
    free(s);
    cr_log_info("crash points part %d: %d runs, %d crashed mid-stream", part, iters, crashed);
    cr_assert_geq(crashed, want, "crashed %d of %d runs", crashed, iters);
    return iters;
}

/* 4 x 55 = 220 crash points inside the stream (split for --jobs). */
Test(crash, random_crash_points_keep_every_durable_append_1) { crash_runs(1, 55); }
Test(crash, random_crash_points_keep_every_durable_append_2) { crash_runs(2, 55); }
Test(crash, random_crash_points_keep_every_durable_append_3) { crash_runs(3, 55); }
Test(crash, random_crash_points_keep_every_durable_append_4) { crash_runs(4, 55); }

Test(crash, crash_while_topics_change_keeps_metadata_consistent)
{
    uint64_t r = 99;
    for (int iter = 0; iter < 60; iter++) {
        struct tu_dir d;
        tu_mkdir(&d);
        struct fio *f = fio_new(d.data);
        struct store_config c;
        tu_config(&c, &d, fio_io(f));
        struct store *st = tu_open(&c);
        struct topic *keep = tu_topic(st, "keep", 2, NULL, 0);
        struct kuuid id = *topic_id(keep);
        tu_drain(st);
        fio_set_crash_at(f, fio_calls(f) + 1 + rnd(&r) % 120);
        struct topic *a = NULL;
        (void)store_topic_create(st, "a", 3, NULL, 0, NULL, NULL, &a, NULL);
        store_wait(st, 0);
        if (a && !store_offline(st))
            (void)store_topic_add_partitions(st, a, 5, NULL, NULL);
        struct store_kv kv = {"retention.ms", "5000"};
        if (!store_offline(st))
            (void)store_topic_alter_configs(st, keep, &kv, 1, false, NULL, NULL, NULL);
        store_wait(st, 0);
        a = store_topic_find(st, "a");
        if (a && !store_offline(st))
            (void)store_topic_delete(st, a, NULL, NULL);
        tu_drain(st);
        store_close(st);
        fio_crash_apply(f, (uint64_t)iter);
        st = tu_open(&c);
        keep = store_topic_find(st, "keep");
        cr_assert_not_null(keep);
        cr_assert_eq(memcmp(topic_id(keep)->b, id.b, 16), 0);
        cr_assert_eq(topic_partition_count(keep), 2);
        a = store_topic_find(st, "a");
        if (a) {
            int32_t n = topic_partition_count(a);
            cr_assert(n == 3 || n == 5);
            for (int32_t p = 0; p < n; p++)
                cr_assert_eq(tu_append_simple(topic_log(a, p), 1, 1, 1, false), 0);
        }
        store_close(st);
        fio_free(f);
        tu_cleanup(&d);
    }
}
