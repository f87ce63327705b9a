/*
 * h_offset_for_leader_epoch.c - OffsetForLeaderEpoch (key 23), v0-4.
 *
 * A single broker has led every partition since it was created, in epoch
 * 0 (Metadata says so, and every batch carries partitionLeaderEpoch 0). So
 * epoch 0 ends at the log end offset, and any later epoch is unknown
 * (UNDEFINED: epoch -1, offset -1), which is what Kafka answers for an
 * epoch beyond its latest (KIP-279, KIP-320).
 */
#include "broker/broker.h"
#include "broker/handlers.h"
#include "broker/topics.h"
#include "protocol/errors.h"
#include "protocol/msg/offset_for_leader_epoch.h"
#include "storage/storage.h"

void h_offset_for_leader_epoch(struct request *rq)
{
    struct broker *b = rq->b;
    const struct offset_for_leader_epoch_req *req = rq->body;
    struct offset_for_leader_epoch_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    int32_t nt = req->topics_count > 0 ? req->topics_count : 0;
    resp->topics = arena_calloc(&rq->arena, nt ? (size_t)nt : 1, sizeof *resp->topics);
    if (!resp->topics)
        return rq_finish(rq);
    resp->topics_count = nt;
    for (int32_t i = 0; i < nt; i++) {
        const struct offset_for_leader_epoch_req_offset_for_leader_topic *rt = &req->topics[i];
        struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *tr = &resp->topics[i];
        offset_for_leader_epoch_resp_offset_for_leader_topic_result_init(tr);
        tr->topic = rt->topic;
        int32_t np = rt->partitions_count > 0 ? rt->partitions_count : 0;
        tr->partitions = arena_calloc(&rq->arena, np ? (size_t)np : 1, sizeof *tr->partitions);
        if (!tr->partitions)
            continue;
        tr->partitions_count = np;
        char name[256];
        struct topic *t = topics_name_ok(rt->topic, name, sizeof name) ? store_topic_find(b->store, name) : NULL;
        for (int32_t p = 0; p < np; p++) {
            const struct offset_for_leader_epoch_req_offset_for_leader_partition *rp = &rt->partitions[p];
            struct offset_for_leader_epoch_resp_epoch_end_offset *out = &tr->partitions[p];
            offset_for_leader_epoch_resp_epoch_end_offset_init(out);
            out->partition = rp->partition;
            out->leader_epoch = -1;
            out->end_offset = -1;
            if (!t || rp->partition < 0 || rp->partition >= topic_partition_count(t)) {
                out->error_code = KERR_UNKNOWN_TOPIC_OR_PARTITION;
                continue;
            }
            if (rq->version >= 2 && rp->current_leader_epoch > 0) {
                out->error_code = KERR_UNKNOWN_LEADER_EPOCH;
                continue;
            }
            if (rp->leader_epoch == 0) {
                out->leader_epoch = 0;
                out->end_offset = log_end_offset(topic_log(t, rp->partition));
            }
        }
    }
    rq_finish(rq);
}
