/* generated from DeleteRecordsRequest.json, DeleteRecordsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* DeleteRecords (ApiKey 21), versions 0-2. */
#ifndef SLUICE_MSG_DELETE_RECORDS_H
#define SLUICE_MSG_DELETE_RECORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define DELETE_RECORDS_API_KEY 21
#define DELETE_RECORDS_MIN_VERSION 0
#define DELETE_RECORDS_MAX_VERSION 2
#define DELETE_RECORDS_FLEX_VERSION 2 /* first flexible version, -1 if none */

struct delete_records_req_delete_records_partition {
    int32_t partition_index; /* v0+: The partition index. */
    int64_t offset; /* v0+: The deletion offset. */
};

struct delete_records_req_delete_records_topic {
    struct kstr name; /* v0+: The topic name. */
    struct delete_records_req_delete_records_partition *partitions; /* v0+: Each partition that we want to delete records from. */
    int32_t partitions_count; /* -1 = null */
};

struct delete_records_req {
    struct delete_records_req_delete_records_topic *topics; /* v0+: Each topic that we want to delete records from. */
    int32_t topics_count; /* -1 = null */
    int32_t timeout_ms; /* v0+: How long to wait for the deletion to complete, in milliseconds. */
};

/* Set every field of x to its spec default. */
void delete_records_req_delete_records_partition_init(struct delete_records_req_delete_records_partition *x);
bool delete_records_req_delete_records_partition_is_default(const struct delete_records_req_delete_records_partition *x);
/* Set every field of x to its spec default. */
void delete_records_req_delete_records_topic_init(struct delete_records_req_delete_records_topic *x);
bool delete_records_req_delete_records_topic_is_default(const struct delete_records_req_delete_records_topic *x);
/* Set every field of x to its spec default. */
void delete_records_req_init(struct delete_records_req *x);
bool delete_records_req_is_default(const struct delete_records_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int delete_records_req_decode(struct kreader *r, struct arena *a, int16_t v, struct delete_records_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int delete_records_req_encode(struct kwriter *w, int16_t v, const struct delete_records_req *in);
/* Bytes delete_records_req_encode would write for version v. */
size_t delete_records_req_size(int16_t v, const struct delete_records_req *in);

struct delete_records_resp_delete_records_partition_result {
    int32_t partition_index; /* v0+: The partition index. */
    int64_t low_watermark; /* v0+: The partition low water mark. */
    int16_t error_code; /* v0+: The deletion error code, or 0 if the deletion succeeded. */
};

struct delete_records_resp_delete_records_topic_result {
    struct kstr name; /* v0+: The topic name. */
    struct delete_records_resp_delete_records_partition_result *partitions; /* v0+: Each partition that we wanted to delete records from. */
    int32_t partitions_count; /* -1 = null */
};

struct delete_records_resp {
    int32_t throttle_time_ms; /* v0+: The duration in milliseconds for which the request was throttled due t... */
    struct delete_records_resp_delete_records_topic_result *topics; /* v0+: Each topic that we wanted to delete records from. */
    int32_t topics_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void delete_records_resp_delete_records_partition_result_init(struct delete_records_resp_delete_records_partition_result *x);
bool delete_records_resp_delete_records_partition_result_is_default(const struct delete_records_resp_delete_records_partition_result *x);
/* Set every field of x to its spec default. */
void delete_records_resp_delete_records_topic_result_init(struct delete_records_resp_delete_records_topic_result *x);
bool delete_records_resp_delete_records_topic_result_is_default(const struct delete_records_resp_delete_records_topic_result *x);
/* Set every field of x to its spec default. */
void delete_records_resp_init(struct delete_records_resp *x);
bool delete_records_resp_is_default(const struct delete_records_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int delete_records_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct delete_records_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int delete_records_resp_encode(struct kwriter *w, int16_t v, const struct delete_records_resp *in);
/* Bytes delete_records_resp_encode would write for version v. */
size_t delete_records_resp_size(int16_t v, const struct delete_records_resp *in);

#endif
