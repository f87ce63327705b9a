/*
 * coord_int.h - structures shared by the coordinator's files and private
 * to coordinator/ (SQLite's btreeInt.h habit). Other modules use coord.h.
 *
 * Ownership: the coordinator owns its groups (hash map by id); a group
 * owns its members, pending members and committed offsets. Every string
 * and byte array kept beyond a request is a malloc'd copy, within the
 * size caps below. A group unlinked from the map (Dead) stays allocated
 * while log appends still refer to it (refs > 0).
 */
#ifndef SLUICE_COORD_INT_H
#define SLUICE_COORD_INT_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/queue.h>

#include "coordinator/coord.h"
#include "coordinator/hmap.h"

struct event;

/* Caps on what one member may make us keep. Kafka has no such limits
 * below its request size; these keep a group's memory bounded. */
#define GRP_MAX_PROTOCOLS 64
#define GRP_MAX_MEMBER_METADATA_BYTES (1 << 20) /* all protocols of a member */
#define GRP_MAX_ASSIGNMENT_BYTES (1 << 20)
#define GRP_MAX_ID_BYTES 2048 /* member, instance, client ids */

/* Kafka's GroupMetadataValue / OffsetCommitValue "no value" markers. */
#define GRP_NO_TIMESTAMP (-1)

enum grp_state {
    GRP_EMPTY,
    GRP_PREPARING_REBALANCE,
    GRP_COMPLETING_REBALANCE,
    GRP_STABLE,
    GRP_DEAD,
};

struct grp_protocol {
    char *name;
    uint8_t *metadata;
    int32_t metadata_len;
};

struct group;

struct member {
    TAILQ_ENTRY(member) link;
    struct group *g;
    char *id;
    char *instance_id; /* NULL for dynamic members */
    char *client_id;
    char *client_host;
    int32_t session_timeout_ms;
    int32_t rebalance_timeout_ms;
    struct grp_protocol *protocols;
    int32_t nprotocols;
    uint8_t *assignment;
    int32_t assignment_len;
    /* A parked JoinGroup / SyncGroup (NULL when not awaiting). */
    grp_join_cb join_cb;
    void *join_arg;
    grp_sync_cb sync_cb;
    void *sync_arg;
    bool is_new;       /* joined, first rebalance not yet completed */
    bool pending_sync; /* join completed, SyncGroup not yet received */
    struct event *session_timer;
};

/* A member id handed out with MEMBER_ID_REQUIRED, not yet rejoined. */
struct pending_member {
    TAILQ_ENTRY(pending_member) link;
    struct group *g;
    char *id;
    struct event *timer; /* session timeout */
};

struct offset_entry {
    struct hnode node;
    char *topic;
    int32_t partition;
    bool committed;      /* false: only a commit in flight (pending > 0) */
    int32_t pending;     /* commits of this partition being written */
    int64_t offset;
    int32_t leader_epoch;
    char *metadata;
    int64_t commit_ts_ms;
    int64_t expire_ts_ms; /* -1 unless a v2-4 request gave a retention time */
    int64_t log_offset;   /* record offset in __consumer_offsets; newer wins */
};

struct group {
    struct hnode node;
    struct coordinator *c;
    char *id;
    int32_t partition; /* of __consumer_offsets */
    bool linked;       /* in c->groups; false once Dead */
    bool has_record;   /* a group metadata record was loaded for it */
    int refs;          /* log appends in flight that point here */

    enum grp_state state;
    int64_t state_ts_ms; /* wall time of the last transition; -1 unknown */
    int32_t generation;
    char *protocol_type; /* NULL = none */
    char *protocol_name; /* NULL = none */
    char *leader_id;     /* NULL = none */

    TAILQ_HEAD(, member) members;
    int32_t nmembers;
    int32_t nawaiting_join;
    TAILQ_HEAD(, pending_member) pending;
    int32_t npending;
    int32_t npending_sync;

    /* Rebalance timer (Kafka's DelayedJoin / InitialDelayedJoin). */
    struct event *join_timer;
    bool join_initial;         /* the initial-delay flavour is armed */
    bool new_member_added;     /* a member joined during the initial delay */
    int32_t join_delay_ms;     /* the delay currently armed */
    int32_t join_remaining_ms; /* of the rebalance timeout, for extensions */
    /* Pending-sync timer: members that do not SyncGroup in time go. */
    struct event *sync_timer;

    /* Topics the members subscribe to (consumer protocol); known=false
     * when they cannot be told (then every topic counts as subscribed). */
    char **sub_topics;
    int32_t nsub_topics;
    bool sub_known;

    struct hmap offsets; /* of struct offset_entry */
};

/* A callback to run at the next safe point, with a private copy of its
 * result (see coord.h: callbacks never run mid-change). */
struct coord_done {
    STAILQ_ENTRY(coord_done) link;
    void (*fire)(struct coord_done *d);
};

/* A log append in flight. `c` becomes NULL when the coordinator is freed
 * first; done() then only frees the context. */
struct coord_append {
    LIST_ENTRY(coord_append) link;
    struct coordinator *c;
    struct group *g; /* holds a ref, or NULL */
    void (*complete)(struct coord_append *a, int status, int64_t base_offset);
    void (*discard)(struct coord_append *a); /* free kind-specific parts */
};

struct coordinator {
    struct event_base *base;
    struct coord_config cfg;
    const struct coord_log_ops *log;
    void *log_ctx;
    struct hmap groups;
    uint8_t *loading; /* per partition: 1 while coord_load_begin..end */
    int32_t nloading;
    struct event *expiry_timer;
    STAILQ_HEAD(, coord_done) done_q;
    LIST_HEAD(, coord_append) appends;
    int busy; /* depth of coordinator calls; callbacks run at depth 0 */
    bool stopping;
};

/* ------------------------------------------------------------ coord.c */
int64_t coord_now(const struct coordinator *c);
/* Enter / leave a public entry point; leaving depth 0 runs queued
 * callbacks. */
void coord_enter(struct coordinator *c);
void coord_leave(struct coordinator *c);
void coord_queue(struct coordinator *c, struct coord_done *d);
/* Request-level checks Kafka makes first (validateGroupStatus): nonempty
 * demands a non-empty id (JoinGroup, SyncGroup, Heartbeat, LeaveGroup). */
enum grp_err coord_check(const struct coordinator *c, struct kstr group_id, bool nonempty);
struct group *coord_group(struct coordinator *c, struct kstr id);
struct group *coord_group_create(struct coordinator *c, struct kstr id);
/* Mark Dead, unlink; freed now or when the last ref goes. */
void coord_group_unlink(struct group *g);
void coord_group_unref(struct group *g);
/* Start an append for a (its complete() runs later). Takes ownership of
 * a: on failure to start, complete(a, status) runs at the next safe point.
 * A NULL batch stands for one that could not be built (-E_NOMEM). */
void coord_append_start(struct coordinator *c, struct coord_append *a, int32_t partition,
                        const uint8_t *batch, size_t len);
/* Map an append status to an outcome (Kafka's storeGroup/storeOffsets
 * translation). */
enum grp_err coord_append_err(int status, bool is_commit);
char *coord_new_member_id(struct kstr prefix);

/* ------------------------------------------------------------ group.c */
const char *grp_state_name(enum grp_state s);
void grp_set_state(struct group *g, enum grp_state to);
struct member *grp_member(struct group *g, struct kstr id);
struct member *grp_static_member(struct group *g, struct kstr instance_id);
struct pending_member *grp_pending(struct group *g, struct kstr id);
bool grp_is_leader(const struct group *g, const char *member_id);
/* Kafka's isStaticMemberFenced: the instance id maps to another member. */
bool grp_is_fenced(struct group *g, struct kstr instance_id, struct kstr member_id);
bool grp_supports_protocols(struct group *g, struct kstr protocol_type,
                            const struct join_group_req *req);
bool grp_member_matches(const struct member *m, const struct join_group_req *req);
const char *grp_select_protocol(struct group *g);
int32_t grp_rebalance_timeout(const struct group *g);
/* Copy a request's protocols into m (replacing its own). -E_TOOBIG past
 * the caps, -E_NOMEM. */
int grp_member_set_protocols(struct member *m, const struct join_group_req *req);
const struct grp_protocol *grp_member_protocol(const struct member *m, const char *name);
struct member *grp_member_new(struct group *g, const char *id, struct kstr instance_id,
                              struct kstr client_id, const char *client_host,
                              int32_t session_ms, int32_t rebalance_ms);
/* Kafka's group.add / group.remove (no rebalance side effects). */
void grp_add_member(struct group *g, struct member *m, struct kstr protocol_type, grp_join_cb cb,
                    void *arg);
void grp_remove_member(struct group *g, struct member *m);
/* Removal with consequences (removeMemberAndUpdateGroup). */
void grp_remove_and_update(struct group *g, struct member *m);
void grp_pending_add(struct group *g, const char *id, int32_t session_ms);
void grp_pending_remove(struct group *g, struct pending_member *p);
/* (Re)arm a member's session timer (completeAndScheduleNextExpiration). */
void grp_schedule_heartbeat(struct member *m, int32_t timeout_ms);
void grp_set_join_waiter(struct member *m, grp_join_cb cb, void *arg);
void grp_maybe_prepare_rebalance(struct group *g);
void grp_prepare_rebalance(struct group *g);
/* If PreparingRebalance and everyone joined, complete the join now. */
void grp_try_complete_join(struct group *g);
/* Answer a parked JoinGroup / SyncGroup of m (no-op when none). */
void grp_answer_join(struct member *m, enum grp_err err, bool with_members);
void grp_answer_join_leader(struct member *m, const char *leader);
void grp_answer_sync(struct member *m, enum grp_err err);
void grp_fail_join(struct coordinator *c, grp_join_cb cb, void *arg, struct kstr member_id,
                   enum grp_err err);
void grp_fail_sync(struct coordinator *c, grp_sync_cb cb, void *arg, enum grp_err err);
/* Answer every parked SyncGroup (with its assignment when err is OK). */
void grp_propagate(struct group *g, enum grp_err err);
/* Cancel the group's timers and answer all parked requests with err. */
void grp_shutdown(struct group *g, enum grp_err err);
void grp_compute_subscriptions(struct group *g);
bool grp_subscribed_to(const struct group *g, struct kstr topic);
/* Persist the group record (GroupMetadataValue v3) with the assignments
 * given by member id (NULL = the members' own). a (its complete and
 * discard set, g unset) is told the outcome; a NULL a writes and forgets,
 * as Kafka does when a group turns Empty. */
struct grp_assign {
    const char *member_id;
    const uint8_t *bytes;
    int32_t len;
};
void grp_store(struct group *g, const struct grp_assign *assign, int32_t nassign,
               struct coord_append *a);
/* Free a member / the group's state (no state changes). */
void grp_member_free(struct member *m);
void grp_free(struct group *g);

/* ------------------------------------------------------------ offsets.c */
struct offset_entry *off_find(struct group *g, struct kstr topic, int32_t partition);
struct offset_entry *off_get(struct group *g, struct kstr topic, int32_t partition);
void off_entry_drop(struct group *g, struct offset_entry *e);
void off_free_all(struct group *g);
bool off_has_committed(const struct group *g);

/* ------------------------------------------------------------ records.c */
/* Kafka's __consumer_offsets key and value layouts. */
#define CREC_OFFSET_KEY_VERSION 1 /* OffsetCommitKey (0 and 1 are read) */
#define CREC_GROUP_KEY_VERSION 2  /* GroupMetadataKey */

struct crec_key {
    int16_t version;
    struct kstr group;
    struct kstr topic; /* offset keys */
    int32_t partition;
};

struct crec_offset_value {
    int16_t version;
    int64_t offset;
    int32_t leader_epoch;
    struct kstr metadata;
    int64_t commit_ts_ms;
    int64_t expire_ts_ms;
};

struct crec_member {
    struct kstr member_id;
    struct kstr instance_id;
    struct kstr client_id;
    struct kstr client_host;
    int32_t rebalance_timeout_ms;
    int32_t session_timeout_ms;
    struct kbytes subscription;
    struct kbytes assignment;
};

struct crec_group_value {
    int16_t version;
    struct kstr protocol_type;
    int32_t generation;
    struct kstr protocol; /* nullable */
    struct kstr leader;   /* nullable */
    int64_t state_ts_ms;
    struct crec_member *members;
    int32_t members_count;
};

void crec_offset_key(struct kwriter *w, struct kstr group, struct kstr topic, int32_t partition);
void crec_group_key(struct kwriter *w, struct kstr group);
/* v1 when expire_ts_ms >= 0 (a v2-4 retention time), else v3 - Kafka's
 * choice since 2.1. */
void crec_offset_value(struct kwriter *w, int64_t offset, int32_t leader_epoch,
                       struct kstr metadata, int64_t commit_ts_ms, int64_t expire_ts_ms);
/* GroupMetadataValue v3. */
void crec_group_value(struct kwriter *w, const struct crec_group_value *v);
/* Decoders: views into the input; members from a. 0 or -E_CORRUPT /
 * -E_UNSUPPORTED (unknown version). */
int crec_key_decode(struct kbytes in, struct crec_key *out);
int crec_offset_value_decode(struct kbytes in, struct crec_offset_value *out);
int crec_group_value_decode(struct kbytes in, struct arena *a, struct crec_group_value *out);

/* ------------------------------------------------------------ offsets_batch.c */
/* A RecordBatch v2 builder for __consumer_offsets (uncompressed,
 * CreateTime, no producer id). Can give way to protocol/records' builder. */
struct cbatch {
    struct kwriter recs; /* the records, as they are added */
    struct kwriter out;  /* the whole batch, after cbatch_finish */
    int64_t timestamp_ms;
    int32_t count;
};
void cbatch_init(struct cbatch *b, int64_t timestamp_ms);
/* Add a record; value.len == -1 writes a tombstone. */
void cbatch_add(struct cbatch *b, struct kbytes key, struct kbytes value);
/* Build the batch (header, records, CRC-32C) in b->out.buf / b->out.len.
 * Returns 0 or a writer error (-E_NOMEM, -E_TOOBIG). */
int cbatch_finish(struct cbatch *b);
void cbatch_destroy(struct cbatch *b);

typedef int (*cbatch_record_fn)(void *ctx, int64_t offset, int64_t timestamp_ms,
                                struct kbytes key, struct kbytes value);
/* Walk the records of one uncompressed batch (CRC checked). Control
 * batches are skipped (returns 0). */
int cbatch_parse(const uint8_t *p, size_t len, cbatch_record_fn fn, void *ctx);

/* ------------------------------------------------------------ subscription.c */
/* Topics of a ConsumerProtocolSubscription (int16 version, then the v0
 * prefix every version shares: topics, user data). Calls fn per topic;
 * returns 0 or -E_CORRUPT. */
int csub_topics(struct kbytes metadata, void (*fn)(void *ctx, struct kstr topic), void *ctx);

#endif
