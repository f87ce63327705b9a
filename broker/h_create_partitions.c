/*
 * h_create_partitions.c - CreatePartitions (key 37), v0-3.
 *
 * Grows topics to `count` partitions, with Kafka 3.9's controller checks
 * and messages: the count must exceed the current one (INVALID_PARTITIONS),
 * assignments, when given, must list one replica list per new partition,
 * each exactly [node.id] on one broker (INVALID_REPLICA_ASSIGNMENT), and a
 * topic named twice is INVALID_REQUEST (one entry, listed first as Kafka
 * does). validate_only checks without changing anything. Internal topics
 * are treated like any other, as in Kafka (the group coordinator maps
 * groups with offsets.topic.num.partitions, so extra __consumer_offsets
 * partitions simply stay unused).
 *
 * Growth is answered once storage has made it durable. Past Kafka's bound
 * of records per operation (ADM_MAX_RECORDS new partitions in one request)
 * a topic gets POLICY_VIOLATION. timeout_ms is ignored: the change is
 * local.
 */
#include "broker/admin.h"
#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/h_admin.h"
#include "broker/storage_glue.h"
#include "protocol/errors.h"
#include "protocol/msg/create_partitions.h"
#include "protocol/status.h"
#include "storage/storage.h"

typedef struct create_partitions_req_create_partitions_topic req_topic;
typedef struct create_partitions_resp_create_partitions_topic_result result;

struct grow {
    struct request *rq;
    struct adm_pending *pend;
    int64_t records;
};

static void set_error(struct request *rq, result *out, int16_t err, struct kstr msg)
{
    (void)rq;
    out->error_code = err;
    out->error_message = msg;
}

/* Returns the partitions to add (> 0), or 0 after setting the error. */
static int32_t check(struct request *rq, const req_topic *rt, struct topic *t, result *out)
{
    struct arena *a = &rq->arena;
    int32_t cur = topic_partition_count(t);
    if (rt->count == cur) {
        set_error(rq, out, KERR_INVALID_PARTITIONS,
                  adm_msg(a, "Topic already has %d partition(s).", cur));
        return 0;
    }
    if (rt->count < cur) {
        set_error(rq, out, KERR_INVALID_PARTITIONS,
                  adm_msg(a, "The topic %s currently has %d partition(s); %d would not be an "
                             "increase.", topic_name(t), cur, rt->count));
        return 0;
    }
    int32_t additional = rt->count - cur;
    if (rt->assignments_count < 0)
        return additional;
    if (rt->assignments_count != additional) {
        set_error(rq, out, KERR_INVALID_REPLICA_ASSIGNMENT,
                  adm_msg(a, "Attempted to add %d additional partition(s), but only %d "
                             "assignment(s) were specified.", additional, rt->assignments_count));
        return 0;
    }
    for (int32_t i = 0; i < rt->assignments_count; i++) {
        const struct create_partitions_req_create_partitions_assignment *as = &rt->assignments[i];
        int32_t nb = as->broker_ids_count > 0 ? as->broker_ids_count : 0;
        /* The replication factor of the existing partitions: 1. */
        const char *msg = adm_check_replicas(a, rq->b->node_id, as->broker_ids, nb, 1);
        if (msg) {
            set_error(rq, out, KERR_INVALID_REPLICA_ASSIGNMENT, kstr_c(msg));
            return 0;
        }
    }
    return additional;
}

static void grow_one(struct grow *g, const req_topic *rt, result *out)
{
    struct request *rq = g->rq;
    struct broker *b = rq->b;
    const struct create_partitions_req *req = rq->body;
    char name[256];
    struct topic *t = adm_topic_name_error(&rq->arena, rt->name, name, sizeof name)
                          ? NULL
                          : store_topic_find(b->store, name);
    if (!t)
        return set_error(rq, out, KERR_UNKNOWN_TOPIC_OR_PARTITION, KSTR_NULL);
    int32_t additional = check(rq, rt, t, out);
    if (additional <= 0)
        return;
    g->records += additional;
    if (g->records > ADM_MAX_RECORDS)
        return set_error(rq, out, KERR_POLICY_VIOLATION, KSTR_LIT(ADM_EXCESSIVE_BATCH));
    if (req->validate_only)
        return;
    struct adm_wait *w = adm_wait_new(g->pend, &out->error_code, &out->error_message);
    if (!w)
        return set_error(rq, out, KERR_UNKNOWN_SERVER_ERROR, KSTR_NULL);
    int32_t before = topic_partition_count(t);
    int rc = store_topic_add_partitions(b->store, t, rt->count, adm_wait_done, w);
    if (rc) {
        adm_wait_cancel(w);
        int16_t err = rc == -E_INVAL ? KERR_INVALID_PARTITIONS : sg_kerr(rc);
        return set_error(rq, out, err, kstr_c(kerr_message(err)));
    }
    blog(BLOG_INFO, "partitions_created", "topic=%s from=%d to=%d", name, before, rt->count);
}

void h_create_partitions(struct request *rq)
{
    const struct create_partitions_req *req = rq->body;
    struct create_partitions_resp *resp = rq_response(rq);
    struct adm_pending *pend = adm_pending_new(rq);
    int32_t n = req->topics_count > 0 ? req->topics_count : 0;
    size_t slots = n ? (size_t)n : 1;
    struct kstr *names = arena_calloc(&rq->arena, slots, sizeof *names);
    bool *dup = arena_calloc(&rq->arena, slots, sizeof *dup);
    bool *first = arena_calloc(&rq->arena, slots, sizeof *first);
    if (resp)
        resp->results = arena_calloc(&rq->arena, slots, sizeof *resp->results);
    if (!resp || !pend || !names || !dup || !first || !resp->results)
        return rq_finish(rq);
    for (int32_t i = 0; i < n; i++)
        names[i] = req->topics[i].name;
    if (adm_mark_duplicates(&rq->arena, names, n, dup, first))
        return rq_finish(rq);
    for (int32_t i = 0; i < n; i++) {
        if (!first[i])
            continue;
        result *out = &resp->results[resp->results_count++];
        create_partitions_resp_create_partitions_topic_result_init(out);
        out->name = req->topics[i].name;
        set_error(rq, out, KERR_INVALID_REQUEST, KSTR_LIT("Duplicate topic name."));
    }
    struct grow g = {rq, pend, 0};
    for (int32_t i = 0; i < n; i++) {
        if (dup[i])
            continue;
        result *out = &resp->results[resp->results_count++];
        create_partitions_resp_create_partitions_topic_result_init(out);
        out->name = req->topics[i].name;
        grow_one(&g, &req->topics[i], out);
    }
    adm_pending_release(pend);
}
