/*
 * h_list_offsets.c - ListOffsets (key 2), v1-9.
 *
 * Special timestamps: -1 latest (high watermark, or the last stable offset
 * for read_committed), -2 earliest, -3 max timestamp (v7+), -4 earliest
 * local (v8+; no tiered storage, so the log start), -5 latest tiered (v9;
 * nothing is tiered: offset -1). Any other value searches for the first
 * record with a timestamp at or after it, within what the isolation level
 * lets the client see; none gives offset -1 and timestamp -1.
 */
#include "broker/broker.h"
#include "broker/handlers.h"
#include "broker/storage_glue.h"
#include "broker/topics.h"
#include "protocol/errors.h"
#include "protocol/msg/list_offsets.h"
#include "protocol/status.h"
#include "storage/storage.h"

enum { TS_LATEST = -1, TS_EARLIEST = -2, TS_MAX = -3, TS_EARLIEST_LOCAL = -4, TS_LATEST_TIERED = -5 };

static void lookup(struct request *rq, struct log *lg, const struct list_offsets_req_list_offsets_partition *rp,
                   struct list_offsets_resp_list_offsets_partition_response *out)
{
    const struct list_offsets_req *req = rq->body;
    int64_t limit = req->isolation_level == 1 ? log_last_stable_offset(lg) : log_high_watermark(lg);
    out->timestamp = -1;
    out->offset = -1;
    out->leader_epoch = -1;
    int64_t ts = rp->timestamp, off = -1, found_ts = -1;
    int rc = 0;
    switch (ts) {
    case TS_LATEST:
        off = limit;
        break;
    case TS_EARLIEST:
    case TS_EARLIEST_LOCAL:
        off = log_start_offset(lg);
        break;
    case TS_LATEST_TIERED:
        break;
    case TS_MAX:
        rc = log_offset_max_timestamp(lg, &off, &found_ts);
        break;
    default:
        rc = log_offset_for_timestamp(lg, ts, &off, &found_ts);
        break;
    }
    if (rc == -E_NOTFOUND || (rc == 0 && ts != TS_LATEST && off >= limit && ts != TS_EARLIEST &&
                              ts != TS_EARLIEST_LOCAL)) {
        /* Nothing at or after that time (or not visible yet). */
        off = -1;
        found_ts = -1;
        rc = 0;
    }
    if (rc) {
        out->error_code = sg_kerr(rc);
        return;
    }
    out->offset = off;
    out->timestamp = found_ts;
    out->leader_epoch = off >= 0 ? 0 : -1;
}

void h_list_offsets(struct request *rq)
{
    struct broker *b = rq->b;
    const struct list_offsets_req *req = rq->body;
    struct list_offsets_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    int32_t nt = req->topics_count > 0 ? req->topics_count : 0;
    resp->topics = arena_calloc(&rq->arena, nt ? (size_t)nt : 1, sizeof *resp->topics);
    if (!resp->topics)
        return rq_finish(rq);
    resp->topics_count = nt;
    for (int32_t i = 0; i < nt; i++) {
        const struct list_offsets_req_list_offsets_topic *rt = &req->topics[i];
        struct list_offsets_resp_list_offsets_topic_response *tr = &resp->topics[i];
        list_offsets_resp_list_offsets_topic_response_init(tr);
        tr->name = rt->name;
        int32_t np = rt->partitions_count > 0 ? rt->partitions_count : 0;
        tr->partitions = arena_calloc(&rq->arena, np ? (size_t)np : 1, sizeof *tr->partitions);
        if (!tr->partitions)
            continue;
        tr->partitions_count = np;
        char name[256];
        struct topic *t = topics_name_ok(rt->name, name, sizeof name) ? store_topic_find(b->store, name) : NULL;
        for (int32_t p = 0; p < np; p++) {
            const struct list_offsets_req_list_offsets_partition *rp = &rt->partitions[p];
            struct list_offsets_resp_list_offsets_partition_response *out = &tr->partitions[p];
            list_offsets_resp_list_offsets_partition_response_init(out);
            out->partition_index = rp->partition_index;
            out->timestamp = -1;
            out->offset = -1;
            out->leader_epoch = -1;
            if (!t || rp->partition_index < 0 || rp->partition_index >= topic_partition_count(t)) {
                out->error_code = KERR_UNKNOWN_TOPIC_OR_PARTITION;
                continue;
            }
            if (rq->version >= 4 && rp->current_leader_epoch > 0) {
                out->error_code = KERR_UNKNOWN_LEADER_EPOCH;
                continue;
            }
            lookup(rq, topic_log(t, rp->partition_index), rp, out);
        }
    }
    rq_finish(rq);
}
