/*
 * h_init_producer_id.c - InitProducerId (key 22), v0-5.
 *
 * Idempotent producers (no transactional id) get a fresh producer id with
 * epoch 0, as Kafka's coordinator does for them, also when they pass their
 * previous id (v3+, KIP-360): the new id starts a new sequence space.
 * Transactional ids need the transaction coordinator, which is a later
 * issue; until then they are refused with a non-retriable error rather
 * than a retriable one the client would spin on.
 */
#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/handlers.h"
#include "broker/partitions.h"
#include "broker/storage_glue.h"
#include "protocol/errors.h"
#include "protocol/msg/init_producer_id.h"

void h_init_producer_id(struct request *rq)
{
    const struct init_producer_id_req *req = rq->body;
    struct init_producer_id_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    resp->producer_id = -1;
    resp->producer_epoch = -1;
    if (req->transactional_id.len >= 0) {
        blog(BLOG_INFO, "transactions_unsupported", "reason=\"InitProducerId with a transactional id\"");
        resp->error_code = KERR_TRANSACTIONAL_ID_AUTHORIZATION_FAILED;
        return rq_finish(rq);
    }
    int64_t id = parts_new_producer_id(rq->b);
    if (id < 0) {
        resp->error_code = sg_kerr((int)id);
        return rq_finish(rq);
    }
    resp->producer_id = id;
    resp->producer_epoch = 0;
    rq_finish(rq);
}
