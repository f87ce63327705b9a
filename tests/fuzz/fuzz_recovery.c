/*
 * fuzz_recovery.c - libFuzzer target for storage's recovery scan: the
 * input becomes the segment files of one partition after an unclean stop
 * (no clean-shutdown marker, no offsets checkpoint), the store is opened
 * (which recovers every segment) and everything it then serves is read
 * back, through both read paths.
 *
 * Input: byte 0 picks the number of segments (1 + b0 % 3) and whether the
 * first segment's base offset comes from the data (bit 2); the rest is cut
 * into that many pieces (cut points from bytes 1-2). A piece's base offset
 * is the base offset of the batch it starts with (so valid multi-segment
 * logs are one mutation away), kept increasing.
 *
 * Must hold, whatever the bytes: the store opens; every batch served
 * passes rb_parse (CRC-32C included) and rb_validate; offsets only grow
 * and stay below the log end offset; log_read (the zero-copy Fetch path)
 * serves the same bytes as log_read_batches; a new batch appends at the
 * log end offset and reads back; the store closes.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "protocol/records.h"
#include "protocol/status.h"
#include "storage/storage.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(x)                                                                                   \
    do {                                                                                           \
        if (!(x))                                                                                  \
            __builtin_trap();                                                                      \
    } while (0)

static char root[512], datadir[600], partdir[700];
static struct store_config cfg;
static struct sio io; /* POSIX, but fsync is free: the fuzzer is not testing the disk */
static bool ready;

static int nosync(void *ctx, int fd, bool data_only)
{
    (void)ctx;
    (void)fd;
    (void)data_only;
    return 0;
}

static void rm_tree(const char *path)
{
    DIR *d = opendir(path);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d))) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
                continue;
            char p[1024];
            snprintf(p, sizeof p, "%s/%s", path, e->d_name);
            struct stat st;
            if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
                rm_tree(p);
            else
                unlink(p);
        }
        closedir(d);
    }
    rmdir(path);
}

static void cleanup(void)
{
    if (root[0])
        rm_tree(root);
}

/* A store with one topic "f" of one partition, closed cleanly. */
static void setup(void)
{
    /* tmpfs when there is one: each input is a few file writes. */
    const char *tmp = getenv("TMPDIR");
    struct stat shm;
    if ((!tmp || !*tmp) && stat("/dev/shm", &shm) == 0 && S_ISDIR(shm.st_mode))
        tmp = "/dev/shm";
    snprintf(root, sizeof root, "%s/sluice-fuzz-recovery-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    CHECK(mkdtemp(root));
    atexit(cleanup);
    snprintf(datadir, sizeof datadir, "%s/data", root);
    snprintf(partdir, sizeof partdir, "%s/f-0", datadir);
    store_config_init(&cfg);
    CHECK(store_config_set(&cfg, "log.dirs", datadir) == 0);
    cfg.log_cleaner_enable = false;
    io = *sio_posix();
    io.fsync = nosync;
    cfg.io = &io;
    cfg.log_index_interval_bytes = 256; /* index entries even in small inputs */
    struct store *st;
    CHECK(store_open(&cfg, &st) == 0);
    struct topic *t;
    CHECK(store_topic_create(st, "f", 1, NULL, 0, NULL, NULL, &t, NULL) == 0);
    while (store_jobs_in_flight(st) > 0)
        store_wait(st, 100);
    store_close(st);
    ready = true;
}

static void clear_partition(void)
{
    DIR *d = opendir(partdir);
    CHECK(d);
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char p[1024];
        snprintf(p, sizeof p, "%s/%s", partdir, e->d_name);
        unlink(p);
    }
    closedir(d);
    char p[1024];
    snprintf(p, sizeof p, "%s/.sluice_cleanshutdown", datadir);
    unlink(p);
    snprintf(p, sizeof p, "%s/partition-state-checkpoint", datadir);
    unlink(p);
}

static int64_t be64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v = v << 8 | p[i];
    return (int64_t)v;
}

static void write_segment(int64_t base, const uint8_t *p, size_t len)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%020lld.log", partdir, (long long)base);
    FILE *f = fopen(path, "wb");
    CHECK(f);
    CHECK(len == 0 || fwrite(p, 1, len, f) == len);
    fclose(f);
}

/* Check a buffer of whole batches as served from offset `next`: each
 * passes rb_parse (CRC-32C included), the first ends at or after next,
 * the others start after their predecessor, all below the log end.
 * Returns the next offset. */
static int64_t check_batches(const uint8_t *p, size_t len, int64_t next, int64_t end,
                             struct rb_scratch *scratch)
{
    struct rb_limits lim = {0};
    size_t at = 0;
    while (at < len) {
        struct rb_batch b;
        CHECK(rb_parse(p + at, len - at, &lim, &b, NULL) == 0);
        /* Records are not checked by recovery (a CRC-valid batch is what
         * was written); walk them anyway so ASan sees every byte. */
        (void)rb_validate(p + at, b.size_bytes, &lim, scratch, &b, NULL);
        int64_t last = b.base_offset + b.last_offset_delta;
        if (at > 0)
            CHECK(b.base_offset >= next);
        CHECK(last >= next && last < end);
        next = last + 1;
        at += b.size_bytes;
    }
    return next;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ready)
        setup();
    if (size < 3 || size > (1u << 20))
        return 0;
    clear_partition();
    int nseg = 1 + data[0] % 3;
    bool first_from_data = data[0] & 4;
    const uint8_t *body = data + 3;
    size_t blen = size - 3;
    size_t cut[4] = {0, 0, 0, blen};
    cut[1] = nseg > 1 ? (size_t)data[1] * blen / 256 : blen;
    cut[2] = nseg > 2 ? cut[1] + (size_t)data[2] * (blen - cut[1]) / 256 : blen;
    int64_t prev = -1;
    for (int i = 0; i < nseg; i++) {
        size_t from = cut[i], to = i + 1 < nseg ? cut[i + 1] : blen;
        int64_t base = 0;
        if ((i > 0 || first_from_data) && to - from >= 8)
            base = be64(body + from) & 0x0000ffffffffffffLL;
        if (base <= prev)
            base = prev + 1;
        write_segment(base, body + from, to - from);
        prev = base;
    }

    struct store *st;
    CHECK(store_open(&cfg, &st) == 0);
    struct topic *t = store_topic_find(st, "f");
    CHECK(t);
    struct log *lg = topic_log(t, 0);
    int64_t start = log_start_offset(lg), end = log_end_offset(lg);
    CHECK(start <= end && log_high_watermark(lg) == end);
    struct rb_scratch scratch;
    rb_scratch_init(&scratch);

    /* In-process read path: whole batches copied. */
    size_t cap = size + 4096;
    uint8_t *buf = malloc(cap);
    uint8_t *all = malloc(cap);
    size_t nall = 0;
    CHECK(buf && all);
    int64_t off = start, next = start;
    while (off < end) {
        size_t len;
        int64_t nx;
        int rc = log_read_batches(lg, off, buf, cap, &len, &nx);
        CHECK(rc == 0);
        if (len == 0)
            break;
        next = check_batches(buf, len, off, end, &scratch);
        CHECK(nx == next && nall + len <= cap);
        memcpy(all + nall, buf, len);
        nall += len;
        off = nx;
    }

    /* Fetch path: file spans, from the start. */
    size_t nspan_bytes = 0;
    off = start;
    while (off < end) {
        struct log_read_result rr;
        int rc = log_read(lg, off, 1 << 20, LOG_READ_HIGH_WATERMARK, &rr);
        CHECK(rc == 0);
        if (rr.nspans == 0) {
            log_read_release(&rr);
            break;
        }
        for (uint32_t i = 0; i < rr.nspans; i++) {
            CHECK(rr.spans[i].len > 0 && nspan_bytes + (size_t)rr.spans[i].len <= nall);
            CHECK(pread(rr.spans[i].fd, buf, (size_t)rr.spans[i].len, rr.spans[i].offset) ==
                  (ssize_t)rr.spans[i].len);
            CHECK(memcmp(buf, all + nspan_bytes, (size_t)rr.spans[i].len) == 0);
            nspan_bytes += (size_t)rr.spans[i].len;
        }
        off = check_batches(all + nspan_bytes - (size_t)rr.bytes, (size_t)rr.bytes, off, end,
                            &scratch);
        log_read_release(&rr);
    }
    CHECK(nspan_bytes == nall);

    /* The log takes a new batch at its end. */
    struct kwriter w;
    kw_init(&w);
    struct rb_build bo;
    rb_build_init(&bo);
    struct rb_rec_in rec = {
        .timestamp_ms = 1700000000000, .key = KBYTES_NULL, .value = {(const uint8_t *)"after", 5}};
    CHECK(rb_build_batch(&bo, &rec, 1, &w) == 0);
    struct log_append_opts o = {.now_ms = 1700000000000};
    struct log_append_result res;
    int rc = log_append(lg, w.buf, w.len, &o, &res);
    if (end < INT64_MAX / 2) {
        CHECK(rc == 0 && res.base_offset == end && !res.pending);
        size_t len;
        int64_t nx;
        CHECK(log_read_batches(lg, end, buf, cap, &len, &nx) == 0);
        CHECK(len == w.len && nx == end + 1);
        CHECK(memcmp(buf + RB_OFF_MAGIC, w.buf + RB_OFF_MAGIC, w.len - RB_OFF_MAGIC) == 0);
    }
    kw_destroy(&w);
    free(buf);
    free(all);
    rb_scratch_destroy(&scratch);
    store_close(st);
    return 0;
}
