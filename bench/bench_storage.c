/*
 * bench_storage.c - storage throughput against this machine's raw write
 * speed, measured by the same program in the same run.
 *
 *   raw write()            16 KiB and 1 MiB writes in a loop (page cache), and
 *                          writes of exactly one batch's size
 *   raw write+fdatasync    1 MiB writes, fdatasync after each
 *   append, not durable    1 KiB records in 16 KiB and 1 MiB batches
 *   append, durable        the same with acks=all (group commit), at most
 *                          BENCH_WINDOW_MB of appends awaiting their fsync
 *   recovery scan          a BENCH_SCAN_MB log (2 GB) reopened after an
 *                          unclean stop with no checkpoint: every byte is
 *                          read and CRC-checked (page cache warm)
 *   start-up               10,000 partitions, clean and unclean
 *
 * Environment: BENCH_DIR (default $TMPDIR or /tmp), BENCH_MB (bytes per
 * page-cache run, default 256), BENCH_SYNC_MB (per durable run, default
 * 512), BENCH_REPS (runs per mode, best kept, default 4), BENCH_SCAN_MB (default 2048), BENCH_PARTITIONS (default 10000),
 * BENCH_WINDOW_MB (default 8), BENCH_GATHER_BYTES (sluice.append.gather.bytes; 0 writes every
 * durable append at once). A size of 0 skips that part. Files live in a temp directory removed at
 * the end.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "protocol/crc32c.h"
#include "protocol/kbuf.h"
#include "protocol/status.h"
#include "storage/storage.h"

static char base_dir[1024];
static char data_dir[1100];

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* CPU seconds used by the whole process (all threads), user + system. */
static double cpu_s(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
           (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

/* Throughput of one run in MB/s: by the wall clock, and per CPU-second
 * (robust on a shared machine: time spent waiting for a CPU is not
 * counted). */
struct rate {
    double wall;
    double cpu;
};

static int64_t wall_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static long env_long(const char *name, long def)
{
    const char *v = getenv(name);
    return v && *v ? atol(v) : def;
}

static void die(const char *what, int rc)
{
    fprintf(stderr, "bench_storage: %s failed: %d (%s)\n", what, rc, strerror(rc < 0 ? -rc : rc));
    exit(1);
}

static void rm_tree(const char *path)
{
    DIR *d = opendir(path);
    if (d) {
        struct dirent *de;
        while ((de = readdir(d))) {
            if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
                continue;
            char p[4096];
            if (snprintf(p, sizeof p, "%s/%s", path, de->d_name) >= (int)sizeof p)
                continue;
            struct stat s;
            if (lstat(p, &s) == 0 && S_ISDIR(s.st_mode))
                rm_tree(p);
            else
                unlink(p);
        }
        closedir(d);
    }
    rmdir(path);
}

/* A valid v2 batch of n records of rec_size bytes each (value bytes
 * pseudo-random so nothing compresses or dedups behind our back). */
static uint8_t *make_batch(size_t *len, int n, size_t rec_size, int64_t ts)
{
    struct kwriter body;
    kw_init(&body);
    uint8_t *val = malloc(rec_size);
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < rec_size; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        val[i] = (uint8_t)x;
    }
    for (int i = 0; i < n; i++) {
        struct kwriter r;
        kw_init(&r);
        kw_i8(&r, 0);
        kw_varlong(&r, 0);
        kw_varint(&r, i);
        kw_varint(&r, -1); /* null key */
        kw_varint(&r, (int32_t)rec_size);
        kw_raw(&r, val, rec_size);
        kw_varint(&r, 0);
        kw_varint(&body, (int32_t)r.len);
        kw_raw(&body, r.buf, r.len);
        kw_destroy(&r);
    }
    free(val);
    struct kwriter w;
    kw_init(&w);
    kw_i64(&w, 0);
    kw_i32(&w, (int32_t)(49 + body.len));
    kw_i32(&w, 0);
    kw_i8(&w, 2);
    kw_u32(&w, 0);
    kw_i16(&w, 0);
    kw_i32(&w, n - 1);
    kw_i64(&w, ts);
    kw_i64(&w, ts);
    kw_i64(&w, -1);
    kw_i16(&w, -1);
    kw_i32(&w, -1);
    kw_i32(&w, n);
    kw_raw(&w, body.buf, body.len);
    kw_destroy(&body);
    uint32_t crc = crc32c(0, w.buf + 21, w.len - 21);
    for (int i = 0; i < 4; i++)
        w.buf[17 + i] = (uint8_t)(crc >> (24 - 8 * i));
    *len = w.len;
    return w.buf;
}

/* ------------------------------------------------------------- raw I/O */

static struct rate raw_write(size_t chunk, int64_t total, bool sync_per_mib)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/raw", base_dir);
    int fd = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0644);
    if (fd < 0)
        die("open raw", errno);
    uint8_t *buf = malloc(chunk);
    memset(buf, 0x5a, chunk);
    double t0 = now_s(), c0 = cpu_s();
    int64_t done = 0, since_sync = 0;
    while (done < total) {
        ssize_t n = write(fd, buf, chunk);
        if (n != (ssize_t)chunk)
            die("write raw", errno);
        done += n;
        since_sync += n;
        if (sync_per_mib && since_sync >= (1 << 20)) {
            if (fdatasync(fd))
                die("fdatasync raw", errno);
            since_sync = 0;
        }
    }
    double t = now_s() - t0, c = cpu_s() - c0;
    close(fd);
    free(buf);
    unlink(path);
    sync();
    return (struct rate){(double)done / t / 1e6, (double)done / c / 1e6};
}

/* -------------------------------------------------------------- appends */

static int64_t acked_bytes;
static int failures;

static void ack_cb(void *arg, int status, const struct log_append_result *res)
{
    (void)res;
    if (status)
        failures++;
    acked_bytes += (int64_t)(intptr_t)arg;
}

static struct store *open_store(struct store_config *cfg)
{
    struct store *st;
    int rc = store_open(cfg, &st);
    if (rc)
        die("store_open", rc);
    return st;
}

static void drain(struct store *st)
{
    while (store_jobs_in_flight(st) > 0)
        store_wait(st, 100);
}

static struct topic *make_topic(struct store *st, const char *name, int32_t parts)
{
    struct topic *t;
    /* 1024 records of 1 KiB are a little over the default
     * max.message.bytes (1048588). */
    struct store_kv kv = {"max.message.bytes", "2097152"};
    int rc = store_topic_create(st, name, parts, &kv, 1, NULL, NULL, &t, NULL);
    if (rc)
        die("topic create", rc);
    drain(st);
    return t;
}

/* Append `total` bytes of batches of `recs` 1 KiB records to `parts`
 * partitions round robin; returns MB/s. Durable appends keep at most
 * `window` bytes waiting for their fsync. */
static struct rate run_appends(struct store *st, const char *name, int32_t parts, int recs,
                               int64_t total, bool durable, int64_t window)
{
    struct topic *t = make_topic(st, name, parts);
    size_t len;
    uint8_t *b = make_batch(&len, recs, 1024, wall_ms());
    acked_bytes = 0;
    failures = 0;
    int64_t sent = 0;
    double t0 = now_s(), c0 = cpu_s();
    int64_t i = 0;
    while (sent < total) {
        if (durable)
            while (sent - acked_bytes > window)
                store_wait(st, 100);
        struct log_append_result res;
        struct log_append_opts o = {wall_ms(), durable, 0, ack_cb, (void *)(intptr_t)len};
        int rc = log_append(topic_log(t, (int32_t)(i++ % parts)), b, len, &o, &res);
        if (rc)
            die("append", rc);
        if (!res.pending)
            acked_bytes += (int64_t)len;
        sent += (int64_t)len;
        if (!durable && (i & 255) == 0)
            store_run_completions(st); /* roll syncs complete in the background */
    }
    while (acked_bytes < sent)
        store_wait(st, 100);
    double secs = now_s() - t0, cpus = cpu_s() - c0;
    if (failures)
        die("durable append", failures);
    free(b);
    drain(st);
    if (store_topic_delete(st, t, NULL, NULL))
        die("topic delete", 0);
    drain(st);
    sync();
    return (struct rate){(double)sent / secs / 1e6, (double)sent / cpus / 1e6};
}

/* -------------------------------------------------------------- recovery */

/* Plain pread() of every .log file under dir, 1 MiB at a time: what the
 * scan would cost without parsing and CRC. Returns bytes read. */
static int64_t raw_read_dir(const char *dir, double *secs)
{
    int64_t total = 0;
    *secs = 0;
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    uint8_t *buf = malloc(1 << 20);
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t n = strlen(de->d_name);
        if (n < 4 || strcmp(de->d_name + n - 4, ".log"))
            continue;
        char p[4096];
        if (snprintf(p, sizeof p, "%s/%s", dir, de->d_name) >= (int)sizeof p)
            continue;
        int fd = open(p, O_RDONLY);
        if (fd < 0)
            continue;
        double t0 = now_s();
        ssize_t r;
        int64_t off = 0;
        while ((r = pread(fd, buf, 1 << 20, off)) > 0)
            off += r;
        *secs += now_s() - t0;
        total += off;
        close(fd);
    }
    closedir(d);
    free(buf);
    return total;
}

static void scan_bench(int64_t scan_bytes)
{
    struct store_config cfg;
    store_config_init(&cfg);
    snprintf(cfg.log_dirs, sizeof cfg.log_dirs, "%s", data_dir);
    struct store *st = open_store(&cfg);
    struct topic *t = make_topic(st, "scan", 1);
    size_t len;
    uint8_t *b = make_batch(&len, 16, 1024, wall_ms());
    int64_t sent = 0;
    while (sent < scan_bytes) {
        struct log_append_result res;
        struct log_append_opts o = {wall_ms(), false, 0, NULL, NULL};
        if (log_append(topic_log(t, 0), b, len, &o, &res))
            die("append", 0);
        sent += (int64_t)len;
    }
    free(b);
    store_close(st);
    char p[1300];
    snprintf(p, sizeof p, "%s/scan-0", data_dir);
    double rsecs;
    int64_t rbytes = raw_read_dir(p, &rsecs);
    /* An unclean stop without a usable checkpoint: recover everything. */
    snprintf(p, sizeof p, "%s/.sluice_cleanshutdown", data_dir);
    unlink(p);
    snprintf(p, sizeof p, "%s/partition-state-checkpoint", data_dir);
    unlink(p);
    double t0 = now_s();
    st = open_store(&cfg);
    double t1 = now_s() - t0;
    int64_t end = log_end_offset(topic_log(store_topic_find(st, "scan"), 0));
    printf("recovery scan        %6.0f MB in %6.3f s  = %5.2f GB/s   (%" PRId64
           " records, CRC-checked, page cache warm)\n",
           (double)sent / 1e6, t1, (double)sent / t1 / 1e9, end);
    printf("  raw pread 1 MiB    %6.0f MB in %6.3f s  = %5.2f GB/s   (same files, no parsing)\n",
           (double)rbytes / 1e6, rsecs, (double)rbytes / rsecs / 1e9);
    store_close(st);
    rm_tree(data_dir);
    sync();
}

static void startup_bench(int32_t nparts)
{
    struct store_config cfg;
    store_config_init(&cfg);
    snprintf(cfg.log_dirs, sizeof cfg.log_dirs, "%s", data_dir);
    struct store *st = open_store(&cfg);
    int32_t per = nparts >= 100 ? 100 : nparts;
    int32_t topics = nparts / per;
    size_t len;
    uint8_t *b = make_batch(&len, 1, 100, wall_ms());
    double t0 = now_s();
    for (int32_t k = 0; k < topics; k++) {
        char name[32];
        snprintf(name, sizeof name, "t%d", k);
        struct topic *t;
        int rc = store_topic_create(st, name, per, NULL, 0, NULL, NULL, &t, NULL);
        if (rc)
            die("topic create", rc);
        for (int32_t p = 0; p < per; p++) {
            struct log_append_result res;
            struct log_append_opts o = {wall_ms(), false, 0, NULL, NULL};
            if (log_append(topic_log(t, p), b, len, &o, &res))
                die("append", 0);
        }
    }
    drain(st);
    double tc = now_s() - t0;
    t0 = now_s();
    store_close(st);
    double tclose = now_s() - t0;
    free(b);
    sync();

    t0 = now_s();
    st = open_store(&cfg);
    double tclean = now_s() - t0;
    if (!store_clean_start(st))
        die("clean start expected", 0);
    store_close(st);

    char p[1300];
    snprintf(p, sizeof p, "%s/.sluice_cleanshutdown", data_dir);
    unlink(p);
    t0 = now_s();
    st = open_store(&cfg);
    double tunclean = now_s() - t0;
    store_close(st);

    snprintf(p, sizeof p, "%s/partition-state-checkpoint", data_dir);
    unlink(p);
    snprintf(p, sizeof p, "%s/.sluice_cleanshutdown", data_dir);
    unlink(p);
    t0 = now_s();
    st = open_store(&cfg);
    double tnockpt = now_s() - t0;
    store_close(st);

    printf("start-up, %d partitions (%d topics): create+append %.2f s, clean close %.2f s\n",
           nparts, topics, tc, tclose);
    printf("  clean start        %6.3f s\n", tclean);
    printf("  unclean start      %6.3f s   (checkpoint present: each active segment scanned)\n",
           tunclean);
    printf("  unclean, no ckpt   %6.3f s   (every segment scanned from offset 0)\n", tnockpt);
    rm_tree(data_dir);
}

static void best(struct rate *b, struct rate r)
{
    if (r.wall > b->wall)
        b->wall = r.wall;
    if (r.cpu > b->cpu)
        b->cpu = r.cpu;
}

static void row(const char *name, struct rate r)
{
    printf("%-42s %8.0f %8s %11.0f\n", name, r.wall, "", r.cpu);
}

static void row_vs(const char *name, struct rate r, struct rate base, const char *what)
{
    printf("%-42s %8.0f %7.2fx %11.0f %7.2fx  vs %s\n", name, r.wall, r.wall / base.wall, r.cpu,
           r.cpu / base.cpu, what);
}

/* Durable modes are bound by the disk; CPU-seconds say nothing there. */
static void row_vs_wall(const char *name, struct rate r, struct rate base, const char *what)
{
    printf("%-42s %8.0f %7.2fx %11s %8s  vs %s\n", name, r.wall, r.wall / base.wall, "", "",
           what);
}

int main(void)
{
    const char *tmp = getenv("BENCH_DIR");
    if (!tmp || !*tmp)
        tmp = getenv("TMPDIR");
    if (!tmp || !*tmp)
        tmp = "/tmp";
    snprintf(base_dir, sizeof base_dir, "%s/sluice-bench-XXXXXX", tmp);
    if (!mkdtemp(base_dir))
        die("mkdtemp", errno);
    snprintf(data_dir, sizeof data_dir, "%s/data", base_dir);
    int64_t mb = env_long("BENCH_MB", 256) << 20;
    int64_t sync_mb = env_long("BENCH_SYNC_MB", 512) << 20;
    int64_t scan_mb = env_long("BENCH_SCAN_MB", 2048) << 20;
    int64_t window = env_long("BENCH_WINDOW_MB", 8) << 20;
    int32_t nparts = (int32_t)env_long("BENCH_PARTITIONS", 10000);
    int reps = (int)env_long("BENCH_REPS", 4);
    const char *gather = getenv("BENCH_GATHER_BYTES");
    printf("bench_storage: dir %s, %" PRId64 " MiB per page-cache run, %" PRId64
           " MiB per durable run, best of %d runs, durable window %" PRId64
           " MiB, gather %s bytes, crc32c %s\n",
           base_dir, mb >> 20, sync_mb >> 20, reps, window >> 20,
           gather && *gather ? gather : "default",
           crc32c_hw_available() ? "hw" : "sw");

    /* The same bytes per write() as an append: a batch of 16 (or 1024)
     * 1 KiB records is a little more than 16 KiB (1 MiB) and not page
     * aligned; comparing with aligned writes would charge storage for the
     * page cache's partial pages. */
    size_t len16, len1m;
    free(make_batch(&len16, 16, 1024, 0));
    free(make_batch(&len1m, 1024, 1024, 0));
    struct rate raw16 = {0}, rawb16 = {0}, raw1m = {0}, rawb1m = {0}, rawsync = {0};
    struct rate a16 = {0}, a1m = {0}, d16 = {0}, d1m = {0}, d16p = {0};
    struct store_config cfg;
    store_config_init(&cfg);
    snprintf(cfg.log_dirs, sizeof cfg.log_dirs, "%s", data_dir);
    cfg.log_cleaner_enable = false;
    if (gather && *gather && store_config_set(&cfg, "sluice.append.gather.bytes", gather))
        die("BENCH_GATHER_BYTES", EINVAL);
    struct store *st = open_store(&cfg);
    /* Other work on the machine makes single runs noisy: each raw loop and
     * its storage counterpart run alternately, reps times, best kept. */
    for (int r = 0; r < reps; r++) {
        if (mb > 0) {
            best(&raw16, raw_write(16 << 10, mb, false));
            best(&rawb16, raw_write(len16, mb, false));
            best(&a16, run_appends(st, "a16", 1, 16, mb, false, 0));
            best(&raw1m, raw_write(1 << 20, mb, false));
            best(&rawb1m, raw_write(len1m, mb, false));
            best(&a1m, run_appends(st, "a1m", 1, 1024, mb, false, 0));
        }
        if (sync_mb <= 0)
            continue;
        best(&rawsync, raw_write(1 << 20, sync_mb, true));
        best(&d16, run_appends(st, "d16", 1, 16, sync_mb, true, window));
        best(&d1m, run_appends(st, "d1m", 1, 1024, sync_mb, true, window));
        best(&d16p, run_appends(st, "d16p", 8, 16, sync_mb, true, window));
    }
    store_close(st);
    rm_tree(data_dir);

    printf("\n%-42s %8s %8s %11s %8s\n", "mode", "MB/s", "ratio", "MB/cpu-s", "ratio");
    if (mb > 0) {
        char l16[64], l1m[64];
        snprintf(l16, sizeof l16, "raw write() %zu B (16 KiB batch size)", len16);
        snprintf(l1m, sizeof l1m, "raw write() %zu B (1 MiB batch size)", len1m);
        row("raw write() 16 KiB", raw16);
        row(l16, rawb16);
        row("raw write() 1 MiB", raw1m);
        row(l1m, rawb1m);
        row_vs("append 16 KiB batches, not durable", a16, rawb16, "same-size write()");
        row_vs("append 1 MiB batches, not durable", a1m, rawb1m, "same-size write()");
        printf("(vs the aligned 16 KiB / 1 MiB write() loops: %.2fx / %.2fx)\n",
               a16.wall / raw16.wall, a1m.wall / raw1m.wall);
    }
    if (sync_mb > 0) {
        printf("%-42s %8.0f\n", "raw write() 1 MiB + fdatasync per MiB", rawsync.wall);
        row_vs_wall("append 16 KiB batches, durable", d16, rawsync, "write+fdatasync per MiB");
        row_vs_wall("append 1 MiB batches, durable", d1m, rawsync, "write+fdatasync per MiB");
        row_vs_wall("append 16 KiB, durable, 8 partitions", d16p, rawsync,
                    "write+fdatasync per MiB");
    }
    printf("\n");
    if (scan_mb > 0)
        scan_bench(scan_mb);
    if (nparts > 0)
        startup_bench(nparts);
    rm_tree(base_dir);
    return 0;
}
