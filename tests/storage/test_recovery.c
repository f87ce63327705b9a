/* test_recovery.c - start-up after clean and unclean stops. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "protocol/status.h"
#include "storage/batch.h"
#include "storage/storage_int.h"
#include "tbatch.h"
#include "tutil.h"

static struct tu_dir dir;
static struct store_config cfg;

static void setup(void)
{
    tu_mkdir(&dir);
    tu_config(&cfg, &dir, NULL);
    cfg.log_segment_bytes = 8192;
}

static void teardown(void)
{
    tu_cleanup(&dir);
}

TestSuite(recovery, .init = setup, .fini = teardown);

static void path_of(char *buf, size_t len, const char *topicdir, int64_t base, const char *sfx)
{
    snprintf(buf, len, "%s/%s/%020lld%s", dir.data, topicdir, (long long)base, sfx);
}

/* 30 batches of 3 records in t-0; returns the store, closed cleanly. */
static void populate(int batches)
{
    struct store *st = tu_open(&cfg);
    struct topic *t = tu_topic(st, "t", 1, NULL, 0);
    for (int i = 0; i < batches; i++)
        cr_assert_eq(tu_append_simple(topic_log(t, 0), 3, 300, 1000 + i, false), 3 * i);
    store_close(st);
}

static void make_unclean(void)
{
    char p[4200];
    snprintf(p, sizeof p, "%s/.sluice_cleanshutdown", dir.data);
    cr_assert_eq(unlink(p), 0);
}

static void forget_checkpoint(void)
{
    char p[4200];
    snprintf(p, sizeof p, "%s/partition-state-checkpoint", dir.data);
    unlink(p);
}

Test(recovery, clean_restart_scans_nothing_and_continues)
{
    populate(30);
    struct store *st = tu_open(&cfg);
    cr_assert(store_clean_start(st));
    struct log *lg = topic_log(store_topic_find(st, "t"), 0);
    cr_assert_eq(log_end_offset(lg), 90);
    cr_assert_not(lg->tail_known, "tail is verified lazily");
    cr_assert_eq(tu_append_simple(lg, 1, 10, 5000, false), 90);
    size_t got;
    int recs;
    uint8_t *all = tu_read_all(lg, 0, &got);
    cr_assert_eq(tu_count_batches(all, got, &recs), 31);
    cr_assert_eq(recs, 91);
    free(all);
    store_close(st);
}

Test(recovery, marker_removed_at_open_so_a_crash_is_unclean)
{
    populate(2);
    struct store *st = tu_open(&cfg);
    char p[4200];
    snprintf(p, sizeof p, "%s/.sluice_cleanshutdown", dir.data);
    cr_assert_eq(tu_file_size(p), -1);
    store_close(st);
    cr_assert_geq(tu_file_size(p), 0);
}

Test(recovery, torn_tail_is_truncated)
{
    populate(10);
    make_unclean();
    forget_checkpoint();
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(store_topic_find(st, "t"), 0);
    int64_t end = log_end_offset(lg);
    struct segment *a = log_active(lg);
    int64_t size = a->size_bytes;
    int64_t base = a->base_offset;
    store_close(st);
    make_unclean();
    /* A torn append: half of a valid batch at the end of the active segment. */
    size_t len;
    uint8_t *b = tb_simple(&len, 2, 200, 1, 7);
    char p[4200];
    path_of(p, sizeof p, "t-0", base, ".log");
    int fd = open(p, O_WRONLY | O_APPEND);
    cr_assert_eq(write(fd, b, len / 2), (ssize_t)(len / 2));
    close(fd);
    free(b);
    st = tu_open(&cfg);
    cr_assert_not(store_clean_start(st));
    lg = topic_log(store_topic_find(st, "t"), 0);
    cr_assert_eq(log_end_offset(lg), end);
    cr_assert_eq(tu_file_size(p), size);
    cr_assert_eq(tu_append_simple(lg, 1, 10, 1, false), end);
    store_close(st);
}

Test(recovery, zero_filled_tail_is_truncated)
{
    populate(5);
    make_unclean();
    forget_checkpoint();
    char p[4200];
    path_of(p, sizeof p, "t-0", 0, ".log");
    int64_t size = tu_file_size(p);
    cr_assert_eq(truncate(p, size + 5000), 0);
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(store_topic_find(st, "t"), 0);
    cr_assert_eq(log_end_offset(lg), 15);
    cr_assert_eq(tu_file_size(p), size);
    store_close(st);
}

Test(recovery, flipped_byte_truncates_at_that_batch_and_drops_later_segments)
{
    populate(40);
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(store_topic_find(st, "t"), 0);
    cr_assert_geq(lg->nsegs, 4);
    int64_t seg1 = lg->segs[1]->base_offset;
    size_t nsegs = lg->nsegs;
    store_close(st);
    make_unclean();
    forget_checkpoint();
    /* Corrupt the third batch of segment 1 (inside its records). */
    char p[4200];
    path_of(p, sizeof p, "t-0", seg1, ".log");
    int fd = open(p, O_RDWR);
    uint8_t hdr[BATCH_HEADER_BYTES];
    int64_t pos = 0;
    for (int i = 0; i < 2; i++) {
        cr_assert_eq(pread(fd, hdr, sizeof hdr, pos), (ssize_t)sizeof hdr);
        struct batch_header h;
        cr_assert_eq(batch_parse_header(hdr, sizeof hdr, &h), 0);
        pos += batch_size(&h);
    }
    uint8_t c;
    cr_assert_eq(pread(fd, &c, 1, pos + 100), 1);
    c ^= 0x10;
    cr_assert_eq(pwrite(fd, &c, 1, pos + 100), 1);
    close(fd);
    st = tu_open(&cfg);
    lg = topic_log(store_topic_find(st, "t"), 0);
    cr_assert_eq(lg->nsegs, 2, "later segments removed (was %zu)", nsegs);
    cr_assert_eq(log_end_offset(lg), seg1 + 6, "ends before the bad batch");
    cr_assert_eq(tu_file_size(p), pos);
    size_t got;
    uint8_t *all = tu_read_all(lg, 0, &got);
    int recs;
    tu_count_batches(all, got, &recs);
    cr_assert_eq(recs, seg1 + 6);
    free(all);
    store_close(st);
}

Test(recovery, scan_starts_at_recovery_point)
{
    populate(40);
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(store_topic_find(st, "t"), 0);
    int64_t seg0_end = lg->segs[1]->base_offset;
    store_close(st);
    make_unclean(); /* the checkpoint still says everything is flushed */
    /* Damage in segment 0, below the recovery point: not scanned. */
    char p[4200];
    path_of(p, sizeof p, "t-0", 0, ".log");
    int fd = open(p, O_RDWR);
    uint8_t c = 0xff;
    cr_assert_eq(pwrite(fd, &c, 1, 200), 1);
    close(fd);
    st = tu_open(&cfg);
    lg = topic_log(store_topic_find(st, "t"), 0);
    cr_assert_eq(log_end_offset(lg), 120);
    cr_assert_gt(lg->segs[1]->base_offset, 0);
    cr_assert_eq(lg->segs[1]->base_offset, seg0_end);
    store_close(st);
}

Test(recovery, missing_index_is_rebuilt)
{
    populate(40);
    char p[4200];
    path_of(p, sizeof p, "t-0", 0, ".index");
    int64_t isize = tu_file_size(p);
    cr_assert_gt(isize, 0);
    cr_assert_eq(unlink(p), 0);
    path_of(p, sizeof p, "t-0", 0, ".timeindex");
    cr_assert_eq(unlink(p), 0);
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(store_topic_find(st, "t"), 0);
    int64_t pos;
    struct batch_header h;
    cr_assert_eq(seg_find(lg->segs[0], 7, &pos, &h), 0);
    cr_assert_eq(h.base_offset, 6);
    path_of(p, sizeof p, "t-0", 0, ".index");
    cr_assert_eq(tu_file_size(p), isize, "rebuilt and written back");
    int64_t off, ts;
    cr_assert_eq(log_offset_for_timestamp(lg, 1005, &off, &ts), 0);
    /* batch i holds offsets 3i..3i+2 with timestamps 1000+i .. 1002+i */
    cr_assert_eq(off, 11);
    cr_assert_eq(ts, 1005);
    store_close(st);
}

Test(recovery, corrupt_index_is_rebuilt)
{
    populate(40);
    char p[4200];
    path_of(p, sizeof p, "t-0", 0, ".index");
    int64_t isize = tu_file_size(p);
    /* Entries that point at the wrong places but are well ordered. */
    int fd = open(p, O_RDWR);
    uint8_t junk[8] = {0, 0, 0, 1, 0, 0, 0, 7};
    cr_assert_eq(pwrite(fd, junk, 8, 0), 8);
    close(fd);
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(store_topic_find(st, "t"), 0);
    size_t got;
    int recs;
    uint8_t *all = tu_read_all(lg, 0, &got);
    cr_assert_eq(tu_count_batches(all, got, &recs), 40);
    free(all);
    int64_t pos;
    struct batch_header h;
    for (int64_t o = 0; o < lg->segs[1]->base_offset; o++) {
        cr_assert_eq(seg_find(lg->segs[0], o, &pos, &h), 0);
        cr_assert_eq(h.base_offset, o / 3 * 3);
    }
    cr_assert_eq(tu_file_size(p), isize);
    store_close(st);
}

Test(recovery, unclean_index_of_active_segment_rebuilt_by_scan)
{
    populate(5);
    make_unclean();
    forget_checkpoint();
    char p[4200];
    path_of(p, sizeof p, "t-0", 0, ".index");
    unlink(p);
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(store_topic_find(st, "t"), 0);
    cr_assert(lg->tail_known);
    cr_assert_eq(log_end_offset(lg), 15);
    cr_assert_geq(tu_file_size(p), 0);
    store_close(st);
}

Test(recovery, leftover_temp_and_deleted_files_are_removed)
{
    populate(3);
    char p[4200];
    snprintf(p, sizeof p, "%s/t-0/00000000000000000099.log.deleted", dir.data);
    FILE *f = fopen(p, "w");
    fclose(f);
    snprintf(p, sizeof p, "%s/partition-state-checkpoint.tmp", dir.data);
    f = fopen(p, "w");
    fclose(f);
    snprintf(p, sizeof p, "%s/t-0/00000000000000000010.log.cleaned", dir.data);
    f = fopen(p, "w");
    fclose(f);
    struct store *st = tu_open(&cfg);
    snprintf(p, sizeof p, "%s/t-0/00000000000000000099.log.deleted", dir.data);
    cr_assert_eq(tu_file_size(p), -1);
    snprintf(p, sizeof p, "%s/partition-state-checkpoint.tmp", dir.data);
    cr_assert_eq(tu_file_size(p), -1);
    snprintf(p, sizeof p, "%s/t-0/00000000000000000010.log.cleaned", dir.data);
    cr_assert_eq(tu_file_size(p), -1);
    store_close(st);
}

Test(recovery, unclean_restart_sets_recovery_point_to_log_end)
{
    populate(10);
    make_unclean();
    forget_checkpoint();
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(store_topic_find(st, "t"), 0);
    cr_assert_eq(log_recovery_point(lg), 30);
    store_close(st);
}

/* Regression (found by UBSan under make compat-asan): an unclean start
 * with a partition directory that holds no segment sorted a NULL array. */
Test(recovery, unclean_start_with_an_empty_partition_directory)
{
    struct store *st = tu_open(&cfg);
    (void)tu_topic(st, "e", 2, NULL, 0);
    store_close(st);
    make_unclean();
    forget_checkpoint();
    st = tu_open(&cfg);
    struct topic *t = store_topic_find(st, "e");
    cr_assert_not_null(t);
    cr_assert_eq(log_end_offset(topic_log(t, 1)), 0);
    cr_assert_eq(tu_append_simple(topic_log(t, 1), 2, 10, 1000, false), 0);
    store_close(st);
}

/* Regression (fuzz_recovery): a segment whose batches reach past the next
 * segment's base offset (here: a later segment file renamed to a base
 * inside segment 1) made reads across the boundary go backwards. The
 * first such batch now ends the log, like any other bad batch. */
Test(recovery, batches_reaching_the_next_segment_base_end_the_log)
{
    populate(40);
    struct store *st = tu_open(&cfg);
    struct log *lg = topic_log(store_topic_find(st, "t"), 0);
    cr_assert_geq(lg->nsegs, 4);
    int64_t seg1 = lg->segs[1]->base_offset, seg2 = lg->segs[2]->base_offset;
    store_close(st);
    make_unclean();
    forget_checkpoint();
    char from[4200], to[4200];
    path_of(from, sizeof from, "t-0", seg2, ".log");
    path_of(to, sizeof to, "t-0", seg1 + 1, ".log");
    cr_assert_eq(rename(from, to), 0);
    st = tu_open(&cfg);
    lg = topic_log(store_topic_find(st, "t"), 0);
    cr_assert_eq(log_end_offset(lg), seg1, "the log ends where segment 1 began");
    cr_assert_eq(lg->nsegs, 2);
    size_t got;
    uint8_t *all = tu_read_all(lg, 0, &got);
    int recs;
    tu_count_batches(all, got, &recs);
    cr_assert_eq(recs, seg1);
    int64_t next = 0;
    for (size_t at = 0; at < got;) {
        struct batch_header h;
        cr_assert_eq(batch_parse_header(all + at, got - at, &h), 0);
        cr_assert_eq(h.base_offset, next, "offsets contiguous");
        next = batch_last_offset(&h) + 1;
        at += (size_t)batch_size(&h);
    }
    free(all);
    cr_assert_eq(tu_append_simple(lg, 3, 10, 5000, false), seg1);
    store_close(st);
}
