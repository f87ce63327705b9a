/*
 * kbuf.h - the bounds-checked reader and writer every wire and disk byte
 * passes through.
 *
 * Reader: holds pos/end and a sticky error. After the first failure every
 * read returns zero (or an empty view) and moves nothing, so decoders stay
 * straight-line and check kr->err once at the end. A failure records what
 * was being read and at which offset.
 *
 * Writer: appends to a growable buffer it owns. Allocation failure or a
 * value that cannot be encoded sets a sticky error as well. "Splices" let a
 * records field point at a file range instead of copying it: the writer
 * notes where in its buffer the bytes belong and the sender interleaves
 * them (zero-copy Fetch).
 *
 * Views (struct kstr, struct kbytes) borrow the bytes they point into; they
 * live as long as the frame or file buffer they came from.
 */
#ifndef SLUICE_KBUF_H
#define SLUICE_KBUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A string view. len == -1 means null. Not NUL-terminated. */
struct kstr {
    const char *ptr;
    int32_t len;
};

/* A byte view. len == -1 means null. */
struct kbytes {
    const uint8_t *ptr;
    int32_t len;
};

struct kuuid {
    uint8_t b[16];
};

/* A range of an open file to be sent without copying. `owner` is opaque to
 * the protocol layer (the storage segment that keeps fd open). */
struct kfile_span {
    int fd;
    int64_t offset;
    int64_t len;
    void *owner;
};

/*
 * The value of a `records` field: either in-memory bytes (ptr/len, len -1
 * for null) or, when nspans > 0, a list of file ranges whose total length is
 * len. Decoders always produce the in-memory form.
 */
struct krecords {
    const uint8_t *ptr;
    int32_t len;
    const struct kfile_span *spans;
    uint32_t nspans;
};

#define KSTR_NULL ((struct kstr){NULL, -1})
#define KSTR_LIT(s) ((struct kstr){(s), (int32_t)(sizeof(s) - 1)})
#define KBYTES_NULL ((struct kbytes){NULL, -1})

/* Build a view of a NUL-terminated C string (NULL gives the null view). */
struct kstr kstr_c(const char *s);
/* True when both views are null, or both hold the same bytes. */
bool kstr_eq(struct kstr a, struct kstr b);
/* True when the view equals the C string s. */
bool kstr_eq_c(struct kstr a, const char *s);
/* Copy a view into a new NUL-terminated heap string; NULL for null views
 * and on allocation failure. The caller frees it. */
char *kstr_dup(struct kstr s);
bool kbytes_eq(struct kbytes a, struct kbytes b);
bool kuuid_is_zero(const struct kuuid *u);

/* ---------------------------------------------------------------- reader */

struct kreader {
    const uint8_t *start;
    const uint8_t *pos;
    const uint8_t *end;
    int err;             /* 0, or a negative status (-E_CORRUPT) */
    const char *err_what; /* what was being read when it failed */
    size_t err_at;        /* offset of the failure from start */
};

void kr_init(struct kreader *r, const void *data, size_t len);
static inline size_t kr_remaining(const struct kreader *r)
{
    return (size_t)(r->end - r->pos);
}
static inline size_t kr_offset(const struct kreader *r)
{
    return (size_t)(r->pos - r->start);
}
/* Record a failure (first one wins). `what` must be a static string. */
void kr_fail(struct kreader *r, const char *what);

int8_t kr_i8(struct kreader *r);
int16_t kr_i16(struct kreader *r);
int32_t kr_i32(struct kreader *r);
int64_t kr_i64(struct kreader *r);
uint16_t kr_u16(struct kreader *r);
uint32_t kr_u32(struct kreader *r);
double kr_f64(struct kreader *r);
/* Any non-zero byte is true, as Kafka reads it. */
bool kr_bool(struct kreader *r);
void kr_uuid(struct kreader *r, struct kuuid *out);

/* Unsigned base-128 varint, at most 5 bytes, value must fit 32 bits. */
uint32_t kr_uvarint(struct kreader *r);
/* Unsigned base-128 varlong, at most 10 bytes. */
uint64_t kr_uvarlong(struct kreader *r);
/* Zig-zag varint / varlong (record batches). */
int32_t kr_varint(struct kreader *r);
int64_t kr_varlong(struct kreader *r);

/* A view of the next n bytes, or NULL (and the sticky error) if fewer are
 * left. */
const uint8_t *kr_take(struct kreader *r, size_t n);
void kr_skip(struct kreader *r, size_t n);

/*
 * Strings and bytes. compact selects the flexible form (uvarint N+1) over
 * the classic one (int16 / int32 length). A null is accepted only when
 * nullable is true; otherwise it is a decode error.
 */
struct kstr kr_str(struct kreader *r, bool compact, bool nullable);
struct kbytes kr_bytes(struct kreader *r, bool compact, bool nullable);

/*
 * An array count: int32 (classic) or uvarint N+1 (compact). Returns -1 for
 * null (only when nullable). The count is checked against the bytes left
 * before anything is allocated: count * min_elem_size must not exceed
 * kr_remaining(), so a short frame cannot ask for a huge allocation.
 * min_elem_size is at least 1.
 */
int32_t kr_array_len(struct kreader *r, bool compact, bool nullable, size_t min_elem_size);

/* Skip one tagged-field section whose fields are all unknown. */
void kr_skip_tags(struct kreader *r);

/* ---------------------------------------------------------------- writer */

struct ksplice {
    size_t at; /* position in the writer's buffer where the span goes */
    struct kfile_span span;
};

struct kwriter {
    uint8_t *buf;
    size_t len;
    size_t cap;
    size_t max_len;    /* 0 = unlimited; growing past it is -E_TOOBIG */
    int err;
    const char *err_what;
    struct ksplice *splices;
    size_t nsplices;
    size_t splices_cap;
    uint64_t spliced_bytes; /* total length of all splices */
    /* Strict mode: writing a non-default value into a field the version
     * lacks (and that is not ignorable) is an error, as Kafka does. Tests
     * turn it on; the broker leaves it off and the field is dropped. */
    bool strict;
};

void kw_init(struct kwriter *w);
void kw_destroy(struct kwriter *w);
/* Forget the contents, keep the allocation. */
void kw_reset(struct kwriter *w);
void kw_fail(struct kwriter *w, int status, const char *what);
/* Make room for n more bytes; returns a pointer to them or NULL. */
uint8_t *kw_reserve(struct kwriter *w, size_t n);
/* Bytes written so far, spliced bytes included. */
static inline uint64_t kw_total_len(const struct kwriter *w)
{
    return w->len + w->spliced_bytes;
}

void kw_raw(struct kwriter *w, const void *p, size_t n);
void kw_i8(struct kwriter *w, int8_t v);
void kw_i16(struct kwriter *w, int16_t v);
void kw_i32(struct kwriter *w, int32_t v);
void kw_i64(struct kwriter *w, int64_t v);
void kw_u16(struct kwriter *w, uint16_t v);
void kw_u32(struct kwriter *w, uint32_t v);
void kw_f64(struct kwriter *w, double v);
void kw_bool(struct kwriter *w, bool v);
void kw_uuid(struct kwriter *w, const struct kuuid *u);
void kw_uvarint(struct kwriter *w, uint32_t v);
void kw_uvarlong(struct kwriter *w, uint64_t v);
void kw_varint(struct kwriter *w, int32_t v);
void kw_varlong(struct kwriter *w, int64_t v);
/* Strings / bytes: writing a null where nullable is false is an error. */
void kw_str(struct kwriter *w, struct kstr s, bool compact, bool nullable);
void kw_bytes(struct kwriter *w, struct kbytes b, bool compact, bool nullable);
void kw_records(struct kwriter *w, const struct krecords *rec, bool compact, bool nullable);
/* count -1 writes null (only when nullable). */
void kw_array_len(struct kwriter *w, int32_t count, bool compact, bool nullable);
/* Overwrite a big-endian int32 at position at (the frame size prefix). */
void kw_patch_i32(struct kwriter *w, size_t at, int32_t v);

/* ------------------------------------------------------------------ sizes */
size_t ksize_uvarint(uint32_t v);
size_t ksize_uvarlong(uint64_t v);
size_t ksize_varint(int32_t v);
size_t ksize_varlong(int64_t v);
size_t ksize_str(struct kstr s, bool compact);
size_t ksize_bytes(struct kbytes b, bool compact);
size_t ksize_records(const struct krecords *rec, bool compact);
size_t ksize_array_len(int32_t count, bool compact);

#endif
