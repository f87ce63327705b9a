/* generated from AddOffsetsToTxnRequest.json, AddOffsetsToTxnResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* AddOffsetsToTxn (ApiKey 25), versions 0-4. */
#ifndef SLUICE_MSG_ADD_OFFSETS_TO_TXN_H
#define SLUICE_MSG_ADD_OFFSETS_TO_TXN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define ADD_OFFSETS_TO_TXN_API_KEY 25
#define ADD_OFFSETS_TO_TXN_MIN_VERSION 0
#define ADD_OFFSETS_TO_TXN_MAX_VERSION 4
#define ADD_OFFSETS_TO_TXN_FLEX_VERSION 3 /* first flexible version, -1 if none */

struct add_offsets_to_txn_req {
    struct kstr transactional_id; /* v0+: The transactional id corresponding to the transaction. */
    int64_t producer_id; /* v0+: Current producer id in use by the transactional id. */
    int16_t producer_epoch; /* v0+: Current epoch associated with the producer id. */
    struct kstr group_id; /* v0+: The unique group identifier. */
};

/* Set every field of x to its spec default. */
void add_offsets_to_txn_req_init(struct add_offsets_to_txn_req *x);
bool add_offsets_to_txn_req_is_default(const struct add_offsets_to_txn_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int add_offsets_to_txn_req_decode(struct kreader *r, struct arena *a, int16_t v, struct add_offsets_to_txn_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int add_offsets_to_txn_req_encode(struct kwriter *w, int16_t v, const struct add_offsets_to_txn_req *in);
/* Bytes add_offsets_to_txn_req_encode would write for version v. */
size_t add_offsets_to_txn_req_size(int16_t v, const struct add_offsets_to_txn_req *in);

struct add_offsets_to_txn_resp {
    int32_t throttle_time_ms; /* v0+: Duration in milliseconds for which the request was throttled due to a ... */
    int16_t error_code; /* v0+: The response error code, or 0 if there was no error. */
};

/* Set every field of x to its spec default. */
void add_offsets_to_txn_resp_init(struct add_offsets_to_txn_resp *x);
bool add_offsets_to_txn_resp_is_default(const struct add_offsets_to_txn_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int add_offsets_to_txn_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct add_offsets_to_txn_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int add_offsets_to_txn_resp_encode(struct kwriter *w, int16_t v, const struct add_offsets_to_txn_resp *in);
/* Bytes add_offsets_to_txn_resp_encode would write for version v. */
size_t add_offsets_to_txn_resp_size(int16_t v, const struct add_offsets_to_txn_resp *in);

#endif
