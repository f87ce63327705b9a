/*
 * group.c - the classic consumer-group state machine: membership, the
 * rebalance (Kafka's DelayedJoin / InitialDelayedJoin), session and
 * pending-sync timers, protocol selection, and the group record.
 *
 *                      first join / rejoin / leave / expiry
 *        +-------+  (prepare_rebalance)   +---------------------+
 *        | EMPTY | ---------------------> | PREPARING_REBALANCE | <-----+
 *        +-------+ <--------------------- +---------------------+       |
 *           |  ^     join completes with         | join completes       |
 *           |  |     no members                  | with members         |
 *           |  |                                 v                      |
 *           |  |                      +-----------------------+         |
 *           |  |                      | COMPLETING_REBALANCE  | --------+
 *           |  |                      +-----------------------+  rejoin, leave,
 *           |  |                                 | leader's      expiry, metadata
 *           |  |                                 | SyncGroup     change
 *           |  |                                 v  stored        |
 *           |  |                            +--------+            |
 *           |  |                            | STABLE | -----------+
 *           |  |                            +--------+  (to PREPARING)
 *           v  |
 *        +------+   any state -> DEAD: DeleteGroups, last offset gone from
 *        | DEAD |   an Empty group (OffsetDelete, expiry); DEAD is final.
 *        +------+
 *
 *  from                  to                    by
 *  EMPTY                 PREPARING_REBALANCE   grp_prepare_rebalance (first member joins)
 *  STABLE                PREPARING_REBALANCE   grp_prepare_rebalance (join/leave/expiry)
 *  COMPLETING_REBALANCE  PREPARING_REBALANCE   grp_prepare_rebalance (join/leave/expiry)
 *  PREPARING_REBALANCE   COMPLETING_REBALANCE  complete_join (members left)
 *  PREPARING_REBALANCE   EMPTY                 complete_join (nobody left)
 *  COMPLETING_REBALANCE  STABLE                sync.c leader_stored (assignments durable)
 *  any                   DEAD                  coord_group_unlink
 *  (EMPTY                STABLE                load.c: a loaded group with members is
 *                                              built Stable, as Kafka's loadGroup does)
 *
 *  What holds in each state:
 *  EMPTY       no members; offsets may exist; protocol_name NULL (after a
 *              rebalance) or kept from the record (loaded group).
 *  PREPARING   join_timer armed; members rejoin (join_cb set) until all
 *              did and no pending member is left, or the rebalance timeout
 *              (initial delay for a group that was Empty) runs out.
 *  COMPLETING  every member got its JoinGroup answer for `generation`;
 *              sync_timer armed; members wait in SyncGroup for the leader.
 *  STABLE      every member has its assignment; session timers run.
 *  DEAD        unlinked from the coordinator; freed when no append refers
 *              to it.
 *
 * Behaviour follows Kafka 3.x's classic GroupCoordinator (KIP-345 static
 * membership, KIP-394 member id required, KIP-134 initial delay).
 */
#include "coordinator/coord_int.h"

#include <assert.h>
#include <event2/event.h>
#include <stdlib.h>
#include <string.h>

#include "protocol/status.h"

const char *grp_state_name(enum grp_state s)
{
    switch (s) {
    case GRP_EMPTY:
        return "Empty";
    case GRP_PREPARING_REBALANCE:
        return "PreparingRebalance";
    case GRP_COMPLETING_REBALANCE:
        return "CompletingRebalance";
    case GRP_STABLE:
        return "Stable";
    case GRP_DEAD:
        return "Dead";
    }
    return "";
}

/* Kafka's GroupState.validPreviousStates, as a table: legal[to][from]. */
static const bool legal[5][5] = {
    [GRP_PREPARING_REBALANCE] = {[GRP_STABLE] = true,
                                 [GRP_COMPLETING_REBALANCE] = true,
                                 [GRP_EMPTY] = true},
    [GRP_COMPLETING_REBALANCE] = {[GRP_PREPARING_REBALANCE] = true},
    [GRP_STABLE] = {[GRP_COMPLETING_REBALANCE] = true},
    [GRP_EMPTY] = {[GRP_PREPARING_REBALANCE] = true},
    [GRP_DEAD] = {[GRP_STABLE] = true,
                  [GRP_PREPARING_REBALANCE] = true,
                  [GRP_COMPLETING_REBALANCE] = true,
                  [GRP_EMPTY] = true,
                  [GRP_DEAD] = true},
};

void grp_set_state(struct group *g, enum grp_state to)
{
    assert(legal[to][g->state]);
    if (!legal[to][g->state])
        return;
    g->state = to;
    /* currentStateTimestamp: offsets of an Empty group expire relative to it. */
    g->state_ts_ms = coord_now(g->c);
}

/* ---------------------------------------------------------- lookups */

static bool str_is(const char *s, struct kstr k)
{
    return s && k.len >= 0 && (int32_t)strlen(s) == k.len && memcmp(s, k.ptr, (size_t)k.len) == 0;
}

struct member *grp_member(struct group *g, struct kstr id)
{
    struct member *m;
    TAILQ_FOREACH(m, &g->members, link)
    if (str_is(m->id, id))
        return m;
    return NULL;
}

struct member *grp_static_member(struct group *g, struct kstr instance_id)
{
    if (instance_id.len < 0)
        return NULL;
    struct member *m;
    TAILQ_FOREACH(m, &g->members, link)
    if (m->instance_id && str_is(m->instance_id, instance_id))
        return m;
    return NULL;
}

struct pending_member *grp_pending(struct group *g, struct kstr id)
{
    struct pending_member *p;
    TAILQ_FOREACH(p, &g->pending, link)
    if (str_is(p->id, id))
        return p;
    return NULL;
}

bool grp_is_leader(const struct group *g, const char *member_id)
{
    return g->leader_id && member_id && strcmp(g->leader_id, member_id) == 0;
}

bool grp_is_fenced(struct group *g, struct kstr instance_id, struct kstr member_id)
{
    struct member *m = grp_static_member(g, instance_id);
    return m && !str_is(m->id, member_id);
}

/* ---------------------------------------------------------- protocols */

static int32_t count_supporting(struct group *g, struct kstr name)
{
    int32_t n = 0;
    struct member *m;
    TAILQ_FOREACH(m, &g->members, link)
    {
        for (int32_t i = 0; i < m->nprotocols; i++) {
            if (str_is(m->protocols[i].name, name)) {
                n++;
                break;
            }
        }
    }
    return n;
}

bool grp_supports_protocols(struct group *g, struct kstr protocol_type,
                            const struct join_group_req *req)
{
    if (g->state == GRP_EMPTY)
        return protocol_type.len > 0 && req->protocols_count > 0;
    if (!str_is(g->protocol_type, protocol_type))
        return false;
    for (int32_t i = 0; i < req->protocols_count; i++)
        if (count_supporting(g, req->protocols[i].name) == g->nmembers)
            return true;
    return false;
}

bool grp_member_matches(const struct member *m, const struct join_group_req *req)
{
    if (req->protocols_count != m->nprotocols)
        return false;
    for (int32_t i = 0; i < m->nprotocols; i++) {
        const struct join_group_req_join_group_request_protocol *p = &req->protocols[i];
        if (!str_is(m->protocols[i].name, p->name))
            return false;
        int32_t len = p->metadata.len < 0 ? 0 : p->metadata.len;
        if (len != m->protocols[i].metadata_len ||
            (len && memcmp(p->metadata.ptr, m->protocols[i].metadata, (size_t)len) != 0))
            return false;
    }
    return true;
}

const struct grp_protocol *grp_member_protocol(const struct member *m, const char *name)
{
    if (!name)
        return NULL;
    for (int32_t i = 0; i < m->nprotocols; i++)
        if (strcmp(m->protocols[i].name, name) == 0)
            return &m->protocols[i];
    return NULL;
}

/*
 * Kafka's selectProtocol: the candidates are the protocols every member
 * supports; each member votes for the first candidate in its own
 * preference order; most votes wins. Kafka leaves ties to hash-map order;
 * we break them by the leader's preference order, so the choice is
 * deterministic.
 */
const char *grp_select_protocol(struct group *g)
{
    struct member *ref = TAILQ_FIRST(&g->members);
    if (g->leader_id) {
        struct member *l = grp_member(g, kstr_c(g->leader_id));
        if (l)
            ref = l;
    }
    if (!ref)
        return NULL;
    const char *best = NULL;
    int32_t best_votes = -1;
    for (int32_t i = 0; i < ref->nprotocols; i++) {
        const char *cand = ref->protocols[i].name;
        if (count_supporting(g, kstr_c(cand)) != g->nmembers)
            continue;
        int32_t votes = 0;
        struct member *m;
        TAILQ_FOREACH(m, &g->members, link)
        {
            for (int32_t k = 0; k < m->nprotocols; k++) {
                if (count_supporting(g, kstr_c(m->protocols[k].name)) != g->nmembers)
                    continue;
                if (strcmp(m->protocols[k].name, cand) == 0)
                    votes++;
                break; /* the member's first candidate is its vote */
            }
        }
        if (votes > best_votes) {
            best = cand;
            best_votes = votes;
        }
    }
    return best ? best : (ref->nprotocols ? ref->protocols[0].name : NULL);
}

int32_t grp_rebalance_timeout(const struct group *g)
{
    int32_t t = 0;
    const struct member *m;
    TAILQ_FOREACH(m, &g->members, link)
    if (m->rebalance_timeout_ms > t)
        t = m->rebalance_timeout_ms;
    return t;
}

static void free_protocols(struct grp_protocol *p, int32_t n)
{
    for (int32_t i = 0; i < n; i++) {
        free(p[i].name);
        free(p[i].metadata);
    }
    free(p);
}

int grp_member_set_protocols(struct member *m, const struct join_group_req *req)
{
    int32_t n = req->protocols_count < 0 ? 0 : req->protocols_count;
    if (n > GRP_MAX_PROTOCOLS)
        return -E_TOOBIG;
    size_t total = 0;
    for (int32_t i = 0; i < n; i++)
        total += (size_t)(req->protocols[i].metadata.len > 0 ? req->protocols[i].metadata.len : 0) +
                 (size_t)(req->protocols[i].name.len > 0 ? req->protocols[i].name.len : 0);
    if (total > GRP_MAX_MEMBER_METADATA_BYTES)
        return -E_TOOBIG;
    struct grp_protocol *p = n ? calloc((size_t)n, sizeof *p) : NULL;
    if (n && !p)
        return -E_NOMEM;
    for (int32_t i = 0; i < n; i++) {
        const struct join_group_req_join_group_request_protocol *rp = &req->protocols[i];
        int32_t len = rp->metadata.len < 0 ? 0 : rp->metadata.len;
        p[i].name = kstr_dup(rp->name.len < 0 ? KSTR_LIT("") : rp->name);
        p[i].metadata = malloc(len ? (size_t)len : 1);
        if (!p[i].name || !p[i].metadata) {
            free_protocols(p, i + 1);
            return -E_NOMEM;
        }
        if (len)
            memcpy(p[i].metadata, rp->metadata.ptr, (size_t)len);
        p[i].metadata_len = len;
    }
    free_protocols(m->protocols, m->nprotocols);
    m->protocols = p;
    m->nprotocols = n;
    return 0;
}

/* ---------------------------------------------------------- members */

static void on_session_timeout(evutil_socket_t fd, short what, void *arg);

struct member *grp_member_new(struct group *g, const char *id, struct kstr instance_id,
                              struct kstr client_id, const char *client_host,
                              int32_t session_ms, int32_t rebalance_ms)
{
    struct member *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->g = g;
    m->id = strdup(id);
    m->instance_id = instance_id.len >= 0 ? kstr_dup(instance_id) : NULL;
    m->client_id = kstr_dup(client_id.len < 0 ? KSTR_LIT("") : client_id);
    m->client_host = strdup(client_host ? client_host : "");
    m->session_timeout_ms = session_ms;
    m->rebalance_timeout_ms = rebalance_ms;
    m->session_timer = evtimer_new(g->c->base, on_session_timeout, m);
    if (!m->id || (instance_id.len >= 0 && !m->instance_id) || !m->client_id ||
        !m->client_host || !m->session_timer) {
        grp_member_free(m);
        return NULL;
    }
    return m;
}

void grp_member_free(struct member *m)
{
    if (!m)
        return;
    if (m->session_timer)
        event_free(m->session_timer);
    free(m->id);
    free(m->instance_id);
    free(m->client_id);
    free(m->client_host);
    free_protocols(m->protocols, m->nprotocols);
    free(m->assignment);
    free(m);
}

static void arm(struct event *ev, int64_t ms)
{
    if (ms < 0)
        ms = 0;
    struct timeval tv = {(time_t)(ms / 1000), (suseconds_t)(ms % 1000) * 1000};
    evtimer_add(ev, &tv);
}

void grp_schedule_heartbeat(struct member *m, int32_t timeout_ms)
{
    /* completeAndScheduleNextExpiration: the old deadline is satisfied,
     * a new one starts now. */
    arm(m->session_timer, timeout_ms);
}

/*
 * Kafka's hasSatisfiedHeartbeat at the deadline: a new member (still in
 * its first JoinGroup) is not saved by waiting; any other member parked
 * in JoinGroup or SyncGroup is, since its socket is busy with us. The
 * timer is then not re-armed: the rebalance re-arms it when it answers.
 */
static void on_session_timeout(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct member *m = arg;
    struct group *g = m->g;
    struct coordinator *c = g->c;
    bool satisfied = !m->is_new && (m->join_cb || m->sync_cb);
    if (satisfied)
        return;
    coord_enter(c);
    grp_remove_and_update(g, m);
    coord_leave(c);
}

void grp_set_join_waiter(struct member *m, grp_join_cb cb, void *arg)
{
    struct group *g = m->g;
    if (m->join_cb && cb) {
        /* Kafka silently replaces the old callback; we must still answer
         * the superseded request: rejoin. */
        grp_answer_join(m, GRP_REBALANCING, false);
    }
    if (cb && !m->join_cb)
        g->nawaiting_join++;
    else if (!cb && m->join_cb)
        g->nawaiting_join--;
    m->join_cb = cb;
    m->join_arg = arg;
}

void grp_add_member(struct group *g, struct member *m, struct kstr protocol_type, grp_join_cb cb,
                    void *arg)
{
    if (g->nmembers == 0) {
        free(g->protocol_type);
        g->protocol_type = kstr_dup(protocol_type);
    }
    if (!g->leader_id)
        g->leader_id = strdup(m->id);
    TAILQ_INSERT_TAIL(&g->members, m, link);
    g->nmembers++;
    m->g = g;
    grp_set_join_waiter(m, cb, arg);
    struct pending_member *p = grp_pending(g, kstr_c(m->id));
    if (p)
        grp_pending_remove(g, p);
}

void grp_remove_member(struct group *g, struct member *m)
{
    /* Kafka's group.remove leaves parked requests alone; ours must be
     * answered or they would hang. */
    if (m->join_cb)
        grp_answer_join(m, GRP_UNKNOWN_MEMBER, false);
    if (m->sync_cb)
        grp_answer_sync(m, GRP_UNKNOWN_MEMBER);
    TAILQ_REMOVE(&g->members, m, link);
    g->nmembers--;
    if (m->pending_sync)
        g->npending_sync--;
    if (grp_is_leader(g, m->id)) {
        /* Kafka picks any remaining member as the new leader. */
        struct member *next = TAILQ_FIRST(&g->members);
        free(g->leader_id);
        g->leader_id = next ? strdup(next->id) : NULL;
    }
    grp_member_free(m);
}

void grp_remove_and_update(struct group *g, struct member *m)
{
    /* A new member timing out in JoinGroup learns UNKNOWN_MEMBER_ID with
     * an empty id so that it retries from scratch. */
    if (m->join_cb) {
        grp_join_cb cb = m->join_cb;
        void *arg = m->join_arg;
        grp_set_join_waiter(m, NULL, NULL);
        grp_fail_join(g->c, cb, arg, KSTR_LIT(""), GRP_UNKNOWN_MEMBER);
    }
    grp_remove_member(g, m);
    switch (g->state) {
    case GRP_DEAD:
    case GRP_EMPTY:
        break;
    case GRP_STABLE:
    case GRP_COMPLETING_REBALANCE:
        grp_maybe_prepare_rebalance(g);
        break;
    case GRP_PREPARING_REBALANCE:
        grp_try_complete_join(g);
        break;
    }
}

static void on_pending_timeout(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct pending_member *p = arg;
    struct group *g = p->g;
    struct coordinator *c = g->c;
    coord_enter(c);
    grp_pending_remove(g, p);
    if (g->state == GRP_PREPARING_REBALANCE)
        grp_try_complete_join(g);
    coord_leave(c);
}

void grp_pending_add(struct group *g, const char *id, int32_t session_ms)
{
    struct pending_member *p = calloc(1, sizeof *p);
    if (!p)
        return;
    p->g = g;
    p->id = strdup(id);
    p->timer = evtimer_new(g->c->base, on_pending_timeout, p);
    if (!p->id || !p->timer) {
        free(p->id);
        if (p->timer)
            event_free(p->timer);
        free(p);
        return;
    }
    TAILQ_INSERT_TAIL(&g->pending, p, link);
    g->npending++;
    arm(p->timer, session_ms);
}

void grp_pending_remove(struct group *g, struct pending_member *p)
{
    TAILQ_REMOVE(&g->pending, p, link);
    g->npending--;
    event_free(p->timer);
    free(p->id);
    free(p);
}

/* ---------------------------------------------------------- answers */

/* Copies of a result, so the callback sees it as it was when decided. */
struct join_done {
    struct coord_done d;
    grp_join_cb cb;
    void *arg;
    struct grp_join_result res;
    struct grp_join_member *members;
};

static void fire_join(struct coord_done *d)
{
    struct join_done *j = (struct join_done *)d;
    j->cb(j->arg, &j->res);
    free(j);
}

static size_t slen(const char *s)
{
    return s ? strlen(s) : 0;
}

static struct kstr put_str(char **cur, const char *s)
{
    if (!s)
        return KSTR_NULL;
    size_t n = strlen(s);
    char *p = *cur;
    memcpy(p, s, n);
    *cur += n;
    return (struct kstr){p, (int32_t)n};
}

static struct kbytes put_bytes(char **cur, const uint8_t *b, int32_t n)
{
    char *p = *cur;
    if (n > 0)
        memcpy(p, b, (size_t)n);
    *cur += n > 0 ? n : 0;
    return (struct kbytes){(const uint8_t *)p, n > 0 ? n : 0};
}

/* Queue a join answer. leader == NULL uses the group's. members: the
 * leader's view (every member's metadata for the selected protocol). */
static void queue_join(struct coordinator *c, grp_join_cb cb, void *arg, enum grp_err err,
                       struct group *g, const char *member_id, const char *leader,
                       bool with_members)
{
    size_t need = sizeof(struct join_done) + slen(member_id);
    int32_t nm = 0;
    if (err == GRP_OK && g) {
        need += slen(g->protocol_type) + slen(g->protocol_name) + slen(leader);
        if (with_members) {
            struct member *m;
            TAILQ_FOREACH(m, &g->members, link)
            {
                const struct grp_protocol *p = grp_member_protocol(m, g->protocol_name);
                need += sizeof(struct grp_join_member) + slen(m->id) + slen(m->instance_id) +
                        (p ? (size_t)p->metadata_len : 0);
                nm++;
            }
            /* Keep the member array aligned after the struct. */
        }
    }
    struct join_done *j = malloc(need + sizeof(void *));
    if (!j) {
        /* No memory for a copy: answer with what needs none. */
        struct grp_join_result r = {.err = GRP_INTERNAL, .generation_id = -1,
                                    .protocol_type = KSTR_NULL, .protocol_name = KSTR_NULL,
                                    .leader = KSTR_LIT(""), .member_id = KSTR_LIT("")};
        cb(arg, &r);
        return;
    }
    memset(j, 0, sizeof *j);
    j->d.fire = fire_join;
    j->cb = cb;
    j->arg = arg;
    j->members = (struct grp_join_member *)(j + 1);
    char *cur = (char *)(j->members + nm);
    struct grp_join_result *r = &j->res;
    r->err = err;
    r->generation_id = -1;
    r->protocol_type = KSTR_NULL;
    r->protocol_name = KSTR_NULL;
    r->leader = KSTR_LIT("");
    r->member_id = member_id ? put_str(&cur, member_id) : KSTR_LIT("");
    if (err == GRP_OK && g) {
        r->generation_id = g->generation;
        r->protocol_type = put_str(&cur, g->protocol_type);
        r->protocol_name = put_str(&cur, g->protocol_name);
        r->leader = leader ? put_str(&cur, leader) : KSTR_LIT("");
        if (with_members) {
            int32_t i = 0;
            struct member *m;
            TAILQ_FOREACH(m, &g->members, link)
            {
                const struct grp_protocol *p = grp_member_protocol(m, g->protocol_name);
                struct grp_join_member *jm = &j->members[i++];
                jm->member_id = put_str(&cur, m->id);
                jm->group_instance_id = put_str(&cur, m->instance_id);
                jm->metadata = p ? put_bytes(&cur, p->metadata, p->metadata_len)
                                 : (struct kbytes){(const uint8_t *)cur, 0};
            }
            r->members = j->members;
            r->members_count = nm;
        }
    }
    coord_queue(c, &j->d);
}

void grp_fail_join(struct coordinator *c, grp_join_cb cb, void *arg, struct kstr member_id,
                   enum grp_err err)
{
    char *id = kstr_dup(member_id.len < 0 ? KSTR_LIT("") : member_id);
    queue_join(c, cb, arg, err, NULL, id ? id : "", NULL, false);
    free(id);
}

void grp_answer_join(struct member *m, enum grp_err err, bool with_members)
{
    if (!m->join_cb)
        return;
    grp_join_cb cb = m->join_cb;
    void *arg = m->join_arg;
    grp_set_join_waiter(m, NULL, NULL);
    struct group *g = m->g;
    queue_join(g->c, cb, arg, err, g, m->id, g->leader_id, with_members);
}

void grp_answer_join_leader(struct member *m, const char *leader)
{
    if (!m->join_cb)
        return;
    grp_join_cb cb = m->join_cb;
    void *arg = m->join_arg;
    grp_set_join_waiter(m, NULL, NULL);
    queue_join(m->g->c, cb, arg, GRP_OK, m->g, m->id, leader, false);
}

struct sync_done {
    struct coord_done d;
    grp_sync_cb cb;
    void *arg;
    struct grp_sync_result res;
};

static void fire_sync(struct coord_done *d)
{
    struct sync_done *s = (struct sync_done *)d;
    s->cb(s->arg, &s->res);
    free(s);
}

static void queue_sync(struct coordinator *c, grp_sync_cb cb, void *arg, enum grp_err err,
                       const char *ptype, const char *pname, const uint8_t *a, int32_t alen)
{
    if (err != GRP_OK) {
        ptype = pname = NULL;
        alen = 0;
    }
    size_t need = sizeof(struct sync_done) + slen(ptype) + slen(pname) + (size_t)(alen > 0 ? alen : 0);
    struct sync_done *s = malloc(need);
    if (!s) {
        struct grp_sync_result r = {.err = GRP_INTERNAL, .protocol_type = KSTR_NULL,
                                    .protocol_name = KSTR_NULL, .assignment = {NULL, 0}};
        cb(arg, &r);
        return;
    }
    memset(s, 0, sizeof *s);
    char *cur = (char *)(s + 1);
    s->d.fire = fire_sync;
    s->cb = cb;
    s->arg = arg;
    s->res.err = err;
    s->res.protocol_type = put_str(&cur, ptype);
    s->res.protocol_name = put_str(&cur, pname);
    s->res.assignment = put_bytes(&cur, a, alen);
    coord_queue(c, &s->d);
}

void grp_fail_sync(struct coordinator *c, grp_sync_cb cb, void *arg, enum grp_err err)
{
    queue_sync(c, cb, arg, err, NULL, NULL, NULL, 0);
}

void grp_answer_sync(struct member *m, enum grp_err err)
{
    if (!m->sync_cb)
        return;
    grp_sync_cb cb = m->sync_cb;
    void *arg = m->sync_arg;
    m->sync_cb = NULL;
    m->sync_arg = NULL;
    struct group *g = m->g;
    queue_sync(g->c, cb, arg, err, g->protocol_type, g->protocol_name, m->assignment,
               m->assignment_len);
}

/* ---------------------------------------------------------- rebalance */

static void on_join_timer(evutil_socket_t fd, short what, void *arg);
static void on_sync_timer(evutil_socket_t fd, short what, void *arg);

static void arm_join(struct group *g, int32_t delay_ms)
{
    if (!g->join_timer)
        g->join_timer = evtimer_new(g->c->base, on_join_timer, g);
    if (!g->join_timer)
        return;
    g->join_delay_ms = delay_ms;
    arm(g->join_timer, delay_ms);
}

static void cancel_timer(struct event *ev)
{
    if (ev)
        evtimer_del(ev);
}

/* Kafka's propagateAssignment: answer every parked SyncGroup. */
void grp_propagate(struct group *g, enum grp_err err)
{
    struct member *m;
    TAILQ_FOREACH(m, &g->members, link)
    {
        if (m->sync_cb) {
            grp_answer_sync(m, err);
            /* Expiries that fired while it waited were ignored and not
             * re-armed: start its session afresh. */
            grp_schedule_heartbeat(m, m->session_timeout_ms);
        }
    }
}

static void reset_and_propagate_error(struct group *g, enum grp_err err)
{
    struct member *m;
    TAILQ_FOREACH(m, &g->members, link)
    {
        free(m->assignment);
        m->assignment = NULL;
        m->assignment_len = 0;
    }
    grp_propagate(g, err);
}

void grp_maybe_prepare_rebalance(struct group *g)
{
    if (g->state == GRP_STABLE || g->state == GRP_COMPLETING_REBALANCE ||
        g->state == GRP_EMPTY)
        grp_prepare_rebalance(g);
}

void grp_prepare_rebalance(struct group *g)
{
    if (g->state == GRP_COMPLETING_REBALANCE)
        reset_and_propagate_error(g, GRP_REBALANCING);
    cancel_timer(g->sync_timer);
    int32_t timeout = grp_rebalance_timeout(g);
    bool initial = g->state == GRP_EMPTY;
    grp_set_state(g, GRP_PREPARING_REBALANCE);
    if (initial) {
        /* KIP-134: give other members of a new group time to arrive. */
        int32_t delay = g->c->cfg.initial_rebalance_delay_ms;
        g->join_initial = true;
        g->join_remaining_ms = timeout - delay > 0 ? timeout - delay : 0;
        arm_join(g, delay);
    } else {
        g->join_initial = false;
        arm_join(g, timeout);
        grp_try_complete_join(g);
    }
}

static bool all_joined(const struct group *g)
{
    return g->nawaiting_join == g->nmembers && g->npending == 0;
}

static void complete_join(struct group *g);

void grp_try_complete_join(struct group *g)
{
    if (g->state == GRP_PREPARING_REBALANCE && !g->join_initial && all_joined(g))
        complete_join(g);
}

/* maybeElectNewJoinedLeader: a leader that did not rejoin hands over to
 * any member that did. */
static bool elect_joined_leader(struct group *g)
{
    if (!g->leader_id)
        return false;
    struct member *l = grp_member(g, kstr_c(g->leader_id));
    if (l && l->join_cb)
        return true;
    struct member *m;
    TAILQ_FOREACH(m, &g->members, link)
    {
        if (m->join_cb) {
            char *id = strdup(m->id);
            if (!id)
                return false;
            free(g->leader_id);
            g->leader_id = id;
            return true;
        }
    }
    return false;
}

static void init_next_generation(struct group *g)
{
    g->generation++;
    free(g->protocol_name);
    g->protocol_name = NULL;
    if (g->nmembers > 0) {
        const char *p = grp_select_protocol(g);
        g->protocol_name = p ? strdup(p) : NULL;
        grp_compute_subscriptions(g);
        grp_set_state(g, GRP_COMPLETING_REBALANCE);
    } else {
        grp_compute_subscriptions(g);
        grp_set_state(g, GRP_EMPTY);
    }
    struct member *m;
    TAILQ_FOREACH(m, &g->members, link)
    m->pending_sync = false;
    g->npending_sync = 0;
}

/* Kafka's onCompleteJoin. */
static void complete_join(struct group *g)
{
    cancel_timer(g->join_timer);
    g->join_initial = false;
    /* Dynamic members that did not rejoin in time are gone; static ones
     * stay until their session runs out (KIP-345). */
    struct member *m, *next;
    for (m = TAILQ_FIRST(&g->members); m; m = next) {
        next = TAILQ_NEXT(m, link);
        if (!m->join_cb && !m->instance_id)
            grp_remove_member(g, m);
    }
    if (!elect_joined_leader(g) && g->nmembers > 0) {
        /* Nobody rejoined: wait another rebalance timeout while the
         * sessions of the silent members run out. */
        arm_join(g, grp_rebalance_timeout(g));
        return;
    }
    init_next_generation(g);
    if (g->state == GRP_EMPTY) {
        grp_store(g, NULL, 0, NULL);
        return;
    }
    TAILQ_FOREACH(m, &g->members, link)
    {
        grp_answer_join(m, GRP_OK, grp_is_leader(g, m->id));
        grp_schedule_heartbeat(m, m->session_timeout_ms);
        m->is_new = false;
        m->pending_sync = true;
        g->npending_sync++;
    }
    /* Members that never send SyncGroup are removed after the rebalance
     * timeout (Kafka's pending-sync expiration). */
    if (!g->sync_timer)
        g->sync_timer = evtimer_new(g->c->base, on_sync_timer, g);
    if (g->sync_timer)
        arm(g->sync_timer, grp_rebalance_timeout(g));
}

static void on_join_timer(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct group *g = arg;
    struct coordinator *c = g->c;
    if (g->state != GRP_PREPARING_REBALANCE)
        return;
    coord_enter(c);
    if (g->join_initial && g->new_member_added && g->join_remaining_ms != 0) {
        /* InitialDelayedJoin: members keep arriving, wait some more, but
         * never beyond the rebalance timeout. */
        int32_t initial = c->cfg.initial_rebalance_delay_ms;
        int32_t delay = initial < g->join_remaining_ms ? initial : g->join_remaining_ms;
        int32_t remaining = g->join_remaining_ms - g->join_delay_ms;
        g->new_member_added = false;
        g->join_remaining_ms = remaining > 0 ? remaining : 0;
        arm_join(g, delay);
    } else {
        complete_join(g);
    }
    coord_leave(c);
}

static void on_sync_timer(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    struct group *g = arg;
    struct coordinator *c = g->c;
    if ((g->state != GRP_COMPLETING_REBALANCE && g->state != GRP_STABLE) || g->npending_sync == 0)
        return;
    coord_enter(c);
    struct member *m, *next;
    for (m = TAILQ_FIRST(&g->members); m; m = next) {
        next = TAILQ_NEXT(m, link);
        if (m->pending_sync)
            grp_remove_member(g, m);
    }
    grp_prepare_rebalance(g);
    coord_leave(c);
}

void grp_shutdown(struct group *g, enum grp_err err)
{
    cancel_timer(g->join_timer);
    cancel_timer(g->sync_timer);
    struct member *m;
    TAILQ_FOREACH(m, &g->members, link)
    {
        evtimer_del(m->session_timer);
        grp_answer_join(m, err, false);
        grp_answer_sync(m, err);
    }
    struct pending_member *p;
    TAILQ_FOREACH(p, &g->pending, link)
    evtimer_del(p->timer);
}

/* ---------------------------------------------------------- subscriptions */

static void add_topic(void *ctx, struct kstr topic)
{
    struct group *g = ctx;
    for (int32_t i = 0; i < g->nsub_topics; i++)
        if (str_is(g->sub_topics[i], topic))
            return;
    char **t = realloc(g->sub_topics, (size_t)(g->nsub_topics + 1) * sizeof *t);
    char *s = kstr_dup(topic);
    if (!t || !s) {
        if (t)
            g->sub_topics = t;
        free(s);
        g->sub_known = false; /* unknown counts as "subscribed to all" */
        return;
    }
    g->sub_topics = t;
    g->sub_topics[g->nsub_topics++] = s;
}

static void clear_subscriptions(struct group *g)
{
    for (int32_t i = 0; i < g->nsub_topics; i++)
        free(g->sub_topics[i]);
    free(g->sub_topics);
    g->sub_topics = NULL;
    g->nsub_topics = 0;
    g->sub_known = false;
}

/* Kafka's computeSubscribedTopics: only for protocol type "consumer";
 * any member whose metadata does not parse makes the set unknown. */
void grp_compute_subscriptions(struct group *g)
{
    clear_subscriptions(g);
    if (!g->protocol_type || strcmp(g->protocol_type, "consumer") != 0)
        return;
    if (g->nmembers == 0) {
        g->sub_known = true;
        return;
    }
    if (!g->protocol_name)
        return;
    g->sub_known = true;
    struct member *m;
    TAILQ_FOREACH(m, &g->members, link)
    {
        const struct grp_protocol *p = grp_member_protocol(m, g->protocol_name);
        struct kbytes meta = p ? (struct kbytes){p->metadata, p->metadata_len} : KBYTES_NULL;
        if (csub_topics(meta, add_topic, g) != 0) {
            clear_subscriptions(g);
            return;
        }
        if (!g->sub_known) {
            clear_subscriptions(g);
            return;
        }
    }
}

bool grp_subscribed_to(const struct group *g, struct kstr topic)
{
    if (!g->sub_known)
        return true;
    for (int32_t i = 0; i < g->nsub_topics; i++)
        if (str_is(g->sub_topics[i], topic))
            return true;
    return false;
}

/* ---------------------------------------------------------- the group record */

static void store_forget(struct coord_append *a, int status, int64_t off)
{
    (void)a;
    (void)status;
    (void)off;
    /* Kafka only logs a failed write of an Empty group's record. */
}

void grp_store(struct group *g, const struct grp_assign *assign, int32_t nassign,
               struct coord_append *a)
{
    struct coordinator *c = g->c;
    if (!a) {
        a = calloc(1, sizeof *a);
        if (!a)
            return;
        a->complete = store_forget;
    }
    a->g = g;
    struct arena ar;
    arena_init(&ar);
    struct crec_group_value v = {
        .protocol_type = kstr_c(g->protocol_type ? g->protocol_type : ""),
        .generation = g->generation,
        .protocol = kstr_c(g->protocol_name),
        .leader = kstr_c(g->leader_id),
        .state_ts_ms = g->state_ts_ms,
        .members_count = g->nmembers,
    };
    v.members = g->nmembers ? arena_calloc(&ar, (size_t)g->nmembers, sizeof *v.members) : NULL;
    struct cbatch b;
    cbatch_init(&b, coord_now(c));
    int rc = g->nmembers && !v.members ? -E_NOMEM : 0;
    int32_t i = 0;
    struct member *m;
    TAILQ_FOREACH(m, &g->members, link)
    {
        if (rc)
            break;
        struct crec_member *cm = &v.members[i++];
        const struct grp_protocol *p = grp_member_protocol(m, g->protocol_name);
        cm->member_id = kstr_c(m->id);
        cm->instance_id = kstr_c(m->instance_id);
        cm->client_id = kstr_c(m->client_id);
        cm->client_host = kstr_c(m->client_host);
        cm->rebalance_timeout_ms = m->rebalance_timeout_ms;
        cm->session_timeout_ms = m->session_timeout_ms;
        cm->subscription = p ? (struct kbytes){p->metadata, p->metadata_len} : (struct kbytes){NULL, 0};
        cm->assignment = (struct kbytes){m->assignment, m->assignment_len};
        if (assign) {
            cm->assignment = (struct kbytes){NULL, 0};
            for (int32_t k = 0; k < nassign; k++) {
                if (strcmp(assign[k].member_id, m->id) == 0) {
                    cm->assignment = (struct kbytes){assign[k].bytes, assign[k].len};
                    break;
                }
            }
        }
    }
    struct kwriter kw, vw;
    kw_init(&kw);
    kw_init(&vw);
    if (!rc) {
        crec_group_key(&kw, kstr_c(g->id));
        crec_group_value(&vw, &v);
        rc = kw.err ? kw.err : vw.err;
    }
    if (!rc) {
        cbatch_add(&b, (struct kbytes){kw.buf, (int32_t)kw.len},
                   (struct kbytes){vw.buf, (int32_t)vw.len});
        rc = cbatch_finish(&b);
    }
    kw_destroy(&kw);
    kw_destroy(&vw);
    arena_destroy(&ar);
    /* A record that could not even be built is reported like a refused
     * append (a NULL batch). */
    coord_append_start(c, a, g->partition, rc ? NULL : b.out.buf, rc ? 0 : b.out.len);
    cbatch_destroy(&b);
}

/* ---------------------------------------------------------- teardown */

void grp_free(struct group *g)
{
    struct member *m;
    while ((m = TAILQ_FIRST(&g->members))) {
        TAILQ_REMOVE(&g->members, m, link);
        grp_member_free(m);
    }
    struct pending_member *p;
    while ((p = TAILQ_FIRST(&g->pending)))
        grp_pending_remove(g, p);
    if (g->join_timer)
        event_free(g->join_timer);
    if (g->sync_timer)
        event_free(g->sync_timer);
    clear_subscriptions(g);
    off_free_all(g);
    free(g->id);
    free(g->protocol_type);
    free(g->protocol_name);
    free(g->leader_id);
    free(g);
}
