/* generated from SaslAuthenticateRequest.json, SaslAuthenticateResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* SaslAuthenticate (ApiKey 36), versions 0-2. */
#ifndef SLUICE_MSG_SASL_AUTHENTICATE_H
#define SLUICE_MSG_SASL_AUTHENTICATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define SASL_AUTHENTICATE_API_KEY 36
#define SASL_AUTHENTICATE_MIN_VERSION 0
#define SASL_AUTHENTICATE_MAX_VERSION 2
#define SASL_AUTHENTICATE_FLEX_VERSION 2 /* first flexible version, -1 if none */

struct sasl_authenticate_req {
    struct kbytes auth_bytes; /* v0+: The SASL authentication bytes from the client, as defined by the SASL ... */
};

/* Set every field of x to its spec default. */
void sasl_authenticate_req_init(struct sasl_authenticate_req *x);
bool sasl_authenticate_req_is_default(const struct sasl_authenticate_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int sasl_authenticate_req_decode(struct kreader *r, struct arena *a, int16_t v, struct sasl_authenticate_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int sasl_authenticate_req_encode(struct kwriter *w, int16_t v, const struct sasl_authenticate_req *in);
/* Bytes sasl_authenticate_req_encode would write for version v. */
size_t sasl_authenticate_req_size(int16_t v, const struct sasl_authenticate_req *in);

struct sasl_authenticate_resp {
    int16_t error_code; /* v0+: The error code, or 0 if there was no error. */
    struct kstr error_message; /* v0+: The error message, or null if there was no error. */
    struct kbytes auth_bytes; /* v0+: The SASL authentication bytes from the server, as defined by the SASL ... */
    int64_t session_lifetime_ms; /* v1+: Number of milliseconds after which only re-authentication over the exi... */
};

/* Set every field of x to its spec default. */
void sasl_authenticate_resp_init(struct sasl_authenticate_resp *x);
bool sasl_authenticate_resp_is_default(const struct sasl_authenticate_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int sasl_authenticate_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct sasl_authenticate_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int sasl_authenticate_resp_encode(struct kwriter *w, int16_t v, const struct sasl_authenticate_resp *in);
/* Bytes sasl_authenticate_resp_encode would write for version v. */
size_t sasl_authenticate_resp_size(int16_t v, const struct sasl_authenticate_resp *in);

#endif
