/*
 * gw_crypto.h - the digests the gateway needs, all through OpenSSL EVP.
 */
#ifndef SLUICE_GW_CRYPTO_H
#define SLUICE_GW_CRYPTO_H

#include <stddef.h>
#include <stdint.h>

#define GW_SHA256_LEN 32
#define GW_MD5_LEN 16

/* Each returns 0, or -E_IO if OpenSSL fails. */
int gw_sha256(const void *p, size_t n, uint8_t out[GW_SHA256_LEN]);
int gw_hmac_sha256(const void *key, size_t key_len, const void *p, size_t n,
                   uint8_t out[GW_SHA256_LEN]);
int gw_md5(const void *p, size_t n, uint8_t out[GW_MD5_LEN]);
/* Lower-case hex of n bytes into out (2n + 1 bytes). */
void gw_hex(const uint8_t *p, size_t n, char *out);

#endif
