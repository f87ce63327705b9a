/* generated from CreateTopicsRequest.json, CreateTopicsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* CreateTopics (ApiKey 19), versions 0-7. */
#ifndef SLUICE_MSG_CREATE_TOPICS_H
#define SLUICE_MSG_CREATE_TOPICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define CREATE_TOPICS_API_KEY 19
#define CREATE_TOPICS_MIN_VERSION 0
#define CREATE_TOPICS_MAX_VERSION 7
#define CREATE_TOPICS_FLEX_VERSION 5 /* first flexible version, -1 if none */

struct create_topics_req_creatable_replica_assignment {
    int32_t partition_index; /* v0+: The partition index. */
    int32_t *broker_ids; /* v0+: The brokers to place the partition on. */
    int32_t broker_ids_count; /* -1 = null */
};

struct create_topics_req_creatable_topic_config {
    struct kstr name; /* v0+: The configuration name. */
    struct kstr value; /* v0+: The configuration value. */
};

struct create_topics_req_creatable_topic {
    struct kstr name; /* v0+: The topic name. */
    int32_t num_partitions; /* v0+: The number of partitions to create in the topic, or -1 if we are eithe... */
    int16_t replication_factor; /* v0+: The number of replicas to create for each partition in the topic, or -... */
    struct create_topics_req_creatable_replica_assignment *assignments; /* v0+: The manual partition assignment, or the empty array if we are using au... */
    int32_t assignments_count; /* -1 = null */
    struct create_topics_req_creatable_topic_config *configs; /* v0+: The custom topic configurations to set. */
    int32_t configs_count; /* -1 = null */
};

struct create_topics_req {
    struct create_topics_req_creatable_topic *topics; /* v0+: The topics to create. */
    int32_t topics_count; /* -1 = null */
    int32_t timeout_ms; /* v0+: How long to wait in milliseconds before timing out the request. */
    bool validate_only; /* v1+: If true, check that the topics can be created as specified, but don't ... */
};

/* Set every field of x to its spec default. */
void create_topics_req_creatable_replica_assignment_init(struct create_topics_req_creatable_replica_assignment *x);
bool create_topics_req_creatable_replica_assignment_is_default(const struct create_topics_req_creatable_replica_assignment *x);
/* Set every field of x to its spec default. */
void create_topics_req_creatable_topic_config_init(struct create_topics_req_creatable_topic_config *x);
bool create_topics_req_creatable_topic_config_is_default(const struct create_topics_req_creatable_topic_config *x);
/* Set every field of x to its spec default. */
void create_topics_req_creatable_topic_init(struct create_topics_req_creatable_topic *x);
bool create_topics_req_creatable_topic_is_default(const struct create_topics_req_creatable_topic *x);
/* Set every field of x to its spec default. */
void create_topics_req_init(struct create_topics_req *x);
bool create_topics_req_is_default(const struct create_topics_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int create_topics_req_decode(struct kreader *r, struct arena *a, int16_t v, struct create_topics_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int create_topics_req_encode(struct kwriter *w, int16_t v, const struct create_topics_req *in);
/* Bytes create_topics_req_encode would write for version v. */
size_t create_topics_req_size(int16_t v, const struct create_topics_req *in);

struct create_topics_resp_creatable_topic_configs {
    struct kstr name; /* v5+: The configuration name. */
    struct kstr value; /* v5+: The configuration value. */
    bool read_only; /* v5+: True if the configuration is read-only. */
    int8_t config_source; /* v5+: The configuration source. */
    bool is_sensitive; /* v5+: True if this configuration is sensitive. */
};

struct create_topics_resp_creatable_topic_result {
    struct kstr name; /* v0+: The topic name. */
    struct kuuid topic_id; /* v7+: The unique topic ID */
    int16_t error_code; /* v0+: The error code, or 0 if there was no error. */
    struct kstr error_message; /* v1+: The error message, or null if there was no error. */
    int16_t topic_config_error_code; /* v5+, tag 0: Optional topic config error returned if configs are not returned in th... */
    int32_t num_partitions; /* v5+: Number of partitions of the topic. */
    int16_t replication_factor; /* v5+: Replication factor of the topic. */
    struct create_topics_resp_creatable_topic_configs *configs; /* v5+: Configuration of the topic. */
    int32_t configs_count; /* -1 = null */
};

struct create_topics_resp {
    int32_t throttle_time_ms; /* v2+: The duration in milliseconds for which the request was throttled due t... */
    struct create_topics_resp_creatable_topic_result *topics; /* v0+: Results for each topic we tried to create. */
    int32_t topics_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void create_topics_resp_creatable_topic_configs_init(struct create_topics_resp_creatable_topic_configs *x);
bool create_topics_resp_creatable_topic_configs_is_default(const struct create_topics_resp_creatable_topic_configs *x);
/* Set every field of x to its spec default. */
void create_topics_resp_creatable_topic_result_init(struct create_topics_resp_creatable_topic_result *x);
bool create_topics_resp_creatable_topic_result_is_default(const struct create_topics_resp_creatable_topic_result *x);
/* Set every field of x to its spec default. */
void create_topics_resp_init(struct create_topics_resp *x);
bool create_topics_resp_is_default(const struct create_topics_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int create_topics_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct create_topics_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int create_topics_resp_encode(struct kwriter *w, int16_t v, const struct create_topics_resp *in);
/* Bytes create_topics_resp_encode would write for version v. */
size_t create_topics_resp_size(int16_t v, const struct create_topics_resp *in);

#endif
