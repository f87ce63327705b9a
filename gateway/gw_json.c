/*
 * gw_json.c - JSON text to and from gw_val trees, without an intermediate
 * jansson tree.
 *
 * Reading: a recursive-descent parser (RFC 8259) straight into the
 * request's arena. A PutRecords body of 500 records is mostly base64 text;
 * jansson copied each string into its own allocation and hashed every
 * object, and the tree was then copied again into the arena. Rules kept
 * from the jansson reader it replaces: strings must be valid UTF-8 and may
 * hold \u0000 (their length is kept), integers must fit 64 bits, a
 * repeated key keeps every value and gv_get returns the last (Java's
 * reading), nothing but whitespace may follow the document. Depth and
 * the number of values are bounded while parsing (GW_DOC_MAX_*).
 *
 * Writing: into one growing buffer.
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

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
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
    uint8_t *d = kw_reserve(w, (n + 2) / 3 * 4 + 2);
    if (!d)
        return;
    d[0] = '"';
    size_t len = gw_base64_encode_to(p, n, (char *)d + 1);
    d[len + 1] = '"';
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

/* About the size v will take (exact for blobs, the bulk of big answers),
 * so the buffer is sized once instead of doubling through a copy. */
static size_t size_hint(const struct gw_val *v)
{
    size_t n = 8;
    switch (v->t) {
    case GV_STR: return v->u.s.n + 8;
    case GV_BYTES: return (v->u.s.n + 2) / 3 * 4 + 2;
    case GV_ARR:
        for (size_t i = 0; i < v->u.a.n; i++)
            n += size_hint(v->u.a.v[i]) + 1;
        return n;
    case GV_MAP:
        for (size_t i = 0; i < v->u.m.n; i++)
            n += strlen(v->u.m.m[i].key) + 4 + size_hint(v->u.m.m[i].val);
        return n;
    default: return 24;
    }
}

int gw_json_write(const struct gw_val *v, struct kwriter *w)
{
    size_t len = w->len;
    if (kw_reserve(w, size_hint(v)))
        w->len = len;
    put_val(w, v);
    return w->err ? w->err : 0;
}

/* ------------------------------------------------------------------ read */

struct jp {
    struct arena *a;
    const uint8_t *p, *end;
    size_t values;
    const char *err; /* static text, first failure */
    size_t err_at;
    const uint8_t *start;
};

static void *jp_fail(struct jp *j, const char *what)
{
    if (!j->err) {
        j->err = what;
        j->err_at = (size_t)(j->p - j->start);
    }
    return NULL;
}

static void skip_ws(struct jp *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
        j->p++;
}

static int hex4(const uint8_t *p, uint32_t *out)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        uint8_t c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (uint32_t)(c - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

static size_t put_utf8(uint8_t *d, uint32_t cp)
{
    if (cp < 0x80) {
        d[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        d[0] = (uint8_t)(0xc0 | (cp >> 6));
        d[1] = (uint8_t)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        d[0] = (uint8_t)(0xe0 | (cp >> 12));
        d[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3f));
        d[2] = (uint8_t)(0x80 | (cp & 0x3f));
        return 3;
    }
    d[0] = (uint8_t)(0xf0 | (cp >> 18));
    d[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3f));
    d[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3f));
    d[3] = (uint8_t)(0x80 | (cp & 0x3f));
    return 4;
}

/* Length of the valid UTF-8 sequence at p (lead byte >= 0x80), or 0. */
static size_t utf8_len(const uint8_t *p, const uint8_t *end)
{
    uint8_t c = p[0];
    size_t n;
    uint32_t min, cp;
    if (c >= 0xc2 && c <= 0xdf) {
        n = 2;
        min = 0x80;
        cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        n = 3;
        min = 0x800;
        cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4;
        min = 0x10000;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if ((size_t)(end - p) < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return n;
}

/* A string (j->p at the opening quote) decoded into the arena,
 * NUL-terminated; *len excludes the NUL. */
/* Length of the run of bytes that need no attention inside a string: not
 * '"', not '\\', printable ASCII. Eight bytes per step (SWAR), since
 * base64 Data makes up most of a PutRecords body. */
static size_t plain_run(const uint8_t *p, const uint8_t *end)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    const uint8_t *s = p;
    while (end - p >= 8) {
        uint64_t x;
        memcpy(&x, p, 8);
        uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
        uint64_t special = ((q - ones) & ~q) | ((b - ones) & ~b) | /* a '"' or '\\' byte */
                           ((x - ones * 0x20) & ~x) |               /* a byte below 0x20 */
                           x;                                       /* a byte >= 0x80 */
        if (special & highs)
            break;
        p += 8;
    }
    while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
        p++;
    return (size_t)(p - s);
}

static char *parse_str(struct jp *j, size_t *len)
{
    const uint8_t *s = ++j->p;
    /* Fast path, the usual case (base64 Data, names): plain ASCII up to
     * the closing quote. */
    size_t plain = plain_run(s, j->end);
    if (s + plain < j->end && s[plain] == '"') {
        char *out = arena_alloc_uninit(j->a, plain + 1);
        if (!out)
            return jp_fail(j, "out of memory");
        memcpy(out, s, plain);
        out[plain] = '\0';
        *len = plain;
        j->p = s + plain + 1;
        return out;
    }
    /* Decoded text is never longer than its JSON form. */
    const uint8_t *q = s;
    while (q < j->end && *q != '"') {
        if (*q == '\\' && q + 1 < j->end)
            q++;
        q++;
    }
    if (q >= j->end)
        return jp_fail(j, "unterminated string");
    char *out = arena_alloc_uninit(j->a, (size_t)(q - s) + 1);
    if (!out)
        return jp_fail(j, "out of memory");
    uint8_t *d = (uint8_t *)out;
    const uint8_t *p = s;
    for (;;) {
        const uint8_t *run = p;
        while (p < q && *p >= 0x20 && *p < 0x80 && *p != '\\')
            p++;
        memcpy(d, run, (size_t)(p - run));
        d += p - run;
        if (p >= q)
            break;
        if (*p < 0x20) {
            j->p = p;
            return jp_fail(j, "control character in string");
        }
        if (*p >= 0x80) {
            size_t n = utf8_len(p, q);
            if (!n) {
                j->p = p;
                return jp_fail(j, "invalid UTF-8 in string");
            }
            memcpy(d, p, n);
            d += n;
            p += n;
            continue;
        }
        /* An escape. */
        p++;
        uint8_t e = *p++;
        switch (e) {
        case '"': *d++ = '"'; break;
        case '\\': *d++ = '\\'; break;
        case '/': *d++ = '/'; break;
        case 'b': *d++ = '\b'; break;
        case 'f': *d++ = '\f'; break;
        case 'n': *d++ = '\n'; break;
        case 'r': *d++ = '\r'; break;
        case 't': *d++ = '\t'; break;
        case 'u': {
            uint32_t cp, lo;
            if (q - p < 4 || hex4(p, &cp)) {
                j->p = p;
                return jp_fail(j, "bad \\u escape");
            }
            p += 4;
            if (cp >= 0xd800 && cp <= 0xdbff) {
                if (q - p < 6 || p[0] != '\\' || p[1] != 'u' || hex4(p + 2, &lo) ||
                    lo < 0xdc00 || lo > 0xdfff) {
                    j->p = p;
                    return jp_fail(j, "lone surrogate in \\u escape");
                }
                p += 6;
                cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
            } else if (cp >= 0xdc00 && cp <= 0xdfff) {
                j->p = p;
                return jp_fail(j, "lone surrogate in \\u escape");
            }
            d += put_utf8(d, cp);
            break;
        }
        default:
            j->p = p - 1;
            return jp_fail(j, "bad escape");
        }
    }
    *d = '\0';
    *len = (size_t)(d - (uint8_t *)out);
    j->p = q + 1;
    return out;
}

static struct gw_val *parse_num(struct jp *j)
{
    const uint8_t *s = j->p, *p = s;
    bool real = false;
    if (p < j->end && *p == '-')
        p++;
    if (p < j->end && *p == '0')
        p++;
    else if (p < j->end && *p >= '1' && *p <= '9')
        while (p < j->end && *p >= '0' && *p <= '9')
            p++;
    else
        return jp_fail(j, "bad number");
    if (p < j->end && *p == '.') {
        real = true;
        p++;
        if (p >= j->end || *p < '0' || *p > '9')
            return jp_fail(j, "bad number");
        while (p < j->end && *p >= '0' && *p <= '9')
            p++;
    }
    if (p < j->end && (*p == 'e' || *p == 'E')) {
        real = true;
        p++;
        if (p < j->end && (*p == '+' || *p == '-'))
            p++;
        if (p >= j->end || *p < '0' || *p > '9')
            return jp_fail(j, "bad number");
        while (p < j->end && *p >= '0' && *p <= '9')
            p++;
    }
    char buf[64];
    size_t n = (size_t)(p - s);
    if (n >= sizeof buf)
        return jp_fail(j, real ? "number too long" : "too big integer");
    memcpy(buf, s, n);
    buf[n] = '\0';
    j->p = p;
    struct gw_val *v = arena_calloc(j->a, 1, sizeof *v);
    if (!v)
        return jp_fail(j, "out of memory");
    errno = 0;
    if (real) {
        v->t = GV_REAL;
        v->u.d = strtod(buf, NULL);
        if (errno == ERANGE && (v->u.d > 1 || v->u.d < -1))
            return jp_fail(j, "real number overflow");
    } else {
        v->t = GV_INT;
        v->u.i = strtoll(buf, NULL, 10);
        if (errno == ERANGE)
            return jp_fail(j, "too big integer");
    }
    return v;
}

static struct gw_val *parse_val(struct jp *j, int depth);

static struct gw_val *parse_obj(struct jp *j, int depth)
{
    struct gw_val *v = gv_map(j->a);
    if (!v)
        return jp_fail(j, "out of memory");
    j->p++;
    skip_ws(j);
    if (j->p < j->end && *j->p == '}') {
        j->p++;
        return v;
    }
    for (;;) {
        skip_ws(j);
        if (j->p >= j->end || *j->p != '"')
            return jp_fail(j, "string or '}' expected");
        size_t kl;
        char *k = parse_str(j, &kl);
        if (!k)
            return NULL;
        skip_ws(j);
        if (j->p >= j->end || *j->p != ':')
            return jp_fail(j, "':' expected");
        j->p++;
        struct gw_val *c = parse_val(j, depth + 1);
        if (!c)
            return NULL;
        if (gv_put(j->a, v, k, c))
            return jp_fail(j, "out of memory");
        skip_ws(j);
        if (j->p < j->end && *j->p == ',') {
            j->p++;
            continue;
        }
        if (j->p < j->end && *j->p == '}') {
            j->p++;
            return v;
        }
        return jp_fail(j, "',' or '}' expected");
    }
}

static struct gw_val *parse_arr(struct jp *j, int depth)
{
    struct gw_val *v = gv_arr(j->a);
    if (!v)
        return jp_fail(j, "out of memory");
    j->p++;
    skip_ws(j);
    if (j->p < j->end && *j->p == ']') {
        j->p++;
        return v;
    }
    for (;;) {
        struct gw_val *c = parse_val(j, depth + 1);
        if (!c)
            return NULL;
        if (gv_push(j->a, v, c))
            return jp_fail(j, "out of memory");
        skip_ws(j);
        if (j->p < j->end && *j->p == ',') {
            j->p++;
            continue;
        }
        if (j->p < j->end && *j->p == ']') {
            j->p++;
            return v;
        }
        return jp_fail(j, "',' or ']' expected");
    }
}

static bool literal(struct jp *j, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(j->end - j->p) < n || memcmp(j->p, word, n))
        return false;
    j->p += n;
    return true;
}

static struct gw_val *parse_val(struct jp *j, int depth)
{
    if (depth > GW_DOC_MAX_DEPTH || ++j->values > GW_DOC_MAX_VALUES)
        return jp_fail(j, "document too deep or with too many values");
    skip_ws(j);
    if (j->p >= j->end)
        return jp_fail(j, "unexpected end of input");
    switch (*j->p) {
    case '{': return parse_obj(j, depth);
    case '[': return parse_arr(j, depth);
    case '"': {
        size_t n;
        char *s = parse_str(j, &n);
        if (!s)
            return NULL;
        struct gw_val *v = arena_calloc(j->a, 1, sizeof *v);
        if (!v)
            return jp_fail(j, "out of memory");
        v->t = GV_STR;
        v->u.s.p = s;
        v->u.s.n = n;
        return v;
    }
    case 't':
        if (literal(j, "true"))
            return gv_bool(j->a, true);
        break;
    case 'f':
        if (literal(j, "false"))
            return gv_bool(j->a, false);
        break;
    case 'n':
        if (literal(j, "null")) {
            struct gw_val *v = arena_calloc(j->a, 1, sizeof *v);
            if (v)
                v->t = GV_NULL;
            return v ? v : jp_fail(j, "out of memory");
        }
        break;
    default:
        if (*j->p == '-' || (*j->p >= '0' && *j->p <= '9'))
            return parse_num(j);
    }
    return jp_fail(j, "invalid token");
}

int gw_json_parse(struct arena *a, const uint8_t *text, size_t len, struct gw_val **out,
                  const char **why, size_t *at)
{
    struct jp j = {.a = a, .p = text, .end = text + len, .start = text};
    struct gw_val *v = parse_val(&j, 0);
    if (v) {
        skip_ws(&j);
        if (j.p != j.end) {
            jp_fail(&j, "end of input expected");
            v = NULL;
        }
    }
    if (!v) {
        *why = j.err ? j.err : "malformed";
        *at = j.err_at;
        return -E_INVAL;
    }
    *out = v;
    return 0;
}
