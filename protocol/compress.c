/*
 * compress.c - codec dispatch and the capped output (struct zout) shared
 * by the per-codec files compress_gzip.c, compress_snappy.c,
 * compress_lz4.c and compress_zstd.c.
 */
#include "protocol/compress.h"

#include <stdlib.h>
#include <string.h>

#include "protocol/compress_int.h"
#include "protocol/status.h"

static const char *const names[CODEC_COUNT] = {"none", "gzip", "snappy", "lz4", "zstd"};

const char *codec_name(int codec)
{
    return codec_known(codec) ? names[codec] : "unknown";
}

bool codec_known(int codec)
{
    return codec >= 0 && codec < CODEC_COUNT;
}

int codec_compress(int codec, const struct codec_opts *opts, const void *src, size_t len,
                   struct kwriter *out)
{
    static const struct codec_opts defaults;
    if (!opts)
        opts = &defaults;
    if (out->err)
        return out->err;
    switch (codec) {
    case CODEC_NONE:
        /* kw_raw of 0 bytes on a fresh writer would offset a NULL buffer. */
        if (len)
            kw_raw(out, src, len);
        return out->err;
    case CODEC_GZIP: return codec_gzip_compress(opts, src, len, out);
    case CODEC_SNAPPY: return codec_snappy_compress(opts, src, len, out);
    case CODEC_LZ4: return codec_lz4_compress(opts, src, len, out);
    case CODEC_ZSTD: return codec_zstd_compress(opts, src, len, out);
    }
    return -E_UNSUPPORTED;
}

struct codec_ctx *codec_ctx_new(void)
{
    return calloc(1, sizeof(struct codec_ctx));
}

static void ctx_clear(struct codec_ctx *cc)
{
    codec_gzip_ctx_clear(cc);
    codec_lz4_ctx_clear(cc);
    codec_zstd_ctx_clear(cc);
}

void codec_ctx_free(struct codec_ctx *ctx)
{
    if (!ctx)
        return;
    ctx_clear(ctx);
    free(ctx);
}

static int decompress(struct codec_ctx *cc, int codec, unsigned flags, const void *src,
                      size_t len, size_t cap, struct kwriter *out);

int codec_decompress(struct codec_ctx *ctx, int codec, const void *src, size_t len, size_t cap,
                     struct kwriter *out)
{
    return codec_decompress_flags(ctx, codec, 0, src, len, cap, out);
}

int codec_decompress_flags(struct codec_ctx *ctx, int codec, unsigned flags, const void *src,
                           size_t len, size_t cap, struct kwriter *out)
{
    if (!codec_known(codec))
        return -E_UNSUPPORTED;
    if (out->err)
        return out->err;
    if (ctx)
        return decompress(ctx, codec, flags, src, len, cap, out);
    struct codec_ctx tmp = {0};
    int rc = decompress(&tmp, codec, flags, src, len, cap, out);
    ctx_clear(&tmp);
    return rc;
}

static int decompress(struct codec_ctx *cc, int codec, unsigned flags, const void *src,
                      size_t len, size_t cap, struct kwriter *out)
{
    struct zout o;
    zout_init(&o, out, cap);
    int rc;
    switch (codec) {
    case CODEC_NONE:
        if (len > cap) {
            rc = -E_TOOBIG;
            break;
        }
        if (len)
            kw_raw(out, src, len);
        rc = out->err;
        break;
    case CODEC_GZIP: rc = codec_gzip_decompress(cc, src, len, &o); break;
    case CODEC_SNAPPY: rc = codec_snappy_decompress(src, len, &o); break;
    case CODEC_LZ4:
        rc = codec_lz4_decompress(cc, src, len, (flags & CODEC_DF_LZ4_KAFKA3160) != 0, &o);
        break;
    default: rc = codec_zstd_decompress(cc, src, len, &o); break;
    }
    if (rc < 0)
        zout_abort(&o);
    return rc;
}

/* ------------------------------------------------------------ zout */

void zout_init(struct zout *o, struct kwriter *w, size_t cap)
{
    o->w = w;
    o->base = w->len;
    o->cap = cap;
    o->len = 0;
    o->in_probe = false;
}

/* Reserve n bytes of capacity without counting them as written: the
 * decoder fills them, then zout_commit counts what it wrote. */
static uint8_t *reserve_spare(struct kwriter *w, size_t n)
{
    uint8_t *p = kw_reserve(w, n);
    if (p)
        w->len -= n;
    return p;
}

uint8_t *zout_space(struct zout *o, size_t hint, size_t *avail)
{
    size_t left = zout_left(o);
    if (left == 0) {
        o->in_probe = true;
        *avail = sizeof o->probe;
        return o->probe;
    }
    o->in_probe = false;
    /* Grow geometrically (at least the output so far) so long streams
     * take O(log n) reallocations, but never past the cap. */
    size_t n = hint;
    if (n < ZOUT_MIN_CHUNK)
        n = ZOUT_MIN_CHUNK;
    if (n < o->len)
        n = o->len;
    size_t spare = o->w->cap - o->w->len;
    if (spare > n)
        n = spare;
    if (n > left)
        n = left;
    uint8_t *p = reserve_spare(o->w, n);
    if (p)
        *avail = n;
    return p;
}

uint8_t *zout_take(struct zout *o, size_t n, int *status)
{
    if (n > zout_left(o)) {
        *status = -E_TOOBIG;
        return NULL;
    }
    o->in_probe = false;
    uint8_t *p = reserve_spare(o->w, n ? n : 1);
    *status = p ? 0 : (o->w->err ? o->w->err : -E_NOMEM);
    return p;
}

int zout_commit(struct zout *o, size_t n)
{
    if (o->in_probe)
        return n ? -E_TOOBIG : 0;
    o->w->len += n;
    o->len += n;
    return 0;
}

void zout_abort(struct zout *o)
{
    o->w->len = o->base;
}
