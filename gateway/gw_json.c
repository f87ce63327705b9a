/*
 * gw_json.c - JSON text from a gw_val tree, written straight into one
 * growing buffer.
 *
 * GetRecords answers carry up to 10 MiB of record data as base64; building
 * a jansson tree of it and dumping that (a copy per string, then a string
 * buffer that doubles) cost more than the rest of the call. Here each blob
 * is base64-encoded in place in the output and nothing else is copied.
 *
 * Output rules match what the gateway wrote through jansson: compact (no
 * spaces), strings escaped per RFC 8259 (quote, backslash and control
 * characters; other bytes as they are, since keys read from Kafka need not
 * be UTF-8 and must not make the answer fail), timestamps as epoch seconds
 * with a millisecond fraction.
 */
#include "gateway/gw_json.h"

#include <inttypes.h>
#include <openssl/evp.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "protocol/status.h"

static void put_str(struct kwriter *w, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    kw_raw(w, "\"", 1);
    size_t run = 0; /* bytes that need no escape, copied in one go */
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 0x20 && ch != '"' && ch != '\\')
            continue;
        kw_raw(w, s + run, i - run);
        run = i + 1;
        char esc[6] = {'\\', 0};
        size_t el = 2;
        switch (ch) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        case '\b': esc[1] = 'b'; break;
        case '\f': esc[1] = 'f'; break;
        default:
            memcpy(esc, "\\u00", 4);
            esc[4] = hex[ch >> 4];
            esc[5] = hex[ch & 15];
            el = 6;
        }
        kw_raw(w, esc, el);
    }
    kw_raw(w, s + run, n - run);
    kw_raw(w, "\"", 1);
}

static void put_base64(struct kwriter *w, const uint8_t *p, size_t n)
{
    kw_raw(w, "\"", 1);
    /* EVP_EncodeBlock takes an int length: encode in slices of whole
     * 3-byte groups. */
    while (n > 0) {
        size_t take = n > (size_t)3 << 20 ? (size_t)3 << 20 : n;
        size_t out = (take + 2) / 3 * 4;
        uint8_t *d = kw_reserve(w, out + 1); /* + the NUL it writes */
        if (!d)
            return;
        EVP_EncodeBlock(d, p, (int)take);
        w->len--; /* drop the NUL */
        p += take;
        n -= take;
    }
    kw_raw(w, "\"", 1);
}

static void put_fmt(struct kwriter *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put_fmt(struct kwriter *w, const char *fmt, ...)
{
    char buf[64];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0)
        kw_raw(w, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

static void put_val(struct kwriter *w, const struct gw_val *v)
{
    switch (v->t) {
    case GV_NULL: kw_raw(w, "null", 4); return;
    case GV_BOOL: v->u.b ? kw_raw(w, "true", 4) : kw_raw(w, "false", 5); return;
    case GV_INT: put_fmt(w, "%" PRId64, v->u.i); return;
    case GV_REAL: {
        char buf[40];
        snprintf(buf, sizeof buf, "%.15g", v->u.d);
        kw_raw(w, buf, strlen(buf));
        if (!strpbrk(buf, ".eEn")) /* keep it a real for the reader: 3 -> 3.0 */
            kw_raw(w, ".0", 2);
        return;
    }
    case GV_TIME: {
        /* Epoch seconds with the milliseconds as an exact fraction. */
        int64_t ms = v->u.ms;
        const char *sign = ms < 0 ? "-" : "";
        uint64_t a = ms < 0 ? (uint64_t)0 - (uint64_t)ms : (uint64_t)ms;
        put_fmt(w, "%s%" PRIu64 ".%03u", sign, a / 1000, (unsigned)(a % 1000));
        return;
    }
    case GV_STR: put_str(w, v->u.s.p, v->u.s.n); return;
    case GV_BYTES: put_base64(w, (const uint8_t *)v->u.s.p, v->u.s.n); return;
    case GV_ARR:
        kw_raw(w, "[", 1);
        for (size_t i = 0; i < v->u.a.n; i++) {
            if (i)
                kw_raw(w, ",", 1);
            put_val(w, v->u.a.v[i]);
        }
        kw_raw(w, "]", 1);
        return;
    case GV_MAP:
        kw_raw(w, "{", 1);
        for (size_t i = 0; i < v->u.m.n; i++) {
            if (i)
                kw_raw(w, ",", 1);
            put_str(w, v->u.m.m[i].key, strlen(v->u.m.m[i].key));
            kw_raw(w, ":", 1);
            put_val(w, v->u.m.m[i].val);
        }
        kw_raw(w, "}", 1);
        return;
    }
}

int gw_json_write(const struct gw_val *v, struct kwriter *w)
{
    put_val(w, v);
    return w->err ? w->err : 0;
}
