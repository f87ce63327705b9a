/*
 * compress.h - the compression codecs of RecordBatch v2 (attributes bits
 * 0-2): gzip, snappy, lz4 and zstd, in the framings Kafka clients send.
 *
 * Every decompression is capped: the caller says how many output bytes it
 * accepts, and a stream that would produce more fails with -E_TOOBIG after
 * producing at most that many (a 1 KiB bomb never gets its gigabytes
 * allocated). Garbage input fails with -E_CORRUPT. Nothing here crashes or
 * allocates in proportion to a size read from the input without first
 * checking it against the cap.
 *
 * Output goes to a caller-owned struct kwriter and is appended after what
 * it already holds, so one scratch writer can be reused across batches
 * (kw_reset keeps its allocation). On failure the writer's length is put
 * back to where it was; its capacity may have grown (to about twice the cap
 * at most).
 */
#ifndef SLUICE_COMPRESS_H
#define SLUICE_COMPRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "protocol/kbuf.h"

/* Codec numbers as they appear in the batch attributes. */
enum codec {
    CODEC_NONE = 0,
    CODEC_GZIP = 1,
    CODEC_SNAPPY = 2,
    CODEC_LZ4 = 3,
    CODEC_ZSTD = 4,
};
#define CODEC_COUNT 5

/* Compression options. level 0 means the codec's default (gzip 6, lz4 0
 * (fast), zstd 3, as the Kafka clients use). */
struct codec_opts {
    int level;
    /* Snappy only: write one raw snappy block (librdkafka's framing)
     * instead of the xerial/snappy-java stream (Java, kafka-python). */
    bool snappy_raw;
};

/*
 * Decoder state kept between calls. Creating a zstd or lz4 decoder costs
 * about as much as decompressing a 16 KiB batch, so a thread that
 * validates many batches keeps one context and passes it every time. Each
 * codec's decoder is created on first use. Not for use by two threads at
 * once.
 */
struct codec_ctx;
/* NULL on allocation failure. */
struct codec_ctx *codec_ctx_new(void);
/* Frees the context and its decoders; NULL is a no-op. */
void codec_ctx_free(struct codec_ctx *ctx);

/* "none", "gzip", "snappy", "lz4", "zstd"; "unknown" otherwise. */
const char *codec_name(int codec);
/* True for 0..4. */
bool codec_known(int codec);

/*
 * Compress len bytes at src with codec and append the result to out.
 * opts may be NULL (defaults). CODEC_NONE copies. Returns 0, -E_UNSUPPORTED
 * for an unknown codec, -E_NOMEM, or the writer's error (-E_TOOBIG when
 * out->max_len is set and exceeded).
 */
int codec_compress(int codec, const struct codec_opts *opts, const void *src, size_t len,
                   struct kwriter *out);

/*
 * Decompress len bytes at src and append the output to out, at most cap
 * bytes of it. ctx may be NULL (decoders are made and freed per call). Snappy accepts both the raw
 * block and the xerial stream; gzip, lz4 and zstd accept one or more concatenated members/frames
 * and nothing after them. Returns 0; -E_TOOBIG when the output would exceed cap; -E_CORRUPT for
 * malformed, truncated or trailing input; -E_UNSUPPORTED for an unknown
 * codec; -E_NOMEM.
 */
int codec_decompress(struct codec_ctx *ctx, int codec, const void *src, size_t len, size_t cap,
                     struct kwriter *out);

/* Flags for codec_decompress_flags. */
enum codec_dflag {
    /*
     * lz4 only: also accept a first frame whose header checksum byte was
     * computed over the 4-byte magic number as well as the descriptor, as
     * Kafka's Java clients wrote it before 0.10 (KAFKA-3160). Kafka still
     * accepts that in magic-0 message sets, and only there; a header
     * checksum that matches neither computation stays -E_CORRUPT.
     */
    CODEC_DF_LZ4_KAFKA3160 = 1u << 0,
};

/* codec_decompress with flags (enum codec_dflag); flags 0 is
 * codec_decompress. */
int codec_decompress_flags(struct codec_ctx *ctx, int codec, unsigned flags, const void *src,
                           size_t len, size_t cap, struct kwriter *out);

#endif
