/* gw_iter.c - shard iterator tokens (layout in gw_iter.h). */
#include "gateway/gw_iter.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/gw_crypto.h"
#include "protocol/kbuf.h"
#include "protocol/status.h"

#define ITER_VERSION 1
#define ITER_MAC_LEN 16
#define ITER_MAX_RAW (1 + 8 + 8 + 4 + 8 + 1 + 128 + ITER_MAC_LEN)

int gw_iter_encode(const uint8_t key[32], const struct gw_iter *it, char **out)
{
    size_t nl = strlen(it->stream);
    if (nl == 0 || nl > 128)
        return -E_INVAL;
    struct kwriter w;
    kw_init(&w);
    kw_i8(&w, ITER_VERSION);
    kw_i64(&w, it->created_ms);
    kw_i64(&w, it->stream_created_ms);
    kw_i32(&w, it->partition);
    kw_i64(&w, it->offset);
    kw_i8(&w, (int8_t)(uint8_t)nl);
    kw_raw(&w, it->stream, nl);
    uint8_t mac[32];
    if (w.err || gw_hmac_sha256(key, 32, w.buf, w.len, mac)) {
        kw_destroy(&w);
        return -E_NOMEM;
    }
    kw_raw(&w, mac, ITER_MAC_LEN);
    char *b64 = malloc((w.len + 2) / 3 * 4 + 1);
    if (!b64 || w.err) {
        free(b64);
        kw_destroy(&w);
        return -E_NOMEM;
    }
    int n = EVP_EncodeBlock((unsigned char *)b64, w.buf, (int)w.len);
    b64[n] = '\0';
    kw_destroy(&w);
    *out = b64;
    return 0;
}

int gw_iter_decode(const uint8_t key[32], const char *s, size_t n, struct gw_iter *it)
{
    if (n == 0 || n % 4 || n > (ITER_MAX_RAW + 2) / 3 * 4)
        return -E_CORRUPT;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '+' || c == '/' || (c == '=' && i >= n - 2)))
            return -E_CORRUPT;
    }
    uint8_t raw[ITER_MAX_RAW + 3];
    int got = EVP_DecodeBlock(raw, (const unsigned char *)s, (int)n);
    if (got < 0)
        return -E_CORRUPT;
    size_t len = (size_t)got;
    if (n >= 1 && s[n - 1] == '=')
        len--;
    if (n >= 2 && s[n - 2] == '=')
        len--;
    if (len < 1 + 8 + 8 + 4 + 8 + 1 + 1 + ITER_MAC_LEN)
        return -E_CORRUPT;
    uint8_t mac[32];
    if (raw[0] != ITER_VERSION)
        return -E_CORRUPT;
    if (gw_hmac_sha256(key, 32, raw, len - ITER_MAC_LEN, mac))
        return -E_CORRUPT;
    /* Well formed but not ours: most likely issued before a restart (the
     * key is per process), so the caller can answer "expired". */
    if (CRYPTO_memcmp(mac, raw + len - ITER_MAC_LEN, ITER_MAC_LEN) != 0)
        return -E_FENCED;
    struct kreader r;
    kr_init(&r, raw, len - ITER_MAC_LEN);
    int8_t ver = kr_i8(&r);
    it->created_ms = kr_i64(&r);
    it->stream_created_ms = kr_i64(&r);
    it->partition = kr_i32(&r);
    it->offset = kr_i64(&r);
    uint8_t nl = (uint8_t)kr_i8(&r);
    const uint8_t *name = kr_take(&r, nl);
    if (r.err || ver != ITER_VERSION || nl == 0 || nl > 128 || kr_remaining(&r) != 0 ||
        it->partition < 0 || it->offset < 0)
        return -E_CORRUPT;
    memcpy(it->stream, name, nl);
    it->stream[nl] = '\0';
    return 0;
}
