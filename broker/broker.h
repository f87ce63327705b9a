/*
 * broker.h - the one struct broker that owns all broker state, and the
 * pieces every handler reaches for. Only the event-loop thread touches it.
 */
#ifndef SLUICE_BROKER_H
#define SLUICE_BROKER_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/queue.h>

#include "broker/config.h"
#include "protocol/records.h"

struct event_base;
struct event;
struct conn;
struct listener;
struct store;
struct coordinator;
struct gateway;
struct gw_backend;
struct purgatory;
struct parts;

struct broker {
    struct event_base *base;
    struct config cfg;

    int32_t node_id;
    char cluster_id[32];      /* 22-char base64 UUID, stable across restarts */
    char *advertised_host;
    int advertised_port;

    struct listener *listeners;
    TAILQ_HEAD(, conn) conns;
    size_t nconns;
    uint64_t next_conn_id;

    struct store *store;
    struct purgatory *purgatory;
    struct coordinator *coord;
    struct parts *parts;
    struct gateway *gateway;
    struct gw_backend *gw_backend; /* the gateway's view of storage */
    struct rb_scratch rb_scratch; /* record validation buffers (loop thread) */

    struct event *sig_int;
    struct event *sig_term;
    struct event *tick;
    struct event *completions;
    bool stopping;
    int64_t stop_deadline_ms;

    /* Limits read once from the configuration. */
    int64_t socket_request_max_bytes;
    int64_t message_max_bytes;
    int64_t idle_ms;
    int max_inflight;
    bool auto_create_topics;
    int32_t default_partitions;
};

/* Monotonic milliseconds, for timers and durations. */
int64_t now_ms(void);
/* Wall-clock milliseconds since the epoch, for timestamps. */
int64_t wall_ms(void);

#endif
