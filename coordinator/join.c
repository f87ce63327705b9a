/*
 * join.c - JoinGroup, as Kafka 3.x's classic coordinator answers it.
 *
 * Order of checks: group id and coordinator state, session timeout range,
 * the group (created only for a member without an id), group.max.size,
 * then the new-member or known-member path:
 *
 *   new member, v4+ dynamic  -> id handed out as a pending member with
 *                               MEMBER_ID_REQUIRED (KIP-394); the rejoin
 *                               with that id adds it
 *   new member, v0-3         -> added at once
 *   new static member (v5+)  -> added, or replaces the member holding its
 *                               group.instance.id (KIP-345): in a Stable
 *                               group whose protocol would not change, the
 *                               new id takes over the assignment with no
 *                               rebalance once the group record is durable
 *   known member             -> rebalance, or just the current generation
 *                               when nothing changed (a follower that lost
 *                               its JoinGroup answer)
 *
 * Whatever the path, a group in PreparingRebalance then completes its
 * join if every member is in.
 */
#include "coordinator/coord_int.h"

#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"

struct join_ctx {
    struct coordinator *c;
    const struct join_group_req *req;
    int16_t version;
    struct kstr client_id;
    const char *client_host;
    int32_t session_ms;
    int32_t rebalance_ms;
    grp_join_cb cb;
    void *arg;
};

static void fail(const struct join_ctx *j, struct kstr member_id, enum grp_err err)
{
    grp_fail_join(j->c, j->cb, j->arg, member_id, err);
}

static enum grp_err protocols_err(int rc)
{
    return rc == -E_TOOBIG ? GRP_INVALID_REQUEST : GRP_INTERNAL;
}

/* Kafka's acceptJoiningMember against group.max.size. */
static bool accept_joining(struct group *g, struct kstr member_id, int32_t max)
{
    struct member *m = grp_member(g, member_id);
    switch (g->state) {
    case GRP_EMPTY:
    case GRP_DEAD:
        return true;
    case GRP_PREPARING_REBALANCE:
        return (m && m->join_cb) || g->nawaiting_join < max;
    case GRP_COMPLETING_REBALANCE:
    case GRP_STABLE:
        return m || g->nmembers < max;
    }
    return true;
}

static void add_member_and_rebalance(struct group *g, const struct join_ctx *j, const char *id,
                                     struct kstr instance_id)
{
    struct member *m = grp_member_new(g, id, instance_id, j->client_id, j->client_host,
                                      j->session_ms, j->rebalance_ms);
    if (!m) {
        fail(j, kstr_c(id), GRP_INTERNAL);
        return;
    }
    int rc = grp_member_set_protocols(m, j->req);
    if (rc) {
        grp_member_free(m);
        fail(j, kstr_c(id), protocols_err(rc));
        return;
    }
    m->is_new = true;
    /* A member arriving during a new group's initial delay extends it. */
    if (g->state == GRP_PREPARING_REBALANCE && g->generation == 0)
        g->new_member_added = true;
    grp_add_member(g, m, j->req->protocol_type, j->cb, j->arg);
    /* A new member cannot heartbeat (it has no id yet), and its socket is
     * parked; bound how long it may sit in JoinGroup. */
    grp_schedule_heartbeat(m, g->c->cfg.new_member_join_timeout_ms);
    grp_maybe_prepare_rebalance(g);
}

/* Replace m's protocols with the request's; the old ones are handed back
 * (or freed when old is NULL). Returns 0 or a status. */
static int swap_protocols(struct member *m, const struct join_group_req *req,
                          struct grp_protocol **oldp, int32_t *oldn)
{
    struct grp_protocol *p = m->protocols;
    int32_t n = m->nprotocols;
    m->protocols = NULL;
    m->nprotocols = 0;
    int rc = grp_member_set_protocols(m, req);
    if (rc) {
        m->protocols = p;
        m->nprotocols = n;
        return rc;
    }
    if (oldp) {
        *oldp = p;
        *oldn = n;
    } else {
        for (int32_t i = 0; i < n; i++) {
            free(p[i].name);
            free(p[i].metadata);
        }
        free(p);
    }
    return 0;
}

/* Kafka's updateMember + maybePrepareRebalance. */
static void update_member_and_rebalance(struct group *g, struct member *m,
                                        const struct join_ctx *j)
{
    int rc = swap_protocols(m, j->req, NULL, NULL);
    if (rc) {
        fail(j, kstr_c(m->id), protocols_err(rc));
        return;
    }
    m->rebalance_timeout_ms = j->rebalance_ms;
    m->session_timeout_ms = j->session_ms;
    grp_set_join_waiter(m, j->cb, j->arg);
    grp_maybe_prepare_rebalance(g);
}

/* ---------------------------------------------------------- static members */

struct static_store {
    struct coord_append a;
    char *new_id;
    char *old_id;
    char *old_leader;
    struct grp_protocol *old_protocols;
    int32_t old_nprotocols;
    int32_t old_session_ms;
    int32_t old_rebalance_ms;
};

static void rename_member(struct group *g, struct member *m, const char *to)
{
    char *id = strdup(to);
    if (!id)
        return;
    if (grp_is_leader(g, m->id)) {
        char *l = strdup(to);
        if (l) {
            free(g->leader_id);
            g->leader_id = l;
        }
    }
    free(m->id);
    m->id = id;
}

static void static_store_done(struct coord_append *a, int status, int64_t off)
{
    (void)off;
    struct static_store *s = (struct static_store *)a;
    struct group *g = a->g;
    struct member *m = g ? grp_member(g, kstr_c(s->new_id)) : NULL;
    if (!m)
        return;
    if (status == 0) {
        /* The member takes over its old assignment: answer with the old
         * leader id so it does not run an assignment of its own (a Stable
         * group would not hand it out anyway). */
        grp_answer_join_leader(m, s->old_leader ? s->old_leader : "");
        return;
    }
    /* Not durable: undo the replacement and let the client start over. */
    grp_join_cb cb = m->join_cb;
    void *arg = m->join_arg;
    grp_set_join_waiter(m, NULL, NULL);
    struct grp_protocol *p = m->protocols;
    int32_t n = m->nprotocols;
    m->protocols = s->old_protocols;
    m->nprotocols = s->old_nprotocols;
    s->old_protocols = p;
    s->old_nprotocols = n;
    m->session_timeout_ms = s->old_session_ms;
    m->rebalance_timeout_ms = s->old_rebalance_ms;
    rename_member(g, m, s->old_id);
    grp_schedule_heartbeat(m, m->session_timeout_ms);
    if (cb)
        grp_fail_join(g->c, cb, arg, KSTR_LIT(""), GRP_UNKNOWN_MEMBER);
}

static void static_store_discard(struct coord_append *a)
{
    struct static_store *s = (struct static_store *)a;
    for (int32_t i = 0; i < s->old_nprotocols; i++) {
        free(s->old_protocols[i].name);
        free(s->old_protocols[i].metadata);
    }
    free(s->old_protocols);
    free(s->new_id);
    free(s->old_id);
    free(s->old_leader);
}

/* Kafka's updateStaticMemberAndRebalance: m held this group.instance.id
 * under another member id, which new_id now replaces. */
static void update_static_member(struct group *g, struct member *m, const struct join_ctx *j,
                                 const char *new_id)
{
    struct static_store *s = calloc(1, sizeof *s);
    char *old_id = strdup(m->id);
    char *old_leader = g->leader_id ? strdup(g->leader_id) : NULL;
    char *nid = strdup(new_id);
    if (!s || !old_id || (g->leader_id && !old_leader) || !nid) {
        free(s);
        free(old_id);
        free(old_leader);
        free(nid);
        fail(j, KSTR_LIT(""), GRP_INTERNAL);
        return;
    }
    /* The duplicate behind the old id is fenced at once. */
    grp_answer_join(m, GRP_FENCED_INSTANCE, false);
    grp_answer_sync(m, GRP_FENCED_INSTANCE);
    rename_member(g, m, new_id);
    grp_schedule_heartbeat(m, m->session_timeout_ms);
    s->old_session_ms = m->session_timeout_ms;
    s->old_rebalance_ms = m->rebalance_timeout_ms;
    int rc = swap_protocols(m, j->req, &s->old_protocols, &s->old_nprotocols);
    if (rc) {
        free(s);
        free(old_id);
        free(old_leader);
        free(nid);
        fail(j, kstr_c(new_id), protocols_err(rc));
        return;
    }
    m->session_timeout_ms = j->session_ms;
    m->rebalance_timeout_ms = j->rebalance_ms;
    grp_set_join_waiter(m, j->cb, j->arg);
    s->new_id = nid;
    s->old_id = old_id;
    s->old_leader = old_leader;
    s->a.complete = static_store_done;
    s->a.discard = static_store_discard;

    switch (g->state) {
    case GRP_STABLE: {
        const char *next = grp_select_protocol(g);
        if (next && g->protocol_name && strcmp(next, g->protocol_name) == 0) {
            /* No rebalance: persist the new member id, then answer. */
            grp_store(g, NULL, 0, &s->a);
            return;
        }
        grp_maybe_prepare_rebalance(g);
        break;
    }
    case GRP_COMPLETING_REBALANCE:
        /* The leader may already be assigning for the old id: rebalance so
         * that the new id gets an assignment. */
        grp_prepare_rebalance(g);
        break;
    case GRP_PREPARING_REBALANCE:
    case GRP_EMPTY:
    case GRP_DEAD:
        break;
    }
    static_store_discard(&s->a);
    free(s);
}

/* ---------------------------------------------------------- paths */

static void new_member_join(struct group *g, const struct join_ctx *j)
{
    const struct join_group_req *req = j->req;
    if (!grp_supports_protocols(g, req->protocol_type, req)) {
        fail(j, req->member_id, GRP_INCONSISTENT_PROTOCOL);
        return;
    }
    bool is_static = req->group_instance_id.len >= 0;
    char *id = coord_new_member_id(is_static ? req->group_instance_id : j->client_id);
    if (!id) {
        fail(j, req->member_id, GRP_INTERNAL);
        return;
    }
    if (is_static) {
        struct member *old = grp_static_member(g, req->group_instance_id);
        if (old)
            update_static_member(g, old, j, id);
        else
            add_member_and_rebalance(g, j, id, req->group_instance_id);
    } else if (j->version >= 4) {
        /* KIP-394: remember the id, and have the client come back with it
         * so that a client that dies mid-join leaves no member behind. */
        grp_pending_add(g, id, j->session_ms);
        fail(j, kstr_c(id), GRP_MEMBER_ID_REQUIRED);
    } else {
        add_member_and_rebalance(g, j, id, KSTR_NULL);
    }
    free(id);
}

static void known_member_join(struct group *g, const struct join_ctx *j)
{
    const struct join_group_req *req = j->req;
    struct kstr mid = req->member_id;
    if (!grp_supports_protocols(g, req->protocol_type, req)) {
        fail(j, mid, GRP_INCONSISTENT_PROTOCOL);
        return;
    }
    struct pending_member *p = grp_pending(g, mid);
    if (p) {
        /* A pending id is never a static member's. */
        if (req->group_instance_id.len >= 0) {
            fail(j, mid, GRP_UNKNOWN_MEMBER);
            return;
        }
        char *id = kstr_dup(mid);
        if (!id) {
            fail(j, mid, GRP_INTERNAL);
            return;
        }
        add_member_and_rebalance(g, j, id, KSTR_NULL);
        free(id);
        return;
    }
    if (grp_is_fenced(g, req->group_instance_id, mid)) {
        fail(j, mid, GRP_FENCED_INSTANCE);
        return;
    }
    struct member *m = grp_member(g, mid);
    if (!m || (req->group_instance_id.len >= 0 && !grp_static_member(g, req->group_instance_id))) {
        fail(j, mid, GRP_UNKNOWN_MEMBER);
        return;
    }
    switch (g->state) {
    case GRP_PREPARING_REBALANCE:
        update_member_and_rebalance(g, m, j);
        break;
    case GRP_COMPLETING_REBALANCE:
        if (grp_member_matches(m, req)) {
            /* Same metadata: it lost our answer; give it again. */
            grp_set_join_waiter(m, j->cb, j->arg);
            grp_answer_join(m, GRP_OK, grp_is_leader(g, m->id));
        } else {
            update_member_and_rebalance(g, m, j);
        }
        break;
    case GRP_STABLE:
        if (grp_is_leader(g, m->id) || !grp_member_matches(m, req)) {
            /* A leader's JoinGroup forces a rebalance: that is how it asks
             * for one when topic metadata changed. */
            update_member_and_rebalance(g, m, j);
        } else {
            grp_set_join_waiter(m, j->cb, j->arg);
            grp_answer_join(m, GRP_OK, false);
        }
        break;
    case GRP_EMPTY:
    case GRP_DEAD:
        fail(j, mid, GRP_UNKNOWN_MEMBER);
        break;
    }
}

void grp_join(struct coordinator *c, int16_t version, const struct join_group_req *req,
              struct kstr client_id, const char *client_host, grp_join_cb cb, void *arg)
{
    struct join_ctx j = {
        .c = c,
        .req = req,
        .version = version,
        .client_id = client_id.len < 0 ? KSTR_LIT("") : client_id,
        .client_host = client_host ? client_host : "",
        .session_ms = req->session_timeout_ms,
        /* v0 has no rebalance timeout: the session timeout stands in. */
        .rebalance_ms = version == 0 ? req->session_timeout_ms : req->rebalance_timeout_ms,
        .cb = cb,
        .arg = arg,
    };
    coord_enter(c);
    struct group *g = NULL;
    enum grp_err e = coord_check(c, req->group_id, true);
    if (e) {
        fail(&j, req->member_id, e);
        goto out;
    }
    if (req->session_timeout_ms < c->cfg.min_session_timeout_ms ||
        req->session_timeout_ms > c->cfg.max_session_timeout_ms) {
        fail(&j, req->member_id, GRP_INVALID_SESSION_TIMEOUT);
        goto out;
    }
    if (req->member_id.len > GRP_MAX_ID_BYTES || req->group_instance_id.len > GRP_MAX_ID_BYTES) {
        fail(&j, req->member_id, GRP_INVALID_REQUEST);
        goto out;
    }
    bool unknown = req->member_id.len <= 0;
    g = coord_group(c, req->group_id);
    if (!g) {
        if (!unknown) {
            fail(&j, req->member_id, GRP_UNKNOWN_MEMBER);
            goto out;
        }
        g = coord_group_create(c, req->group_id);
        if (!g) {
            fail(&j, req->member_id, GRP_INTERNAL);
            goto out;
        }
    }
    if (!accept_joining(g, req->member_id, c->cfg.max_group_size)) {
        struct member *m = grp_member(g, req->member_id);
        if (m)
            grp_remove_member(g, m);
        fail(&j, KSTR_LIT(""), GRP_FULL);
    } else if (unknown) {
        new_member_join(g, &j);
    } else {
        known_member_join(g, &j);
    }
    if (g->state == GRP_PREPARING_REBALANCE)
        grp_try_complete_join(g);
out:
    coord_leave(c);
}
