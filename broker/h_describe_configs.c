/*
 * h_describe_configs.c - DescribeConfigs (key 32), v0-4.
 *
 * Resources, as Kafka 3.9's broker answers them (ConfigHelper):
 *   TOPIC (2)           every effective topic config with its source and
 *                       synonyms (admin_configs.h); invalid name
 *                       INVALID_TOPIC_EXCEPTION, unknown topic
 *                       UNKNOWN_TOPIC_OR_PARTITION.
 *   BROKER (4)          "<node.id>": every broker setting, read-only (no
 *                       dynamic broker configs yet), sluice.gateway.
 *                       credentials sensitive (value null). "": the dynamic
 *                       cluster-wide defaults, of which there are none, so
 *                       an empty list. Another id: INVALID_REQUEST.
 *   BROKER_LOGGER (8)   Kafka lists its log4j loggers; Sluice has none to
 *                       describe, so a valid request gets an empty list
 *                       (Kafka's id checks and messages apply).
 *   CLIENT_METRICS (16) no subscriptions exist: an empty list.
 * Any other resource type fails the whole request with INVALID_REQUEST, as
 * Kafka's handler throws before describing anything.
 *
 * configuration_keys null or empty lists everything; otherwise only the
 * listed configs that exist. Versions: v0 reports is_default (source ==
 * DEFAULT_CONFIG), v1+ config_source and, with include_synonyms, the
 * synonyms (KIP-226); v3+ config_type and, with include_documentation, the
 * documentation (KIP-569).
 *
 * Bound: one response describes at most MAX_DESCRIBED configs (a request
 * can name one topic thousands of times); later resources get
 * INVALID_REQUEST.
 */
#include <string.h>

#include "broker/admin.h"
#include "broker/admin_configs.h"
#include "broker/broker.h"
#include "broker/h_admin.h"
#include "protocol/errors.h"
#include "protocol/msg/describe_configs.h"
#include "storage/storage.h"

/* A request may name the same resource many thousands of times; each
 * answer repeats every config. Past this many described configs in one
 * response the remaining resources get INVALID_REQUEST instead, which
 * keeps the answer (and our memory) bounded whatever the request holds. */
#define MAX_DESCRIBED 100000

typedef struct describe_configs_req_describe_configs_resource req_res;
typedef struct describe_configs_resp_describe_configs_result result;
typedef struct describe_configs_resp_describe_configs_resource_result entry;

struct fill {
    struct request *rq;
    const req_res *res;
    result *out;
    int32_t cap;
};

static bool wanted(const req_res *res, const char *name)
{
    if (res->configuration_keys_count <= 0)
        return true;
    for (int32_t i = 0; i < res->configuration_keys_count; i++)
        if (kstr_eq_c(res->configuration_keys[i], name))
            return true;
    return false;
}

static struct kstr dup_str(struct request *rq, const char *s)
{
    return s ? kstr_c(arena_strdup(&rq->arena, s)) : KSTR_NULL;
}

static void add_entry(void *arg, const struct adm_config *c)
{
    struct fill *f = arg;
    struct request *rq = f->rq;
    const struct describe_configs_req *req = rq->body;
    result *out = f->out;
    if (!wanted(f->res, c->name))
        return;
    if (out->configs_count == f->cap) {
        int32_t cap = f->cap ? f->cap * 2 : 32;
        entry *grown = arena_calloc(&rq->arena, (size_t)cap, sizeof *grown);
        if (!grown)
            return;
        if (f->cap)
            memcpy(grown, out->configs, (size_t)f->cap * sizeof *grown);
        out->configs = grown;
        f->cap = cap;
    }
    entry *e = &out->configs[out->configs_count++];
    describe_configs_resp_describe_configs_resource_result_init(e);
    e->name = dup_str(rq, c->name);
    e->value = dup_str(rq, c->value);
    e->read_only = c->read_only;
    e->is_default = c->source == ADM_SRC_DEFAULT;
    e->config_source = c->source;
    e->is_sensitive = c->sensitive;
    e->config_type = c->type;
    e->documentation = req->include_documentation ? dup_str(rq, c->doc) : KSTR_NULL;
    e->synonyms_count = 0;
    if (!req->include_synonyms || c->nsyn == 0)
        return;
    e->synonyms = arena_calloc(&rq->arena, (size_t)c->nsyn, sizeof *e->synonyms);
    if (!e->synonyms)
        return;
    for (int i = 0; i < c->nsyn; i++) {
        struct describe_configs_resp_describe_configs_synonym *s = &e->synonyms[i];
        describe_configs_resp_describe_configs_synonym_init(s);
        s->name = dup_str(rq, c->syn[i].name);
        s->value = dup_str(rq, c->syn[i].value);
        s->source = c->syn[i].source;
    }
    e->synonyms_count = c->nsyn;
}

static void set_error(result *out, int16_t err, struct kstr msg)
{
    out->error_code = err;
    out->error_message = msg;
}

/* Kafka's broker-id checks for BROKER and BROKER_LOGGER names. */
static bool own_broker(struct request *rq, result *out, struct kstr name, const char *or_empty)
{
    int32_t id;
    if (!adm_parse_int32(name, &id)) {
        set_error(out, KERR_INVALID_REQUEST,
                  adm_msg(&rq->arena, "Broker id must be an integer, but it is: %.*s",
                          (int)name.len, name.ptr));
        return false;
    }
    if (id != rq->b->node_id) {
        set_error(out, KERR_INVALID_REQUEST,
                  adm_msg(&rq->arena, "Unexpected broker id, expected %d%s but received %.*s",
                          rq->b->node_id, or_empty, (int)name.len, name.ptr));
        return false;
    }
    return true;
}

static void describe(struct request *rq, const req_res *res, result *out)
{
    struct broker *b = rq->b;
    struct fill f = {rq, res, out, 0};
    struct kstr name = res->resource_name;
    switch (res->resource_type) {
    case ADM_RES_TOPIC: {
        char buf[256];
        const char *msg = adm_topic_name_error(&rq->arena, name, buf, sizeof buf);
        if (msg)
            return set_error(out, KERR_INVALID_TOPIC_EXCEPTION, kstr_c(msg));
        struct topic *t = store_topic_find(b->store, buf);
        if (!t)
            return set_error(out, KERR_UNKNOWN_TOPIC_OR_PARTITION, KSTR_NULL);
        return adm_topic_configs(b, t, add_entry, &f);
    }
    case ADM_RES_BROKER:
        if (name.len <= 0)
            return; /* the (empty) dynamic cluster-wide defaults */
        if (own_broker(rq, out, name, " or empty string,"))
            adm_broker_configs(b, add_entry, &f);
        return;
    case ADM_RES_BROKER_LOGGER:
        if (name.len <= 0)
            return set_error(out, KERR_INVALID_REQUEST, KSTR_LIT("Broker id must not be empty"));
        own_broker(rq, out, name, "");
        return;
    case ADM_RES_CLIENT_METRICS:
        if (name.len <= 0)
            return set_error(out, KERR_INVALID_REQUEST,
                             KSTR_LIT("Client metrics subscription name must not be empty"));
        return;
    }
}

static bool known_type(int8_t type)
{
    return type == ADM_RES_TOPIC || type == ADM_RES_BROKER || type == ADM_RES_BROKER_LOGGER ||
           type == ADM_RES_CLIENT_METRICS;
}

void h_describe_configs(struct request *rq)
{
    const struct describe_configs_req *req = rq->body;
    struct describe_configs_resp *resp = rq_response(rq);
    int32_t n = req->resources_count > 0 ? req->resources_count : 0;
    if (resp)
        resp->results = arena_calloc(&rq->arena, n ? (size_t)n : 1, sizeof *resp->results);
    if (!resp || !resp->results)
        return rq_finish(rq);
    bool all_fail = false;
    for (int32_t i = 0; i < n; i++)
        all_fail |= !known_type(req->resources[i].resource_type);
    resp->results_count = n;
    int64_t described = 0;
    for (int32_t i = 0; i < n; i++) {
        const req_res *res = &req->resources[i];
        result *out = &resp->results[i];
        describe_configs_resp_describe_configs_result_init(out);
        out->resource_type = res->resource_type;
        out->resource_name = res->resource_name;
        out->error_message = KSTR_NULL;
        out->configs_count = 0;
        if (all_fail)
            set_error(out, KERR_INVALID_REQUEST, KSTR_LIT(ADM_MSG_INVALID_REQUEST));
        else if (described >= MAX_DESCRIBED)
            set_error(out, KERR_INVALID_REQUEST,
                      adm_msg(&rq->arena, "Too many configs in one response (at most %d)",
                              MAX_DESCRIBED));
        else
            describe(rq, res, out);
        described += out->configs_count;
    }
    rq_finish(rq);
}
