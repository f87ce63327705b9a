/*
 * conn.h - one client connection: framing, ordered responses, limits.
 */
#ifndef SLUICE_CONN_H
#define SLUICE_CONN_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/queue.h>

#include "broker/request.h"

struct broker;
struct bufferevent;

enum conn_state {
    CONN_READING,  /* accepting request frames */
    CONN_PAUSED,   /* too many requests in flight or output too full */
    CONN_DRAINING, /* protocol violation: answering earlier requests, then close */
    CONN_CLOSING,  /* torn down; freed when no callback is running */
};

struct conn {
    struct broker *b;
    TAILQ_ENTRY(conn) link;
    struct bufferevent *bev;
    uint64_t id;
    char peer[64];
    enum conn_state state;
    TAILQ_HEAD(, request) inflight; /* arrival order; responses leave in it */
    int ninflight;
    int64_t last_active_ms;
    int64_t frame_started_ms; /* first byte of an incomplete frame; 0 = none */
    int in_callback;       /* depth; a close inside defers the free */
    bool free_pending;
    const char *drain_reason;  /* DRAINING: the close reason (static string) */
    int64_t drain_deadline_ms; /* DRAINING: close by then whatever is unsent */
    uint64_t requests;     /* served, for the log */
};

/* Take over an accepted socket. Returns NULL (and closes fd) on failure. */
struct conn *conn_new(struct broker *b, int fd, const char *peer);
/* The only teardown path: logs `reason`, orphans parked requests, frees
 * the connection now or when its current callback returns. */
void conn_close(struct conn *c, const char *reason);
/* Stop reading and drop unread input, send the answers of the requests
 * that came before, then close with `reason` (a static string) - at once
 * when nothing is pending, at the latest after a short linger. For
 * protocol violations. */
void conn_close_after_flush(struct conn *c, const char *reason);
/* A request of this connection is done: send what can be sent in order. */
void conn_response_ready(struct conn *c);
/* Close connections idle longer than connections.max.idle.ms, and those
 * whose current frame started arriving longer ago than that (slowloris). */
void conn_sweep_idle(struct broker *b);

#endif
