/*
 * compress_lz4.c - the standard LZ4 frame format (lz4frame.h), Kafka's
 * codec 3.
 *
 * KAFKA-3160: Java clients before 0.10 computed the frame header checksum
 * (HC, the second byte of XXH32 over the frame descriptor) over the magic
 * number too. Those frames only ever appear in magic-0 message sets, and
 * Kafka still reads them there. With CODEC_DF_LZ4_KAFKA3160 the decoder
 * accepts exactly that wrong value by handing liblz4 a copy of the header
 * with the checksum put right; the bytes after the header are decoded in
 * place. Without the flag (every other caller) the header is checked as
 * the frame format says.
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

/* ------------------------------------------------------------ XXH32 */

/* XXH32 as the xxHash specification defines it; liblz4 keeps its own copy
 * private. Only frame headers (at most 19 bytes) are hashed here, so this
 * favours plainness over speed. */
#define XXH_P1 2654435761u
#define XXH_P2 2246822519u
#define XXH_P3 3266489917u
#define XXH_P4 668265263u
#define XXH_P5 374761393u

static uint32_t rotl32(uint32_t x, int r)
{
    return (x << r) | (x >> (32 - r));
}

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint32_t xxh32_round(uint32_t acc, uint32_t lane)
{
    return rotl32(acc + lane * XXH_P2, 13) * XXH_P1;
}

static uint32_t xxh32(const uint8_t *p, size_t len, uint32_t seed)
{
    const uint8_t *end = p + len;
    uint32_t h;
    if (len >= 16) {
        uint32_t v1 = seed + XXH_P1 + XXH_P2, v2 = seed + XXH_P2, v3 = seed, v4 = seed - XXH_P1;
        while (end - p >= 16) {
            v1 = xxh32_round(v1, le32(p));
            v2 = xxh32_round(v2, le32(p + 4));
            v3 = xxh32_round(v3, le32(p + 8));
            v4 = xxh32_round(v4, le32(p + 12));
            p += 16;
        }
        h = rotl32(v1, 1) + rotl32(v2, 7) + rotl32(v3, 12) + rotl32(v4, 18);
    } else {
        h = seed + XXH_P5;
    }
    h += (uint32_t)len;
    for (; end - p >= 4; p += 4)
        h = rotl32(h + le32(p) * XXH_P3, 17) * XXH_P4;
    for (; p < end; p++)
        h = rotl32(h + *p * XXH_P5, 11) * XXH_P1;
    h ^= h >> 15;
    h *= XXH_P2;
    h ^= h >> 13;
    h *= XXH_P3;
    h ^= h >> 16;
    return h;
}

#define LZ4_FRAME_MAGIC 0x184D2204u
/* Magic, FLG, BD, content size (8), dictionary id (4), HC. */
#define LZ4_HEADER_MAX 19

/*
 * If src starts with a frame header whose HC is the KAFKA-3160 value (and
 * not the right one), copy the header into fixed with the right HC and
 * return its length; otherwise 0.
 */
static size_t kafka3160_header(const uint8_t *src, size_t len, uint8_t fixed[LZ4_HEADER_MAX])
{
    if (len < 7 || le32(src) != LZ4_FRAME_MAGIC)
        return 0;
    uint8_t flg = src[4];
    size_t n = 7 + ((flg & 0x08) ? 8 : 0) + ((flg & 0x01) ? 4 : 0);
    if (len < n)
        return 0;
    uint8_t hc = src[n - 1];
    /* The descriptor is FLG up to HC; the broken clients hashed from the
     * magic number on. */
    uint8_t right = (uint8_t)(xxh32(src + 4, n - 5, 0) >> 8);
    uint8_t broken = (uint8_t)(xxh32(src, n - 1, 0) >> 8);
    if (hc == right || hc != broken)
        return 0;
    memcpy(fixed, src, n);
    fixed[n - 1] = right;
    return n;
}

int codec_lz4_decompress(struct codec_ctx *cc, const void *src, size_t len, bool kafka3160,
                         struct zout *out)
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
    uint8_t fixed[LZ4_HEADER_MAX];
    size_t fixed_len = kafka3160 ? kafka3160_header(in, left, fixed) : 0;
    size_t used = fixed_len ? fixed_len : left;
    /* liblz4 reads the header from the corrected copy; it then expects the
     * first block, which starts right after the header in src too. */
    size_t next = LZ4F_getFrameInfo(dctx, &info, fixed_len ? fixed : in, &used);
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
