/*
 * h_list_groups.c - ListGroups (key 16), v0-5: states filter v4+
 * (KIP-518), types filter v5+ (KIP-848; every group here is "classic").
 * While a partition loads, the live groups come with
 * COORDINATOR_LOAD_IN_PROGRESS, as Kafka answers.
 */
#include "broker/broker.h"
#include "broker/h_groups.h"
#include "protocol/msg/list_groups.h"

void h_list_groups(struct request *rq)
{
    struct list_groups_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    struct grp_listed *l = NULL;
    int32_t n = 0;
    enum grp_err e = rq->b->coord
                         ? grp_list(rq->b->coord, rq->body, rq->version, &rq->arena, &l, &n)
                         : GRP_UNAVAILABLE;
    resp->error_code = groups_kerr(e);
    resp->groups = n ? arena_calloc(&rq->arena, (size_t)n, sizeof *resp->groups) : NULL;
    resp->groups_count = resp->groups ? n : 0;
    for (int32_t i = 0; i < resp->groups_count; i++) {
        list_groups_resp_listed_group_init(&resp->groups[i]);
        resp->groups[i].group_id = l[i].group_id;
        resp->groups[i].protocol_type = l[i].protocol_type;
        resp->groups[i].group_state = kstr_c(l[i].state);
        resp->groups[i].group_type = kstr_c(l[i].type);
    }
    rq_finish(rq);
}
