/* generated from CreatePartitionsRequest.json, CreatePartitionsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* CreatePartitions (ApiKey 37), versions 0-3. */
#ifndef SLUICE_MSG_CREATE_PARTITIONS_H
#define SLUICE_MSG_CREATE_PARTITIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define CREATE_PARTITIONS_API_KEY 37
#define CREATE_PARTITIONS_MIN_VERSION 0
#define CREATE_PARTITIONS_MAX_VERSION 3
#define CREATE_PARTITIONS_FLEX_VERSION 2 /* first flexible version, -1 if none */

struct create_partitions_req_create_partitions_assignment {
    int32_t *broker_ids; /* v0+: The assigned broker IDs. */
    int32_t broker_ids_count; /* -1 = null */
};

struct create_partitions_req_create_partitions_topic {
    struct kstr name; /* v0+: The topic name. */
    int32_t count; /* v0+: The new partition count. */
    struct create_partitions_req_create_partitions_assignment *assignments; /* v0+: The new partition assignments. */
    int32_t assignments_count; /* -1 = null */
};

struct create_partitions_req {
    struct create_partitions_req_create_partitions_topic *topics; /* v0+: Each topic that we want to create new partitions inside. */
    int32_t topics_count; /* -1 = null */
    int32_t timeout_ms; /* v0+: The time in ms to wait for the partitions to be created. */
    bool validate_only; /* v0+: If true, then validate the request, but don't actually increase the nu... */
};

/* Set every field of x to its spec default. */
void create_partitions_req_create_partitions_assignment_init(struct create_partitions_req_create_partitions_assignment *x);
bool create_partitions_req_create_partitions_assignment_is_default(const struct create_partitions_req_create_partitions_assignment *x);
/* Set every field of x to its spec default. */
void create_partitions_req_create_partitions_topic_init(struct create_partitions_req_create_partitions_topic *x);
bool create_partitions_req_create_partitions_topic_is_default(const struct create_partitions_req_create_partitions_topic *x);
/* Set every field of x to its spec default. */
void create_partitions_req_init(struct create_partitions_req *x);
bool create_partitions_req_is_default(const struct create_partitions_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int create_partitions_req_decode(struct kreader *r, struct arena *a, int16_t v, struct create_partitions_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int create_partitions_req_encode(struct kwriter *w, int16_t v, const struct create_partitions_req *in);
/* Bytes create_partitions_req_encode would write for version v. */
size_t create_partitions_req_size(int16_t v, const struct create_partitions_req *in);

struct create_partitions_resp_create_partitions_topic_result {
    struct kstr name; /* v0+: The topic name. */
    int16_t error_code; /* v0+: The result error, or zero if there was no error. */
    struct kstr error_message; /* v0+: The result message, or null if there was no error. */
};

struct create_partitions_resp {
    int32_t throttle_time_ms; /* v0+: The duration in milliseconds for which the request was throttled due t... */
    struct create_partitions_resp_create_partitions_topic_result *results; /* v0+: The partition creation results for each topic. */
    int32_t results_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void create_partitions_resp_create_partitions_topic_result_init(struct create_partitions_resp_create_partitions_topic_result *x);
bool create_partitions_resp_create_partitions_topic_result_is_default(const struct create_partitions_resp_create_partitions_topic_result *x);
/* Set every field of x to its spec default. */
void create_partitions_resp_init(struct create_partitions_resp *x);
bool create_partitions_resp_is_default(const struct create_partitions_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int create_partitions_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct create_partitions_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int create_partitions_resp_encode(struct kwriter *w, int16_t v, const struct create_partitions_resp *in);
/* Bytes create_partitions_resp_encode would write for version v. */
size_t create_partitions_resp_size(int16_t v, const struct create_partitions_resp *in);

#endif
