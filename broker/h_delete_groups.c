/*
 * h_delete_groups.c - DeleteGroups (key 42), v0-2: only Empty groups go
 * (NON_EMPTY_GROUP otherwise, GROUP_ID_NOT_FOUND for unknown ones);
 * answered once their tombstones are durable.
 */
#include "broker/broker.h"
#include "broker/h_groups.h"
#include "protocol/errors.h"
#include "protocol/msg/delete_groups.h"

static void deleted(void *arg, const enum grp_err *errs, int32_t count)
{
    struct request *rq = arg;
    const struct delete_groups_req *req = rq->body;
    struct delete_groups_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    int32_t n = req->groups_names_count > 0 ? req->groups_names_count : 0;
    resp->results = n ? arena_calloc(&rq->arena, (size_t)n, sizeof *resp->results) : NULL;
    if (n && !resp->results)
        return rq_finish(rq);
    resp->results_count = n;
    for (int32_t i = 0; i < n; i++) {
        delete_groups_resp_deletable_group_result_init(&resp->results[i]);
        resp->results[i].group_id = req->groups_names[i];
        resp->results[i].error_code =
            count < 0 || i >= count ? KERR_UNKNOWN_SERVER_ERROR : groups_kerr(errs[i]);
    }
    rq_finish(rq);
}

void h_delete_groups(struct request *rq)
{
    if (!rq->b->coord) {
        const struct delete_groups_req *req = rq->body;
        int32_t n = req->groups_names_count > 0 ? req->groups_names_count : 0;
        enum grp_err *errs = arena_calloc(&rq->arena, n ? (size_t)n : 1, sizeof *errs);
        for (int32_t i = 0; errs && i < n; i++)
            errs[i] = GRP_UNAVAILABLE;
        return deleted(rq, errs, errs ? n : -1);
    }
    grp_delete(rq->b->coord, rq->body, deleted, rq);
}
