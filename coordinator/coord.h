/*
 * coord.h - the group coordinator: classic consumer groups (JoinGroup,
 * SyncGroup, Heartbeat, LeaveGroup), committed offsets (OffsetCommit,
 * OffsetFetch, OffsetDelete) and the admin views (ListGroups,
 * DescribeGroups, DeleteGroups), with Kafka's states, timeouts and errors.
 *
 * Everything runs on the one loop thread. Timers (session, rebalance,
 * initial delay, pending sync, offset expiry) are libevent timers on the
 * base given to coord_new(). State is persisted in __consumer_offsets
 * through coord_log.h.
 *
 * Inputs are the decoded request structs of protocol/msg plus the request
 * version. Outcomes are `enum grp_err`, the coordinator's own vocabulary;
 * handlers translate them to Kafka error codes at the boundary
 * (broker/h_groups.c).
 *
 * Callbacks: an operation that may wait (join, sync, commit, deletes)
 * calls its callback exactly once, either before it returns or later from
 * a timer or a log completion. Result data (strings, bytes, arrays) lives
 * only during the callback: copy or encode it there. Callbacks are never
 * run while the coordinator is in the middle of a state change, so a
 * callback may call back into the coordinator.
 */
#ifndef SLUICE_COORD_H
#define SLUICE_COORD_H

#include <stdbool.h>
#include <stdint.h>

#include "coordinator/coord_log.h"
#include "protocol/arena.h"
#include "protocol/kbuf.h"
#include "protocol/msg/delete_groups.h"
#include "protocol/msg/describe_groups.h"
#include "protocol/msg/heartbeat.h"
#include "protocol/msg/join_group.h"
#include "protocol/msg/leave_group.h"
#include "protocol/msg/list_groups.h"
#include "protocol/msg/offset_commit.h"
#include "protocol/msg/offset_delete.h"
#include "protocol/msg/sync_group.h"

struct event_base;
struct coordinator;

/* Outcomes of group operations. Each maps to one Kafka error code at the
 * handler boundary (named in the comment). */
enum grp_err {
    GRP_OK = 0,                /* NONE */
    GRP_MEMBER_ID_REQUIRED,    /* MEMBER_ID_REQUIRED: rejoin with the id given */
    GRP_UNKNOWN_MEMBER,        /* UNKNOWN_MEMBER_ID */
    GRP_ILLEGAL_GENERATION,    /* ILLEGAL_GENERATION */
    GRP_FENCED_INSTANCE,       /* FENCED_INSTANCE_ID */
    GRP_REBALANCING,           /* REBALANCE_IN_PROGRESS */
    GRP_INCONSISTENT_PROTOCOL, /* INCONSISTENT_GROUP_PROTOCOL */
    GRP_INVALID_GROUP_ID,      /* INVALID_GROUP_ID */
    GRP_INVALID_SESSION_TIMEOUT, /* INVALID_SESSION_TIMEOUT */
    GRP_FULL,                  /* GROUP_MAX_SIZE_REACHED */
    GRP_LOADING,               /* COORDINATOR_LOAD_IN_PROGRESS */
    GRP_UNAVAILABLE,           /* COORDINATOR_NOT_AVAILABLE */
    GRP_NOT_COORDINATOR,       /* NOT_COORDINATOR */
    GRP_NOT_FOUND,             /* GROUP_ID_NOT_FOUND */
    GRP_NOT_EMPTY,             /* NON_EMPTY_GROUP */
    GRP_SUBSCRIBED,            /* GROUP_SUBSCRIBED_TO_TOPIC */
    GRP_METADATA_TOO_LARGE,    /* OFFSET_METADATA_TOO_LARGE */
    GRP_COMMIT_TOO_LARGE,      /* INVALID_COMMIT_OFFSET_SIZE */
    GRP_UNSTABLE_OFFSET,       /* UNSTABLE_OFFSET_COMMIT */
    GRP_UNKNOWN_TOPIC,         /* UNKNOWN_TOPIC_OR_PARTITION */
    GRP_INVALID_REQUEST,       /* INVALID_REQUEST (a size cap of ours) */
    GRP_INTERNAL,              /* UNKNOWN_SERVER_ERROR */
};

const char *grp_err_name(enum grp_err e);

/* ------------------------------------------------------------ lifecycle */

struct coord_config {
    int32_t num_partitions;              /* offsets.topic.num.partitions (50) */
    int32_t initial_rebalance_delay_ms;  /* group.initial.rebalance.delay.ms (3000) */
    int32_t min_session_timeout_ms;      /* group.min.session.timeout.ms (6000) */
    int32_t max_session_timeout_ms;      /* group.max.session.timeout.ms (1800000) */
    int32_t max_group_size;              /* group.max.size (INT32_MAX) */
    int64_t offsets_retention_ms;        /* offsets.retention.minutes * 60000 (7 days) */
    int64_t retention_check_interval_ms; /* offsets.retention.check.interval.ms (600000) */
    int32_t offset_metadata_max_bytes;   /* offset.metadata.max.bytes (4096) */
    /* How long a brand-new member may wait in JoinGroup before it is
     * dropped (Kafka's fixed 5 minutes); a knob only for tests. */
    int32_t new_member_join_timeout_ms;
    /* Wall clock for commit and state timestamps; NULL = CLOCK_REALTIME. */
    int64_t (*wall_ms)(void);
    /* Does this topic partition exist? OffsetCommit and OffsetDelete
     * answer UNKNOWN_TOPIC_OR_PARTITION when not, as Kafka's request
     * handlers do. NULL = every partition exists. */
    bool (*partition_exists)(void *ctx, struct kstr topic, int32_t partition);
    void *partition_exists_ctx;
};

/* Kafka's defaults. */
void coord_config_defaults(struct coord_config *cfg);

/* A coordinator using base for its timers and log for persistence (the
 * ops and ctx must outlive it). Returns NULL on allocation failure. */
struct coordinator *coord_new(struct event_base *base, const struct coord_config *cfg,
                              const struct coord_log_ops *log, void *log_ctx);
/* Shutdown began: parked JoinGroup/SyncGroup requests are answered
 * NOT_COORDINATOR at once; new requests get COORDINATOR_NOT_AVAILABLE. */
void coord_begin_stop(struct coordinator *c);
/* Free everything (begins the stop first if needed). Appends still in
 * flight keep a detached context that their done() frees. */
void coord_free(struct coordinator *c);

/* False once the stop began: the coordinator answers nothing new. */
bool coord_is_active(const struct coordinator *c);

/* Java's String.hashCode over the UTF-16 code units of s (taken as UTF-8;
 * malformed bytes count as U+FFFD, as Java's decoder replaces them). */
int32_t coord_java_hash(struct kstr s);
/* The __consumer_offsets partition of a group: Kafka's
 * Utils.abs(groupId.hashCode) % numPartitions, where abs is n & 0x7fffffff. */
int32_t coord_partition_for(const struct coordinator *c, struct kstr group_id);

/* Run offset expiry now (it also runs every retention_check_interval_ms).
 * Returns the number of offsets removed. */
int coord_expire_offsets(struct coordinator *c);

/* Remove every group's committed offsets for a deleted topic (tombstones
 * in __consumer_offsets). Returns the number removed. */
int coord_forget_topic(struct coordinator *c, const char *topic);

/* ---------------------------------------------------------- JoinGroup */

struct grp_join_member {
    struct kstr member_id;
    struct kstr group_instance_id; /* null for dynamic members */
    struct kbytes metadata;
};

struct grp_join_result {
    enum grp_err err;
    int32_t generation_id;         /* -1 with errors */
    struct kstr protocol_type;     /* null when none */
    struct kstr protocol_name;     /* null when none */
    struct kstr leader;            /* "" when none */
    struct kstr member_id;
    bool skip_assignment;
    const struct grp_join_member *members; /* the leader's view; else none */
    int32_t members_count;
};

typedef void (*grp_join_cb)(void *arg, const struct grp_join_result *res);

/* JoinGroup of any version 0-9. client_host is Kafka's "/ip" form. */
void grp_join(struct coordinator *c, int16_t version, const struct join_group_req *req,
              struct kstr client_id, const char *client_host, grp_join_cb cb, void *arg);

/* ---------------------------------------------------------- SyncGroup */

struct grp_sync_result {
    enum grp_err err;
    struct kstr protocol_type; /* null with errors */
    struct kstr protocol_name;
    struct kbytes assignment;  /* empty with errors */
};

typedef void (*grp_sync_cb)(void *arg, const struct grp_sync_result *res);

void grp_sync(struct coordinator *c, int16_t version, const struct sync_group_req *req,
              grp_sync_cb cb, void *arg);

/* ---------------------------------------------------------- Heartbeat, LeaveGroup */

enum grp_err grp_heartbeat(struct coordinator *c, int16_t version, const struct heartbeat_req *req);

/*
 * LeaveGroup. v0-2 leave one member (req->member_id); v3+ a batch
 * (req->members). member_errs receives one outcome per leaving member
 * (1 for v0-2, members_count for v3+; the caller sizes it). Returns the
 * request-level outcome.
 */
enum grp_err grp_leave(struct coordinator *c, int16_t version, const struct leave_group_req *req,
                       enum grp_err *member_errs);

/* ---------------------------------------------------------- admin views */

struct grp_listed {
    struct kstr group_id;
    struct kstr protocol_type; /* "" when none */
    const char *state;         /* "Empty", "Stable" ... */
    const char *type;          /* "classic" */
};

/* ListGroups: states and types filters (case-insensitive; empty or absent
 * = all). Fills *out (array from a) and returns GRP_OK or GRP_LOADING
 * (still listing the live groups) or GRP_UNAVAILABLE. */
enum grp_err grp_list(struct coordinator *c, const struct list_groups_req *req, int16_t version,
                      struct arena *a, struct grp_listed **out, int32_t *count);

struct grp_described_member {
    struct kstr member_id;
    struct kstr group_instance_id;
    struct kstr client_id;
    struct kstr client_host;
    struct kbytes metadata;   /* only when Stable, else empty */
    struct kbytes assignment; /* only when Stable, else empty */
};

struct grp_described {
    enum grp_err err;
    struct kstr group_id;
    const char *state;         /* "" with errors, "Dead" for unknown groups */
    struct kstr protocol_type; /* "" when none */
    struct kstr protocol_data; /* the protocol name when Stable, else "" */
    struct grp_described_member *members;
    int32_t members_count;
};

/* DescribeGroups for one group id; arrays from a; views valid until the
 * coordinator next changes. */
void grp_describe(struct coordinator *c, struct kstr group_id, struct arena *a,
                  struct grp_described *out);

/* DeleteGroups: errs[i] for groups_names[i]; called once the tombstones
 * are durable (or at once when nothing is written). count -1: out of
 * memory. */
typedef void (*grp_delete_cb)(void *arg, const enum grp_err *errs, int32_t count);
void grp_delete(struct coordinator *c, const struct delete_groups_req *req, grp_delete_cb cb,
                void *arg);

/* ---------------------------------------------------------- offsets */

/* OffsetCommit (v2-9 as served; any version decodes the same struct).
 * errs has one entry per partition of the request, flattened in request
 * order (topic 0's partitions, then topic 1's ...). count -1 (errs NULL)
 * means the coordinator ran out of memory before deciding anything. */
typedef void (*off_commit_cb)(void *arg, const enum grp_err *errs, int32_t count);
void off_commit(struct coordinator *c, int16_t version, const struct offset_commit_req *req,
                off_commit_cb cb, void *arg);

/* One topic of an OffsetFetch selection. */
struct off_topic_sel {
    struct kstr name;
    const int32_t *partitions;
    int32_t partitions_count;
};

struct off_fetched_partition {
    int32_t partition;
    int64_t offset;       /* -1 when nothing is committed */
    int32_t leader_epoch; /* -1 when unknown */
    struct kstr metadata; /* "" when nothing is committed */
    enum grp_err err;
};

struct off_fetched_topic {
    struct kstr name;
    struct off_fetched_partition *partitions;
    int32_t partitions_count;
};

/*
 * OffsetFetch for one group: topics == NULL with topics_count -1 asks for
 * every committed partition (sorted by topic, partition). Output arrays
 * come from a; views are valid until the coordinator next changes.
 * Returns the group-level outcome (GRP_OK, GRP_LOADING, GRP_UNAVAILABLE).
 */
enum grp_err off_fetch(struct coordinator *c, struct kstr group_id,
                       const struct off_topic_sel *topics, int32_t topics_count,
                       bool require_stable, struct arena *a, struct off_fetched_topic **out,
                       int32_t *out_count);

/* OffsetDelete: errs flattened like off_commit's; group_err is the
 * request-level outcome (then errs are unused; NULL when out of memory). */
typedef void (*off_delete_cb)(void *arg, enum grp_err group_err, const enum grp_err *errs,
                              int32_t count);
void off_delete(struct coordinator *c, const struct offset_delete_req *req, off_delete_cb cb,
                void *arg);

#endif
