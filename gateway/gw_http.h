/*
 * gw_http.h - requests, responses and streamed responses, independent of the
 * HTTP version that carried them.
 *
 * The transport (gw_http1.c or gw_http2.c) builds a struct gw_exchange when a
 * request is complete and hands it to the gateway's handler. The handler
 * answers once with gw_exchange_respond(), now or later on the loop, or (on
 * HTTP/2 only) opens a streamed response with gw_exchange_stream_start() and
 * sends chunks over time.
 *
 * Lifetime: an exchange is held by the transport and by the handler. The
 * handler's hold ends when it responds, ends a stream, or calls
 * gw_exchange_release(). The transport's hold ends when the response has
 * been queued, or when the connection or stream goes away first; the handler
 * then learns it through on_cancel (if set) and must still release. The
 * exchange and its arena are freed when both holds are gone.
 */
#ifndef SLUICE_GW_HTTP_H
#define SLUICE_GW_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"

struct gw_conn;
struct gw_exchange;
struct evbuffer;

/* Header names are lower-case; values are as received (OWS trimmed). */
struct gw_header {
    const char *name;
    const char *value;
};

struct gw_request {
    const char *method;
    const char *path;  /* request-target path, before any '?' (still %-encoded) */
    const char *query; /* after '?', "" when none (still %-encoded) */
    const char *authority; /* Host header or :authority, or NULL */
    struct gw_header *headers;
    size_t nheaders;
    const uint8_t *body;
    size_t body_len;
    int http_version; /* 11 (1.0 requests are served as 1.1 responses) or 20 */
};

/* The first header with that (lower-case) name, or NULL. */
const char *gw_request_header(const struct gw_request *req, const char *name);

#define GW_RESP_MAX_HEADERS 8

struct gw_response {
    int status;
    const char *content_type; /* NULL: none */
    struct gw_header headers[GW_RESP_MAX_HEADERS];
    size_t nheaders;
    const uint8_t *body; /* borrowed until gw_exchange_respond returns, */
    size_t body_len;
    bool body_malloced;  /* ... unless set: then respond owns it and frees it
                          * once sent (no copy of multi-MiB answers) */
};

/* Transports: append resp's body to out, by reference when it is
 * malloc'd (ownership moves to out), else by copy. Returns 0 or -E_NOMEM. */
int gw_exchange_add_body(struct gw_exchange *ex, struct evbuffer *out,
                         const struct gw_response *resp);

/* Adds a header (both strings borrowed until respond). -E_TOOBIG when full. */
int gw_response_add_header(struct gw_response *resp, const char *name, const char *value);

typedef void (*gw_exchange_cb)(struct gw_exchange *ex, void *arg);

struct gw_exchange {
    struct arena arena; /* request lifetime: the request and scratch */
    struct gw_request req;
    struct gw_conn *conn; /* NULL once the transport is gone */
    int32_t stream_id;    /* HTTP/2 stream, 0 on HTTP/1.1 */
    int holds;            /* transport + handler */
    bool responded;       /* respond or stream_start was called */
    bool streaming;
    bool stream_ended;
    bool cancelled;
    bool body_taken; /* a malloc'd response body went to the transport */
    /* Streamed response state (HTTP/2): bytes waiting for the peer's window. */
    struct evbuffer *pending;
    size_t pending_max;
    gw_exchange_cb on_cancel;   /* the peer went away */
    gw_exchange_cb on_writable; /* pending dropped below half of pending_max */
    void *cb_arg;
    void *handler_data; /* free for the handler's use */
};

/* Queue a complete response and end the handler's hold. Returns 0, or
 * -E_INVAL when the exchange already responded. A cancelled exchange
 * accepts the call and drops the response. */
int gw_exchange_respond(struct gw_exchange *ex, const struct gw_response *resp);
/* Start a streamed response (HTTP/2 only: -E_UNSUPPORTED on HTTP/1.1).
 * resp->body is ignored. pending_max bounds the bytes waiting to be sent. */
int gw_exchange_stream_start(struct gw_exchange *ex, const struct gw_response *resp,
                             size_t pending_max);
/* Queue a chunk. -E_AGAIN when pending would pass pending_max (nothing
 * queued; wait for on_writable), -E_IO when cancelled. */
int gw_exchange_stream_send(struct gw_exchange *ex, const void *data, size_t len);
/* End the stream and the handler's hold. */
void gw_exchange_stream_end(struct gw_exchange *ex);
/* End the handler's hold without responding (after on_cancel). */
void gw_exchange_release(struct gw_exchange *ex);
/* Bytes queued and not yet taken by the transport. */
size_t gw_exchange_pending(const struct gw_exchange *ex);

/* The reason phrase for a status code ("OK", "Bad Request" ...). */
const char *gw_status_reason(int status);

#endif
