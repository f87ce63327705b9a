/*
 * HTTP/2 (h2c prior knowledge) through an nghttp2 client session on a
 * socketpair: requests reach the Kinesis API, streams multiplex, limits are
 * per stream, and a broken peer only loses its own connection.
 */
#include <criterion/criterion.h>
#include <string.h>
#include <unistd.h>

#include "gateway/gw_crypto.h"
#include "gateway/gw_int.h"
#include "gateway/gw_sigv4.h"
#include "h2_client.h"

static struct harness H;

static void setup(void)
{
    static const char *const s[] = {"sluice.gateway.max.body.bytes=8192", NULL};
    hx_init(&H, s);
}

static void teardown(void)
{
    hx_fini(&H);
}

TestSuite(gw_http2, .init = setup, .fini = teardown, .timeout = 10);

#define JSON "application/x-amz-json-1.1"

Test(gw_http2, prior_knowledge_request_reaches_the_api)
{
    struct h2c c;
    h2c_init(&c, &H, H.fd, 0);
    int32_t id = h2c_kinesis(&c, "ListStreams", JSON, "{}", 2);
    struct h2c_stream *st = h2c_wait(&c, id, 50);
    cr_assert(st && st->closed);
    cr_assert_eq(st->status, 200);
    cr_assert_str_eq(st->content_type, JSON);
    cr_assert(strstr((char *)st->body, "\"StreamNames\":[]"), "%s", st->body);
    h2c_free(&c);
}

Test(gw_http2, concurrent_streams_on_one_connection)
{
    struct h2c c;
    h2c_init(&c, &H, H.fd, 0);
    const char *create = "{\"StreamName\":\"s\",\"ShardCount\":2}";
    struct h2c_stream *st = h2c_wait(&c, h2c_kinesis(&c, "CreateStream", JSON, create, strlen(create)), 50);
    cr_assert_eq(st->status, 200);
    int32_t ids[8];
    char bodies[8][128];
    for (int i = 0; i < 8; i++) {
        snprintf(bodies[i], sizeof bodies[i],
                 "{\"StreamName\":\"s\",\"Data\":\"aGk=\",\"PartitionKey\":\"k%d\"}", i);
        ids[i] = h2c_kinesis(&c, "PutRecord", JSON, bodies[i], strlen(bodies[i]));
    }
    h2c_pump(&c, 30);
    for (int i = 0; i < 8; i++) {
        st = h2c_stream(&c, ids[i]);
        cr_assert(st->closed, "stream %d", i);
        cr_assert_eq(st->status, 200, "stream %d: %s", i, st->body);
        cr_assert(strstr((char *)st->body, "SequenceNumber"));
    }
    cr_assert_eq(mem_backend_count(H.mem, "s", 0) + mem_backend_count(H.mem, "s", 1), 8);
    h2c_free(&c);
}

Test(gw_http2, oversize_body_is_413_on_that_stream_only)
{
    struct h2c c;
    h2c_init(&c, &H, H.fd, 0);
    static char big[20000];
    memset(big, 'x', sizeof big);
    /* Declared too large: refused at END_HEADERS. */
    const char *h[] = {"content-type", JSON, "content-length", "20000", NULL};
    int32_t a = h2c_request(&c, "POST", "/", h, big, sizeof big);
    /* Undeclared but too large: refused when the data passes the cap. */
    const char *h2[] = {"content-type", JSON, NULL};
    int32_t b = h2c_request(&c, "POST", "/", h2, big, sizeof big);
    h2c_pump(&c, 40);
    cr_assert_eq(h2c_stream(&c, a)->status, 413);
    cr_assert_eq(h2c_stream(&c, b)->status, 413);
    /* The connection still serves. */
    struct h2c_stream *st = h2c_wait(&c, h2c_kinesis(&c, "ListStreams", JSON, "{}", 2), 50);
    cr_assert_eq(st->status, 200);
    h2c_free(&c);
}

Test(gw_http2, errors_use_the_aws_shape)
{
    struct h2c c;
    h2c_init(&c, &H, H.fd, 0);
    struct h2c_stream *st =
        h2c_wait(&c, h2c_kinesis(&c, "NoSuchThing", JSON, "{}", 2), 50);
    cr_assert_eq(st->status, 400);
    cr_assert(strstr((char *)st->body, "UnknownOperationException"), "%s", st->body);
    h2c_free(&c);
}

Test(gw_http2, broken_frames_close_only_that_connection)
{
    hx_send(&H, H.fd, "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 24);
    /* A frame header claiming 16 MiB of DATA on stream 0. */
    hx_send(&H, H.fd, "\xff\xff\xff\x00\x00\x00\x00\x00\x00garbage", 16);
    hx_pump(&H, 20);
    char buf[256];
    ssize_t n;
    bool eof = false;
    for (int i = 0; i < 20 && !eof; i++) {
        n = read(H.fd, buf, sizeof buf);
        eof = n == 0;
        hx_pump(&H, 1);
    }
    cr_assert(eof, "server should close a connection with broken frames");
    int fd2 = hx_connect(&H);
    struct h2c c;
    h2c_init(&c, &H, fd2, 0);
    struct h2c_stream *st = h2c_wait(&c, h2c_kinesis(&c, "ListStreams", JSON, "{}", 2), 50);
    cr_assert_eq(st->status, 200);
    h2c_free(&c);
    close(fd2);
}

Test(gw_http2, small_client_window_still_delivers_large_responses)
{
    struct h2c c;
    h2c_init(&c, &H, H.fd, 1024);
    const char *create = "{\"StreamName\":\"w\",\"ShardCount\":1}";
    h2c_wait(&c, h2c_kinesis(&c, "CreateStream", JSON, create, strlen(create)), 50);
    /* 8 records of ~700 bytes base64 each. */
    static char put[8192];
    char data[701];
    memset(data, 'Q', sizeof data - 1);
    data[sizeof data - 1] = '\0';
    for (int i = 0; i < 8; i++) {
        snprintf(put, sizeof put, "{\"StreamName\":\"w\",\"Data\":\"%s\",\"PartitionKey\":\"p\"}",
                 data);
        h2c_wait(&c, h2c_kinesis(&c, "PutRecord", JSON, put, strlen(put)), 50);
    }
    struct h2c_stream *st = h2c_wait(
        &c, h2c_kinesis(&c, "DescribeStream", JSON, "{\"StreamName\":\"w\"}", 18), 50);
    cr_assert_eq(st->status, 200);
    /* Flow control: the server sends 1 KiB at a time as the window opens. */
    snprintf(put, sizeof put, "{\"StreamName\":\"w\",\"ShardId\":\"shardId-000000000000\","
                              "\"ShardIteratorType\":\"TRIM_HORIZON\"}");
    st = h2c_wait(&c, h2c_kinesis(&c, "GetShardIterator", JSON, put, strlen(put)), 50);
    cr_assert_eq(st->status, 200);
    const char *it = strstr((char *)st->body, "\"ShardIterator\":\"");
    cr_assert(it);
    char iter[600];
    size_t l = strcspn(it + 17, "\"");
    memcpy(iter, it + 17, l);
    iter[l] = '\0';
    snprintf(put, sizeof put, "{\"ShardIterator\":\"%s\"}", iter);
    st = h2c_wait(&c, h2c_kinesis(&c, "GetRecords", JSON, put, strlen(put)), 200);
    cr_assert(st->closed);
    cr_assert_eq(st->status, 200);
    cr_assert_gt(st->len, 5000);
    h2c_free(&c);
}

Test(gw_http2, oversize_header_list_resets_only_that_stream)
{
    hx_fini(&H);
    static const char *const s[] = {"sluice.gateway.max.header.bytes=2048", NULL};
    hx_init(&H, s);
    struct h2c c;
    h2c_init(&c, &H, H.fd, 0);
    static char big[3000];
    memset(big, 'v', sizeof big - 1);
    const char *h[] = {"content-type", JSON, "x-big", big, NULL};
    int32_t bad = h2c_request(&c, "POST", "/", h, "{}", 2);
    struct h2c_stream *st = h2c_wait(&c, bad, 50);
    cr_assert(st->closed);
    cr_assert_neq(st->error_code, 0, "reset, not answered");
    st = h2c_wait(&c, h2c_kinesis(&c, "ListStreams", JSON, "{}", 2), 50);
    cr_assert_eq(st->status, 200);
    h2c_free(&c);
}

Test(gw_http2, too_many_concurrent_streams_are_refused)
{
    hx_fini(&H);
    static const char *const s[] = {"sluice.gateway.h2.max.streams=2", NULL};
    hx_init(&H, s);
    /* The client ignores the server's SETTINGS: it opens 4 streams at once
     * before reading anything; the ones over the limit are refused. */
    struct h2c c;
    h2c_init(&c, &H, H.fd, 0);
    int32_t ids[4];
    for (int i = 0; i < 4; i++)
        ids[i] = h2c_kinesis(&c, "ListStreams", JSON, "{}", 2);
    h2c_pump(&c, 30);
    int ok = 0, refused = 0;
    for (int i = 0; i < 4; i++) {
        struct h2c_stream *st = h2c_stream(&c, ids[i]);
        cr_assert(st->closed);
        if (st->status == 200)
            ok++;
        else if (st->error_code == NGHTTP2_REFUSED_STREAM)
            refused++;
    }
    cr_assert_eq(ok + refused, 4);
    cr_assert_geq(ok, 2);
    h2c_free(&c);
}

/* SigV4 over HTTP/2: "host" is signed, and arrives as :authority. */
Test(gw_http2, sigv4_host_comes_from_authority)
{
    hx_fini(&H);
    static const char *const s[] = {"sluice.gateway.auth=sigv4",
                                     "sluice.gateway.credentials=AKIDH2:h2secret", NULL};
    hx_init(&H, s);
    const char *body = "{}";
    struct gw_header hd[4] = {{"content-type", JSON},
                              {"host", "localhost:4566"},
                              {"x-amz-date", "20260102T030405Z"},
                              {"x-amz-target", "Kinesis_20131202.ListStreams"}};
    struct gw_request r = {.method = "POST", .path = "/", .query = "", .headers = hd,
                           .nheaders = 4, .body = (const uint8_t *)body, .body_len = 2};
    uint8_t d[32];
    char bh[65], ch[65], sig[65], sts[512], auth[512];
    gw_sha256(body, 2, d);
    gw_hex(d, 32, bh);
    struct kwriter w;
    kw_init(&w);
    gw_sigv4_canonical_request(&r, "content-type;host;x-amz-date;x-amz-target", bh, &w);
    gw_sha256(w.buf, w.len, d);
    gw_hex(d, 32, ch);
    kw_destroy(&w);
    snprintf(sts, sizeof sts,
             "AWS4-HMAC-SHA256\n20260102T030405Z\n20260102/us-east-1/kinesis/aws4_request\n%s", ch);
    gw_sigv4_sign("h2secret", "20260102", "us-east-1", "kinesis", sts, sig);
    snprintf(auth, sizeof auth,
             "AWS4-HMAC-SHA256 Credential=AKIDH2/20260102/us-east-1/kinesis/aws4_request, "
             "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=%s",
             sig);
    const char *h[] = {"content-type", JSON, "x-amz-target", "Kinesis_20131202.ListStreams",
                       "x-amz-date", "20260102T030405Z", "authorization", auth, NULL};
    struct h2c c;
    h2c_init(&c, &H, H.fd, 0);
    struct h2c_stream *st = h2c_wait(&c, h2c_request(&c, "POST", "/", h, body, 2), 50);
    cr_assert_eq(st->status, 200, "%s", st->body);
    h2c_free(&c);
}

/* Upgrade: h2c from HTTP/1.1 (RFC 7540 3.2): 101, then the request's
 * answer on stream 1, then ordinary HTTP/2 streams. */
Test(gw_http2, upgrade_from_http11)
{
    /* SETTINGS_MAX_CONCURRENT_STREAMS = 100, base64url without padding. */
    static const uint8_t payload[] = {0x00, 0x03, 0x00, 0x00, 0x00, 0x64};
    const char *req = "POST / HTTP/1.1\r\nHost: localhost:4566\r\n"
                      "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
                      "HTTP2-Settings: AAMAAABk\r\n"
                      "content-type: application/x-amz-json-1.1\r\n"
                      "x-amz-target: Kinesis_20131202.ListStreams\r\n"
                      "x-amz-date: 20260102T030405Z\r\n"
                      "authorization: AWS4-HMAC-SHA256 Credential=A/20260102/us-east-1/kinesis/"
                      "aws4_request, SignedHeaders=host;x-amz-target, Signature="
                      "0000000000000000000000000000000000000000000000000000000000000000\r\n"
                      "content-length: 2\r\n\r\n{}";
    hx_send(&H, H.fd, req, strlen(req));
    /* Read exactly the 101 head. */
    char head[256];
    size_t got = 0;
    for (int i = 0; i < 50 && !(got >= 4 && !memcmp(head + got - 4, "\r\n\r\n", 4)); i++) {
        hx_pump(&H, 1);
        while (got < sizeof head - 1 && read(H.fd, head + got, 1) == 1) {
            got++;
            if (got >= 4 && !memcmp(head + got - 4, "\r\n\r\n", 4))
                break;
        }
    }
    head[got] = '\0';
    cr_assert(!strncmp(head, "HTTP/1.1 101 ", 13), "%s", head);
    struct h2c c;
    h2c_init(&c, &H, H.fd, 0);
    cr_assert_eq(nghttp2_session_upgrade2(c.s, payload, sizeof payload, 0, NULL), 0);
    c.streams[c.n++] = (struct h2c_stream){.id = 1};
    struct h2c_stream *st = h2c_wait(&c, 1, 50);
    cr_assert(st->closed, "status %d eof %d len %zu conns %zu", st->status, c.eof, st->len,
              gw_connection_count(H.gw));
    cr_assert_eq(st->status, 200);
    cr_assert(strstr((char *)st->body, "StreamNames"), "%s", st->body);
    st = h2c_wait(&c, h2c_kinesis(&c, "ListStreams", JSON, "{}", 2), 50);
    cr_assert_eq(st->status, 200);
    h2c_free(&c);
}
