/*
 * gw_exchange.c - the version-independent request/response object.
 *
 * Two holds keep an exchange alive: the transport's (until the response is
 * queued or the peer is gone) and the handler's (until it responds, ends its
 * stream or releases). Whoever drops the last hold frees it, so a handler
 * answering after its connection closed never touches freed memory.
 */
#include "gateway/gw_int.h"

#include <event2/buffer.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"

const char *gw_request_header(const struct gw_request *req, const char *name)
{
    for (size_t i = 0; i < req->nheaders; i++)
        if (!strcmp(req->headers[i].name, name))
            return req->headers[i].value;
    return NULL;
}

int gw_response_add_header(struct gw_response *resp, const char *name, const char *value)
{
    if (resp->nheaders >= GW_RESP_MAX_HEADERS)
        return -E_TOOBIG;
    resp->headers[resp->nheaders].name = name;
    resp->headers[resp->nheaders].value = value;
    resp->nheaders++;
    return 0;
}

struct gw_exchange *gw_exchange_new(struct gw_conn *c, int32_t stream_id)
{
    struct gw_exchange *ex = calloc(1, sizeof *ex);
    if (!ex)
        return NULL;
    arena_init(&ex->arena);
    ex->conn = c;
    ex->stream_id = stream_id;
    ex->holds = 2;
    return ex;
}

static void exchange_unhold(struct gw_exchange *ex)
{
    if (--ex->holds > 0)
        return;
    if (ex->pending)
        evbuffer_free(ex->pending);
    arena_destroy(&ex->arena);
    free(ex);
}

void gw_exchange_detach(struct gw_exchange *ex, bool cancel)
{
    struct gw_conn *c = ex->conn;
    ex->conn = NULL;
    (void)c;
    if (cancel && !ex->cancelled) {
        ex->cancelled = true;
        /* Only a handler that still holds the exchange needs to hear. */
        if (ex->holds == 2 && ex->on_cancel)
            ex->on_cancel(ex, ex->cb_arg);
    }
    exchange_unhold(ex);
}

static void free_body(const void *data, size_t len, void *arg)
{
    (void)len;
    (void)arg;
    free((void *)data);
}

int gw_exchange_add_body(struct gw_exchange *ex, struct evbuffer *out,
                         const struct gw_response *resp)
{
    if (!resp->body_len)
        return 0;
    if (!resp->body_malloced)
        return evbuffer_add(out, resp->body, resp->body_len) ? -E_NOMEM : 0;
    if (evbuffer_add_reference(out, resp->body, resp->body_len, free_body, NULL))
        return -E_NOMEM;
    ex->body_taken = true;
    return 0;
}

int gw_exchange_respond(struct gw_exchange *ex, const struct gw_response *resp)
{
    if (ex->responded) {
        if (resp->body_malloced)
            free((void *)resp->body);
        return -E_INVAL;
    }
    ex->responded = true;
    int rc = 0;
    if (ex->conn && !ex->cancelled) {
        struct gw_conn *c = ex->conn;
        gw_conn_enter(c);
        rc = c->proto->respond(c, ex, resp);
        gw_conn_leave(c);
    }
    /* A malloc'd body the transport did not take (peer gone, HEAD, a
     * failure) is still ours; read the flag before the exchange may go. */
    bool taken = ex->body_taken;
    exchange_unhold(ex);
    if (resp->body_malloced && !taken)
        free((void *)resp->body);
    return rc;
}

int gw_exchange_stream_start(struct gw_exchange *ex, const struct gw_response *resp,
                             size_t pending_max)
{
    if (ex->responded)
        return -E_INVAL;
    if (!ex->conn || ex->cancelled)
        return -E_IO;
    if (!ex->conn->proto->stream_start)
        return -E_UNSUPPORTED;
    ex->pending = evbuffer_new();
    if (!ex->pending)
        return -E_NOMEM;
    ex->pending_max = pending_max ? pending_max : (1u << 20);
    ex->responded = true;
    ex->streaming = true;
    struct gw_conn *c = ex->conn;
    gw_conn_enter(c);
    int rc = c->proto->stream_start(c, ex, resp);
    gw_conn_leave(c);
    return rc;
}

int gw_exchange_stream_send(struct gw_exchange *ex, const void *data, size_t len)
{
    if (!ex->streaming || ex->stream_ended)
        return -E_INVAL;
    if (!ex->conn || ex->cancelled)
        return -E_IO;
    size_t have = evbuffer_get_length(ex->pending);
    if (have + len > ex->pending_max && have > 0)
        return -E_AGAIN;
    if (evbuffer_add(ex->pending, data, len))
        return -E_NOMEM;
    struct gw_conn *c = ex->conn;
    gw_conn_enter(c);
    c->proto->stream_kick(c, ex);
    gw_conn_leave(c);
    return 0;
}

void gw_exchange_stream_end(struct gw_exchange *ex)
{
    if (!ex->streaming || ex->stream_ended)
        return;
    ex->stream_ended = true;
    if (ex->conn && !ex->cancelled) {
        struct gw_conn *c = ex->conn;
        gw_conn_enter(c);
        c->proto->stream_kick(c, ex);
        gw_conn_leave(c);
    }
    exchange_unhold(ex);
}

void gw_exchange_release(struct gw_exchange *ex)
{
    if (ex->streaming) {
        gw_exchange_stream_end(ex);
        return;
    }
    if (!ex->responded) {
        ex->responded = true;
        exchange_unhold(ex);
    }
}

size_t gw_exchange_pending(const struct gw_exchange *ex)
{
    return ex->pending ? evbuffer_get_length(ex->pending) : 0;
}

const char *gw_status_reason(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    }
    return "Unknown";
}
