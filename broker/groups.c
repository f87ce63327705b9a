/*
 * groups.c - the group coordinator inside the broker: start and stop,
 * and the one translation from coordinator outcomes to Kafka error codes.
 */
#include "broker/h_groups.h"

#include <string.h>

#include "broker/broker.h"
#include "broker/conn.h"
#include "protocol/errors.h"
#include "protocol/status.h"

int16_t groups_kerr(enum grp_err e)
{
    switch (e) {
    case GRP_OK:
        return KERR_NONE;
    case GRP_MEMBER_ID_REQUIRED:
        return KERR_MEMBER_ID_REQUIRED;
    case GRP_UNKNOWN_MEMBER:
        return KERR_UNKNOWN_MEMBER_ID;
    case GRP_ILLEGAL_GENERATION:
        return KERR_ILLEGAL_GENERATION;
    case GRP_FENCED_INSTANCE:
        return KERR_FENCED_INSTANCE_ID;
    case GRP_REBALANCING:
        return KERR_REBALANCE_IN_PROGRESS;
    case GRP_INCONSISTENT_PROTOCOL:
        return KERR_INCONSISTENT_GROUP_PROTOCOL;
    case GRP_INVALID_GROUP_ID:
        return KERR_INVALID_GROUP_ID;
    case GRP_INVALID_SESSION_TIMEOUT:
        return KERR_INVALID_SESSION_TIMEOUT;
    case GRP_FULL:
        return KERR_GROUP_MAX_SIZE_REACHED;
    case GRP_LOADING:
        return KERR_COORDINATOR_LOAD_IN_PROGRESS;
    case GRP_UNAVAILABLE:
        return KERR_COORDINATOR_NOT_AVAILABLE;
    case GRP_NOT_COORDINATOR:
        return KERR_NOT_COORDINATOR;
    case GRP_NOT_FOUND:
        return KERR_GROUP_ID_NOT_FOUND;
    case GRP_NOT_EMPTY:
        return KERR_NON_EMPTY_GROUP;
    case GRP_SUBSCRIBED:
        return KERR_GROUP_SUBSCRIBED_TO_TOPIC;
    case GRP_METADATA_TOO_LARGE:
        return KERR_OFFSET_METADATA_TOO_LARGE;
    case GRP_COMMIT_TOO_LARGE:
        return KERR_INVALID_COMMIT_OFFSET_SIZE;
    case GRP_UNSTABLE_OFFSET:
        return KERR_UNSTABLE_OFFSET_COMMIT;
    case GRP_UNKNOWN_TOPIC:
        return KERR_UNKNOWN_TOPIC_OR_PARTITION;
    case GRP_INVALID_REQUEST:
        return KERR_INVALID_REQUEST;
    case GRP_INTERNAL:
        return KERR_UNKNOWN_SERVER_ERROR;
    }
    return KERR_UNKNOWN_SERVER_ERROR;
}

const char *groups_client_host(struct request *rq)
{
    if (!rq->conn)
        return "";
    /* peer is "ip:port"; Kafka shows InetAddress.toString(): "/ip". */
    const char *peer = rq->conn->peer;
    const char *colon = strrchr(peer, ':');
    size_t n = colon ? (size_t)(colon - peer) : strlen(peer);
    char *host = arena_alloc(&rq->arena, n + 2);
    if (!host)
        return "";
    host[0] = '/';
    memcpy(host + 1, peer, n);
    host[n + 1] = '\0';
    return host;
}

static int32_t cfg_i32(struct broker *b, const char *name, int64_t fallback)
{
    int64_t v = config_get_i64(&b->cfg, name, fallback);
    return v > INT32_MAX ? INT32_MAX : v < INT32_MIN ? INT32_MIN : (int32_t)v;
}

int groups_start(struct broker *b, const struct coord_log_ops *log, void *log_ctx,
                 bool (*partition_exists)(void *ctx, struct kstr topic, int32_t partition),
                 void *partition_exists_ctx)
{
    struct coord_config cfg;
    coord_config_defaults(&cfg);
    cfg.num_partitions = cfg_i32(b, "offsets.topic.num.partitions", cfg.num_partitions);
    cfg.initial_rebalance_delay_ms =
        cfg_i32(b, "group.initial.rebalance.delay.ms", cfg.initial_rebalance_delay_ms);
    cfg.min_session_timeout_ms =
        cfg_i32(b, "group.min.session.timeout.ms", cfg.min_session_timeout_ms);
    cfg.max_session_timeout_ms =
        cfg_i32(b, "group.max.session.timeout.ms", cfg.max_session_timeout_ms);
    cfg.max_group_size = cfg_i32(b, "group.max.size", cfg.max_group_size);
    cfg.offsets_retention_ms =
        config_get_i64(&b->cfg, "offsets.retention.minutes", 10080) * 60 * 1000;
    cfg.retention_check_interval_ms = config_get_i64(
        &b->cfg, "offsets.retention.check.interval.ms", cfg.retention_check_interval_ms);
    cfg.offset_metadata_max_bytes =
        cfg_i32(b, "offset.metadata.max.bytes", cfg.offset_metadata_max_bytes);
    cfg.wall_ms = wall_ms;
    cfg.partition_exists = partition_exists;
    cfg.partition_exists_ctx = partition_exists_ctx;
    b->coord = coord_new(b->base, &cfg, log, log_ctx);
    return b->coord ? 0 : -E_NOMEM;
}

void groups_begin_stop(struct broker *b)
{
    if (b->coord)
        coord_begin_stop(b->coord);
}

void groups_stop(struct broker *b)
{
    coord_free(b->coord);
    b->coord = NULL;
}
