/*
 * gw_harness.h - a gateway on a private event base with the in-memory
 * backend, clients on socketpairs, and a loop stepped a bounded number of
 * times (no sleeps).
 */
#ifndef SLUICE_TESTS_GW_HARNESS_H
#define SLUICE_TESTS_GW_HARNESS_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mem_backend.h"

struct event_base;
struct gateway;

struct harness {
    struct event_base *base;
    struct mem_backend *mem;
    struct gateway *gw;
    int64_t now_ms;
    int fd; /* the default client connection */
    char log[4096]; /* the gateway's log lines, newline-separated */
};

struct hresp {
    int status;
    char head[8192];
    uint8_t *body; /* malloc'd, NUL-terminated */
    size_t body_len;
    bool closed; /* the server closed the connection */
};

/* settings: NULL-terminated "key=value" overrides; the listener is off,
 * auth is "any" and status.delay.ms is 0 unless overridden. */
void hx_init(struct harness *h, const char *const *settings);
void hx_fini(struct harness *h);
void hx_set_now(struct harness *h, int64_t now_ms);
/* A new client connection (server side adopted). */
int hx_connect(struct harness *h);
/* Step the loop `rounds` times without blocking. */
void hx_pump(struct harness *h, int rounds);
/* Send raw bytes (all of them, pumping as needed). */
void hx_send(struct harness *h, int fd, const void *p, size_t n);
/* Read one HTTP/1.1 response from fd, pumping at most `rounds` times.
 * Returns 0 on a complete response, -1 otherwise (out->closed tells EOF). */
int hx_read_response(struct harness *h, int fd, struct hresp *out, int rounds);
void hresp_free(struct hresp *r);
/* A response header value (case-insensitive name), copied into buf. */
const char *hresp_header(const struct hresp *r, const char *name, char *buf, size_t cap);

/* A Kinesis call over HTTP/1.1 on h->fd with a well-formed (auth=any)
 * signature. Returns the parsed JSON body (NULL if empty) and the status. */
json_t *hx_call(struct harness *h, const char *op, const char *json_body, int *status);
/* Same with any content type and raw body. */
int hx_call_raw(struct harness *h, const char *op, const char *ctype, const void *body,
                size_t len, struct hresp *out);
/* "__type" of an error body, or "" */
const char *hx_type(json_t *j);



/* printf-style body; asserts the status when want_status != 0. Returns
 * the parsed body (may be NULL for an empty one). */
json_t *hx_callf(struct harness *h, int want_status, const char *op, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Expect an error: asserts status 400 and the __type; frees the body. */
void hx_expect_error(struct harness *h, const char *type, const char *op, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
#endif
