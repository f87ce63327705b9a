/* test_segment.c - one segment: lookups, lazy loading, eviction. */
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
    cfg.sluice_open_segments_max = 2;
    st = tu_open(&cfg);
}

static void teardown(void)
{
    store_close(st);
    tu_cleanup(&dir);
}

TestSuite(segment, .init = setup, .fini = teardown);

Test(segment, find_walks_from_index_entry_to_containing_batch)
{
    struct log *lg = topic_log(tu_topic(st, "s", 1, NULL, 0), 0);
    for (int i = 0; i < 40; i++)
        tu_append_simple(lg, 3, 200, i, false); /* 3 offsets per batch */
    struct segment *s = log_active(lg);
    cr_assert_gt(s->idx.n, 3);
    int64_t pos;
    struct batch_header h;
    for (int64_t o = 0; o < 120; o += 7) {
        cr_assert_eq(seg_find(s, o, &pos, &h), 0);
        cr_assert_eq(h.base_offset, o / 3 * 3);
    }
    cr_assert_eq(seg_find(s, 120, &pos, &h), -E_NOTFOUND);
    cr_assert_eq(seg_read_header(s, s->size_bytes - 10, &h), -E_CORRUPT);
}

Test(segment, closed_segments_are_evicted_and_reloaded_lazily)
{
    struct store_kv kv = {"segment.bytes", "2048"};
    struct log *lg = topic_log(tu_topic(st, "s", 1, &kv, 1), 0);
    for (int i = 0; i < 20; i++)
        tu_append_simple(lg, 1, 500, 100 + i, false);
    cr_assert_gt(lg->nsegs, 4);
    struct segment *s0 = lg->segs[0];
    cr_assert_null(s0->file, "evicted: the cache holds 2");
    cr_assert_not(s0->idx_loaded, "a closed segment drops its indexes with its file");
    cr_assert(s0->meta_known, "its largest timestamp stays known");
    int64_t ts, off;
    cr_assert_eq(seg_max_timestamp(s0, &ts, &off), 0);
    cr_assert_eq(ts, 100 + (s0->lg->segs[1]->base_offset - 1));
    int64_t pos;
    struct batch_header h;
    cr_assert_eq(seg_find(s0, 1, &pos, &h), 0);
    cr_assert_not_null(s0->file);
    cr_assert(s0->idx_loaded);
    cr_assert_leq(st->fdc.n, 2);
    struct segment *a = log_active(lg);
    cr_assert(a->active);
}

Test(segment, active_segment_keeps_index_when_evicted)
{
    struct topic *t = tu_topic(st, "s", 3, NULL, 0);
    for (int i = 0; i < 30; i++)
        tu_append_simple(topic_log(t, i % 3), 1, 1500, i, false);
    struct segment *a = log_active(topic_log(t, 0));
    cr_assert(a->idx_loaded);
    size_t n = a->idx.n;
    /* Touch the others so partition 0's file is evicted. */
    tu_append_simple(topic_log(t, 1), 1, 10, 99, false);
    tu_append_simple(topic_log(t, 2), 1, 10, 99, false);
    cr_assert_null(a->file);
    cr_assert_eq(a->idx.n, n);
    cr_assert_eq(tu_append_simple(topic_log(t, 0), 1, 10, 100, false), 10);
}
