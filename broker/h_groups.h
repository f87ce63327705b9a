/*
 * h_groups.h - the group coordinator's Kafka APIs (broker/h_<api>.c) and
 * the glue that runs coordinator/ inside the broker (broker/groups.c).
 *
 * Handlers are thin: decoded request -> coordinator call -> response
 * struct. Parked JoinGroup / SyncGroup and the requests that wait for a
 * durable write (OffsetCommit, leader SyncGroup, DeleteGroups,
 * OffsetDelete) finish from the coordinator's callback. Coordinator
 * outcomes become Kafka error codes here and only here (groups_kerr).
 */
#ifndef SLUICE_H_GROUPS_H
#define SLUICE_H_GROUPS_H

#include <stdbool.h>
#include <stdint.h>

#include "broker/request.h"
#include "coordinator/coord.h"

struct broker;

void h_find_coordinator(struct request *rq);
void h_join_group(struct request *rq);
void h_sync_group(struct request *rq);
void h_heartbeat(struct request *rq);
void h_leave_group(struct request *rq);
void h_offset_commit(struct request *rq);
void h_offset_fetch(struct request *rq);
void h_list_groups(struct request *rq);
void h_describe_groups(struct request *rq);
void h_delete_groups(struct request *rq);
void h_offset_delete(struct request *rq);

/* The Kafka error code for a coordinator outcome. */
int16_t groups_kerr(enum grp_err e);

/* Kafka's client host form, "/<ip>", for rq's peer (arena memory); ""
 * when the connection is gone. */
const char *groups_client_host(struct request *rq);

/*
 * Create b->coord from the broker configuration (offsets.topic.num.
 * partitions, group.initial.rebalance.delay.ms, group.min/max.session.
 * timeout.ms, group.max.size, offsets.retention.minutes,
 * offsets.retention.check.interval.ms, offset.metadata.max.bytes) and the
 * storage glue: log appends to __consumer_offsets, and optionally a test
 * for topic partitions that exist (NULL: all do). Returns 0 or -E_NOMEM.
 * Then feed the stored records through coord_load_*() (coord_log.h).
 */
int groups_start(struct broker *b, const struct coord_log_ops *log, void *log_ctx,
                 bool (*partition_exists)(void *ctx, struct kstr topic, int32_t partition),
                 void *partition_exists_ctx);
/* Shutdown began: parked group requests are answered NOT_COORDINATOR. */
void groups_begin_stop(struct broker *b);
/* Free b->coord (after the loop, before storage closes). */
void groups_stop(struct broker *b);

#endif
