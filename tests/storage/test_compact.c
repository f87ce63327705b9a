/* test_compact.c - log compaction (cleanup.policy=compact). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "protocol/status.h"
#include "storage/batch.h"
#include "storage/storage_int.h"
#include "faultio.h"
#include "tbatch.h"
#include "tutil.h"

static struct tu_dir dir;
static struct store_config cfg;

static void setup(void)
{
    tu_mkdir(&dir);
    tu_config(&cfg, &dir, NULL);
}

static void teardown(void)
{
    tu_cleanup(&dir);
}

TestSuite(compact, .init = setup, .fini = teardown);

/* A record as found by scan(): offset, key, value (NULL = tombstone). */
struct rec {
    int64_t offset;
    char key[32];
    char value[64];
    bool tomb;
};

static int empty_batches;

/* Every record of the log, in order; checks CRCs and offset order. */
static int scan(struct log *lg, struct rec *out, int max)
{
    size_t len;
    uint8_t *all = tu_read_all(lg, log_start_offset(lg), &len);
    size_t pos = 0;
    int n = 0;
    int64_t last = -1;
    while (pos < len) {
        struct batch_header h;
        cr_assert_eq(batch_parse_header(all + pos, len - pos, &h), 0);
        cr_assert(batch_crc_ok(all + pos, (size_t)batch_size(&h)), "CRC of batch at %lld",
                  (long long)h.base_offset);
        if (h.records_count == 0)
            empty_batches++; /* kept to preserve a segment's last offset */
        struct batch_rec_iter it;
        struct batch_record r;
        batch_rec_iter_init(&it, all + pos + BATCH_HEADER_BYTES,
                            (size_t)batch_size(&h) - BATCH_HEADER_BYTES, h.records_count);
        int rc;
        while ((rc = batch_rec_next(&it, &r)) == 1) {
            cr_assert_lt(n, max);
            struct rec *x = &out[n++];
            x->offset = h.base_offset + r.offset_delta;
            cr_assert_gt(x->offset, last);
            cr_assert_leq(x->offset, batch_last_offset(&h));
            last = x->offset;
            snprintf(x->key, sizeof x->key, "%.*s", r.key.len < 0 ? 0 : (int)r.key.len,
                     r.key.ptr ? (const char *)r.key.ptr : "");
            x->tomb = r.value.len < 0;
            snprintf(x->value, sizeof x->value, "%.*s", r.value.len < 0 ? 0 : (int)r.value.len,
                     r.value.ptr ? (const char *)r.value.ptr : "");
        }
        cr_assert_eq(rc, 0);
        pos += (size_t)batch_size(&h);
    }
    free(all);
    return n;
}

static void put(struct log *lg, const char *k, const char *v, int64_t ts)
{
    size_t len;
    uint8_t *b = tb_kv(&len, k, v, ts);
    struct log_append_result res;
    struct log_append_opts o = {ts, false, 0, NULL, NULL};
    cr_assert_eq(log_append(lg, b, len, &o, &res), 0);
    free(b);
}

static void compact_and_wait(struct store *st, struct log *lg, int64_t now, int expect)
{
    tu_drain(st); /* roll flushes complete: closed segments below the recovery point */
    cr_assert_eq(store_compact_now(st, lg, now), expect);
    tu_drain(st);
    cr_assert_not(store_cleaner_busy(st));
}

static struct log *compacted_topic(struct store *st, const char *name, const char *seg_bytes,
                                   const char *delete_ms)
{
    struct store_kv kv[3] = {{"cleanup.policy", "compact"},
                             {"segment.bytes", seg_bytes},
                             {"delete.retention.ms", delete_ms}};
    return topic_log(tu_topic(st, name, 1, kv, 3), 0);
}

Test(compact, keeps_latest_value_per_key_with_offsets_unchanged)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = compacted_topic(st, "c", "600", "86400000");
    char k[16], v[16];
    for (int round = 0; round < 10; round++)
        for (int i = 0; i < 5; i++) {
            snprintf(k, sizeof k, "k%d", i);
            snprintf(v, sizeof v, "v%d.%d", i, round);
            put(lg, k, v, 1000 + round);
        }
    cr_assert_gt(lg->nsegs, 5);
    int64_t active_base = log_active(lg)->base_offset;
    size_t before = lg->nsegs;
    compact_and_wait(st, lg, 5000, 1);
    cr_assert_eq(lg->nsegs, before, "groups are sized by input: full segments do not merge");
    compact_and_wait(st, lg, 5000, 1);
    cr_assert_lt(lg->nsegs, before, "a second pass merges the shrunken segments");
    struct rec r[64];
    int n = scan(lg, r, 64);
    /* Below the active segment each key appears at most once; every
     * offset kept is where that record was written. */
    int seen[5] = {0};
    for (int i = 0; i < n; i++) {
        int key = r[i].key[1] - '0';
        int round = (int)(r[i].offset / 5);
        cr_assert_eq(r[i].offset % 5, key);
        char want[16];
        snprintf(want, sizeof want, "v%d.%d", key, round);
        cr_assert_str_eq(r[i].value, want);
        if (r[i].offset < active_base)
            seen[key]++;
    }
    for (int i = 0; i < 5; i++)
        cr_assert_leq(seen[i], 1);
    /* The newest value of every key is there. */
    for (int i = 0; i < 5; i++) {
        bool found = false;
        for (int j = 0; j < n; j++)
            if (r[j].offset == 45 + i)
                found = true;
        cr_assert(found);
    }
    cr_assert_eq(log_end_offset(lg), 50);
    cr_assert_eq(tu_append_simple(lg, 1, 1, 9, false), 50);
    store_close(st);
}

Test(compact, batch_losing_records_is_rebuilt_with_same_offsets_and_new_crc)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = compacted_topic(st, "c", "100000", "86400000");
    struct tb_rec recs[3] = {{"a", 1, "1", 1, 0, -1}, {"b", 1, "1", 1, 1, -1},
                             {"a", 1, "2", 1, 2, -1}};
    size_t len;
    uint8_t *b = tb_build(&len, 100, 0, recs, 3);
    cr_assert_eq(tu_append(st, lg, b, len, false, 100, NULL), 0);
    free(b);
    put(lg, "a", "3", 200); /* offset 3 */
    cr_assert_eq(log_roll(lg, 300), 0);
    put(lg, "z", "z", 300);
    compact_and_wait(st, lg, 400, 1);
    size_t got;
    uint8_t *all = tu_read_all(lg, 0, &got);
    struct batch_header h;
    cr_assert_eq(batch_parse_header(all, got, &h), 0);
    cr_assert_eq(h.base_offset, 0);
    cr_assert_eq(h.last_offset_delta, 2, "last offset kept");
    cr_assert_eq(h.records_count, 1);
    cr_assert_eq(h.max_timestamp, 101, "recomputed from the surviving record");
    cr_assert(batch_crc_ok(all, (size_t)batch_size(&h)));
    struct rec r[8];
    int n = scan(lg, r, 8);
    cr_assert_eq(n, 3);
    cr_assert_eq(r[0].offset, 1);
    cr_assert_str_eq(r[0].key, "b");
    cr_assert_eq(r[1].offset, 3);
    cr_assert_eq(r[2].offset, 4);
    free(all);
    store_close(st);
}

Test(compact, emptied_last_batch_keeps_segment_end_and_reads_skip_it)
{
    struct store *st = tu_open(&cfg);
    /* 150 bytes: the two closed segments (144 and 71 bytes) are cleaned as
     * separate groups. */
    struct log *lg = compacted_topic(st, "c", "150", "86400000");
    put(lg, "keep", "1", 1); /* offset 0 */
    put(lg, "a", "1", 2);    /* offset 1 */
    cr_assert_eq(log_roll(lg, 3), 0);
    put(lg, "a", "2", 3); /* offset 2: supersedes offset 1 once closed */
    cr_assert_eq(log_roll(lg, 4), 0);
    put(lg, "z", "z", 5); /* offset 3, active */
    compact_and_wait(st, lg, 10, 1);
    cr_assert_eq(lg->segs[1]->base_offset, 2, "segments still join up");
    struct segment *s0 = lg->segs[0];
    cr_assert_eq(s0->next_offset, 2, "the cleaned segment still ends at offset 1");
    empty_batches = 0;
    struct rec r[8];
    int n = scan(lg, r, 8);
    cr_assert_eq(n, 3);
    cr_assert_eq(empty_batches, 1);
    /* A fetch at offset 1 lands on the record-less batch; it must not be
     * the whole answer. */
    struct log_read_result rr;
    cr_assert_eq(log_read(lg, 1, 1, LOG_READ_HIGH_WATERMARK, &rr), 0);
    int recs;
    uint8_t buf[4096];
    size_t got = 0;
    for (uint32_t i = 0; i < rr.nspans; i++) {
        cr_assert_eq(pread(rr.spans[i].fd, buf + got, (size_t)rr.spans[i].len,
                           rr.spans[i].offset),
                     rr.spans[i].len);
        got += (size_t)rr.spans[i].len;
    }
    tu_count_batches(buf, got, &recs);
    cr_assert_geq(recs, 1);
    log_read_release(&rr);
    /* An unclean restart scanning everything keeps all of it. */
    store_close(st);
    char p[4200];
    snprintf(p, sizeof p, "%s/.sluice_cleanshutdown", dir.data);
    unlink(p);
    snprintf(p, sizeof p, "%s/partition-state-checkpoint", dir.data);
    unlink(p);
    st = tu_open(&cfg);
    lg = topic_log(store_topic_find(st, "c"), 0);
    cr_assert_eq(log_end_offset(lg), 4);
    cr_assert_eq(scan(lg, r, 8), 3);
    store_close(st);
}

Test(compact, tombstones_removed_after_delete_retention)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = compacted_topic(st, "c", "100000", "1000");
    put(lg, "a", "1", 10);
    put(lg, "b", "1", 10);
    put(lg, "a", NULL, 20);
    cr_assert_eq(log_roll(lg, 30), 0);
    put(lg, "x", "x", 30);
    compact_and_wait(st, lg, 500, 1);
    struct rec r[8];
    int n = scan(lg, r, 8);
    cr_assert_eq(n, 3, "a=1 gone, tombstone kept within delete.retention.ms");
    cr_assert_str_eq(r[0].key, "b");
    cr_assert(r[1].tomb);
    compact_and_wait(st, lg, 5000, 1);
    n = scan(lg, r, 8);
    cr_assert_eq(n, 2, "tombstone dropped after delete.retention.ms");
    cr_assert_str_eq(r[0].key, "b");
    cr_assert_str_eq(r[1].key, "x");
    store_close(st);
}

Test(compact, null_keys_kept_and_active_segment_untouched)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = compacted_topic(st, "c", "100000", "1000");
    struct tb_rec nk = {NULL, -1, "nokey", 5, 0, -1};
    size_t len;
    uint8_t *b = tb_build(&len, 1, 0, &nk, 1);
    cr_assert_eq(tu_append(st, lg, b, len, false, 1, NULL), 0);
    cr_assert_eq(tu_append(st, lg, b, len, false, 1, NULL), 0);
    free(b);
    put(lg, "a", "1", 2);
    log_roll(lg, 3);
    put(lg, "a", "2", 3);
    put(lg, "a", "3", 4);
    compact_and_wait(st, lg, 10, 1);
    struct rec r[8];
    int n = scan(lg, r, 8);
    cr_assert_eq(n, 5, "the cleaned part keeps a=1: the map only covers closed segments");
    store_close(st);
}

static int fake_decompress(void *ctx, int codec, const uint8_t *in, size_t in_len, size_t max_len,
                           uint8_t **out, size_t *out_len)
{
    (void)ctx;
    (void)codec;
    if (in_len > max_len)
        return -E_TOOBIG;
    *out = malloc(in_len + 1);
    memcpy(*out, in, in_len);
    *out_len = in_len;
    return 0;
}

static void put_batch(struct store *st, struct log *lg, int16_t attrs)
{
    struct tb_rec recs[2] = {{"a", 1, "1", 1, 0, -1}, {"b", 1, "1", 1, 1, -1}};
    size_t len;
    uint8_t *b = tb_build(&len, 1, attrs, recs, 2);
    cr_assert_eq(tu_append(st, lg, b, len, false, 1, NULL), 0);
    free(b);
}

Test(compact, compressed_batch_kept_whole_without_hook)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = compacted_topic(st, "c", "100000", "1000");
    put_batch(st, lg, 1 /* "gzip": the bytes are opaque to storage */);
    put(lg, "a", "2", 2);
    log_roll(lg, 3);
    put(lg, "z", "z", 3);
    compact_and_wait(st, lg, 10, 1);
    size_t got;
    uint8_t *all = tu_read_all(lg, 0, &got);
    struct batch_header h;
    cr_assert_eq(batch_parse_header(all, got, &h), 0);
    cr_assert_eq(h.records_count, 2, "kept whole");
    cr_assert_eq(batch_codec(&h), 1);
    free(all);
    store_close(st);
}

Test(compact, compressed_batch_rebuilt_through_decompress_hook)
{
    cfg.codec.decompress = fake_decompress;
    struct store *st = tu_open(&cfg);
    struct log *lg = compacted_topic(st, "c", "100000", "1000");
    put_batch(st, lg, 1);
    put(lg, "a", "2", 2);
    log_roll(lg, 3);
    put(lg, "z", "z", 3);
    compact_and_wait(st, lg, 10, 1);
    size_t got;
    uint8_t *all = tu_read_all(lg, 0, &got);
    struct batch_header h;
    cr_assert_eq(batch_parse_header(all, got, &h), 0);
    cr_assert_eq(h.records_count, 1);
    cr_assert_eq(batch_codec(&h), 0, "stored uncompressed: no compress hook");
    cr_assert(batch_crc_ok(all, (size_t)batch_size(&h)));
    free(all);
    store_close(st);
}

Test(compact, readers_spans_survive_and_restart_sees_result)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = compacted_topic(st, "c", "400", "1000");
    for (int i = 0; i < 30; i++)
        put(lg, i % 2 ? "odd" : "even", "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvv", i);
    struct log_read_result r;
    cr_assert_eq(log_read(lg, 0, 1 << 20, LOG_READ_HIGH_WATERMARK, &r), 0);
    int64_t span_len = r.spans[0].len;
    compact_and_wait(st, lg, 100, 1);
    uint8_t *buf = malloc((size_t)span_len);
    cr_assert_eq(pread(r.spans[0].fd, buf, (size_t)span_len, r.spans[0].offset), span_len);
    cr_assert_eq(tb_base_offset(buf), 0, "the old file still serves the old bytes");
    free(buf);
    log_read_release(&r);
    struct rec recs[64];
    int n = scan(lg, recs, 64);
    store_close(st);
    st = tu_open(&cfg);
    lg = topic_log(store_topic_find(st, "c"), 0);
    struct rec again[64];
    cr_assert_eq(scan(lg, again, 64), n);
    for (int i = 0; i < n; i++)
        cr_assert_eq(again[i].offset, recs[i].offset);
    store_close(st);
}

Test(compact, not_started_for_delete_policy_or_unflushed_segments)
{
    struct store *st = tu_open(&cfg);
    struct log *del = topic_log(tu_topic(st, "d", 1, NULL, 0), 0);
    put(del, "a", "1", 1);
    log_roll(del, 2);
    put(del, "a", "2", 2);
    tu_drain(st);
    cr_assert_eq(store_compact_now(st, del, 10), 0);
    struct log *lg = compacted_topic(st, "c", "100000", "1000");
    put(lg, "a", "1", 1);
    cr_assert_eq(store_compact_now(st, lg, 10), 0, "only the active segment");
    store_close(st);
}

Test(compact, tick_picks_dirty_log)
{
    cfg.log_cleaner_enable = true;
    cfg.log_cleaner_backoff_ms = 0;
    struct store *st = tu_open(&cfg);
    struct log *lg = compacted_topic(st, "c", "300", "1000");
    for (int i = 0; i < 40; i++)
        put(lg, "same", "value-value-value", i);
    tu_drain(st);
    struct rec r[64];
    cr_assert_eq(scan(lg, r, 64), 40);
    store_tick(st, 1000);
    tu_drain(st);
    cr_assert_lt(scan(lg, r, 64), 10);
    store_close(st);
}

Test(compact, delete_topic_while_cleaning)
{
    struct store *st = tu_open(&cfg);
    struct log *lg = compacted_topic(st, "c", "300", "1000");
    for (int i = 0; i < 200; i++)
        put(lg, i % 3 ? "a" : "b", "value-value-value", i);
    tu_drain(st);
    cr_assert_eq(store_compact_now(st, lg, 1000), 1);
    cr_assert_eq(store_topic_delete(st, store_topic_find(st, "c"), NULL, NULL), 0);
    tu_drain(st);
    cr_assert_null(store_topic_find(st, "c"));
    struct log *again = compacted_topic(st, "c", "300", "1000");
    cr_assert_eq(log_end_offset(again), 0);
    store_close(st);
}

/* Crash at many points of a compaction: whatever survives must read as a
 * valid compaction of the original log. */
Test(compact, crash_during_compaction_recovers_old_or_new)
{
    int tested = 0;
    for (uint64_t n = 1; n < 400; n += 4) {
        struct tu_dir d;
        tu_mkdir(&d);
        struct fio *f = fio_new(d.data);
        struct store_config c;
        tu_config(&c, &d, fio_io(f));
        struct store *st = tu_open(&c);
        struct log *lg = compacted_topic(st, "c", "400", "1000000");
        char k[8], v[16];
        for (int i = 0; i < 40; i++) {
            snprintf(k, sizeof k, "k%d", i % 4);
            snprintf(v, sizeof v, "v%d", i);
            put(lg, k, v, i);
        }
        cr_assert_eq(log_request_flush(lg), 0);
        tu_drain(st);
        uint64_t base = fio_calls(f);
        fio_set_crash_at(f, base + n);
        int rc = store_compact_now(st, lg, 100);
        tu_drain(st);
        bool crashed = fio_crashed(f);
        store_close(st);
        fio_crash_apply(f, n);
        st = tu_open(&c);
        lg = topic_log(store_topic_find(st, "c"), 0);
        struct rec r[64];
        int cnt = scan(lg, r, 64);
        cr_assert_eq(log_end_offset(lg), 40, "crash point %llu", (unsigned long long)n);
        for (int i = 0; i < cnt; i++) {
            char want[16];
            snprintf(want, sizeof want, "v%lld", (long long)r[i].offset);
            cr_assert_str_eq(r[i].value, want);
        }
        for (int key = 0; key < 4; key++) {
            bool found = false;
            for (int i = 0; i < cnt; i++)
                found |= r[i].offset == 36 + key;
            cr_assert(found, "latest of k%d lost at crash point %llu", key,
                      (unsigned long long)n);
        }
        store_close(st);
        fio_free(f);
        tu_cleanup(&d);
        tested++;
        if (!crashed && rc == 1)
            break; /* the crash point lies past the whole compaction */
    }
    cr_assert_gt(tested, 10);
}
