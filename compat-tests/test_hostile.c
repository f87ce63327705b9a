/*
 * test_hostile.c - hostile input against a live broker (STYLE.md 10, in
 * the manner of Redis's tests/unit/protocol.tcl).
 *
 * One table of cases. Each case runs on its own connection and expects
 * one exact outcome: a clean close (read returns 0 or ECONNRESET, and no
 * byte of response before it), the Kafka error code in the Produce
 * partition response, ApiVersions error 35 in a v0 body, or ordinary
 * answers. After every case a fresh connection must get ApiVersions and
 * Metadata answered, and the broker's peak RSS during the case must stay
 * within a few MiB: nothing may be allocated in proportion to a count or
 * length the input merely declares (CVE-2022-34917). Known data produced
 * with librdkafka at the start is read back byte-exact after the nastiest
 * cases and at the end.
 *
 * Separate tests cover what a table row cannot: a slowloris connection,
 * 2,000 idle connections while a real client is served, and 10,000
 * pipelined requests that are not read while they are sent.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <lz4frame.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include "compat-tests/harness.h"
#include "compat-tests/kclient.h"
#include "compat-tests/rk.h"
#include "protocol/crc32c.h"
#include "protocol/errors.h"
#include "protocol/msg/api_versions.h"
#include "protocol/msg/metadata.h"
#include "protocol/msg/produce.h"
#include "protocol/msg/registry.h"
#include "protocol/records.h"

static struct broker_proc bp;

#define TOPIC "hostile"
#define BASE_TOPIC "hostile-base"
#define BASE_PARTS 4
#define BASE_COUNT 2000
#define MIB (1024L * 1024L)

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void start_with(const char *const *settings)
{
    hx_init(&bp, settings);
    cr_assert_eq(hx_start(&bp), 0);
}

static void start(void)
{
    static const char *const settings[] = {"num.partitions=4", NULL};
    start_with(settings);
}

static void stop(void)
{
    cr_expect_eq(hx_stop(&bp), 0, "broker did not stop cleanly");
    hx_cleanup(&bp);
}

TestSuite(hostile, .init = start, .fini = stop, .timeout = 600);

/* ------------------------------------------------------------ known data */

static size_t base_value(long i, char *buf, size_t cap)
{
    size_t len = 20 + (size_t)(i * 7919 % 300);
    if (len > cap)
        len = cap;
    int n = snprintf(buf, cap, "base-%010ld|", i);
    for (size_t k = (size_t)n; k < len; k++)
        buf[k] = (char)(i * 31 + (long)k * 7);
    return len;
}

/* BASE_COUNT messages over BASE_PARTS partitions (message i in i % 4),
 * acks=all, before any hostile byte is sent. */
static void seed_base(void)
{
    static const char *const ps[] = {"acks=all", "linger.ms=5", NULL};
    rd_kafka_t *p = rk_producer(bp.bootstrap, ps);
    char val[512];
    for (long i = 0; i < BASE_COUNT; i++) {
        size_t len = base_value(i, val, sizeof val);
        rd_kafka_resp_err_t e;
        while ((e = rd_kafka_producev(p, RD_KAFKA_V_TOPIC(BASE_TOPIC),
                                      RD_KAFKA_V_PARTITION((int32_t)(i % BASE_PARTS)),
                                      RD_KAFKA_V_VALUE(val, len),
                                      RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END)) ==
               RD_KAFKA_RESP_ERR__QUEUE_FULL)
            rd_kafka_poll(p, 10);
        cr_assert_eq(e, 0, "producev: %s", rd_kafka_err2str(e));
    }
    cr_assert(rk_flush(p, 60000));
    cr_assert_eq(rk_delivery_of(p)->failed, 0, "%s",
                 rd_kafka_err2str(rk_delivery_of(p)->first_error));
    cr_assert_eq(rk_delivery_of(p)->ok, BASE_COUNT);
    free(rk_delivery_of(p));
    rd_kafka_destroy(p);
}

/* Every base message back, byte-exact, in its partition, in order. */
static void verify_base(const char *after)
{
    static const char *const cs[] = {"check.crcs=true", NULL};
    struct rk_msgs got = {0};
    rk_read_all(bp.bootstrap, BASE_TOPIC, RD_KAFKA_OFFSET_BEGINNING, BASE_COUNT, 10000, cs, &got);
    cr_assert_eq(got.n, (size_t)BASE_COUNT, "after %s: read back %zu of %d base messages", after,
                 got.n, BASE_COUNT);
    long last[BASE_PARTS];
    for (int p = 0; p < BASE_PARTS; p++)
        last[p] = -1;
    char val[512];
    for (size_t i = 0; i < got.n; i++) {
        const struct rk_msg *m = &got.v[i];
        char num[11] = {0};
        cr_assert_geq(m->value_len, 16u);
        memcpy(num, (const char *)m->value + 5, 10);
        long s = strtol(num, NULL, 10);
        cr_assert(s >= 0 && s < BASE_COUNT && s % BASE_PARTS == m->partition,
                  "after %s: stray message", after);
        cr_assert_gt(s, last[m->partition], "after %s: order broken in partition %d", after,
                     m->partition);
        cr_assert_eq(m->offset, s / BASE_PARTS, "after %s: message %ld at offset %lld", after, s,
                     (long long)m->offset);
        last[m->partition] = s;
        size_t len = base_value(s, val, sizeof val);
        cr_assert(m->value_len == len && memcmp(m->value, val, len) == 0,
                  "after %s: message %ld changed", after, s);
    }
    rk_msgs_free(&got);
}

/* RSS bounds in KiB, scaled by SLUICE_RSS_FACTOR (make compat-asan sets
 * it: ASan's shadow memory and quarantine inflate the broker's RSS). */
static long rss_bound_kib(long mib)
{
    const char *f = getenv("SLUICE_RSS_FACTOR");
    long factor = f && atol(f) > 0 ? atol(f) : 1;
    return mib * 1024 * factor;
}

/* ------------------------------------------------------------- liveness */

/* A fresh connection gets ApiVersions and Metadata (pipelined) answered. */
static void check_live(const char *after)
{
    cr_assert(hx_alive(&bp), "broker died after %s", after);
    int fd = kc_connect(bp.port);
    cr_assert_geq(fd, 0, "after %s: cannot connect", after);
    struct api_versions_req av;
    api_versions_req_init(&av);
    av.client_software_name = KSTR_LIT("sluice-hostile");
    av.client_software_version = KSTR_LIT("1.0");
    struct metadata_req_metadata_request_topic t;
    metadata_req_metadata_request_topic_init(&t);
    t.name = KSTR_LIT(TOPIC);
    struct metadata_req md;
    metadata_req_init(&md);
    md.topics = &t;
    md.topics_count = 1;
    md.allow_auto_topic_creation = false;
    cr_assert_eq(kc_send(fd, 18, 3, 1, &av), 0, "after %s", after);
    cr_assert_eq(kc_send(fd, 3, 9, 2, &md), 0, "after %s", after);
    struct arena a;
    arena_init(&a);
    uint8_t *f1, *f2;
    struct api_versions_resp avr;
    struct metadata_resp mdr;
    cr_assert_eq(kc_recv(fd, 18, 3, &a, &avr, &f1), 1, "after %s: no ApiVersions answer", after);
    cr_assert_eq(avr.error_code, 0);
    cr_assert_gt(avr.api_keys_count, 10);
    cr_assert_eq(kc_recv(fd, 3, 9, &a, &mdr, &f2), 2, "after %s: no Metadata answer", after);
    cr_assert_eq(mdr.brokers_count, 1);
    cr_assert_eq(mdr.topics_count, 1);
    cr_assert_eq(mdr.topics[0].error_code, 0, "after %s: topic error %d", after,
                 mdr.topics[0].error_code);
    cr_assert_eq(mdr.topics[0].partitions_count, BASE_PARTS);
    free(f1);
    free(f2);
    arena_destroy(&a);
    close(fd);
}

/* Create TOPIC (auto-creation through Metadata) before any case runs. */
static void ensure_topic(void)
{
    int fd = kc_connect(bp.port);
    cr_assert_geq(fd, 0);
    struct metadata_req_metadata_request_topic t;
    metadata_req_metadata_request_topic_init(&t);
    t.name = KSTR_LIT(TOPIC);
    struct metadata_req md;
    metadata_req_init(&md);
    md.topics = &t;
    md.topics_count = 1;
    md.allow_auto_topic_creation = true;
    cr_assert_eq(kc_send(fd, 3, 9, 1, &md), 0);
    struct arena a;
    arena_init(&a);
    struct metadata_resp r;
    uint8_t *f;
    cr_assert_eq(kc_recv(fd, 3, 9, &a, &r, &f), 1);
    cr_assert_eq(r.topics_count, 1);
    cr_assert_eq(r.topics[0].error_code, 0, "auto-create: %d", r.topics[0].error_code);
    free(f);
    arena_destroy(&a);
    close(fd);
}

/* ------------------------------------------------------- frame building */

/* Size placeholder and a request header: v1 (int16 client id) or, for a
 * flexible version we serve, v2 (plus empty tagged fields). */
static void hdr(struct kwriter *w, int16_t key, int16_t ver, int32_t corr)
{
    kw_i32(w, 0);
    kw_i16(w, key);
    kw_i16(w, ver);
    kw_i32(w, corr);
    kw_str(w, KSTR_LIT("hostile"), false, true);
    const struct kmsg_api *api = kmsg_lookup(key);
    if (api && ver >= api->min_version && ver <= api->max_version &&
        kmsg_request_header_version(api, ver) >= 2)
        kw_uvarint(w, 0);
}

/* Patch the size of the frame that starts at `at`. */
static void fin_at(struct kwriter *w, size_t at)
{
    kw_patch_i32(w, at, (int32_t)(w->len - at - 4));
}

static void fin(struct kwriter *w)
{
    fin_at(w, 0);
}

static void raw_u32(struct kwriter *w, uint32_t v)
{
    kw_u32(w, v);
}

static void zeros(struct kwriter *w, size_t n)
{
    uint8_t *p = kw_reserve(w, n);
    if (p) {
        memset(p, 0, n);
        w->len += n;
    }
}

/* A valid ApiVersions v0 request frame with this correlation id. */
static void api_versions_frame(struct kwriter *w, int32_t corr)
{
    size_t at = w->len;
    hdr(w, 18, 0, corr);
    fin_at(w, at);
}

/* ----------------------------------------------------------- batches */

static void fix_crc(uint8_t *batch, size_t len)
{
    uint32_t crc = crc32c(0, batch + RB_OFF_ATTRIBUTES, len - RB_OFF_ATTRIBUTES);
    batch[RB_OFF_CRC] = (uint8_t)(crc >> 24);
    batch[RB_OFF_CRC + 1] = (uint8_t)(crc >> 16);
    batch[RB_OFF_CRC + 2] = (uint8_t)(crc >> 8);
    batch[RB_OFF_CRC + 3] = (uint8_t)crc;
}

static void put_be32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

static void put_be16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}

/* A valid uncompressed batch of n small records. */
static void good_batch(struct kwriter *w, int n)
{
    struct rb_build b;
    rb_build_init(&b);
    struct rb_rec_in recs[8];
    char vals[8][16];
    for (int i = 0; i < n && i < 8; i++) {
        int len = snprintf(vals[i], sizeof vals[i], "hostile-%d", i);
        recs[i] = (struct rb_rec_in){.timestamp_ms = 1700000000000 + i,
                                     .key = KBYTES_NULL,
                                     .value = {(const uint8_t *)vals[i], len}};
    }
    cr_assert_eq(rb_build_batch(&b, recs, n, w), 0);
}

/* A batch header (61 bytes) followed by `records` as the records section,
 * with the codec bits, recordsCount and a correct CRC. */
static void raw_batch(struct kwriter *w, int codec, int32_t count, const void *records, size_t len)
{
    size_t at = w->len;
    kw_i64(w, 0);                                                  /* baseOffset */
    kw_i32(w, (int32_t)(RB_HEADER_BYTES - RB_LOG_OVERHEAD + len)); /* batchLength */
    kw_i32(w, 0);                                                  /* partitionLeaderEpoch */
    kw_i8(w, 2);                                                   /* magic */
    kw_u32(w, 0);                                                  /* crc, below */
    kw_i16(w, (int16_t)codec);                                     /* attributes */
    kw_i32(w, count - 1);                                          /* lastOffsetDelta */
    kw_i64(w, 1700000000000);                                      /* baseTimestamp */
    kw_i64(w, 1700000000000);                                      /* maxTimestamp */
    kw_i64(w, -1);                                                 /* producerId */
    kw_i16(w, -1);                                                 /* producerEpoch */
    kw_i32(w, -1);                                                 /* baseSequence */
    kw_i32(w, count);                                              /* recordsCount */
    kw_raw(w, records, len);
    fix_crc(w->buf + at, w->len - at);
}

static void b_good(struct kwriter *w)
{
    good_batch(w, 3);
}

static void b_bad_crc(struct kwriter *w)
{
    good_batch(w, 3);
    w->buf[w->len - 2] ^= 0x40; /* inside the last record's value */
}

static void b_length_beyond_field(struct kwriter *w)
{
    good_batch(w, 3);
    put_be32(w->buf + RB_OFF_BATCH_LENGTH, (uint32_t)(w->len - RB_LOG_OVERHEAD + 100));
}

static void b_length_huge(struct kwriter *w)
{
    good_batch(w, 3);
    put_be32(w->buf + RB_OFF_BATCH_LENGTH, 0x7fffffff);
}

static void b_length_below_minimum(struct kwriter *w)
{
    good_batch(w, 3);
    put_be32(w->buf + RB_OFF_BATCH_LENGTH, 20);
}

/* recordsCount 4 and lastOffsetDelta 3 agree with each other, but only
 * three records follow. */
static void b_count_mismatch(struct kwriter *w)
{
    good_batch(w, 3);
    put_be32(w->buf + 23, 3);
    put_be32(w->buf + 57, 4);
    fix_crc(w->buf, w->len);
}

static void b_count_huge(struct kwriter *w)
{
    good_batch(w, 3);
    put_be32(w->buf + 23, 0x7ffffffe);
    put_be32(w->buf + 57, 0x7fffffff);
    fix_crc(w->buf, w->len);
}

/* One record whose length varint never ends within 5 bytes. */
static void b_varint_overflow(struct kwriter *w)
{
    static const uint8_t rec[] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0, 0, 0, 0};
    raw_batch(w, 0, 1, rec, sizeof rec);
}

/* A well-framed record whose timestampDelta varlong runs 11 bytes. */
static void b_varlong_overflow(struct kwriter *w)
{
    uint8_t rec[32];
    size_t n = 0;
    rec[n++] = 2 * 20; /* length 20, zig-zag */
    rec[n++] = 0;      /* attributes */
    for (int i = 0; i < 11; i++)
        rec[n++] = 0xff;
    while (n < 21)
        rec[n++] = 0;
    raw_batch(w, 0, 1, rec, n);
}

/* A record claiming a 1 GiB value. */
static void b_value_len_huge(struct kwriter *w)
{
    uint8_t rec[] = {2 * 10, 0, 0, 0, 1 /* key null */, 0x80, 0x80, 0x80, 0x80, 0x08, 0, 0};
    raw_batch(w, 0, 1, rec, sizeof rec);
}

static void b_codec_unknown(struct kwriter *w)
{
    good_batch(w, 3);
    put_be16(w->buf + RB_OFF_ATTRIBUTES, 5);
    fix_crc(w->buf, w->len);
}

static void garbage(struct kwriter *w, int codec)
{
    uint8_t junk[512];
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < sizeof junk; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        junk[i] = (uint8_t)x;
    }
    raw_batch(w, codec, 3, junk, sizeof junk);
}

static void b_garbage_gzip(struct kwriter *w)
{
    garbage(w, 1);
}
static void b_garbage_snappy(struct kwriter *w)
{
    garbage(w, 2);
}
static void b_garbage_lz4(struct kwriter *w)
{
    garbage(w, 3);
}
static void b_garbage_zstd(struct kwriter *w)
{
    garbage(w, 4);
}

/* Decompression bombs: a stream of zeros compressed as it is produced, so
 * the test never holds the inflated bytes either. */
#define BOMB_CHUNK (1 << 20)

static void b_gzip_bomb(struct kwriter *w)
{
    /* 512 MiB of zeros, about 0.5 MiB compressed (deflate tops out near
     * 1:1030); below message.max.bytes so the inflate cap is what stops it. */
    static uint8_t zero[BOMB_CHUNK];
    z_stream z;
    memset(&z, 0, sizeof z);
    cr_assert_eq(deflateInit2(&z, 9, Z_DEFLATED, 31, 9, Z_DEFAULT_STRATEGY), Z_OK);
    size_t cap = 1u << 20, len = 0;
    uint8_t *out = malloc(cap);
    for (int i = 0; i < 512; i++) {
        z.next_in = zero;
        z.avail_in = BOMB_CHUNK;
        int flush = i == 511 ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = out + len;
            z.avail_out = (uInt)(cap - len);
            int rc = deflate(&z, flush);
            cr_assert(rc == Z_OK || rc == Z_STREAM_END || rc == Z_BUF_ERROR);
            len = cap - z.avail_out;
            cr_assert_lt(len, cap, "gzip bomb larger than expected");
        } while (z.avail_in > 0 || (flush == Z_FINISH && z.avail_out == 0));
    }
    deflateEnd(&z);
    raw_batch(w, 1, 1, out, len);
    free(out);
}

static void b_zstd_bomb(struct kwriter *w)
{
    /* 2 GiB of zeros: a few dozen KiB of zstd. */
    static uint8_t zero[BOMB_CHUNK];
    ZSTD_CCtx *cc = ZSTD_createCCtx();
    size_t cap = 1u << 20;
    uint8_t *out = malloc(cap);
    ZSTD_outBuffer ob = {out, cap, 0};
    ZSTD_CCtx_setPledgedSrcSize(cc, 2048ull * BOMB_CHUNK);
    for (int i = 0; i < 2048; i++) {
        ZSTD_inBuffer ib = {zero, BOMB_CHUNK, 0};
        ZSTD_EndDirective end = i == 2047 ? ZSTD_e_end : ZSTD_e_continue;
        size_t rem;
        do {
            rem = ZSTD_compressStream2(cc, &ob, &ib, end);
            cr_assert(!ZSTD_isError(rem), "%s", ZSTD_getErrorName(rem));
            cr_assert_lt(ob.pos, cap);
        } while (ib.pos < ib.size || (end == ZSTD_e_end && rem != 0));
    }
    ZSTD_freeCCtx(cc);
    raw_batch(w, 4, 1, out, ob.pos);
    free(out);
}

static void b_lz4_bomb(struct kwriter *w)
{
    /* 200 MiB of zeros in an LZ4 frame: about 0.8 MiB (LZ4 tops out near
     * 1:255). */
    static uint8_t zero[BOMB_CHUNK];
    LZ4F_compressionContext_t cc;
    cr_assert(!LZ4F_isError(LZ4F_createCompressionContext(&cc, LZ4F_VERSION)));
    LZ4F_preferences_t prefs;
    memset(&prefs, 0, sizeof prefs);
    prefs.frameInfo.blockSizeID = LZ4F_max4MB;
    size_t cap = 2u << 20, len = 0;
    uint8_t *out = malloc(cap);
    size_t n = LZ4F_compressBegin(cc, out, cap, &prefs);
    cr_assert(!LZ4F_isError(n));
    len += n;
    size_t bound = LZ4F_compressBound(BOMB_CHUNK, &prefs);
    uint8_t *tmp = malloc(bound);
    for (int i = 0; i < 200; i++) {
        n = LZ4F_compressUpdate(cc, tmp, bound, zero, BOMB_CHUNK, NULL);
        cr_assert(!LZ4F_isError(n));
        cr_assert_lt(len + n, cap);
        memcpy(out + len, tmp, n);
        len += n;
    }
    n = LZ4F_compressEnd(cc, tmp, bound, NULL);
    cr_assert(!LZ4F_isError(n));
    memcpy(out + len, tmp, n);
    len += n;
    free(tmp);
    LZ4F_freeCompressionContext(cc);
    raw_batch(w, 3, 1, out, len);
    free(out);
}

static void b_empty(struct kwriter *w)
{
    (void)w;
}

static void b_two_batches(struct kwriter *w)
{
    good_batch(w, 1);
    good_batch(w, 1);
}

static void b_trailing_partial_batch(struct kwriter *w)
{
    good_batch(w, 2);
    good_batch(w, 2);
    w->len -= 10;
}

static void b_magic_1(struct kwriter *w)
{
    good_batch(w, 3);
    w->buf[RB_OFF_MAGIC] = 1;
}

static void b_magic_9(struct kwriter *w)
{
    good_batch(w, 3);
    w->buf[RB_OFF_MAGIC] = 9;
}

static void b_base_offset_set(struct kwriter *w)
{
    good_batch(w, 3);
    w->buf[7] = 42; /* outside the CRC, checked by the producer rules */
}

static void b_control(struct kwriter *w)
{
    good_batch(w, 3);
    put_be16(w->buf + RB_OFF_ATTRIBUTES, 0x20);
    fix_crc(w->buf, w->len);
}

static void b_unused_attribute_bits(struct kwriter *w)
{
    good_batch(w, 3);
    put_be16(w->buf + RB_OFF_ATTRIBUTES, 0x0100);
    fix_crc(w->buf, w->len);
}

static void b_too_large(struct kwriter *w)
{
    /* One 1.5 MiB value: above the default message.max.bytes. */
    size_t n = 1536u * 1024;
    uint8_t *v = malloc(n);
    memset(v, 'x', n);
    struct rb_build b;
    rb_build_init(&b);
    struct rb_rec_in r = {
        .timestamp_ms = 1700000000000, .key = KBYTES_NULL, .value = {v, (int32_t)n}};
    cr_assert_eq(rb_build_batch(&b, &r, 1, w), 0);
    free(v);
}

static void b_zstd_batch(struct kwriter *w)
{
    struct rb_build b;
    rb_build_init(&b);
    b.codec = CODEC_ZSTD;
    uint8_t v[2000];
    memset(v, 'z', sizeof v);
    struct rb_rec_in r = {
        .timestamp_ms = 1700000000000, .key = KBYTES_NULL, .value = {v, sizeof v}};
    cr_assert_eq(rb_build_batch(&b, &r, 1, w), 0);
}

/* ------------------------------------------------------ raw frame cases */

static void r_size(struct kwriter *w, uint32_t size, size_t extra)
{
    raw_u32(w, size);
    zeros(w, extra);
}

static void r_size_minus_1(struct kwriter *w)
{
    r_size(w, 0xffffffffu, 16);
}
static void r_size_int32_min(struct kwriter *w)
{
    r_size(w, 0x80000000u, 16); /* 2 GiB as an unsigned reader would see it */
}
static void r_size_minus_100(struct kwriter *w)
{
    r_size(w, (uint32_t)-100, 16);
}
static void r_size_0(struct kwriter *w)
{
    r_size(w, 0, 16);
}
#define TINY(n)                                                                                    \
    static void r_size_##n(struct kwriter *w)                                                      \
    {                                                                                              \
        raw_u32(w, n);                                                                             \
        for (int i = 0; i < n; i++)                                                                \
            kw_i8(w, (int8_t)(i == 1 ? 18 : 0)); /* looks like the start of ApiVersions */         \
    }
TINY(1)
TINY(2)
TINY(3)
TINY(4)
TINY(5)
TINY(6)
TINY(7)
static void r_size_int32_max(struct kwriter *w)
{
    r_size(w, 0x7fffffffu, 16);
}
static void r_size_max_plus_1(struct kwriter *w)
{
    r_size(w, 104857601u, 16); /* socket.request.max.bytes + 1 */
}
/* Declares 1000 bytes, sends a valid header and 12 more, then half-closes. */
static void r_beyond_data(struct kwriter *w)
{
    raw_u32(w, 1000);
    kw_i16(w, 3);
    kw_i16(w, 1);
    kw_i32(w, 1);
    kw_str(w, KSTR_LIT("x"), false, true);
    zeros(w, 12);
}
/* Declares 64 MiB (under the cap), sends 256 KiB of it, half-closes: only
 * what arrived may be buffered. */
static void r_big_declared_then_close(struct kwriter *w)
{
    raw_u32(w, 64u << 20);
    kw_i16(w, 0);
    kw_i16(w, 8);
    kw_i32(w, 1);
    zeros(w, 256u << 10);
}

static void r_header_8_bytes(struct kwriter *w)
{
    raw_u32(w, 8);
    kw_i16(w, 18);
    kw_i16(w, 1);
    kw_i32(w, 1); /* no client id at all */
}
static void r_header_9_bytes(struct kwriter *w)
{
    raw_u32(w, 9);
    kw_i16(w, 18);
    kw_i16(w, 1);
    kw_i32(w, 1);
    kw_i8(w, 0); /* half of the client id length */
}
static void r_unknown_key(struct kwriter *w, int16_t key, int16_t ver)
{
    hdr(w, key, ver, 1);
    zeros(w, 16);
    fin(w);
}
static void r_key_999(struct kwriter *w)
{
    r_unknown_key(w, 999, 0);
}
static void r_key_minus_1(struct kwriter *w)
{
    r_unknown_key(w, -1, 0);
}
static void r_key_32767(struct kwriter *w)
{
    r_unknown_key(w, 32767, 0);
}
/* SaslHandshake has a codec but no handler: not served. */
static void r_key_sasl(struct kwriter *w)
{
    r_unknown_key(w, 17, 1);
}
static void r_produce_v99(struct kwriter *w)
{
    r_unknown_key(w, 0, 99);
}
static void r_list_offsets_v0(struct kwriter *w)
{
    r_unknown_key(w, 2, 0);
}
static void r_fetch_v3(struct kwriter *w)
{
    r_unknown_key(w, 1, 3);
}
static void r_metadata_minus_1(struct kwriter *w)
{
    r_unknown_key(w, 3, -1);
}
static void r_api_versions_v99(struct kwriter *w)
{
    raw_u32(w, 0);
    kw_i16(w, 18);
    kw_i16(w, 99);
    kw_i32(w, 1);
    kw_str(w, KSTR_LIT("x"), false, true);
    zeros(w, 30); /* a body of a layout nobody knows */
    fin(w);
}
static void r_api_versions_minus_1(struct kwriter *w)
{
    raw_u32(w, 0);
    kw_i16(w, 18);
    kw_i16(w, -1);
    kw_i32(w, 1);
    fin(w);
}
static void r_client_id_len(struct kwriter *w, int16_t len)
{
    raw_u32(w, 0);
    kw_i16(w, 18);
    kw_i16(w, 1);
    kw_i32(w, 1);
    kw_i16(w, len);
    zeros(w, 10);
    fin(w);
}
static void r_client_id_minus_2(struct kwriter *w)
{
    r_client_id_len(w, -2);
}
static void r_client_id_int16_min(struct kwriter *w)
{
    r_client_id_len(w, INT16_MIN);
}
static void r_client_id_beyond_frame(struct kwriter *w)
{
    r_client_id_len(w, 1000);
}
static void r_client_id_null(struct kwriter *w)
{
    r_client_id_len(w, -1); /* legal: null client id */
    w->len -= 10;           /* ApiVersions v1 has an empty body */
    fin(w);
}
/* Metadata v9 (header v2): the header's tagged-field count is huge. */
static void r_header_tags_huge(struct kwriter *w)
{
    raw_u32(w, 0);
    kw_i16(w, 3);
    kw_i16(w, 9);
    kw_i32(w, 1);
    kw_str(w, KSTR_LIT("x"), false, true);
    kw_uvarint(w, 0x7fffffff);
    zeros(w, 8);
    fin(w);
}
static void r_header_tag_len_huge(struct kwriter *w)
{
    raw_u32(w, 0);
    kw_i16(w, 3);
    kw_i16(w, 9);
    kw_i32(w, 1);
    kw_str(w, KSTR_LIT("x"), false, true);
    kw_uvarint(w, 1);          /* one tagged field */
    kw_uvarint(w, 7);          /* tag */
    kw_uvarint(w, 0x7ffffff0); /* its size */
    zeros(w, 8);
    fin(w);
}

static void r_metadata_v1_count(struct kwriter *w, int32_t count)
{
    hdr(w, 3, 1, 1);
    kw_i32(w, count);
    zeros(w, 8);
    fin(w);
}
static void r_metadata_count_max(struct kwriter *w)
{
    r_metadata_v1_count(w, INT32_MAX);
}
static void r_metadata_count_minus_2(struct kwriter *w)
{
    r_metadata_v1_count(w, -2);
}
static void r_metadata_count_int32_min(struct kwriter *w)
{
    r_metadata_v1_count(w, INT32_MIN);
}
static void r_metadata_v9_compact_huge(struct kwriter *w)
{
    hdr(w, 3, 9, 1);
    kw_uvarint(w, 0xfffffffe); /* count 0xfffffffd */
    zeros(w, 8);
    fin(w);
}
static void r_metadata_v9_uvarint_overflow(struct kwriter *w)
{
    hdr(w, 3, 9, 1);
    for (int i = 0; i < 7; i++)
        kw_i8(w, (int8_t)0xff);
    zeros(w, 4);
    fin(w);
}
/* 1 MiB of frame and a count of 2^28: still far more than fits. */
static void r_metadata_big_frame_count(struct kwriter *w)
{
    hdr(w, 3, 1, 1);
    kw_i32(w, 1 << 28);
    zeros(w, 1u << 20);
    fin(w);
}
/* Produce v8 with a hostile count at one of three places. */
static void r_produce(struct kwriter *w, int32_t topics, int32_t parts, int16_t name_len,
                      int32_t records_len)
{
    hdr(w, 0, 8, 1);
    kw_i16(w, -1);   /* transactional id */
    kw_i16(w, 1);    /* acks */
    kw_i32(w, 5000); /* timeout */
    kw_i32(w, topics);
    kw_i16(w, name_len);
    kw_raw(w, TOPIC, strlen(TOPIC));
    kw_i32(w, parts);
    kw_i32(w, 0);
    kw_i32(w, records_len);
    zeros(w, 64);
    fin(w);
}
static void r_produce_topics_max(struct kwriter *w)
{
    r_produce(w, INT32_MAX, 1, (int16_t)strlen(TOPIC), 64);
}
static void r_produce_topics_minus_7(struct kwriter *w)
{
    r_produce(w, -7, 1, (int16_t)strlen(TOPIC), 64);
}
static void r_produce_partitions_max(struct kwriter *w)
{
    r_produce(w, 1, 0x40000000, (int16_t)strlen(TOPIC), 64);
}
static void r_produce_partitions_minus_1(struct kwriter *w)
{
    r_produce(w, 1, -1, (int16_t)strlen(TOPIC), 64); /* not nullable */
}
static void r_produce_name_beyond_frame(struct kwriter *w)
{
    r_produce(w, 1, 1, 30000, 64);
}
static void r_produce_records_beyond_frame(struct kwriter *w)
{
    r_produce(w, 1, 1, (int16_t)strlen(TOPIC), 0x7fffffff);
}
static void r_produce_records_minus_5(struct kwriter *w)
{
    r_produce(w, 1, 1, (int16_t)strlen(TOPIC), -5);
}
static void fetch_head(struct kwriter *w)
{
    hdr(w, 1, 11, 1);
    kw_i32(w, -1);      /* replica */
    kw_i32(w, 100);     /* max wait */
    kw_i32(w, 1);       /* min bytes */
    kw_i32(w, 1 << 20); /* max bytes */
    kw_i8(w, 0);        /* isolation */
    kw_i32(w, 0);       /* session id */
    kw_i32(w, -1);      /* session epoch */
}
static void r_fetch_topics_max(struct kwriter *w)
{
    fetch_head(w);
    kw_i32(w, INT32_MAX);
    zeros(w, 16);
    fin(w);
}
static void r_fetch_partitions_huge(struct kwriter *w)
{
    fetch_head(w);
    kw_i32(w, 1);
    kw_str(w, KSTR_LIT(TOPIC), false, false);
    kw_i32(w, 0x10000000);
    zeros(w, 40);
    fin(w);
}
static void r_offset_commit_topics_huge(struct kwriter *w)
{
    hdr(w, 8, 7, 1);
    kw_str(w, KSTR_LIT("g"), false, false);
    kw_i32(w, 1);
    kw_str(w, KSTR_LIT("m"), false, false);
    kw_i16(w, -1); /* group instance id */
    kw_i32(w, 0x20000000);
    zeros(w, 16);
    fin(w);
}
static void r_offset_commit_partitions_huge(struct kwriter *w)
{
    hdr(w, 8, 7, 1);
    kw_str(w, KSTR_LIT("g"), false, false);
    kw_i32(w, 1);
    kw_str(w, KSTR_LIT("m"), false, false);
    kw_i16(w, -1);
    kw_i32(w, 1);
    kw_str(w, KSTR_LIT(TOPIC), false, false);
    kw_i32(w, 0x7ffffff0);
    zeros(w, 16);
    fin(w);
}
static void r_join_group_protocols_huge(struct kwriter *w)
{
    hdr(w, 11, 5, 1);
    kw_str(w, KSTR_LIT("g"), false, false);
    kw_i32(w, 10000);
    kw_i32(w, 10000);
    kw_str(w, KSTR_LIT(""), false, false);
    kw_i16(w, -1);
    kw_str(w, KSTR_LIT("consumer"), false, false);
    kw_i32(w, 0x7fffffff);
    zeros(w, 16);
    fin(w);
}
static void r_describe_groups_huge(struct kwriter *w)
{
    hdr(w, 15, 0, 1);
    kw_i32(w, 0x7fffffff);
    zeros(w, 16);
    fin(w);
}
static void r_list_offsets_topics_huge(struct kwriter *w)
{
    hdr(w, 2, 1, 1);
    kw_i32(w, -1);
    kw_i32(w, 0x30000000);
    zeros(w, 16);
    fin(w);
}
static void r_offset_fetch_topics_huge(struct kwriter *w)
{
    hdr(w, 9, 1, 1);
    kw_str(w, KSTR_LIT("g"), false, false);
    kw_i32(w, 0x30000000);
    zeros(w, 16);
    fin(w);
}
/* CreateTopics has a codec but no handler: a count there never reaches a
 * decoder; the key alone closes the connection. */
static void r_create_topics_huge(struct kwriter *w)
{
    raw_u32(w, 0);
    kw_i16(w, 19);
    kw_i16(w, 4);
    kw_i32(w, 1);
    kw_str(w, KSTR_LIT("x"), false, true);
    kw_i32(w, 0x7fffffff);
    zeros(w, 16);
    fin(w);
}
static void r_sync_group_assignments_huge(struct kwriter *w)
{
    hdr(w, 14, 3, 1);
    kw_str(w, KSTR_LIT("g"), false, false);
    kw_i32(w, 1);
    kw_str(w, KSTR_LIT("m"), false, false);
    kw_i16(w, -1);
    kw_i32(w, 0x7fffffff);
    zeros(w, 16);
    fin(w);
}
/* Two good requests and then a bad size, in one write: both answers, in
 * order, then the close. */
static void r_two_good_then_bad(struct kwriter *w)
{
    api_versions_frame(w, 1);
    api_versions_frame(w, 2);
    raw_u32(w, 0xfffffff0u);
    zeros(w, 8);
}
/* Bytes after a complete body are ignored, as Kafka does. */
static void r_trailing_bytes(struct kwriter *w)
{
    hdr(w, 18, 0, 1);
    zeros(w, 100);
    fin(w);
}

/* ------------------------------------------------------------ the table */

enum expect {
    X_CLOSE,         /* clean close, not one byte of answer */
    X_PRODUCE,       /* Produce v`version` answers `err` for the partition */
    X_AV35,          /* ApiVersions error 35, v0 body, connection stays */
    X_ANSWERS,       /* `answers` responses (corr 1..n), connection stays */
    X_ANSWERS_CLOSE, /* `answers` responses (corr 1..n), then a clean close */
};

#define F_SHUT_WR 1u /* half-close after sending */
#define F_VERIFY 2u  /* read the known data back afterwards */

struct hcase {
    const char *name;
    enum expect expect;
    void (*raw)(struct kwriter *w);   /* the bytes to send (not X_PRODUCE) */
    void (*batch)(struct kwriter *w); /* X_PRODUCE: the partition's records */
    int16_t err;
    int answers;
    unsigned flags;
    int16_t version;   /* X_PRODUCE: default 8 */
    int16_t acks;      /* X_PRODUCE: 0 means 1 */
    int32_t partition; /* X_PRODUCE */
    long rss_mib;      /* peak RSS growth allowed; default 20 */
};

static const struct hcase cases[] = {
    /* Frame sizes */
    {.name = "size -1", .expect = X_CLOSE, .raw = r_size_minus_1},
    {.name = "size 0x80000000 (2 GiB)", .expect = X_CLOSE, .raw = r_size_int32_min},
    {.name = "size -100", .expect = X_CLOSE, .raw = r_size_minus_100},
    {.name = "size 0", .expect = X_CLOSE, .raw = r_size_0},
    {.name = "size 1", .expect = X_CLOSE, .raw = r_size_1},
    {.name = "size 2", .expect = X_CLOSE, .raw = r_size_2},
    {.name = "size 3", .expect = X_CLOSE, .raw = r_size_3},
    {.name = "size 4", .expect = X_CLOSE, .raw = r_size_4},
    {.name = "size 5", .expect = X_CLOSE, .raw = r_size_5},
    {.name = "size 6", .expect = X_CLOSE, .raw = r_size_6},
    {.name = "size 7", .expect = X_CLOSE, .raw = r_size_7},
    {.name = "size 0x7fffffff", .expect = X_CLOSE, .raw = r_size_int32_max},
    {.name = "size socket.request.max.bytes+1", .expect = X_CLOSE, .raw = r_size_max_plus_1},
    {.name = "length beyond the data, then close",
     .expect = X_CLOSE,
     .raw = r_beyond_data,
     .flags = F_SHUT_WR},
    {.name = "64 MiB declared, 256 KiB sent, then close",
     .expect = X_CLOSE,
     .raw = r_big_declared_then_close,
     .flags = F_SHUT_WR},
    /* Headers, keys, versions */
    {.name = "header of 8 bytes without client id", .expect = X_CLOSE, .raw = r_header_8_bytes},
    {.name = "header cut inside the client id length", .expect = X_CLOSE, .raw = r_header_9_bytes},
    {.name = "unknown api key 999", .expect = X_CLOSE, .raw = r_key_999},
    {.name = "api key -1", .expect = X_CLOSE, .raw = r_key_minus_1},
    {.name = "api key 32767", .expect = X_CLOSE, .raw = r_key_32767},
    {.name = "SaslHandshake (codec, no handler)", .expect = X_CLOSE, .raw = r_key_sasl},
    {.name = "Produce v99", .expect = X_CLOSE, .raw = r_produce_v99},
    {.name = "ListOffsets v0 (below the served range)", .expect = X_CLOSE, .raw = r_list_offsets_v0},
    {.name = "Fetch v3 (below the served range)", .expect = X_CLOSE, .raw = r_fetch_v3},
    {.name = "Metadata v-1", .expect = X_CLOSE, .raw = r_metadata_minus_1},
    {.name = "ApiVersions v99", .expect = X_AV35, .raw = r_api_versions_v99},
    {.name = "ApiVersions v-1", .expect = X_AV35, .raw = r_api_versions_minus_1},
    {.name = "client id length -2", .expect = X_CLOSE, .raw = r_client_id_minus_2},
    {.name = "client id length -32768", .expect = X_CLOSE, .raw = r_client_id_int16_min},
    {.name = "client id longer than the frame", .expect = X_CLOSE, .raw = r_client_id_beyond_frame},
    {.name = "client id null (legal)", .expect = X_ANSWERS, .raw = r_client_id_null, .answers = 1},
    {.name = "flexible header: tagged field count 2^31-1",
     .expect = X_CLOSE,
     .raw = r_header_tags_huge},
    {.name = "flexible header: tagged field size 2^31",
     .expect = X_CLOSE,
     .raw = r_header_tag_len_huge},
    /* Array counts (nothing allocated in proportion to them) */
    {.name = "Metadata topics count 2^31-1", .expect = X_CLOSE, .raw = r_metadata_count_max},
    {.name = "Metadata topics count -2", .expect = X_CLOSE, .raw = r_metadata_count_minus_2},
    {.name = "Metadata topics count -2^31", .expect = X_CLOSE, .raw = r_metadata_count_int32_min},
    {.name = "Metadata v9 compact topics count 2^32-3",
     .expect = X_CLOSE,
     .raw = r_metadata_v9_compact_huge},
    {.name = "Metadata v9 uvarint overflow",
     .expect = X_CLOSE,
     .raw = r_metadata_v9_uvarint_overflow},
    {.name = "Metadata count 2^28 in a 1 MiB frame",
     .expect = X_CLOSE,
     .raw = r_metadata_big_frame_count},
    {.name = "Produce topic_data count 2^31-1", .expect = X_CLOSE, .raw = r_produce_topics_max},
    {.name = "Produce topic_data count -7", .expect = X_CLOSE, .raw = r_produce_topics_minus_7},
    {.name = "Produce partition_data count 2^30",
     .expect = X_CLOSE,
     .raw = r_produce_partitions_max},
    {.name = "Produce partition_data count -1",
     .expect = X_CLOSE,
     .raw = r_produce_partitions_minus_1},
    {.name = "Produce topic name longer than the frame",
     .expect = X_CLOSE,
     .raw = r_produce_name_beyond_frame},
    {.name = "Produce records length 2^31-1",
     .expect = X_CLOSE,
     .raw = r_produce_records_beyond_frame},
    {.name = "Produce records length -5", .expect = X_CLOSE, .raw = r_produce_records_minus_5},
    {.name = "Fetch topics count 2^31-1", .expect = X_CLOSE, .raw = r_fetch_topics_max},
    {.name = "Fetch partitions count 2^28", .expect = X_CLOSE, .raw = r_fetch_partitions_huge},
    {.name = "OffsetCommit topics count 2^29",
     .expect = X_CLOSE,
     .raw = r_offset_commit_topics_huge},
    {.name = "OffsetCommit partitions count 2^31-16",
     .expect = X_CLOSE,
     .raw = r_offset_commit_partitions_huge},
    {.name = "OffsetFetch topics count 3*2^28",
     .expect = X_CLOSE,
     .raw = r_offset_fetch_topics_huge},
    {.name = "JoinGroup protocols count 2^31-1",
     .expect = X_CLOSE,
     .raw = r_join_group_protocols_huge},
    {.name = "SyncGroup assignments count 2^31-1",
     .expect = X_CLOSE,
     .raw = r_sync_group_assignments_huge},
    {.name = "DescribeGroups groups count 2^31-1",
     .expect = X_CLOSE,
     .raw = r_describe_groups_huge},
    {.name = "ListOffsets topics count 3*2^28",
     .expect = X_CLOSE,
     .raw = r_list_offsets_topics_huge},
    {.name = "CreateTopics (not served) topics count 2^31-1",
     .expect = X_CLOSE,
     .raw = r_create_topics_huge},
    /* Pipelines */
    {.name = "two good requests, then a bad size",
     .expect = X_ANSWERS_CLOSE,
     .raw = r_two_good_then_bad,
     .answers = 2},
    {.name = "bytes after a complete body",
     .expect = X_ANSWERS,
     .raw = r_trailing_bytes,
     .answers = 1},
    /* Record batches in Produce */
    {.name = "Produce: a valid batch (control)",
     .expect = X_PRODUCE,
     .batch = b_good,
     .err = KERR_NONE},
    {.name = "Produce: bad CRC",
     .expect = X_PRODUCE,
     .batch = b_bad_crc,
     .err = KERR_CORRUPT_MESSAGE},
    {.name = "Produce: batch length beyond the records field",
     .expect = X_PRODUCE,
     .batch = b_length_beyond_field,
     .err = KERR_CORRUPT_MESSAGE},
    {.name = "Produce: batch length 2^31-1",
     .expect = X_PRODUCE,
     .batch = b_length_huge,
     .err = KERR_CORRUPT_MESSAGE},
    {.name = "Produce: batch length below the v2 minimum",
     .expect = X_PRODUCE,
     .batch = b_length_below_minimum,
     .err = KERR_CORRUPT_MESSAGE},
    {.name = "Produce: record count 4, three records",
     .expect = X_PRODUCE,
     .batch = b_count_mismatch,
     .err = KERR_INVALID_RECORD},
    {.name = "Produce: record count 2^31-1",
     .expect = X_PRODUCE,
     .batch = b_count_huge,
     .err = KERR_INVALID_RECORD},
    {.name = "Produce: varint overflow in a record length",
     .expect = X_PRODUCE,
     .batch = b_varint_overflow,
     .err = KERR_INVALID_RECORD},
    {.name = "Produce: varlong overflow in a timestamp delta",
     .expect = X_PRODUCE,
     .batch = b_varlong_overflow,
     .err = KERR_INVALID_RECORD},
    {.name = "Produce: record value length 1 GiB",
     .expect = X_PRODUCE,
     .batch = b_value_len_huge,
     .err = KERR_INVALID_RECORD},
    {.name = "Produce: unknown codec 5",
     .expect = X_PRODUCE,
     .batch = b_codec_unknown,
     .err = KERR_UNSUPPORTED_COMPRESSION_TYPE},
    {.name = "Produce: garbage gzip",
     .expect = X_PRODUCE,
     .batch = b_garbage_gzip,
     .err = KERR_INVALID_RECORD},
    {.name = "Produce: garbage snappy",
     .expect = X_PRODUCE,
     .batch = b_garbage_snappy,
     .err = KERR_INVALID_RECORD},
    {.name = "Produce: garbage lz4",
     .expect = X_PRODUCE,
     .batch = b_garbage_lz4,
     .err = KERR_INVALID_RECORD},
    {.name = "Produce: garbage zstd",
     .expect = X_PRODUCE,
     .batch = b_garbage_zstd,
     .err = KERR_INVALID_RECORD},
    {.name = "Produce: gzip bomb (512 MiB)",
     .expect = X_PRODUCE,
     .batch = b_gzip_bomb,
     .err = KERR_MESSAGE_TOO_LARGE,
     .flags = F_VERIFY,
     .rss_mib = 100},
    {.name = "Produce: zstd bomb (2 GiB)",
     .expect = X_PRODUCE,
     .batch = b_zstd_bomb,
     .err = KERR_MESSAGE_TOO_LARGE,
     .flags = F_VERIFY,
     .rss_mib = 100},
    {.name = "Produce: lz4 bomb (200 MiB)",
     .expect = X_PRODUCE,
     .batch = b_lz4_bomb,
     .err = KERR_MESSAGE_TOO_LARGE,
     .flags = F_VERIFY,
     .rss_mib = 100},
    {.name = "Produce: empty records",
     .expect = X_PRODUCE,
     .batch = b_empty,
     .err = KERR_CORRUPT_MESSAGE},
    {.name = "Produce: two batches",
     .expect = X_PRODUCE,
     .batch = b_two_batches,
     .err = KERR_INVALID_RECORD},
    {.name = "Produce: a batch and a partial one",
     .expect = X_PRODUCE,
     .batch = b_trailing_partial_batch,
     .err = KERR_INVALID_RECORD},
    {.name = "Produce: magic 1",
     .expect = X_PRODUCE,
     .batch = b_magic_1,
     .err = KERR_INVALID_RECORD},
    {.name = "Produce: magic 9",
     .expect = X_PRODUCE,
     .batch = b_magic_9,
     .err = KERR_CORRUPT_MESSAGE},
    {.name = "Produce: baseOffset 42",
     .expect = X_PRODUCE,
     .batch = b_base_offset_set,
     .err = KERR_INVALID_RECORD},
    {.name = "Produce: control batch from a producer",
     .expect = X_PRODUCE,
     .batch = b_control,
     .err = KERR_INVALID_RECORD},
    {.name = "Produce: unused attribute bits",
     .expect = X_PRODUCE,
     .batch = b_unused_attribute_bits,
     .err = KERR_INVALID_RECORD},
    {.name = "Produce: 1.5 MiB batch",
     .expect = X_PRODUCE,
     .batch = b_too_large,
     .err = KERR_MESSAGE_TOO_LARGE,
     .flags = F_VERIFY},
    {.name = "Produce v6: zstd",
     .expect = X_PRODUCE,
     .batch = b_zstd_batch,
     .err = KERR_UNSUPPORTED_COMPRESSION_TYPE,
     .version = 6},
    {.name = "Produce: acks 7",
     .expect = X_PRODUCE,
     .batch = b_good,
     .err = KERR_INVALID_REQUIRED_ACKS,
     .acks = 7},
    {.name = "Produce: partition 99",
     .expect = X_PRODUCE,
     .batch = b_good,
     .err = KERR_UNKNOWN_TOPIC_OR_PARTITION,
     .partition = 99},
    {.name = "Produce: partition -1",
     .expect = X_PRODUCE,
     .batch = b_good,
     .err = KERR_UNKNOWN_TOPIC_OR_PARTITION,
     .partition = -1},
};

/* ------------------------------------------------------------- outcomes */

/* The peer closes without sending a byte first. */
static void expect_clean_close(int fd, const char *name)
{
    double deadline = now_s() + 20;
    while (now_s() < deadline) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        if (poll(&p, 1, 200) <= 0)
            continue;
        uint8_t buf[256];
        ssize_t r = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
        if (r == 0 || (r < 0 && (errno == ECONNRESET || errno == EPIPE)))
            return;
        if (r > 0)
            cr_assert_fail("%s: %zd bytes of answer where a close was expected", name, r);
    }
    cr_assert_fail("%s: connection still open after 20 s", name);
}

/* Still open: nothing more arrives and no close within a moment. */
static void expect_open(int fd, const char *name)
{
    struct pollfd p = {.fd = fd, .events = POLLIN};
    cr_assert_eq(poll(&p, 1, 300), 0, "%s: unexpected bytes or close", name);
}

static void expect_answers(int fd, int n, const char *name)
{
    for (int i = 1; i <= n; i++) {
        size_t len;
        uint8_t *f = kc_recv_frame(fd, &len);
        cr_assert_not_null(f, "%s: answer %d missing", name, i);
        cr_assert_geq(len, 4u);
        int32_t corr =
            (int32_t)((uint32_t)f[0] << 24 | (uint32_t)f[1] << 16 | (uint32_t)f[2] << 8 | f[3]);
        cr_assert_eq(corr, i, "%s: answer %d carries correlation id %d", name, i, corr);
        free(f);
    }
}

static void run_produce(int fd, const struct hcase *c)
{
    struct kwriter rec;
    kw_init(&rec);
    c->batch(&rec);
    cr_assert_eq(rec.err, 0);
    struct produce_req_partition_produce_data pd;
    produce_req_partition_produce_data_init(&pd);
    pd.index = c->partition;
    pd.records = (struct krecords){rec.buf, (int32_t)rec.len, NULL, 0};
    struct produce_req_topic_produce_data td;
    produce_req_topic_produce_data_init(&td);
    td.name = KSTR_LIT(TOPIC);
    td.partition_data = &pd;
    td.partition_data_count = 1;
    struct produce_req req;
    produce_req_init(&req);
    req.transactional_id = KSTR_NULL;
    req.acks = c->acks ? c->acks : 1;
    req.timeout_ms = 10000;
    req.topic_data = &td;
    req.topic_data_count = 1;
    int16_t v = c->version ? c->version : 8;
    cr_assert_eq(kc_send(fd, 0, v, 7, &req), 0, "%s: send", c->name);
    kw_destroy(&rec);
    struct arena a;
    arena_init(&a);
    struct produce_resp resp;
    uint8_t *frame;
    cr_assert_eq(kc_recv(fd, 0, v, &a, &resp, &frame), 7, "%s: no Produce answer", c->name);
    cr_assert_eq(resp.responses_count, 1);
    cr_assert_eq(resp.responses[0].partition_responses_count, 1);
    const struct produce_resp_partition_produce_response *pr =
        &resp.responses[0].partition_responses[0];
    cr_assert_eq(pr->index, c->partition);
    cr_assert_eq(pr->error_code, c->err, "%s: error %d (%s), want %d", c->name, pr->error_code,
                 kerr_name(pr->error_code), c->err);
    if (c->err != KERR_NONE)
        cr_assert_eq(pr->base_offset, -1);
    free(frame);
    arena_destroy(&a);
    expect_open(fd, c->name);
}

static void run_case(const struct hcase *c)
{
    long rss0 = hx_rss_kib(&bp);
    bool peak = hx_reset_peak_rss(&bp) == 0;
    int fd = kc_connect(bp.port);
    cr_assert_geq(fd, 0);
    if (c->expect == X_PRODUCE) {
        run_produce(fd, c);
    } else {
        struct kwriter w;
        kw_init(&w);
        c->raw(&w);
        cr_assert_eq(w.err, 0);
        /* The broker may close while a long frame is still going out. */
        int sent = kc_send_raw(fd, w.buf, w.len);
        kw_destroy(&w);
        if (c->expect != X_CLOSE)
            cr_assert_eq(sent, 0, "%s: send failed", c->name);
        if (c->flags & F_SHUT_WR)
            shutdown(fd, SHUT_WR);
        switch (c->expect) {
        case X_CLOSE:
            expect_clean_close(fd, c->name);
            break;
        case X_ANSWERS:
            expect_answers(fd, c->answers, c->name);
            expect_open(fd, c->name);
            break;
        case X_ANSWERS_CLOSE:
            expect_answers(fd, c->answers, c->name);
            expect_clean_close(fd, c->name);
            break;
        case X_AV35: {
            struct arena a;
            arena_init(&a);
            struct api_versions_resp r;
            uint8_t *f;
            cr_assert_eq(kc_recv(fd, 18, 0, &a, &r, &f), 1, "%s: no v0 answer", c->name);
            cr_assert_eq(r.error_code, KERR_UNSUPPORTED_VERSION);
            cr_assert_eq(r.api_keys_count, 1);
            cr_assert_eq(r.api_keys[0].api_key, 18);
            free(f);
            /* The connection stays usable. */
            struct api_versions_req q;
            api_versions_req_init(&q);
            cr_assert_eq(kc_send(fd, 18, 0, 2, &q), 0);
            cr_assert_eq(kc_recv(fd, 18, 0, &a, &r, &f), 2, "%s: connection unusable", c->name);
            cr_assert_eq(r.error_code, 0);
            free(f);
            arena_destroy(&a);
            break;
        }
        case X_PRODUCE:
            break;
        }
    }
    close(fd);
    check_live(c->name);
    long rss1 = peak ? hx_status_kib(&bp, "VmHWM") : hx_rss_kib(&bp);
    long limit = rss_bound_kib(c->rss_mib ? c->rss_mib : 20);
    cr_assert_lt(rss1 - rss0, limit, "%s: RSS grew from %ld to %ld KiB (limit +%ld KiB)", c->name,
                 rss0, rss1, limit);
    cr_log_info("hostile: %-50s ok (%s RSS %ld -> %ld KiB)", c->name, peak ? "peak" : "", rss0,
                rss1);
    if (c->flags & F_VERIFY)
        verify_base(c->name);
}

Test(hostile, every_case_gets_its_exact_outcome_and_the_broker_lives_on)
{
    ensure_topic();
    seed_base();
    check_live("start");
    verify_base("start");
    size_t n = sizeof cases / sizeof cases[0];
    for (size_t i = 0; i < n; i++)
        run_case(&cases[i]);
    /* Every connection that closed was logged as a violation or a bad
     * size, never as anything the broker did to itself. */
    cr_assert_eq(hx_log_count(&bp, "level=error"), 0, "the broker logged an error");
    verify_base("all cases");
    fprintf(stderr, "hostile: %zu cases passed\n", n);
}

/* ------------------------------------------------- many idle connections */

Test(hostile, two_thousand_idle_connections_while_a_real_client_is_served)
{
    enum { N = 2000 };
    struct rlimit rl;
    cr_assert_eq(getrlimit(RLIMIT_NOFILE, &rl), 0);
    if (rl.rlim_cur < N + 512) {
        rl.rlim_cur = rl.rlim_max < 8192 ? rl.rlim_max : 8192;
        cr_assert_eq(setrlimit(RLIMIT_NOFILE, &rl), 0);
    }
    cr_assert_geq(rl.rlim_cur, (rlim_t)N + 256, "RLIMIT_NOFILE hard limit too low: %ld",
                  (long)rl.rlim_max);
    ensure_topic();
    seed_base();
    /* The baseline is the least seen over a second: the seeding clients'
     * connections and a segment file can still be closing (a CI run once
     * counted one such fd and then missed "all N held" by one). */
    int fds0 = hx_fd_count(&bp);
    for (int i = 0; i < 10; i++) {
        usleep(100000);
        int n = hx_fd_count(&bp);
        fds0 = n < fds0 ? n : fds0;
    }
    long rss0 = hx_rss_kib(&bp);
    int *fds = malloc(N * sizeof *fds);
    for (int i = 0; i < N; i++) {
        fds[i] = kc_connect(bp.port);
        cr_assert_geq(fds[i], 0, "connection %d refused (errno %d)", i, errno);
    }
    /* Wait until the broker holds them all. */
    double deadline = now_s() + 30;
    while (hx_fd_count(&bp) < fds0 + N && now_s() < deadline)
        usleep(50000);
    int held = hx_fd_count(&bp);
    cr_assert_geq(held, fds0 + N, "broker holds %d fds, want >= %d", held, fds0 + N);

    /* A librdkafka producer and consumer are served meanwhile. */
    static const char *const ps[] = {"acks=all", "linger.ms=5", NULL};
    rd_kafka_t *p = rk_producer(bp.bootstrap, ps);
    for (int i = 0; i < 5000; i++) {
        char v[32];
        int len = snprintf(v, sizeof v, "crowd-%06d", i);
        rd_kafka_resp_err_t e;
        while ((e = rd_kafka_producev(p, RD_KAFKA_V_TOPIC("crowd"), RD_KAFKA_V_PARTITION(0),
                                      RD_KAFKA_V_VALUE(v, (size_t)len),
                                      RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END)) ==
               RD_KAFKA_RESP_ERR__QUEUE_FULL)
            rd_kafka_poll(p, 10);
        cr_assert_eq(e, 0);
    }
    cr_assert(rk_flush(p, 60000));
    cr_assert_eq(rk_delivery_of(p)->ok, 5000, "%s",
                 rd_kafka_err2str(rk_delivery_of(p)->first_error));
    free(rk_delivery_of(p));
    rd_kafka_destroy(p);
    struct rk_msgs got = {0};
    rk_read_all(bp.bootstrap, "crowd", RD_KAFKA_OFFSET_BEGINNING, 5000, 10000, NULL, &got);
    cr_assert_eq(got.n, 5000u);
    for (size_t i = 0; i < got.n; i++) {
        char v[32];
        int len = snprintf(v, sizeof v, "crowd-%06zu", i);
        cr_assert(got.v[i].value_len == (size_t)len && memcmp(got.v[i].value, v, (size_t)len) == 0);
    }
    rk_msgs_free(&got);
    check_live("2,000 idle connections");

    /* The idle ones still work: every 50th asks ApiVersions. */
    for (int i = 0; i < N; i += 50) {
        struct api_versions_req q;
        api_versions_req_init(&q);
        cr_assert_eq(kc_send(fds[i], 18, 0, i + 1, &q), 0);
        struct arena a;
        arena_init(&a);
        struct api_versions_resp r;
        uint8_t *f;
        cr_assert_eq(kc_recv(fds[i], 18, 0, &a, &r, &f), i + 1, "idle connection %d", i);
        free(f);
        arena_destroy(&a);
    }
    long rss1 = hx_rss_kib(&bp);
    fprintf(stderr, "hostile: 2000 idle connections: broker fds %d -> %d, RSS %ld -> %ld KiB\n",
            fds0, held, rss0, rss1);
    cr_assert_lt(rss1 - rss0, rss_bound_kib(64), "2,000 idle connections cost %ld KiB",
                 rss1 - rss0);
    for (int i = 0; i < N; i++)
        close(fds[i]);
    free(fds);
    deadline = now_s() + 30;
    while (hx_fd_count(&bp) > fds0 + 16 && now_s() < deadline)
        usleep(50000);
    cr_assert_leq(hx_fd_count(&bp), fds0 + 16, "broker kept %d fds after the clients left",
                  hx_fd_count(&bp));
    verify_base("2,000 idle connections");
}

/* ------------------------------------------------ pipelined, not read */

Test(hostile, ten_thousand_pipelined_requests_unread_keep_memory_bounded_and_order)
{
    enum { N = 10000 };
    ensure_topic();
    seed_base();
    /* 100 more topics make an all-topics Metadata answer about 14 KiB, so
     * 10,000 of them (140 MB) are far beyond the broker's output limit. */
    {
        struct metadata_req_metadata_request_topic ts[100];
        char names[100][16];
        for (int i = 0; i < 100; i++) {
            metadata_req_metadata_request_topic_init(&ts[i]);
            snprintf(names[i], sizeof names[i], "pipe-%03d", i);
            ts[i].name = kstr_c(names[i]);
        }
        struct metadata_req cr;
        metadata_req_init(&cr);
        cr.topics = ts;
        cr.topics_count = 100;
        cr.allow_auto_topic_creation = true;
        int cfd = kc_connect(bp.port);
        cr_assert_eq(kc_send(cfd, 3, 9, 1, &cr), 0);
        struct arena a;
        arena_init(&a);
        struct metadata_resp r;
        uint8_t *f;
        cr_assert_eq(kc_recv(cfd, 3, 9, &a, &r, &f), 1);
        cr_assert_eq(r.topics_count, 100);
        free(f);
        arena_destroy(&a);
        close(cfd);
    }
    struct metadata_req md;
    metadata_req_init(&md);
    md.topics = NULL;
    md.topics_count = -1; /* all topics */
    struct kwriter w;
    kw_init(&w);
    for (int i = 0; i < N; i++) {
        size_t at = w.len;
        hdr(&w, 3, 9, i);
        cr_assert_eq(metadata_req_encode(&w, 9, &md), 0);
        fin_at(&w, at);
    }
    int fd = kc_connect(bp.port);
    cr_assert_geq(fd, 0);
    int fl = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, fl | O_NONBLOCK);
    long rss0 = hx_rss_kib(&bp);
    bool peak = hx_reset_peak_rss(&bp) == 0;
    long rss_max = rss0;

    /* Phase 1: send without reading until the broker has taken no byte
     * for three seconds (it paused reading, or has everything and its
     * answers are piling up), sampling its RSS all along. */
    size_t sent = 0;
    double idle_since = now_s();
    while (now_s() - idle_since < 3.0) {
        ssize_t n = sent < w.len ? send(fd, w.buf + sent, w.len - sent, MSG_NOSIGNAL) : 0;
        if (n > 0) {
            sent += (size_t)n;
            idle_since = now_s();
        } else {
            cr_assert(n == 0 || errno == EAGAIN || errno == EWOULDBLOCK, "send: errno %d", errno);
            usleep(20000);
        }
        long r = hx_rss_kib(&bp);
        if (r > rss_max)
            rss_max = r;
    }
    long hwm = peak ? hx_status_kib(&bp, "VmHWM") : rss_max;
    if (hwm > rss_max)
        rss_max = hwm;
    fprintf(stderr,
            "hostile: pipelined: %zu of %zu request bytes sent unread; broker RSS %ld KiB before, "
            "%ld KiB at most while unread\n",
            sent, w.len, rss0, rss_max);
    cr_assert(hx_alive(&bp));
    cr_assert_lt(rss_max - rss0, rss_bound_kib(64), "broker RSS grew by %ld KiB", rss_max - rss0);
    check_live("10,000 pipelined requests (unread)");

    /* Phase 2: read every answer (sending the rest), in order. */
    size_t cap = 1u << 20, have = 0;
    uint8_t *in = malloc(cap);
    int next = 0;
    uint64_t answer_bytes = 0;
    double deadline = now_s() + 120;
    while (next < N && now_s() < deadline) {
        struct pollfd p = {.fd = fd, .events = POLLIN | (sent < w.len ? POLLOUT : 0)};
        if (poll(&p, 1, 1000) <= 0)
            continue;
        if ((p.revents & POLLOUT) && sent < w.len) {
            ssize_t n = send(fd, w.buf + sent, w.len - sent, MSG_NOSIGNAL);
            if (n > 0)
                sent += (size_t)n;
        }
        if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
            if (have == cap) {
                cap *= 2;
                in = realloc(in, cap);
            }
            ssize_t n = recv(fd, in + have, cap - have, 0);
            cr_assert(n > 0 || (n < 0 && errno == EAGAIN), "connection lost after %d answers",
                      next);
            if (n > 0)
                have += (size_t)n;
        }
        size_t at = 0;
        while (have - at >= 8) {
            uint32_t len = (uint32_t)in[at] << 24 | (uint32_t)in[at + 1] << 16 |
                           (uint32_t)in[at + 2] << 8 | in[at + 3];
            if (have - at < 4 + (size_t)len)
                break;
            int32_t corr = (int32_t)((uint32_t)in[at + 4] << 24 | (uint32_t)in[at + 5] << 16 |
                                     (uint32_t)in[at + 6] << 8 | in[at + 7]);
            cr_assert_eq(corr, next, "answer %d carries correlation id %d", next, corr);
            answer_bytes += 4 + len;
            next++;
            at += 4 + len;
        }
        memmove(in, in + at, have - at);
        have -= at;
    }
    cr_assert_eq(next, N, "only %d of %d answers", next, N);
    free(in);
    kw_destroy(&w);
    close(fd);
    fprintf(stderr, "hostile: pipelined: all %d answers (%llu bytes) read, in order\n", N,
            (unsigned long long)answer_bytes);
    check_live("10,000 pipelined requests");
    verify_base("10,000 pipelined requests");
}

/* ------------------------------------------------------------ slowloris */

#define SLOW_IDLE_MS 3000

static void start_slow(void)
{
    /* A short idle limit so the slowloris case ends in seconds. */
    static const char *const settings[] = {"num.partitions=4", "connections.max.idle.ms=3000",
                                           NULL};
    start_with(settings);
}

TestSuite(hostile_slow, .init = start_slow, .fini = stop, .timeout = 300);

struct trickle {
    int fd;
    const uint8_t *bytes;
    size_t len;
    int gap_ms;
    size_t sent; /* bytes the socket took before it failed or we ran out */
    volatile bool stop;
};

static void *trickle_run(void *arg)
{
    struct trickle *t = arg;
    while (!t->stop && t->sent < t->len) {
        if (send(t->fd, t->bytes + t->sent, 1, MSG_NOSIGNAL) != 1)
            break;
        t->sent++;
        usleep((useconds_t)t->gap_ms * 1000);
    }
    return NULL;
}

Test(hostile_slow, a_trickled_frame_is_closed_by_the_idle_timeout_while_others_are_served)
{
    ensure_topic();
    seed_base();
    /* A frame declared as 1,000 bytes, sent one byte every 200 ms: it
     * would take 200 s to arrive, and every byte counts as activity. */
    uint8_t frame[1004];
    memset(frame, 0, sizeof frame);
    put_be32(frame, 1000);
    put_be16(frame + 4, 3);
    put_be16(frame + 6, 1);
    int fd = kc_connect(bp.port);
    cr_assert_geq(fd, 0);
    struct trickle t = {.fd = fd, .bytes = frame, .len = sizeof frame, .gap_ms = 200};
    pthread_t th;
    cr_assert_eq(pthread_create(&th, NULL, trickle_run, &t), 0);

    /* Meanwhile everyone else is served. */
    double t0 = now_s();
    int checks = 0;
    while (now_s() - t0 < 1.5 * SLOW_IDLE_MS / 1000.0) {
        check_live("slowloris in progress");
        checks++;
        usleep(250000);
    }
    /* Closed well before the frame could complete; no answer first. */
    expect_clean_close(fd, "slowloris");
    double closed_after = now_s() - t0;
    t.stop = true;
    pthread_join(th, NULL);
    close(fd);
    fprintf(
        stderr,
        "hostile: slowloris closed after %.1f s (%zu of %zu bytes trickled), %d liveness checks "
        "meanwhile\n",
        closed_after, t.sent, sizeof frame, checks);
    cr_assert_lt(t.sent, sizeof frame);
    cr_assert_eq(hx_log_count(&bp, "reason=partial_frame_timeout"), 1);
    check_live("slowloris");
    verify_base("slowloris");
}

Test(hostile_slow, a_slow_but_whole_frame_within_the_limit_is_answered)
{
    ensure_topic();
    /* ApiVersions v0 (21 bytes) at 40 ms a byte: under a second, well
     * inside the 3 s limit. Not a slowloris: it must be answered. */
    struct kwriter w;
    kw_init(&w);
    api_versions_frame(&w, 1);
    int fd = kc_connect(bp.port);
    cr_assert_geq(fd, 0);
    struct trickle t = {.fd = fd, .bytes = w.buf, .len = w.len, .gap_ms = 40};
    trickle_run(&t);
    cr_assert_eq(t.sent, w.len);
    expect_answers(fd, 1, "slow whole frame");
    kw_destroy(&w);
    close(fd);
    cr_assert_eq(hx_log_count(&bp, "reason=partial_frame_timeout"), 0);
}

Test(hostile_slow, a_silent_connection_is_closed_by_the_idle_timeout)
{
    ensure_topic();
    int fd = kc_connect(bp.port);
    cr_assert_geq(fd, 0);
    double t0 = now_s();
    expect_clean_close(fd, "silent connection");
    close(fd);
    double after = now_s() - t0;
    cr_assert_geq(after, SLOW_IDLE_MS / 1000.0 - 0.5, "closed after %.1f s", after);
    cr_assert_eq(hx_log_count(&bp, "reason=idle"), 1);
    check_live("idle close");
}
