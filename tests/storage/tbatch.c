/*
 * tbatch.c - RecordBatch v2 builder for the storage tests (see tbatch.h).
 */
#include "tbatch.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/crc32c.h"
#include "protocol/kbuf.h"

uint8_t *tb_build(size_t *len, int64_t base_ts, int16_t attrs, const struct tb_rec *recs, int n)
{
    struct kwriter body;
    kw_init(&body);
    int64_t max_ts = base_ts;
    int32_t last_delta = 0;
    for (int i = 0; i < n; i++) {
        const struct tb_rec *r = &recs[i];
        int32_t od = r->offset_delta >= 0 ? r->offset_delta : i;
        if (od > last_delta)
            last_delta = od;
        struct kwriter rec;
        kw_init(&rec);
        kw_i8(&rec, 0);
        kw_varlong(&rec, r->ts_delta);
        kw_varint(&rec, od);
        if (r->key) {
            kw_varint(&rec, r->key_len);
            kw_raw(&rec, r->key, (size_t)r->key_len);
        } else {
            kw_varint(&rec, -1);
        }
        if (r->value) {
            kw_varint(&rec, r->value_len);
            kw_raw(&rec, r->value, (size_t)r->value_len);
        } else {
            kw_varint(&rec, -1);
        }
        kw_varint(&rec, 0); /* headers */
        kw_varint(&body, (int32_t)rec.len);
        kw_raw(&body, rec.buf, rec.len);
        kw_destroy(&rec);
        if (base_ts + r->ts_delta > max_ts)
            max_ts = base_ts + r->ts_delta;
    }
    struct kwriter w;
    kw_init(&w);
    kw_i64(&w, 0);
    kw_i32(&w, (int32_t)(49 + body.len));
    kw_i32(&w, 0);
    kw_i8(&w, 2);
    kw_u32(&w, 0); /* crc, patched below */
    kw_i16(&w, attrs);
    kw_i32(&w, n ? last_delta : 0);
    kw_i64(&w, base_ts);
    kw_i64(&w, max_ts);
    kw_i64(&w, -1);
    kw_i16(&w, -1);
    kw_i32(&w, -1);
    kw_i32(&w, n);
    kw_raw(&w, body.buf, body.len);
    kw_destroy(&body);
    uint32_t crc = crc32c(0, w.buf + 21, w.len - 21);
    w.buf[17] = (uint8_t)(crc >> 24);
    w.buf[18] = (uint8_t)(crc >> 16);
    w.buf[19] = (uint8_t)(crc >> 8);
    w.buf[20] = (uint8_t)crc;
    *len = w.len;
    return w.buf; /* ownership passes to the caller */
}

uint8_t *tb_simple(size_t *len, int n, size_t value_size, int64_t base_ts, uint32_t seed)
{
    struct tb_rec *recs = calloc((size_t)n, sizeof *recs);
    char (*keys)[16] = calloc((size_t)n, 16);
    uint8_t *vals = malloc(value_size * (size_t)n + 1);
    uint32_t x = seed * 2654435761u + 1;
    for (size_t i = 0; i < value_size * (size_t)n; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        vals[i] = (uint8_t)x;
    }
    for (int i = 0; i < n; i++) {
        int kl = snprintf(keys[i], 16, "k%d", i);
        recs[i] = (struct tb_rec){keys[i], kl, vals + value_size * (size_t)i, (int32_t)value_size,
                                  i, -1};
    }
    uint8_t *b = tb_build(len, base_ts, 0, recs, n);
    free(recs);
    free(keys);
    free(vals);
    return b;
}

uint8_t *tb_kv(size_t *len, const char *key, const char *value, int64_t ts)
{
    struct tb_rec r = {key, (int32_t)strlen(key), value, value ? (int32_t)strlen(value) : -1, 0,
                       -1};
    return tb_build(len, ts, 0, &r, 1);
}

static uint64_t be(const uint8_t *p, int n)
{
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v = (v << 8) | p[i];
    return v;
}

int64_t tb_base_offset(const uint8_t *b)
{
    return (int64_t)be(b, 8);
}

int32_t tb_count(const uint8_t *b)
{
    return (int32_t)be(b + 57, 4);
}

int64_t tb_max_ts(const uint8_t *b)
{
    return (int64_t)be(b + 35, 8);
}
