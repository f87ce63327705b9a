/*
 * test_crash.c - crash durability against a real broker (STYLE.md 10,
 * fault injection at the process level).
 *
 * kill -9 cycles: a librdkafka producer (acks=all, no retries) writes
 * messages carrying a global sequence number to 4 partitions while the
 * broker is killed at a random moment, then restarted on the same data.
 * After every restart each partition is read back with raw Fetch requests
 * and every served batch must pass rb_validate (CRC-32C, framing, every
 * record); every ACKNOWLEDGED message (success delivery report) must be
 * there, byte-exact, at exactly the offset its report gave, in sequence
 * order per partition, with contiguous offsets. Unacknowledged messages may
 * or may not be there. At the end a librdkafka consumer with check.crcs
 * reads the same messages. The number of cycles is SLUICE_CRASH_CYCLES
 * (default 20) and the random seed SLUICE_CRASH_SEED (default: time).
 *
 * A process kill keeps the page cache, so this proves that nothing the
 * broker acknowledged is lost or reordered by the crash and recovery, not
 * power-loss durability (storage's unit tests model that with faultio).
 *
 * Torn files: after kill -9 (or a clean stop) the test damages the files
 * under the data directory - the last segment cut mid-batch or extended
 * with zeros, a byte flipped inside a stored batch in a middle segment,
 * index files deleted, truncated or overwritten - and restarts. The broker
 * must start and serve exactly the valid prefix: everything before the
 * damage intact, the damaged batch and everything after it in that log
 * gone, appends continuing from there; a damaged index loses nothing.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "compat-tests/harness.h"
#include "compat-tests/kclient.h"
#include "compat-tests/rk.h"
#include "protocol/msg/fetch.h"
#include "protocol/records.h"

TestSuite(crash, .timeout = 600);

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ------------------------------------------------------------ messages */

/* Message s: "s=<12 digits>|" then bytes derived from s; 24..280 bytes. */
static size_t msg_value(long s, char *buf, size_t cap)
{
    size_t len = 24 + (size_t)(s * 7919 % 257);
    if (len > cap)
        len = cap;
    int n = snprintf(buf, cap, "s=%012ld|", s);
    for (size_t k = (size_t)n; k < len; k++)
        buf[k] = (char)('A' + (s + (long)k * 3) % 53);
    return len;
}

/* The sequence number of a value, checking every byte; -1 if malformed. */
static long msg_seq(const uint8_t *v, int32_t len)
{
    if (len < 15 || v[0] != 's' || v[1] != '=')
        return -1;
    char num[13] = {0};
    memcpy(num, v + 2, 12);
    char *end;
    long s = strtol(num, &end, 10);
    if (*end || s < 0)
        return -1;
    char want[300];
    size_t wl = msg_value(s, want, sizeof want);
    if ((size_t)len != wl || memcmp(v, want, wl) != 0)
        return -1;
    return s;
}

/* --------------------------------------------------------- raw reading */

/* What one partition holds, as served. */
struct part_view {
    long *seqs;   /* seq of the record at offset base + i */
    int64_t base; /* first offset read */
    int64_t n;    /* next offset to read (== high watermark when done) */
    size_t cap;
};

static void view_push(struct part_view *v, long seq)
{
    size_t i = (size_t)(v->n - v->base);
    if (i == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 4096;
        v->seqs = realloc(v->seqs, v->cap * sizeof *v->seqs);
    }
    v->seqs[i] = seq;
    v->n++;
}

static void view_free(struct part_view *v)
{
    free(v->seqs);
    memset(v, 0, sizeof *v);
}

/* One Fetch v11 of a partition from offset: the response's records are
 * appended to *v after full validation. Returns the high watermark. */
static int64_t fetch_once(int fd, const char *topic, int32_t part, int64_t offset,
                          struct rb_scratch *scratch, struct part_view *v)
{
    struct arena a;
    arena_init(&a);
    struct fetch_resp resp;
    uint8_t *frame;
    cr_assert_eq(kc_fetch_one(fd, topic, part, offset, 4 << 20, &a, &resp, &frame), 0,
                 "no Fetch answer");
    const struct fetch_resp_partition_data *pd = &resp.responses[0].partitions[0];
    if (pd->error_code == 3 && offset == 0) {
        /* Not created yet (killed before the first produce): empty. */
        free(frame);
        arena_destroy(&a);
        return 0;
    }
    cr_assert_eq(pd->error_code, 0, "%s-%d fetch at %lld: error %d", topic, part, (long long)offset,
                 pd->error_code);
    cr_assert_eq(pd->log_start_offset, 0);
    int64_t hw = pd->high_watermark;
    const uint8_t *p = pd->records.ptr;
    size_t len = pd->records.len > 0 ? (size_t)pd->records.len : 0;
    struct rb_limits lim = {0};
    struct rb_scan sc;
    rb_scan_init(&sc, p, len);
    struct rb_batch b;
    struct rb_error err;
    int rc;
    bool first = true;
    while ((rc = rb_scan_next(&sc, &lim, scratch, &b, &err)) == 1) {
        char why[160];
        /* The first batch contains the requested offset; then contiguous. */
        if (first)
            cr_assert(b.base_offset <= v->n && b.base_offset + b.last_offset_delta >= v->n,
                      "%s-%d: asked %lld, first batch %lld..%lld", topic, part, (long long)v->n,
                      (long long)b.base_offset, (long long)(b.base_offset + b.last_offset_delta));
        else
            cr_assert_eq(b.base_offset, v->n, "%s-%d: offset gap at %lld (batch at %lld)", topic,
                         part, (long long)v->n, (long long)b.base_offset);
        first = false;
        struct rb_iter it;
        cr_assert_eq(rb_iter_init(&it, &b, scratch, 0, &err), 0, "%s",
                     rb_error_format(&err, why, sizeof why));
        struct rb_record r;
        int64_t expect = b.base_offset;
        while ((rc = rb_iter_next(&it, &r, &err)) == 1) {
            cr_assert_eq(r.offset, expect, "%s-%d: record offsets not contiguous", topic, part);
            expect++;
            if (r.offset < v->n)
                continue; /* before the asked offset (mid-batch fetch) */
            long s = msg_seq(r.value.ptr, r.value.len);
            cr_assert_geq(s, 0, "%s-%d offset %lld: a record that was never produced", topic, part,
                          (long long)r.offset);
            view_push(v, s);
        }
        cr_assert_eq(rc, 0, "%s-%d: %s", topic, part, rb_error_format(&err, why, sizeof why));
        cr_assert_eq(expect, b.base_offset + b.last_offset_delta + 1);
    }
    char why[160];
    cr_assert_eq(rc, 0, "%s-%d: the broker served an invalid batch at %lld: %s", topic, part,
                 (long long)offset, rb_error_format(&err, why, sizeof why));
    free(frame);
    arena_destroy(&a);
    return hw;
}

/* Read a whole partition (log start 0) with raw Fetch requests. */
static void read_partition(int port, const char *topic, int32_t part, struct part_view *v)
{
    int fd = kc_connect(port);
    cr_assert_geq(fd, 0);
    struct rb_scratch scratch;
    rb_scratch_init(&scratch);
    memset(v, 0, sizeof *v);
    for (;;) {
        int64_t before = v->n;
        int64_t hw = fetch_once(fd, topic, part, v->n, &scratch, v);
        if (v->n >= hw)
            break;
        cr_assert_gt(v->n, before, "%s-%d: no progress at %lld (high watermark %lld)", topic, part,
                     (long long)v->n, (long long)hw);
    }
    rb_scratch_destroy(&scratch);
    close(fd);
}

/* ------------------------------------------------------- kill -9 cycles */

#define PARTS 4
#define CRASH_TOPIC "crash"

struct ledger {
    long next_seq;
    long cap;
    int64_t *acked_offset; /* by seq: offset from the delivery report, -1 if none */
    long nacked;
    long nfailed;
};

static void ledger_grow(struct ledger *l, long upto)
{
    if (upto < l->cap)
        return;
    long cap = l->cap ? l->cap : 65536;
    while (cap <= upto)
        cap *= 2;
    l->acked_offset = realloc(l->acked_offset, (size_t)cap * sizeof *l->acked_offset);
    for (long i = l->cap; i < cap; i++)
        l->acked_offset[i] = -1;
    l->cap = cap;
}

static struct ledger *g_ledger;

static void on_dr(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
    (void)rk;
    (void)opaque;
    long seq = (long)(intptr_t)m->_private;
    if (m->err) {
        g_ledger->nfailed++;
        return;
    }
    cr_assert_eq(m->partition, seq % PARTS);
    cr_assert_geq(m->offset, 0);
    g_ledger->acked_offset[seq] = m->offset;
    g_ledger->nacked++;
}

static rd_kafka_t *crash_producer(const char *bootstrap, const char *linger, const char *batch)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char err[256];
    const char *kv[][2] = {{"bootstrap.servers", bootstrap},
                           {"acks", "all"},
                           {"linger.ms", linger},
                           {"batch.num.messages", batch},
                           /* No retries: a retry after a lost connection
                            * could reorder or duplicate (without
                            * idempotence); what was not acknowledged before
                            * the kill is simply unacknowledged. */
                           {"message.send.max.retries", "0"},
                           {"enable.idempotence", "false"},
                           {"reconnect.backoff.ms", "10"},
                           {"log_level", "2"}};
    for (size_t i = 0; i < sizeof kv / sizeof kv[0]; i++)
        cr_assert_eq(rd_kafka_conf_set(conf, kv[i][0], kv[i][1], err, sizeof err), RD_KAFKA_CONF_OK,
                     "%s", err);
    rd_kafka_conf_set_dr_msg_cb(conf, on_dr);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    cr_assert_not_null(rk, "%s", err);
    return rk;
}

/* Check everything the broker serves against the ledger. Returns the
 * number of acknowledged messages checked. */
static long verify_crash_topic(int port, const struct ledger *l, long *records_out)
{
    long checked = 0, records = 0;
    char *seen = calloc((size_t)l->next_seq + 1, 1);
    for (int32_t p = 0; p < PARTS; p++) {
        struct part_view v;
        read_partition(port, CRASH_TOPIC, p, &v);
        long last = -1;
        for (int64_t off = 0; off < v.n; off++) {
            long s = v.seqs[off];
            cr_assert(s < l->next_seq && s % PARTS == p, "partition %d offset %lld: seq %ld", p,
                      (long long)off, s);
            cr_assert_not(seen[s], "seq %ld stored twice", s);
            seen[s] = 1;
            cr_assert_gt(s, last, "partition %d: seq %ld after %ld at offset %lld", p, s, last,
                         (long long)off);
            last = s;
            if (l->acked_offset[s] >= 0)
                cr_assert_eq(l->acked_offset[s], off,
                             "seq %ld acknowledged at offset %lld, found at %lld", s,
                             (long long)l->acked_offset[s], (long long)off);
        }
        records += v.n;
        view_free(&v);
    }
    for (long s = 0; s < l->next_seq; s++) {
        if (l->acked_offset[s] < 0)
            continue;
        cr_assert(seen[s], "acknowledged seq %ld (partition %ld offset %lld) is gone", s, s % PARTS,
                  (long long)l->acked_offset[s]);
        checked++;
    }
    free(seen);
    if (records_out)
        *records_out = records;
    return checked;
}

static unsigned rnd(unsigned *state)
{
    *state ^= *state << 13;
    *state ^= *state >> 17;
    *state ^= *state << 5;
    return *state;
}

Test(crash, kill_9_at_random_moments_loses_no_acknowledged_message)
{
    int cycles = getenv("SLUICE_CRASH_CYCLES") ? atoi(getenv("SLUICE_CRASH_CYCLES")) : 20;
    unsigned seed = getenv("SLUICE_CRASH_SEED")
                        ? (unsigned)strtoul(getenv("SLUICE_CRASH_SEED"), NULL, 0)
                        : (unsigned)time(NULL) ^ (unsigned)getpid();
    if (!seed)
        seed = 1;
    fprintf(stderr, "crash: %d cycles, SLUICE_CRASH_SEED=%u\n", cycles, seed);
    unsigned rs = seed;
    /* Small segments so that kills land around rolls too. */
    static const char *const settings[] = {"num.partitions=4", "log.segment.bytes=262144", NULL};
    struct broker_proc bp;
    hx_init(&bp, settings);
    struct ledger l = {0};
    g_ledger = &l;
    ledger_grow(&l, 1);
    static const char *lingers[] = {"0", "2", "10"};
    static const char *batches[] = {"1", "40", "10000"};
    char val[300];
    long checked = 0, records = 0;
    double t_start = now_s();
    for (int c = 0; c < cycles; c++) {
        cr_assert_eq(hx_start(&bp), 0, "cycle %d: the broker did not start", c);
        if (c > 0) {
            checked = verify_crash_topic(bp.port, &l, &records);
        }
        unsigned mode = rnd(&rs) % 8;
        int run_ms = 0;
        if (mode == 0) {
            /* Kill right after start-up (recovery just finished)... */
            hx_kill(&bp);
        } else if (mode == 1) {
            /* ...or during it: a fresh process killed within 0-300 ms. */
            hx_kill(&bp);
            cr_assert_eq(hx_launch(&bp), 0);
            run_ms = (int)(rnd(&rs) % 300);
            usleep((useconds_t)run_ms * 1000);
            hx_kill(&bp);
        } else {
            run_ms = 50 + (int)(rnd(&rs) % 1200);
            rd_kafka_t *p =
                crash_producer(bp.bootstrap, lingers[rnd(&rs) % 3], batches[rnd(&rs) % 3]);
            double t0 = now_s();
            bool killed = false;
            while (!killed) {
                for (int k = 0; k < 64; k++) {
                    long s = l.next_seq;
                    ledger_grow(&l, s + 1);
                    size_t len = msg_value(s, val, sizeof val);
                    rd_kafka_resp_err_t e = rd_kafka_producev(
                        p, RD_KAFKA_V_TOPIC(CRASH_TOPIC),
                        RD_KAFKA_V_PARTITION((int32_t)(s % PARTS)), RD_KAFKA_V_VALUE(val, len),
                        RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                        RD_KAFKA_V_OPAQUE((void *)(intptr_t)s), RD_KAFKA_V_END);
                    if (e == RD_KAFKA_RESP_ERR__QUEUE_FULL)
                        break;
                    cr_assert_eq(e, 0, "producev: %s", rd_kafka_err2str(e));
                    l.next_seq++;
                }
                rd_kafka_poll(p, 1);
                if ((now_s() - t0) * 1000 >= run_ms) {
                    hx_kill(&bp);
                    killed = true;
                }
            }
            /* Whatever has no report yet is not acknowledged: purge it. */
            rd_kafka_purge(p, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
            double t1 = now_s();
            while (rd_kafka_outq_len(p) > 0 && now_s() - t1 < 30)
                rd_kafka_poll(p, 10);
            cr_assert_eq(rd_kafka_outq_len(p), 0, "producer did not settle after the kill");
            rd_kafka_destroy(p);
        }
        fprintf(stderr, "crash: cycle %2d: %-22s after %4d ms; produced %ld, acknowledged %ld\n", c,
                mode == 0   ? "killed once started"
                : mode == 1 ? "killed during start-up"
                            : "killed mid-produce",
                run_ms, l.next_seq, l.nacked);
    }
    cr_assert_eq(hx_start(&bp), 0, "the broker did not start after the last kill");
    checked = verify_crash_topic(bp.port, &l, &records);
    cr_assert_eq(checked, l.nacked);
    cr_assert_gt(l.nacked, 0, "nothing was acknowledged");

    /* A real consumer (CRC checks on) reads exactly the same messages. */
    static const char *const cs[] = {"check.crcs=true", NULL};
    struct rk_msgs got = {0};
    rk_read_all(bp.bootstrap, CRASH_TOPIC, RD_KAFKA_OFFSET_BEGINNING, (size_t)records, 15000, cs,
                &got);
    cr_assert_eq((long)got.n, records, "librdkafka read %zu of %ld records", got.n, records);
    for (size_t i = 0; i < got.n; i++) {
        long s = msg_seq(got.v[i].value, (int32_t)got.v[i].value_len);
        cr_assert_geq(s, 0);
        if (l.acked_offset[s] >= 0)
            cr_assert_eq(got.v[i].offset, l.acked_offset[s]);
    }
    rk_msgs_free(&got);
    cr_assert_eq(hx_stop(&bp), 0, "broker did not stop cleanly");
    fprintf(stderr,
            "crash: %d kill -9 cycles in %.0f s: %ld produced, %ld acknowledged, all %ld "
            "acknowledged present at their offsets; %ld records served, every batch valid\n",
            cycles, now_s() - t_start, l.next_seq, l.nacked, checked, records);
    free(l.acked_offset);
    hx_cleanup(&bp);
}

/* ------------------------------------------------------------ torn files */

#define TORN_TOPIC "torn"
#define TORN_COUNT 3000

struct seg_file {
    int64_t base;
    char path[512];
};

struct batch_pos {
    int64_t pos;
    int64_t size;
    int64_t base_offset;
    int64_t last_offset;
};

static int cmp_seg(const void *a, const void *b)
{
    const struct seg_file *x = a, *y = b;
    return x->base < y->base ? -1 : x->base > y->base;
}

/* The .log files of topic-0, by base offset. */
static size_t list_segments(struct broker_proc *bp, struct seg_file *out, size_t max)
{
    char dir[400];
    snprintf(dir, sizeof dir, "%s/data/%s-0", bp->dir, TORN_TOPIC);
    DIR *d = opendir(dir);
    cr_assert_not_null(d, "no partition directory %s", dir);
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < max) {
        size_t len = strlen(e->d_name);
        if (len != 24 || strcmp(e->d_name + 20, ".log"))
            continue;
        out[n].base = strtoll(e->d_name, NULL, 10);
        snprintf(out[n].path, sizeof out[n].path, "%s/%s", dir, e->d_name);
        n++;
    }
    closedir(d);
    qsort(out, n, sizeof *out, cmp_seg);
    return n;
}

static uint8_t *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f, "%s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *buf = malloc(n > 0 ? (size_t)n : 1);
    cr_assert_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    *len = (size_t)n;
    return buf;
}

/* Batch boundaries of a (valid) segment file. */
static size_t segment_batches(const char *path, struct batch_pos *out, size_t max)
{
    size_t len;
    uint8_t *buf = slurp(path, &len);
    struct rb_limits lim = {0};
    size_t at = 0, n = 0;
    while (at < len && n < max) {
        struct rb_batch b;
        cr_assert_eq(rb_parse(buf + at, len - at, &lim, &b, NULL), 0, "%s: bad batch at %zu", path,
                     at);
        out[n++] = (struct batch_pos){(int64_t)at, (int64_t)b.size_bytes, b.base_offset,
                                      b.base_offset + b.last_offset_delta};
        at += b.size_bytes;
    }
    free(buf);
    return n;
}

/* A broker holding TORN_COUNT acknowledged messages in TORN_TOPIC-0,
 * message s at offset s, over several 64 KiB segments. The offsets
 * checkpoint is written only at clean stops unless checkpoint_ms says
 * otherwise, so an unclean start scans the log from its first segment. */
static void torn_setup(struct broker_proc *bp, const char *checkpoint_ms)
{
    char ck[96];
    snprintf(ck, sizeof ck, "log.flush.offset.checkpoint.interval.ms=%s",
             checkpoint_ms ? checkpoint_ms : "3600000");
    const char *settings[] = {"num.partitions=1", "log.segment.bytes=65536", ck, NULL};
    hx_init(bp, settings);
    cr_assert_eq(hx_start(bp), 0);
    struct ledger l = {0};
    g_ledger = &l;
    ledger_grow(&l, TORN_COUNT + 1);
    /* Batches of 20 messages (about 3.5 KiB): many batches per segment. */
    rd_kafka_t *p = crash_producer(bp->bootstrap, "5", "20");
    char val[300];
    for (long s = 0; s < TORN_COUNT; s++) {
        size_t len = msg_value(s, val, sizeof val);
        rd_kafka_resp_err_t e;
        /* Everything to partition 0: PARTS divides the seq check in on_dr,
         * so send seq*PARTS as the opaque and keep the seq in the value. */
        while ((e = rd_kafka_producev(p, RD_KAFKA_V_TOPIC(TORN_TOPIC), RD_KAFKA_V_PARTITION(0),
                                      RD_KAFKA_V_VALUE(val, len),
                                      RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                                      RD_KAFKA_V_OPAQUE((void *)(intptr_t)(s * PARTS)),
                                      RD_KAFKA_V_END)) == RD_KAFKA_RESP_ERR__QUEUE_FULL)
            rd_kafka_poll(p, 5);
        cr_assert_eq(e, 0);
        rd_kafka_poll(p, 0);
    }
    cr_assert_eq(rd_kafka_flush(p, 60000), 0);
    rd_kafka_destroy(p);
    cr_assert_eq(l.nacked, TORN_COUNT, "only %ld of %d acknowledged", l.nacked, TORN_COUNT);
    for (long s = 0; s < TORN_COUNT; s++)
        cr_assert_eq(l.acked_offset[s * PARTS], s);
    free(l.acked_offset);
    g_ledger = NULL;
}

/* The broker serves exactly messages 0..n-1 at offsets 0..n-1 (raw Fetch,
 * every batch validated, and librdkafka with CRC checks), random reads
 * land in the right batch, and new appends continue at offset n. */
static void expect_prefix(struct broker_proc *bp, int64_t n, const char *what)
{
    struct part_view v;
    read_partition(bp->port, TORN_TOPIC, 0, &v);
    cr_assert_eq(v.n, n, "%s: %lld records served, want %lld", what, (long long)v.n, (long long)n);
    for (int64_t i = 0; i < v.n; i++)
        cr_assert_eq(v.seqs[i], i, "%s: offset %lld holds message %ld", what, (long long)i,
                     v.seqs[i]);
    view_free(&v);
    /* Random access goes through the offset index. */
    int fd = kc_connect(bp->port);
    struct rb_scratch scratch;
    rb_scratch_init(&scratch);
    for (int k = 0; k < 16 && n > 0; k++) {
        int64_t at = (n - 1) * k / 15;
        struct part_view r = {.base = at, .n = at};
        fetch_once(fd, TORN_TOPIC, 0, at, &scratch, &r);
        cr_assert_gt(r.n, at, "%s: nothing served at %lld", what, (long long)at);
        cr_assert_eq(r.seqs[0], at, "%s: offset %lld holds message %ld", what, (long long)at,
                     r.seqs[0]);
        view_free(&r);
    }
    rb_scratch_destroy(&scratch);
    close(fd);
    static const char *const cs[] = {"check.crcs=true", NULL};
    struct rk_msgs got = {0};
    rk_read_all(bp->bootstrap, TORN_TOPIC, RD_KAFKA_OFFSET_BEGINNING, (size_t)n, n ? 10000 : 2000,
                cs, &got);
    cr_assert_eq((int64_t)got.n, n, "%s: librdkafka read %zu of %lld", what, got.n, (long long)n);
    for (size_t i = 0; i < got.n; i++)
        cr_assert_eq(msg_seq(got.v[i].value, (int32_t)got.v[i].value_len), (long)i);
    rk_msgs_free(&got);

    /* Appends continue right after the valid prefix. */
    struct ledger l = {0};
    g_ledger = &l;
    ledger_grow(&l, 64 * PARTS);
    rd_kafka_t *p = crash_producer(bp->bootstrap, "0", "20");
    char val[300];
    for (long s = 0; s < 10; s++) {
        size_t len = msg_value(n + s, val, sizeof val);
        cr_assert_eq(
            rd_kafka_producev(p, RD_KAFKA_V_TOPIC(TORN_TOPIC), RD_KAFKA_V_PARTITION(0),
                              RD_KAFKA_V_VALUE(val, len), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                              RD_KAFKA_V_OPAQUE((void *)(intptr_t)(s * PARTS)), RD_KAFKA_V_END),
            0);
    }
    cr_assert_eq(rd_kafka_flush(p, 30000), 0);
    rd_kafka_destroy(p);
    cr_assert_eq(l.nacked, 10, "%s: appends after recovery failed", what);
    for (long s = 0; s < 10; s++)
        cr_assert_eq(l.acked_offset[s * PARTS], n + s, "%s: append landed at %lld, want %lld", what,
                     (long long)l.acked_offset[s * PARTS], (long long)(n + s));
    free(l.acked_offset);
    g_ledger = NULL;
    read_partition(bp->port, TORN_TOPIC, 0, &v);
    cr_assert_eq(v.n, n + 10);
    for (int64_t i = 0; i < v.n; i++)
        cr_assert_eq(v.seqs[i], i);
    view_free(&v);
}

static void cut_file(const char *path, int64_t len)
{
    cr_assert_eq(truncate(path, len), 0, "truncate %s: %s", path, strerror(errno));
}

/* Cut the last segment inside its last batch at several depths: inside
 * the 12-byte prefix, inside the 61-byte header, one byte short. */
Test(crash, last_segment_cut_mid_batch_serves_the_whole_batches_before_it)
{
    static const int cut_kind[] = {5, 40, -1};
    for (size_t k = 0; k < sizeof cut_kind / sizeof cut_kind[0]; k++) {
        struct broker_proc bp;
        torn_setup(&bp, NULL);
        hx_kill(&bp);
        struct seg_file segs[64];
        size_t ns = list_segments(&bp, segs, 64);
        cr_assert_geq(ns, 3u, "want several segments, have %zu", ns);
        struct batch_pos bs[4096];
        size_t nb = segment_batches(segs[ns - 1].path, bs, 4096);
        cr_assert_geq(nb, 2u);
        const struct batch_pos *victim = &bs[nb - 1];
        int64_t cut = cut_kind[k] > 0 ? victim->pos + cut_kind[k] : victim->pos + victim->size - 1;
        cut_file(segs[ns - 1].path, cut);
        cr_assert_eq(hx_start(&bp), 0, "no start after the cut");
        char what[64];
        snprintf(what, sizeof what, "cut at batch byte %lld", (long long)(cut - victim->pos));
        expect_prefix(&bp, victim->base_offset, what);
        cr_assert_eq(hx_stop(&bp), 0);
        fprintf(stderr,
                "crash: last segment cut %lld bytes into its last batch: %lld of %d served\n",
                (long long)(cut - victim->pos), (long long)victim->base_offset, TORN_COUNT);
        hx_cleanup(&bp);
    }
}

/* A crash that extended the file but never wrote the data: zeros. */
Test(crash, zeros_after_the_last_batch_are_cut_away)
{
    struct broker_proc bp;
    torn_setup(&bp, NULL);
    hx_kill(&bp);
    struct seg_file segs[64];
    size_t ns = list_segments(&bp, segs, 64);
    FILE *f = fopen(segs[ns - 1].path, "ab");
    cr_assert_not_null(f);
    static const uint8_t zero[8192];
    cr_assert_eq(fwrite(zero, 1, sizeof zero, f), sizeof zero);
    fclose(f);
    cr_assert_eq(hx_start(&bp), 0);
    expect_prefix(&bp, TORN_COUNT, "zero tail");
    cr_assert_eq(hx_stop(&bp), 0);
    hx_cleanup(&bp);
}

/* One flipped byte inside a stored batch of a middle segment: that batch
 * and everything after it (later segments too) are gone. */
Test(crash, a_flipped_byte_ends_the_log_at_the_damaged_batch)
{
    static const int where[] = {RB_OFF_ATTRIBUTES + 2, -1}; /* header, record bytes */
    for (size_t k = 0; k < sizeof where / sizeof where[0]; k++) {
        struct broker_proc bp;
        torn_setup(&bp, NULL);
        hx_kill(&bp);
        struct seg_file segs[64];
        size_t ns = list_segments(&bp, segs, 64);
        cr_assert_geq(ns, 4u, "want several segments, have %zu", ns);
        size_t mid = ns / 2;
        struct batch_pos bs[4096];
        size_t nb = segment_batches(segs[mid].path, bs, 4096);
        const struct batch_pos *victim = &bs[nb / 2];
        int64_t at = where[k] > 0
                         ? victim->pos + where[k]
                         : victim->pos + RB_HEADER_BYTES + (victim->size - RB_HEADER_BYTES) / 2;
        int fd = open(segs[mid].path, O_RDWR);
        cr_assert_geq(fd, 0);
        uint8_t byte;
        cr_assert_eq(pread(fd, &byte, 1, at), 1);
        byte ^= 0x10;
        cr_assert_eq(pwrite(fd, &byte, 1, at), 1);
        close(fd);
        cr_assert_eq(hx_start(&bp), 0, "no start after the flip");
        expect_prefix(&bp, victim->base_offset, "flipped byte");
        /* The later segments went with it (the one holding the new
         * appends may exist again). */
        struct seg_file after[64];
        size_t na = list_segments(&bp, after, 64);
        for (size_t i = 0; i < na; i++)
            cr_assert(after[i].base <= victim->base_offset,
                      "segment %lld survived a damaged batch at %lld", (long long)after[i].base,
                      (long long)victim->base_offset);
        cr_assert_eq(hx_stop(&bp), 0);
        fprintf(stderr,
                "crash: flipped byte %lld of batch %lld in segment %zu of %zu: %lld of %d served, "
                "%zu segments left\n",
                (long long)(at - victim->pos), (long long)victim->base_offset, mid + 1, ns,
                (long long)victim->base_offset, TORN_COUNT, na);
        hx_cleanup(&bp);
    }
}

enum idx_damage { IDX_DELETE, IDX_TRUNCATE_5, IDX_TRUNCATE_HALF, IDX_GARBAGE, IDX_SHUFFLE };

static const char *idx_damage_name(enum idx_damage d)
{
    static const char *names[] = {"deleted", "cut to 5 bytes", "cut in half", "garbage",
                                  "entries out of order"};
    return names[d];
}

static void damage_file(const char *path, enum idx_damage d, unsigned seed)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return; /* nothing to damage */
    switch (d) {
    case IDX_DELETE:
        cr_assert_eq(unlink(path), 0);
        break;
    case IDX_TRUNCATE_5:
        cut_file(path, st.st_size < 5 ? st.st_size : 5);
        break;
    case IDX_TRUNCATE_HALF:
        cut_file(path, st.st_size / 2);
        break;
    case IDX_GARBAGE:
    case IDX_SHUFFLE: {
        size_t len;
        uint8_t *buf = slurp(path, &len);
        if (d == IDX_GARBAGE) {
            for (size_t i = 0; i < len; i++)
                buf[i] = (uint8_t)rnd(&seed);
        } else if (len >= 16) {
            /* Swap the first and last entries (8 bytes each in .index,
             * 12 in .timeindex: the first 8 bytes either way). */
            uint8_t tmp[8];
            memcpy(tmp, buf, 8);
            memcpy(buf, buf + len - 8, 8);
            memcpy(buf + len - 8, tmp, 8);
        }
        FILE *f = fopen(path, "wb");
        cr_assert_eq(fwrite(buf, 1, len, f), len);
        fclose(f);
        free(buf);
        break;
    }
    }
}

/* Indexes are caches: deleted, cut or garbage index files (of every
 * segment) lose nothing, after a clean stop (lazily loaded indexes) and
 * after kill -9 once a checkpoint has moved the recovery point past the
 * early segments (so recovery does not rescan them). */
static void index_damage_case(bool clean, enum idx_damage d)
{
    struct broker_proc bp;
    torn_setup(&bp, clean ? NULL : "300");
    if (clean) {
        cr_assert_eq(hx_stop(&bp), 0);
    } else {
        usleep(1500 * 1000); /* let the offsets checkpoint run */
        hx_kill(&bp);
    }
    struct seg_file segs[64];
    size_t ns = list_segments(&bp, segs, 64);
    cr_assert_geq(ns, 3u);
    for (size_t i = 0; i < ns; i++) {
        char path[600];
        size_t plen = strlen(segs[i].path) - 4;
        snprintf(path, sizeof path, "%.*s.index", (int)plen, segs[i].path);
        damage_file(path, d, 0x9e3779b9u + (unsigned)i);
        snprintf(path, sizeof path, "%.*s.timeindex", (int)plen, segs[i].path);
        damage_file(path, d, 0x7f4a7c15u + (unsigned)i);
    }
    cr_assert_eq(hx_start(&bp), 0, "no start with damaged indexes");
    char what[96];
    snprintf(what, sizeof what, "indexes %s (%s)", idx_damage_name(d),
             clean ? "clean stop" : "kill -9");
    expect_prefix(&bp, TORN_COUNT, what);
    cr_assert_eq(hx_stop(&bp), 0);
    hx_cleanup(&bp);
}

Test(crash, damaged_index_files_lose_nothing)
{
    static const enum idx_damage all[] = {IDX_DELETE, IDX_TRUNCATE_5, IDX_TRUNCATE_HALF,
                                          IDX_GARBAGE, IDX_SHUFFLE};
    for (int clean = 1; clean >= 0; clean--)
        for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
            index_damage_case(clean, all[i]);
            fprintf(stderr, "crash: every index %s after %s: all %d messages served\n",
                    idx_damage_name(all[i]), clean ? "a clean stop" : "kill -9", TORN_COUNT);
        }
}
