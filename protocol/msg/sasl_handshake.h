/* generated from SaslHandshakeRequest.json, SaslHandshakeResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* SaslHandshake (ApiKey 17), versions 0-1. */
#ifndef SLUICE_MSG_SASL_HANDSHAKE_H
#define SLUICE_MSG_SASL_HANDSHAKE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define SASL_HANDSHAKE_API_KEY 17
#define SASL_HANDSHAKE_MIN_VERSION 0
#define SASL_HANDSHAKE_MAX_VERSION 1
#define SASL_HANDSHAKE_FLEX_VERSION -1 /* first flexible version, -1 if none */

struct sasl_handshake_req {
    struct kstr mechanism; /* v0+: The SASL mechanism chosen by the client. */
};

/* Set every field of x to its spec default. */
void sasl_handshake_req_init(struct sasl_handshake_req *x);
bool sasl_handshake_req_is_default(const struct sasl_handshake_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int sasl_handshake_req_decode(struct kreader *r, struct arena *a, int16_t v, struct sasl_handshake_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int sasl_handshake_req_encode(struct kwriter *w, int16_t v, const struct sasl_handshake_req *in);
/* Bytes sasl_handshake_req_encode would write for version v. */
size_t sasl_handshake_req_size(int16_t v, const struct sasl_handshake_req *in);

struct sasl_handshake_resp {
    int16_t error_code; /* v0+: The error code, or 0 if there was no error. */
    struct kstr *mechanisms; /* v0+: The mechanisms enabled in the server. */
    int32_t mechanisms_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void sasl_handshake_resp_init(struct sasl_handshake_resp *x);
bool sasl_handshake_resp_is_default(const struct sasl_handshake_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int sasl_handshake_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct sasl_handshake_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int sasl_handshake_resp_encode(struct kwriter *w, int16_t v, const struct sasl_handshake_resp *in);
/* Bytes sasl_handshake_resp_encode would write for version v. */
size_t sasl_handshake_resp_size(int16_t v, const struct sasl_handshake_resp *in);

#endif
