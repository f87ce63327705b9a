/* test_log.c - append, read, roll and offset lookups of a partition log. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "protocol/crc32c.h"
#include "protocol/status.h"
#include "storage/batch.h"
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

TestSuite(log, .init = setup, .fini = teardown);

Test(log, append_assigns_consecutive_offsets)
{
    struct topic *t = tu_topic(st, "t", 1, NULL, 0);
    struct log *lg = topic_log(t, 0);
    cr_assert_eq(tu_append_simple(lg, 3, 10, 1000, false), 0);
    cr_assert_eq(tu_append_simple(lg, 5, 10, 1001, false), 3);
    cr_assert_eq(tu_append_simple(lg, 1, 10, 1002, false), 8);
    cr_assert_eq(log_end_offset(lg), 9);
    cr_assert_eq(log_high_watermark(lg), 9);
    cr_assert_eq(log_last_stable_offset(lg), 9);
    cr_assert_eq(log_start_offset(lg), 0);
    cr_assert_eq(log_generation(lg), 3);
}

Test(log, stored_batch_is_input_with_base_offset_set_and_crc_intact)
{
    struct topic *t = tu_topic(st, "t", 1, NULL, 0);
    struct log *lg = topic_log(t, 0);
    size_t len;
    uint8_t *b = tb_simple(&len, 4, 100, 5000, 1);
    tu_append_simple(lg, 2, 10, 1, false);
    int64_t base;
    cr_assert_eq(tu_append(st, lg, b, len, false, 9999, &base), 0);
    cr_assert_eq(base, 2);
    size_t got;
    uint8_t *all = tu_read_all(lg, 2, &got);
    cr_assert_eq(got, len);
    cr_assert_eq(tb_base_offset(all), 2);
    cr_assert_eq(memcmp(all + 8, b + 8, len - 8), 0, "everything after baseOffset unchanged");
    cr_assert(batch_crc_ok(all, got));
    free(all);
    free(b);
}

Test(log, log_append_time_rewrites_max_timestamp_and_crc)
{
    struct store_kv kv = {"message.timestamp.type", "LogAppendTime"};
    struct topic *t = tu_topic(st, "lat", 1, &kv, 1);
    struct log *lg = topic_log(t, 0);
    size_t len;
    uint8_t *b = tb_simple(&len, 3, 8, 100, 2);
    struct log_append_result res;
    struct log_append_opts o = {777777, false, 5, NULL, NULL};
    cr_assert_eq(log_append(lg, b, len, &o, &res), 0);
    cr_assert_eq(res.log_append_time_ms, 777777);
    size_t got;
    uint8_t *all = tu_read_all(lg, 0, &got);
    struct batch_header h;
    cr_assert_eq(batch_parse_header(all, got, &h), 0);
    cr_assert_eq(h.max_timestamp, 777777);
    cr_assert(h.attributes & BATCH_ATTR_LOG_APPEND_TIME);
    cr_assert_eq(h.leader_epoch, 5);
    cr_assert(batch_crc_ok(all, got), "CRC recomputed");
    cr_assert_neq(h.crc, 0);
    free(all);
    free(b);
}

Test(log, rejects_malformed_and_oversized_batches)
{
    struct store_kv kv = {"max.message.bytes", "200"};
    struct topic *t = tu_topic(st, "t", 1, &kv, 1);
    struct log *lg = topic_log(t, 0);
    size_t len;
    uint8_t *b = tb_simple(&len, 1, 10, 1, 1);
    struct log_append_result res;
    struct log_append_opts o = {1, false, 0, NULL, NULL};
    cr_assert_eq(log_append(lg, b, len - 1, &o, &res), -E_CORRUPT);
    cr_assert_eq(log_append(lg, b, 30, &o, &res), -E_CORRUPT);
    free(b);
    b = tb_simple(&len, 4, 100, 1, 1);
    cr_assert_eq(log_append(lg, b, len, &o, &res), -E_TOOBIG);
    cr_assert_eq(log_end_offset(lg), 0);
    free(b);
}

Test(log, rolls_on_segment_bytes)
{
    struct store_kv kv = {"segment.bytes", "4096"};
    struct topic *t = tu_topic(st, "t", 1, &kv, 1);
    struct log *lg = topic_log(t, 0);
    for (int i = 0; i < 20; i++)
        cr_assert_geq(tu_append_simple(lg, 2, 500, 1000 + i, false), 0);
    cr_assert_gt(lg->nsegs, 4);
    for (size_t i = 0; i < lg->nsegs; i++)
        cr_assert_leq(lg->segs[i]->size_bytes, 4096);
    char path[4200];
    snprintf(path, sizeof path, "%s/t-0/%020d.log", dir.data, 0);
    cr_assert_gt(tu_file_size(path), 0);
    snprintf(path, sizeof path, "%s/t-0/%020lld.log", dir.data,
             (long long)lg->segs[1]->base_offset);
    cr_assert_gt(tu_file_size(path), 0);
    snprintf(path, sizeof path, "%s/t-0/%020d.index", dir.data, 0);
    cr_assert_geq(tu_file_size(path), 0, "closed segment has its index written");
    size_t got;
    int recs;
    uint8_t *all = tu_read_all(lg, 0, &got);
    cr_assert_eq(tu_count_batches(all, got, &recs), 20);
    cr_assert_eq(recs, 40);
    free(all);
}

Test(log, rolls_on_segment_ms_using_first_batch_time)
{
    struct store_kv kv = {"segment.ms", "1000"};
    struct topic *t = tu_topic(st, "t", 1, &kv, 1);
    struct log *lg = topic_log(t, 0);
    tu_append_simple(lg, 1, 10, 10000, false);
    tu_append_simple(lg, 1, 10, 10500, false);
    cr_assert_eq(lg->nsegs, 1);
    tu_append_simple(lg, 1, 10, 11001, false);
    cr_assert_eq(lg->nsegs, 2);
    cr_assert_eq(lg->segs[1]->base_offset, 2);
}

Test(log, read_starts_with_batch_containing_offset)
{
    struct topic *t = tu_topic(st, "t", 1, NULL, 0);
    struct log *lg = topic_log(t, 0);
    for (int i = 0; i < 10; i++)
        tu_append_simple(lg, 5, 50, i, false); /* offsets 5i .. 5i+4 */
    struct log_read_result r;
    cr_assert_eq(log_read(lg, 23, 1, LOG_READ_HIGH_WATERMARK, &r), 0);
    cr_assert_eq(r.nspans, 1);
    uint8_t hdr[BATCH_HEADER_BYTES];
    cr_assert_eq(pread(r.spans[0].fd, hdr, sizeof hdr, r.spans[0].offset), (ssize_t)sizeof hdr);
    cr_assert_eq(tb_base_offset(hdr), 20, "the batch holding 23 starts at 20");
    struct batch_header h;
    batch_parse_header(hdr, sizeof hdr, &h);
    cr_assert_eq(r.spans[0].len, batch_size(&h), "first batch whole even past max_bytes");
    cr_assert_eq(r.high_watermark, 50);
    cr_assert_eq(r.log_start_offset, 0);
    log_read_release(&r);
}

Test(log, read_returns_whole_batches_within_max_bytes)
{
    struct topic *t = tu_topic(st, "t", 1, NULL, 0);
    struct log *lg = topic_log(t, 0);
    size_t len;
    uint8_t *b = tb_simple(&len, 2, 100, 1, 1);
    free(b);
    for (int i = 0; i < 10; i++)
        tu_append_simple(lg, 2, 100, 1, false);
    struct log_read_result r;
    cr_assert_eq(log_read(lg, 0, (int64_t)(3 * len + len / 2), LOG_READ_HIGH_WATERMARK, &r), 0);
    cr_assert_eq(r.bytes, (int64_t)(3 * len));
    log_read_release(&r);
    cr_assert_eq(log_read(lg, 20, 1000, LOG_READ_HIGH_WATERMARK, &r), 0);
    cr_assert_eq(r.nspans, 0, "at the high watermark: nothing");
    cr_assert_eq(log_read(lg, 21, 1000, LOG_READ_HIGH_WATERMARK, &r), -E_RANGE);
}

Test(log, read_continues_across_segments)
{
    struct store_kv kv = {"segment.bytes", "2048"};
    struct topic *t = tu_topic(st, "t", 1, &kv, 1);
    struct log *lg = topic_log(t, 0);
    for (int i = 0; i < 12; i++)
        tu_append_simple(lg, 1, 400, i, false);
    cr_assert_gt(lg->nsegs, 2);
    struct log_read_result r;
    cr_assert_eq(log_read(lg, 0, 1 << 20, LOG_READ_HIGH_WATERMARK, &r), 0);
    cr_assert_gt(r.nspans, 1);
    log_read_release(&r);
    size_t got;
    int recs;
    uint8_t *all = tu_read_all(lg, 0, &got);
    cr_assert_eq(tu_count_batches(all, got, &recs), 12);
    free(all);
}

Test(log, spans_survive_segment_deletion)
{
    struct store_kv kv[2] = {{"segment.bytes", "2048"}, {"retention.bytes", "0"}};
    struct topic *t = tu_topic(st, "t", 1, kv, 2);
    struct log *lg = topic_log(t, 0);
    for (int i = 0; i < 10; i++)
        tu_append_simple(lg, 1, 400, i, false);
    struct log_read_result r;
    cr_assert_eq(log_read(lg, 0, 100, LOG_READ_HIGH_WATERMARK, &r), 0);
    cr_assert_gt(log_retention_run(lg, 1000000), 0);
    cr_assert_gt(log_start_offset(lg), 0);
    tu_drain(st);
    uint8_t hdr[BATCH_HEADER_BYTES];
    cr_assert_eq(pread(r.spans[0].fd, hdr, sizeof hdr, r.spans[0].offset), (ssize_t)sizeof hdr);
    cr_assert_eq(tb_base_offset(hdr), 0, "span still reads the deleted segment");
    log_read_release(&r);
}

Test(log, read_batches_reports_needed_size)
{
    struct topic *t = tu_topic(st, "t", 1, NULL, 0);
    struct log *lg = topic_log(t, 0);
    tu_append_simple(lg, 3, 300, 1, false);
    uint8_t small[100];
    size_t n;
    int64_t next;
    cr_assert_eq(log_read_batches(lg, 0, small, sizeof small, &n, &next), -E_TOOBIG);
    cr_assert_gt(n, sizeof small);
    uint8_t *big = malloc(n);
    size_t need = n;
    cr_assert_eq(log_read_batches(lg, 1, big, need, &n, &next), 0);
    cr_assert_eq(n, need);
    cr_assert_eq(next, 3);
    free(big);
}

Test(log, offset_for_timestamp_finds_first_record_at_or_after)
{
    struct store_kv kv = {"segment.bytes", "2048"};
    struct topic *t = tu_topic(st, "t", 1, &kv, 1);
    struct log *lg = topic_log(t, 0);
    /* batch i: 4 records with timestamps 1000*i + 0..3 */
    for (int i = 1; i <= 20; i++)
        tu_append_simple(lg, 4, 100, 1000 * i, false);
    int64_t off, ts;
    cr_assert_eq(log_offset_for_timestamp(lg, 0, &off, &ts), 0);
    cr_assert_eq(off, 0);
    cr_assert_eq(ts, 1000);
    cr_assert_eq(log_offset_for_timestamp(lg, 5002, &off, &ts), 0);
    cr_assert_eq(off, 4 * 4 + 2);
    cr_assert_eq(ts, 5002);
    cr_assert_eq(log_offset_for_timestamp(lg, 5004, &off, &ts), 0);
    cr_assert_eq(off, 20);
    cr_assert_eq(ts, 6000);
    cr_assert_eq(log_offset_for_timestamp(lg, 20003, &off, &ts), 0);
    cr_assert_eq(off, 79);
    cr_assert_eq(log_offset_for_timestamp(lg, 20004, &off, &ts), -E_NOTFOUND);
}

Test(log, max_timestamp_finds_record_with_largest_time)
{
    struct store_kv kv = {"segment.bytes", "2048"};
    struct topic *t = tu_topic(st, "t", 1, &kv, 1);
    struct log *lg = topic_log(t, 0);
    int64_t off, ts;
    cr_assert_eq(log_offset_max_timestamp(lg, &off, &ts), -E_NOTFOUND);
    for (int i = 0; i < 10; i++)
        tu_append_simple(lg, 3, 200, i == 4 ? 90000 : 1000 * i, false);
    cr_assert_eq(log_offset_max_timestamp(lg, &off, &ts), 0);
    cr_assert_eq(ts, 90002);
    cr_assert_eq(off, 4 * 3 + 2);
}

Test(log, index_lookup_uses_sparse_entries)
{
    struct topic *t = tu_topic(st, "t", 1, NULL, 0);
    struct log *lg = topic_log(t, 0);
    for (int i = 0; i < 50; i++)
        tu_append_simple(lg, 1, 300, i, false);
    struct segment *s = log_active(lg);
    cr_assert_gt(s->idx.n, 5, "an entry every index.interval.bytes");
    int64_t pos;
    struct batch_header h;
    cr_assert_eq(seg_find(s, 37, &pos, &h), 0);
    cr_assert_eq(h.base_offset, 37);
    cr_assert_eq(seg_find(s, 50, &pos, &h), -E_NOTFOUND);
}

static int hook_calls;
static void hook(void *arg, struct log *lg)
{
    (void)arg;
    (void)lg;
    hook_calls++;
}

Test(log, append_hook_and_generation_signal_new_data)
{
    struct topic *t = tu_topic(st, "t", 1, NULL, 0);
    struct log *lg = topic_log(t, 0);
    hook_calls = 0;
    store_set_append_hook(st, hook, NULL);
    uint64_t g = log_generation(lg);
    tu_append_simple(lg, 1, 1, 1, false);
    cr_assert_eq(hook_calls, 1);
    cr_assert_eq(log_generation(lg), g + 1);
}

Test(log, explicit_roll_and_empty_roll_noop)
{
    struct topic *t = tu_topic(st, "t", 1, NULL, 0);
    struct log *lg = topic_log(t, 0);
    tu_append_simple(lg, 1, 1, 1, false);
    cr_assert_eq(log_roll(lg, 2), 0);
    cr_assert_eq(lg->nsegs, 2);
    cr_assert_eq(log_roll(lg, 3), 0);
    cr_assert_eq(lg->nsegs, 2);
}
