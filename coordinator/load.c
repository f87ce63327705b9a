/*
 * load.c - rebuilding groups and offsets from __consumer_offsets at
 * start-up, as Kafka's loadGroupsAndOffsets does:
 *
 *   - records are replayed in offset order; the last value of a key wins
 *     and a tombstone removes it;
 *   - a group record (GroupMetadataValue) restores protocol type,
 *     generation, protocol, leader, state timestamp and members (each with
 *     the metadata of the selected protocol and its assignment); its
 *     tombstone forgets them but not offsets written after it (a deleted
 *     group may be reused for offsets only);
 *   - offsets without a group record make a simple (standalone) group;
 *   - at the end a group whose record had members is Stable and each
 *     member's session starts (a member that does not come back within it
 *     is removed and the group rebalances); one without members is Empty.
 */
#include "coordinator/coord_int.h"

#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"

void coord_load_begin(struct coordinator *c, int32_t partition)
{
    if (partition < 0 || partition >= c->cfg.num_partitions || c->loading[partition])
        return;
    c->loading[partition] = 1;
    c->nloading++;
}

static void clear_members(struct group *g)
{
    struct member *m;
    while ((m = TAILQ_FIRST(&g->members))) {
        TAILQ_REMOVE(&g->members, m, link);
        grp_member_free(m);
    }
    g->nmembers = 0;
    g->nawaiting_join = 0;
    g->npending_sync = 0;
}

static void forget_record(struct group *g)
{
    clear_members(g);
    free(g->protocol_type);
    free(g->protocol_name);
    free(g->leader_id);
    g->protocol_type = g->protocol_name = g->leader_id = NULL;
    g->generation = 0;
    g->has_record = false;
}

static char *dup_or_null(struct kstr s)
{
    return s.len < 0 ? NULL : kstr_dup(s);
}

static int load_group_value(struct group *g, struct kbytes value)
{
    struct arena a;
    arena_init(&a);
    struct crec_group_value v;
    int rc = crec_group_value_decode(value, &a, &v);
    if (rc) {
        arena_destroy(&a);
        return rc;
    }
    forget_record(g);
    g->has_record = true;
    g->generation = v.generation;
    /* Kafka: an empty protocol type is "none". */
    g->protocol_type = v.protocol_type.len > 0 ? kstr_dup(v.protocol_type) : NULL;
    g->protocol_name = dup_or_null(v.protocol);
    g->leader_id = dup_or_null(v.leader);
    g->state_ts_ms = v.state_ts_ms;
    for (int32_t i = 0; i < v.members_count && g->protocol_name; i++) {
        const struct crec_member *cm = &v.members[i];
        char *id = kstr_dup(cm->member_id);
        struct member *m = id ? grp_member_new(g, id, cm->instance_id, cm->client_id, NULL,
                                               cm->session_timeout_ms, cm->rebalance_timeout_ms)
                              : NULL;
        free(id);
        if (!m) {
            rc = -E_NOMEM;
            break;
        }
        free(m->client_host);
        m->client_host = kstr_dup(cm->client_host);
        m->protocols = calloc(1, sizeof *m->protocols);
        int32_t slen = cm->subscription.len > 0 ? cm->subscription.len : 0;
        int32_t alen = cm->assignment.len > 0 ? cm->assignment.len : 0;
        if (m->protocols) {
            m->nprotocols = 1;
            m->protocols[0].name = strdup(g->protocol_name);
            m->protocols[0].metadata = malloc(slen ? (size_t)slen : 1);
            m->protocols[0].metadata_len = slen;
        }
        m->assignment = alen ? malloc((size_t)alen) : NULL;
        m->assignment_len = alen;
        if (!m->client_host || !m->protocols || !m->protocols[0].name ||
            !m->protocols[0].metadata || (alen && !m->assignment)) {
            grp_member_free(m);
            rc = -E_NOMEM;
            break;
        }
        if (slen)
            memcpy(m->protocols[0].metadata, cm->subscription.ptr, (size_t)slen);
        if (alen)
            memcpy(m->assignment, cm->assignment.ptr, (size_t)alen);
        TAILQ_INSERT_TAIL(&g->members, m, link);
        g->nmembers++;
    }
    arena_destroy(&a);
    return rc;
}

static int load_offset_value(struct group *g, struct crec_key *k, int64_t offset,
                             struct kbytes value)
{
    struct offset_entry *e = off_find(g, k->topic, k->partition);
    if (value.len < 0) {
        if (e)
            off_entry_drop(g, e);
        return 0;
    }
    struct crec_offset_value v;
    int rc = crec_offset_value_decode(value, &v);
    if (rc)
        return rc;
    e = off_get(g, k->topic, k->partition);
    char *meta = kstr_dup(v.metadata);
    if (!e || !meta) {
        free(meta);
        return -E_NOMEM;
    }
    e->committed = true;
    e->offset = v.offset;
    e->leader_epoch = v.leader_epoch;
    free(e->metadata);
    e->metadata = meta;
    e->commit_ts_ms = v.commit_ts_ms;
    e->expire_ts_ms = v.expire_ts_ms;
    e->log_offset = offset;
    return 0;
}

int coord_load_record(struct coordinator *c, int32_t partition, int64_t offset,
                      struct kbytes key, struct kbytes value)
{
    (void)partition;
    struct crec_key k;
    int rc = crec_key_decode(key, &k);
    if (rc == -E_UNSUPPORTED)
        return 0; /* other record types (KIP-848 groups): not ours */
    if (rc)
        return -E_CORRUPT;
    struct group *g = coord_group(c, k.group);
    if (!g) {
        if (value.len < 0)
            return 0; /* a tombstone for something we do not have */
        g = coord_group_create(c, k.group);
        if (!g)
            return -E_NOMEM;
        g->state_ts_ms = coord_now(c);
    }
    if (k.version == CREC_GROUP_KEY_VERSION) {
        if (value.len < 0) {
            forget_record(g);
            return 0;
        }
        return load_group_value(g, value);
    }
    return load_offset_value(g, &k, offset, value);
}

struct load_ctx {
    struct coordinator *c;
    int32_t partition;
};

static int load_one(void *ctx, int64_t offset, int64_t ts, struct kbytes key, struct kbytes value)
{
    (void)ts;
    struct load_ctx *l = ctx;
    /* One bad record does not stop the rest of the batch. */
    int rc = coord_load_record(l->c, l->partition, offset, key, value);
    return rc == -E_NOMEM ? rc : 0;
}

int coord_load_batch(struct coordinator *c, int32_t partition, const uint8_t *batch, size_t len)
{
    struct load_ctx l = {c, partition};
    return cbatch_parse(batch, len, load_one, &l);
}

void coord_load_end(struct coordinator *c, int32_t partition)
{
    if (partition < 0 || partition >= c->cfg.num_partitions || !c->loading[partition])
        return;
    coord_enter(c);
    struct hmap_iter it;
    hmap_iter_init(&it, &c->groups);
    for (struct hnode *h; (h = hmap_iter_next(&it));) {
        struct group *g = (struct group *)h;
        if (g->partition != partition || g->state != GRP_EMPTY || g->nmembers == 0) {
            if (g->partition == partition && !g->has_record && g->offsets.count == 0)
                coord_group_unlink(g); /* only tombstones were left */
            continue;
        }
        /* Kafka builds a loaded group with members directly Stable. */
        g->state = GRP_STABLE;
        grp_compute_subscriptions(g);
        struct member *m;
        TAILQ_FOREACH(m, &g->members, link)
        grp_schedule_heartbeat(m, m->session_timeout_ms);
    }
    hmap_iter_init(&it, &c->groups);
    for (struct hnode *h; (h = hmap_iter_next(&it));) {
        struct group *g = (struct group *)h;
        if (g->partition == partition && g->state == GRP_EMPTY)
            grp_compute_subscriptions(g);
    }
    c->loading[partition] = 0;
    c->nloading--;
    coord_leave(c);
}
