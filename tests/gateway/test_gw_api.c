/*
 * The API front door with SigV4 on: signed requests pass, the auth errors
 * carry AWS's names and statuses, errors keep the request's format (CBOR
 * stays CBOR), and requests that are not Kinesis calls are turned away.
 */
#include <cbor.h>
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "gateway/gw_crypto.h"
#include "gateway/gw_sigv4.h"
#include "gw_harness.h"

static struct harness H;
#define SECRET "s3cr3t/KEY+example"
static void setup(void)
{
    static const char *const s[] = {"sluice.gateway.auth=sigv4",
                                     "sluice.gateway.credentials=AKIDGOOD:" SECRET, NULL};
    hx_init(&H, s);
}
static void teardown(void) { hx_fini(&H); }
TestSuite(gw_api, .init = setup, .fini = teardown, .timeout = 10);

/* Sign like an SDK would: host;x-amz-date;x-amz-target + content-type. */
static int signed_call(const char *op, const char *body, const char *secret, const char *date,
                       struct hresp *out)
{
    char target[96];
    snprintf(target, sizeof target, "Kinesis_20131202.%s", op);
    struct gw_header h[4] = {{"content-type", "application/x-amz-json-1.1"},
                             {"host", "localhost:4566"},
                             {"x-amz-date", date},
                             {"x-amz-target", target}};
    struct gw_request r = {.method = "POST", .path = "/", .query = "", .headers = h,
                           .nheaders = 4, .body = (const uint8_t *)body,
                           .body_len = strlen(body)};
    uint8_t d[32];
    char body_hash[65], creq_hash[65], sig[65];
    gw_sha256(body, strlen(body), d);
    gw_hex(d, 32, body_hash);
    struct kwriter w;
    kw_init(&w);
    gw_sigv4_canonical_request(&r, "content-type;host;x-amz-date;x-amz-target", body_hash, &w);
    gw_sha256(w.buf, w.len, d);
    gw_hex(d, 32, creq_hash);
    kw_destroy(&w);
    char date8[9];
    memcpy(date8, date, 8);
    date8[8] = '\0';
    char sts[512];
    snprintf(sts, sizeof sts, "AWS4-HMAC-SHA256\n%s\n%s/us-east-1/kinesis/aws4_request\n%s", date,
             date8, creq_hash);
    gw_sigv4_sign(secret, date8, "us-east-1", "kinesis", sts, sig);
    char head[1024];
    int n = snprintf(head, sizeof head,
                     "POST / HTTP/1.1\r\nhost: localhost:4566\r\n"
                     "content-type: application/x-amz-json-1.1\r\nx-amz-target: %s\r\n"
                     "x-amz-date: %s\r\nauthorization: AWS4-HMAC-SHA256 Credential=AKIDGOOD/%s/"
                     "us-east-1/kinesis/aws4_request, SignedHeaders=content-type;host;x-amz-date;"
                     "x-amz-target, Signature=%s\r\ncontent-length: %zu\r\n\r\n",
                     target, date, date8, sig, strlen(body));
    hx_send(&H, H.fd, head, (size_t)n);
    hx_send(&H, H.fd, body, strlen(body));
    return hx_read_response(&H, H.fd, out, 100);
}

Test(gw_api, signed_request_passes_and_bad_ones_fail)
{
    struct hresp r;
    cr_assert_eq(signed_call("ListStreams", "{}", SECRET, "20260102T030405Z", &r), 0);
    cr_assert_eq(r.status, 200, "%s", r.body);
    char buf[128];
    cr_assert(hresp_header(&r, "x-amzn-requestid", buf, sizeof buf));
    cr_assert_eq(strlen(buf), 36);
    hresp_free(&r);

    cr_assert_eq(signed_call("ListStreams", "{}", "wrong", "20260102T030405Z", &r), 0);
    cr_assert_eq(r.status, 400);
    cr_assert(strstr((char *)r.body, "\"__type\": \"InvalidSignatureException\"") ||
              strstr((char *)r.body, "\"__type\":\"InvalidSignatureException\""), "%s", r.body);
    cr_assert_str_eq(hresp_header(&r, "x-amzn-errortype", buf, sizeof buf),
                     "InvalidSignatureException");
    hresp_free(&r);

    /* Ten minutes late: expired. */
    cr_assert_eq(signed_call("ListStreams", "{}", SECRET, "20260102T025405Z", &r), 0);
    cr_assert_eq(r.status, 400);
    cr_assert(strstr((char *)r.body, "Signature expired"), "%s", r.body);
    hresp_free(&r);
}

Test(gw_api, missing_auth_is_403)
{
    const char *req = "POST / HTTP/1.1\r\nhost: h\r\ncontent-type: application/x-amz-json-1.1\r\n"
                      "x-amz-target: Kinesis_20131202.ListStreams\r\ncontent-length: 2\r\n\r\n{}";
    hx_send(&H, H.fd, req, strlen(req));
    struct hresp r;
    cr_assert_eq(hx_read_response(&H, H.fd, &r, 50), 0);
    cr_assert_eq(r.status, 403);
    cr_assert(strstr((char *)r.body, "MissingAuthenticationTokenException"), "%s", r.body);
    hresp_free(&r);
}

Test(gw_api, unknown_operation_and_not_post)
{
    /* Unknown operations are refused before authentication. */
    const char *req = "POST / HTTP/1.1\r\nhost: h\r\ncontent-type: application/x-amz-json-1.1\r\n"
                      "x-amz-target: Kinesis_20131202.Nope\r\ncontent-length: 2\r\n\r\n{}";
    hx_send(&H, H.fd, req, strlen(req));
    struct hresp r;
    cr_assert_eq(hx_read_response(&H, H.fd, &r, 50), 0);
    cr_assert_eq(r.status, 400);
    cr_assert(strstr((char *)r.body, "UnknownOperationException"));
    hresp_free(&r);
    req = "GET / HTTP/1.1\r\nhost: h\r\n\r\n";
    hx_send(&H, H.fd, req, strlen(req));
    cr_assert_eq(hx_read_response(&H, H.fd, &r, 50), 0);
    cr_assert_eq(r.status, 400);
    cr_assert(strstr((char *)r.body, "AccessDeniedException"));
    hresp_free(&r);
    req = "POST / HTTP/1.1\r\nhost: h\r\ncontent-type: text/plain\r\n"
          "x-amz-target: Kinesis_20131202.ListStreams\r\ncontent-length: 2\r\n\r\n{}";
    hx_send(&H, H.fd, req, strlen(req));
    cr_assert_eq(hx_read_response(&H, H.fd, &r, 50), 0);
    cr_assert_eq(r.status, 400);
    cr_assert(strstr((char *)r.body, "SerializationException"));
    hresp_free(&r);
}

Test(gw_api, cbor_requests_get_cbor_errors)
{
    hx_fini(&H);
    hx_init(&H, NULL); /* auth=any */
    /* {"StreamName": "nope"} */
    static const uint8_t body[] = {0xa1, 0x6a, 'S', 't', 'r', 'e', 'a', 'm', 'N', 'a', 'm', 'e',
                                   0x64, 'n', 'o', 'p', 'e'};
    struct hresp r;
    cr_assert_eq(hx_call_raw(&H, "DescribeStream", "application/x-amz-cbor-1.1", body,
                             sizeof body, &r),
                 0);
    cr_assert_eq(r.status, 400);
    char ct[64];
    cr_assert_str_eq(hresp_header(&r, "content-type", ct, sizeof ct), "application/x-amz-cbor-1.1");
    struct cbor_load_result res;
    cbor_item_t *it = cbor_load(r.body, r.body_len, &res);
    cr_assert(it && cbor_isa_map(it));
    struct cbor_pair *p = cbor_map_handle(it);
    cr_assert_eq(cbor_string_length(p[0].key), 6);
    cr_assert_eq(memcmp(cbor_string_handle(p[0].key), "__type", 6), 0);
    cr_assert_eq(memcmp(cbor_string_handle(p[0].value), "ResourceNotFoundException", 25), 0);
    cbor_decref(&it);
    hresp_free(&r);
    /* Malformed CBOR. */
    cr_assert_eq(hx_call_raw(&H, "ListStreams", "application/x-amz-cbor-1.1", "\xbf\x61", 2, &r), 0);
    cr_assert_eq(r.status, 400);
    it = cbor_load(r.body, r.body_len, &res);
    cr_assert(it);
    cbor_decref(&it);
    hresp_free(&r);
}

Test(gw_api, cbor_put_and_get_round_trip)
{
    hx_fini(&H);
    hx_init(&H, NULL);
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"cb\",\"ShardCount\":1}"));
    cbor_item_t *m = cbor_new_definite_map(3);
    cbor_map_add(m, (struct cbor_pair){cbor_move(cbor_build_string("StreamName")),
                                       cbor_move(cbor_build_string("cb"))});
    cbor_map_add(m, (struct cbor_pair){cbor_move(cbor_build_string("Data")),
                                       cbor_move(cbor_build_bytestring((const uint8_t *)"\x00\xff", 2))});
    cbor_map_add(m, (struct cbor_pair){cbor_move(cbor_build_string("PartitionKey")),
                                       cbor_move(cbor_build_string("k"))});
    unsigned char *buf;
    size_t cap, len = cbor_serialize_alloc(m, &buf, &cap);
    cbor_decref(&m);
    struct hresp r;
    cr_assert_eq(hx_call_raw(&H, "PutRecord", "application/x-amz-cbor-1.1", buf, len, &r), 0);
    cr_assert_eq(r.status, 200);
    hresp_free(&r);
    free(buf);
    json_t *j = hx_callf(&H, 200, "GetShardIterator",
                         "{\"StreamName\":\"cb\",\"ShardId\":\"shardId-000000000000\","
                         "\"ShardIteratorType\":\"TRIM_HORIZON\"}");
    json_t *g = hx_callf(&H, 200, "GetRecords", "{\"ShardIterator\":\"%s\"}",
                         json_string_value(json_object_get(j, "ShardIterator")));
    cr_assert_str_eq(json_string_value(json_object_get(
                         json_array_get(json_object_get(g, "Records"), 0), "Data")),
                     "AP8=");
    json_decref(j);
    json_decref(g);
}
