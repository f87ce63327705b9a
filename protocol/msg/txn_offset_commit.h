/* generated from TxnOffsetCommitRequest.json, TxnOffsetCommitResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* TxnOffsetCommit (ApiKey 28), versions 0-4. */
#ifndef SLUICE_MSG_TXN_OFFSET_COMMIT_H
#define SLUICE_MSG_TXN_OFFSET_COMMIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define TXN_OFFSET_COMMIT_API_KEY 28
#define TXN_OFFSET_COMMIT_MIN_VERSION 0
#define TXN_OFFSET_COMMIT_MAX_VERSION 4
#define TXN_OFFSET_COMMIT_FLEX_VERSION 3 /* first flexible version, -1 if none */

struct txn_offset_commit_req_txn_offset_commit_request_partition {
    int32_t partition_index; /* v0+: The index of the partition within the topic. */
    int64_t committed_offset; /* v0+: The message offset to be committed. */
    int32_t committed_leader_epoch; /* v2+: The leader epoch of the last consumed record. */
    struct kstr committed_metadata; /* v0+: Any associated metadata the client wants to keep. */
};

struct txn_offset_commit_req_txn_offset_commit_request_topic {
    struct kstr name; /* v0+: The topic name. */
    struct txn_offset_commit_req_txn_offset_commit_request_partition *partitions; /* v0+: The partitions inside the topic that we want to commit offsets for. */
    int32_t partitions_count; /* -1 = null */
};

struct txn_offset_commit_req {
    struct kstr transactional_id; /* v0+: The ID of the transaction. */
    struct kstr group_id; /* v0+: The ID of the group. */
    int64_t producer_id; /* v0+: The current producer ID in use by the transactional ID. */
    int16_t producer_epoch; /* v0+: The current epoch associated with the producer ID. */
    int32_t generation_id; /* v3+: The generation of the consumer. */
    struct kstr member_id; /* v3+: The member ID assigned by the group coordinator. */
    struct kstr group_instance_id; /* v3+: The unique identifier of the consumer instance provided by end user. */
    struct txn_offset_commit_req_txn_offset_commit_request_topic *topics; /* v0+: Each topic that we want to commit offsets for. */
    int32_t topics_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void txn_offset_commit_req_txn_offset_commit_request_partition_init(struct txn_offset_commit_req_txn_offset_commit_request_partition *x);
bool txn_offset_commit_req_txn_offset_commit_request_partition_is_default(const struct txn_offset_commit_req_txn_offset_commit_request_partition *x);
/* Set every field of x to its spec default. */
void txn_offset_commit_req_txn_offset_commit_request_topic_init(struct txn_offset_commit_req_txn_offset_commit_request_topic *x);
bool txn_offset_commit_req_txn_offset_commit_request_topic_is_default(const struct txn_offset_commit_req_txn_offset_commit_request_topic *x);
/* Set every field of x to its spec default. */
void txn_offset_commit_req_init(struct txn_offset_commit_req *x);
bool txn_offset_commit_req_is_default(const struct txn_offset_commit_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int txn_offset_commit_req_decode(struct kreader *r, struct arena *a, int16_t v, struct txn_offset_commit_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int txn_offset_commit_req_encode(struct kwriter *w, int16_t v, const struct txn_offset_commit_req *in);
/* Bytes txn_offset_commit_req_encode would write for version v. */
size_t txn_offset_commit_req_size(int16_t v, const struct txn_offset_commit_req *in);

struct txn_offset_commit_resp_txn_offset_commit_response_partition {
    int32_t partition_index; /* v0+: The partition index. */
    int16_t error_code; /* v0+: The error code, or 0 if there was no error. */
};

struct txn_offset_commit_resp_txn_offset_commit_response_topic {
    struct kstr name; /* v0+: The topic name. */
    struct txn_offset_commit_resp_txn_offset_commit_response_partition *partitions; /* v0+: The responses for each partition in the topic. */
    int32_t partitions_count; /* -1 = null */
};

struct txn_offset_commit_resp {
    int32_t throttle_time_ms; /* v0+: The duration in milliseconds for which the request was throttled due t... */
    struct txn_offset_commit_resp_txn_offset_commit_response_topic *topics; /* v0+: The responses for each topic. */
    int32_t topics_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void txn_offset_commit_resp_txn_offset_commit_response_partition_init(struct txn_offset_commit_resp_txn_offset_commit_response_partition *x);
bool txn_offset_commit_resp_txn_offset_commit_response_partition_is_default(const struct txn_offset_commit_resp_txn_offset_commit_response_partition *x);
/* Set every field of x to its spec default. */
void txn_offset_commit_resp_txn_offset_commit_response_topic_init(struct txn_offset_commit_resp_txn_offset_commit_response_topic *x);
bool txn_offset_commit_resp_txn_offset_commit_response_topic_is_default(const struct txn_offset_commit_resp_txn_offset_commit_response_topic *x);
/* Set every field of x to its spec default. */
void txn_offset_commit_resp_init(struct txn_offset_commit_resp *x);
bool txn_offset_commit_resp_is_default(const struct txn_offset_commit_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int txn_offset_commit_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct txn_offset_commit_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int txn_offset_commit_resp_encode(struct kwriter *w, int16_t v, const struct txn_offset_commit_resp *in);
/* Bytes txn_offset_commit_resp_encode would write for version v. */
size_t txn_offset_commit_resp_size(int16_t v, const struct txn_offset_commit_resp *in);

#endif
