/*
 * h2_client.h - a minimal HTTP/2 client on an nghttp2 client session for
 * the gateway tests: prior-knowledge h2c over a socketpair, driven by
 * stepping the harness loop.
 */
#ifndef SLUICE_TESTS_H2_CLIENT_H
#define SLUICE_TESTS_H2_CLIENT_H

#include <nghttp2/nghttp2.h>
#include <stdbool.h>

#include "gw_harness.h"

#define H2C_MAX_STREAMS 32

struct h2c_stream {
    int32_t id;
    int status;
    char content_type[128];
    uint8_t *body;
    size_t len, cap;
    bool closed;
    uint32_t error_code;
    uint8_t *req; /* request body copy, freed by h2c_free */
    size_t req_len, req_at;
};

struct h2c {
    nghttp2_session *s;
    struct harness *h;
    int fd;
    bool eof;
    struct h2c_stream streams[H2C_MAX_STREAMS];
    int n;
};

/* window: the client's initial stream window (0 = nghttp2 default). */
void h2c_init(struct h2c *c, struct harness *h, int fd, uint32_t window);
void h2c_free(struct h2c *c);
/* A request; headers as NULL-terminated name, value pairs. */
int32_t h2c_request(struct h2c *c, const char *method, const char *path,
                    const char *const *headers, const void *body, size_t len);
/* A Kinesis call (auth=any signature headers included). */
int32_t h2c_kinesis(struct h2c *c, const char *op, const char *ctype, const void *body,
                    size_t len);
/* Exchange bytes and step the server loop `rounds` times. */
void h2c_pump(struct h2c *c, int rounds);
/* Pump until stream id is closed or rounds run out. */
struct h2c_stream *h2c_wait(struct h2c *c, int32_t id, int rounds);
struct h2c_stream *h2c_stream(struct h2c *c, int32_t id);

#endif
