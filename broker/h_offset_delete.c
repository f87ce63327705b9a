/*
 * h_offset_delete.c - OffsetDelete (key 47), v0. A group-level error
 * comes alone (no topics); otherwise each partition has its own:
 * GROUP_SUBSCRIBED_TO_TOPIC for topics a live consumer group reads,
 * UNKNOWN_TOPIC_OR_PARTITION for partitions that do not exist.
 */
#include "broker/broker.h"
#include "broker/h_groups.h"
#include "protocol/errors.h"
#include "protocol/msg/offset_delete.h"

static void deleted(void *arg, enum grp_err group_err, const enum grp_err *errs, int32_t count)
{
    struct request *rq = arg;
    const struct offset_delete_req *req = rq->body;
    struct offset_delete_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    resp->error_code = groups_kerr(group_err);
    if (group_err != GRP_OK)
        return rq_finish(rq);
    int32_t nt = req->topics_count > 0 ? req->topics_count : 0;
    resp->topics = nt ? arena_calloc(&rq->arena, (size_t)nt, sizeof *resp->topics) : NULL;
    if (nt && !resp->topics)
        return rq_finish(rq);
    resp->topics_count = nt;
    for (int32_t t = 0, k = 0; t < nt; t++) {
        const struct offset_delete_req_offset_delete_request_topic *rt = &req->topics[t];
        struct offset_delete_resp_offset_delete_response_topic *ot = &resp->topics[t];
        offset_delete_resp_offset_delete_response_topic_init(ot);
        ot->name = rt->name;
        int32_t np = rt->partitions_count > 0 ? rt->partitions_count : 0;
        ot->partitions = np ? arena_calloc(&rq->arena, (size_t)np, sizeof *ot->partitions) : NULL;
        if (np && !ot->partitions)
            return rq_finish(rq);
        ot->partitions_count = np;
        for (int32_t p = 0; p < np; p++, k++) {
            ot->partitions[p].partition_index = rt->partitions[p].partition_index;
            ot->partitions[p].error_code =
                !errs || k >= count ? KERR_UNKNOWN_SERVER_ERROR : groups_kerr(errs[k]);
        }
    }
    rq_finish(rq);
}

void h_offset_delete(struct request *rq)
{
    if (!rq->b->coord)
        return deleted(rq, GRP_UNAVAILABLE, NULL, 0);
    off_delete(rq->b->coord, rq->body, deleted, rq);
}
