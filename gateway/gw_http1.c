/*
 * gw_http1.c - a strict, bounded HTTP/1.1 server parser over a bufferevent.
 *
 *   HEAD --head parsed, Content-Length n > 0--> BODY --n bytes--> DISPATCHED
 *   HEAD --head parsed, no body---------------------------------> DISPATCHED
 *   DISPATCHED --response queued--> HEAD (next pipelined request, if any)
 *   any --protocol error--> error response, then close after flush
 *
 * Limits first: the head (request line + headers) must fit
 * max_header_bytes, at most GW_H1_MAX_HEADERS lines; Content-Length is
 * required for POST/PUT (411), must be digits only and agree with any
 * repeat, and a length over max_body_bytes is refused with 413 before one
 * body byte is buffered. Transfer-Encoding (chunked) is refused with 411,
 * which also rules out CL/TE request smuggling. obs-fold, bare CR or LF and
 * non-token header names are 400 (RFC 9112 sections 2.2, 5.1, 5.2, 6.1).
 * One request is served at a time; pipelined requests wait in the input
 * buffer (bounded by its read watermark) and are answered in order.
 * A cleartext request with "Upgrade: h2c" (RFC 7540 3.2) is read whole,
 * answered 101, and becomes stream 1 of an HTTP/2 session (gw_h2_upgrade).
 */
#include "gateway/gw_int.h"

#include <ctype.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gateway/gw_doc.h"
#include "protocol/status.h"

#define GW_H1_MAX_HEADERS 100
#define GW_H1_MAX_TARGET 8192

enum h1_state { H1_HEAD, H1_BODY, H1_DISPATCHED };

struct h1 {
    enum h1_state state;
    struct gw_exchange *ex;
    uint8_t *body;
    size_t body_len, body_have;
    bool keep_alive;
    bool processing; /* h1_process is on the stack */
    const uint8_t *upgrade_settings; /* set: switch to h2c (in ex's arena) */
    size_t upgrade_len;
};

/* Upgrade: h2c. The 101 goes first, then HTTP/2 frames; the h1 state is
 * freed and the request becomes stream 1. */
static void h1_switch_to_h2(struct gw_conn *c, struct h1 *h)
{
    struct gw_exchange *ex = h->ex;
    const uint8_t *settings = h->upgrade_settings;
    size_t len = h->upgrade_len;
    evbuffer_add_printf(bufferevent_get_output(c->bev),
                        "HTTP/1.1 101 Switching Protocols\r\nconnection: Upgrade\r\n"
                        "upgrade: h2c\r\n\r\n");
    free(h);
    c->pstate = NULL;
    c->state = GW_CONN_H2;
    c->proto = &gw_proto_h2;
    if (gw_h2_upgrade(c, settings, len, ex)) {
        gw_exchange_detach(ex, false);
        gw_exchange_release(ex);
        gw_conn_close(c);
        return;
    }
    /* The client preface may already be waiting: no new read event will
     * announce it. */
    if (evbuffer_get_length(bufferevent_get_input(c->bev)) && c->state == GW_CONN_H2)
        c->proto->on_read(c);
}

static void h1_process(struct gw_conn *c);

int gw_h1_init(struct gw_conn *c)
{
    struct h1 *h = calloc(1, sizeof *h);
    if (!h)
        return -E_NOMEM;
    c->pstate = h;
    return 0;
}

static void h1_destroy(struct gw_conn *c)
{
    struct h1 *h = c->pstate;
    if (!h)
        return;
    if (h->ex) {
        struct gw_exchange *ex = h->ex;
        h->ex = NULL;
        if (h->state == H1_DISPATCHED)
            gw_exchange_detach(ex, true);
        else {
            /* Never handed to a handler: drop both holds. */
            gw_exchange_detach(ex, false);
            gw_exchange_release(ex);
        }
    }
    free(h);
    c->pstate = NULL;
}

static bool h1_busy(struct gw_conn *c)
{
    struct h1 *h = c->pstate;
    return h && h->state == H1_DISPATCHED;
}

/* An error answered by the parser itself; the connection closes after. */
static void h1_fail(struct gw_conn *c, int status, const char *msg)
{
    struct h1 *h = c->pstate;
    struct evbuffer *out = bufferevent_get_output(c->bev);
    evbuffer_add_printf(out,
                        "HTTP/1.1 %d %s\r\ncontent-type: text/plain\r\ncontent-length: %zu\r\n"
                        "connection: close\r\n\r\n%s",
                        status, gw_status_reason(status), strlen(msg), msg);
    if (h && h->ex) {
        struct gw_exchange *ex = h->ex;
        h->ex = NULL;
        gw_exchange_detach(ex, false);
        gw_exchange_release(ex);
    }
    gw_conn_close_after_flush(c);
}

static bool is_tchar(unsigned char ch)
{
    /* RFC 9110 section 5.6.2 token characters. */
    return isalnum(ch) || (ch && strchr("!#$%&'*+-.^_`|~", ch));
}

/* Does a comma-separated header value hold token (case-insensitive)? */
static bool list_has(const char *value, const char *token)
{
    size_t tl = strlen(token);
    const char *p = value;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        const char *s = p;
        while (*p && *p != ',')
            p++;
        const char *e = p;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
            e--;
        if ((size_t)(e - s) == tl && !strncasecmp(s, token, tl))
            return true;
    }
    return false;
}

/*
 * Parse the head in buf[0..len) (the terminating CRLFCRLF included) into
 * ex->req. Returns 0 or an HTTP status for the error response.
 */
static int parse_head(struct gw_exchange *ex, char *buf, size_t len, const char **why)
{
    struct gw_request *r = &ex->req;
    /* Bare CR/LF or NUL anywhere in the head is refused outright. */
    for (size_t i = 0; i < len; i++) {
        if (buf[i] == '\0') {
            *why = "NUL in request head";
            return 400;
        }
        if (buf[i] == '\r' && (i + 1 >= len || buf[i + 1] != '\n')) {
            *why = "bare CR in request head";
            return 400;
        }
        if (buf[i] == '\n' && (i == 0 || buf[i - 1] != '\r')) {
            *why = "bare LF in request head";
            return 400;
        }
    }
    char *line = buf;
    char *eol = strstr(line, "\r\n");
    *eol = '\0';
    /* request-line = method SP request-target SP HTTP-version */
    char *sp1 = strchr(line, ' ');
    char *sp2 = sp1 ? strchr(sp1 + 1, ' ') : NULL;
    if (!sp1 || !sp2 || strchr(sp2 + 1, ' ') || sp1 == line || sp2 == sp1 + 1) {
        *why = "malformed request line";
        return 400;
    }
    *sp1 = *sp2 = '\0';
    for (char *m = line; *m; m++)
        if (!is_tchar((unsigned char)*m)) {
            *why = "bad method";
            return 400;
        }
    if (strlen(line) > 32) {
        *why = "method too long";
        return 400;
    }
    char *target = sp1 + 1;
    const char *version = sp2 + 1;
    if (strcmp(version, "HTTP/1.1") && strcmp(version, "HTTP/1.0")) {
        *why = "only HTTP/1.1 is served";
        return strncmp(version, "HTTP/", 5) ? 400 : 505;
    }
    if (strlen(target) > GW_H1_MAX_TARGET) {
        *why = "request target too long";
        return 414;
    }
    for (char *t = target; *t; t++)
        if ((unsigned char)*t <= 0x20 || (unsigned char)*t >= 0x7f) {
            *why = "bad character in request target";
            return 400;
        }
    if (target[0] != '/' && strcmp(target, "*")) {
        *why = "request target must be origin-form";
        return 400;
    }
    r->method = line;
    char *q = strchr(target, '?');
    if (q) {
        *q = '\0';
        r->query = q + 1;
    } else {
        r->query = "";
    }
    r->path = target;
    /* Served as HTTP/1.1 either way; 1.0 changes the keep-alive default. */
    r->http_version = strcmp(version, "HTTP/1.0") ? 11 : 10;

    r->headers = arena_calloc(&ex->arena, GW_H1_MAX_HEADERS, sizeof *r->headers);
    if (!r->headers) {
        *why = "out of memory";
        return 503;
    }
    line = eol + 2;
    while (*line != '\r') {
        eol = strstr(line, "\r\n");
        *eol = '\0';
        if (*line == ' ' || *line == '\t') {
            *why = "obsolete line folding";
            return 400;
        }
        if (r->nheaders == GW_H1_MAX_HEADERS) {
            *why = "too many header fields";
            return 431;
        }
        char *colon = strchr(line, ':');
        if (!colon || colon == line) {
            *why = "malformed header field";
            return 400;
        }
        for (char *n = line; n < colon; n++) {
            if (!is_tchar((unsigned char)*n)) {
                *why = "bad header field name";
                return 400;
            }
            *n = (char)tolower((unsigned char)*n);
        }
        *colon = '\0';
        char *v = colon + 1;
        while (*v == ' ' || *v == '\t')
            v++;
        char *ve = v + strlen(v);
        while (ve > v && (ve[-1] == ' ' || ve[-1] == '\t'))
            *--ve = '\0';
        for (char *t = v; *t; t++)
            if ((unsigned char)*t < 0x20 && *t != '\t') {
                *why = "control character in header value";
                return 400;
            }
        r->headers[r->nheaders].name = line;
        r->headers[r->nheaders].value = v;
        r->nheaders++;
        line = eol + 2;
    }
    return 0;
}

/* Validate framing headers; sets *body_len. Returns 0 or an HTTP status. */
static int check_framing(struct gw_conn *c, struct h1 *h, struct gw_request *r, size_t *body_len,
                         const char **why)
{
    const char *cl = NULL;
    bool has_te = false, has_host = false;
    bool close = false, keep = false;
    for (size_t i = 0; i < r->nheaders; i++) {
        const char *n = r->headers[i].name, *v = r->headers[i].value;
        if (!strcmp(n, "content-length")) {
            if (cl && strcmp(cl, v)) {
                *why = "conflicting Content-Length";
                return 400;
            }
            cl = v;
        } else if (!strcmp(n, "transfer-encoding")) {
            has_te = true;
        } else if (!strcmp(n, "host")) {
            if (has_host) {
                *why = "duplicate Host";
                return 400;
            }
            has_host = true;
            r->authority = v;
        } else if (!strcmp(n, "connection")) {
            close |= list_has(v, "close");
            keep |= list_has(v, "keep-alive");
        }
    }
    if (!has_host) {
        *why = "Host header required";
        return 400;
    }
    if (has_te) {
        *why = "chunked request bodies are not supported: send Content-Length";
        return 411;
    }
    *body_len = 0;
    if (cl) {
        size_t n = strlen(cl);
        if (n == 0 || n > 19 || strspn(cl, "0123456789") != n) {
            *why = "bad Content-Length";
            return 400;
        }
        unsigned long long v = strtoull(cl, NULL, 10);
        if (v > c->gw->cfg.max_body_bytes) {
            *why = "request body too large";
            return 413;
        }
        *body_len = (size_t)v;
    } else if (!strcmp(r->method, "POST") || !strcmp(r->method, "PUT")) {
        *why = "Content-Length required";
        return 411;
    }
    /* RFC 9112 9.3: 1.1 persists unless "close"; 1.0 only with keep-alive. */
    h->keep_alive = r->http_version == 10 ? keep && !close : !close;
    if (r->http_version == 10)
        r->http_version = 11;
    return 0;
}

/* Try to parse one head from the input. Returns true on progress. */
static bool h1_read_head(struct gw_conn *c, struct h1 *h)
{
    struct evbuffer *in = bufferevent_get_input(c->bev);
    size_t have = evbuffer_get_length(in);
    /* Tolerate empty lines between pipelined requests (RFC 9112 2.2). */
    while (have >= 2) {
        char two[2];
        evbuffer_copyout(in, two, 2);
        if (two[0] != '\r' || two[1] != '\n')
            break;
        evbuffer_drain(in, 2);
        have -= 2;
    }
    struct evbuffer_ptr end = evbuffer_search(in, "\r\n\r\n", 4, NULL);
    if (end.pos < 0) {
        if (have > c->gw->cfg.max_header_bytes)
            h1_fail(c, 431, "request head too large");
        return false;
    }
    size_t head_len = (size_t)end.pos + 4;
    if (head_len > c->gw->cfg.max_header_bytes) {
        h1_fail(c, 431, "request head too large");
        return false;
    }
    struct gw_exchange *ex = gw_exchange_new(c, 0);
    if (!ex) {
        h1_fail(c, 503, "out of memory");
        return false;
    }
    h->ex = ex;
    char *buf = arena_alloc(&ex->arena, head_len + 1);
    if (!buf) {
        h1_fail(c, 503, "out of memory");
        return false;
    }
    evbuffer_remove(in, buf, head_len);
    buf[head_len] = '\0';
    const char *why = "bad request";
    int st = parse_head(ex, buf, head_len, &why);
    size_t body_len = 0;
    if (!st)
        st = check_framing(c, h, &ex->req, &body_len, &why);
    if (st) {
        h1_fail(c, st, why);
        return false;
    }
    gw_conn_touch(c);
    h->body_len = body_len;
    h->body_have = 0;
    h->body = arena_alloc_uninit(&ex->arena, body_len ? body_len : 1);
    if (!h->body) {
        h1_fail(c, 503, "out of memory");
        return false;
    }
    if (body_len > evbuffer_get_length(in)) {
        const char *expect = gw_request_header(&ex->req, "expect");
        if (expect && !strcasecmp(expect, "100-continue"))
            evbuffer_add_printf(bufferevent_get_output(c->bev), "HTTP/1.1 100 Continue\r\n\r\n");
    }
    h->state = H1_BODY;
    return true;
}

/*
 * Upgrade: h2c (RFC 7540 3.2): "Connection: Upgrade, HTTP2-Settings",
 * "Upgrade: h2c" and one HTTP2-Settings (base64url SETTINGS payload), on a
 * cleartext connection. Returns the decoded payload or NULL.
 */
static const uint8_t *h2c_upgrade_settings(struct gw_conn *c, struct gw_exchange *ex,
                                           size_t *len)
{
    const struct gw_request *r = &ex->req;
    const char *up = gw_request_header(r, "upgrade");
    const char *conn = gw_request_header(r, "connection");
    const char *set = NULL;
    int nset = 0;
    for (size_t i = 0; i < r->nheaders; i++)
        if (!strcmp(r->headers[i].name, "http2-settings")) {
            set = r->headers[i].value;
            nset++;
        }
    if (c->tls || !up || !conn || nset != 1 || !list_has(up, "h2c") ||
        !list_has(conn, "upgrade") || !list_has(conn, "http2-settings"))
        return NULL;
    size_t n = strlen(set);
    if (n > 1024)
        return NULL;
    char *std = arena_alloc(&ex->arena, n + 4);
    if (!std)
        return NULL;
    for (size_t i = 0; i < n; i++)
        std[i] = set[i] == '-' ? '+' : set[i] == '_' ? '/' : set[i];
    while (n % 4)
        std[n++] = '=';
    uint8_t *out;
    const char *why;
    if (gw_base64_decode(&ex->arena, std, n, &out, len, &why) || *len % 6)
        return NULL;
    return out;
}

static bool h1_read_body(struct gw_conn *c, struct h1 *h)
{
    struct evbuffer *in = bufferevent_get_input(c->bev);
    size_t want = h->body_len - h->body_have;
    size_t avail = evbuffer_get_length(in);
    size_t take = want < avail ? want : avail;
    if (take) {
        evbuffer_remove(in, h->body + h->body_have, take);
        h->body_have += take;
        gw_conn_touch(c);
    }
    if (h->body_have < h->body_len) {
        ssize_t got = gw_conn_read_direct(c, h->body + h->body_have, h->body_len - h->body_have);
        if (got < 0) {
            gw_conn_close(c);
            return false;
        }
        if (got > 0) {
            h->body_have += (size_t)got;
            gw_conn_touch(c);
        }
    }
    if (h->body_have < h->body_len) {
        if (c->peer_eof)
            gw_conn_close(c);
        else
            gw_conn_expect_bytes(c, h->body_len - h->body_have);
        return false;
    }
    gw_conn_expect_bytes(c, 0);
    struct gw_exchange *ex = h->ex;
    ex->req.body = h->body;
    ex->req.body_len = h->body_len;
    size_t slen = 0;
    const uint8_t *settings = h2c_upgrade_settings(c, ex, &slen);
    if (settings) {
        /* h1_process switches protocols once it is off the stack. */
        h->upgrade_settings = settings;
        h->upgrade_len = slen;
        return false;
    }
    h->state = H1_DISPATCHED;
    gw_conn_dispatch(c, ex);
    return true;
}

static void h1_process(struct gw_conn *c)
{
    struct h1 *h = c->pstate;
    if (h->processing)
        return;
    h->processing = true;
    /* Bounded: each pass consumes a request or stops. */
    for (int pass = 0; pass < 1024; pass++) {
        if (c->state == GW_CONN_CLOSING || c->close_after_flush)
            break;
        if (evbuffer_get_length(bufferevent_get_output(c->bev)) >= GW_OUT_HIGH_WATER)
            break; /* the peer is not reading: wait for on_write */
        bool progress = false;
        if (h->state == H1_HEAD)
            progress = h1_read_head(c, h);
        else if (h->state == H1_BODY)
            progress = h1_read_body(c, h);
        if (!progress)
            break;
    }
    h->processing = false;
    if (h->upgrade_settings) {
        h1_switch_to_h2(c, h);
        return;
    }
    if (h->state == H1_HEAD && c->peer_eof && c->state != GW_CONN_CLOSING &&
        !c->close_after_flush)
        gw_conn_close_after_flush(c);
}

static void h1_on_read(struct gw_conn *c)
{
    h1_process(c);
}

static void h1_on_write(struct gw_conn *c)
{
    struct h1 *h = c->pstate;
    if (h && h->state != H1_DISPATCHED)
        h1_process(c);
}

static int h1_respond(struct gw_conn *c, struct gw_exchange *ex, const struct gw_response *resp)
{
    struct h1 *h = c->pstate;
    if (!h || h->ex != ex)
        return -E_INVAL;
    struct evbuffer *out = bufferevent_get_output(c->bev);
    bool close = !h->keep_alive || c->peer_eof;
    evbuffer_add_printf(out, "HTTP/1.1 %d %s\r\n", resp->status, gw_status_reason(resp->status));
    if (resp->content_type)
        evbuffer_add_printf(out, "content-type: %s\r\n", resp->content_type);
    for (size_t i = 0; i < resp->nheaders; i++)
        evbuffer_add_printf(out, "%s: %s\r\n", resp->headers[i].name, resp->headers[i].value);
    evbuffer_add_printf(out, "content-length: %zu\r\n", resp->body_len);
    if (close)
        evbuffer_add_printf(out, "connection: close\r\n");
    evbuffer_add(out, "\r\n", 2);
    if (resp->body_len && strcmp(ex->req.method, "HEAD"))
        gw_exchange_add_body(ex, out, resp);
    h->ex = NULL;
    h->state = H1_HEAD;
    gw_exchange_detach(ex, false);
    if (close) {
        gw_conn_close_after_flush(c);
        return 0;
    }
    /* The next pipelined request may already be buffered. */
    h1_process(c);
    return 0;
}

const struct gw_proto gw_proto_h1 = {
    .name = "http/1.1",
    .on_read = h1_on_read,
    .on_write = h1_on_write,
    .respond = h1_respond,
    .stream_start = NULL, /* event streams are HTTP/2 only */
    .stream_kick = NULL,
    .busy = h1_busy,
    .destroy = h1_destroy,
};
