/*
 * fuzz_records.c - libFuzzer target for the record-batch validator,
 * decompression and record iteration.
 *
 * Input: one mode byte, then the bytes under test.
 *   mode bit 0 clear: every batch the input frames gets its CRC-32C fixed
 *     first, so mutations reach the records and the codecs instead of
 *     dying at the checksum; set: the bytes are used as they are.
 *   mode bits 1-3: codec (mod 5) for the direct decompression stage.
 *   mode bit 4 set: the bytes are one count byte and raw record bytes;
 *     they are compressed with that codec and wrapped in a valid batch
 *     header first, so the inner-record checks are fuzzed behind every
 *     codec (mutating compressed bytes rarely yields a valid stream).
 *
 * Stages, each on the same bytes:
 *   1. rb_validate_produce with producer rules and a small inflate cap;
 *   2. rb_scan over the whole input as a log (control batches allowed);
 *      every validated batch is iterated (touching every view byte so the
 *      sanitizer sees any out-of-bounds view), rebuilt uncompressed from
 *      its records, validated and iterated again, and the two walks must
 *      agree;
 *   3. codec_decompress of the bytes with a 64 KiB cap.
 * Any disagreement traps: the fuzzer reports it as a crash.
 *
 * Build: make fuzz-records; run: build-fuzz/fuzz_records -max_total_time=N DIR
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/crc32c.h"
#include "protocol/records.h"
#include "protocol/status.h"

#define INFLATE_CAP (256 * 1024)
#define DIRECT_CAP (64 * 1024)
#define MAX_RECORDS 4096
#define MAX_HEADERS 4096

#define CHECK(x)                                                                                   \
    do {                                                                                           \
        if (!(x))                                                                                  \
            __builtin_trap();                                                                      \
    } while (0)

static volatile uint8_t sink;

static void touch(const uint8_t *p, int32_t len)
{
    uint8_t acc = 0;
    for (int32_t i = 0; i < len; i++)
        acc ^= p[i];
    sink ^= acc;
}

static void fix_crcs(uint8_t *p, size_t len)
{
    size_t at = 0, size;
    while (rb_peek_size(p + at, len - at, &size) == 0 && size <= len - at) {
        uint32_t crc = crc32c(0, p + at + RB_OFF_ATTRIBUTES, size - RB_OFF_ATTRIBUTES);
        for (int i = 0; i < 4; i++)
            p[at + RB_OFF_CRC + i] = (uint8_t)(crc >> (24 - 8 * i));
        at += size;
    }
}

/* Walk every record of b, collecting them into recs (views) and hdrs.
 * Returns the record count, or -1 when the walk failed. */
static int walk(const struct rb_batch *b, struct rb_scratch *scratch, struct rb_rec_in *recs,
                struct rb_hdr *hdrs, int32_t *nhdrs)
{
    struct rb_iter it;
    struct rb_error e;
    if (rb_iter_init(&it, b, scratch, INFLATE_CAP, &e) < 0)
        return -1;
    struct rb_record rec;
    int n = 0, rc;
    *nhdrs = 0;
    while ((rc = rb_iter_next(&it, &rec, &e)) == 1) {
        CHECK(n < MAX_RECORDS);
        if (rec.key.len >= 0)
            touch(rec.key.ptr, rec.key.len);
        if (rec.value.len >= 0)
            touch(rec.value.ptr, rec.value.len);
        CHECK(rec.header_count >= 0);
        recs[n] =
            (struct rb_rec_in){rec.timestamp, rec.key, rec.value, hdrs + *nhdrs, rec.header_count};
        struct rb_hdr_iter hi;
        struct rb_hdr h;
        int32_t k = 0;
        rb_hdr_iter_init(&hi, &rec);
        while (rb_hdr_next(&hi, &h)) {
            CHECK(*nhdrs < MAX_HEADERS);
            CHECK(h.key.len >= 0);
            touch((const uint8_t *)h.key.ptr, h.key.len);
            if (h.value.len >= 0)
                touch(h.value.ptr, h.value.len);
            hdrs[(*nhdrs)++] = h;
            k++;
        }
        CHECK(k == rec.header_count);
        n++;
    }
    return rc == 0 ? n : -1;
}

static bool same_rec(const struct rb_rec_in *a, const struct rb_rec_in *b)
{
    if (a->timestamp_ms != b->timestamp_ms || !kbytes_eq(a->key, b->key) ||
        !kbytes_eq(a->value, b->value) || a->header_count != b->header_count)
        return false;
    for (int32_t i = 0; i < a->header_count; i++)
        if (!kstr_eq(a->headers[i].key, b->headers[i].key) ||
            !kbytes_eq(a->headers[i].value, b->headers[i].value))
            return false;
    return true;
}

/* Rebuild an uncompressed batch from the records, validate it and walk it
 * again: the records must come back the same. */
static void rebuild(const struct rb_rec_in *recs, int n)
{
    static struct rb_rec_in again[MAX_RECORDS];
    static struct rb_hdr hdrs[MAX_HEADERS];
    struct kwriter w;
    kw_init(&w);
    struct rb_build bo;
    rb_build_init(&bo);
    CHECK(rb_build_batch(&bo, recs, n, &w) == 0);
    struct rb_limits lim;
    rb_limits_producer(&lim, 0);
    struct rb_batch b;
    struct rb_error e;
    CHECK(rb_validate(w.buf, w.len, &lim, NULL, &b, &e) == 0);
    CHECK(b.records_count == n);
    int32_t nh;
    CHECK(walk(&b, NULL, again, hdrs, &nh) == n);
    for (int i = 0; i < n; i++)
        CHECK(same_rec(&recs[i], &again[i]));
    kw_destroy(&w);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct rb_rec_in recs[MAX_RECORDS];
    static struct rb_hdr hdrs[MAX_HEADERS];
    if (size < 1)
        return 0;
    uint8_t mode = data[0];
    size--;
    uint8_t *buf;
    int codec = ((mode >> 1) & 7) % CODEC_COUNT;
    if ((mode & 0x10) && size >= 1) {
        struct kwriter wrap;
        kw_init(&wrap);
        int32_t count = data[1];
        kw_i64(&wrap, 0);
        kw_i32(&wrap, 0);
        kw_i32(&wrap, -1);
        kw_i8(&wrap, RB_MAGIC);
        kw_u32(&wrap, 0);
        kw_i16(&wrap, (int16_t)codec);
        kw_i32(&wrap, count - 1);
        kw_i64(&wrap, 1000);
        kw_i64(&wrap, 1000);
        kw_i64(&wrap, -1);
        kw_i16(&wrap, -1);
        kw_i32(&wrap, -1);
        kw_i32(&wrap, count);
        CHECK(codec_compress(codec, NULL, data + 2, size - 1, &wrap) == 0);
        kw_patch_i32(&wrap, RB_OFF_BATCH_LENGTH, (int32_t)(wrap.len - RB_LOG_OVERHEAD));
        size = wrap.len;
        buf = wrap.buf; /* taken over: freed below */
        wrap.buf = NULL;
        kw_destroy(&wrap);
        mode &= (uint8_t)~1;
    } else {
        buf = malloc(size ? size : 1);
        memcpy(buf, data + 1, size);
    }
    if (!(mode & 1))
        fix_crcs(buf, size);

    /* Kept across inputs so decoder reuse after failures is fuzzed too. */
    static struct rb_scratch scratch;
    static bool scratch_ready;
    if (!scratch_ready) {
        rb_scratch_init(&scratch);
        scratch_ready = true;
    }
    kw_reset(&scratch.buf);
    struct rb_batch b;
    struct rb_error e;
    char msg[256];

    /* 1. A Produce partition's records. */
    struct rb_limits lim;
    rb_limits_producer(&lim, 1 << 20);
    lim.max_uncompressed_bytes = INFLATE_CAP;
    int rc = rb_validate_produce(buf, size, 9, &lim, &scratch, &b, &e);
    if (rc == 0) {
        CHECK(b.size_bytes == size && b.records_count >= 1 && !b.control);
    } else {
        CHECK(rc == e.status && e.code != RB_OK);
        rb_error_format(&e, msg, sizeof msg);
        CHECK(rb_err_kerr(e.code) != KERR_NONE);
    }
    CHECK(scratch.buf.len == 0);

    /* 2. The same bytes as a log: every batch, every record. */
    struct rb_limits loglim = {.max_uncompressed_bytes = INFLATE_CAP, .allow_control = true};
    struct rb_scan s;
    rb_scan_init(&s, buf, size);
    while ((rc = rb_scan_next(&s, &loglim, &scratch, &b, &e)) == 1) {
        CHECK(b.records_count >= 0 && b.size_bytes >= RB_HEADER_BYTES);
        kw_reset(&scratch.buf);
        int32_t nh;
        int n = walk(&b, &scratch, recs, hdrs, &nh);
        /* rb_validate already walked it: iteration cannot fail now. */
        CHECK(n == b.records_count);
        if (n > 0)
            rebuild(recs, n);
        kw_reset(&scratch.buf);
    }
    CHECK(rc <= 0);

    /* 3. The raw bytes through a codec. */
    kw_reset(&scratch.buf);
    rc = codec_decompress(scratch.codecs, codec, buf, size, DIRECT_CAP, &scratch.buf);
    CHECK(rc == 0 || rc == -E_CORRUPT || rc == -E_TOOBIG || rc == -E_NOMEM);
    CHECK(scratch.buf.len <= DIRECT_CAP);
    if (rc != 0)
        CHECK(scratch.buf.len == 0);

    free(buf);
    return 0;
}
