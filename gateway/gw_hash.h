/*
 * gw_hash.h - Kinesis hash keys: unsigned 128-bit integers in decimal.
 *
 * A record's hash key is the MD5 of its PartitionKey read as a big-endian
 * unsigned 128-bit number (or its ExplicitHashKey); it goes to the open
 * shard whose [StartingHashKey, EndingHashKey] holds it.
 */
#ifndef SLUICE_GW_HASH_H
#define SLUICE_GW_HASH_H

#include <stddef.h>
#include <stdint.h>

typedef unsigned __int128 gw_u128;
#define GW_U128_MAX (~(gw_u128)0)
/* Longest decimal of a 128-bit value (39 digits) plus NUL. */
#define GW_U128_DEC 40

/* Parse decimal digits (at most 39, pattern 0|([1-9]\d{0,38}) as the API
 * reference gives for ExplicitHashKey). -E_INVAL when the pattern fails,
 * -E_RANGE when the value passes 2^128 - 1. */
int gw_u128_parse(const char *s, size_t n, gw_u128 *out);
void gw_u128_format(gw_u128 v, char out[GW_U128_DEC]);
/* MD5(partition_key) as a big-endian 128-bit number. */
int gw_hash_key(const void *pk, size_t n, gw_u128 *out);
/* The i-th of n even slices of [0, 2^128 - 1], as CreateStream lays out
 * shards: width floor(2^128 / n), the last slice ending at 2^128 - 1. */
void gw_hash_split(int32_t n, int32_t i, gw_u128 *start, gw_u128 *end);
/* Same slicing applied to an arbitrary range [lo, hi]. */
void gw_hash_split_range(gw_u128 lo, gw_u128 hi, int32_t n, int32_t i, gw_u128 *start,
                         gw_u128 *end);

#endif
