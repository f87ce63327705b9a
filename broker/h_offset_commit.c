/*
 * h_offset_commit.c - OffsetCommit (key 8), v2-9. Answered once the
 * commit is durable in __consumer_offsets; one error per partition, in
 * the request's order. Partitions of topics that do not exist get
 * UNKNOWN_TOPIC_OR_PARTITION, as Kafka's request handler gives them.
 */
#include "broker/broker.h"
#include "broker/h_groups.h"
#include "protocol/errors.h"
#include "protocol/msg/offset_commit.h"

static void committed(void *arg, const enum grp_err *errs, int32_t count)
{
    struct request *rq = arg;
    const struct offset_commit_req *req = rq->body;
    struct offset_commit_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    int32_t nt = req->topics_count > 0 ? req->topics_count : 0;
    resp->topics = nt ? arena_calloc(&rq->arena, (size_t)nt, sizeof *resp->topics) : NULL;
    if (nt && !resp->topics)
        return rq_finish(rq);
    resp->topics_count = nt;
    for (int32_t t = 0, k = 0; t < nt; t++) {
        const struct offset_commit_req_offset_commit_request_topic *rt = &req->topics[t];
        struct offset_commit_resp_offset_commit_response_topic *ot = &resp->topics[t];
        offset_commit_resp_offset_commit_response_topic_init(ot);
        ot->name = rt->name;
        int32_t np = rt->partitions_count > 0 ? rt->partitions_count : 0;
        ot->partitions = np ? arena_calloc(&rq->arena, (size_t)np, sizeof *ot->partitions) : NULL;
        if (np && !ot->partitions)
            return rq_finish(rq);
        ot->partitions_count = np;
        for (int32_t p = 0; p < np; p++, k++) {
            ot->partitions[p].partition_index = rt->partitions[p].partition_index;
            ot->partitions[p].error_code =
                count < 0 || k >= count ? KERR_UNKNOWN_SERVER_ERROR : groups_kerr(errs[k]);
        }
    }
    rq_finish(rq);
}

void h_offset_commit(struct request *rq)
{
    if (!rq->b->coord) {
        /* No coordinator: every partition is unavailable. */
        int32_t n = 0;
        const struct offset_commit_req *req = rq->body;
        for (int32_t t = 0; t < req->topics_count; t++)
            n += req->topics[t].partitions_count > 0 ? req->topics[t].partitions_count : 0;
        enum grp_err *errs = arena_calloc(&rq->arena, n ? (size_t)n : 1, sizeof *errs);
        for (int32_t i = 0; errs && i < n; i++)
            errs[i] = GRP_UNAVAILABLE;
        return committed(rq, errs, errs ? n : -1);
    }
    off_commit(rq->b->coord, rq->version, rq->body, committed, rq);
}
