/*
 * h_find_coordinator.c - FindCoordinator (key 10), v0-6.
 *
 * A single broker coordinates every group, so a group key (type 0) gets
 * this broker. A transaction key (type 1) gets this broker too: a
 * single-node Kafka answers the same way, and the transactional client's
 * next request (InitProducerId with its transactional id) then gets a
 * definite answer from the one place that will implement transactions,
 * rather than COORDINATOR_NOT_AVAILABLE, which clients retry until their
 * timeout. Other key types (2, share groups, v6) get INVALID_REQUEST.
 * v0-3 carry one key; v4+ a batch (KIP-699). On success Kafka's error
 * message is the error's name, "NONE".
 */
#include "broker/broker.h"
#include "broker/h_groups.h"
#include "protocol/errors.h"
#include "protocol/msg/find_coordinator.h"

struct answer {
    int16_t err;
    int32_t node_id;
    struct kstr host;
    int32_t port;
    struct kstr message;
};

static struct answer find(struct request *rq, int8_t key_type)
{
    struct broker *b = rq->b;
    struct answer a = {KERR_NONE, b->node_id, kstr_c(b->advertised_host ? b->advertised_host : ""),
                       b->advertised_port, KSTR_LIT("NONE")};
    int16_t err = KERR_NONE;
    if (key_type != 0 && key_type != 1)
        err = KERR_INVALID_REQUEST;
    else if (!coord_is_active(b->coord))
        err = KERR_COORDINATOR_NOT_AVAILABLE;
    if (err) {
        a.err = err;
        a.node_id = -1;
        a.host = KSTR_LIT("");
        a.port = -1;
        a.message = kstr_c(kerr_message(err));
    }
    return a;
}

void h_find_coordinator(struct request *rq)
{
    const struct find_coordinator_req *req = rq->body;
    struct find_coordinator_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    if (rq->version < 4) {
        struct answer a = find(rq, rq->version >= 1 ? req->key_type : 0);
        resp->error_code = a.err;
        resp->error_message = a.message;
        resp->node_id = a.node_id;
        resp->host = a.host;
        resp->port = a.port;
        return rq_finish(rq);
    }
    int32_t n = req->coordinator_keys_count > 0 ? req->coordinator_keys_count : 0;
    resp->coordinators = n ? arena_calloc(&rq->arena, (size_t)n, sizeof *resp->coordinators) : NULL;
    if (n && !resp->coordinators)
        return rq_finish(rq);
    resp->coordinators_count = n;
    for (int32_t i = 0; i < n; i++) {
        struct find_coordinator_resp_coordinator *c = &resp->coordinators[i];
        find_coordinator_resp_coordinator_init(c);
        struct answer a = find(rq, req->key_type);
        c->key = req->coordinator_keys[i];
        c->error_code = a.err;
        c->error_message = a.message;
        c->node_id = a.node_id;
        c->host = a.host;
        c->port = a.port;
    }
    rq_finish(rq);
}
