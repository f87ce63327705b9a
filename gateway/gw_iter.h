/*
 * gw_iter.h - shard iterators: opaque, tamper-proof position tokens.
 *
 * Layout before base64 (all integers big-endian, written with kbuf):
 *   u8 version (1) | i64 created_ms | i64 stream_created_ms | i32 partition
 *   | i64 offset | u8 name_len | name | 16 bytes HMAC-SHA-256(key, all before)
 * The key is random per process, so iterators do not survive a restart
 * (clients get ExpiredIteratorException or InvalidArgumentException and ask
 * for a new one, as after AWS's 5-minute expiry). stream_created_ms makes an
 * iterator of a deleted-and-recreated stream invalid. Base64 of at most
 * 174 bytes is 232 characters, within the API's 512.
 */
#ifndef SLUICE_GW_ITER_H
#define SLUICE_GW_ITER_H

#include <stddef.h>
#include <stdint.h>

/* AWS: "A shard iterator expires 5 minutes after it is returned". */
#define GW_ITER_TTL_MS (5 * 60 * 1000)

struct gw_iter {
    int64_t created_ms;
    int64_t stream_created_ms;
    int32_t partition;
    int64_t offset;
    char stream[129];
};

/* *out is a malloc'd NUL-terminated base64 string. */
int gw_iter_encode(const uint8_t key[32], const struct gw_iter *it, char **out);
/* -E_CORRUPT for anything malformed; -E_FENCED for a well-formed token
 * whose HMAC does not match key (tampered, or from before a restart:
 * answered as expired so clients fetch a new iterator, as they do after
 * AWS's 5-minute expiry). */
int gw_iter_decode(const uint8_t key[32], const char *s, size_t n, struct gw_iter *it);

#endif
