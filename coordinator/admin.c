/*
 * admin.c - ListGroups and DescribeGroups: read-only views of the groups,
 * as tools and UIs ask for them at start-up. (DeleteGroups writes
 * tombstones and lives with the offsets, in offsets.c.)
 */
#include "coordinator/coord_int.h"

#include <strings.h>
#include <string.h>

/* Kafka's group type for every group this coordinator runs (KIP-848
 * names the classic protocol "classic"). */
#define GRP_TYPE_CLASSIC "classic"

static bool in_filter(const struct kstr *f, int32_t n, const char *name)
{
    if (n <= 0)
        return true; /* empty or absent filter: everything */
    size_t len = strlen(name);
    for (int32_t i = 0; i < n; i++)
        if (f[i].len >= 0 && (size_t)f[i].len == len && strncasecmp(f[i].ptr, name, len) == 0)
            return true;
    return false;
}

enum grp_err grp_list(struct coordinator *c, const struct list_groups_req *req, int16_t version,
                      struct arena *a, struct grp_listed **out, int32_t *count)
{
    *out = NULL;
    *count = 0;
    if (c->stopping)
        return GRP_UNAVAILABLE;
    int32_t nstates = version >= 4 ? req->states_filter_count : 0;
    int32_t ntypes = version >= 5 ? req->types_filter_count : 0;
    if (!in_filter(req->types_filter, ntypes, GRP_TYPE_CLASSIC))
        return c->nloading ? GRP_LOADING : GRP_OK;
    struct grp_listed *v = c->groups.count ? arena_calloc(a, c->groups.count, sizeof *v) : NULL;
    if (c->groups.count && !v)
        return GRP_INTERNAL;
    int32_t n = 0;
    struct hmap_iter it;
    hmap_iter_init(&it, &c->groups);
    for (struct hnode *h; (h = hmap_iter_next(&it));) {
        struct group *g = (struct group *)h;
        if (c->loading[g->partition])
            continue;
        const char *state = grp_state_name(g->state);
        if (!in_filter(req->states_filter, nstates, state))
            continue;
        v[n].group_id = kstr_c(g->id);
        v[n].protocol_type = kstr_c(g->protocol_type ? g->protocol_type : "");
        v[n].state = state;
        v[n].type = GRP_TYPE_CLASSIC;
        n++;
    }
    *out = v;
    *count = n;
    return c->nloading ? GRP_LOADING : GRP_OK;
}

void grp_describe(struct coordinator *c, struct kstr group_id, struct arena *a,
                  struct grp_described *out)
{
    memset(out, 0, sizeof *out);
    out->group_id = group_id;
    out->state = "";
    out->protocol_type = KSTR_LIT("");
    out->protocol_data = KSTR_LIT("");
    enum grp_err e = coord_check(c, group_id, false);
    if (e) {
        out->err = e;
        return;
    }
    struct group *g = coord_group(c, group_id);
    if (!g) {
        /* Kafka describes an unknown group as Dead, without error. */
        out->state = grp_state_name(GRP_DEAD);
        return;
    }
    bool stable = g->state == GRP_STABLE;
    out->state = grp_state_name(g->state);
    out->protocol_type = kstr_c(g->protocol_type ? g->protocol_type : "");
    /* The protocol and the members' metadata and assignments are shown
     * only for a Stable group, as Kafka does. */
    if (stable && g->protocol_name)
        out->protocol_data = kstr_c(g->protocol_name);
    if (g->nmembers == 0)
        return;
    out->members = arena_calloc(a, (size_t)g->nmembers, sizeof *out->members);
    if (!out->members) {
        out->err = GRP_INTERNAL;
        return;
    }
    struct member *m;
    int32_t i = 0;
    TAILQ_FOREACH(m, &g->members, link)
    {
        struct grp_described_member *d = &out->members[i++];
        d->member_id = kstr_c(m->id);
        d->group_instance_id = kstr_c(m->instance_id);
        d->client_id = kstr_c(m->client_id);
        d->client_host = kstr_c(m->client_host);
        d->metadata = (struct kbytes){NULL, 0};
        d->assignment = (struct kbytes){NULL, 0};
        if (stable) {
            const struct grp_protocol *p = grp_member_protocol(m, g->protocol_name);
            if (p)
                d->metadata = (struct kbytes){p->metadata, p->metadata_len};
            d->assignment = (struct kbytes){m->assignment, m->assignment_len};
        }
    }
    out->members_count = i;
}
