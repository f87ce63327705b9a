/*
 * test_kbuf.c - every kbuf primitive at its boundaries, and on truncated,
 * negative, huge and overflowing input.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "protocol/kbuf.h"
#include "protocol/status.h"

static struct kreader rd(const void *p, size_t n)
{
    struct kreader r;
    kr_init(&r, p, n);
    return r;
}

Test(kbuf, reads_big_endian_integers)
{
    const uint8_t b[] = {0x80, 0x01, 0x02, 0x03, 0x04, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                         0xff, 0xfe, 0x7f, 0xff, 0x12, 0x34};
    struct kreader r = rd(b, sizeof b);
    cr_assert_eq(kr_i8(&r), -128);
    cr_assert_eq(kr_i16(&r), 0x0102);
    cr_assert_eq(kr_i32(&r), 0x0304ffff);
    cr_assert_eq(kr_i64(&r), (int64_t)0xfffffffffffe7fffull);
    cr_assert_eq(kr_u16(&r), 0x1234);
    cr_assert_eq(r.err, 0);
    cr_assert_eq(kr_remaining(&r), 0);
}

Test(kbuf, truncation_is_sticky_and_moves_nothing)
{
    const uint8_t b[] = {0, 0, 0};
    struct kreader r = rd(b, sizeof b);
    cr_assert_eq(kr_i32(&r), 0);
    cr_assert_eq(r.err, -E_CORRUPT);
    cr_assert_eq(kr_offset(&r), 0);
    cr_assert_eq(r.err_at, 0);
    /* Later reads that would fit still fail and return zero. */
    cr_assert_eq(kr_i8(&r), 0);
    cr_assert_eq(kr_i16(&r), 0);
    cr_assert_eq(kr_offset(&r), 0);
    cr_assert_str_eq(r.err_what, "truncated");
}

Test(kbuf, bool_and_float64_and_uuid)
{
    uint8_t b[1 + 8 + 16];
    b[0] = 2; /* any non-zero byte is true */
    double d = -1.5;
    uint64_t bits;
    memcpy(&bits, &d, 8);
    for (int i = 0; i < 8; i++)
        b[1 + i] = (uint8_t)(bits >> (56 - 8 * i));
    for (int i = 0; i < 16; i++)
        b[9 + i] = (uint8_t)i;
    struct kreader r = rd(b, sizeof b);
    cr_assert(kr_bool(&r));
    double got = kr_f64(&r);
    cr_assert_float_eq(got, -1.5, 0);
    struct kuuid u;
    kr_uuid(&r, &u);
    cr_assert_eq(u.b[15], 15);
    cr_assert_eq(r.err, 0);
    r = rd(b, 10);
    kr_skip(&r, 1);
    kr_uuid(&r, &u);
    cr_assert_eq(r.err, -E_CORRUPT);
    cr_assert(kuuid_is_zero(&u));
}

Test(kbuf, uvarint_boundaries)
{
    struct kwriter w;
    kw_init(&w);
    const uint32_t vals[] = {0, 1, 127, 128, 16383, 16384, 0x0fffffff, 0x10000000, UINT32_MAX};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++)
        kw_uvarint(&w, vals[i]);
    cr_assert_eq(w.err, 0);
    struct kreader r = rd(w.buf, w.len);
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        size_t before = kr_offset(&r);
        cr_assert_eq(kr_uvarint(&r), vals[i], "value %u", vals[i]);
        cr_assert_eq(kr_offset(&r) - before, ksize_uvarint(vals[i]));
    }
    cr_assert_eq(r.err, 0);
    cr_assert_eq(kr_remaining(&r), 0);
    kw_destroy(&w);
}

Test(kbuf, uvarint_rejects_overflow_and_overlong)
{
    /* 2^32: fifth byte carries bit 32 */
    const uint8_t over[] = {0x80, 0x80, 0x80, 0x80, 0x10};
    struct kreader r = rd(over, sizeof over);
    kr_uvarint(&r);
    cr_assert_eq(r.err, -E_CORRUPT);
    /* six bytes with continuation bits */
    const uint8_t six[] = {0xff, 0xff, 0xff, 0xff, 0x8f, 0x01};
    r = rd(six, sizeof six);
    kr_uvarint(&r);
    cr_assert_eq(r.err, -E_CORRUPT);
    /* truncated: continuation bit set on the last byte available */
    const uint8_t cut[] = {0x80, 0x80};
    r = rd(cut, sizeof cut);
    kr_uvarint(&r);
    cr_assert_eq(r.err, -E_CORRUPT);
    cr_assert_eq(kr_offset(&r), 0);
    /* varlong: 11 bytes, and a 10th byte above 1 */
    const uint8_t eleven[] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x81, 0x00};
    r = rd(eleven, sizeof eleven);
    kr_uvarlong(&r);
    cr_assert_eq(r.err, -E_CORRUPT);
    const uint8_t ten_big[] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02};
    r = rd(ten_big, sizeof ten_big);
    kr_uvarlong(&r);
    cr_assert_eq(r.err, -E_CORRUPT);
    const uint8_t ten_max[] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01};
    r = rd(ten_max, sizeof ten_max);
    cr_assert_eq(kr_uvarlong(&r), UINT64_MAX);
    cr_assert_eq(r.err, 0);
}

Test(kbuf, zigzag_round_trips_at_extremes)
{
    struct kwriter w;
    kw_init(&w);
    const int32_t v32[] = {0, -1, 1, -64, 63, -65, 64, INT32_MIN, INT32_MAX};
    const int64_t v64[] = {0, -1, 1, INT64_MIN, INT64_MAX, -4294967296LL};
    for (size_t i = 0; i < sizeof v32 / sizeof v32[0]; i++)
        kw_varint(&w, v32[i]);
    for (size_t i = 0; i < sizeof v64 / sizeof v64[0]; i++)
        kw_varlong(&w, v64[i]);
    struct kreader r = rd(w.buf, w.len);
    for (size_t i = 0; i < sizeof v32 / sizeof v32[0]; i++) {
        size_t before = kr_offset(&r);
        cr_assert_eq(kr_varint(&r), v32[i]);
        cr_assert_eq(kr_offset(&r) - before, ksize_varint(v32[i]));
    }
    for (size_t i = 0; i < sizeof v64 / sizeof v64[0]; i++) {
        size_t before = kr_offset(&r);
        cr_assert_eq(kr_varlong(&r), v64[i]);
        cr_assert_eq(kr_offset(&r) - before, ksize_varlong(v64[i]));
    }
    cr_assert_eq(r.err, 0);
    /* -1 zig-zags to 1, a single byte */
    cr_assert_eq(ksize_varint(-1), 1);
    cr_assert_eq(ksize_varint(INT32_MIN), 5);
    cr_assert_eq(ksize_varlong(INT64_MIN), 10);
    kw_destroy(&w);
}

Test(kbuf, classic_strings_and_nulls)
{
    const uint8_t b[] = {0x00, 0x03, 'a', 'b', 'c', 0xff, 0xff, 0x00, 0x00};
    struct kreader r = rd(b, sizeof b);
    struct kstr s = kr_str(&r, false, false);
    cr_assert_eq(s.len, 3);
    cr_assert(kstr_eq_c(s, "abc"));
    s = kr_str(&r, false, true);
    cr_assert_eq(s.len, -1);
    cr_assert_null(s.ptr);
    s = kr_str(&r, false, false);
    cr_assert_eq(s.len, 0);
    cr_assert_eq(r.err, 0);
    /* null where not nullable */
    const uint8_t n[] = {0xff, 0xff};
    r = rd(n, sizeof n);
    kr_str(&r, false, false);
    cr_assert_eq(r.err, -E_CORRUPT);
    /* negative length other than -1 */
    const uint8_t neg[] = {0xff, 0xfe};
    r = rd(neg, sizeof neg);
    kr_str(&r, false, true);
    cr_assert_eq(r.err, -E_CORRUPT);
    /* length beyond the input */
    const uint8_t big[] = {0x7f, 0xff, 'a'};
    r = rd(big, sizeof big);
    s = kr_str(&r, false, false);
    cr_assert_eq(r.err, -E_CORRUPT);
    cr_assert_eq(s.len, 0);
}

Test(kbuf, compact_strings_and_bytes)
{
    const uint8_t b[] = {0x00, 0x01, 0x03, 'h', 'i', 0x04, 1, 2, 3};
    struct kreader r = rd(b, sizeof b);
    cr_assert_eq(kr_str(&r, true, true).len, -1);
    cr_assert_eq(kr_str(&r, true, false).len, 0);
    cr_assert(kstr_eq_c(kr_str(&r, true, false), "hi"));
    struct kbytes by = kr_bytes(&r, true, false);
    cr_assert_eq(by.len, 3);
    cr_assert_eq(by.ptr[2], 3);
    cr_assert_eq(r.err, 0);
    /* compact null where not nullable */
    const uint8_t z[] = {0x00};
    r = rd(z, 1);
    kr_bytes(&r, true, false);
    cr_assert_eq(r.err, -E_CORRUPT);
    /* compact length 0xffffffff -> N = 2^32-2, beyond int32 */
    const uint8_t huge[] = {0xff, 0xff, 0xff, 0xff, 0x0f};
    r = rd(huge, sizeof huge);
    kr_bytes(&r, true, false);
    cr_assert_eq(r.err, -E_CORRUPT);
}

Test(kbuf, classic_bytes_negative_and_huge)
{
    const uint8_t neg[] = {0xff, 0xff, 0xff, 0xfe};
    struct kreader r = rd(neg, sizeof neg);
    kr_bytes(&r, false, true);
    cr_assert_eq(r.err, -E_CORRUPT);
    const uint8_t huge[] = {0x7f, 0xff, 0xff, 0xff, 0};
    r = rd(huge, sizeof huge);
    kr_bytes(&r, false, false);
    cr_assert_eq(r.err, -E_CORRUPT);
    const uint8_t null4[] = {0xff, 0xff, 0xff, 0xff};
    r = rd(null4, sizeof null4);
    cr_assert_eq(kr_bytes(&r, false, true).len, -1);
    cr_assert_eq(r.err, 0);
}

Test(kbuf, rejects_count_larger_than_input)
{
    /* A 4-byte message must not be able to ask for 2^31 elements. */
    const uint8_t b[] = {0x7f, 0xff, 0xff, 0xff};
    struct kreader r = rd(b, sizeof b);
    int32_t n = kr_array_len(&r, false, false, 4);
    cr_assert_eq(n, 0);
    cr_assert_eq(r.err, -E_CORRUPT);
    cr_assert_str_eq(r.err_what, "array count exceeds input");
    /* exactly enough bytes for 2 elements of 4 bytes */
    const uint8_t ok[] = {0, 0, 0, 2, 1, 2, 3, 4, 5, 6, 7, 8};
    r = rd(ok, sizeof ok);
    cr_assert_eq(kr_array_len(&r, false, false, 4), 2);
    cr_assert_eq(r.err, 0);
    /* one byte short */
    r = rd(ok, sizeof ok - 1);
    kr_array_len(&r, false, false, 4);
    cr_assert_eq(r.err, -E_CORRUPT);
}

Test(kbuf, array_counts_negative_null_and_compact)
{
    const uint8_t neg[] = {0x80, 0, 0, 0};
    struct kreader r = rd(neg, sizeof neg);
    kr_array_len(&r, false, true, 1);
    cr_assert_eq(r.err, -E_CORRUPT);
    const uint8_t null[] = {0xff, 0xff, 0xff, 0xff};
    r = rd(null, sizeof null);
    cr_assert_eq(kr_array_len(&r, false, true, 1), -1);
    r = rd(null, sizeof null);
    kr_array_len(&r, false, false, 1);
    cr_assert_eq(r.err, -E_CORRUPT);
    const uint8_t compact[] = {0x00, 0x01, 0x03, 'x', 'y'};
    r = rd(compact, sizeof compact);
    cr_assert_eq(kr_array_len(&r, true, true, 1), -1);
    cr_assert_eq(kr_array_len(&r, true, false, 1), 0);
    cr_assert_eq(kr_array_len(&r, true, false, 1), 2);
    cr_assert_eq(r.err, 0);
    /* compact count far beyond the input */
    const uint8_t big[] = {0xff, 0xff, 0xff, 0x7f};
    r = rd(big, sizeof big);
    kr_array_len(&r, true, false, 1);
    cr_assert_eq(r.err, -E_CORRUPT);
}

Test(kbuf, skips_unknown_tagged_fields_by_size)
{
    /* 2 tags: tag 5 size 3, tag 9 size 0; then a trailing int8 */
    const uint8_t b[] = {0x02, 0x05, 0x03, 0xaa, 0xbb, 0xcc, 0x09, 0x00, 0x7e};
    struct kreader r = rd(b, sizeof b);
    kr_skip_tags(&r);
    cr_assert_eq(r.err, 0);
    cr_assert_eq(kr_i8(&r), 0x7e);
    /* a tag whose size runs past the end */
    const uint8_t bad[] = {0x01, 0x00, 0x05, 0xaa};
    r = rd(bad, sizeof bad);
    kr_skip_tags(&r);
    cr_assert_eq(r.err, -E_CORRUPT);
    /* a huge tag count with no data: fails on the first missing tag */
    const uint8_t many[] = {0xff, 0xff, 0xff, 0xff, 0x0f};
    r = rd(many, sizeof many);
    kr_skip_tags(&r);
    cr_assert_eq(r.err, -E_CORRUPT);
}

Test(kbuf, writer_round_trips_every_form)
{
    struct kwriter w;
    kw_init(&w);
    kw_str(&w, KSTR_LIT("abc"), false, false);
    kw_str(&w, KSTR_NULL, false, true);
    kw_str(&w, KSTR_LIT("de"), true, false);
    kw_str(&w, KSTR_NULL, true, true);
    const uint8_t bytes[] = {9, 8};
    kw_bytes(&w, (struct kbytes){bytes, 2}, false, false);
    kw_bytes(&w, (struct kbytes){bytes, 2}, true, false);
    kw_array_len(&w, -1, true, true);
    kw_array_len(&w, 7, false, false);
    kw_f64(&w, 3.25);
    kw_bool(&w, true);
    cr_assert_eq(w.err, 0);
    struct kreader r = rd(w.buf, w.len);
    cr_assert(kstr_eq_c(kr_str(&r, false, false), "abc"));
    cr_assert_eq(kr_str(&r, false, true).len, -1);
    cr_assert(kstr_eq_c(kr_str(&r, true, false), "de"));
    cr_assert_eq(kr_str(&r, true, true).len, -1);
    cr_assert_eq(kr_bytes(&r, false, false).len, 2);
    cr_assert_eq(kr_bytes(&r, true, false).ptr[1], 8);
    cr_assert_eq(kr_array_len(&r, true, true, 1), -1);
    cr_assert_eq(kr_i32(&r), 7);
    double got = kr_f64(&r);
    cr_assert_float_eq(got, 3.25, 0);
    cr_assert(kr_bool(&r));
    cr_assert_eq(r.err, 0);
    cr_assert_eq(kr_remaining(&r), 0);
    kw_destroy(&w);
}

Test(kbuf, writer_refuses_null_where_not_nullable_and_long_classic_strings)
{
    struct kwriter w;
    kw_init(&w);
    kw_str(&w, KSTR_NULL, false, false);
    cr_assert_eq(w.err, -E_INVAL);
    kw_destroy(&w);
    kw_init(&w);
    static char big[40000];
    memset(big, 'x', sizeof big);
    kw_str(&w, (struct kstr){big, (int32_t)sizeof big}, false, false);
    cr_assert_eq(w.err, -E_TOOBIG);
    kw_destroy(&w);
    kw_init(&w);
    kw_str(&w, (struct kstr){big, (int32_t)sizeof big}, true, false);
    cr_assert_eq(w.err, 0);
    cr_assert_eq(w.len, sizeof big + ksize_uvarint(sizeof big + 1));
    kw_destroy(&w);
}

Test(kbuf, writer_limit_and_patch)
{
    struct kwriter w;
    kw_init(&w);
    w.max_len = 6;
    kw_i32(&w, 0);
    kw_i16(&w, 5);
    cr_assert_eq(w.err, 0);
    kw_i8(&w, 1);
    cr_assert_eq(w.err, -E_TOOBIG);
    w.err = 0;
    kw_patch_i32(&w, 0, 0x01020304);
    cr_assert_eq(w.buf[0], 1);
    cr_assert_eq(w.buf[3], 4);
    kw_destroy(&w);
}

Test(kbuf, records_splices_are_noted_not_copied)
{
    struct kwriter w;
    kw_init(&w);
    struct kfile_span spans[2] = {{.fd = 7, .offset = 100, .len = 50}, {.fd = 7, .offset = 150, .len = 30}};
    struct krecords rec = {.len = 80, .spans = spans, .nspans = 2};
    kw_i8(&w, 1);
    kw_records(&w, &rec, false, true);
    kw_i8(&w, 2);
    cr_assert_eq(w.err, 0);
    cr_assert_eq(w.len, 1 + 4 + 1);
    cr_assert_eq(w.nsplices, 2);
    cr_assert_eq(w.splices[0].at, 5);
    cr_assert_eq(w.splices[1].at, 5);
    cr_assert_eq(kw_total_len(&w), 86);
    cr_assert_eq(ksize_records(&rec, false), 84);
    kw_destroy(&w);
}
