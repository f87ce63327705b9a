/*
 * h_fetch.c - Fetch (key 1), v4-16.
 *
 * Reads whole batches as file ranges (zero copy): the first batch is the
 * one containing the requested offset, even mid-batch, and is returned even
 * when larger than the limits (KIP-74), for the first partition with data.
 * Long poll: when less than min_bytes is available the request parks on
 * every partition it reads and is woken by appends (purgatory), or answers
 * at max_wait_ms with whatever is there.
 *
 * Fetch sessions (KIP-227) are not kept: every answer carries session id
 * 0, which tells clients to send full requests; a request naming a session
 * gets FETCH_SESSION_ID_NOT_FOUND so the client starts over.
 */
#include <string.h>

#include "broker/broker.h"
#include "broker/handlers.h"
#include "broker/purgatory.h"
#include "broker/storage_glue.h"
#include "broker/topics.h"
#include "protocol/errors.h"
#include "protocol/msg/fetch.h"
#include "protocol/status.h"
#include "storage/storage.h"

struct fetch_ctx {
    struct request *rq;
    struct parked *parked;
    struct log_read_result *reads; /* one per response partition */
    size_t nreads;
    bool has_error; /* some partition answers with an error */
};

static void release_reads(struct fetch_ctx *fc)
{
    for (size_t i = 0; i < fc->nreads; i++)
        log_read_release(&fc->reads[i]);
}

static struct topic *resolve(struct request *rq, const struct fetch_req_fetch_topic *ft)
{
    if (rq->version >= 13)
        return store_topic_find_id(rq->b->store, &ft->topic_id);
    char name[256];
    return topics_name_ok(ft->topic, name, sizeof name) ? store_topic_find(rq->b->store, name)
                                                          : NULL;
}

/* Fill the response from the logs as they are now. Returns the bytes of
 * record data gathered. Spans stay held in fc->reads. */
static int64_t gather(struct fetch_ctx *fc)
{
    struct request *rq = fc->rq;
    const struct fetch_req *req = rq->body;
    struct fetch_resp *resp = rq->resp;
    enum log_isolation iso = req->isolation_level == 1 ? LOG_READ_COMMITTED : LOG_READ_HIGH_WATERMARK;
    int64_t budget = req->max_bytes > 0 ? req->max_bytes : INT32_MAX;
    int64_t total = 0;
    size_t k = 0;
    fc->has_error = false;
    for (int32_t i = 0; i < resp->responses_count; i++) {
        const struct fetch_req_fetch_topic *ft = &req->topics[i];
        struct fetch_resp_fetchable_topic_response *tr = &resp->responses[i];
        struct topic *t = resolve(rq, ft);
        for (int32_t p = 0; p < tr->partitions_count; p++, k++) {
            const struct fetch_req_fetch_partition *fp = &ft->partitions[p];
            struct fetch_resp_partition_data *out = &tr->partitions[p];
            struct log_read_result *rd = &fc->reads[k];
            /* A second gather (h_fetch answering at once calls respond(),
             * which gathers again) must not drop the file references the
             * first one holds: each is an open segment fd that would never
             * be closed (found by LeakSanitizer). */
            log_read_release(rd);
            memset(rd, 0, sizeof *rd);
            fetch_resp_partition_data_init(out);
            out->partition_index = fp->partition;
            out->high_watermark = -1;
            out->last_stable_offset = -1;
            out->log_start_offset = -1;
            out->records = (struct krecords){NULL, 0, NULL, 0};
            out->aborted_transactions_count = req->isolation_level == 1 ? 0 : -1;
            if (!t) {
                out->error_code = rq->version >= 13 ? KERR_UNKNOWN_TOPIC_ID
                                                    : KERR_UNKNOWN_TOPIC_OR_PARTITION;
                continue;
            }
            if (fp->partition < 0 || fp->partition >= topic_partition_count(t)) {
                out->error_code = KERR_UNKNOWN_TOPIC_OR_PARTITION;
                continue;
            }
            struct log *lg = topic_log(t, fp->partition);
            out->high_watermark = log_high_watermark(lg);
            out->last_stable_offset = log_last_stable_offset(lg);
            out->log_start_offset = log_start_offset(lg);
            /* KIP-320: a client that knows a newer epoch than ours (0). */
            if (rq->version >= 9 && fp->current_leader_epoch > 0) {
                out->error_code = KERR_UNKNOWN_LEADER_EPOCH;
                continue;
            }
            int64_t limit = fp->partition_max_bytes < budget ? fp->partition_max_bytes : budget;
            if (limit <= 0 && total > 0)
                continue; /* the response is full; the first batch went out */
            int rc = log_read(lg, fp->fetch_offset, limit > 0 ? limit : 1, iso, rd);
            if (rc) {
                out->error_code = rc == -E_RANGE ? KERR_OFFSET_OUT_OF_RANGE : sg_kerr(rc);
                continue;
            }
            out->high_watermark = rd->high_watermark;
            out->last_stable_offset = rd->last_stable_offset;
            out->log_start_offset = rd->log_start_offset;
            if (rd->nspans) {
                out->records.len = (int32_t)rd->bytes;
                out->records.spans = rd->spans;
                out->records.nspans = rd->nspans;
            }
            total += rd->bytes;
            budget -= rd->bytes;
        }
    }
    for (int32_t i = 0; i < resp->responses_count; i++)
        for (int32_t p = 0; p < resp->responses[i].partitions_count; p++)
            fc->has_error |= resp->responses[i].partitions[p].error_code != 0;
    return total;
}

/* Answer with what fc->reads holds now (a fresh gather() just ran). The
 * spans then belong to the response: rq_finish hands each owner to the
 * output buffer, which releases it once sent. */
static void respond(struct fetch_ctx *fc)
{
    fc->nreads = 0;
    rq_finish(fc->rq);
}

static void on_wake(struct parked *p, void *arg)
{
    struct fetch_ctx *fc = arg;
    const struct fetch_req *req = fc->rq->body;
    int64_t got = gather(fc);
    release_reads(fc);
    /* Like Kafka's delayed fetch: enough data, or a partition that now
     * fails (its topic was deleted), completes the request. */
    if (got < req->min_bytes && !fc->has_error)
        return; /* keep waiting */
    purg_unpark(p);
    fc->parked = NULL;
    fc->rq->cancel = NULL;
    gather(fc);
    respond(fc);
}

static void on_timeout(struct parked *p, void *arg)
{
    (void)p;
    struct fetch_ctx *fc = arg;
    fc->parked = NULL;
    fc->rq->cancel = NULL;
    gather(fc);
    respond(fc);
}

static void on_cancel(struct request *rq)
{
    struct fetch_ctx *fc = rq->park;
    purg_unpark(fc->parked);
    rq_free(rq);
}

void h_fetch(struct request *rq)
{
    const struct fetch_req *req = rq->body;
    struct fetch_resp *resp = rq_response(rq);
    struct fetch_ctx *fc = arena_alloc(&rq->arena, sizeof *fc);
    if (!resp || !fc)
        return rq_finish(rq);
    fc->rq = rq;
    resp->session_id = 0;
    if (rq->version >= 7 && req->session_id != 0) {
        resp->error_code = KERR_FETCH_SESSION_ID_NOT_FOUND;
        resp->responses_count = 0;
        return rq_finish(rq);
    }
    int32_t nt = req->topics_count > 0 ? req->topics_count : 0;
    resp->responses = arena_calloc(&rq->arena, nt ? (size_t)nt : 1, sizeof *resp->responses);
    if (!resp->responses)
        return rq_finish(rq);
    resp->responses_count = nt;
    size_t nparts = 0;
    for (int32_t i = 0; i < nt; i++) {
        const struct fetch_req_fetch_topic *ft = &req->topics[i];
        struct fetch_resp_fetchable_topic_response *tr = &resp->responses[i];
        fetch_resp_fetchable_topic_response_init(tr);
        tr->topic = ft->topic;
        tr->topic_id = ft->topic_id;
        int32_t np = ft->partitions_count > 0 ? ft->partitions_count : 0;
        tr->partitions = arena_calloc(&rq->arena, np ? (size_t)np : 1, sizeof *tr->partitions);
        if (!tr->partitions)
            return rq_finish(rq);
        tr->partitions_count = np;
        nparts += (size_t)np;
    }
    fc->reads = arena_calloc(&rq->arena, nparts ? nparts : 1, sizeof *fc->reads);
    if (!fc->reads)
        return rq_finish(rq);
    fc->nreads = nparts;

    int64_t got = gather(fc);
    if (got >= req->min_bytes || fc->has_error || req->max_wait_ms <= 0 || nparts == 0 ||
        rq->b->stopping)
        return respond(fc);

    /* Park on every partition we could read. */
    release_reads(fc);
    const void **keys = arena_calloc(&rq->arena, nparts, sizeof *keys);
    size_t nkeys = 0;
    for (int32_t i = 0; keys && i < nt; i++) {
        struct topic *t = resolve(rq, &req->topics[i]);
        for (int32_t p = 0; t && p < req->topics[i].partitions_count; p++) {
            int32_t idx = req->topics[i].partitions[p].partition;
            if (idx >= 0 && idx < topic_partition_count(t))
                keys[nkeys++] = topic_log(t, idx);
        }
    }
    if (!keys || nkeys == 0) {
        gather(fc);
        return respond(fc);
    }
    fc->parked = purg_park(rq->b->purgatory, keys, nkeys, req->max_wait_ms, on_wake, on_timeout, fc);
    if (!fc->parked) {
        gather(fc);
        return respond(fc);
    }
    rq->park = fc;
    rq->cancel = on_cancel;
}
