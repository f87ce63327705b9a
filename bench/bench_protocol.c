/*
 * bench_protocol.c - protocol hot paths: CRC-32C (hardware and table) and
 * record-batch validation (rb_validate with producer rules, decompression
 * included) for uncompressed, lz4 and zstd batches of 16 KiB and 1 MiB
 * made of 1 KiB records. Each figure runs for about BENCH_SECONDS.
 *
 * Run: make bench-protocol
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "protocol/crc32c.h"
#include "protocol/records.h"

#define BENCH_SECONDS 0.25
#define RECORD_BYTES 1024

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static volatile uint32_t sink;

typedef uint32_t (*crc_fn)(uint32_t, const void *, size_t);

static double bench_crc(crc_fn fn, const uint8_t *p, size_t n)
{
    double t0 = now_s(), t;
    uint64_t bytes = 0;
    uint32_t acc = 0;
    do {
        for (int i = 0; i < 8; i++) {
            acc ^= fn(acc, p, n);
            bytes += n;
        }
        t = now_s();
    } while (t - t0 < BENCH_SECONDS);
    sink = acc;
    return (double)bytes / (t - t0) / 1e9;
}

/* Log-like values: a JSON-ish line with a counter and some noise, so the
 * codecs see realistic (not degenerate) ratios. */
static void fill_value(uint8_t *v, size_t n, uint32_t i)
{
    uint32_t s = i * 2654435761u;
    int k =
        snprintf((char *)v, n, "{\"id\":%u,\"user\":\"u%05u\",\"event\":\"page_view\",\"path\":\"",
                 i, s % 100000);
    for (size_t j = (size_t)k; j < n; j++) {
        s = s * 1103515245u + 12345u;
        v[j] = (s >> 28) < 3 ? (uint8_t)('a' + (s >> 16) % 26)
                             : (uint8_t) "/app/item/view?ref="[j % 19];
    }
}

static void bench_batch(int codec, size_t batch_bytes)
{
    int n = (int)(batch_bytes / (RECORD_BYTES + 16));
    if (n < 1)
        n = 1;
    struct rb_rec_in *recs = calloc((size_t)n, sizeof *recs);
    uint8_t *vals = malloc((size_t)n * RECORD_BYTES);
    for (int i = 0; i < n; i++) {
        fill_value(vals + (size_t)i * RECORD_BYTES, RECORD_BYTES, (uint32_t)i);
        recs[i] = (struct rb_rec_in){1700000000000 + i,
                                     {NULL, -1},
                                     {vals + (size_t)i * RECORD_BYTES, RECORD_BYTES},
                                     NULL,
                                     0};
    }
    struct kwriter w;
    struct rb_scratch scratch;
    kw_init(&w);
    rb_scratch_init(&scratch);
    struct rb_build bo;
    rb_build_init(&bo);
    bo.codec = codec;
    if (rb_build_batch(&bo, recs, n, &w) != 0) {
        fprintf(stderr, "build failed\n");
        exit(1);
    }
    struct rb_limits lim;
    rb_limits_producer(&lim, 2 << 20);
    struct rb_batch b;
    struct rb_error e;
    uint64_t iters = 0;
    double t0 = now_s(), t;
    do {
        for (int i = 0; i < 4; i++) {
            if (rb_validate(w.buf, w.len, &lim, &scratch, &b, &e) != 0) {
                fprintf(stderr, "validate failed: %s\n", rb_err_message(e.code));
                exit(1);
            }
            iters++;
        }
        t = now_s();
    } while (t - t0 < BENCH_SECONDS);
    double secs = t - t0;
    double plain = (double)b.uncompressed_bytes + RB_HEADER_BYTES;
    printf("%-6s %8zu KiB %5d %10zu %12.0f %11.0f %12.0f\n", codec_name(codec), batch_bytes / 1024,
           n, w.len, (double)iters / secs, (double)iters * (double)w.len / secs / 1e6,
           (double)iters * plain / secs / 1e6);
    kw_destroy(&w);
    rb_scratch_destroy(&scratch);
    free(recs);
    free(vals);
}

int main(void)
{
    size_t n = 1 << 20;
    uint8_t *buf = malloc(n);
    for (size_t i = 0; i < n; i++)
        buf[i] = (uint8_t)(i * 31 + (i >> 7));
    printf("CRC-32C (GB/s)        16 KiB     1 MiB\n");
    if (crc32c_hw_available())
        printf("  hardware (sse4.2) %9.1f %9.1f\n", bench_crc(crc32c_hw, buf, 16384),
               bench_crc(crc32c_hw, buf, n));
    else
        printf("  hardware            n/a       n/a\n");
    printf("  table (slice-by-8)%9.2f %9.2f\n", bench_crc(crc32c_sw, buf, 16384),
           bench_crc(crc32c_sw, buf, n));
    free(buf);

    printf("\nrb_validate, producer rules, 1 KiB records\n");
    printf("codec     batch      recs   wire bytes  batches/s  wire MB/s  plain MB/s\n");
    static const int codecs[] = {CODEC_NONE, CODEC_LZ4, CODEC_ZSTD};
    static const size_t sizes[] = {16 << 10, 1 << 20};
    for (size_t c = 0; c < 3; c++)
        for (size_t s = 0; s < 2; s++)
            bench_batch(codecs[c], sizes[s]);
    return 0;
}
