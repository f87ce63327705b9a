/* generated from WriteTxnMarkersRequest.json, WriteTxnMarkersResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* WriteTxnMarkers (ApiKey 27), versions 0-1. */
#ifndef SLUICE_MSG_WRITE_TXN_MARKERS_H
#define SLUICE_MSG_WRITE_TXN_MARKERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define WRITE_TXN_MARKERS_API_KEY 27
#define WRITE_TXN_MARKERS_MIN_VERSION 0
#define WRITE_TXN_MARKERS_MAX_VERSION 1
#define WRITE_TXN_MARKERS_FLEX_VERSION 1 /* first flexible version, -1 if none */

struct write_txn_markers_req_writable_txn_marker_topic {
    struct kstr name; /* v0+: The topic name. */
    int32_t *partition_indexes; /* v0+: The indexes of the partitions to write transaction markers for. */
    int32_t partition_indexes_count; /* -1 = null */
};

struct write_txn_markers_req_writable_txn_marker {
    int64_t producer_id; /* v0+: The current producer ID. */
    int16_t producer_epoch; /* v0+: The current epoch associated with the producer ID. */
    bool transaction_result; /* v0+: The result of the transaction to write to the partitions (false = ABOR... */
    struct write_txn_markers_req_writable_txn_marker_topic *topics; /* v0+: Each topic that we want to write transaction marker(s) for. */
    int32_t topics_count; /* -1 = null */
    int32_t coordinator_epoch; /* v0+: Epoch associated with the transaction state partition hosted by this t... */
};

struct write_txn_markers_req {
    struct write_txn_markers_req_writable_txn_marker *markers; /* v0+: The transaction markers to be written. */
    int32_t markers_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void write_txn_markers_req_writable_txn_marker_topic_init(struct write_txn_markers_req_writable_txn_marker_topic *x);
bool write_txn_markers_req_writable_txn_marker_topic_is_default(const struct write_txn_markers_req_writable_txn_marker_topic *x);
/* Set every field of x to its spec default. */
void write_txn_markers_req_writable_txn_marker_init(struct write_txn_markers_req_writable_txn_marker *x);
bool write_txn_markers_req_writable_txn_marker_is_default(const struct write_txn_markers_req_writable_txn_marker *x);
/* Set every field of x to its spec default. */
void write_txn_markers_req_init(struct write_txn_markers_req *x);
bool write_txn_markers_req_is_default(const struct write_txn_markers_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int write_txn_markers_req_decode(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int write_txn_markers_req_encode(struct kwriter *w, int16_t v, const struct write_txn_markers_req *in);
/* Bytes write_txn_markers_req_encode would write for version v. */
size_t write_txn_markers_req_size(int16_t v, const struct write_txn_markers_req *in);

struct write_txn_markers_resp_writable_txn_marker_partition_result {
    int32_t partition_index; /* v0+: The partition index. */
    int16_t error_code; /* v0+: The error code, or 0 if there was no error. */
};

struct write_txn_markers_resp_writable_txn_marker_topic_result {
    struct kstr name; /* v0+: The topic name. */
    struct write_txn_markers_resp_writable_txn_marker_partition_result *partitions; /* v0+: The results by partition. */
    int32_t partitions_count; /* -1 = null */
};

struct write_txn_markers_resp_writable_txn_marker_result {
    int64_t producer_id; /* v0+: The current producer ID in use by the transactional ID. */
    struct write_txn_markers_resp_writable_txn_marker_topic_result *topics; /* v0+: The results by topic. */
    int32_t topics_count; /* -1 = null */
};

struct write_txn_markers_resp {
    struct write_txn_markers_resp_writable_txn_marker_result *markers; /* v0+: The results for writing makers. */
    int32_t markers_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void write_txn_markers_resp_writable_txn_marker_partition_result_init(struct write_txn_markers_resp_writable_txn_marker_partition_result *x);
bool write_txn_markers_resp_writable_txn_marker_partition_result_is_default(const struct write_txn_markers_resp_writable_txn_marker_partition_result *x);
/* Set every field of x to its spec default. */
void write_txn_markers_resp_writable_txn_marker_topic_result_init(struct write_txn_markers_resp_writable_txn_marker_topic_result *x);
bool write_txn_markers_resp_writable_txn_marker_topic_result_is_default(const struct write_txn_markers_resp_writable_txn_marker_topic_result *x);
/* Set every field of x to its spec default. */
void write_txn_markers_resp_writable_txn_marker_result_init(struct write_txn_markers_resp_writable_txn_marker_result *x);
bool write_txn_markers_resp_writable_txn_marker_result_is_default(const struct write_txn_markers_resp_writable_txn_marker_result *x);
/* Set every field of x to its spec default. */
void write_txn_markers_resp_init(struct write_txn_markers_resp *x);
bool write_txn_markers_resp_is_default(const struct write_txn_markers_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int write_txn_markers_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct write_txn_markers_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int write_txn_markers_resp_encode(struct kwriter *w, int16_t v, const struct write_txn_markers_resp *in);
/* Bytes write_txn_markers_resp_encode would write for version v. */
size_t write_txn_markers_resp_size(int16_t v, const struct write_txn_markers_resp *in);

#endif
