/*
 * The gateway's JSON reader and writer (gw_json.c): RFC 8259 rules, the
 * jansson behaviour they replace (UTF-8 checked, \u0000 kept, 64-bit
 * integers, last repeated key wins), and round trips.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/gw_doc.h"
#include "gateway/gw_json.h"
#include "protocol/arena.h"
#include "protocol/status.h"

static struct arena A;
static void setup(void) { arena_init(&A); }
static void teardown(void) { arena_destroy(&A); }
TestSuite(gw_json, .init = setup, .fini = teardown);

static struct gw_val *parse(const char *text)
{
    struct gw_val *v = NULL;
    const char *why;
    size_t at;
    return gw_json_parse(&A, (const uint8_t *)text, strlen(text), &v, &why, &at) ? NULL : v;
}

static char *write_json(const struct gw_val *v)
{
    struct kwriter w;
    kw_init(&w);
    cr_assert_eq(gw_json_write(v, &w), 0);
    char *s = arena_alloc(&A, w.len + 1);
    memcpy(s, w.buf, w.len);
    s[w.len] = '\0';
    kw_destroy(&w);
    return s;
}

Test(gw_json, reads_every_value_kind)
{
    struct gw_val *v = parse(" {\"s\":\"a\\\"b\\\\c\\/\\n\",\"i\":-42,\"r\":1.5e3,\"t\":true,"
                             "\"f\":false,\"n\":null,\"a\":[1,[],{}]} ");
    cr_assert_not_null(v);
    cr_assert_str_eq(gv_get(v, "s")->u.s.p, "a\"b\\c/\n");
    cr_assert_eq(gv_get(v, "i")->u.i, -42);
    cr_assert_eq(gv_get(v, "r")->t, GV_REAL);
    cr_assert_float_eq(gv_get(v, "r")->u.d, 1500.0, 1e-9);
    cr_assert(gv_get(v, "t")->u.b && !gv_get(v, "f")->u.b);
    cr_assert_eq(gv_get(v, "n")->t, GV_NULL);
    cr_assert_eq(gv_get(v, "a")->u.a.n, 3);
}

Test(gw_json, unicode_escapes_and_nul)
{
    struct gw_val *v = parse("{\"k\":\"\\u00e9\\ud83d\\ude00x\\u0000y\"}");
    cr_assert_not_null(v);
    const struct gw_val *k = gv_get(v, "k");
    cr_assert_eq(k->u.s.n, 2 + 4 + 1 + 1 + 1);
    cr_assert(!memcmp(k->u.s.p, "\xc3\xa9\xf0\x9f\x98\x80x\0y", 9));
    /* Raw UTF-8 passes; broken UTF-8 and lone surrogates do not. */
    cr_assert_not_null(parse("{\"k\":\"\xc3\xa9\xe2\x82\xac\"}"));
    cr_assert_null(parse("{\"k\":\"\xc3\"}"));
    cr_assert_null(parse("{\"k\":\"\xed\xa0\x80\"}")); /* encoded surrogate */
    cr_assert_null(parse("{\"k\":\"\xc0\xaf\"}"));     /* overlong */
    cr_assert_null(parse("{\"k\":\"\\ud800\"}"));
    cr_assert_null(parse("{\"k\":\"\\udc00\"}"));
    cr_assert_null(parse("{\"k\":\"\\u12G4\"}"));
}

Test(gw_json, rejects_malformed_text)
{
    const char *bad[] = {"", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "[1,]", "{\"a\":01}",
                         "{\"a\":-}", "{\"a\":1.}", "{\"a\":1e}", "{\"a\":tru}", "{} x",
                         "{\"a\":\"\x01\"}", "{\"a\":\"\\x\"}", "{\"a\":\"abc", "{'a':1}",
                         "{\"a\":99999999999999999999}", "{\"a\":NaN}"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        cr_assert_null(parse(bad[i]), "accepted: %s", bad[i]);
}

Test(gw_json, repeated_key_last_wins_and_depth_is_bounded)
{
    struct gw_val *v = parse("{\"a\":1,\"a\":2}");
    cr_assert_eq(gv_get(v, "a")->u.i, 2);
    char deep[256];
    memset(deep, '[', GW_DOC_MAX_DEPTH + 2);
    deep[GW_DOC_MAX_DEPTH + 2] = '\0';
    cr_assert_null(parse(deep));
    cr_assert_eq(parse("{\"i\":9223372036854775807}")->u.m.m[0].val->u.i, INT64_MAX);
    cr_assert_eq(parse("{\"i\":-9223372036854775808}")->u.m.m[0].val->u.i, INT64_MIN);
}

Test(gw_json, writes_escapes_blobs_and_times)
{
    struct gw_val *m = gv_map(&A);
    gv_put(&A, m, "s", gv_strn(&A, "q\"\\\n\x01\xc3\xa9", 7));
    gv_put(&A, m, "b", gv_bytes(&A, "\x00\xff\x10", 3));
    gv_put(&A, m, "t", gv_time(&A, 1506440188749));
    gv_put(&A, m, "w", gv_time(&A, 1767323045000));
    gv_put(&A, m, "i", gv_int(&A, -7));
    struct gw_val *arr = gv_arr(&A);
    gv_push(&A, arr, gv_bool(&A, true));
    gv_put(&A, m, "a", arr);
    cr_assert_str_eq(write_json(m), "{\"s\":\"q\\\"\\\\\\n\\u0001\xc3\xa9\",\"b\":\"AP8Q\","
                                    "\"t\":1506440188.749,\"w\":1767323045.000,\"i\":-7,"
                                    "\"a\":[true]}");
    /* And back. */
    struct gw_val *back = parse(write_json(m));
    cr_assert_not_null(back);
    cr_assert_eq(gv_get(back, "s")->u.s.n, 7);
    cr_assert_str_eq(gv_get(back, "b")->u.s.p, "AP8Q");
}

Test(gw_json, big_blob_round_trips)
{
    size_t n = 5u << 20;
    uint8_t *data = arena_alloc(&A, n);
    for (size_t i = 0; i < n; i++)
        data[i] = (uint8_t)(i * 131 + 7);
    struct gw_val *m = gv_map(&A);
    gv_put(&A, m, "Data", gv_bytes(&A, data, n));
    char *text = write_json(m);
    struct gw_val *back = parse(text);
    cr_assert_not_null(back);
    const uint8_t *p;
    size_t len;
    bool present;
    struct gw_err err = {0};
    cr_assert_eq(gd_blob(&A, GW_FMT_JSON, back, "Data", &p, &len, &present, &err), 0);
    cr_assert(present && len == n && !memcmp(p, data, n));
}

Test(gw_json, strict_base64)
{
    struct {
        const char *in;
        const char *out; /* NULL: refused */
        size_t len;
    } cases[] = {
        {"", "", 0},          {"QQ==", "A", 1},      {"QUI=", "AB", 2},   {"QUJD", "ABC", 3},
        {"QUJDRA==", "ABCD", 4}, {"QQ=", NULL, 0},  {"Q===", NULL, 0},   {"=QQQ", NULL, 0},
        {"QQ==QUJD", NULL, 0}, {"QU I", NULL, 0},    {"QUJ\n", NULL, 0},  {"QU-_", NULL, 0},
        {"QQ=A", NULL, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint8_t *p;
        size_t len;
        const char *why;
        int rc = gw_base64_decode(&A, cases[i].in, strlen(cases[i].in), &p, &len, &why);
        if (!cases[i].out) {
            cr_assert_neq(rc, 0, "accepted %s", cases[i].in);
            continue;
        }
        cr_assert_eq(rc, 0, "refused %s", cases[i].in);
        cr_assert(len == cases[i].len && !memcmp(p, cases[i].out, len), "%s", cases[i].in);
    }
}

Test(gw_json, base64_encoding_tails)
{
    const char *in[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
    const char *out[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
    for (size_t i = 0; i < 7; i++) {
        char *b = gw_base64_encode((const uint8_t *)in[i], strlen(in[i]));
        cr_assert_str_eq(b, out[i]);
        free(b);
    }
}
