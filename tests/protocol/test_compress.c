/*
 * test_compress.c - the four codecs: round trips, the exact cap, bombs,
 * garbage, truncation, trailing bytes, both snappy framings.
 */
#include <criterion/criterion.h>
#include <lz4frame.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>

#include "protocol/compress.h"
#include "protocol/status.h"

static const int codecs[] = {CODEC_GZIP, CODEC_SNAPPY, CODEC_LZ4, CODEC_ZSTD};
#define NCODECS (sizeof codecs / sizeof codecs[0])

/* Text-like data: compressible but not trivially. */
static uint8_t *sample(size_t n, uint32_t seed)
{
    uint8_t *p = malloc(n ? n : 1);
    static const char words[] = "kafka broker record batch offset partition leader epoch ";
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        p[i] = (seed >> 24) < 40 ? (uint8_t)(seed >> 16) : (uint8_t)words[i % (sizeof words - 1)];
    }
    return p;
}

static void round_trip(int codec, const struct codec_opts *o, size_t n)
{
    uint8_t *src = sample(n, (uint32_t)n);
    struct kwriter c, d;
    kw_init(&c);
    kw_init(&d);
    cr_assert_eq(codec_compress(codec, o, src, n, &c), 0, "%s compress n=%zu", codec_name(codec),
                 n);
    kw_raw(&d, "xy", 2); /* output is appended after what is there */
    cr_assert_eq(codec_decompress(NULL, codec, c.buf, c.len, n, &d), 0, "%s decompress n=%zu",
                 codec_name(codec), n);
    cr_assert_eq(d.len, n + 2);
    cr_assert(memcmp(d.buf, "xy", 2) == 0);
    cr_assert(n == 0 || memcmp(d.buf + 2, src, n) == 0);
    kw_destroy(&c);
    kw_destroy(&d);
    free(src);
}

Test(compress, round_trips_every_codec)
{
    static const size_t sizes[] = {0, 1, 100, 40000, 1 << 20};
    for (size_t i = 0; i < NCODECS; i++)
        for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
            round_trip(codecs[i], NULL, sizes[s]);
    struct codec_opts raw = {.snappy_raw = true};
    round_trip(CODEC_SNAPPY, &raw, 0);
    round_trip(CODEC_SNAPPY, &raw, 100000);
    struct codec_opts lvl = {.level = 9};
    round_trip(CODEC_GZIP, &lvl, 5000);
    round_trip(CODEC_ZSTD, &lvl, 5000);
    round_trip(CODEC_LZ4, &lvl, 5000);
}

Test(compress, none_is_a_capped_copy)
{
    struct kwriter w;
    kw_init(&w);
    cr_assert_eq(codec_decompress(NULL, CODEC_NONE, "abc", 3, 3, &w), 0);
    cr_assert_eq(codec_decompress(NULL, CODEC_NONE, "abc", 3, 2, &w), -E_TOOBIG);
    cr_assert_eq(w.len, 3);
    kw_destroy(&w);
    /* Fuzz regression: empty input into a fresh writer (UBSan flagged a
     * NULL + 0 in the writer). */
    kw_init(&w);
    cr_assert_eq(codec_decompress(NULL, CODEC_NONE, "", 0, 10, &w), 0);
    cr_assert_eq(codec_compress(CODEC_NONE, NULL, "", 0, &w), 0);
    cr_assert_eq(w.len, 0);
    kw_destroy(&w);
}

Test(compress, output_exactly_at_cap_is_accepted_one_less_is_not)
{
    size_t n = 70000;
    uint8_t *src = sample(n, 7);
    for (size_t i = 0; i < NCODECS; i++) {
        struct kwriter c, d;
        kw_init(&c);
        kw_init(&d);
        cr_assert_eq(codec_compress(codecs[i], NULL, src, n, &c), 0);
        cr_assert_eq(codec_decompress(NULL, codecs[i], c.buf, c.len, n, &d), 0, "%s",
                     codec_name(codecs[i]));
        cr_assert_eq(d.len, n);
        kw_reset(&d);
        cr_assert_eq(codec_decompress(NULL, codecs[i], c.buf, c.len, n - 1, &d), -E_TOOBIG, "%s",
                     codec_name(codecs[i]));
        cr_assert_eq(d.len, 0, "output is dropped on failure");
        kw_destroy(&c);
        kw_destroy(&d);
    }
    free(src);
}

Test(compress, unknown_codec_is_unsupported)
{
    struct kwriter w;
    kw_init(&w);
    cr_assert_eq(codec_compress(5, NULL, "a", 1, &w), -E_UNSUPPORTED);
    cr_assert_eq(codec_decompress(NULL, 7, "a", 1, 10, &w), -E_UNSUPPORTED);
    cr_assert_eq(codec_decompress(NULL, -1, "a", 1, 10, &w), -E_UNSUPPORTED);
    cr_assert_str_eq(codec_name(6), "unknown");
    cr_assert_str_eq(codec_name(CODEC_ZSTD), "zstd");
    kw_destroy(&w);
}

/* ---------------------------------------------------------------- bombs */

#define BOMB_CAP ((size_t)1 << 20)
#define BOMB_PLAIN ((size_t)16 << 20)

/* Decompress a bomb under BOMB_CAP: refused, and the scratch writer never
 * grew to anything like the bomb's size. */
static void assert_bomb_refused(int codec, const uint8_t *p, size_t n)
{
    struct kwriter w;
    kw_init(&w);
    cr_assert_eq(codec_decompress(NULL, codec, p, n, BOMB_CAP, &w), -E_TOOBIG,
                 "%s bomb of %zu bytes", codec_name(codec), n);
    cr_assert_eq(w.len, 0);
    cr_assert_leq(w.cap, 2 * BOMB_CAP + 65536, "%s allocated %zu", codec_name(codec), w.cap);
    kw_destroy(&w);
}

/* A small zero-filled chunk compressed repeatedly stands for a huge input
 * without the test allocating it. */
Test(compress, gzip_bomb_is_refused)
{
    z_stream zs = {0};
    cr_assert_eq(deflateInit2(&zs, 9, Z_DEFLATED, 31, 9, Z_DEFAULT_STRATEGY), Z_OK);
    static uint8_t zeros[1 << 16];
    size_t cap = 1 << 20;
    uint8_t *out = malloc(cap);
    zs.next_out = out;
    zs.avail_out = (uInt)cap;
    for (size_t done = 0; done < BOMB_PLAIN; done += sizeof zeros) {
        zs.next_in = zeros;
        zs.avail_in = sizeof zeros;
        cr_assert_eq(deflate(&zs, Z_NO_FLUSH), Z_OK);
    }
    cr_assert_eq(deflate(&zs, Z_FINISH), Z_STREAM_END);
    size_t n = cap - zs.avail_out;
    deflateEnd(&zs);
    cr_assert_lt(n, 100000, "16 MiB of zeros gzip to %zu bytes", n);
    assert_bomb_refused(CODEC_GZIP, out, n);
    free(out);
}

static size_t zstd_stream(uint8_t *out, size_t cap, size_t plain, bool pledge)
{
    ZSTD_CCtx *cc = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cc, ZSTD_c_compressionLevel, 3);
    if (pledge)
        ZSTD_CCtx_setPledgedSrcSize(cc, plain);
    static uint8_t zeros[1 << 16];
    ZSTD_outBuffer ob = {out, cap, 0};
    for (size_t done = 0; done < plain; done += sizeof zeros) {
        ZSTD_inBuffer ib = {zeros, sizeof zeros, 0};
        while (ib.pos < ib.size)
            cr_assert(!ZSTD_isError(ZSTD_compressStream2(cc, &ob, &ib, ZSTD_e_continue)));
    }
    ZSTD_inBuffer ib = {zeros, 0, 0};
    while (ZSTD_compressStream2(cc, &ob, &ib, ZSTD_e_end) != 0)
        ;
    ZSTD_freeCCtx(cc);
    return ob.pos;
}

Test(compress, zstd_bomb_is_refused_with_and_without_declared_size)
{
    uint8_t *out = malloc(1 << 20);
    size_t n = zstd_stream(out, 1 << 20, BOMB_PLAIN, false);
    cr_assert_lt(n, 100000);
    cr_assert_eq(ZSTD_getFrameContentSize(out, n), ZSTD_CONTENTSIZE_UNKNOWN);
    assert_bomb_refused(CODEC_ZSTD, out, n);
    n = zstd_stream(out, 1 << 20, BOMB_PLAIN, true);
    cr_assert_eq(ZSTD_getFrameContentSize(out, n), BOMB_PLAIN);
    assert_bomb_refused(CODEC_ZSTD, out, n);
    free(out);
}

Test(compress, lz4_bomb_is_refused)
{
    LZ4F_cctx *cc;
    cr_assert(!LZ4F_isError(LZ4F_createCompressionContext(&cc, LZ4F_VERSION)));
    size_t cap = 1 << 20;
    uint8_t *out = malloc(cap);
    static uint8_t zeros[1 << 16];
    size_t n = LZ4F_compressBegin(cc, out, cap, NULL); /* no content size */
    for (size_t done = 0; done < BOMB_PLAIN; done += sizeof zeros) {
        size_t k = LZ4F_compressUpdate(cc, out + n, cap - n, zeros, sizeof zeros, NULL);
        cr_assert(!LZ4F_isError(k));
        n += k;
    }
    n += LZ4F_compressEnd(cc, out + n, cap - n, NULL);
    LZ4F_freeCompressionContext(cc);
    cr_assert_lt(n, 200000);
    assert_bomb_refused(CODEC_LZ4, out, n);
    free(out);
}

Test(compress, snappy_bomb_is_refused_from_its_declared_length)
{
    /* A raw block claiming 1 GiB: refused from the length varint alone. */
    static const uint8_t raw[] = {0x80, 0x80, 0x80, 0x80, 0x04, 0x00, 'a'};
    assert_bomb_refused(CODEC_SNAPPY, raw, sizeof raw);
    /* A xerial stream whose blocks each expand 20x: refused at the block
     * that would cross the cap. */
    uint8_t *zeros = calloc(1, 32768);
    struct kwriter c;
    kw_init(&c);
    struct codec_opts rawopt = {.snappy_raw = true};
    struct kwriter blk;
    kw_init(&blk);
    cr_assert_eq(codec_compress(CODEC_SNAPPY, &rawopt, zeros, 32768, &blk), 0);
    static const uint8_t hdr[] = {0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0, 0, 0, 0, 1, 0, 0, 0, 1};
    kw_raw(&c, hdr, sizeof hdr);
    for (int i = 0; i < 1024; i++) { /* 32 MiB of output */
        kw_i32(&c, (int32_t)blk.len);
        kw_raw(&c, blk.buf, blk.len);
    }
    assert_bomb_refused(CODEC_SNAPPY, c.buf, c.len);
    kw_destroy(&c);
    kw_destroy(&blk);
    free(zeros);
}

/* ---------------------------------------------------------------- garbage */

Test(compress, garbage_is_corrupt)
{
    static const char junk[] = "this is not compressed data at all, not in any codec";
    for (size_t i = 0; i < NCODECS; i++) {
        struct kwriter w;
        kw_init(&w);
        int rc = codec_decompress(NULL, codecs[i], junk, sizeof junk, 1 << 20, &w);
        cr_assert_eq(rc, -E_CORRUPT, "%s gave %d", codec_name(codecs[i]), rc);
        cr_assert_eq(codec_decompress(NULL, codecs[i], "", 0, 1 << 20, &w), -E_CORRUPT, "%s empty",
                     codec_name(codecs[i]));
        cr_assert_eq(w.len, 0);
        kw_destroy(&w);
    }
}

Test(compress, truncated_stream_is_corrupt)
{
    size_t n = 50000;
    uint8_t *src = sample(n, 3);
    for (size_t i = 0; i < NCODECS; i++) {
        struct kwriter c, d;
        kw_init(&c);
        kw_init(&d);
        cr_assert_eq(codec_compress(codecs[i], NULL, src, n, &c), 0);
        for (size_t cut = 1; cut < 40 && cut < c.len; cut += 7) {
            int rc = codec_decompress(NULL, codecs[i], c.buf, c.len - cut, n, &d);
            cr_assert_eq(rc, -E_CORRUPT, "%s cut %zu gave %d", codec_name(codecs[i]), cut, rc);
            cr_assert_eq(d.len, 0);
        }
        kw_destroy(&c);
        kw_destroy(&d);
    }
    free(src);
}

Test(compress, trailing_bytes_are_corrupt_but_concatenated_frames_are_not)
{
    uint8_t *src = sample(3000, 9);
    for (size_t i = 0; i < NCODECS; i++) {
        struct kwriter c, d;
        kw_init(&c);
        kw_init(&d);
        cr_assert_eq(codec_compress(codecs[i], NULL, src, 3000, &c), 0);
        size_t one = c.len;
        if (codecs[i] != CODEC_SNAPPY) {
            /* Two members/frames back to back decode to both. */
            kw_raw(&c, c.buf, one);
            cr_assert_eq(codec_decompress(NULL, codecs[i], c.buf, c.len, 6000, &d), 0, "%s",
                         codec_name(codecs[i]));
            cr_assert_eq(d.len, 6000);
            cr_assert(memcmp(d.buf + 3000, src, 3000) == 0);
            kw_reset(&d);
            c.len = one;
        }
        kw_raw(&c, "\x01\x02\x03", 3);
        int rc = codec_decompress(NULL, codecs[i], c.buf, c.len, 1 << 20, &d);
        cr_assert_eq(rc, -E_CORRUPT, "%s trailing gave %d", codec_name(codecs[i]), rc);
        kw_destroy(&c);
        kw_destroy(&d);
    }
    free(src);
}

/* ---------------------------------------------------------------- snappy */

Test(compress, snappy_java_stream_is_accepted)
{
    /* "foobar\n" as snappy-java frames it: magic, version 1, compatible
     * version 1, one block of 9 bytes. */
    static const uint8_t xerial[] = {0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00, 0x00, 0x00,
                                     0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x09,
                                     0x07, 0x18, 'f',  'o',  'o',  'b',  'a',  'r',  '\n'};
    struct kwriter d;
    kw_init(&d);
    cr_assert_eq(codec_decompress(NULL, CODEC_SNAPPY, xerial, sizeof xerial, 100, &d), 0);
    cr_assert_eq(d.len, 7);
    cr_assert(memcmp(d.buf, "foobar\n", 7) == 0);
    /* The same block raw, as librdkafka sends it. */
    kw_reset(&d);
    cr_assert_eq(codec_decompress(NULL, CODEC_SNAPPY, xerial + 20, 9, 100, &d), 0);
    cr_assert(memcmp(d.buf, "foobar\n", 7) == 0);
    /* Header only: an empty stream. */
    kw_reset(&d);
    cr_assert_eq(codec_decompress(NULL, CODEC_SNAPPY, xerial, 16, 100, &d), 0);
    cr_assert_eq(d.len, 0);
    /* A block length past the end, or zero, or a cut header. */
    uint8_t bad[sizeof xerial];
    memcpy(bad, xerial, sizeof bad);
    bad[19] = 0x0a;
    cr_assert_eq(codec_decompress(NULL, CODEC_SNAPPY, bad, sizeof bad, 100, &d), -E_CORRUPT);
    bad[19] = 0;
    cr_assert_eq(codec_decompress(NULL, CODEC_SNAPPY, bad, sizeof bad, 100, &d), -E_CORRUPT);
    cr_assert_eq(codec_decompress(NULL, CODEC_SNAPPY, xerial, 12, 100, &d), -E_CORRUPT);
    kw_destroy(&d);
}

Test(compress, snappy_default_framing_is_xerial)
{
    struct kwriter c;
    kw_init(&c);
    cr_assert_eq(codec_compress(CODEC_SNAPPY, NULL, "hello hello hello", 17, &c), 0);
    cr_assert(c.len > 16 && memcmp(c.buf, "\x82SNAPPY\0", 8) == 0);
    kw_destroy(&c);
}

Test(compress, writer_limit_is_reported)
{
    struct kwriter c;
    kw_init(&c);
    c.max_len = 10;
    uint8_t *src = sample(5000, 1);
    cr_assert_eq(codec_compress(CODEC_ZSTD, NULL, src, 5000, &c), -E_TOOBIG);
    free(src);
    kw_destroy(&c);
}

Test(compress, context_is_reusable_after_failures)
{
    struct codec_ctx *ctx = codec_ctx_new();
    cr_assert_not_null(ctx);
    size_t n = 20000;
    uint8_t *src = sample(n, 11);
    for (int round = 0; round < 3; round++) {
        for (size_t i = 0; i < NCODECS; i++) {
            struct kwriter c, d;
            kw_init(&c);
            kw_init(&d);
            cr_assert_eq(codec_compress(codecs[i], NULL, src, n, &c), 0);
            /* Cut short, then over the cap, then garbage, then whole. */
            cr_assert_eq(codec_decompress(ctx, codecs[i], c.buf, c.len / 2, n, &d), -E_CORRUPT);
            cr_assert_eq(codec_decompress(ctx, codecs[i], c.buf, c.len, n / 2, &d), -E_TOOBIG);
            cr_assert_eq(codec_decompress(ctx, codecs[i], "garbage!", 8, n, &d), -E_CORRUPT);
            cr_assert_eq(codec_decompress(ctx, codecs[i], c.buf, c.len, n, &d), 0, "%s round %d",
                         codec_name(codecs[i]), round);
            cr_assert_eq(d.len, n);
            cr_assert(memcmp(d.buf, src, n) == 0);
            kw_destroy(&c);
            kw_destroy(&d);
        }
    }
    free(src);
    codec_ctx_free(ctx);
    codec_ctx_free(NULL);
}

/* KAFKA-3160: with CODEC_DF_LZ4_KAFKA3160 one more header checksum value
 * (the one hashed over the magic number too; test_records_legacy.c checks
 * which) is accepted, and no other; without the flag only the right one. */
Test(compress, lz4_kafka3160_flag_accepts_one_more_header_checksum)
{
    size_t n = 5000;
    uint8_t *src = sample(n, 7);
    struct kwriter c, d;
    kw_init(&c);
    kw_init(&d);
    cr_assert_eq(codec_compress(CODEC_LZ4, NULL, src, n, &c), 0);
    /* Our frames state the content size: magic, FLG, BD, 8 bytes, HC. */
    cr_assert(c.buf[4] & 0x08);
    size_t hc_at = 14;
    uint8_t right = c.buf[hc_at];
    struct codec_ctx *ctx = codec_ctx_new();
    int strict = 0, tolerant = 0;
    for (int v = 0; v < 256; v++) {
        c.buf[hc_at] = (uint8_t)v;
        kw_reset(&d);
        int rc = codec_decompress(ctx, CODEC_LZ4, c.buf, c.len, n, &d);
        cr_assert(rc == 0 || rc == -E_CORRUPT);
        strict += rc == 0;
        cr_assert(rc != 0 || v == right);
        kw_reset(&d);
        rc = codec_decompress_flags(ctx, CODEC_LZ4, CODEC_DF_LZ4_KAFKA3160, c.buf, c.len, n, &d);
        cr_assert(rc == 0 || rc == -E_CORRUPT);
        if (rc == 0) {
            tolerant++;
            cr_assert_eq(d.len, n);
            cr_assert(memcmp(d.buf, src, n) == 0);
        }
    }
    cr_assert_eq(strict, 1);
    cr_assert_eq(tolerant, 2);
    /* The flag means nothing to the other codecs. */
    kw_reset(&c);
    cr_assert_eq(codec_compress(CODEC_GZIP, NULL, src, n, &c), 0);
    kw_reset(&d);
    cr_assert_eq(
        codec_decompress_flags(ctx, CODEC_GZIP, CODEC_DF_LZ4_KAFKA3160, c.buf, c.len, n, &d), 0);
    codec_ctx_free(ctx);
    kw_destroy(&c);
    kw_destroy(&d);
    free(src);
}
