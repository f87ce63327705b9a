/* generated from DeleteTopicsRequest.json, DeleteTopicsResponse.json by protocol/gen/gen.py; do not edit (make regen). */
/* DeleteTopics (ApiKey 20), versions 0-6. */
#ifndef SLUICE_MSG_DELETE_TOPICS_H
#define SLUICE_MSG_DELETE_TOPICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#define DELETE_TOPICS_API_KEY 20
#define DELETE_TOPICS_MIN_VERSION 0
#define DELETE_TOPICS_MAX_VERSION 6
#define DELETE_TOPICS_FLEX_VERSION 4 /* first flexible version, -1 if none */

struct delete_topics_req_delete_topic_state {
    struct kstr name; /* v6+: The topic name */
    struct kuuid topic_id; /* v6+: The unique topic ID */
};

struct delete_topics_req {
    struct delete_topics_req_delete_topic_state *topics; /* v6+: The name or topic ID of the topic */
    int32_t topics_count; /* -1 = null */
    struct kstr *topic_names; /* v0-5: The names of the topics to delete */
    int32_t topic_names_count; /* -1 = null */
    int32_t timeout_ms; /* v0+: The length of time in milliseconds to wait for the deletions to comple... */
};

/* Set every field of x to its spec default. */
void delete_topics_req_delete_topic_state_init(struct delete_topics_req_delete_topic_state *x);
bool delete_topics_req_delete_topic_state_is_default(const struct delete_topics_req_delete_topic_state *x);
/* Set every field of x to its spec default. */
void delete_topics_req_init(struct delete_topics_req *x);
bool delete_topics_req_is_default(const struct delete_topics_req *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int delete_topics_req_decode(struct kreader *r, struct arena *a, int16_t v, struct delete_topics_req *out);
/* Append version v of in to w. Returns 0 or w->err. */
int delete_topics_req_encode(struct kwriter *w, int16_t v, const struct delete_topics_req *in);
/* Bytes delete_topics_req_encode would write for version v. */
size_t delete_topics_req_size(int16_t v, const struct delete_topics_req *in);

struct delete_topics_resp_deletable_topic_result {
    struct kstr name; /* v0+: The topic name */
    struct kuuid topic_id; /* v6+: the unique topic ID */
    int16_t error_code; /* v0+: The deletion error, or 0 if the deletion succeeded. */
    struct kstr error_message; /* v5+: The error message, or null if there was no error. */
};

struct delete_topics_resp {
    int32_t throttle_time_ms; /* v1+: The duration in milliseconds for which the request was throttled due t... */
    struct delete_topics_resp_deletable_topic_result *responses; /* v0+: The results for each topic we tried to delete. */
    int32_t responses_count; /* -1 = null */
};

/* Set every field of x to its spec default. */
void delete_topics_resp_deletable_topic_result_init(struct delete_topics_resp_deletable_topic_result *x);
bool delete_topics_resp_deletable_topic_result_is_default(const struct delete_topics_resp_deletable_topic_result *x);
/* Set every field of x to its spec default. */
void delete_topics_resp_init(struct delete_topics_resp *x);
bool delete_topics_resp_is_default(const struct delete_topics_resp *x);

/* Decode version v from r; arrays come from arena a, strings and bytes
 * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */
int delete_topics_resp_decode(struct kreader *r, struct arena *a, int16_t v, struct delete_topics_resp *out);
/* Append version v of in to w. Returns 0 or w->err. */
int delete_topics_resp_encode(struct kwriter *w, int16_t v, const struct delete_topics_resp *in);
/* Bytes delete_topics_resp_encode would write for version v. */
size_t delete_topics_resp_size(int16_t v, const struct delete_topics_resp *in);

#endif
