/*
 * gw_http2.c - HTTP/2 (h2c prior knowledge and h2 over TLS) through
 * libnghttp2, driven by the connection's bufferevent.
 *
 * nghttp2 owns framing, HPACK, stream states and flow control; this file
 * turns streams into exchanges and back. Input: every read hands the whole
 * input buffer to nghttp2_session_mem_recv. Output: h2_flush pulls frames
 * with nghttp2_session_mem_send until the output buffer reaches
 * GW_OUT_HIGH_WATER, and the write callback resumes it, so a peer that does
 * not read never makes us buffer more than that.
 *
 * Per stream, headers are capped at max_header_bytes (RFC 7541 size: name +
 * value + 32 per field) and the body at max_body_bytes: a content-length over
 * the cap is answered 413 at END_HEADERS and its DATA discarded unbuffered.
 * The bodies buffered on one connection are capped at four request bodies;
 * a stream that would pass it is reset with REFUSED_STREAM (the client may
 * retry it). Streamed responses (event streams) read from the exchange's
 * pending buffer; nghttp2 asks only for what the peer's window allows and a
 * deferred data source resumes when the handler queues more.
 */
#include "gateway/gw_int.h"

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <nghttp2/nghttp2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"

#define H2_MAX_HEADERS 100
#define H2_STREAM_WINDOW (1 << 20)
#define H2_CONN_WINDOW (16 << 20)

struct h2_stream {
    int32_t id;
    struct h2_stream *prev, *next;
    struct gw_exchange *ex; /* until the transport's hold ends */
    size_t header_bytes;
    size_t max_headers;
    struct evbuffer *inbody;
    bool ignored; /* answered or refused early: DATA is discarded */
    bool dispatched;
    bool streaming; /* data comes from ex->pending */
    struct evbuffer *out; /* a complete response's body */
};

struct h2 {
    nghttp2_session *s;
    struct gw_conn *c;
    struct h2_stream *streams;
    size_t nstreams;
    size_t buffered; /* request body bytes held across streams */
    size_t inflight; /* dispatched streams not yet closed */
    int in_recv;     /* inside nghttp2_session_mem_recv */
    bool flushing;
};

static void h2_flush(struct gw_conn *c);

static struct h2_stream *stream_get(struct h2 *h, int32_t id)
{
    return nghttp2_session_get_stream_user_data(h->s, id);
}

static void stream_free(struct h2 *h, struct h2_stream *st, bool cancel)
{
    if (st->prev)
        st->prev->next = st->next;
    else
        h->streams = st->next;
    if (st->next)
        st->next->prev = st->prev;
    h->nstreams--;
    if (st->inbody) {
        h->buffered -= evbuffer_get_length(st->inbody);
        evbuffer_free(st->inbody);
    }
    if (st->out)
        evbuffer_free(st->out);
    if (st->dispatched)
        h->inflight--;
    if (st->ex) {
        struct gw_exchange *ex = st->ex;
        st->ex = NULL;
        if (st->dispatched) {
            gw_exchange_detach(ex, cancel);
        } else {
            gw_exchange_detach(ex, false);
            gw_exchange_release(ex);
        }
    }
    free(st);
}

/* Answer a stream from the transport itself (413, 400 ...). */
static void stream_answer(struct h2 *h, struct h2_stream *st, int status, const char *msg);

static ssize_t data_read_cb(nghttp2_session *s, int32_t id, uint8_t *buf, size_t length,
                            uint32_t *flags, nghttp2_data_source *src, void *ud)
{
    (void)s;
    (void)id;
    (void)ud;
    struct h2_stream *st = src->ptr;
    struct evbuffer *b;
    bool eof;
    if (st->streaming) {
        struct gw_exchange *ex = st->ex;
        if (!ex) {
            *flags |= NGHTTP2_DATA_FLAG_EOF;
            return 0;
        }
        b = ex->pending;
        eof = ex->stream_ended;
    } else {
        b = st->out;
        eof = true;
    }
    int n = evbuffer_remove(b, buf, length);
    if (n < 0)
        return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
    if (evbuffer_get_length(b) == 0) {
        if (eof)
            *flags |= NGHTTP2_DATA_FLAG_EOF;
        else if (n == 0)
            return NGHTTP2_ERR_DEFERRED;
    }
    /* A streaming handler waiting for room is told after this send pass
     * (notify_writable in h2_flush), never from inside nghttp2. */
    return n;
}

static int submit(struct h2 *h, struct h2_stream *st, const struct gw_response *resp, bool with_body)
{
    nghttp2_nv nv[GW_RESP_MAX_HEADERS + 3];
    size_t n = 0;
    char status[8], clen[24];
    snprintf(status, sizeof status, "%d", resp->status);
#define NV(nm, val)                                                                               \
    do {                                                                                          \
        nv[n].name = (uint8_t *)(nm);                                                             \
        nv[n].namelen = strlen(nm);                                                               \
        nv[n].value = (uint8_t *)(val);                                                           \
        nv[n].valuelen = strlen(val);                                                             \
        nv[n].flags = NGHTTP2_NV_FLAG_NONE;                                                       \
        n++;                                                                                      \
    } while (0)
    NV(":status", status);
    if (resp->content_type)
        NV("content-type", resp->content_type);
    for (size_t i = 0; i < resp->nheaders; i++)
        NV(resp->headers[i].name, resp->headers[i].value);
    if (with_body) {
        snprintf(clen, sizeof clen, "%zu", resp->body_len);
        NV("content-length", clen);
    }
#undef NV
    nghttp2_data_provider prd = {.source.ptr = st, .read_callback = data_read_cb};
    int rv = nghttp2_submit_response(h->s, st->id, nv, n, &prd);
    return rv ? -E_IO : 0;
}

static void stream_answer(struct h2 *h, struct h2_stream *st, int status, const char *msg)
{
    st->ignored = true;
    if (!st->out)
        st->out = evbuffer_new();
    if (!st->out) {
        nghttp2_submit_rst_stream(h->s, NGHTTP2_FLAG_NONE, st->id, NGHTTP2_INTERNAL_ERROR);
        return;
    }
    evbuffer_add(st->out, msg, strlen(msg));
    struct gw_response resp = {.status = status, .content_type = "text/plain",
                               .body_len = strlen(msg)};
    if (submit(h, st, &resp, true))
        nghttp2_submit_rst_stream(h->s, NGHTTP2_FLAG_NONE, st->id, NGHTTP2_INTERNAL_ERROR);
}

static int on_begin_headers(nghttp2_session *s, const nghttp2_frame *f, void *ud)
{
    struct h2 *h = ud;
    if (f->hd.type != NGHTTP2_HEADERS || f->headers.cat != NGHTTP2_HCAT_REQUEST)
        return 0;
    struct h2_stream *st = calloc(1, sizeof *st);
    if (!st)
        return NGHTTP2_ERR_CALLBACK_FAILURE;
    st->id = f->hd.stream_id;
    st->next = h->streams;
    if (h->streams)
        h->streams->prev = st;
    h->streams = st;
    h->nstreams++;
    nghttp2_session_set_stream_user_data(s, st->id, st);
    if (h->nstreams > h->c->gw->cfg.h2_max_streams) {
        /* A client that ignores our SETTINGS before acknowledging them. */
        st->ignored = true;
        nghttp2_submit_rst_stream(s, NGHTTP2_FLAG_NONE, st->id, NGHTTP2_REFUSED_STREAM);
        return 0;
    }
    st->ex = gw_exchange_new(h->c, st->id);
    st->inbody = evbuffer_new();
    if (!st->ex || !st->inbody)
        return NGHTTP2_ERR_CALLBACK_FAILURE;
    st->ex->req.http_version = 20;
    st->ex->req.query = "";
    st->ex->req.headers = arena_calloc(&st->ex->arena, H2_MAX_HEADERS, sizeof(struct gw_header));
    if (!st->ex->req.headers)
        return NGHTTP2_ERR_CALLBACK_FAILURE;
    return 0;
}

static int on_header(nghttp2_session *s, const nghttp2_frame *f, const uint8_t *name,
                     size_t namelen, const uint8_t *value, size_t valuelen, uint8_t flags,
                     void *ud)
{
    (void)flags;
    struct h2 *h = ud;
    if (f->hd.type != NGHTTP2_HEADERS || f->headers.cat != NGHTTP2_HCAT_REQUEST)
        return 0;
    struct h2_stream *st = stream_get(h, f->hd.stream_id);
    if (!st || st->ignored || !st->ex)
        return 0;
    st->header_bytes += namelen + valuelen + 32;
    struct gw_request *r = &st->ex->req;
    if (st->header_bytes > h->c->gw->cfg.max_header_bytes || r->nheaders >= H2_MAX_HEADERS) {
        st->ignored = true;
        nghttp2_submit_rst_stream(s, NGHTTP2_FLAG_NONE, st->id, NGHTTP2_REFUSED_STREAM);
        return 0;
    }
    char *n = arena_memdup(&st->ex->arena, name, namelen + 1);
    char *v = arena_alloc(&st->ex->arena, valuelen + 1);
    if (!n || !v)
        return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
    n[namelen] = '\0';
    memcpy(v, value, valuelen);
    v[valuelen] = '\0';
    if (n[0] == ':') {
        /* nghttp2 has already checked pseudo-header rules (RFC 9113 8.3). */
        if (!strcmp(n, ":method"))
            r->method = v;
        else if (!strcmp(n, ":authority"))
            r->authority = v;
        else if (!strcmp(n, ":path")) {
            char *q = strchr(v, '?');
            if (q) {
                *q = '\0';
                r->query = q + 1;
            }
            r->path = v;
        }
        return 0;
    }
    if (!strcmp(n, "host") && !r->authority)
        r->authority = v;
    r->headers[r->nheaders].name = n;
    r->headers[r->nheaders].value = v;
    r->nheaders++;
    return 0;
}

static void dispatch(struct h2 *h, struct h2_stream *st)
{
    struct gw_exchange *ex = st->ex;
    size_t len = evbuffer_get_length(st->inbody);
    uint8_t *body = arena_alloc_uninit(&ex->arena, len ? len : 1);
    if (!body) {
        stream_answer(h, st, 503, "out of memory");
        return;
    }
    evbuffer_remove(st->inbody, body, len);
    h->buffered -= len;
    ex->req.body = body;
    ex->req.body_len = len;
    if (!ex->req.method || !ex->req.path) {
        stream_answer(h, st, 400, "missing :method or :path");
        return;
    }
    st->dispatched = true;
    h->inflight++;
    gw_conn_dispatch(h->c, ex);
}

static int on_frame_recv(nghttp2_session *s, const nghttp2_frame *f, void *ud)
{
    (void)s;
    struct h2 *h = ud;
    if (f->hd.type != NGHTTP2_HEADERS && f->hd.type != NGHTTP2_DATA)
        return 0;
    struct h2_stream *st = stream_get(h, f->hd.stream_id);
    if (!st || !st->ex)
        return 0;
    if (f->hd.type == NGHTTP2_HEADERS && !st->ignored && !st->dispatched) {
        const char *cl = gw_request_header(&st->ex->req, "content-length");
        if (cl && strtoull(cl, NULL, 10) > h->c->gw->cfg.max_body_bytes)
            stream_answer(h, st, 413, "request body too large");
    }
    if ((f->hd.flags & NGHTTP2_FLAG_END_STREAM) && !st->ignored && !st->dispatched)
        dispatch(h, st);
    return 0;
}

static int on_data_chunk(nghttp2_session *s, uint8_t flags, int32_t id, const uint8_t *data,
                         size_t len, void *ud)
{
    (void)flags;
    struct h2 *h = ud;
    struct h2_stream *st = stream_get(h, id);
    if (!st || st->ignored || st->dispatched || !st->inbody)
        return 0;
    const struct gw_config *cfg = &h->c->gw->cfg;
    if (evbuffer_get_length(st->inbody) + len > cfg->max_body_bytes) {
        h->buffered -= evbuffer_get_length(st->inbody);
        evbuffer_drain(st->inbody, evbuffer_get_length(st->inbody));
        stream_answer(h, st, 413, "request body too large");
        return 0;
    }
    if (h->buffered + len > 4 * cfg->max_body_bytes) {
        st->ignored = true;
        nghttp2_submit_rst_stream(s, NGHTTP2_FLAG_NONE, id, NGHTTP2_REFUSED_STREAM);
        return 0;
    }
    if (evbuffer_add(st->inbody, data, len))
        return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
    h->buffered += len;
    return 0;
}

static int on_stream_close(nghttp2_session *s, int32_t id, uint32_t error_code, void *ud)
{
    (void)s;
    struct h2 *h = ud;
    struct h2_stream *st = stream_get(h, id);
    if (!st)
        return 0;
    bool cancel = error_code != NGHTTP2_NO_ERROR || !st->ex || !st->ex->responded ||
                  (st->ex->streaming && !st->ex->stream_ended);
    nghttp2_session_set_stream_user_data(h->s, id, NULL);
    stream_free(h, st, cancel);
    return 0;
}

int gw_h2_init(struct gw_conn *c)
{
    struct h2 *h = calloc(1, sizeof *h);
    if (!h)
        return -E_NOMEM;
    h->c = c;
    nghttp2_session_callbacks *cbs;
    if (nghttp2_session_callbacks_new(&cbs)) {
        free(h);
        return -E_NOMEM;
    }
    nghttp2_session_callbacks_set_on_begin_headers_callback(cbs, on_begin_headers);
    nghttp2_session_callbacks_set_on_header_callback(cbs, on_header);
    nghttp2_session_callbacks_set_on_frame_recv_callback(cbs, on_frame_recv);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(cbs, on_data_chunk);
    nghttp2_session_callbacks_set_on_stream_close_callback(cbs, on_stream_close);
    int rv = nghttp2_session_server_new(&h->s, cbs, h);
    nghttp2_session_callbacks_del(cbs);
    if (rv) {
        free(h);
        return -E_NOMEM;
    }
    c->pstate = h;
    nghttp2_settings_entry iv[] = {
        {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, c->gw->cfg.h2_max_streams},
        {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, H2_STREAM_WINDOW},
        {NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE, (uint32_t)c->gw->cfg.max_header_bytes},
    };
    if (nghttp2_submit_settings(h->s, NGHTTP2_FLAG_NONE, iv, sizeof iv / sizeof iv[0]) ||
        nghttp2_session_set_local_window_size(h->s, NGHTTP2_FLAG_NONE, 0, H2_CONN_WINDOW))
        return -E_IO;
    h2_flush(c);
    return 0;
}

int gw_h2_upgrade(struct gw_conn *c, const uint8_t *settings, size_t len,
                  struct gw_exchange *ex)
{
    int rc = gw_h2_init(c);
    if (rc)
        return rc;
    struct h2 *h = c->pstate;
    struct h2_stream *st = calloc(1, sizeof *st);
    if (!st)
        return -E_NOMEM;
    /* RFC 7540 3.2: the upgraded request is stream 1, half-closed (remote). */
    st->id = 1;
    st->ex = ex;
    st->next = h->streams;
    if (h->streams)
        h->streams->prev = st;
    h->streams = st;
    h->nstreams++;
    /* The stream_user_data argument is only used on client sessions. */
    if (nghttp2_session_upgrade2(h->s, settings, len, !strcmp(ex->req.method, "HEAD"), NULL) ||
        nghttp2_session_set_stream_user_data(h->s, 1, st)) {
        st->ex = NULL; /* the caller still owns ex */
        return -E_CORRUPT;
    }
    ex->stream_id = 1;
    ex->req.http_version = 20;
    st->dispatched = true;
    h->inflight++;
    h2_flush(c);
    gw_conn_dispatch(c, ex);
    return 0;
}

static void h2_destroy(struct gw_conn *c)
{
    struct h2 *h = c->pstate;
    if (!h)
        return;
    while (h->streams) {
        if (h->s)
            nghttp2_session_set_stream_user_data(h->s, h->streams->id, NULL);
        stream_free(h, h->streams, true);
    }
    nghttp2_session_del(h->s);
    free(h);
    c->pstate = NULL;
}

/* Tell streaming handlers whose pending buffer drained that they may send. */
static void notify_writable(struct h2 *h)
{
    for (struct h2_stream *st = h->streams; st; st = st->next) {
        struct gw_exchange *ex = st->ex;
        if (!st->streaming || !ex || ex->stream_ended || !ex->on_writable)
            continue;
        if (evbuffer_get_length(ex->pending) < ex->pending_max / 2) {
            ex->on_writable(ex, ex->cb_arg);
            return; /* the list may have changed; the next flush continues */
        }
    }
}

static void h2_flush(struct gw_conn *c)
{
    struct h2 *h = c->pstate;
    if (!h || h->in_recv || h->flushing || c->state == GW_CONN_CLOSING)
        return;
    h->flushing = true;
    struct evbuffer *out = bufferevent_get_output(c->bev);
    while (evbuffer_get_length(out) < GW_OUT_HIGH_WATER) {
        const uint8_t *data;
        ssize_t n = nghttp2_session_mem_send(h->s, &data);
        if (n < 0) {
            h->flushing = false;
            gw_conn_close(c);
            return;
        }
        if (n == 0)
            break;
        evbuffer_add(out, data, (size_t)n);
    }
    h->flushing = false;
    if (!nghttp2_session_want_read(h->s) && !nghttp2_session_want_write(h->s)) {
        gw_conn_close_after_flush(c);
        return;
    }
    if (evbuffer_get_length(out) < GW_OUT_HIGH_WATER)
        notify_writable(h);
}

static void h2_on_read(struct gw_conn *c)
{
    struct h2 *h = c->pstate;
    struct evbuffer *in = bufferevent_get_input(c->bev);
    /* Bounded: each pass consumes a contiguous chunk or fails. */
    for (int pass = 0; pass < 4096 && evbuffer_get_length(in) > 0; pass++) {
        size_t len = evbuffer_get_contiguous_space(in);
        const uint8_t *data = evbuffer_pullup(in, (ssize_t)len);
        h->in_recv++;
        ssize_t rv = nghttp2_session_mem_recv(h->s, data, len);
        h->in_recv--;
        if (rv < 0 || c->state == GW_CONN_CLOSING) {
            gw_conn_close(c);
            return;
        }
        evbuffer_drain(in, (size_t)rv);
    }
    /* Then straight from the socket (gw_conn_read_direct says why), up to
     * what libevent would buffer; flow control bounds what the peer may
     * send, as before. */
    uint8_t chunk[64 << 10];
    size_t passes = GW_IN_HIGH_WATER / sizeof chunk;
    for (size_t pass = 0; pass < passes && c->state != GW_CONN_CLOSING && !evbuffer_get_length(in);
         pass++) {
        ssize_t n = gw_conn_read_direct(c, chunk, sizeof chunk);
        if (n <= 0)
            break; /* an error or EOF reaches us again through libevent */
        h->in_recv++;
        ssize_t rv = nghttp2_session_mem_recv(h->s, chunk, (size_t)n);
        h->in_recv--;
        /* Without pausing callbacks nghttp2 takes all it is given. */
        if (rv != n || c->state == GW_CONN_CLOSING) {
            gw_conn_close(c);
            return;
        }
        if ((size_t)n < sizeof chunk)
            break;
    }
    h2_flush(c);
}

static void h2_on_write(struct gw_conn *c)
{
    h2_flush(c);
}

static int h2_respond(struct gw_conn *c, struct gw_exchange *ex, const struct gw_response *resp)
{
    struct h2 *h = c->pstate;
    struct h2_stream *st = stream_get(h, ex->stream_id);
    if (!st || st->ex != ex)
        return -E_INVAL;
    st->out = evbuffer_new();
    if (!st->out || gw_exchange_add_body(ex, st->out, resp)) {
        nghttp2_submit_rst_stream(h->s, NGHTTP2_FLAG_NONE, st->id, NGHTTP2_INTERNAL_ERROR);
    } else if (submit(h, st, resp, true)) {
        nghttp2_submit_rst_stream(h->s, NGHTTP2_FLAG_NONE, st->id, NGHTTP2_INTERNAL_ERROR);
    }
    /* The body is in st->out: the transport no longer needs the exchange. */
    st->ex = NULL;
    gw_exchange_detach(ex, false);
    h2_flush(c);
    return 0;
}

static int h2_stream_start(struct gw_conn *c, struct gw_exchange *ex, const struct gw_response *resp)
{
    struct h2 *h = c->pstate;
    struct h2_stream *st = stream_get(h, ex->stream_id);
    if (!st || st->ex != ex)
        return -E_INVAL;
    st->streaming = true;
    if (submit(h, st, resp, false))
        return -E_IO;
    h2_flush(c);
    return 0;
}

static void h2_stream_kick(struct gw_conn *c, struct gw_exchange *ex)
{
    struct h2 *h = c->pstate;
    if (nghttp2_session_get_stream_user_data(h->s, ex->stream_id))
        nghttp2_session_resume_data(h->s, ex->stream_id);
    h2_flush(c);
}

static bool h2_busy(struct gw_conn *c)
{
    /* Only requests being served count: a stream whose request never
     * finishes arriving does not keep an idle connection open. */
    struct h2 *h = c->pstate;
    return h && h->inflight > 0;
}

const struct gw_proto gw_proto_h2 = {
    .name = "h2",
    .on_read = h2_on_read,
    .on_write = h2_on_write,
    .respond = h2_respond,
    .stream_start = h2_stream_start,
    .stream_kick = h2_stream_kick,
    .busy = h2_busy,
    .destroy = h2_destroy,
};
