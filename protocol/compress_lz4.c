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

int codec_lz4_decompress(const void *src, size_t len, struct zout *out)
{
    LZ4F_dctx *dctx;
    if (LZ4F_isError(LZ4F_createDecompressionContext(&dctx, LZ4F_VERSION)))
        return -E_NOMEM;
    const uint8_t *in = src;
    size_t left = len;
    size_t hint = 1; /* non-zero: a frame is expected */
    int rc = 0;
    while (left || hint) {
        if (!left) {
            rc = -E_CORRUPT; /* input ended inside a frame */
            break;
        }
        size_t avail;
        uint8_t *dst = zout_space(out, left * 4, &avail);
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
    LZ4F_freeDecompressionContext(dctx);
    return rc;
}
