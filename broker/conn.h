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
    int in_callback;       /* depth; a close inside defers the free */
    bool free_pending;
    uint64_t requests;     /* served, for the log */
};

/* Take over an accepted socket. Returns NULL (and closes fd) on failure. */
struct conn *conn_new(struct broker *b, int fd, const char *peer);
/* The only teardown path: logs `reason`, orphans parked requests, frees
 * the connection now or when its current callback returns. */
void conn_close(struct conn *c, const char *reason);
/* A request of this connection is done: send what can be sent in order. */
void conn_response_ready(struct conn *c);
/* Close connections idle longer than connections.max.idle.ms. */
void conn_sweep_idle(struct broker *b);

#endif
