/* generated from RequestHeader.json, ResponseHeader.json by protocol/gen/gen.py; do not edit (make regen). */
#ifndef SLUICE_MSG_HEADER_H
#define SLUICE_MSG_HEADER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

struct request_header {
    int16_t request_api_key; /* v0+: The API key of this request. */
    int16_t request_api_version; /* v0+: The API version of this request. */
    int32_t correlation_id; /* v0+: The correlation ID of this request. */
    struct kstr client_id; /* v1+: The client ID string. */
};

/* Set every field of x to its spec default. */
void request_header_init(struct request_header *x);
bool request_header_is_default(const struct request_header *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int request_header_decode(struct kreader *r, struct arena *a, int16_t v, struct request_header *out);
/* Append version v of in to w. Returns 0 or w->err. */
int request_header_encode(struct kwriter *w, int16_t v, const struct request_header *in);
/* Bytes request_header_encode would write for version v. */
size_t request_header_size(int16_t v, const struct request_header *in);

struct response_header {
    int32_t correlation_id; /* v0+: The correlation ID of this response. */
};

/* Set every field of x to its spec default. */
void response_header_init(struct response_header *x);
bool response_header_is_default(const struct response_header *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int response_header_decode(struct kreader *r, struct arena *a, int16_t v, struct response_header *out);
/* Append version v of in to w. Returns 0 or w->err. */
int response_header_encode(struct kwriter *w, int16_t v, const struct response_header *in);
/* Bytes response_header_encode would write for version v. */
size_t response_header_size(int16_t v, const struct response_header *in);

#endif
