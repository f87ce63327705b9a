/*
 * gw_doc_access.c - reading operation inputs out of the document tree:
 * typed accessors with the service's type-error messages, and strict
 * base64 for JSON blobs (OpenSSL EVP does the coding).
 */
#include "gateway/gw_doc.h"

#include <math.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"

/* -------------------------------------------------------------- base64 */

static bool in_alphabet(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/';
}

/* Strict RFC 4648 checks first (OpenSSL's block decoder is lenient about
 * padding and would hand back the pad bytes as zeros), then OpenSSL EVP
 * does the decoding - the issue asks for a library, not our own codec. */
int gw_base64_decode(struct arena *a, const char *s, size_t n, uint8_t **out, size_t *len,
                     const char **why)
{
    if (n % 4) {
        *why = "Base64 encoded length is expected a multiple of 4 bytes";
        return -E_CORRUPT;
    }
    if (n > (size_t)INT32_MAX) {
        *why = "too long";
        return -E_CORRUPT;
    }
    /* OpenSSL rejects every byte outside the alphabet except three
     * leniencies, checked here so the megabyte interior is scanned once
     * (by OpenSSL) plus a memchr: it skips leading blanks, drops trailing
     * non-alphabet bytes, and decodes '=' anywhere as zero bits. */
    size_t pad = 0;
    if (n >= 1 && s[n - 1] == '=')
        pad = n >= 2 && s[n - 2] == '=' ? 2 : 1;
    if (n && (!in_alphabet(s[0]) || !in_alphabet(s[n - pad - 1]))) {
        *why = s[0] == '=' || s[n - pad - 1] == '=' ? "Invalid Base64 character: '='"
                                                    : "Invalid Base64 character";
        return -E_CORRUPT;
    }
    if (n && memchr(s, '=', n - pad)) {
        *why = "Invalid Base64 character: '='";
        return -E_CORRUPT;
    }
    uint8_t *buf = arena_alloc_uninit(a, n / 4 * 3 + 1);
    if (!buf) {
        *why = "out of memory";
        return -E_NOMEM;
    }
    int got = n ? EVP_DecodeBlock(buf, (const unsigned char *)s, (int)n) : 0;
    if (got < 0 || (size_t)got < pad) {
        *why = "Invalid Base64 character";
        return -E_CORRUPT;
    }
    *out = buf;
    *len = (size_t)got - pad;
    return 0;
}

size_t gw_base64_encode_to(const uint8_t *p, size_t n, char *out)
{
    /* EVP_EncodeBlock takes an int length; blobs are capped far below. */
    size_t w = 0;
    while (n) {
        size_t chunk = n > ((size_t)3 << 28) ? ((size_t)3 << 28) : n; /* a multiple of 3 */
        w += (size_t)EVP_EncodeBlock((unsigned char *)out + w, p, (int)chunk);
        p += chunk;
        n -= chunk;
    }
    return w;
}

char *gw_base64_encode(const uint8_t *p, size_t n)
{
    char *out = malloc((n + 2) / 3 * 4 + 1);
    if (!out)
        return NULL;
    out[gw_base64_encode_to(p, n, out)] = '\0';
    return out;
}

/* -------------------------------------------------------------- accessors */

/* What Java's Jackson-based service says when a value has the wrong type. */
static const char *java_type(const struct gw_val *v)
{
    switch (v->t) {
    case GV_BOOL: return "class java.lang.Boolean";
    case GV_INT:
    case GV_REAL: return "class java.math.BigDecimal";
    case GV_STR: return "class java.lang.String";
    case GV_BYTES: return "class [B";
    case GV_ARR: return "Start of list";
    case GV_MAP: return "Start of structure or map";
    default: return "value";
    }
}

static int type_error(struct gw_err *err, const struct gw_val *v, const char *want)
{
    if (v->t == GV_ARR || v->t == GV_MAP)
        return gw_err_set(err, GW_EXC_SERIALIZATION, "%s found where not expected", java_type(v));
    return gw_err_set(err, GW_EXC_SERIALIZATION, "%s can not be converted to %s", java_type(v),
                      want);
}

static const struct gw_val *member(const struct gw_val *obj, const char *key)
{
    const struct gw_val *v = gv_get(obj, key);
    return v && v->t != GV_NULL ? v : NULL;
}

int gd_str(const struct gw_val *obj, const char *key, const char **s, size_t *len,
           struct gw_err *err)
{
    *s = NULL;
    if (len)
        *len = 0;
    const struct gw_val *v = member(obj, key);
    if (!v)
        return 0;
    if (v->t != GV_STR)
        return type_error(err, v, "an String");
    *s = v->u.s.p;
    if (len)
        *len = v->u.s.n;
    return 0;
}

int gd_int(const struct gw_val *obj, const char *key, int64_t *out, bool *present,
           struct gw_err *err)
{
    *present = false;
    const struct gw_val *v = member(obj, key);
    if (!v)
        return 0;
    if (v->t == GV_INT) {
        *out = v->u.i;
    } else if (v->t == GV_REAL) {
        /* The service truncates a fractional number for an integer field. */
        if (!isfinite(v->u.d) || v->u.d > 9.2e18 || v->u.d < -9.2e18)
            return type_error(err, v, "an Integer");
        *out = (int64_t)floor(v->u.d);
    } else {
        return type_error(err, v, "an Integer");
    }
    *present = true;
    return 0;
}

int gd_bool(const struct gw_val *obj, const char *key, bool *out, bool *present,
            struct gw_err *err)
{
    *present = false;
    const struct gw_val *v = member(obj, key);
    if (!v)
        return 0;
    if (v->t != GV_BOOL)
        return type_error(err, v, "an Boolean");
    *out = v->u.b;
    *present = true;
    return 0;
}

int gd_blob(struct arena *a, enum gw_fmt fmt, const struct gw_val *obj, const char *key,
            const uint8_t **p, size_t *len, bool *present, struct gw_err *err)
{
    *present = false;
    *p = NULL;
    *len = 0;
    const struct gw_val *v = member(obj, key);
    if (!v)
        return 0;
    if (v->t == GV_BYTES) {
        *p = (const uint8_t *)v->u.s.p;
        *len = v->u.s.n;
    } else if (v->t == GV_STR && fmt == GW_FMT_JSON) {
        uint8_t *out;
        const char *why = "Invalid Base64";
        if (gw_base64_decode(a, v->u.s.p, v->u.s.n, &out, len, &why))
            return gw_err_set(err, GW_EXC_SERIALIZATION,
                              "Value for '%s' can not be converted to a Blob: %s", key, why);
        *p = out;
    } else if (v->t == GV_STR) {
        /* CBOR clients send bytes; a text string is taken as its UTF-8. */
        *p = (const uint8_t *)v->u.s.p;
        *len = v->u.s.n;
    } else {
        return type_error(err, v, "a Blob");
    }
    *present = true;
    return 0;
}

int gd_time(enum gw_fmt fmt, const struct gw_val *obj, const char *key, int64_t *ms,
            bool *present, struct gw_err *err)
{
    *present = false;
    const struct gw_val *v = member(obj, key);
    if (!v)
        return 0;
    double x;
    if (v->t == GV_INT)
        x = (double)v->u.i;
    else if (v->t == GV_REAL && isfinite(v->u.d))
        x = v->u.d;
    else
        return type_error(err, v, "a Date");
    if (fmt == GW_FMT_JSON)
        x *= 1000.0; /* seconds with a fraction */
    if (x > 9.2e15 || x < -9.2e15)
        return gw_err_set(err, GW_EXC_SERIALIZATION, "Timestamp for '%s' is out of range", key);
    *ms = (int64_t)llround(x);
    *present = true;
    return 0;
}

int gd_obj(const struct gw_val *obj, const char *key, const struct gw_val **out,
           struct gw_err *err)
{
    *out = NULL;
    const struct gw_val *v = member(obj, key);
    if (!v)
        return 0;
    if (v->t != GV_MAP)
        return v->t == GV_ARR ? type_error(err, v, "a structure")
                              : gw_err_set(err, GW_EXC_SERIALIZATION, "Expected null");
    *out = v;
    return 0;
}

int gd_list(const struct gw_val *obj, const char *key, const struct gw_val **out,
            struct gw_err *err)
{
    *out = NULL;
    const struct gw_val *v = member(obj, key);
    if (!v)
        return 0;
    if (v->t != GV_ARR)
        return v->t == GV_MAP ? type_error(err, v, "a list")
                              : gw_err_set(err, GW_EXC_SERIALIZATION, "Expected list or null");
    *out = v;
    return 0;
}
