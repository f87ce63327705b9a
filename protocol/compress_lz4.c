/*
 * compress_lz4.c - the standard LZ4 frame format (lz4frame.h), Kafka's
 * codec 3 for magic 2. (Old Java clients wrote a wrong header checksum, but
 * only in magic 0/1 message sets, which this broker does not accept.)
 *
 * Decompression streams into capped space; concatenated frames are
 * accepted, anything else after the last frame is not. The decoder's own
 * buffers are bounded by the frame's block size (4 MiB at most), not by
 * any length in the input.
 */
#include <lz4frame.h>
#include <string.h>

#include "protocol/compress_int.h"
#include "protocol/status.h"

int codec_lz4_compress(const struct codec_opts *o, const void *src, size_t len, struct kwriter *out)
{
    LZ4F_preferences_t prefs;
    memset(&prefs, 0, sizeof prefs);
    prefs.compressionLevel = o->level;
    prefs.frameInfo.blockSizeID = LZ4F_max64KB; /* what the Kafka clients use */
    prefs.frameInfo.contentSize = len;
    size_t bound = LZ4F_compressFrameBound(len, &prefs);
    size_t start = out->len;
    uint8_t *dst = kw_reserve(out, bound);
    if (!dst)
        return out->err;
    size_t n = LZ4F_compressFrame(dst, bound, src, len, &prefs);
    if (LZ4F_isError(n)) {
        out->len = start;
        return -E_NOMEM;
    }
    out->len = start + n;
    return 0;
}

void codec_lz4_ctx_clear(struct codec_ctx *cc)
{
    if (cc->lz4)
        LZ4F_freeDecompressionContext(cc->lz4);
    cc->lz4 = NULL;
}

int codec_lz4_decompress(struct codec_ctx *cc, const void *src, size_t len, struct zout *out)
{
    LZ4F_dctx *dctx = cc->lz4;
    if (!dctx) {
        if (LZ4F_isError(LZ4F_createDecompressionContext(&dctx, LZ4F_VERSION)))
            return -E_NOMEM;
        cc->lz4 = dctx;
    } else {
        /* A failed or abandoned frame leaves the context mid-stream. */
        LZ4F_resetDecompressionContext(dctx);
    }
    const uint8_t *in = src;
    size_t left = len;
    size_t hint = 1; /* non-zero: a frame is expected */
    int rc = 0;
    /* A frame that states its size gets its output space in one piece,
     * which lets the decoder write blocks straight into it instead of
     * through its own buffer; one that states a size past the cap is
     * refused at once. */
    size_t want = left * 4;
    LZ4F_frameInfo_t info;
    size_t used = left;
    size_t next = LZ4F_getFrameInfo(dctx, &info, in, &used);
    if (!LZ4F_isError(next)) {
        in += used;
        left -= used;
        hint = next;
        /* (A skippable frame's "content size" is what it skips.) */
        if (info.frameType == LZ4F_frame && info.contentSize > zout_left(out))
            return -E_TOOBIG;
        if (info.frameType == LZ4F_frame && info.contentSize)
            want = (size_t)info.contentSize;
    }
    while (left || hint) {
        if (!left) {
            rc = -E_CORRUPT; /* input ended inside a frame */
            break;
        }
        size_t avail;
        uint8_t *dst = zout_space(out, want, &avail);
        if (!dst) {
            rc = -E_NOMEM;
            break;
        }
        size_t in_n = left;
        size_t out_n = avail;
        hint = LZ4F_decompress(dctx, dst, &out_n, in, &in_n, NULL);
        if (LZ4F_isError(hint)) {
            rc = -E_CORRUPT;
            break;
        }
        rc = zout_commit(out, out_n);
        if (rc < 0)
            break;
        /* No input used and no output made: the decoder is stuck. */
        if (in_n == 0 && out_n == 0 && hint) {
            rc = -E_CORRUPT;
            break;
        }
        in += in_n;
        left -= in_n;
    }
    return rc;
}
