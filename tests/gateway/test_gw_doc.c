/* test_gw_doc.c - documents through jansson/libcbor, base64 through OpenSSL. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/gw_doc.h"

static struct arena A;

static void setup(void)
{
    arena_init(&A);
}

static void teardown(void)
{
    arena_destroy(&A);
}

TestSuite(gw_doc, .init = setup, .fini = teardown);

Test(gw_doc, strict_base64)
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

Test(gw_doc, base64_encoding_tails)
{
    const char *in[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
    const char *out[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
    for (size_t i = 0; i < 7; i++) {
        char *b = gw_base64_encode((const uint8_t *)in[i], strlen(in[i]));
        cr_assert_str_eq(b, out[i]);
        free(b);
    }
}

static int parse(const char *text, struct gw_val **v)
{
    struct gw_err err;
    memset(&err, 0, sizeof err);
    return gw_doc_parse(&A, GW_FMT_JSON, (const uint8_t *)text, strlen(text), v, &err);
}

Test(gw_doc, json_round_trip_keeps_types_and_blobs)
{
    struct gw_val *v;
    cr_assert_eq(parse("{\"S\":\"a\\u0000b\",\"N\":-5,\"R\":1.5,\"B\":true,\"Z\":null,\"A\":[1,2]}", &v), 0);
    struct gw_val *m = gv_map(&A);
    gv_put(&A, m, "Data", gv_bytes(&A, "\x00\xff", 2));
    gv_put(&A, m, "When", gv_time(&A, 1506440188749));
    gv_put(&A, m, "Name", gv_str(&A, "x\"y"));
    uint8_t *out;
    size_t len;
    cr_assert_eq(gw_doc_serialize(m, GW_FMT_JSON, &out, &len), 0);
    const char *want = "{\"Data\":\"AP8=\",\"When\":1506440188.749,\"Name\":\"x\\\"y\"}";
    /* The output is a counted buffer, not a C string. */
    cr_assert_eq(len, strlen(want));
    cr_assert_eq(memcmp(out, want, len), 0);
    free(out);
    /* Blobs bypass yajl's string writer: separators must still be right. */
    struct gw_val *arr = gv_arr(&A), *m2 = gv_map(&A);
    gv_push(&A, arr, gv_bytes(&A, "\x00\xff", 2));
    gv_push(&A, arr, gv_bytes(&A, "", 0));
    gv_push(&A, arr, gv_bytes(&A, "abcd", 4));
    gv_put(&A, m2, "A", arr);
    gv_put(&A, m2, "B", gv_bytes(&A, "f", 1));
    gv_put(&A, m2, "C", gv_int(&A, 7));
    cr_assert_eq(gw_doc_serialize(m2, GW_FMT_JSON, &out, &len), 0);
    want = "{\"A\":[\"AP8=\",\"\",\"YWJjZA==\"],\"B\":\"Zg==\",\"C\":7}";
    cr_assert_eq(len, strlen(want), "%.*s", (int)len, (char *)out);
    cr_assert_eq(memcmp(out, want, len), 0, "%.*s", (int)len, (char *)out);
    free(out);
}

Test(gw_doc, json_depth_and_value_limits_hold_before_parsing)
{
    size_t n = 100000;
    char *deep = malloc(n + 8);
    size_t o = 0;
    deep[o++] = '{';
    memcpy(deep + o, "\"a\":", 4);
    o += 4;
    for (size_t i = 0; i < n / 2; i++)
        deep[o++] = '[';
    deep[o] = '\0';
    struct gw_val *v;
    cr_assert_neq(parse(deep, &v), 0);
    free(deep);
    cr_assert_neq(parse("[1,2]", &v), 0, "a document must be an object");
    cr_assert_neq(parse("{\"a\":", &v), 0);
}
