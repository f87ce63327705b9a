/*
 * tbatch.h - test helper: build valid RecordBatch v2 bytes (header, CRC-32C,
 * uncompressed records with zig-zag varints). protocol/records will provide
 * a real builder later; this one stays in tests/storage.
 */
#ifndef SLUICE_TESTS_STORAGE_TBATCH_H
#define SLUICE_TESTS_STORAGE_TBATCH_H

#include <stddef.h>
#include <stdint.h>

struct tb_rec {
    const void *key; /* NULL: null key */
    int32_t key_len;
    const void *value; /* NULL: null value (tombstone) */
    int32_t value_len;
    int64_t ts_delta;
    int32_t offset_delta; /* -1: the record's index */
};

/* A new batch (malloc'd, *len bytes) with base timestamp base_ts and
 * attributes attrs (codec bits are written as given; the records are
 * always stored as plain bytes). baseOffset 0, producer id -1. */
uint8_t *tb_build(size_t *len, int64_t base_ts, int16_t attrs, const struct tb_rec *recs, int n);

/* n records of value_size bytes each (pattern from seed), key "k<i>",
 * timestamps base_ts + i. */
uint8_t *tb_simple(size_t *len, int n, size_t value_size, int64_t base_ts, uint32_t seed);

/* One record with key and value strings (value NULL: tombstone). */
uint8_t *tb_kv(size_t *len, const char *key, const char *value, int64_t ts);

/* Fields of a stored batch, for assertions. */
int64_t tb_base_offset(const uint8_t *b);
int32_t tb_count(const uint8_t *b);
int64_t tb_max_ts(const uint8_t *b);

#endif
