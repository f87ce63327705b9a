/*
 * compress_int.h - shared inside the codec files only (compress*.c).
 *
 * struct zout is the capped output every decompressor writes through. It
 * hands out space in the caller's kwriter up to the cap; once the cap is
 * reached it hands out a small probe buffer instead, and any byte a codec
 * writes there proves the stream is larger than allowed. That way a
 * streaming decoder is never given room for more than cap bytes, and "ends
 * exactly at the cap" is told apart from "goes past it" without
 * allocating past it.
 */
#ifndef SLUICE_COMPRESS_INT_H
#define SLUICE_COMPRESS_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/compress.h"
#include "protocol/kbuf.h"

/* Decoders, each made on first use by its codec file. */
struct codec_ctx {
    void *gzip; /* z_stream, initialised for gzip */
    void *lz4;  /* LZ4F_dctx */
    void *zstd; /* ZSTD_DCtx */
};

/* Free the decoders a codec made (codec_ctx_free and temporary contexts). */
void codec_gzip_ctx_clear(struct codec_ctx *cc);
void codec_lz4_ctx_clear(struct codec_ctx *cc);
void codec_zstd_ctx_clear(struct codec_ctx *cc);

#define ZOUT_PROBE_BYTES 64
#define ZOUT_MIN_CHUNK (16 * 1024)

struct zout {
    struct kwriter *w;
    size_t base;   /* w->len when decompression began */
    size_t cap;    /* output bytes allowed */
    size_t len;    /* output bytes committed so far */
    bool in_probe; /* the last space handed out was the probe */
    uint8_t probe[ZOUT_PROBE_BYTES];
};

void zout_init(struct zout *o, struct kwriter *w, size_t cap);
/* Space for the next piece of output (*avail >= 1 bytes), at least
 * min(hint, room left under the cap) when within the cap, the probe after.
 * The pointer is valid until the next zout call. NULL on allocation
 * failure (the writer holds the error). */
uint8_t *zout_space(struct zout *o, size_t hint, size_t *avail);
/* Exactly n contiguous bytes under the cap, for one-shot decoders that
 * know their output size; NULL with *status -E_TOOBIG or -E_NOMEM. */
uint8_t *zout_take(struct zout *o, size_t n, int *status);
/* n bytes were written into the last space. -E_TOOBIG if they went into
 * the probe. */
int zout_commit(struct zout *o, size_t n);
/* Bytes left under the cap. */
static inline size_t zout_left(const struct zout *o)
{
    return o->cap - o->len;
}
/* Drop everything written since zout_init. */
void zout_abort(struct zout *o);

int codec_gzip_compress(const struct codec_opts *o, const void *src, size_t len,
                        struct kwriter *out);
int codec_gzip_decompress(struct codec_ctx *cc, const void *src, size_t len, struct zout *out);
int codec_snappy_compress(const struct codec_opts *o, const void *src, size_t len,
                          struct kwriter *out);
int codec_snappy_decompress(const void *src, size_t len, struct zout *out);
int codec_lz4_compress(const struct codec_opts *o, const void *src, size_t len,
                       struct kwriter *out);
/* kafka3160: also accept the first frame's header checksum as KAFKA-3160
 * clients computed it (CODEC_DF_LZ4_KAFKA3160). */
int codec_lz4_decompress(struct codec_ctx *cc, const void *src, size_t len, bool kafka3160,
                         struct zout *out);
int codec_zstd_compress(const struct codec_opts *o, const void *src, size_t len,
                        struct kwriter *out);
int codec_zstd_decompress(struct codec_ctx *cc, const void *src, size_t len, struct zout *out);

#endif
