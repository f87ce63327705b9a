/*
 * compress_gzip.c - gzip (RFC 1952) through zlib, as Kafka's codec 1.
 *
 * Decompression accepts several concatenated gzip members (what Java's
 * GZIPInputStream reads) but nothing else after the last one: trailing
 * bytes that do not start a member are malformed, not ignored.
 */
#include <limits.h>
#include <stdlib.h>
#include <zlib.h>

#include "protocol/compress_int.h"
#include "protocol/status.h"

/* 15-bit window plus 16: zlib writes and reads the gzip wrapper. */
#define GZ_WBITS (15 + 16)

int codec_gzip_compress(const struct codec_opts *o, const void *src, size_t len,
                        struct kwriter *out)
{
    int level = o->level ? o->level : Z_DEFAULT_COMPRESSION;
    if (level < Z_DEFAULT_COMPRESSION || level > Z_BEST_COMPRESSION)
        return -E_INVAL;
    if (len > UINT_MAX)
        return -E_TOOBIG;
    z_stream zs = {0};
    if (deflateInit2(&zs, level, Z_DEFLATED, GZ_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return -E_NOMEM;
    size_t start = out->len;
    size_t bound = deflateBound(&zs, (uLong)len);
    uint8_t *dst = kw_reserve(out, bound);
    if (!dst) {
        deflateEnd(&zs);
        return out->err;
    }
    zs.next_in = (Bytef *)src;
    zs.avail_in = (uInt)len;
    zs.next_out = dst;
    zs.avail_out = (uInt)bound;
    int zrc = deflate(&zs, Z_FINISH);
    size_t produced = bound - zs.avail_out;
    deflateEnd(&zs);
    if (zrc != Z_STREAM_END) {
        out->len = start;
        return -E_NOMEM;
    }
    out->len = start + produced;
    return 0;
}

void codec_gzip_ctx_clear(struct codec_ctx *cc)
{
    if (!cc->gzip)
        return;
    inflateEnd(cc->gzip);
    free(cc->gzip);
    cc->gzip = NULL;
}

/* The context's inflater, made on first use, reset for a new stream. */
static z_stream *get_inflater(struct codec_ctx *cc)
{
    if (cc->gzip)
        return inflateReset(cc->gzip) == Z_OK ? cc->gzip : NULL;
    z_stream *zs = calloc(1, sizeof *zs);
    if (!zs)
        return NULL;
    if (inflateInit2(zs, GZ_WBITS) != Z_OK) {
        free(zs);
        return NULL;
    }
    cc->gzip = zs;
    return zs;
}

int codec_gzip_decompress(struct codec_ctx *cc, const void *src, size_t len, struct zout *out)
{
    if (len > UINT_MAX)
        return -E_TOOBIG;
    z_stream *zp = get_inflater(cc);
    if (!zp)
        return -E_NOMEM;
    zp->next_in = (Bytef *)src;
    zp->avail_in = (uInt)len;
    int rc = 0;
    bool member_done = false;
    for (;;) {
        if (member_done) {
            if (zp->avail_in == 0)
                break;
            /* Another member follows: start it afresh. */
            if (inflateReset(zp) != Z_OK) {
                rc = -E_CORRUPT;
                break;
            }
            member_done = false;
        }
        size_t avail;
        uint8_t *dst = zout_space(out, zp->avail_in * 4, &avail);
        if (!dst) {
            rc = -E_NOMEM;
            break;
        }
        if (avail > UINT_MAX)
            avail = UINT_MAX;
        zp->next_out = dst;
        zp->avail_out = (uInt)avail;
        int zrc = inflate(zp, Z_NO_FLUSH);
        rc = zout_commit(out, avail - zp->avail_out);
        if (rc < 0)
            break;
        if (zrc == Z_STREAM_END) {
            member_done = true;
            continue;
        }
        if (zrc == Z_MEM_ERROR) {
            rc = -E_NOMEM;
            break;
        }
        if (zrc == Z_BUF_ERROR && zp->avail_in == 0) {
            rc = -E_CORRUPT; /* input ended inside a member */
            break;
        }
        if (zrc != Z_OK && zrc != Z_BUF_ERROR) {
            rc = -E_CORRUPT;
            break;
        }
    }
    return rc;
}
