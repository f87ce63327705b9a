/*
 * compress_zstd.c - zstd frames (Kafka's codec 4, Produce v7+ / Fetch
 * v10+), streaming API.
 *
 * The decoder allocates its window from the frame header, so a 20-byte
 * frame can ask for up to 2^windowLogMax bytes. The limit is set from the
 * output cap (no window need exceed the output), but never below 2^23 so
 * frames from clients at high levels (window log 23 up to level 19) still
 * decode; with the zstd default of 2^27 the cost of a hostile header would
 * be 128 MiB.
 */
#include <zstd.h>
#include <zstd_errors.h>

#include "protocol/compress_int.h"
#include "protocol/status.h"

#define ZSTD_DEFAULT_LEVEL 3
#define WINDOW_LOG_FLOOR 23
#define WINDOW_LOG_CEIL 27

int codec_zstd_compress(const struct codec_opts *o, const void *src, size_t len,
                        struct kwriter *out)
{
    int level = o->level ? o->level : ZSTD_DEFAULT_LEVEL;
    size_t bound = ZSTD_compressBound(len);
    size_t start = out->len;
    uint8_t *dst = kw_reserve(out, bound);
    if (!dst)
        return out->err;
    size_t n = ZSTD_compress(dst, bound, src, len, level);
    if (ZSTD_isError(n)) {
        out->len = start;
        return ZSTD_getErrorCode(n) == ZSTD_error_memory_allocation ? -E_NOMEM : -E_INVAL;
    }
    out->len = start + n;
    return 0;
}

static int window_log_for(size_t cap)
{
    int log = WINDOW_LOG_FLOOR;
    while (log < WINDOW_LOG_CEIL && ((size_t)1 << log) < cap)
        log++;
    return log;
}

void codec_zstd_ctx_clear(struct codec_ctx *cc)
{
    ZSTD_freeDCtx(cc->zstd); /* accepts NULL */
    cc->zstd = NULL;
}

int codec_zstd_decompress(struct codec_ctx *cc, const void *src, size_t len, struct zout *out)
{
    ZSTD_DCtx *dctx = cc->zstd;
    if (!dctx) {
        if (!(dctx = ZSTD_createDCtx()))
            return -E_NOMEM;
        cc->zstd = dctx;
    } else {
        ZSTD_DCtx_reset(dctx, ZSTD_reset_session_only);
    }
    if (ZSTD_isError(ZSTD_DCtx_setParameter(dctx, ZSTD_d_windowLogMax, window_log_for(out->cap))))
        return -E_NOMEM;
    /* A frame that states its size lets the first reservation fit it, and
     * one that states a size past the cap is refused before decoding. */
    size_t hint = 0;
    unsigned long long declared = ZSTD_getFrameContentSize(src, len);
    if (declared != ZSTD_CONTENTSIZE_UNKNOWN && declared != ZSTD_CONTENTSIZE_ERROR) {
        if (declared > zout_left(out))
            return -E_TOOBIG;
        hint = (size_t)declared;
        /* One frame of known size decodes in one call straight into its
         * final place: the streaming decoder would also allocate (and
         * page-fault in) a window buffer of that size on every call. */
        if (ZSTD_findFrameCompressedSize(src, len) == len) {
            int rc;
            uint8_t *dst = zout_take(out, hint, &rc);
            if (dst) {
                size_t n = ZSTD_decompressDCtx(dctx, dst, hint, src, len);
                if (ZSTD_isError(n))
                    rc = ZSTD_getErrorCode(n) == ZSTD_error_memory_allocation ? -E_NOMEM
                                                                              : -E_CORRUPT;
                else
                    rc = n == hint ? zout_commit(out, n) : -E_CORRUPT;
            }
            return rc;
        }
    }
    ZSTD_inBuffer in = {src, len, 0};
    size_t more = 1; /* ZSTD_decompressStream's "not finished" value */
    int rc = 0;
    for (;;) {
        size_t avail;
        uint8_t *dst = zout_space(out, hint ? hint : len * 4, &avail);
        if (!dst) {
            rc = -E_NOMEM;
            break;
        }
        hint = 0;
        ZSTD_outBuffer ob = {dst, avail, 0};
        size_t in_before = in.pos;
        more = ZSTD_decompressStream(dctx, &ob, &in);
        if (ZSTD_isError(more)) {
            rc = ZSTD_getErrorCode(more) == ZSTD_error_memory_allocation ? -E_NOMEM : -E_CORRUPT;
            break;
        }
        rc = zout_commit(out, ob.pos);
        if (rc < 0)
            break;
        if (more == 0 && in.pos == in.size)
            break; /* last frame complete, input used up */
        /* No progress either way: the input ended inside a frame. */
        if (ob.pos == 0 && in.pos == in_before) {
            rc = -E_CORRUPT;
            break;
        }
    }
    return rc;
}
