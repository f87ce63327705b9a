/*
 * h_join_group.c - JoinGroup (key 11), v0-9. The request parks in the
 * coordinator until the rebalance completes; the answer is filled here.
 * v0-6 have a non-nullable protocol name: no protocol is "" there; v7+
 * send null and the protocol type (KIP-559). SkipAssignment (v9) is for
 * KIP-848 migrations and always false for classic groups.
 */
#include "broker/broker.h"
#include "broker/h_groups.h"
#include "protocol/errors.h"
#include "protocol/msg/join_group.h"

static void joined(void *arg, const struct grp_join_result *r)
{
    struct request *rq = arg;
    struct join_group_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    resp->error_code = groups_kerr(r->err);
    resp->generation_id = r->generation_id;
    resp->protocol_type = r->protocol_type;
    resp->protocol_name =
        rq->version >= 7 || r->protocol_name.len >= 0 ? r->protocol_name : KSTR_LIT("");
    resp->leader = r->leader.len >= 0 ? r->leader : KSTR_LIT("");
    resp->skip_assignment = r->skip_assignment;
    resp->member_id = r->member_id.len >= 0 ? r->member_id : KSTR_LIT("");
    if (r->members_count > 0) {
        resp->members = arena_calloc(&rq->arena, (size_t)r->members_count, sizeof *resp->members);
        if (!resp->members) {
            resp->error_code = KERR_UNKNOWN_SERVER_ERROR;
            return rq_finish(rq);
        }
        resp->members_count = r->members_count;
        for (int32_t i = 0; i < r->members_count; i++) {
            join_group_resp_join_group_response_member_init(&resp->members[i]);
            resp->members[i].member_id = r->members[i].member_id;
            resp->members[i].group_instance_id = r->members[i].group_instance_id;
            resp->members[i].metadata = r->members[i].metadata;
        }
    }
    /* Encoded now, while the coordinator's copy of the result lives. */
    rq_finish(rq);
}

void h_join_group(struct request *rq)
{
    const struct join_group_req *req = rq->body;
    if (!rq->b->coord) {
        struct grp_join_result r = {.err = GRP_UNAVAILABLE, .generation_id = -1,
                                    .protocol_type = KSTR_NULL, .protocol_name = KSTR_NULL,
                                    .leader = KSTR_LIT(""), .member_id = req->member_id};
        return joined(rq, &r);
    }
    grp_join(rq->b->coord, rq->version, req, rq->client_id, groups_client_host(rq), joined, rq);
}
