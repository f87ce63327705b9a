/*
 * gw_hash.c - 128-bit hash keys: decimal I/O, MD5 routing, range slicing.
 *
 * The even split matches what AWS shows for a new stream: for 3 shards the
 * first ends at 113427455640312821154458202477256070484 and the second
 * starts at ...485 (floor(2^128 / 3)), and kinesalite lays out shards the
 * same way (POW_128.div(n).floor() * i).
 */
#include "gateway/gw_hash.h"

#include "gateway/gw_crypto.h"
#include "protocol/status.h"

int gw_u128_parse(const char *s, size_t n, gw_u128 *out)
{
    if (n == 0 || n > 39 || (n > 1 && s[0] == '0'))
        return -E_INVAL;
    gw_u128 v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -E_INVAL;
        unsigned d = (unsigned)(s[i] - '0');
        if (v > (GW_U128_MAX - d) / 10)
            return -E_RANGE;
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

/* Digits of v (< 10^19) into out, at least `width` of them (zero-padded);
 * returns how many were written. */
static int put_u64(uint64_t v, int width, char *out)
{
    char tmp[20];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    while (n < width)
        tmp[n++] = '0';
    for (int i = 0; i < n; i++)
        out[i] = tmp[n - 1 - i];
    return n;
}

void gw_u128_format(gw_u128 v, char out[GW_U128_DEC])
{
    /* Two 128-bit divisions by 10^19, then 64-bit arithmetic: every
     * GetRecords record prints a 39-digit sequence number. */
    const uint64_t p19 = 10000000000000000000ull;
    uint64_t lo = (uint64_t)(v % p19);
    v /= p19;
    uint64_t mid = (uint64_t)(v % p19);
    uint64_t hi = (uint64_t)(v / p19);
    int n = 0;
    if (hi) {
        n = put_u64(hi, 0, out);
        n += put_u64(mid, 19, out + n);
        n += put_u64(lo, 19, out + n);
    } else if (mid) {
        n = put_u64(mid, 0, out);
        n += put_u64(lo, 19, out + n);
    } else {
        n = put_u64(lo, 0, out);
    }
    out[n] = '\0';
}

int gw_hash_key(const void *pk, size_t n, gw_u128 *out)
{
    uint8_t d[GW_MD5_LEN];
    int rc = gw_md5(pk, n, d);
    if (rc)
        return rc;
    gw_u128 v = 0;
    for (int i = 0; i < GW_MD5_LEN; i++)
        v = (v << 8) | d[i];
    *out = v;
    return 0;
}

void gw_hash_split_range(gw_u128 lo, gw_u128 hi, int32_t n, int32_t i, gw_u128 *start,
                         gw_u128 *end)
{
    if (n <= 1) {
        *start = lo;
        *end = hi;
        return;
    }
    /* width = floor((hi - lo + 1) / n) without overflowing when the range
     * is all of 2^128: floor((M + 1) / n) = floor(M / n) + (M % n == n - 1). */
    gw_u128 m = hi - lo;
    gw_u128 width = m / (gw_u128)n + (m % (gw_u128)n == (gw_u128)(n - 1) ? 1 : 0);
    *start = lo + width * (gw_u128)i;
    *end = i == n - 1 ? hi : lo + width * (gw_u128)(i + 1) - 1;
}

void gw_hash_split(int32_t n, int32_t i, gw_u128 *start, gw_u128 *end)
{
    gw_hash_split_range(0, GW_U128_MAX, n, i, start, end);
}
