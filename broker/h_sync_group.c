/*
 * h_sync_group.c - SyncGroup (key 14), v0-5. Followers park until the
 * leader's assignments are durable; v5 echoes protocol type and name
 * (KIP-559), null with errors.
 */
#include "broker/broker.h"
#include "broker/h_groups.h"
#include "protocol/msg/sync_group.h"

static void synced(void *arg, const struct grp_sync_result *r)
{
    struct request *rq = arg;
    struct sync_group_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    resp->error_code = groups_kerr(r->err);
    resp->protocol_type = r->protocol_type;
    resp->protocol_name = r->protocol_name;
    resp->assignment = r->assignment.len >= 0 ? r->assignment : (struct kbytes){NULL, 0};
    rq_finish(rq);
}

void h_sync_group(struct request *rq)
{
    if (!rq->b->coord) {
        struct grp_sync_result r = {GRP_UNAVAILABLE, KSTR_NULL, KSTR_NULL, {NULL, 0}};
        return synced(rq, &r);
    }
    grp_sync(rq->b->coord, rq->version, rq->body, synced, rq);
}
