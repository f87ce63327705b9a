/*
 * h_offset_fetch.c - OffsetFetch (key 9), v1-9.
 *
 * v1-7 ask for one group: specific partitions, or (v2+) null topics for
 * every committed partition; -1 and "" for partitions without a commit.
 * A group-level error is per partition in v1 (no top-level field) and the
 * top-level ErrorCode from v2. v8+ ask for many groups at once, each with
 * its own error. v5+ carry the committed leader epoch; v7+ require_stable
 * (no transactions yet: only commits being written are unstable).
 */
#include "broker/broker.h"
#include "broker/h_groups.h"
#include "protocol/errors.h"
#include "protocol/msg/offset_fetch.h"

static enum grp_err fetch(struct request *rq, struct kstr group, const struct off_topic_sel *sel,
                          int32_t nsel, bool require_stable, struct off_fetched_topic **out,
                          int32_t *n)
{
    *out = NULL;
    *n = 0;
    if (!rq->b->coord)
        return GRP_UNAVAILABLE;
    return off_fetch(rq->b->coord, group, sel, nsel, require_stable, &rq->arena, out, n);
}

static void single_group(struct request *rq, const struct offset_fetch_req *req,
                         struct offset_fetch_resp *resp)
{
    int32_t nsel = req->topics_count; /* -1: every committed partition */
    struct off_topic_sel *sel =
        nsel > 0 ? arena_calloc(&rq->arena, (size_t)nsel, sizeof *sel) : NULL;
    if (nsel > 0 && !sel) {
        resp->error_code = KERR_UNKNOWN_SERVER_ERROR;
        return;
    }
    for (int32_t i = 0; i < nsel; i++) {
        sel[i].name = req->topics[i].name;
        sel[i].partitions = req->topics[i].partition_indexes;
        sel[i].partitions_count = req->topics[i].partition_indexes_count;
    }
    struct off_fetched_topic *out;
    int32_t n;
    enum grp_err e = fetch(rq, req->group_id, sel, nsel, req->require_stable, &out, &n);
    if (e != GRP_OK && rq->version >= 2) {
        resp->error_code = groups_kerr(e);
        return;
    }
    if (e != GRP_OK) {
        /* v1 has no top-level error: each requested partition carries it. */
        struct arena *a = &rq->arena;
        out = nsel > 0 ? arena_calloc(a, (size_t)nsel, sizeof *out) : NULL;
        n = out ? nsel : 0;
        for (int32_t i = 0; i < n; i++) {
            out[i].name = sel[i].name;
            int32_t np = sel[i].partitions_count > 0 ? sel[i].partitions_count : 0;
            out[i].partitions = np ? arena_calloc(a, (size_t)np, sizeof *out[i].partitions) : NULL;
            out[i].partitions_count = out[i].partitions ? np : 0;
            for (int32_t p = 0; p < out[i].partitions_count; p++) {
                out[i].partitions[p] = (struct off_fetched_partition){
                    sel[i].partitions[p], -1, -1, KSTR_LIT(""), e};
            }
        }
    }
    resp->topics = n ? arena_calloc(&rq->arena, (size_t)n, sizeof *resp->topics) : NULL;
    if (n && !resp->topics) {
        resp->error_code = KERR_UNKNOWN_SERVER_ERROR;
        return;
    }
    resp->topics_count = n;
    for (int32_t i = 0; i < n; i++) {
        struct offset_fetch_resp_offset_fetch_response_topic *t = &resp->topics[i];
        offset_fetch_resp_offset_fetch_response_topic_init(t);
        t->name = out[i].name;
        int32_t np = out[i].partitions_count;
        t->partitions = np ? arena_calloc(&rq->arena, (size_t)np, sizeof *t->partitions) : NULL;
        t->partitions_count = t->partitions ? np : 0;
        for (int32_t p = 0; p < t->partitions_count; p++) {
            const struct off_fetched_partition *f = &out[i].partitions[p];
            offset_fetch_resp_offset_fetch_response_partition_init(&t->partitions[p]);
            t->partitions[p].partition_index = f->partition;
            t->partitions[p].committed_offset = f->offset;
            t->partitions[p].committed_leader_epoch = f->leader_epoch;
            t->partitions[p].metadata = f->metadata;
            t->partitions[p].error_code = groups_kerr(f->err);
        }
    }
}

static void one_of_many(struct request *rq, const struct offset_fetch_req_offset_fetch_request_group *g,
                        bool require_stable, struct offset_fetch_resp_offset_fetch_response_group *o)
{
    offset_fetch_resp_offset_fetch_response_group_init(o);
    o->group_id = g->group_id;
    int32_t nsel = g->topics_count;
    struct off_topic_sel *sel =
        nsel > 0 ? arena_calloc(&rq->arena, (size_t)nsel, sizeof *sel) : NULL;
    if (nsel > 0 && !sel) {
        o->error_code = KERR_UNKNOWN_SERVER_ERROR;
        return;
    }
    for (int32_t i = 0; i < nsel; i++) {
        sel[i].name = g->topics[i].name;
        sel[i].partitions = g->topics[i].partition_indexes;
        sel[i].partitions_count = g->topics[i].partition_indexes_count;
    }
    struct off_fetched_topic *out;
    int32_t n;
    enum grp_err e = fetch(rq, g->group_id, sel, nsel, require_stable, &out, &n);
    o->error_code = groups_kerr(e);
    if (e != GRP_OK)
        return;
    o->topics = n ? arena_calloc(&rq->arena, (size_t)n, sizeof *o->topics) : NULL;
    if (n && !o->topics) {
        o->error_code = KERR_UNKNOWN_SERVER_ERROR;
        return;
    }
    o->topics_count = n;
    for (int32_t i = 0; i < n; i++) {
        struct offset_fetch_resp_offset_fetch_response_topics *t = &o->topics[i];
        offset_fetch_resp_offset_fetch_response_topics_init(t);
        t->name = out[i].name;
        int32_t np = out[i].partitions_count;
        t->partitions = np ? arena_calloc(&rq->arena, (size_t)np, sizeof *t->partitions) : NULL;
        t->partitions_count = t->partitions ? np : 0;
        for (int32_t p = 0; p < t->partitions_count; p++) {
            const struct off_fetched_partition *f = &out[i].partitions[p];
            offset_fetch_resp_offset_fetch_response_partitions_init(&t->partitions[p]);
            t->partitions[p].partition_index = f->partition;
            t->partitions[p].committed_offset = f->offset;
            t->partitions[p].committed_leader_epoch = f->leader_epoch;
            t->partitions[p].metadata = f->metadata;
            t->partitions[p].error_code = groups_kerr(f->err);
        }
    }
}

void h_offset_fetch(struct request *rq)
{
    const struct offset_fetch_req *req = rq->body;
    struct offset_fetch_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    if (rq->version < 8) {
        single_group(rq, req, resp);
        return rq_finish(rq);
    }
    int32_t n = req->groups_count > 0 ? req->groups_count : 0;
    resp->groups = n ? arena_calloc(&rq->arena, (size_t)n, sizeof *resp->groups) : NULL;
    if (n && !resp->groups)
        return rq_finish(rq);
    resp->groups_count = n;
    for (int32_t i = 0; i < n; i++)
        one_of_many(rq, &req->groups[i], req->require_stable, &resp->groups[i]);
    rq_finish(rq);
}
