/*
 * h_heartbeat.c - Heartbeat (key 12), v0-4.
 */
#include "broker/broker.h"
#include "broker/h_groups.h"
#include "protocol/msg/heartbeat.h"

void h_heartbeat(struct request *rq)
{
    struct heartbeat_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    enum grp_err e = rq->b->coord ? grp_heartbeat(rq->b->coord, rq->version, rq->body)
                                  : GRP_UNAVAILABLE;
    resp->error_code = groups_kerr(e);
    rq_finish(rq);
}
