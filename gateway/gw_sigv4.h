/*
 * gw_sigv4.h - AWS Signature Version 4 verification of a received request.
 *
 * The canonical request is rebuilt from what arrived (method, path, query,
 * the headers the client listed in SignedHeaders, the body hash), the
 * string to sign from it, and the signature from the secret of the access
 * key named in the credential scope. Rules follow the AWS General Reference
 * "Create a canonical request for Signature Version 4" and "Elements of an
 * AWS API request signature" pages, checked against AWS's published test
 * suite vectors (tests/gateway/test_gw_sigv4.c).
 */
#ifndef SLUICE_GW_SIGV4_H
#define SLUICE_GW_SIGV4_H

#include <stdbool.h>
#include <stdint.h>

#include "gateway/gateway.h"
#include "gateway/gw_err.h"
#include "gateway/gw_http.h"
#include "protocol/kbuf.h"

#define GW_SIGV4_MAX_SKEW_MS (5 * 60 * 1000)

struct gw_sigv4_params {
    const char *service;  /* "kinesis" */
    const char *region;   /* required scope region, or NULL for any */
    int64_t now_ms;
    enum gw_auth_mode mode; /* GW_AUTH_ANY: parse, but trust any signature */
    const struct gw_credential *creds;
    size_t ncreds;
    bool require_target; /* x-amz-target must be signed (the API always; vectors not) */
};

/*
 * Verify req. Returns 0 and sets *access_key (borrowed from req's arena or
 * params) on success; otherwise fills err with the exception AWS uses
 * (MissingAuthenticationToken, IncompleteSignature, InvalidSignature,
 * UnrecognizedClient) and returns -E_INVAL. The arena holds scratch.
 */
int gw_sigv4_verify(struct arena *a, const struct gw_request *req,
                    const struct gw_sigv4_params *p, const char **access_key,
                    struct gw_err *err);

/* Build the canonical request for signed_headers ("host;x-amz-date") and
 * payload hash (hex) into w. Exposed for tests. Returns 0 or -E_INVAL when
 * a signed header is missing from the request. */
int gw_sigv4_canonical_request(const struct gw_request *req, const char *signed_headers,
                               const char *payload_hash, struct kwriter *w);
/* Derive the signing key and sign string_to_sign: 64 hex chars into out. */
int gw_sigv4_sign(const char *secret, const char *date8, const char *region,
                  const char *service, const char *string_to_sign, char out[65]);
/* The derived signing key (tests pin it against AWS's published example). */
int gw_sigv4_signing_key(const char *secret, const char *date8, const char *region,
                         const char *service, uint8_t out[32]);

#endif
