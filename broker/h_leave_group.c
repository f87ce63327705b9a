/*
 * h_leave_group.c - LeaveGroup (key 13), v0-5. v0-2 name one member and
 * carry one error: the request's, else the member's (Kafka's getError).
 * v3+ name a batch and answer per member (KIP-345); a request-level error
 * comes with an empty member list.
 */
#include "broker/broker.h"
#include "broker/h_groups.h"
#include "protocol/errors.h"
#include "protocol/msg/leave_group.h"

void h_leave_group(struct request *rq)
{
    const struct leave_group_req *req = rq->body;
    struct leave_group_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    int32_t n = rq->version <= 2 ? 1 : (req->members_count > 0 ? req->members_count : 0);
    enum grp_err *errs = arena_calloc(&rq->arena, n ? (size_t)n : 1, sizeof *errs);
    if (!errs) {
        resp->error_code = KERR_UNKNOWN_SERVER_ERROR;
        return rq_finish(rq);
    }
    enum grp_err top =
        rq->b->coord ? grp_leave(rq->b->coord, rq->version, req, errs) : GRP_UNAVAILABLE;
    if (rq->version <= 2) {
        resp->error_code = groups_kerr(top != GRP_OK ? top : errs[0]);
        return rq_finish(rq);
    }
    resp->error_code = groups_kerr(top);
    if (top != GRP_OK || n == 0)
        return rq_finish(rq);
    resp->members = arena_calloc(&rq->arena, (size_t)n, sizeof *resp->members);
    if (!resp->members) {
        resp->error_code = KERR_UNKNOWN_SERVER_ERROR;
        return rq_finish(rq);
    }
    resp->members_count = n;
    for (int32_t i = 0; i < n; i++) {
        leave_group_resp_member_response_init(&resp->members[i]);
        resp->members[i].member_id = req->members[i].member_id;
        resp->members[i].group_instance_id = req->members[i].group_instance_id;
        resp->members[i].error_code = groups_kerr(errs[i]);
    }
    rq_finish(rq);
}
