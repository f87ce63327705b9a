/* gw_seq.c - sequence number encoding (see gw_seq.h for the layout). */
#include "gateway/gw_seq.h"

#include "gateway/gw_hash.h"
#include "protocol/status.h"

static gw_u128 seq_base(void)
{
    gw_u128 b = 1;
    for (int i = 0; i < 38; i++)
        b *= 10;
    return b;
}

void gw_seq_format(int32_t partition, int64_t offset, char out[GW_SEQ_BUF])
{
    if (partition < 0)
        partition = 0;
    if (offset < -1)
        offset = -1;
    if (offset == INT64_MAX)
        offset = INT64_MAX - 1;
    gw_u128 n =
        seq_base() + ((gw_u128)(uint32_t)partition << 64) + (gw_u128)(uint64_t)(offset + 1);
    gw_u128_format(n, out);
}

int gw_seq_parse(const char *s, size_t n, int32_t *partition, int64_t *offset)
{
    gw_u128 v;
    if (n != GW_SEQ_LEN || gw_u128_parse(s, n, &v))
        return -E_INVAL;
    gw_u128 base = seq_base();
    if (v < base)
        return -E_INVAL;
    v -= base;
    gw_u128 p = v >> 64;
    uint64_t o = (uint64_t)v;
    if (p > INT32_MAX || o > (uint64_t)INT64_MAX)
        return -E_INVAL;
    *partition = (int32_t)p;
    *offset = (int64_t)o - 1;
    return 0;
}
