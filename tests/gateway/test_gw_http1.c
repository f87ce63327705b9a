/*
 * HTTP/1.1 server behaviour: framing, limits, pipelining, keep-alive, and
 * hostile input. The handler is an echo so the parser is tested alone.
 */
#include <criterion/criterion.h>
#include <event2/event.h>
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "gateway/gw_int.h"
#include "gw_harness.h"

static struct harness H;
static struct gw_exchange *parked; /* async handler test */
static int cancels;

static void echo(struct gateway *gw, struct gw_exchange *ex)
{
    (void)gw;
    const struct gw_request *r = &ex->req;
    char *body = arena_printf(&ex->arena, "%s %s ?%s len=%zu host=%s", r->method, r->path,
                              r->query, r->body_len, r->authority ? r->authority : "-");
    struct gw_response resp = {.status = 200, .content_type = "text/plain",
                               .body = (const uint8_t *)body, .body_len = strlen(body)};
    gw_exchange_respond(ex, &resp);
}

static void on_cancel(struct gw_exchange *ex, void *arg)
{
    (void)arg;
    cancels++;
    gw_exchange_release(ex);
    parked = NULL;
}

static void park(struct gateway *gw, struct gw_exchange *ex)
{
    (void)gw;
    ex->on_cancel = on_cancel;
    parked = ex;
}

static void setup(void)
{
    static const char *const s[] = {"sluice.gateway.max.body.bytes=4096",
                                    "sluice.gateway.max.header.bytes=2048", NULL};
    hx_init(&H, s);
    gw_set_handler(H.gw, echo);
    parked = NULL;
    cancels = 0;
}

static void teardown(void)
{
    hx_fini(&H);
}

TestSuite(gw_http1, .init = setup, .fini = teardown, .timeout = 10);

static void send_str(const char *s)
{
    hx_send(&H, H.fd, s, strlen(s));
}

static void expect_status(int status, bool closed)
{
    struct hresp r;
    cr_assert_eq(hx_read_response(&H, H.fd, &r, 50), 0, "no response");
    cr_expect_eq(r.status, status, "got %d: %s", r.status, r.head);
    if (closed) {
        char b[64];
        hx_pump(&H, 5);
        ssize_t n = read(H.fd, b, sizeof b);
        cr_expect_eq(n, 0, "connection should be closed");
    }
    hresp_free(&r);
}

Test(gw_http1, simple_request_and_keep_alive)
{
    for (int i = 0; i < 3; i++) {
        send_str("POST /a/b?x=1 HTTP/1.1\r\nHost: h1\r\nContent-Length: 5\r\n\r\nhello");
        struct hresp r;
        cr_assert_eq(hx_read_response(&H, H.fd, &r, 50), 0);
        cr_assert_eq(r.status, 200);
        cr_assert_str_eq((char *)r.body, "POST /a/b ?x=1 len=5 host=h1");
        cr_assert(!strstr(r.head, "connection: close"));
        hresp_free(&r);
    }
    cr_assert_eq(gw_connection_count(H.gw), 1);
}

Test(gw_http1, pipelined_requests_answered_in_order)
{
    send_str("POST /1 HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\n\r\na"
             "GET /2 HTTP/1.1\r\nHost: h\r\n\r\n"
             "POST /3 HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc");
    const char *want[] = {"POST /1 ? len=1 host=h", "GET /2 ? len=0 host=h",
                          "POST /3 ? len=3 host=h"};
    for (int i = 0; i < 3; i++) {
        struct hresp r;
        cr_assert_eq(hx_read_response(&H, H.fd, &r, 50), 0, "response %d", i);
        cr_assert_str_eq((char *)r.body, want[i]);
        hresp_free(&r);
    }
}

Test(gw_http1, body_split_across_reads)
{
    send_str("POST /s HTTP/1.1\r\nHost: h\r\nContent-");
    hx_pump(&H, 3);
    send_str("Length: 10\r\n\r\n01234");
    hx_pump(&H, 3);
    send_str("56789");
    struct hresp r;
    cr_assert_eq(hx_read_response(&H, H.fd, &r, 50), 0);
    cr_assert_str_eq((char *)r.body, "POST /s ? len=10 host=h");
    hresp_free(&r);
}

Test(gw_http1, oversize_head_is_431_and_closes)
{
    char big[3000];
    memset(big, 'a', sizeof big);
    send_str("GET / HTTP/1.1\r\nHost: h\r\nX-Big: ");
    hx_send(&H, H.fd, big, sizeof big);
    expect_status(431, true);
}

Test(gw_http1, body_over_cap_refused_before_it_is_sent)
{
    /* Only the head is sent: the 413 must come without the body. */
    send_str("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1000000\r\n\r\n");
    expect_status(413, true);
}

Test(gw_http1, bad_content_length_is_400)
{
    send_str("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 12a\r\n\r\n");
    expect_status(400, true);
}

Test(gw_http1, conflicting_content_lengths_are_400)
{
    send_str("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd");
    expect_status(400, true);
}

Test(gw_http1, negative_or_huge_content_length)
{
    send_str("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n");
    expect_status(400, true);
    close(H.fd);
    H.fd = hx_connect(&H);
    send_str("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999\r\n\r\n");
    expect_status(400, true);
}

Test(gw_http1, post_without_length_is_411)
{
    send_str("POST / HTTP/1.1\r\nHost: h\r\n\r\n");
    expect_status(411, true);
}

Test(gw_http1, chunked_is_refused_with_411)
{
    send_str("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
    expect_status(411, true);
}

Test(gw_http1, smuggling_cl_te_is_refused)
{
    send_str("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    expect_status(411, true);
}

Test(gw_http1, obs_fold_bare_lf_and_bad_names_are_400)
{
    const char *bad[] = {
        "GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n folded\r\n\r\n",
        "GET / HTTP/1.1\nHost: h\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nBad Name: 1\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\n: empty\r\n\r\n",
        "GET  / HTTP/1.1\r\nHost: h\r\n\r\n",
        "GET http://x/ HTTP/1.1\r\nHost: h\r\n\r\n",
        "G\x01T / HTTP/1.1\r\nHost: h\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nX: a\x01b\r\n\r\n",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (i) {
            close(H.fd);
            H.fd = hx_connect(&H);
        }
        send_str(bad[i]);
        struct hresp r;
        cr_assert_eq(hx_read_response(&H, H.fd, &r, 50), 0, "case %zu", i);
        cr_expect_eq(r.status, 400, "case %zu: %d", i, r.status);
        hresp_free(&r);
    }
}

Test(gw_http1, host_is_required_and_version_checked)
{
    send_str("GET / HTTP/1.1\r\n\r\n");
    expect_status(400, true);
    close(H.fd);
    H.fd = hx_connect(&H);
    send_str("GET / HTTP/2.5\r\nHost: h\r\n\r\n");
    expect_status(505, true);
}

Test(gw_http1, connection_close_is_honoured)
{
    send_str("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
    expect_status(200, true);
}

Test(gw_http1, expect_100_continue)
{
    send_str("POST /e HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
    hx_pump(&H, 5);
    char b[64] = {0};
    ssize_t n = read(H.fd, b, sizeof b - 1);
    cr_assert_gt(n, 0);
    cr_assert(strstr(b, "HTTP/1.1 100 Continue"), "%s", b);
    send_str("ok");
    expect_status(200, false);
}

Test(gw_http1, garbage_then_next_connection_still_works)
{
    hx_send(&H, H.fd, "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15);
    expect_status(400, true);
    int fd2 = hx_connect(&H);
    hx_send(&H, fd2, "GET /ok HTTP/1.1\r\nHost: h\r\n\r\n", 29);
    struct hresp r;
    cr_assert_eq(hx_read_response(&H, fd2, &r, 50), 0);
    cr_assert_eq(r.status, 200);
    hresp_free(&r);
    close(fd2);
}

Test(gw_http1, async_response_and_cancel_on_close)
{
    gw_set_handler(H.gw, park);
    send_str("GET /later HTTP/1.1\r\nHost: h\r\n\r\n");
    hx_pump(&H, 5);
    cr_assert(parked);
    /* Answer later, from the loop. */
    struct gw_response resp = {.status = 204};
    gw_exchange_respond(parked, &resp);
    parked = NULL;
    expect_status(204, false);
    /* A client that leaves first: a late answer goes nowhere, harmlessly
     * (an HTTP/1.1 EOF may be a half-close, so the server answers first). */
    send_str("GET /gone HTTP/1.1\r\nHost: h\r\n\r\n");
    hx_pump(&H, 5);
    cr_assert(parked);
    close(H.fd);
    H.fd = -1;
    hx_pump(&H, 10);
    gw_exchange_respond(parked, &resp);
    parked = NULL;
    hx_pump(&H, 10);
    cr_assert_eq(gw_connection_count(H.gw), 0);
    /* One still parked when the gateway shuts down is cancelled. */
    H.fd = hx_connect(&H);
    send_str("GET /parked HTTP/1.1\r\nHost: h\r\n\r\n");
    hx_pump(&H, 5);
    cr_assert(parked);
    gw_free(H.gw);
    H.gw = NULL;
    cr_assert_eq(cancels, 1);
}

Test(gw_http1, idle_connections_are_closed)
{
    hx_fini(&H);
    static const char *const s[] = {"sluice.gateway.idle.timeout.ms=20", NULL};
    hx_init(&H, s);
    cr_assert_eq(gw_connection_count(H.gw), 1);
    struct timeval tv = {0, 80 * 1000};
    event_base_loopexit(H.base, &tv);
    event_base_dispatch(H.base);
    cr_assert_eq(gw_connection_count(H.gw), 0);
}

Test(gw_http1, http10_closes_unless_keep_alive)
{
    send_str("GET /a HTTP/1.0\r\nHost: h\r\n\r\n");
    expect_status(200, true);
    close(H.fd);
    H.fd = hx_connect(&H);
    send_str("GET /a HTTP/1.0\r\nHost: h\r\nConnection: keep-alive\r\n\r\n");
    expect_status(200, false);
    send_str("GET /b HTTP/1.1\r\nHost: h\r\n\r\n");
    expect_status(200, false);
}

/* Random bytes, then a valid request on a fresh connection: the server
 * survives and still serves. */
Test(gw_http1, random_bytes_never_crash)
{
    uint32_t seed = 777;
    for (int round = 0; round < 60; round++) {
        uint8_t buf[512];
        size_t n = 1 + (seed % sizeof buf);
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = (uint8_t)(seed >> 16);
        }
        /* Half of the rounds look like a request line first. */
        if (round % 2)
            memcpy(buf, "POST / HTTP/1.1\r\n", n > 17 ? 17 : n);
        hx_send(&H, H.fd, buf, n);
        hx_pump(&H, 3);
        close(H.fd);
        H.fd = hx_connect(&H);
    }
    hx_pump(&H, 5);
    send_str("GET /alive HTTP/1.1\r\nHost: h\r\n\r\n");
    expect_status(200, false);
}

Test(gw_http1, dribbled_head_does_not_hold_the_connection)
{
    hx_fini(&H);
    static const char *const s[] = {"sluice.gateway.idle.timeout.ms=30", NULL};
    hx_init(&H, s);
    gw_set_handler(H.gw, echo);
    /* One byte every 10 ms: each read is activity, but no progress. */
    const char *req = "GET / HTTP/1.1\r\nHost: h\r\n";
    for (size_t i = 0; i < strlen(req) && gw_connection_count(H.gw) == 1; i++) {
        hx_send(&H, H.fd, req + i, 1);
        struct timeval tv = {0, 10 * 1000};
        event_base_loopexit(H.base, &tv);
        event_base_dispatch(H.base);
    }
    cr_assert_eq(gw_connection_count(H.gw), 0);
}

/* Bodies longer than libevent's 4 KiB reads are read straight from the
 * socket (gw_conn_read_direct): every byte must land in order, a request
 * pipelined behind the body must stay for the parser, and a peer that
 * leaves mid-body must not be answered. */
static void echo_sum(struct gateway *gw, struct gw_exchange *ex)
{
    (void)gw;
    const struct gw_request *r = &ex->req;
    uint32_t h = 2166136261u; /* FNV-1a over the body */
    for (size_t i = 0; i < r->body_len; i++)
        h = (h ^ r->body[i]) * 16777619u;
    char *body = arena_printf(&ex->arena, "%s len=%zu fnv=%08x", r->path, r->body_len, h);
    struct gw_response resp = {.status = 200, .content_type = "text/plain",
                               .body = (const uint8_t *)body, .body_len = strlen(body)};
    gw_exchange_respond(ex, &resp);
}

static void setup_big(void)
{
    static const char *const s[] = {"sluice.gateway.max.body.bytes=8388608", NULL};
    hx_init(&H, s);
    gw_set_handler(H.gw, echo_sum);
}

static char *pattern(size_t n, uint32_t *fnv)
{
    char *b = malloc(n);
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        b[i] = (char)('a' + (i * 7 + i / 4099) % 26);
        h = (h ^ (uint8_t)b[i]) * 16777619u;
    }
    *fnv = h;
    return b;
}

TestSuite(gw_http1_big, .init = setup_big, .fini = teardown, .timeout = 10);

Test(gw_http1_big, large_bodies_arrive_whole_with_a_pipelined_request_behind)
{
    size_t n = 3u << 20;
    uint32_t fnv;
    char *body = pattern(n, &fnv);
    char head[128];
    int hl = snprintf(head, sizeof head, "POST /big HTTP/1.1\r\nHost: h\r\nContent-Length: %zu\r\n\r\n", n);
    const char *next = "POST /next HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nxyz";
    size_t total = (size_t)hl + n + strlen(next);
    char *all = malloc(total);
    memcpy(all, head, (size_t)hl);
    memcpy(all + hl, body, n);
    memcpy(all + hl + n, next, strlen(next));
    /* In uneven pieces, the server pumped between them. */
    for (size_t at = 0, step = 1000; at < total; at += step, step = step * 3 % 700001 + 1)
        hx_send(&H, H.fd, all + at, at + step > total ? total - at : step);
    struct hresp r;
    char want[64];
    snprintf(want, sizeof want, "/big len=%zu fnv=%08x", n, fnv);
    cr_assert_eq(hx_read_response(&H, H.fd, &r, 200), 0);
    cr_assert_str_eq((char *)r.body, want);
    hresp_free(&r);
    cr_assert_eq(hx_read_response(&H, H.fd, &r, 50), 0);
    uint32_t h3 = 2166136261u;
    for (const char *p = "xyz"; *p; p++)
        h3 = (h3 ^ (uint8_t)*p) * 16777619u;
    snprintf(want, sizeof want, "/next len=3 fnv=%08x", h3);
    cr_assert_str_eq((char *)r.body, want);
    hresp_free(&r);
    free(all);
    free(body);
}

Test(gw_http1_big, peer_leaving_mid_body_gets_no_answer)
{
    size_t n = 1u << 20;
    uint32_t fnv;
    char *body = pattern(n, &fnv);
    char head[128];
    int hl = snprintf(head, sizeof head, "POST /cut HTTP/1.1\r\nHost: h\r\nContent-Length: %zu\r\n\r\n", n);
    hx_send(&H, H.fd, head, (size_t)hl);
    hx_send(&H, H.fd, body, n / 2);
    shutdown(H.fd, SHUT_WR);
    hx_pump(&H, 20);
    char b[64];
    ssize_t got = read(H.fd, b, sizeof b);
    cr_assert_eq(got, 0, "expected a close without an answer, read %zd", got);
    cr_assert_eq(gw_connection_count(H.gw), 0);
    free(body);
}

/* Run the loop for ms milliseconds of real time. */
static void run_for(int ms)
{
    struct timeval tv = {0, ms * 1000};
    event_base_loopexit(H.base, &tv);
    event_base_dispatch(H.base);
}

/* A loopback TCP connection adopted by the gateway (the harness's own is
 * a socketpair, where SO_RCVLOWAT has no effect); the client end is
 * non-blocking and replaces H.fd. */
static void use_tcp_connection(void)
{
    int l = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t al = sizeof a;
    cr_assert_eq(bind(l, (struct sockaddr *)&a, sizeof a), 0);
    cr_assert_eq(listen(l, 1), 0);
    cr_assert_eq(getsockname(l, (struct sockaddr *)&a, &al), 0);
    int c = socket(AF_INET, SOCK_STREAM, 0);
    cr_assert_eq(connect(c, (struct sockaddr *)&a, sizeof a), 0);
    int s = accept(l, NULL, NULL);
    cr_assert(s >= 0);
    close(l);
    fcntl(c, F_SETFL, fcntl(c, F_GETFL) | O_NONBLOCK);
    cr_assert_eq(gw_adopt_fd(H.gw, s, false), 0);
    close(H.fd);
    H.fd = c;
    hx_pump(&H, 3);
}

static void restart_with_idle_ms(const char *idle)
{
    hx_fini(&H);
    const char *const s[] = {"sluice.gateway.max.body.bytes=8388608", idle, NULL};
    hx_init(&H, s);
    gw_set_handler(H.gw, echo_sum);
    use_tcp_connection();
}

/* SO_RCVLOWAT holds wake-ups until the rest of a body is in: a body that
 * trickles slower than that must still count as activity, and one that
 * stops must still be closed by the idle timer. */
Test(gw_http1_big, a_body_slower_than_the_idle_timeout_still_arrives)
{
    restart_with_idle_ms("sluice.gateway.idle.timeout.ms=100");
    size_t n = 64u << 10;
    uint32_t fnv;
    char *body = pattern(n, &fnv);
    char head[128];
    int hl = snprintf(head, sizeof head, "POST /slow HTTP/1.1\r\nHost: h\r\nContent-Length: %zu\r\n\r\n", n);
    hx_send(&H, H.fd, head, (size_t)hl);
    size_t at = 0, step = 2048;
    for (int i = 0; i < 12; i++, at += step) {
        hx_send(&H, H.fd, body + at, step);
        run_for(60); /* 720 ms in all: seven idle timeouts */
        cr_assert_eq(gw_connection_count(H.gw), 1, "closed after %zu bytes", at + step);
    }
    hx_send(&H, H.fd, body + at, n - at);
    struct hresp r;
    char want[64];
    snprintf(want, sizeof want, "/slow len=%zu fnv=%08x", n, fnv);
    cr_assert_eq(hx_read_response(&H, H.fd, &r, 200), 0);
    cr_assert_str_eq((char *)r.body, want);
    hresp_free(&r);
    free(body);
}

Test(gw_http1_big, a_body_that_stops_is_closed_by_the_idle_timer)
{
    restart_with_idle_ms("sluice.gateway.idle.timeout.ms=50");
    const char *part = "POST /stuck HTTP/1.1\r\nHost: h\r\nContent-Length: 100000\r\n\r\nsome bytes";
    hx_send(&H, H.fd, part, strlen(part));
    run_for(250);
    cr_assert_eq(gw_connection_count(H.gw), 0);
}
