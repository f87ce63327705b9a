/* admin_alter.c - see admin_alter.h. */
#include "broker/admin_alter.h"

#include <string.h>

#include "broker/admin.h"
#include "broker/admin_configs.h"
#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/request.h"
#include "broker/storage_glue.h"
#include "protocol/errors.h"
#include "protocol/status.h"
#include "storage/storage.h"

struct ctx {
    struct request *rq;
    struct adm_pending *pend;
    bool incremental;
    bool validate_only;
};

static void set(struct adm_alter_res *r, int16_t err, struct kstr msg)
{
    *r->error_code = err;
    *r->error_message = msg;
}

static const char *op_name(int8_t op)
{
    return op == ADM_OP_APPEND ? "APPEND" : op == ADM_OP_SUBTRACT ? "SUBTRACT" : "SET";
}

static bool op_known(int8_t op)
{
    return op >= ADM_OP_SET && op <= ADM_OP_SUBTRACT;
}

/* Checks 2 and 3: duplicate keys and null values. */
static bool shape_ok(struct ctx *x, struct adm_alter_res *r)
{
    struct arena *a = &x->rq->arena;
    int32_t n = r->nops;
    if (n <= 0)
        return true;
    struct kstr *keys = arena_calloc(a, (size_t)n, sizeof *keys);
    bool *dup = arena_calloc(a, (size_t)n, sizeof *dup);
    if (!keys || !dup) {
        set(r, KERR_UNKNOWN_SERVER_ERROR, KSTR_NULL);
        return false;
    }
    for (int32_t i = 0; i < n; i++)
        keys[i] = r->ops[i].name;
    if (adm_mark_duplicates(a, keys, n, dup, NULL)) {
        set(r, KERR_UNKNOWN_SERVER_ERROR, KSTR_NULL);
        return false;
    }
    for (int32_t i = 0; i < n; i++) {
        if (dup[i]) {
            set(r, KERR_INVALID_REQUEST, KSTR_LIT("Error due to duplicate config keys"));
            return false;
        }
    }
    /* "Null value not supported for : a, b" lists every offender. */
    size_t len = 0;
    for (int32_t i = 0; i < n; i++)
        if (r->ops[i].value.len < 0 && (!x->incremental || r->ops[i].op != ADM_OP_DELETE))
            len += (size_t)r->ops[i].name.len + 2;
    if (len == 0)
        return true;
    static const char prefix[] = "Null value not supported for : ";
    char *msg = arena_alloc(a, sizeof prefix + len);
    if (!msg) {
        set(r, KERR_INVALID_REQUEST, KSTR_LIT("Null value not supported"));
        return false;
    }
    char *w = msg + sizeof prefix - 1;
    memcpy(msg, prefix, sizeof prefix - 1);
    bool firstname = true;
    for (int32_t i = 0; i < n; i++) {
        const struct adm_alter_op *o = &r->ops[i];
        if (o->value.len >= 0 || (x->incremental && o->op == ADM_OP_DELETE))
            continue;
        if (!firstname) {
            *w++ = ',';
            *w++ = ' ';
        }
        firstname = false;
        memcpy(w, o->name.ptr, (size_t)o->name.len);
        w += o->name.len;
    }
    *w = '\0';
    set(r, KERR_INVALID_REQUEST, kstr_c(msg));
    return false;
}

/* Kafka's validateResourceNameIsCurrentNodeId. */
static bool own_node(struct ctx *x, struct adm_alter_res *r)
{
    int32_t id;
    struct kstr n = r->name;
    if (!adm_parse_int32(n, &id)) {
        set(r, KERR_INVALID_REQUEST, adm_msg(&x->rq->arena, "Node id must be an integer, but "
                                                            "it is: %.*s", (int)n.len, n.ptr));
        return false;
    }
    if (id != x->rq->b->node_id) {
        set(r, KERR_INVALID_REQUEST,
            adm_msg(&x->rq->arena, "Unexpected broker id, expected %d, but received %.*s",
                    x->rq->b->node_id, (int)n.len, n.ptr));
        return false;
    }
    return true;
}

static void alter_broker(struct ctx *x, struct adm_alter_res *r)
{
    struct arena *a = &x->rq->arena;
    if (r->name.len > 0 && !own_node(x, r))
        return;
    for (int32_t i = 0; x->incremental && i < r->nops; i++) {
        if (!op_known(r->ops[i].op)) {
            set(r, KERR_INVALID_REQUEST,
                adm_msg(a, "Unknown operations type %d", r->ops[i].op));
            return;
        }
    }
    /* Kafka wraps DynamicBrokerConfig's "Cannot update these configs
     * dynamically: Set(...)" in INVALID_REQUEST. Every key that would get a
     * value is such a config here; a DELETE removes a dynamic value that
     * cannot exist, which Kafka accepts as a no-op. */
    size_t len = 1;
    for (int32_t i = 0; i < r->nops; i++)
        if (!x->incremental || r->ops[i].op != ADM_OP_DELETE)
            len += (size_t)r->ops[i].name.len + 2;
    if (len == 1)
        return;
    char *keys = arena_alloc(a, len);
    if (!keys)
        return set(r, KERR_INVALID_REQUEST, KSTR_NULL);
    char *w = keys;
    for (int32_t i = 0; i < r->nops; i++) {
        if (x->incremental && r->ops[i].op == ADM_OP_DELETE)
            continue;
        if (w != keys) {
            *w++ = ',';
            *w++ = ' ';
        }
        memcpy(w, r->ops[i].name.ptr, (size_t)r->ops[i].name.len);
        w += r->ops[i].name.len;
    }
    *w = '\0';
    set(r, KERR_INVALID_REQUEST,
        adm_msg(a, "Cannot update these configs dynamically: Set(%s) (Sluice has no dynamic "
                   "broker configs yet; set them in the properties file or with --set)", keys));
}

static void alter_logger(struct ctx *x, struct adm_alter_res *r)
{
    struct arena *a = &x->rq->arena;
    if (!own_node(x, r))
        return;
    for (int32_t i = 0; i < r->nops; i++) {
        const struct adm_alter_op *o = &r->ops[i];
        switch (o->op) {
        case ADM_OP_SET:
        case ADM_OP_DELETE:
            return set(r, KERR_INVALID_CONFIG, adm_msg(a, "Logger %.*s does not exist!",
                                                       (int)o->name.len, o->name.ptr));
        case ADM_OP_APPEND:
        case ADM_OP_SUBTRACT:
            return set(r, KERR_INVALID_REQUEST,
                       adm_msg(a, "%s operation is not allowed for the BROKER_LOGGER resource",
                               op_name(o->op)));
        default:
            return set(r, KERR_INVALID_REQUEST,
                       adm_msg(a, "Unknown operation type %d is not allowed for the "
                                  "BROKER_LOGGER resource", o->op));
        }
    }
}

/* The resulting override changes of one topic resource, or false after
 * setting the error. */
static bool topic_changes(struct ctx *x, struct adm_alter_res *r, struct topic *t,
                          struct store_kv *kv, size_t *nkv)
{
    struct arena *a = &x->rq->arena;
    *nkv = 0;
    for (int32_t i = 0; i < r->nops; i++) {
        const struct adm_alter_op *o = &r->ops[i];
        char *key = adm_cstr(a, o->name);
        char *value = adm_cstr(a, o->value);
        if (!key) {
            set(r, KERR_INVALID_CONFIG, KSTR_LIT("Unknown topic config name"));
            return false;
        }
        if (o->value.len >= 0 && !value) {
            set(r, KERR_INVALID_CONFIG, adm_msg(a, "Invalid value for configuration %s", key));
            return false;
        }
        if (!x->incremental) {
            kv[(*nkv)++] = (struct store_kv){key, value};
            continue;
        }
        const char *cur = t ? topic_config_override(t, key) : NULL;
        const char *next = NULL;
        switch (o->op) {
        case ADM_OP_SET: next = value; break;
        case ADM_OP_DELETE: next = NULL; break;
        default:
            if (adm_topic_config_type(key) != ADM_T_LIST) {
                set(r, KERR_INVALID_CONFIG, adm_msg(a, "Can't %s to key %s because its type is "
                                                       "not LIST.", op_name(o->op), key));
                return false;
            }
            next = adm_list_op(a, key, cur, value, o->op == ADM_OP_APPEND);
            if (!next) {
                set(r, KERR_UNKNOWN_SERVER_ERROR, KSTR_NULL);
                return false;
            }
            break;
        }
        /* Kafka writes a record only for a value that changes. */
        if ((!cur && !next) || (cur && next && strcmp(cur, next) == 0))
            continue;
        kv[(*nkv)++] = (struct store_kv){key, next};
    }
    return true;
}

static void alter_topic(struct ctx *x, struct adm_alter_res *r)
{
    struct request *rq = x->rq;
    struct arena *a = &rq->arena;
    struct broker *b = rq->b;
    for (int32_t i = 0; x->incremental && i < r->nops; i++)
        if (!op_known(r->ops[i].op))
            return set(r, KERR_INVALID_REQUEST,
                       adm_msg(a, "Unknown operations type %d", r->ops[i].op));
    char name[256];
    const char *bad = r->name.len > 0 ? adm_topic_name_error(a, r->name, name, sizeof name) : NULL;
    struct topic *t = r->name.len > 0 && !bad ? store_topic_find(b->store, name) : NULL;
    struct store_kv *kv = arena_calloc(a, r->nops > 0 ? (size_t)r->nops : 1, sizeof *kv);
    size_t nkv = 0;
    if (!kv)
        return set(r, KERR_UNKNOWN_SERVER_ERROR, KSTR_NULL);
    if (!topic_changes(x, r, t, kv, &nkv))
        return;
    if (r->name.len <= 0)
        return set(r, KERR_INVALID_REQUEST, KSTR_LIT("Default topic resources are not allowed."));
    if (bad)
        return set(r, KERR_INVALID_TOPIC_EXCEPTION, kstr_c(bad));
    for (size_t i = 0; i < nkv; i++) {
        if (!kv[i].value)
            continue;
        const char *msg = adm_check_topic_config(a, kv[i].key, kv[i].value);
        if (msg)
            return set(r, KERR_INVALID_CONFIG, kstr_c(msg));
    }
    if (!t)
        return set(r, KERR_UNKNOWN_TOPIC_OR_PARTITION,
                   adm_msg(a, "The topic '%s' does not exist.", name));
    if (x->validate_only || (x->incremental && nkv == 0))
        return;
    struct adm_wait *w = adm_wait_new(x->pend, r->error_code, r->error_message);
    if (!w)
        return set(r, KERR_UNKNOWN_SERVER_ERROR, KSTR_NULL);
    const char *bad_key = NULL;
    int rc = store_topic_alter_configs(b->store, t, kv, nkv, !x->incremental, adm_wait_done, w,
                                       &bad_key);
    if (rc) {
        adm_wait_cancel(w);
        if (rc == -E_INVAL || rc == -E_NOTFOUND)
            return set(r, KERR_INVALID_CONFIG,
                       adm_msg(a, "Invalid config %s", bad_key ? bad_key : "value"));
        int16_t err = sg_kerr(rc);
        return set(r, err, kstr_c(kerr_message(err)));
    }
    blog(BLOG_INFO, "topic_configs_altered", "topic=%s changes=%zu mode=%s", name, nkv,
         x->incremental ? "incremental" : "replace");
}

void adm_alter(struct request *rq, struct adm_pending *pend, struct adm_alter_res *res, int32_t n,
               bool incremental, bool validate_only)
{
    struct ctx x = {rq, pend, incremental, validate_only};
    struct arena *a = &rq->arena;
    for (int32_t i = 0; i < n; i++)
        set(&res[i], KERR_NONE, KSTR_NULL);
    /* 1. A resource is its type and name: key = type byte + name bytes. */
    struct kstr *keys = arena_calloc(a, n ? (size_t)n : 1, sizeof *keys);
    bool *dup = arena_calloc(a, n ? (size_t)n : 1, sizeof *dup);
    if (!keys || !dup)
        goto oom;
    for (int32_t i = 0; i < n; i++) {
        int32_t len = res[i].name.len > 0 ? res[i].name.len : 0;
        char *k = arena_alloc(a, (size_t)len + 1);
        if (!k)
            goto oom;
        k[0] = (char)res[i].type;
        if (len)
            memcpy(k + 1, res[i].name.ptr, (size_t)len);
        keys[i] = (struct kstr){k, len + 1};
    }
    if (adm_mark_duplicates(a, keys, n, dup, NULL))
        goto oom;
    for (int32_t i = 0; i < n; i++) {
        struct adm_alter_res *r = &res[i];
        if (dup[i]) {
            set(r, KERR_INVALID_REQUEST, KSTR_LIT("Each resource must appear at most once."));
            continue;
        }
        if (!shape_ok(&x, r))
            continue;
        switch (r->type) {
        case ADM_RES_TOPIC: alter_topic(&x, r); break;
        case ADM_RES_BROKER: alter_broker(&x, r); break;
        default:
            /* Legacy AlterConfigs has no BROKER_LOGGER. */
            if (r->type == ADM_RES_BROKER_LOGGER && incremental)
                alter_logger(&x, r);
            else
                set(r, KERR_INVALID_REQUEST, adm_msg(a, "Unknown resource type %d", r->type));
            break;
        }
    }
    return;
oom:
    for (int32_t i = 0; i < n; i++)
        set(&res[i], KERR_UNKNOWN_SERVER_ERROR, KSTR_NULL);
}
