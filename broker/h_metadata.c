/*
 * h_metadata.c - Metadata (key 3), v0-12.
 *
 * One broker: it is every partition's leader, the only replica and ISR
 * member, and the controller (clients send admin requests and kafkajs its
 * InitProducerId to the controller, which must be in the broker list).
 * Topic list semantics: v0 empty = all topics; v1+ null = all, empty =
 * none. v10+ topics may be asked for by id.
 *
 * Auto-creation (auto.create.topics.enable, and the v4+ request flag):
 * the answer waits until the new topic is durable and then describes it
 * fully, so a produce right after sees leaders (COMPAT-TRAPS: "topic
 * creation is usable when ... answers").
 */
#include <string.h>

#include "broker/broker.h"
#include "broker/handlers.h"
#include "broker/storage_glue.h"
#include "broker/topics.h"
#include "protocol/errors.h"
#include "protocol/msg/metadata.h"
#include "protocol/status.h"
#include "storage/storage.h"

struct md_pending {
    struct request *rq;
    int outstanding;
};

struct md_create {
    struct md_pending *pend;
    struct metadata_resp_metadata_response_topic *out;
};

static void describe_topic(struct request *rq, struct topic *t,
                           struct metadata_resp_metadata_response_topic *out)
{
    struct broker *b = rq->b;
    out->error_code = KERR_NONE;
    out->name = kstr_c(arena_strdup(&rq->arena, topic_name(t)));
    out->topic_id = *topic_id(t);
    out->is_internal = topics_is_internal(topic_name(t));
    const struct metadata_req *req = rq->body;
    out->topic_authorized_operations =
        req->include_topic_authorized_operations ? topics_topic_ops() : TOPICS_OPS_OMITTED;
    int32_t n = topic_partition_count(t);
    out->partitions = arena_calloc(&rq->arena, (size_t)n, sizeof *out->partitions);
    int32_t *self = arena_alloc(&rq->arena, sizeof *self);
    if (!out->partitions || !self) {
        out->error_code = KERR_UNKNOWN_SERVER_ERROR;
        return;
    }
    *self = b->node_id;
    out->partitions_count = n;
    for (int32_t p = 0; p < n; p++) {
        struct metadata_resp_metadata_response_partition *mp = &out->partitions[p];
        metadata_resp_metadata_response_partition_init(mp);
        mp->partition_index = p;
        mp->leader_id = b->node_id;
        mp->leader_epoch = 0;
        mp->replica_nodes = self;
        mp->replica_nodes_count = 1;
        mp->isr_nodes = self;
        mp->isr_nodes_count = 1;
        mp->offline_replicas_count = 0;
    }
}

static void finish_pending(struct md_pending *pend)
{
    if (--pend->outstanding == 0)
        rq_finish(pend->rq);
}

static void on_created(void *arg, int status, struct topic *t)
{
    struct md_create *mc = arg;
    struct request *rq = mc->pend->rq;
    if (status == 0 && t)
        describe_topic(rq, t, mc->out);
    else
        mc->out->error_code = status == -E_EXISTS ? KERR_LEADER_NOT_AVAILABLE : sg_kerr(status);
    finish_pending(mc->pend);
}

static void fill_brokers(struct request *rq, struct metadata_resp *resp)
{
    struct broker *b = rq->b;
    resp->brokers = arena_calloc(&rq->arena, 1, sizeof *resp->brokers);
    if (!resp->brokers)
        return;
    resp->brokers_count = 1;
    metadata_resp_metadata_response_broker_init(&resp->brokers[0]);
    resp->brokers[0].node_id = b->node_id;
    resp->brokers[0].host = kstr_c(b->advertised_host);
    resp->brokers[0].port = b->advertised_port;
    resp->brokers[0].rack = KSTR_NULL;
    resp->cluster_id = kstr_c(b->cluster_id);
    resp->controller_id = b->node_id;
}

void h_metadata(struct request *rq)
{
    struct broker *b = rq->b;
    const struct metadata_req *req = rq->body;
    struct metadata_resp *resp = rq_response(rq);
    if (!resp)
        return rq_finish(rq);
    fill_brokers(rq, resp);
    resp->cluster_authorized_operations =
        req->include_cluster_authorized_operations ? topics_cluster_ops() : TOPICS_OPS_OMITTED;

    bool all = (rq->version == 0 && req->topics_count == 0) || req->topics_count < 0;
    if (all) {
        size_t n = store_topic_count(b->store);
        resp->topics = arena_calloc(&rq->arena, n ? n : 1, sizeof *resp->topics);
        if (!resp->topics)
            return rq_finish(rq);
        resp->topics_count = (int32_t)n;
        for (size_t i = 0; i < n; i++) {
            metadata_resp_metadata_response_topic_init(&resp->topics[i]);
            describe_topic(rq, store_topic_at(b->store, i), &resp->topics[i]);
        }
        return rq_finish(rq);
    }

    int32_t n = req->topics_count;
    resp->topics = arena_calloc(&rq->arena, n ? (size_t)n : 1, sizeof *resp->topics);
    struct md_pending *pend = arena_alloc(&rq->arena, sizeof *pend);
    if (!resp->topics || !pend)
        return rq_finish(rq);
    resp->topics_count = n;
    pend->rq = rq;
    pend->outstanding = 1; /* released below, after the loop */
    bool may_create = b->auto_create_topics && (rq->version < 4 || req->allow_auto_topic_creation);
    for (int32_t i = 0; i < n; i++) {
        const struct metadata_req_metadata_request_topic *rt = &req->topics[i];
        struct metadata_resp_metadata_response_topic *out = &resp->topics[i];
        metadata_resp_metadata_response_topic_init(out);
        out->topic_authorized_operations = TOPICS_OPS_OMITTED;
        out->partitions_count = 0;
        if (rq->version >= 10 && rt->name.len < 0) {
            /* By id. */
            struct topic *t = store_topic_find_id(b->store, &rt->topic_id);
            out->topic_id = rt->topic_id;
            out->name = KSTR_NULL;
            if (t)
                describe_topic(rq, t, out);
            else
                out->error_code = KERR_UNKNOWN_TOPIC_ID;
            continue;
        }
        out->name = rt->name;
        char name[256];
        if (!topics_name_ok(rt->name, name, sizeof name)) {
            out->error_code = KERR_INVALID_TOPIC_EXCEPTION;
            continue;
        }
        struct topic *t = store_topic_find(b->store, name);
        if (t) {
            describe_topic(rq, t, out);
            continue;
        }
        if (!may_create || topics_is_internal(name)) {
            out->error_code = KERR_UNKNOWN_TOPIC_OR_PARTITION;
            continue;
        }
        struct md_create *mc = arena_alloc(&rq->arena, sizeof *mc);
        if (!mc) {
            out->error_code = KERR_UNKNOWN_SERVER_ERROR;
            continue;
        }
        mc->pend = pend;
        mc->out = out;
        int rc = topics_auto_create(b, name, on_created, mc);
        if (rc == 0)
            pend->outstanding++;
        else
            out->error_code = rc == -E_EXISTS ? KERR_LEADER_NOT_AVAILABLE : sg_kerr(rc);
    }
    finish_pending(pend);
}
