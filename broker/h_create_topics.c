/*
 * h_create_topics.c - CreateTopics (key 19), v0-7.
 *
 * Checks run in the order of Kafka 3.9's KRaft controller, so the first
 * problem reported is the one Kafka reports: duplicate names in the request
 * (INVALID_REQUEST, one entry per name, after the others), the name
 * (INVALID_TOPIC_EXCEPTION), existence (TOPIC_ALREADY_EXISTS), a '.'/'_'
 * collision, the configs (INVALID_CONFIG: Kafka refuses unknown topic
 * configs), then partitions, replication factor and manual assignments.
 * One broker means a replication factor of 1 and replica lists of exactly
 * [node.id]. num_partitions / replication_factor -1 take num.partitions /
 * default.replication.factor (KIP-464; Kafka's broker accepts -1 at every
 * version, only its client refuses to send it below v4, so do we).
 *
 * A topic is answered only once storage says it is durable (COMPAT-TRAPS:
 * "topic creation is usable when CreateTopics answers"); it is visible to
 * Metadata and Produce from the moment it is created. validate_only (v1+)
 * creates nothing and answers as if it had (topic id zero: there is none).
 * v5+ answers carry the partition count, replication factor and every
 * resulting config with its source (KIP-525); v7 the topic id.
 *
 * timeout_ms is ignored: creation is local and finishes with one fsync, so
 * Kafka's REQUEST_TIMED_OUT (controller busy past the deadline) never
 * applies.
 */
#include <string.h>

#include "broker/admin.h"
#include "broker/admin_configs.h"
#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/h_admin.h"
#include "broker/storage_glue.h"
#include "protocol/errors.h"
#include "protocol/msg/create_topics.h"
#include "protocol/status.h"
#include "storage/storage.h"

/* Kafka's own metadata log: a client may not create it (the controller
 * drops it from the request and answers TOPIC_AUTHORIZATION_FAILED). */
#define CLUSTER_METADATA_TOPIC "__cluster_metadata"

struct plan {
    int16_t err;
    const char *msg;
    char name[256];
    int32_t nparts;
    struct store_kv *kv; /* distinct config overrides, last one wins */
    size_t nkv;
};

struct created {
    struct adm_pending *pend;
    struct create_topics_resp_creatable_topic_result *out;
};

typedef struct create_topics_req_creatable_topic req_topic;
typedef struct create_topics_resp_creatable_topic_result resp_topic;

static void fail(struct plan *p, int16_t err, const char *msg)
{
    p->err = err;
    p->msg = msg;
}

static void plan_configs(struct request *rq, const req_topic *ct, struct plan *p)
{
    int32_t n = ct->configs_count > 0 ? ct->configs_count : 0;
    p->kv = arena_calloc(&rq->arena, n ? (size_t)n : 1, sizeof *p->kv);
    if (!p->kv)
        return fail(p, KERR_UNKNOWN_SERVER_ERROR, NULL);
    for (int32_t i = 0; i < n; i++) {
        const struct create_topics_req_creatable_topic_config *c = &ct->configs[i];
        /* A null value sets nothing (Kafka's SET of null is a removal of
         * an override the new topic does not have). */
        if (c->value.len < 0)
            continue;
        char *key = adm_cstr(&rq->arena, c->name);
        char *value = adm_cstr(&rq->arena, c->value);
        const char *msg = !key ? "Unknown topic config name" : NULL;
        if (!msg && !value)
            msg = arena_printf(&rq->arena, "Invalid value for configuration %s", key);
        if (!msg)
            msg = adm_check_topic_config(&rq->arena, key, value);
        if (msg)
            return fail(p, KERR_INVALID_CONFIG, msg);
        /* Validated keys are Kafka topic config names (a few dozen), so
         * this scan is short whatever the request holds. */
        size_t j = 0;
        while (j < p->nkv && strcmp(p->kv[j].key, key) != 0)
            j++;
        p->kv[j] = (struct store_kv){key, value};
        if (j == p->nkv)
            p->nkv++;
    }
}

/* Manual assignments: Kafka's createTopic with a non-empty assignment list. */
static void plan_assignments(struct request *rq, const req_topic *ct, struct plan *p)
{
    struct arena *a = &rq->arena;
    if (ct->replication_factor != -1)
        return fail(p, KERR_INVALID_REQUEST, "A manual partition assignment was specified, but "
                                             "replication factor was not set to -1.");
    if (ct->num_partitions != -1)
        return fail(p, KERR_INVALID_REQUEST, "A manual partition assignment was specified, but "
                                             "numPartitions was not set to -1.");
    int32_t n = ct->assignments_count;
    bool *seen = arena_calloc(a, (size_t)n, sizeof *seen);
    if (!seen)
        return fail(p, KERR_UNKNOWN_SERVER_ERROR, NULL);
    bool gap = false;
    int32_t rf = -1;
    for (int32_t i = 0; i < n; i++) {
        const struct create_topics_req_creatable_replica_assignment *as = &ct->assignments[i];
        int32_t idx = as->partition_index;
        if (idx >= 0 && idx < n && seen[idx])
            return fail(p, KERR_INVALID_REPLICA_ASSIGNMENT,
                        arena_printf(a, "Found multiple manual partition assignments for "
                                        "partition %d", idx));
        int32_t nb = as->broker_ids_count > 0 ? as->broker_ids_count : 0;
        const char *msg = adm_check_replicas(a, rq->b->node_id, as->broker_ids, nb, rf);
        if (msg)
            return fail(p, KERR_INVALID_REPLICA_ASSIGNMENT, msg);
        rf = nb;
        if (idx >= 0 && idx < n)
            seen[idx] = true;
        else
            gap = true;
    }
    if (gap)
        return fail(p, KERR_INVALID_REPLICA_ASSIGNMENT,
                    "partitions should be a consecutive 0-based integer sequence");
    p->nparts = n;
}

static void plan_counts(struct request *rq, const req_topic *ct, struct plan *p)
{
    struct broker *b = rq->b;
    if (ct->replication_factor < -1 || ct->replication_factor == 0)
        return fail(p, KERR_INVALID_REPLICATION_FACTOR, "Replication factor must be larger than "
                                                        "0, or -1 to use the default value.");
    if (ct->num_partitions < -1 || ct->num_partitions == 0)
        return fail(p, KERR_INVALID_PARTITIONS,
                    "Number of partitions was set to an invalid non-positive value.");
    int32_t nparts = ct->num_partitions == -1 ? b->default_partitions : ct->num_partitions;
    int64_t rf = ct->replication_factor == -1
                     ? config_get_i64(&b->cfg, "default.replication.factor", 1)
                     : ct->replication_factor;
    if (nparts < 1)
        return fail(p, KERR_INVALID_PARTITIONS,
                    "Number of partitions was set to an invalid non-positive value.");
    if (rf != 1)
        return fail(p, KERR_INVALID_REPLICATION_FACTOR,
                    arena_printf(&rq->arena, "Unable to replicate the partition %lld time(s): "
                                             "replication factor must be 1 on a single-broker "
                                             "Sluice (clustering comes later)",
                                 (long long)rf));
    p->nparts = nparts;
}

static void plan_topic(struct request *rq, const req_topic *ct, struct plan *p)
{
    struct broker *b = rq->b;
    const char *msg = adm_topic_name_error(&rq->arena, ct->name, p->name, sizeof p->name);
    if (msg)
        return fail(p, KERR_INVALID_TOPIC_EXCEPTION, msg);
    if (strcmp(p->name, CLUSTER_METADATA_TOPIC) == 0)
        return fail(p, KERR_TOPIC_AUTHORIZATION_FAILED, "Authorization failed.");
    if (store_topic_find(b->store, p->name))
        return fail(p, KERR_TOPIC_ALREADY_EXISTS,
                    arena_printf(&rq->arena, "Topic '%s' already exists.", p->name));
    const char *other = adm_topic_collision(b, p->name);
    if (other)
        return fail(p, KERR_INVALID_TOPIC_EXCEPTION,
                    arena_printf(&rq->arena, "Topic '%s' collides with existing topic: %s",
                                 p->name, other));
    plan_configs(rq, ct, p);
    if (p->err)
        return;
    if (ct->assignments_count > 0)
        plan_assignments(rq, ct, p);
    else
        plan_counts(rq, ct, p);
}

struct cfg_fill {
    struct request *rq;
    resp_topic *out;
    int32_t cap;
};

static void add_config(void *arg, const struct adm_config *c)
{
    struct cfg_fill *f = arg;
    resp_topic *out = f->out;
    if (out->configs_count == f->cap) {
        int32_t cap = f->cap ? f->cap * 2 : 32;
        void *grown = arena_calloc(&f->rq->arena, (size_t)cap, sizeof *out->configs);
        if (!grown)
            return;
        if (f->cap)
            memcpy(grown, out->configs, (size_t)f->cap * sizeof *out->configs);
        out->configs = grown;
        f->cap = cap;
    }
    struct create_topics_resp_creatable_topic_configs *rc = &out->configs[out->configs_count++];
    create_topics_resp_creatable_topic_configs_init(rc);
    rc->name = kstr_c(arena_strdup(&f->rq->arena, c->name));
    rc->value = c->value ? kstr_c(arena_strdup(&f->rq->arena, c->value)) : KSTR_NULL;
    rc->read_only = c->read_only;
    rc->config_source = c->source;
    rc->is_sensitive = c->sensitive;
}

static void on_created(void *arg, int status)
{
    struct created *cr = arg;
    if (status) {
        resp_topic *out = cr->out;
        out->error_code = sg_kerr(status);
        out->error_message = kstr_c(kerr_message(out->error_code));
        out->topic_id = (struct kuuid){{0}};
        out->num_partitions = -1;
        out->replication_factor = -1;
        out->configs_count = 0;
        blog(BLOG_WARN, "topic_create_failed", "status=%s", status_name(status));
    }
    adm_pending_release(cr->pend);
}

static void create_one(struct request *rq, struct adm_pending *pend, struct plan *p,
                       resp_topic *out)
{
    struct broker *b = rq->b;
    const struct create_topics_req *req = rq->body;
    struct cfg_fill fill = {rq, out, 0};
    if (req->validate_only) {
        struct kvmap ov;
        kvmap_init(&ov);
        for (size_t i = 0; i < p->nkv; i++)
            if (kvmap_set(&ov, p->kv[i].key, p->kv[i].value)) {
                kvmap_destroy(&ov);
                out->error_code = KERR_UNKNOWN_SERVER_ERROR;
                return;
            }
        if (rq->version >= 5)
            adm_topic_configs_would_be(b, &ov, add_config, &fill);
        kvmap_destroy(&ov);
    } else {
        struct created *cr = arena_alloc(&rq->arena, sizeof *cr);
        if (!cr) {
            out->error_code = KERR_UNKNOWN_SERVER_ERROR;
            return;
        }
        cr->pend = pend;
        cr->out = out;
        struct topic *t = NULL;
        const char *bad = NULL;
        pend->outstanding++; /* before the call, in case cb ran at once */
        int rc = store_topic_create(b->store, p->name, p->nparts, p->kv, p->nkv, on_created, cr,
                                    &t, &bad);
        if (rc) {
            pend->outstanding--;
            out->error_code = rc == -E_EXISTS ? KERR_TOPIC_ALREADY_EXISTS
                              : (rc == -E_NOTFOUND || (rc == -E_INVAL && bad))
                                  ? KERR_INVALID_CONFIG
                                  : sg_kerr(rc);
            out->error_message = bad ? adm_msg(&rq->arena, "Invalid config %s", bad)
                                     : kstr_c(kerr_message(out->error_code));
            return;
        }
        if (out->error_code)
            return; /* already failed in the callback */
        out->topic_id = *topic_id(t);
        /* Described now: t may be deleted before the durable callback. */
        if (rq->version >= 5)
            adm_topic_configs(b, t, add_config, &fill);
        blog(BLOG_INFO, "topic_created", "topic=%s partitions=%d configs=%zu", p->name, p->nparts,
             p->nkv);
    }
    out->num_partitions = p->nparts;
    out->replication_factor = 1;
}

void h_create_topics(struct request *rq)
{
    const struct create_topics_req *req = rq->body;
    struct create_topics_resp *resp = rq_response(rq);
    struct adm_pending *pend = adm_pending_new(rq);
    int32_t n = req->topics_count > 0 ? req->topics_count : 0;
    size_t slots = n ? (size_t)n : 1;
    struct kstr *names = arena_calloc(&rq->arena, slots, sizeof *names);
    bool *dup = arena_calloc(&rq->arena, slots, sizeof *dup);
    bool *first = arena_calloc(&rq->arena, slots, sizeof *first);
    struct plan *plans = arena_calloc(&rq->arena, slots, sizeof *plans);
    if (resp)
        resp->topics = arena_calloc(&rq->arena, slots, sizeof *resp->topics);
    if (!resp || !pend || !names || !dup || !first || !plans || !resp->topics)
        return rq_finish(rq);
    for (int32_t i = 0; i < n; i++)
        names[i] = req->topics[i].name;
    if (adm_mark_duplicates(&rq->arena, names, n, dup, first))
        return rq_finish(rq);

    int64_t records = 0;
    for (int32_t i = 0; i < n; i++) {
        if (dup[i])
            continue;
        plan_topic(rq, &req->topics[i], &plans[i]);
        if (!plans[i].err)
            records += (int64_t)1 + plans[i].nparts + (int64_t)plans[i].nkv;
    }
    /* Over Kafka's per-operation bound the whole request fails, one entry
     * per requested topic (CreateTopicsRequest.getErrorResponse). */
    if (records > ADM_MAX_RECORDS) {
        for (int32_t i = 0; i < n; i++) {
            resp_topic *out = &resp->topics[resp->topics_count++];
            create_topics_resp_creatable_topic_result_init(out);
            out->name = req->topics[i].name;
            out->error_code = KERR_POLICY_VIOLATION;
            out->error_message = KSTR_LIT(ADM_EXCESSIVE_BATCH);
        }
        return rq_finish(rq);
    }
    for (int32_t i = 0; i < n; i++) {
        if (dup[i])
            continue;
        resp_topic *out = &resp->topics[resp->topics_count++];
        create_topics_resp_creatable_topic_result_init(out);
        out->name = req->topics[i].name;
        out->error_message = KSTR_NULL;
        out->configs_count = 0;
        if (plans[i].err) {
            out->error_code = plans[i].err;
            out->error_message = kstr_c(plans[i].msg ? plans[i].msg
                                                     : kerr_message(plans[i].err));
            continue;
        }
        create_one(rq, pend, &plans[i], out);
    }
    for (int32_t i = 0; i < n; i++) {
        if (!first[i])
            continue;
        resp_topic *out = &resp->topics[resp->topics_count++];
        create_topics_resp_creatable_topic_result_init(out);
        out->name = req->topics[i].name;
        out->error_code = KERR_INVALID_REQUEST;
        out->error_message = KSTR_LIT("Duplicate topic name.");
    }
    adm_pending_release(pend);
}
