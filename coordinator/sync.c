/*
 * sync.c - SyncGroup, Heartbeat and LeaveGroup.
 *
 * SyncGroup: followers wait in CompletingRebalance until the leader's
 * assignments are durable in the group record; then everyone gets its own
 * share and the group is Stable. In a Stable group a SyncGroup just
 * returns the member's current assignment. Heartbeat tells a member to
 * rejoin (REBALANCE_IN_PROGRESS) while the group prepares a rebalance, and
 * restarts its session. LeaveGroup removes members one by one (v0-2) or in
 * a batch with per-member outcomes (v3+, KIP-345), also by
 * group.instance.id alone (administrative removal).
 */
#include "coordinator/coord_int.h"

#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"

static bool str_is(const char *s, struct kstr k)
{
    return s && k.len >= 0 && (int32_t)strlen(s) == k.len && memcmp(s, k.ptr, (size_t)k.len) == 0;
}

/* ---------------------------------------------------------- SyncGroup */

struct leader_store {
    struct coord_append a;
    int32_t generation;
    struct grp_assign *assign;
    int32_t nassign;
};

static void leader_store_discard(struct coord_append *a)
{
    struct leader_store *s = (struct leader_store *)a;
    for (int32_t i = 0; i < s->nassign; i++) {
        free((char *)s->assign[i].member_id);
        free((uint8_t *)s->assign[i].bytes);
    }
    free(s->assign);
}

static void leader_store_done(struct coord_append *a, int status, int64_t off)
{
    (void)off;
    struct leader_store *s = (struct leader_store *)a;
    struct group *g = a->g;
    /* Members may have come or gone while we wrote: only the generation
     * we wrote for may become Stable. */
    if (!g || g->state != GRP_COMPLETING_REBALANCE || g->generation != s->generation)
        return;
    struct member *m;
    if (status) {
        TAILQ_FOREACH(m, &g->members, link)
        {
            free(m->assignment);
            m->assignment = NULL;
            m->assignment_len = 0;
        }
        grp_propagate(g, coord_append_err(status, false));
        grp_maybe_prepare_rebalance(g);
        return;
    }
    TAILQ_FOREACH(m, &g->members, link)
    {
        /* The leader's list may miss members (they get an empty
         * assignment) or name some twice (the last one counts). */
        const struct grp_assign *found = NULL;
        for (int32_t i = 0; i < s->nassign; i++)
            if (strcmp(s->assign[i].member_id, m->id) == 0)
                found = &s->assign[i];
        free(m->assignment);
        m->assignment = NULL;
        m->assignment_len = 0;
        if (found && found->len > 0) {
            m->assignment = malloc((size_t)found->len);
            if (m->assignment) {
                memcpy(m->assignment, found->bytes, (size_t)found->len);
                m->assignment_len = found->len;
            }
        }
    }
    grp_propagate(g, GRP_OK);
    grp_set_state(g, GRP_STABLE);
}

/* Copy the leader's assignments: the request may be gone when the write
 * completes. */
static struct leader_store *leader_store_new(struct group *g, const struct sync_group_req *req,
                                             enum grp_err *err)
{
    struct leader_store *s = calloc(1, sizeof *s);
    int32_t n = req->assignments_count > 0 ? req->assignments_count : 0;
    *err = GRP_INTERNAL;
    if (!s)
        return NULL;
    s->a.complete = leader_store_done;
    s->a.discard = leader_store_discard;
    s->generation = g->generation;
    if (n) {
        s->assign = calloc((size_t)n, sizeof *s->assign);
        if (!s->assign) {
            free(s);
            return NULL;
        }
    }
    for (int32_t i = 0; i < n; i++) {
        const struct sync_group_req_sync_group_request_assignment *ra = &req->assignments[i];
        int32_t len = ra->assignment.len > 0 ? ra->assignment.len : 0;
        if (len > GRP_MAX_ASSIGNMENT_BYTES || ra->member_id.len > GRP_MAX_ID_BYTES) {
            *err = GRP_INVALID_REQUEST;
            leader_store_discard(&s->a);
            free(s);
            return NULL;
        }
        char *id = kstr_dup(ra->member_id.len < 0 ? KSTR_LIT("") : ra->member_id);
        uint8_t *bytes = malloc(len ? (size_t)len : 1);
        s->assign[s->nassign].member_id = id;
        s->assign[s->nassign].bytes = bytes;
        s->nassign++;
        if (!id || !bytes) {
            leader_store_discard(&s->a);
            free(s);
            return NULL;
        }
        if (len)
            memcpy(bytes, ra->assignment.ptr, (size_t)len);
        s->assign[s->nassign - 1].len = len;
    }
    *err = GRP_OK;
    return s;
}

static void do_sync(struct coordinator *c, int16_t version, const struct sync_group_req *req,
                    grp_sync_cb cb, void *arg)
{
    /* v5+: protocol type and name are mandatory (KIP-559). */
    if (version >= 5 && (req->protocol_type.len < 0 || req->protocol_name.len < 0)) {
        grp_fail_sync(c, cb, arg, GRP_INCONSISTENT_PROTOCOL);
        return;
    }
    enum grp_err e = coord_check(c, req->group_id, true);
    if (e == GRP_LOADING) {
        /* The rebalance state was lost with the old coordinator: rejoin.
         * Older clients do not expect COORDINATOR_LOAD_IN_PROGRESS here. */
        e = GRP_REBALANCING;
    }
    if (e) {
        grp_fail_sync(c, cb, arg, e);
        return;
    }
    struct group *g = coord_group(c, req->group_id);
    if (!g) {
        grp_fail_sync(c, cb, arg, GRP_UNKNOWN_MEMBER);
        return;
    }
    if (grp_is_fenced(g, req->group_instance_id, req->member_id)) {
        grp_fail_sync(c, cb, arg, GRP_FENCED_INSTANCE);
        return;
    }
    struct member *m = grp_member(g, req->member_id);
    if (!m) {
        grp_fail_sync(c, cb, arg, GRP_UNKNOWN_MEMBER);
        return;
    }
    if (req->generation_id != g->generation) {
        grp_fail_sync(c, cb, arg, GRP_ILLEGAL_GENERATION);
        return;
    }
    if ((req->protocol_type.len >= 0 && !str_is(g->protocol_type, req->protocol_type)) ||
        (req->protocol_name.len >= 0 && !str_is(g->protocol_name, req->protocol_name))) {
        grp_fail_sync(c, cb, arg, GRP_INCONSISTENT_PROTOCOL);
        return;
    }
    switch (g->state) {
    case GRP_EMPTY:
    case GRP_DEAD:
        grp_fail_sync(c, cb, arg, GRP_UNKNOWN_MEMBER);
        return;
    case GRP_PREPARING_REBALANCE:
        grp_fail_sync(c, cb, arg, GRP_REBALANCING);
        return;
    case GRP_COMPLETING_REBALANCE:
        if (m->sync_cb)
            grp_answer_sync(m, GRP_REBALANCING); /* superseded by this one */
        m->sync_cb = cb;
        m->sync_arg = arg;
        if (m->pending_sync) {
            m->pending_sync = false;
            g->npending_sync--;
        }
        if (grp_is_leader(g, m->id)) {
            enum grp_err err;
            struct leader_store *s = leader_store_new(g, req, &err);
            if (!s) {
                m->sync_cb = NULL;
                m->sync_arg = NULL;
                grp_fail_sync(c, cb, arg, err);
                return;
            }
            grp_store(g, s->assign, s->nassign, &s->a);
        }
        return;
    case GRP_STABLE:
        if (m->pending_sync) {
            m->pending_sync = false;
            g->npending_sync--;
        }
        if (m->sync_cb)
            grp_answer_sync(m, GRP_REBALANCING);
        m->sync_cb = cb;
        m->sync_arg = arg;
        grp_answer_sync(m, GRP_OK);
        grp_schedule_heartbeat(m, m->session_timeout_ms);
        return;
    }
}

void grp_sync(struct coordinator *c, int16_t version, const struct sync_group_req *req,
              grp_sync_cb cb, void *arg)
{
    coord_enter(c);
    do_sync(c, version, req, cb, arg);
    coord_leave(c);
}

/* ---------------------------------------------------------- Heartbeat */

static enum grp_err do_heartbeat(struct coordinator *c, const struct heartbeat_req *req)
{
    enum grp_err e = coord_check(c, req->group_id, true);
    if (e == GRP_LOADING)
        return GRP_OK; /* Kafka answers blindly while loading */
    if (e)
        return e;
    struct group *g = coord_group(c, req->group_id);
    if (!g)
        return GRP_UNKNOWN_MEMBER;
    if (grp_is_fenced(g, req->group_instance_id, req->member_id))
        return GRP_FENCED_INSTANCE;
    struct member *m = grp_member(g, req->member_id);
    if (!m)
        return GRP_UNKNOWN_MEMBER;
    if (req->generation_id != g->generation)
        return GRP_ILLEGAL_GENERATION;
    switch (g->state) {
    case GRP_EMPTY:
    case GRP_DEAD:
        return GRP_UNKNOWN_MEMBER;
    case GRP_COMPLETING_REBALANCE:
    case GRP_STABLE:
        /* Consumers may heartbeat right after their JoinGroup answer. */
        grp_schedule_heartbeat(m, m->session_timeout_ms);
        return GRP_OK;
    case GRP_PREPARING_REBALANCE:
        grp_schedule_heartbeat(m, m->session_timeout_ms);
        return GRP_REBALANCING;
    }
    return GRP_OK;
}

enum grp_err grp_heartbeat(struct coordinator *c, int16_t version, const struct heartbeat_req *req)
{
    (void)version;
    coord_enter(c);
    enum grp_err e = do_heartbeat(c, req);
    coord_leave(c);
    return e;
}

/* ---------------------------------------------------------- LeaveGroup */

static enum grp_err leave_one(struct group *g, struct kstr member_id, struct kstr instance_id)
{
    if (member_id.len <= 0) {
        /* Administrative removal by group.instance.id alone. */
        struct member *m = grp_static_member(g, instance_id);
        if (!m)
            return GRP_UNKNOWN_MEMBER;
        grp_remove_and_update(g, m);
        return GRP_OK;
    }
    struct pending_member *p = grp_pending(g, member_id);
    if (p) {
        grp_pending_remove(g, p);
        if (g->state == GRP_PREPARING_REBALANCE)
            grp_try_complete_join(g);
        return GRP_OK;
    }
    if (grp_is_fenced(g, instance_id, member_id))
        return GRP_FENCED_INSTANCE;
    struct member *m = grp_member(g, member_id);
    if (!m)
        return GRP_UNKNOWN_MEMBER;
    grp_remove_and_update(g, m);
    return GRP_OK;
}

static enum grp_err do_leave(struct coordinator *c, int16_t version,
                             const struct leave_group_req *req, enum grp_err *errs)
{
    int32_t n = version <= 2 ? 1 : (req->members_count > 0 ? req->members_count : 0);
    for (int32_t i = 0; i < n; i++)
        errs[i] = GRP_OK;
    enum grp_err e = coord_check(c, req->group_id, true);
    if (e)
        return e;
    struct group *g = coord_group(c, req->group_id);
    for (int32_t i = 0; i < n; i++) {
        struct kstr mid = version <= 2 ? req->member_id : req->members[i].member_id;
        struct kstr iid = version <= 2 ? KSTR_NULL : req->members[i].group_instance_id;
        /* A member removed earlier in the batch may have ended the group. */
        errs[i] = g && g->linked ? leave_one(g, mid, iid) : GRP_UNKNOWN_MEMBER;
    }
    return GRP_OK;
}

enum grp_err grp_leave(struct coordinator *c, int16_t version, const struct leave_group_req *req,
                       enum grp_err *member_errs)
{
    coord_enter(c);
    enum grp_err e = do_leave(c, version, req, member_errs);
    coord_leave(c);
    return e;
}
