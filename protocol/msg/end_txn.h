/* generated from EndTxnRequest.json, EndTxnResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* EndTxn (ApiKey 26), versions 0-4. */
#ifndef SLUICE_MSG_END_TXN_H
#define SLUICE_MSG_END_TXN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define END_TXN_API_KEY 26
#define END_TXN_MIN_VERSION 0
#define END_TXN_MAX_VERSION 4
#define END_TXN_FLEX_VERSION 3 /* first flexible version, -1 if none */

struct end_txn_req {
    struct kstr transactional_id; /* v0+: The ID of the transaction to end. */
    int64_t producer_id; /* v0+: The producer ID. */
    int16_t producer_epoch; /* v0+: The current epoch associated with the producer. */
    bool committed; /* v0+: True if the transaction was committed, false if it was aborted. */
};

/* Set every field of x to its spec default. */
void end_txn_req_init(struct end_txn_req *x);
bool end_txn_req_is_default(const struct end_txn_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int end_txn_req_decode(struct kreader *r, struct arena *a, int16_t v, struct end_txn_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int end_txn_req_encode(struct kwriter *w, int16_t v, const struct end_txn_req *in);
/* Bytes end_txn_req_encode would write for version v. */
size_t end_txn_req_size(int16_t v, const struct end_txn_req *in);

struct end_txn_resp {
    int32_t throttle_time_ms; /* v0+: The duration in milliseconds for which the request was throttled due t... */
    int16_t error_code; /* v0+: The error code, or 0 if there was no error. */
};

/* Set every field of x to its spec default. */
void end_txn_resp_init(struct end_txn_resp *x);
bool end_txn_resp_is_default(const struct end_txn_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int end_txn_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct end_txn_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int end_txn_resp_encode(struct kwriter *w, int16_t v, const struct end_txn_resp *in);
/* Bytes end_txn_resp_encode would write for version v. */
size_t end_txn_resp_size(int16_t v, const struct end_txn_resp *in);

#endif
