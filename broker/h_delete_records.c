/*
 * h_delete_records.c - DeleteRecords (key 21), v0-2 (KIP-107; v1 only
 * changed throttling, v2 is the flexible encoding).
 *
 * Per partition, in the order Kafka 3.9's broker checks: unknown topic or
 * partition (UNKNOWN_TOPIC_OR_PARTITION), internal topic
 * (INVALID_TOPIC_EXCEPTION: "Cannot delete records of internal topic"), a
 * cleanup.policy without "delete" (POLICY_VIOLATION: a compacted-only log
 * keeps its records), then the offset: -1 means the high watermark, past
 * the high watermark or below -1 is OFFSET_OUT_OF_RANGE, and an offset at
 * or below the current log start changes nothing. The answer carries the
 * resulting log start offset (low_watermark, -1 on error) and is sent once
 * that offset is durable in storage's checkpoint. timeout_ms is ignored:
 * with one replica there is nobody to wait for.
 */
#include "broker/admin.h"
#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/h_admin.h"
#include "broker/storage_glue.h"
#include "broker/topics.h"
#include "protocol/errors.h"
#include "protocol/msg/delete_records.h"
#include "protocol/status.h"
#include "storage/storage.h"

typedef struct delete_records_resp_delete_records_partition_result result;

struct moved {
    struct adm_pending *pend;
    result *out;
};

static void on_moved(void *arg, int status)
{
    struct moved *m = arg;
    if (status) {
        m->out->error_code = sg_kerr(status);
        m->out->low_watermark = -1;
    }
    adm_pending_release(m->pend);
}

static void delete_partition(struct request *rq, struct adm_pending *pend, struct topic *t,
                             const struct delete_records_req_delete_records_partition *rp,
                             result *out)
{
    out->partition_index = rp->partition_index;
    out->low_watermark = -1;
    if (!t || rp->partition_index < 0 || rp->partition_index >= topic_partition_count(t)) {
        out->error_code = KERR_UNKNOWN_TOPIC_OR_PARTITION;
        return;
    }
    if (topics_is_internal(topic_name(t))) {
        out->error_code = KERR_INVALID_TOPIC_EXCEPTION;
        return;
    }
    if (!(topic_cfg(t)->cleanup_policy & STORE_CLEANUP_DELETE)) {
        out->error_code = KERR_POLICY_VIOLATION;
        return;
    }
    struct moved *m = arena_alloc(&rq->arena, sizeof *m);
    if (!m) {
        out->error_code = KERR_UNKNOWN_SERVER_ERROR;
        return;
    }
    m->pend = pend;
    m->out = out;
    struct log *lg = topic_log(t, rp->partition_index);
    int64_t before = log_start_offset(lg), low = -1;
    pend->outstanding++; /* before the call, in case on_moved ran at once */
    int rc = log_delete_records(lg, rp->offset, on_moved, m, &low);
    if (rc) {
        pend->outstanding--;
        out->error_code = sg_kerr(rc);
        return;
    }
    if (out->error_code == 0)
        out->low_watermark = low;
    if (low != before)
        blog(BLOG_INFO, "records_deleted", "topic=%s partition=%d log_start_offset=%lld",
             topic_name(t), rp->partition_index, (long long)low);
}

void h_delete_records(struct request *rq)
{
    struct broker *b = rq->b;
    const struct delete_records_req *req = rq->body;
    struct delete_records_resp *resp = rq_response(rq);
    struct adm_pending *pend = adm_pending_new(rq);
    int32_t nt = req->topics_count > 0 ? req->topics_count : 0;
    if (resp)
        resp->topics = arena_calloc(&rq->arena, nt ? (size_t)nt : 1, sizeof *resp->topics);
    if (!resp || !pend || !resp->topics)
        return rq_finish(rq);
    resp->topics_count = nt;
    for (int32_t i = 0; i < nt; i++) {
        const struct delete_records_req_delete_records_topic *rt = &req->topics[i];
        struct delete_records_resp_delete_records_topic_result *tr = &resp->topics[i];
        delete_records_resp_delete_records_topic_result_init(tr);
        tr->name = rt->name;
        int32_t np = rt->partitions_count > 0 ? rt->partitions_count : 0;
        tr->partitions = arena_calloc(&rq->arena, np ? (size_t)np : 1, sizeof *tr->partitions);
        if (!tr->partitions) {
            resp->topics_count = i;
            break;
        }
        tr->partitions_count = np;
        char name[256];
        struct topic *t = adm_topic_name_error(&rq->arena, rt->name, name, sizeof name)
                              ? NULL
                              : store_topic_find(b->store, name);
        for (int32_t p = 0; p < np; p++) {
            result *out = &tr->partitions[p];
            delete_records_resp_delete_records_partition_result_init(out);
            delete_partition(rq, pend, t, &rt->partitions[p], out);
        }
    }
    adm_pending_release(pend);
}
