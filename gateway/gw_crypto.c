/* gw_crypto.c - SHA-256, HMAC-SHA-256 and MD5 via OpenSSL's EVP layer.
 *
 * The digests are fetched from the provider once (OpenSSL 3 otherwise
 * looks the algorithm up on every call, which cost more than hashing a
 * partition key: PutRecords hashes one per record). */
#include "gateway/gw_crypto.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <pthread.h>
#include <stdbool.h>

#include "protocol/status.h"

static EVP_MD *md5_md, *sha256_md;

static void fetch_digests(void)
{
    md5_md = EVP_MD_fetch(NULL, "MD5", NULL);
    sha256_md = EVP_MD_fetch(NULL, "SHA256", NULL);
}

static const EVP_MD *digest(bool md5)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, fetch_digests);
    if (md5)
        return md5_md ? md5_md : EVP_md5();
    return sha256_md ? sha256_md : EVP_sha256();
}

int gw_sha256(const void *p, size_t n, uint8_t out[GW_SHA256_LEN])
{
    unsigned int len = 0;
    return EVP_Digest(p, n, out, &len, digest(false), NULL) == 1 ? 0 : -E_IO;
}

int gw_hmac_sha256(const void *key, size_t key_len, const void *p, size_t n,
                   uint8_t out[GW_SHA256_LEN])
{
    unsigned int len = 0;
    if (key_len > INT32_MAX)
        return -E_INVAL;
    return HMAC(EVP_sha256(), key, (int)key_len, p, n, out, &len) ? 0 : -E_IO;
}

int gw_md5(const void *p, size_t n, uint8_t out[GW_MD5_LEN])
{
    /* One context per thread, reused: PutRecords hashes every partition
     * key, and a context allocation per key showed in profiles. */
    static _Thread_local EVP_MD_CTX *ctx;
    if (!ctx && !(ctx = EVP_MD_CTX_new()))
        return -E_NOMEM;
    unsigned int len = 0;
    if (EVP_DigestInit_ex(ctx, digest(true), NULL) != 1 || EVP_DigestUpdate(ctx, p, n) != 1 ||
        EVP_DigestFinal_ex(ctx, out, &len) != 1)
        return -E_IO;
    return 0;
}

void gw_hex(const uint8_t *p, size_t n, char *out)
{
    static const char HEX[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = HEX[p[i] >> 4];
        out[2 * i + 1] = HEX[p[i] & 15];
    }
    out[2 * n] = '\0';
}
