/*
 * gw_int.h - structures shared by the gateway's files and private to it.
 */
#ifndef SLUICE_GW_INT_H
#define SLUICE_GW_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "gateway/gateway.h"
#include "gateway/gw_http.h"

struct bufferevent;
struct event;
struct evconnlistener;
struct ssl_ctx_st;

/* Output above this stops a transport from producing more (le-proxy style
 * backpressure); the write callback resumes it below half. */
#define GW_OUT_HIGH_WATER (1u << 20)
/* Input buffered per connection at most (more when a request head may be
 * larger); body reads past libevent stop there too. */
#define GW_IN_HIGH_WATER (1u << 20)

typedef void (*gw_handler_fn)(struct gateway *gw, struct gw_exchange *ex);

struct gateway {
    struct event_base *base;
    struct gw_config cfg; /* our own copy */
    struct gw_backend *backend;
    struct evconnlistener *listener;
    struct evconnlistener *tls_listener;
    struct ssl_ctx_st *ssl_ctx;
    struct gw_conn *conns; /* doubly linked */
    size_t nconns;
    gw_handler_fn handler; /* gw_api_handle, or a test's */
    int64_t (*now_ms)(void *arg);
    void *clock_arg;
    uint8_t iter_key[32]; /* HMAC key for shard iterators, random per process */
    struct gw_api *api;   /* operation state (subscriptions) */
};

int64_t gw_now_ms(const struct gateway *gw);
/* Test hook: route complete requests to fn instead of the Kinesis API. */
void gw_set_handler(struct gateway *gw, gw_handler_fn fn);
/* Copy a configuration (deep). */
int gw_config_copy(struct gw_config *dst, const struct gw_config *src);

/* One log line of key=value text: to cfg.log_fn, else "gateway: ..." on
 * stderr. No secrets or payloads. */
void gw_log(const struct gateway *gw, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---------------------------------------------------------- connections */

enum gw_conn_state {
    GW_CONN_SNIFF, /* waiting for enough bytes to tell HTTP/1.1 from h2 */
    GW_CONN_H1,
    GW_CONN_H2,
    GW_CONN_CLOSING, /* flushing the last bytes, then free */
};

struct gw_conn;

/* What a protocol (HTTP/1.1 or HTTP/2) supplies to the connection layer. */
struct gw_proto {
    const char *name;
    /* New input is in bev's input buffer. */
    void (*on_read)(struct gw_conn *c);
    /* Output fell below the low watermark. */
    void (*on_write)(struct gw_conn *c);
    int (*respond)(struct gw_conn *c, struct gw_exchange *ex, const struct gw_response *resp);
    int (*stream_start)(struct gw_conn *c, struct gw_exchange *ex, const struct gw_response *resp);
    /* ex->pending gained bytes or the stream ended. */
    void (*stream_kick)(struct gw_conn *c, struct gw_exchange *ex);
    /* True while requests are in flight (the idle timer must not fire). */
    bool (*busy)(struct gw_conn *c);
    /* Cancel exchanges and free protocol state. */
    void (*destroy)(struct gw_conn *c);
};

struct gw_conn {
    struct gateway *gw;
    struct gw_conn *prev, *next;
    struct bufferevent *bev;
    struct event *idle_ev;
    enum gw_conn_state state;
    bool tls;
    int depth;          /* nesting of our own callbacks */
    bool free_pending;  /* gw_conn_close was called inside a callback */
    bool close_after_flush;
    bool peer_eof;      /* the peer closed its side; answer what is in flight */
    int rcvlowat;       /* the socket's SO_RCVLOWAT as last set (0 = never set) */
    const struct gw_proto *proto;
    void *pstate;
    char peer[64];
};

/* Take a connected bufferevent (plain or TLS) under management. */
int gw_conn_new(struct gateway *gw, struct bufferevent *bev, bool tls, const char *peer);
/* The only teardown path. Deferred when called inside the connection's own
 * callbacks (depth > 0). */
void gw_conn_close(struct gw_conn *c);
/* Close once the output buffer has drained (an error response's last bytes). */
void gw_conn_close_after_flush(struct gw_conn *c);
/* Callback bracketing: leave frees the connection if a close was deferred.
 * Returns false when the connection is gone or closing. */
void gw_conn_enter(struct gw_conn *c);
bool gw_conn_leave(struct gw_conn *c);
/* Restart the idle timer. */
void gw_conn_touch(struct gw_conn *c);
/* The protocol knows n more bytes are coming (the rest of a body): ask the
 * kernel to wake us once they are all there (0 = wake on any byte). */
void gw_conn_expect_bytes(struct gw_conn *c, size_t n);
/* Read up to n bytes of a body of known length straight from the socket
 * into buf. Returns the bytes read (0 on TLS or when none are waiting;
 * sets peer_eof at end of stream) or -1 on a socket error. */
ssize_t gw_conn_read_direct(struct gw_conn *c, void *buf, size_t n);
/* Hand a complete request to the gateway's handler. */
void gw_conn_dispatch(struct gw_conn *c, struct gw_exchange *ex);

/* Exchanges (gw_exchange.c). */
struct gw_exchange *gw_exchange_new(struct gw_conn *c, int32_t stream_id);
/* The transport's hold ends (response queued, or connection/stream gone:
 * cancel says which). */
void gw_exchange_detach(struct gw_exchange *ex, bool cancel);

/* Protocols. */
extern const struct gw_proto gw_proto_h1;
extern const struct gw_proto gw_proto_h2;
int gw_h1_init(struct gw_conn *c);
/* Start HTTP/2 on c; the preface is still in the input buffer. */
int gw_h2_init(struct gw_conn *c);
/* Switch an HTTP/1.1 connection to h2c after its 101 (RFC 7540 3.2): ex,
 * the request that asked, becomes stream 1 and is dispatched. settings is
 * the decoded HTTP2-Settings payload. On failure ex is still the caller's. */
int gw_h2_upgrade(struct gw_conn *c, const uint8_t *settings, size_t len,
                  struct gw_exchange *ex);

/* TLS (gw_tls.c). */
int gw_tls_ctx_new(struct gateway *gw, const char *cert, const char *key);
void gw_tls_ctx_free(struct gateway *gw);
/* Wrap fd in a server-side TLS bufferevent. */
struct bufferevent *gw_tls_bev_new(struct gateway *gw, int fd);
/* The ALPN protocol the TLS handshake selected ("h2"...), or NULL. */
const char *gw_tls_alpn(struct bufferevent *bev, char *buf, size_t cap);

/* The Kinesis API (gw_api.c). */
int gw_api_new(struct gateway *gw);
void gw_api_free(struct gateway *gw);
void gw_api_handle(struct gateway *gw, struct gw_exchange *ex);

#endif
