/*
 * admin.h - what the admin handlers (h_admin.h) share: waiting for several
 * durable storage changes before answering, Kafka's checks and messages
 * for topic names, manual replica assignments and node ids, and finding
 * duplicates in a request without quadratic time.
 *
 * Messages follow Kafka 3.9 (KRaft controller and ConfigAdminManager) word
 * for word where Kafka has one, because tools print them.
 */
#ifndef SLUICE_ADMIN_H
#define SLUICE_ADMIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

struct broker;
struct request;

/* Kafka's controller refuses a user operation that would write more than
 * this many metadata records (MAX_RECORDS_PER_USER_OP) with POLICY_VIOLATION;
 * it is also what bounds the partitions one request can make us create. */
#define ADM_MAX_RECORDS 10000
#define ADM_EXCESSIVE_BATCH "Unable to perform excessively large batch operation."
/* Kafka's default messages, sent where Kafka sends ApiError(error) without
 * one of its own. */
#define ADM_MSG_UNKNOWN_TOPIC "This server does not host this topic-partition."
#define ADM_MSG_UNKNOWN_TOPIC_ID "This server does not host this topic ID."
#define ADM_MSG_INVALID_REQUEST                                                                    \
    "This most likely occurs because of a request being malformed by the client library or the "  \
    "message was sent to an incompatible broker. See the broker logs for more details."

/* Kafka's ConfigResource.Type ids. */
enum adm_resource {
    ADM_RES_UNKNOWN = 0,
    ADM_RES_TOPIC = 2,
    ADM_RES_BROKER = 4,
    ADM_RES_BROKER_LOGGER = 8,
    ADM_RES_CLIENT_METRICS = 16,
    ADM_RES_GROUP = 32,
};

/*
 * A request waiting for storage callbacks: `outstanding` starts at 1 (the
 * handler's own reference, released when it has submitted everything), each
 * submitted change adds one, and the last release answers the request.
 */
struct adm_pending {
    struct request *rq;
    int outstanding;
};

/* One storage change whose outcome goes into a response entry's error code
 * and message (both borrowed from the response). */
struct adm_wait {
    struct adm_pending *pend;
    int16_t *error_code;
    struct kstr *error_message; /* NULL when the entry has none */
};

/* A pending counter in rq's arena with outstanding = 1; NULL on failure. */
struct adm_pending *adm_pending_new(struct request *rq);
/* Drop one reference; the last one calls rq_finish(). */
void adm_pending_release(struct adm_pending *p);
/* Register one more storage change and return its wait (arena), or NULL. */
struct adm_wait *adm_wait_new(struct adm_pending *p, int16_t *error_code,
                              struct kstr *error_message);
/* Undo adm_wait_new when the storage call failed synchronously. */
void adm_wait_cancel(struct adm_wait *w);
/* store_done_cb for an adm_wait: a failure status becomes the entry's error
 * (sg_kerr) with a message; then the reference is released. */
void adm_wait_done(void *arg, int status);

/* A NUL-terminated arena copy of a wire string; NULL for a null string or
 * one holding a NUL byte (such a name can match nothing). */
char *adm_cstr(struct arena *a, struct kstr s);
/* printf into the arena as a string view (null view on failure). */
struct kstr adm_msg(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/*
 * Kafka's Topic.validate: NULL when name is a legal topic name (copied
 * NUL-terminated into buf, at least 250 bytes), else Kafka's message
 * (arena) for INVALID_TOPIC_EXCEPTION.
 */
const char *adm_topic_name_error(struct arena *a, struct kstr name, char *buf, size_t len);
/* The name of an existing topic that differs from name only in '.' versus
 * '_' (Kafka refuses such pairs: they collide in metric names), or NULL. */
const char *adm_topic_collision(struct broker *b, const char *name);

/*
 * Kafka's validateManualPartitionAssignment for a one-broker cluster: NULL
 * when ids[0..n) is a usable replica list, else the message for
 * INVALID_REPLICA_ASSIGNMENT. rf is the replica count the list must have
 * (-1: not known yet).
 */
const char *adm_check_replicas(struct arena *a, int32_t node_id, const int32_t *ids, int32_t n,
                               int32_t rf);

/* Java's Integer.parseInt of a resource name: false when it is not an
 * int32 in decimal (optional sign, no spaces). */
bool adm_parse_int32(struct kstr s, int32_t *out);

/*
 * Duplicate detection: dup[i] is set for every i whose key equals another
 * entry's, and first[i] (may be NULL) for the first of each duplicated
 * group. keys are views; n entries; O(n log n). Returns 0 or -1 (memory).
 */
int adm_mark_duplicates(struct arena *a, const struct kstr *keys, int32_t n, bool *dup,
                        bool *first);

#endif
