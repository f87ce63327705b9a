/*
 * h_describe_groups.c - DescribeGroups (key 15), v0-5. Unknown groups are
 * "Dead" without error; metadata, assignments and the protocol only for
 * Stable groups. v3+: authorized operations when asked - with no
 * authorizer, every operation a group supports (READ, DELETE, DESCRIBE:
 * bits 3, 6, 8), else Kafka's "not requested" INT32_MIN.
 */
#include "broker/broker.h"
#include "broker/h_groups.h"
#include "protocol/msg/describe_groups.h"

#define GROUP_OPS_ALL ((1 << 3) | (1 << 6) | (1 << 8))

void h_describe_groups(struct request *rq)
{
    const struct describe_groups_req *req = rq->body;
    struct describe_groups_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    int32_t n = req->groups_count > 0 ? req->groups_count : 0;
    resp->groups = n ? arena_calloc(&rq->arena, (size_t)n, sizeof *resp->groups) : NULL;
    if (n && !resp->groups)
        return rq_finish(rq);
    resp->groups_count = n;
    for (int32_t i = 0; i < n; i++) {
        struct describe_groups_resp_described_group *o = &resp->groups[i];
        describe_groups_resp_described_group_init(o);
        struct grp_described d;
        if (rq->b->coord) {
            grp_describe(rq->b->coord, req->groups[i], &rq->arena, &d);
        } else {
            d = (struct grp_described){.err = GRP_UNAVAILABLE, .group_id = req->groups[i],
                                       .state = "", .protocol_type = KSTR_LIT(""),
                                       .protocol_data = KSTR_LIT("")};
        }
        o->error_code = groups_kerr(d.err);
        o->group_id = req->groups[i];
        o->group_state = kstr_c(d.state);
        o->protocol_type = d.protocol_type;
        o->protocol_data = d.protocol_data;
        if (req->include_authorized_operations)
            o->authorized_operations = GROUP_OPS_ALL;
        o->members = d.members_count
                         ? arena_calloc(&rq->arena, (size_t)d.members_count, sizeof *o->members)
                         : NULL;
        o->members_count = o->members ? d.members_count : 0;
        for (int32_t m = 0; m < o->members_count; m++) {
            struct describe_groups_resp_described_group_member *om = &o->members[m];
            describe_groups_resp_described_group_member_init(om);
            om->member_id = d.members[m].member_id;
            om->group_instance_id = d.members[m].group_instance_id;
            om->client_id = d.members[m].client_id;
            om->client_host = d.members[m].client_host;
            om->member_metadata = d.members[m].metadata;
            om->member_assignment = d.members[m].assignment;
        }
    }
    rq_finish(rq);
}
