/*
 * fx.h - fixtures for the coordinator tests: a real event_base, an
 * in-memory __consumer_offsets (the fake log), a fake wall clock, request
 * builders and result catchers.
 */
#ifndef SLUICE_TEST_COORD_FX_H
#define SLUICE_TEST_COORD_FX_H

#include <stdbool.h>
#include <stdint.h>

#include "coordinator/coord.h"
#include "coordinator/coord_int.h"

/* How the fake log answers appends. */
enum fx_log_mode {
    FX_LOG_SYNC,   /* done() inside append, success */
    FX_LOG_MANUAL, /* held until fx_log_flush() */
    FX_LOG_REFUSE, /* append returns -E_IO */
};

#define FX_MAX_BATCHES 256

struct fx_batch {
    int32_t partition;
    int64_t base_offset;
    uint8_t *bytes;
    size_t len;
};

struct fx_held {
    coord_log_done_fn done;
    void *arg;
    int32_t partition;
    uint8_t *bytes;
    size_t len;
};

struct fx_log {
    enum fx_log_mode mode;
    struct fx_batch batches[FX_MAX_BATCHES]; /* durable, in append order */
    int nbatches;
    int64_t next_offset[64];
    struct fx_held held[FX_MAX_BATCHES];
    int nheld;
    int appends;
};

extern struct event_base *fx_base;
extern struct fx_log fx_log;
extern struct coordinator *fx_c;
extern struct coord_config fx_cfg;
extern int64_t fx_clock_ms;
extern const struct coord_log_ops fx_log_ops;

/* Set up base, log and a coordinator with test-sized timeouts (initial
 * delay 0, session range [10, 600000]). fx_fini frees all. */
void fx_init(void);
void fx_fini(void);
/* Replace the coordinator with a new one built from fx_cfg (after
 * changing it). */
void fx_restart(void);
/* A new coordinator replaying every durable batch of the fake log. */
struct coordinator *fx_reload(void);

/* Complete held appends with status; returns how many. */
int fx_log_flush(int status);
/* Count records in the durable log with a null value. */
int fx_log_tombstones(void);

/* Step the loop until *flag or max_ms passed (bounded). */
void fx_run_until(const bool *flag, int max_ms);
/* Step the loop for about ms. */
void fx_run_for(int ms);

/* ---------------------------------------------------------- JoinGroup */

struct fx_proto {
    const char *name;
    const uint8_t *meta;
    int32_t len;
};

struct fx_join {
    bool called;
    enum grp_err err;
    int32_t generation;
    char member_id[128];
    char leader[128];
    char protocol[64];
    char protocol_type[64];
    bool protocol_null;
    int nmembers;
    char members[8][128];
    uint8_t member_meta[8][64];
    int32_t member_meta_len[8];
};

/* Build a JoinGroup request: protocols given as a NULL-terminated list of
 * names, each with metadata "M:<name>". */
struct join_group_req fx_join_req(const char *group, const char *member_id,
                                  const char *instance_id, int32_t session_ms,
                                  int32_t rebalance_ms, const char *const *protocols);
void fx_join_cb(void *arg, const struct grp_join_result *r);
/* Join and return the outcome holder (answers may come later). */
void fx_join(struct fx_join *out, int16_t version, const struct join_group_req *req);

/* A dynamic member through the full two-step join (v5); runs the loop
 * until answered. */
void fx_join_member(struct fx_join *out, const char *group, const char *const *protocols);

/* ---------------------------------------------------------- SyncGroup */

struct fx_sync {
    bool called;
    enum grp_err err;
    uint8_t assignment[64];
    int32_t len;
    char protocol_name[64];
};

void fx_sync_cb(void *arg, const struct grp_sync_result *r);
/* Sync (v3) with optional assignments: pairs of member id and string. */
void fx_sync(struct fx_sync *out, const char *group, int32_t generation, const char *member_id,
             const char *instance_id, int nassign, const char *const *ids,
             const char *const *assignments);

enum grp_err fx_heartbeat(const char *group, int32_t generation, const char *member_id,
                          const char *instance_id);

/* ---------------------------------------------------------- offsets */

struct fx_commit {
    bool called;
    int32_t count;
    enum grp_err errs[16];
};

void fx_commit_cb(void *arg, const enum grp_err *errs, int32_t count);
/* Commit offsets for topic partitions 0..n-1 of one topic (v7). */
void fx_commit(struct fx_commit *out, const char *group, int32_t generation,
               const char *member_id, const char *topic, int n, const int64_t *offsets,
               const char *metadata);
/* The committed offset of one partition (-1 none), via off_fetch. */
int64_t fx_fetch_one(const char *group, const char *topic, int32_t partition);

/* Group state name, or "none". */
const char *fx_state(const char *group);

/* ConsumerProtocolSubscription v1 bytes for the given topics into buf;
 * returns the length. */
int32_t fx_subscription(uint8_t *buf, size_t cap, const char *const *topics);

#endif
