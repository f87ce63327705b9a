/*
 * gw_doc_access.c - reading operation inputs out of the document tree:
 * typed accessors with the service's type-error messages, and strict
 * base64 for JSON blobs (table-driven both ways).
 */
#include "gateway/gw_doc.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"

/* -------------------------------------------------------------- base64 */

/* Value of each base64 character, 0x80 for anything else. */
static uint8_t b64_val[256];

static void b64_init(void)
{
    static const char alpha[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    memset(b64_val, 0x80, sizeof b64_val);
    for (int i = 0; i < 64; i++)
        b64_val[(uint8_t)alpha[i]] = (uint8_t)i;
}

int gw_base64_decode(struct arena *a, const char *s, size_t n, uint8_t **out, size_t *len,
                     const char **why)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, b64_init);
    if (n % 4) {
        *why = "Base64 encoded length is expected a multiple of 4 bytes";
        return -E_CORRUPT;
    }
    const uint8_t *p = (const uint8_t *)s;
    /* Padding: at most two '=' and only at the very end. */
    size_t pad = 0;
    if (n >= 4 && p[n - 1] == '=')
        pad = p[n - 2] == '=' ? 2 : 1;
    uint8_t *buf = arena_alloc_uninit(a, n / 4 * 3 + 1);
    if (!buf) {
        *why = "out of memory";
        return -E_NOMEM;
    }
    /* Whole groups; the last one (if padded) separately. Validity is
     * checked once per group: any 0x80 marks a bad character (an '='
     * before the end included). */
    size_t groups = n / 4 - (pad ? 1 : 0);
    uint8_t *d = buf, bad = 0;
    for (size_t g = 0; g < groups; g++, p += 4) {
        uint8_t c0 = b64_val[p[0]], c1 = b64_val[p[1]], c2 = b64_val[p[2]], c3 = b64_val[p[3]];
        bad |= c0 | c1 | c2 | c3;
        uint32_t v = (uint32_t)c0 << 18 | (uint32_t)c1 << 12 | (uint32_t)c2 << 6 | c3;
        d[0] = (uint8_t)(v >> 16);
        d[1] = (uint8_t)(v >> 8);
        d[2] = (uint8_t)v;
        d += 3;
    }
    if (pad) {
        uint8_t c0 = b64_val[p[0]], c1 = b64_val[p[1]];
        uint8_t c2 = pad == 2 ? 0 : b64_val[p[2]];
        bad |= c0 | c1 | c2;
        uint32_t v = (uint32_t)c0 << 18 | (uint32_t)c1 << 12 | (uint32_t)c2 << 6;
        *d++ = (uint8_t)(v >> 16);
        if (pad == 1)
            *d++ = (uint8_t)(v >> 8);
    }
    if (bad & 0x80) {
        *why = memchr(s, '=', n - pad) ? "Invalid Base64 character: '='"
                                       : "Invalid Base64 character";
        return -E_CORRUPT;
    }
    *out = buf;
    *len = (size_t)(d - buf);
    return 0;
}

/* Two base64 characters for every 12-bit value: one lookup per 1.5 input
 * bytes (GetRecords encodes up to 10 MiB per answer). */
static uint16_t b64_pair[4096];

static void b64_pairs_init(void)
{
    static const char alpha[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 4096; i++) {
        char two[2] = {alpha[i >> 6], alpha[i & 63]};
        memcpy(&b64_pair[i], two, 2);
    }
}

size_t gw_base64_encode_to(const uint8_t *p, size_t n, char *out)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, b64_pairs_init);
    char *d = out;
    size_t i = 0;
    /* Six bytes to eight characters per step, one 8-byte store. */
    for (; i + 6 <= n; i += 6, d += 8) {
        uint32_t a = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        uint32_t b = (uint32_t)p[i + 3] << 16 | (uint32_t)p[i + 4] << 8 | p[i + 5];
        uint16_t q[4] = {b64_pair[a >> 12], b64_pair[a & 0xfff], b64_pair[b >> 12],
                         b64_pair[b & 0xfff]};
        memcpy(d, q, 8);
    }
    for (; i + 3 <= n; i += 3, d += 4) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        memcpy(d, &b64_pair[v >> 12], 2);
        memcpy(d + 2, &b64_pair[v & 0xfff], 2);
    }
    if (i < n) {
        uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0);
        memcpy(d, &b64_pair[v >> 12], 2);
        if (i + 1 < n)
            memcpy(d + 2, &b64_pair[v & 0xfff], 1);
        else
            d[2] = '=';
        d[3] = '=';
        d += 4;
    }
    return (size_t)(d - out);
}

char *gw_base64_encode(const uint8_t *p, size_t n)
{
    if (n > SIZE_MAX / 2)
        return NULL;
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
