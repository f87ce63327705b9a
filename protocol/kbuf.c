/*
 * kbuf.c - bounds-checked big-endian reader and writer (see kbuf.h).
 *
 * Invariants: start <= pos <= end always; once err is set, pos never moves
 * again and every read returns zero. Nothing here allocates on the read
 * side; array counts are validated against the remaining bytes so callers
 * can allocate count * sizeof(elem) without fear.
 */
#include "protocol/kbuf.h"

#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"

/* ------------------------------------------------------------------ views */

struct kstr kstr_c(const char *s)
{
    if (!s)
        return KSTR_NULL;
    size_t n = strlen(s);
    return (struct kstr){s, n > INT32_MAX ? INT32_MAX : (int32_t)n};
}

bool kstr_eq(struct kstr a, struct kstr b)
{
    if (a.len != b.len)
        return false;
    return a.len <= 0 || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0;
}

bool kstr_eq_c(struct kstr a, const char *s)
{
    return kstr_eq(a, kstr_c(s));
}

char *kstr_dup(struct kstr s)
{
    if (s.len < 0)
        return NULL;
    char *p = malloc((size_t)s.len + 1);
    if (!p)
        return NULL;
    if (s.len)
        memcpy(p, s.ptr, (size_t)s.len);
    p[s.len] = '\0';
    return p;
}

bool kbytes_eq(struct kbytes a, struct kbytes b)
{
    if (a.len != b.len)
        return false;
    return a.len <= 0 || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0;
}

bool kuuid_is_zero(const struct kuuid *u)
{
    for (int i = 0; i < 16; i++)
        if (u->b[i])
            return false;
    return true;
}

/* ----------------------------------------------------------------- reader */

void kr_init(struct kreader *r, const void *data, size_t len)
{
    static const uint8_t none[1];
    if (!data) {
        data = none; /* pointer arithmetic on NULL is undefined */
        len = 0;
    }
    r->start = data;
    r->pos = data;
    r->end = r->start + len;
    r->err = 0;
    r->err_what = NULL;
    r->err_at = 0;
}

void kr_fail(struct kreader *r, const char *what)
{
    if (r->err)
        return;
    r->err = -E_CORRUPT;
    r->err_what = what;
    r->err_at = kr_offset(r);
}

const uint8_t *kr_take(struct kreader *r, size_t n)
{
    if (r->err)
        return NULL;
    if (n > kr_remaining(r)) {
        kr_fail(r, "truncated");
        return NULL;
    }
    const uint8_t *p = r->pos;
    r->pos += n;
    return p;
}

void kr_skip(struct kreader *r, size_t n)
{
    (void)kr_take(r, n);
}

static uint64_t read_be(struct kreader *r, size_t n)
{
    const uint8_t *p = kr_take(r, n);
    uint64_t v = 0;
    if (!p)
        return 0;
    for (size_t i = 0; i < n; i++)
        v = (v << 8) | p[i];
    return v;
}

int8_t kr_i8(struct kreader *r) { return (int8_t)read_be(r, 1); }
int16_t kr_i16(struct kreader *r) { return (int16_t)read_be(r, 2); }
int32_t kr_i32(struct kreader *r) { return (int32_t)read_be(r, 4); }
int64_t kr_i64(struct kreader *r) { return (int64_t)read_be(r, 8); }
uint16_t kr_u16(struct kreader *r) { return (uint16_t)read_be(r, 2); }
uint32_t kr_u32(struct kreader *r) { return (uint32_t)read_be(r, 4); }
bool kr_bool(struct kreader *r) { return read_be(r, 1) != 0; }

double kr_f64(struct kreader *r)
{
    uint64_t bits = read_be(r, 8);
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

void kr_uuid(struct kreader *r, struct kuuid *out)
{
    const uint8_t *p = kr_take(r, 16);
    if (p)
        memcpy(out->b, p, 16);
    else
        memset(out->b, 0, 16);
}

/* Reads up to max_bytes base-128 groups. The last allowed byte may only
 * carry the bits that still fit (top_mask), so 2^32 in a "32-bit" varint is
 * an overflow, not a silent wrap. */
static uint64_t read_uvar(struct kreader *r, int max_bytes, uint8_t last_mask, const char *what)
{
    uint64_t v = 0;
    if (r->err)
        return 0;
    const uint8_t *p = r->pos;
    for (int i = 0; i < max_bytes; i++) {
        if (p + i >= r->end) {
            kr_fail(r, "truncated varint");
            return 0;
        }
        uint8_t b = p[i];
        if (i == max_bytes - 1 && (b & ~last_mask)) {
            kr_fail(r, what);
            return 0;
        }
        v |= (uint64_t)(b & 0x7f) << (7 * i);
        if (!(b & 0x80)) {
            r->pos = p + i + 1;
            return v;
        }
    }
    kr_fail(r, what);
    return 0;
}

uint32_t kr_uvarint(struct kreader *r)
{
    return (uint32_t)read_uvar(r, 5, 0x0f, "varint overflow");
}

uint64_t kr_uvarlong(struct kreader *r)
{
    return read_uvar(r, 10, 0x01, "varlong overflow");
}

int32_t kr_varint(struct kreader *r)
{
    uint32_t u = kr_uvarint(r);
    return (int32_t)((u >> 1) ^ (~(u & 1) + 1));
}

int64_t kr_varlong(struct kreader *r)
{
    uint64_t u = kr_uvarlong(r);
    return (int64_t)((u >> 1) ^ (~(u & 1) + 1));
}

/* Reads a length prefix: returns -1 for null, -2 after a failure. */
static int64_t read_len(struct kreader *r, bool compact, bool nullable, int classic_width)
{
    int64_t n;
    if (compact) {
        uint32_t u = kr_uvarint(r);
        if (r->err)
            return -2;
        n = (int64_t)u - 1;
    } else {
        n = classic_width == 2 ? kr_i16(r) : kr_i32(r);
        if (r->err)
            return -2;
    }
    if (n == -1) {
        if (!nullable) {
            kr_fail(r, "null in non-nullable field");
            return -2;
        }
        return -1;
    }
    if (n < -1 || n > INT32_MAX) {
        kr_fail(r, "invalid length");
        return -2;
    }
    return n;
}

struct kstr kr_str(struct kreader *r, bool compact, bool nullable)
{
    int64_t n = read_len(r, compact, nullable, 2);
    if (n == -1)
        return KSTR_NULL;
    if (n < 0)
        return (struct kstr){"", 0};
    const uint8_t *p = kr_take(r, (size_t)n);
    if (!p)
        return (struct kstr){"", 0};
    return (struct kstr){(const char *)p, (int32_t)n};
}

struct kbytes kr_bytes(struct kreader *r, bool compact, bool nullable)
{
    static const uint8_t empty[1];
    int64_t n = read_len(r, compact, nullable, 4);
    if (n == -1)
        return KBYTES_NULL;
    if (n < 0)
        return (struct kbytes){empty, 0};
    const uint8_t *p = kr_take(r, (size_t)n);
    if (!p)
        return (struct kbytes){empty, 0};
    return (struct kbytes){p, (int32_t)n};
}

int32_t kr_array_len(struct kreader *r, bool compact, bool nullable, size_t min_elem_size)
{
    int64_t n = read_len(r, compact, nullable, 4);
    if (n == -1)
        return -1;
    if (n < 0)
        return 0;
    if (min_elem_size == 0)
        min_elem_size = 1;
    /* Limits first: the declared count must be backed by bytes. */
    if ((uint64_t)n > kr_remaining(r) / min_elem_size) {
        kr_fail(r, "array count exceeds input");
        return 0;
    }
    return (int32_t)n;
}

void kr_skip_tags(struct kreader *r)
{
    uint32_t count = kr_uvarint(r);
    for (uint32_t i = 0; i < count && !r->err; i++) {
        (void)kr_uvarint(r); /* tag */
        uint32_t size = kr_uvarint(r);
        kr_skip(r, size);
    }
}

/* ----------------------------------------------------------------- writer */

void kw_init(struct kwriter *w)
{
    memset(w, 0, sizeof *w);
}

void kw_destroy(struct kwriter *w)
{
    free(w->buf);
    free(w->splices);
    memset(w, 0, sizeof *w);
}

void kw_reset(struct kwriter *w)
{
    w->len = 0;
    w->err = 0;
    w->err_what = NULL;
    w->nsplices = 0;
    w->spliced_bytes = 0;
}

void kw_fail(struct kwriter *w, int status, const char *what)
{
    if (w->err)
        return;
    w->err = status;
    w->err_what = what;
}

uint8_t *kw_reserve(struct kwriter *w, size_t n)
{
    static uint8_t nothing[1];
    if (w->err)
        return NULL;
    if (n == 0)
        return w->buf ? w->buf + w->len : nothing; /* NULL + 0 is undefined */
    if (n > SIZE_MAX - w->len || (w->max_len && w->len + n > w->max_len)) {
        kw_fail(w, -E_TOOBIG, "writer limit");
        return NULL;
    }
    if (w->len + n > w->cap) {
        size_t cap = w->cap ? w->cap : 256;
        while (cap < w->len + n)
            cap *= 2;
        uint8_t *nb = realloc(w->buf, cap);
        if (!nb) {
            kw_fail(w, -E_NOMEM, "writer alloc");
            return NULL;
        }
        w->buf = nb;
        w->cap = cap;
    }
    uint8_t *p = w->buf + w->len;
    w->len += n;
    return p;
}

void kw_raw(struct kwriter *w, const void *p, size_t n)
{
    uint8_t *d = kw_reserve(w, n);
    if (d && n)
        memcpy(d, p, n);
}

static void write_be(struct kwriter *w, uint64_t v, size_t n)
{
    uint8_t *d = kw_reserve(w, n);
    if (!d)
        return;
    for (size_t i = 0; i < n; i++)
        d[i] = (uint8_t)(v >> (8 * (n - 1 - i)));
}

void kw_i8(struct kwriter *w, int8_t v) { write_be(w, (uint8_t)v, 1); }
void kw_i16(struct kwriter *w, int16_t v) { write_be(w, (uint16_t)v, 2); }
void kw_i32(struct kwriter *w, int32_t v) { write_be(w, (uint32_t)v, 4); }
void kw_i64(struct kwriter *w, int64_t v) { write_be(w, (uint64_t)v, 8); }
void kw_u16(struct kwriter *w, uint16_t v) { write_be(w, v, 2); }
void kw_u32(struct kwriter *w, uint32_t v) { write_be(w, v, 4); }
void kw_bool(struct kwriter *w, bool v) { write_be(w, v ? 1 : 0, 1); }

void kw_f64(struct kwriter *w, double v)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    write_be(w, bits, 8);
}

void kw_uuid(struct kwriter *w, const struct kuuid *u)
{
    kw_raw(w, u->b, 16);
}

void kw_uvarlong(struct kwriter *w, uint64_t v)
{
    uint8_t tmp[10];
    size_t n = 0;
    while (v >= 0x80) {
        tmp[n++] = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    tmp[n++] = (uint8_t)v;
    kw_raw(w, tmp, n);
}

void kw_uvarint(struct kwriter *w, uint32_t v) { kw_uvarlong(w, v); }

void kw_varint(struct kwriter *w, int32_t v)
{
    kw_uvarint(w, ((uint32_t)v << 1) ^ (uint32_t)(v >> 31));
}

void kw_varlong(struct kwriter *w, int64_t v)
{
    kw_uvarlong(w, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

static void write_len(struct kwriter *w, int32_t n, bool compact, bool nullable, int classic_width)
{
    if (n < -1 || (n == -1 && !nullable)) {
        kw_fail(w, -E_INVAL, "null in non-nullable field");
        return;
    }
    if (compact)
        kw_uvarint(w, (uint32_t)(n + 1));
    else if (classic_width == 2) {
        if (n > INT16_MAX) {
            kw_fail(w, -E_TOOBIG, "string longer than int16");
            return;
        }
        kw_i16(w, (int16_t)n);
    } else
        kw_i32(w, n);
}

void kw_str(struct kwriter *w, struct kstr s, bool compact, bool nullable)
{
    write_len(w, s.len, compact, nullable, 2);
    if (s.len > 0)
        kw_raw(w, s.ptr, (size_t)s.len);
}

void kw_bytes(struct kwriter *w, struct kbytes b, bool compact, bool nullable)
{
    write_len(w, b.len, compact, nullable, 4);
    if (b.len > 0)
        kw_raw(w, b.ptr, (size_t)b.len);
}

void kw_records(struct kwriter *w, const struct krecords *rec, bool compact, bool nullable)
{
    write_len(w, rec->len, compact, nullable, 4);
    if (rec->len <= 0 || w->err)
        return;
    if (!rec->nspans) {
        kw_raw(w, rec->ptr, (size_t)rec->len);
        return;
    }
    if (w->nsplices + rec->nspans > w->splices_cap) {
        size_t cap = w->splices_cap ? w->splices_cap : 8;
        while (cap < w->nsplices + rec->nspans)
            cap *= 2;
        struct ksplice *ns = realloc(w->splices, cap * sizeof *ns);
        if (!ns) {
            kw_fail(w, -E_NOMEM, "splice alloc");
            return;
        }
        w->splices = ns;
        w->splices_cap = cap;
    }
    for (uint32_t i = 0; i < rec->nspans; i++) {
        w->splices[w->nsplices].at = w->len;
        w->splices[w->nsplices].span = rec->spans[i];
        w->nsplices++;
        w->spliced_bytes += (uint64_t)rec->spans[i].len;
    }
}

void kw_array_len(struct kwriter *w, int32_t count, bool compact, bool nullable)
{
    write_len(w, count, compact, nullable, 4);
}

void kw_patch_i32(struct kwriter *w, size_t at, int32_t v)
{
    if (w->err || at + 4 > w->len)
        return;
    uint32_t u = (uint32_t)v;
    w->buf[at] = (uint8_t)(u >> 24);
    w->buf[at + 1] = (uint8_t)(u >> 16);
    w->buf[at + 2] = (uint8_t)(u >> 8);
    w->buf[at + 3] = (uint8_t)u;
}

/* ------------------------------------------------------------------ sizes */

size_t ksize_uvarlong(uint64_t v)
{
    size_t n = 1;
    while (v >= 0x80) {
        v >>= 7;
        n++;
    }
    return n;
}

size_t ksize_uvarint(uint32_t v) { return ksize_uvarlong(v); }

size_t ksize_varint(int32_t v)
{
    return ksize_uvarint(((uint32_t)v << 1) ^ (uint32_t)(v >> 31));
}

size_t ksize_varlong(int64_t v)
{
    return ksize_uvarlong(((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

static size_t size_len(int32_t n, bool compact, int classic_width)
{
    return compact ? ksize_uvarint((uint32_t)(n + 1)) : (size_t)classic_width;
}

size_t ksize_str(struct kstr s, bool compact)
{
    return size_len(s.len, compact, 2) + (s.len > 0 ? (size_t)s.len : 0);
}

size_t ksize_bytes(struct kbytes b, bool compact)
{
    return size_len(b.len, compact, 4) + (b.len > 0 ? (size_t)b.len : 0);
}

size_t ksize_records(const struct krecords *rec, bool compact)
{
    return size_len(rec->len, compact, 4) + (rec->len > 0 ? (size_t)rec->len : 0);
}

size_t ksize_array_len(int32_t count, bool compact)
{
    return size_len(count, compact, 4);
}
