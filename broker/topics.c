/* topics.c - see topics.h. */
#include "broker/topics.h"

#include <stdlib.h>
#include <string.h>

#include "broker/blog.h"
#include "broker/broker.h"
#include "protocol/status.h"
#include "storage/storage.h"

/* Kafka's ACL operation codes (AclOperation). */
enum { OP_READ = 3, OP_WRITE, OP_CREATE, OP_DELETE, OP_ALTER, OP_DESCRIBE, OP_CLUSTER_ACTION,
       OP_DESCRIBE_CONFIGS, OP_ALTER_CONFIGS, OP_IDEMPOTENT_WRITE, OP_CREATE_TOKENS,
       OP_DESCRIBE_TOKENS };

bool topics_is_internal(const char *name)
{
    return strcmp(name, TOPICS_OFFSETS) == 0 || strcmp(name, TOPICS_TXN_STATE) == 0;
}

bool topics_is_internal_k(struct kstr name)
{
    return kstr_eq_c(name, TOPICS_OFFSETS) || kstr_eq_c(name, TOPICS_TXN_STATE);
}

bool topics_name_ok(struct kstr name, char *buf, size_t len)
{
    if (name.len <= 0 || (size_t)name.len >= len)
        return false;
    memcpy(buf, name.ptr, (size_t)name.len);
    buf[name.len] = '\0';
    return topic_name_validate(buf) == 0;
}

int32_t topics_topic_ops(void)
{
    return 1 << OP_READ | 1 << OP_WRITE | 1 << OP_CREATE | 1 << OP_DELETE | 1 << OP_ALTER |
           1 << OP_DESCRIBE | 1 << OP_DESCRIBE_CONFIGS | 1 << OP_ALTER_CONFIGS;
}

int32_t topics_cluster_ops(void)
{
    return 1 << OP_CREATE | 1 << OP_ALTER | 1 << OP_DESCRIBE | 1 << OP_CLUSTER_ACTION |
           1 << OP_DESCRIBE_CONFIGS | 1 << OP_ALTER_CONFIGS | 1 << OP_IDEMPOTENT_WRITE |
           1 << OP_CREATE_TOKENS | 1 << OP_DESCRIBE_TOKENS;
}

struct auto_create {
    topics_created_cb cb;
    void *arg;
    struct topic *t;
};

static void on_created(void *arg, int status)
{
    struct auto_create *ac = arg;
    ac->cb(ac->arg, status, status ? NULL : ac->t);
    free(ac);
}

int topics_auto_create(struct broker *b, const char *name, topics_created_cb cb, void *arg)
{
    struct auto_create *ac = calloc(1, sizeof *ac);
    if (!ac)
        return -E_NOMEM;
    ac->cb = cb;
    ac->arg = arg;
    int rc = store_topic_create(b->store, name, b->default_partitions, NULL, 0, on_created, ac,
                                &ac->t, NULL);
    if (rc) {
        free(ac);
        return rc;
    }
    blog(BLOG_INFO, "topic_auto_created", "topic=%s partitions=%d", name, b->default_partitions);
    return 0;
}
