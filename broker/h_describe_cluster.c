/*
 * h_describe_cluster.c - DescribeCluster (key 60), v0-1: this broker, as
 * the cluster's only broker and controller. v1 may ask for controller
 * endpoints, which a broker listener does not serve (Kafka answers
 * MISMATCHED_ENDPOINT_TYPE).
 */
#include "broker/broker.h"
#include "broker/handlers.h"
#include "broker/topics.h"
#include "protocol/errors.h"
#include "protocol/msg/describe_cluster.h"

void h_describe_cluster(struct request *rq)
{
    struct broker *b = rq->b;
    const struct describe_cluster_req *req = rq->body;
    struct describe_cluster_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    resp->endpoint_type = rq->version >= 1 ? req->endpoint_type : 1;
    resp->cluster_id = kstr_c(b->cluster_id);
    resp->controller_id = b->node_id;
    resp->cluster_authorized_operations =
        req->include_cluster_authorized_operations ? topics_cluster_ops() : TOPICS_OPS_OMITTED;
    if (rq->version >= 1 && req->endpoint_type != 1) {
        resp->error_code = req->endpoint_type == 2 ? KERR_MISMATCHED_ENDPOINT_TYPE
                                                   : KERR_UNSUPPORTED_ENDPOINT_TYPE;
        resp->error_message = KSTR_LIT("this listener serves broker endpoints only");
        resp->brokers_count = 0;
        return rq_finish(rq);
    }
    resp->brokers = arena_calloc(&rq->arena, 1, sizeof *resp->brokers);
    if (resp->brokers) {
        describe_cluster_resp_describe_cluster_broker_init(&resp->brokers[0]);
        resp->brokers[0].broker_id = b->node_id;
        resp->brokers[0].host = kstr_c(b->advertised_host);
        resp->brokers[0].port = b->advertised_port;
        resp->brokers[0].rack = KSTR_NULL;
        resp->brokers_count = 1;
    }
    rq_finish(rq);
}
