/*
 * fuzz_records_legacy.c - libFuzzer target for rb_upconvert_legacy (legacy
 * magic 0/1 message sets to one RecordBatch v2).
 *
 * Input: one mode byte, then the bytes under test.
 *   mode bit 0 clear: every message the bytes frame gets its CRC-32 fixed
 *     first (outer set, and the inner set in wrap mode), so mutations reach
 *     the fields, the wrappers and the codecs instead of dying at the CRC;
 *   mode bit 1 set ("wrap"): the bytes are an inner message set; they are
 *     compressed with codec 1 + (bits 2-3) % 3 (gzip, snappy, lz4) and put
 *     in one wrapper message of magic (bit 4), LogAppendTime when bit 5,
 *     with a correct CRC, so inner-message checks are fuzzed behind every
 *     legacy codec;
 *   mode bit 6 set: in wrap mode, an lz4 frame gets the KAFKA-3160 header
 *     checksum (the broken one) instead of the right one.
 *
 * Checks, any failure traps:
 *   - a failure names a reason whose status is the one returned, writes
 *     nothing and leaves the scratch writer as it was;
 *   - a success writes exactly one batch, which rb_validate accepts under
 *     the producer rules (and rb_validate_produce for v0-2), with the
 *     record count reported, offset deltas 0..n-1, no producer id, no
 *     headers, the wrapper's codec or none; every key and value byte is
 *     touched so the sanitizer sees any bad view.
 *
 * Build and run: make fuzz (every tests/fuzz/fuzz_*.c), or
 *   build-fuzz/fuzz_records_legacy -max_total_time=N DIR tests/fuzz/corpus/records_legacy
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "protocol/records.h"
#include "protocol/records_legacy.h"
#include "protocol/status.h"

#define INFLATE_CAP (256 * 1024)

#define CHECK(x)                                                                                   \
    do {                                                                                           \
        if (!(x))                                                                                  \
            __builtin_trap();                                                                      \
    } while (0)

static volatile uint8_t sink;

static void touch(struct kbytes b)
{
    uint8_t acc = 0;
    for (int32_t i = 0; i < b.len; i++)
        acc ^= b.ptr[i];
    sink ^= acc;
}

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void put_be32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (24 - 8 * i));
}

/* Fix the CRC-32 of every whole message framed in p. */
static void fix_crcs(uint8_t *p, size_t len)
{
    size_t at = 0;
    while (len - at >= 12) {
        uint32_t size = be32(p + at + 8);
        if (size < 4 || size > len - at - 12)
            break;
        put_be32(p + at + 12, (uint32_t)crc32(0L, p + at + 16, (uInt)(size - 4)));
        at += 12 + size;
    }
}

/* The XXH32 the lz4 header uses, for inputs under 16 bytes. */
static uint32_t rotl(uint32_t x, int r)
{
    return (x << r) | (x >> (32 - r));
}

static uint32_t xxh32_short(const uint8_t *p, size_t len)
{
    uint32_t h = 374761393u + (uint32_t)len;
    size_t i = 0;
    for (; i + 4 <= len; i += 4) {
        uint32_t w = (uint32_t)p[i] | (uint32_t)p[i + 1] << 8 | (uint32_t)p[i + 2] << 16 |
                     (uint32_t)p[i + 3] << 24;
        h = rotl(h + w * 3266489917u, 17) * 668265263u;
    }
    for (; i < len; i++)
        h = rotl(h + p[i] * 374761393u, 11) * 2654435761u;
    h ^= h >> 15;
    h *= 2246822519u;
    h ^= h >> 13;
    h *= 3266489917u;
    h ^= h >> 16;
    return h;
}

/* Wrap the inner set in one compressed message; returns a malloc'd set. */
static uint8_t *wrap(const uint8_t *inner, size_t n, uint8_t mode, size_t *out_len)
{
    int codec = CODEC_GZIP + ((mode >> 2) & 3) % 3;
    int8_t magic = (mode >> 4) & 1;
    struct kwriter z;
    kw_init(&z);
    CHECK(codec_compress(codec, NULL, inner, n, &z) == 0);
    if (codec == CODEC_LZ4 && (mode & 0x40) && z.len >= 15) {
        size_t hc = (z.buf[4] & 0x08) ? 14 : 6; /* our frames state the size */
        z.buf[hc] = (uint8_t)(xxh32_short(z.buf, hc) >> 8);
    }
    struct kwriter w;
    kw_init(&w);
    kw_i64(&w, 0);
    kw_i32(&w, 0);
    kw_u32(&w, 0);
    kw_i8(&w, magic);
    kw_i8(&w, (int8_t)(codec | ((mode & 0x20) ? RB_LEGACY_ATTR_LOG_APPEND_TIME : 0)));
    if (magic == 1)
        kw_i64(&w, 1700000000000);
    kw_i32(&w, -1);
    kw_i32(&w, (int32_t)z.len);
    kw_raw(&w, z.buf, z.len);
    CHECK(w.err == 0);
    put_be32(w.buf + 8, (uint32_t)(w.len - 12));
    fix_crcs(w.buf, w.len);
    kw_destroy(&z);
    *out_len = w.len;
    uint8_t *p = w.buf; /* taken over */
    w.buf = NULL;
    kw_destroy(&w);
    return p;
}

static void check_output(const struct kwriter *out, const struct rb_legacy_info *info)
{
    struct rb_limits lim;
    rb_limits_producer(&lim, 0);
    struct rb_batch b;
    struct rb_error e;
    CHECK(rb_validate(out->buf, out->len, &lim, NULL, &b, &e) == 0);
    CHECK(b.size_bytes == out->len);
    CHECK(b.records_count == info->records && b.records_count >= 1);
    CHECK(b.producer_id == -1 && b.producer_epoch == -1 && b.base_sequence == -1);
    CHECK(!b.transactional && !b.control && !b.log_append_time);
    CHECK(b.codec == info->codec);
    CHECK(info->magic == 0 || info->magic == 1);
    struct rb_batch again;
    CHECK(rb_validate_produce(out->buf, out->len, 2, &lim, NULL, &again, &e) == 0);
    struct rb_scratch s;
    rb_scratch_init(&s);
    struct rb_iter it;
    CHECK(rb_iter_init(&it, &b, &s, 0, &e) == 0);
    struct rb_record rec;
    int32_t i = 0;
    int rc;
    while ((rc = rb_iter_next(&it, &rec, &e)) == 1) {
        CHECK(rec.offset_delta == i);
        CHECK(rec.header_count == 0);
        if (info->magic == 0)
            CHECK(rec.timestamp == -1);
        touch(rec.key);
        touch(rec.value);
        i++;
    }
    CHECK(rc == 0 && i == b.records_count);
    rb_scratch_destroy(&s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t mode = data[0];
    data++;
    size--;
    uint8_t *inner = malloc(size ? size : 1);
    memcpy(inner, data, size);
    if (!(mode & 1))
        fix_crcs(inner, size);
    uint8_t *buf = inner;
    size_t len = size;
    if (mode & 2) {
        buf = wrap(inner, size, mode, &len);
        free(inner);
    }

    /* Kept across inputs so decoder reuse after failures is fuzzed too. */
    static struct rb_scratch scratch;
    static bool scratch_ready;
    if (!scratch_ready) {
        rb_scratch_init(&scratch);
        scratch_ready = true;
    }
    kw_reset(&scratch.buf);
    kw_raw(&scratch.buf, "mark", 4);

    struct rb_limits lim;
    rb_limits_producer(&lim, 1 << 20);
    lim.max_uncompressed_bytes = INFLATE_CAP;
    struct kwriter out;
    kw_init(&out);
    struct rb_legacy_info info;
    struct rb_error e;
    int rc = rb_upconvert_legacy(buf, len, &lim, &scratch, &out, &info, &e);
    CHECK(scratch.buf.len == 4 && memcmp(scratch.buf.buf, "mark", 4) == 0);
    if (rc == 0) {
        check_output(&out, &info);
    } else {
        CHECK(rc < 0 && rc == e.status && e.code != RB_OK && e.code < RB_ERR__COUNT);
        CHECK(rb_err_kerr(e.code) != KERR_NONE);
        CHECK(out.len == 0);
        char msg[256];
        rb_error_format(&e, msg, sizeof msg);
    }
    kw_destroy(&out);
    free(buf);
    return 0;
}
