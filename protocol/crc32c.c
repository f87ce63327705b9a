/*
 * crc32c.c - CRC-32C in software (slicing-by-8) and with SSE4.2.
 *
 * The hardware path runs three independent crc32 streams over thirds of a
 * block, because one stream is bound by the instruction's 3-cycle latency;
 * the partial CRCs are then merged with a "shift by N zero bytes" operator
 * computed once per block size (GF(2) matrix powers, as zlib's crc32_combine
 * does in principle).
 */
#include "protocol/crc32c.h"

#include <pthread.h>
#include <string.h>

#define POLY 0x82F63B78u

static uint32_t table[8][256];
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

static void build_tables(void)
{
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? (c >> 1) ^ POLY : c >> 1;
        table[0][n] = c;
    }
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = table[0][n];
        for (int t = 1; t < 8; t++) {
            c = table[0][c & 0xff] ^ (c >> 8);
            table[t][n] = c;
        }
    }
}

uint32_t crc32c_sw(uint32_t crc, const void *data, size_t len)
{
    pthread_once(&table_once, build_tables);
    const uint8_t *p = data;
    crc = ~crc;
    while (len && ((uintptr_t)p & 7)) {
        crc = table[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
        len--;
    }
    while (len >= 8) {
        uint64_t w;
        memcpy(&w, p, 8); /* little-endian hosts only (x86-64, arm64) */
        w ^= crc;
        crc = table[7][w & 0xff] ^ table[6][(w >> 8) & 0xff] ^ table[5][(w >> 16) & 0xff] ^
              table[4][(w >> 24) & 0xff] ^ table[3][(w >> 32) & 0xff] ^
              table[2][(w >> 40) & 0xff] ^ table[1][(w >> 48) & 0xff] ^ table[0][w >> 56];
        p += 8;
        len -= 8;
    }
    while (len--)
        crc = table[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

#if defined(__x86_64__)
#include <nmmintrin.h>

bool crc32c_hw_available(void)
{
    return __builtin_cpu_supports("sse4.2");
}

/* --- shifting a CRC over zero bytes (for merging parallel streams) --- */

/* Multiply a 32x32 GF(2) matrix (columns) by a vector. */
static uint32_t gf2_times(const uint32_t *mat, uint32_t vec)
{
    uint32_t sum = 0;
    for (int i = 0; vec; i++, vec >>= 1)
        if (vec & 1)
            sum ^= mat[i];
    return sum;
}

static void gf2_square(uint32_t *sq, const uint32_t *mat)
{
    for (int i = 0; i < 32; i++)
        sq[i] = gf2_times(mat, mat[i]);
}

/* Tables mapping a raw (un-inverted) CRC state to its state after `len`
 * zero bytes, split per input byte for speed: 4 x 256 entries. */
struct shift_table {
    uint32_t t[4][256];
};

static void build_shift(struct shift_table *st, size_t len)
{
    uint32_t odd[32], even[32], result[32];
    /* Operator for one zero bit. */
    odd[0] = POLY;
    for (int i = 1; i < 32; i++)
        odd[i] = 1u << (i - 1);
    /* result = identity */
    for (int i = 0; i < 32; i++)
        result[i] = 1u << i;
    gf2_square(even, odd); /* 2 bits */
    gf2_square(odd, even); /* 4 bits */
    /* Now odd is the operator for 4 bits; square twice more per byte... we
     * walk len bytes = len*8 bits: start from the 8-bit operator. */
    gf2_square(even, odd); /* 8 bits = 1 byte */
    uint32_t *op = even, *other = odd;
    size_t n = len;
    while (n) {
        if (n & 1) {
            uint32_t tmp[32];
            for (int i = 0; i < 32; i++)
                tmp[i] = gf2_times(op, result[i]);
            memcpy(result, tmp, sizeof tmp);
        }
        n >>= 1;
        if (n) {
            gf2_square(other, op);
            uint32_t *t = op;
            op = other;
            other = t;
        }
    }
    for (int b = 0; b < 4; b++)
        for (uint32_t v = 0; v < 256; v++)
            st->t[b][v] = gf2_times(result, v << (8 * b));
}

static inline uint32_t shift_apply(const struct shift_table *st, uint32_t crc)
{
    return st->t[0][crc & 0xff] ^ st->t[1][(crc >> 8) & 0xff] ^ st->t[2][(crc >> 16) & 0xff] ^
           st->t[3][crc >> 24];
}

#define LONG_BLOCK 8192  /* bytes per stream in the long loop */
#define SHORT_BLOCK 256

static struct shift_table shift_long, shift_short;
static pthread_once_t shift_once = PTHREAD_ONCE_INIT;

static void build_shifts(void)
{
    build_shift(&shift_long, LONG_BLOCK);
    build_shift(&shift_short, SHORT_BLOCK);
}

__attribute__((target("sse4.2"))) static uint64_t run3(uint64_t *c1, uint64_t *c2, uint64_t c0,
                                                       const uint8_t *p, size_t block)
{
    uint64_t a = c0, b = 0, c = 0;
    for (size_t i = 0; i < block; i += 8) {
        uint64_t x, y, z;
        memcpy(&x, p + i, 8);
        memcpy(&y, p + block + i, 8);
        memcpy(&z, p + 2 * block + i, 8);
        a = _mm_crc32_u64(a, x);
        b = _mm_crc32_u64(b, y);
        c = _mm_crc32_u64(c, z);
    }
    *c1 = b;
    *c2 = c;
    return a;
}

__attribute__((target("sse4.2"))) uint32_t crc32c_hw(uint32_t crc, const void *data, size_t len)
{
    const uint8_t *p = data;
    uint64_t c = ~crc;
    while (len && ((uintptr_t)p & 7)) {
        c = _mm_crc32_u8((uint32_t)c, *p++);
        len--;
    }
    if (len >= 3 * SHORT_BLOCK)
        pthread_once(&shift_once, build_shifts);
    while (len >= 3 * LONG_BLOCK) {
        uint64_t b, d;
        c = run3(&b, &d, c, p, LONG_BLOCK);
        c = shift_apply(&shift_long, (uint32_t)c) ^ b;
        c = shift_apply(&shift_long, (uint32_t)c) ^ d;
        p += 3 * LONG_BLOCK;
        len -= 3 * LONG_BLOCK;
    }
    while (len >= 3 * SHORT_BLOCK) {
        uint64_t b, d;
        c = run3(&b, &d, c, p, SHORT_BLOCK);
        c = shift_apply(&shift_short, (uint32_t)c) ^ b;
        c = shift_apply(&shift_short, (uint32_t)c) ^ d;
        p += 3 * SHORT_BLOCK;
        len -= 3 * SHORT_BLOCK;
    }
    while (len >= 8) {
        uint64_t x;
        memcpy(&x, p, 8);
        c = _mm_crc32_u64(c, x);
        p += 8;
        len -= 8;
    }
    while (len--)
        c = _mm_crc32_u8((uint32_t)c, *p++);
    return ~(uint32_t)c;
}

#else

bool crc32c_hw_available(void)
{
    return false;
}

uint32_t crc32c_hw(uint32_t crc, const void *data, size_t len)
{
    return crc32c_sw(crc, data, len);
}

#endif

uint32_t crc32c(uint32_t crc, const void *data, size_t len)
{
    static int hw = -1;
    if (hw < 0)
        hw = crc32c_hw_available();
    return hw ? crc32c_hw(crc, data, len) : crc32c_sw(crc, data, len);
}
