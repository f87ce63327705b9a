/*
 * compress_snappy.c - snappy in its two Kafka framings.
 *
 *   raw:    one snappy block (varint uncompressed length, then elements);
 *           librdkafka sends this.
 *   xerial: the snappy-java stream: an 8-byte magic 0x82 "SNAPPY" 0x00,
 *           int32 version and int32 minimum compatible version (both 1),
 *           then blocks, each an int32 (big-endian) compressed length and
 *           a raw snappy block. Java clients and kafka-python send this.
 *
 * A raw block never begins with the xerial magic (its first element after
 * the length varint would be a copy, which cannot open a block), so the
 * magic alone selects the framing. Each block declares its uncompressed
 * length up front; it is checked against what is left under the cap before
 * any space is reserved.
 */
#include <snappy-c.h>
#include <string.h>

#include "protocol/compress_int.h"
#include "protocol/status.h"

static const uint8_t xerial_magic[8] = {0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0};
#define XERIAL_HEADER_BYTES 16
#define XERIAL_VERSION 1
/* snappy-java's default block size. */
#define XERIAL_BLOCK_BYTES (32 * 1024)

static int compress_block(const uint8_t *src, size_t len, struct kwriter *out)
{
    size_t bound = snappy_max_compressed_length(len);
    size_t start = out->len;
    uint8_t *dst = kw_reserve(out, bound);
    if (!dst)
        return out->err;
    size_t n = bound;
    if (snappy_compress((const char *)src, len, (char *)dst, &n) != SNAPPY_OK) {
        out->len = start;
        return -E_NOMEM;
    }
    out->len = start + n;
    return 0;
}

int codec_snappy_compress(const struct codec_opts *o, const void *src, size_t len,
                          struct kwriter *out)
{
    if (o->snappy_raw)
        return compress_block(src, len, out);
    const uint8_t *p = src;
    size_t start = out->len;
    kw_raw(out, xerial_magic, sizeof xerial_magic);
    kw_i32(out, XERIAL_VERSION);
    kw_i32(out, XERIAL_VERSION);
    while (len && !out->err) {
        size_t n = len < XERIAL_BLOCK_BYTES ? len : XERIAL_BLOCK_BYTES;
        size_t at = out->len;
        kw_i32(out, 0); /* length, patched below */
        int rc = compress_block(p, n, out);
        if (rc < 0) {
            out->len = start;
            return rc;
        }
        kw_patch_i32(out, at, (int32_t)(out->len - at - 4));
        p += n;
        len -= n;
    }
    return out->err;
}

static int decompress_block(const uint8_t *src, size_t len, struct zout *out)
{
    size_t n;
    if (snappy_uncompressed_length((const char *)src, len, &n) != SNAPPY_OK)
        return -E_CORRUPT;
    int rc;
    uint8_t *dst = zout_take(out, n, &rc);
    if (!dst)
        return rc;
    size_t got = n;
    if (snappy_uncompress((const char *)src, len, (char *)dst, &got) != SNAPPY_OK || got != n)
        return -E_CORRUPT;
    return zout_commit(out, n);
}

int codec_snappy_decompress(const void *src, size_t len, struct zout *out)
{
    struct kreader r;
    kr_init(&r, src, len);
    if (len < sizeof xerial_magic || memcmp(src, xerial_magic, sizeof xerial_magic) != 0)
        return decompress_block(src, len, out);
    if (len < XERIAL_HEADER_BYTES)
        return -E_CORRUPT;
    kr_skip(&r, sizeof xerial_magic);
    (void)kr_i32(&r); /* version */
    (void)kr_i32(&r); /* minimum compatible version */
    while (kr_remaining(&r) && !r.err) {
        int32_t n = kr_i32(&r);
        if (n <= 0) {
            kr_fail(&r, "bad xerial block length");
            break;
        }
        const uint8_t *block = kr_take(&r, (size_t)n);
        if (!block)
            break;
        int rc = decompress_block(block, (size_t)n, out);
        if (rc < 0)
            return rc;
    }
    return r.err ? -E_CORRUPT : 0;
}
