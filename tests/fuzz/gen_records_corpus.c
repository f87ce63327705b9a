/*
 * gen_records_corpus.c - writes the seed corpus of fuzz_records into the
 * directory given (tests/fuzz/corpus/records): one mode byte (see
 * fuzz_records.c) followed by batches built with every codec and flag, and
 * raw compressed payloads for the direct decompression stage.
 */
#include <stdio.h>
#include <string.h>

#include "protocol/records.h"

static const char *dir;
static int nfile;

static void emit(uint8_t mode, const void *p, size_t n)
{
    char path[512];
    snprintf(path, sizeof path, "%s/seed-%02d", dir, nfile++);
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror(path);
        return;
    }
    fwrite(&mode, 1, 1, f);
    fwrite(p, 1, n, f);
    fclose(f);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    dir = argv[1];
    static const struct rb_hdr hdrs[] = {
        {{"h1", 2}, {(const uint8_t *)"v1", 2}},
        {{"h2", 2}, {NULL, -1}},
    };
    static const struct rb_rec_in recs[] = {
        {1000, {(const uint8_t *)"key", 3}, {(const uint8_t *)"value value value", 17}, hdrs, 2},
        {1002, {NULL, -1}, {(const uint8_t *)"tombstone next", 14}, NULL, 0},
        {999, {(const uint8_t *)"key", 3}, {NULL, -1}, hdrs, 1},
    };
    for (int codec = 0; codec < CODEC_COUNT; codec++) {
        for (int raw = 0; raw <= (codec == CODEC_SNAPPY); raw++) {
            struct kwriter w;
            kw_init(&w);
            struct rb_build b;
            rb_build_init(&b);
            b.codec = codec;
            b.codec_opts.snappy_raw = raw;
            if (codec == CODEC_LZ4) {
                b.producer_id = 1;
                b.producer_epoch = 0;
                b.base_sequence = 0;
                b.transactional = true;
            }
            rb_build_batch(&b, recs, 3, &w);
            emit(0, w.buf, w.len);
            /* The records section alone through the matching codec. */
            emit((uint8_t)(1 | (codec << 1)), w.buf + RB_HEADER_BYTES, w.len - RB_HEADER_BYTES);
            kw_destroy(&w);
        }
    }
    /* Raw record bytes for the wrap-and-compress mode (bit 4). */
    for (int codec = 0; codec < CODEC_COUNT; codec++) {
        struct kwriter w;
        kw_init(&w);
        struct rb_build b;
        rb_build_init(&b);
        rb_build_batch(&b, recs, 3, &w);
        w.buf[RB_HEADER_BYTES - 1] = 3; /* the count byte, just before the records */
        emit((uint8_t)(0x10 | (codec << 1)), w.buf + RB_HEADER_BYTES - 1,
             w.len - RB_HEADER_BYTES + 1);
        kw_destroy(&w);
    }
    struct kwriter w;
    kw_init(&w);
    rb_build_txn_marker(&w, 5, 1, true, 3, 2000);
    emit(0, w.buf, w.len);
    /* Two batches back to back (a log, or a refused Produce). */
    struct rb_build b;
    rb_build_init(&b);
    rb_build_batch(&b, recs + 1, 1, &w);
    emit(0, w.buf, w.len);
    kw_destroy(&w);
    return 0;
}
