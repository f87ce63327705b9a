/*
 * gateway.h - the Kinesis-compatible HTTP gateway, as the broker sees it.
 *
 * The gateway serves HTTP/1.1 and HTTP/2 (h2c prior knowledge, and h2 over
 * TLS with ALPN) on the broker's own libevent loop: it never starts threads
 * and every callback runs on the loop thread that owns broker state. Data
 * lives in partition logs reached through struct gw_backend (gw_backend.h).
 *
 * Configuration comes as `sluice.gateway.*` key/value strings (gw_config_set)
 * so it can share the broker's config file and --set overrides.
 */
#ifndef SLUICE_GATEWAY_H
#define SLUICE_GATEWAY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct event_base;
struct gw_backend;
struct gateway;

enum gw_auth_mode {
    GW_AUTH_SIGV4 = 0, /* verify every request's SigV4 signature */
    GW_AUTH_ANY,       /* accept any well-formed signature (local development) */
};

/* The longest sluice.gateway.status.delay.ms. */
#define GW_STATUS_MAX_DELAY_MS 60000

struct gw_credential {
    char *access_key;
    char *secret_key;
};

struct gw_config {
    char *listener;          /* "host:port"; empty or NULL disables plain HTTP */
    char *tls_listener;      /* "host:port"; empty or NULL disables TLS */
    char *tls_cert;          /* PEM certificate chain path */
    char *tls_key;           /* PEM private key path */
    enum gw_auth_mode auth;
    struct gw_credential *creds;
    size_t ncreds;
    char *region;            /* SigV4 scope region and ARN region */
    char *account_id;        /* 12 digits, used in ARNs */
    size_t max_body_bytes;   /* a request body over this is refused unread */
    size_t max_header_bytes; /* total request head (HTTP/1.1) or header list (HTTP/2) */
    uint32_t idle_timeout_ms;
    uint32_t max_connections;
    uint32_t h2_max_streams; /* SETTINGS_MAX_CONCURRENT_STREAMS */
    /* SubscribeToShard: how often a subscription polls its shard, and how
     * long one lives (AWS closes it after 5 minutes; the client resubscribes). */
    uint32_t subscribe_poll_ms;
    uint32_t subscribe_lifetime_ms;
    /* How long a stream stays CREATING after CreateStream and UPDATING
     * after a reshard before it reads ACTIVE (AWS takes seconds; clients
     * poll DescribeStream(Summary) or use the stream-exists waiter). 0: ACTIVE
     * at once. */
    uint32_t status_delay_ms;
    /* Where log lines go (one key=value line each, no trailing newline);
     * NULL: stderr with a "gateway: " prefix. Set by the broker, not by a
     * config key. */
    void (*log_fn)(void *arg, const char *line);
    void *log_arg;
};

/* Fill cfg with the defaults (listener 127.0.0.1:4566, auth sigv4, region
 * us-east-1, account 000000000000, max body 16 MiB, status delay 100 ms ...).
 * Returns 0 or -E_NOMEM. */
int gw_config_init(struct gw_config *cfg);
/* Free everything gw_config_init / gw_config_set allocated. */
void gw_config_destroy(struct gw_config *cfg);
/*
 * Apply one `sluice.gateway.*` setting. Keys without that prefix return
 * -E_NOTFOUND (so the broker can offer each key to every module); an unknown
 * gateway key or a bad value returns -E_INVAL with *why set to a static
 * explanation.
 */
int gw_config_set(struct gw_config *cfg, const char *key, const char *value, const char **why);

/*
 * Start the gateway on base. cfg is copied; backend is borrowed and must
 * outlive the gateway. On failure returns NULL with *err a negative status
 * (-E_INVAL for a bad address or TLS files, -E_IO when a port cannot be
 * bound, -E_NOMEM). Logs one start-up line per listener, and a warning line
 * when auth=any is active.
 */
struct gateway *gw_new(struct event_base *base, const struct gw_config *cfg,
                       struct gw_backend *backend, int *err);
/* Close listeners, every connection and subscription, and free the
 * gateway. Backend callbacks still outstanding must have run first (see
 * gw_backend.h). NULL is a no-op. */
void gw_free(struct gateway *gw);

/* Adopt an already connected socket (tests, socket activation). tls selects
 * the TLS server side (requires tls cert/key in the config). Takes ownership
 * of fd, closing it on failure. Returns 0 or a negative status. */
int gw_adopt_fd(struct gateway *gw, int fd, bool tls);
/* The port a listener is bound to (after "host:0"), or -1. */
int gw_listener_port(const struct gateway *gw, bool tls);
/* Number of open connections (tests and metrics). */
size_t gw_connection_count(const struct gateway *gw);
/* Replace the clock (tests): returns epoch milliseconds. NULL restores the
 * real clock. */
void gw_set_clock(struct gateway *gw, int64_t (*now_ms)(void *arg), void *arg);

#endif
