/*
 * test_load.c - durability through __consumer_offsets: a new coordinator
 * fed the same records has the same offsets and groups; tombstones are
 * honoured; a loading partition answers COORDINATOR_LOAD_IN_PROGRESS.
 * Also the admin views (List/Describe/DeleteGroups).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "fx.h"

static const char *const RANGE[] = {"range", NULL};

TestSuite(load, .init = fx_init, .fini = fx_fini);

static struct coordinator *swap_in(struct coordinator *c)
{
    struct coordinator *old = fx_c;
    fx_c = c;
    return old;
}

Test(load, offsets_survive_a_restart)
{
    struct fx_commit c;
    int64_t offs[] = {100, 200, 300};
    fx_commit(&c, "g1", -1, "", "t", 3, offs, "m");
    offs[1] = 201; /* a later commit of the same partition wins */
    fx_commit(&c, "g1", -1, "", "t", 2, offs, "m2");
    fx_commit(&c, "g2", -1, "", "u", 1, offs, NULL);
    struct coordinator *old = swap_in(fx_reload());
    cr_assert_eq(fx_fetch_one("g1", "t", 0), 100);
    cr_assert_eq(fx_fetch_one("g1", "t", 1), 201);
    cr_assert_eq(fx_fetch_one("g1", "t", 2), 300);
    cr_assert_eq(fx_fetch_one("g2", "u", 0), 100);
    cr_assert_str_eq(fx_state("g1"), "Empty");
    struct group *g = coord_group(fx_c, KSTR_LIT("g1"));
    struct offset_entry *e = off_find(g, KSTR_LIT("t"), 1);
    cr_assert_str_eq(e->metadata, "m2");
    cr_assert_eq(e->commit_ts_ms, fx_clock_ms);
    coord_free(old);
}

Test(load, a_stable_group_comes_back_stable_and_sessions_restart)
{
    struct join_group_req ra = fx_join_req("g", "", "inst", 40, 30000, RANGE);
    struct fx_join a;
    fx_join(&a, 5, &ra);
    fx_run_until(&a.called, 500);
    struct fx_sync s;
    const char *ids[] = {a.member_id};
    const char *as[] = {"mine"};
    fx_sync(&s, "g", 1, a.member_id, "inst", 1, ids, as);
    cr_assert_str_eq(fx_state("g"), "Stable");
    struct coordinator *old = swap_in(fx_reload());
    coord_free(old);
    struct group *g = coord_group(fx_c, KSTR_LIT("g"));
    cr_assert_not_null(g);
    cr_assert_str_eq(fx_state("g"), "Stable");
    cr_assert_eq(g->generation, 1);
    cr_assert_str_eq(g->protocol_name, "range");
    cr_assert_str_eq(g->protocol_type, "consumer");
    cr_assert_str_eq(g->leader_id, a.member_id);
    cr_assert_eq(g->nmembers, 1);
    struct member *m = TAILQ_FIRST(&g->members);
    cr_assert_str_eq(m->instance_id, "inst");
    cr_assert_str_eq(m->client_host, "/127.0.0.1");
    /* The member can carry on where it was. */
    cr_assert_eq(fx_heartbeat("g", 1, a.member_id, "inst"), GRP_OK);
    fx_sync(&s, "g", 1, a.member_id, "inst", 0, NULL, NULL);
    cr_assert_eq(s.err, GRP_OK);
    cr_assert(memcmp(s.assignment, "mine", 4) == 0);
    /* ... or, silent, it expires and the group empties. */
    for (int i = 0; i < 50 && g->nmembers; i++)
        fx_run_for(5);
    cr_assert_eq(g->nmembers, 0);
    cr_assert_str_eq(fx_state("g"), "Empty");
    cr_assert_eq(g->generation, 2);
}

Test(load, an_empty_group_keeps_generation_and_protocol_type)
{
    struct fx_join a;
    fx_join_member(&a, "g", RANGE);
    fx_run_until(&a.called, 500);
    struct leave_group_req r;
    leave_group_req_init(&r);
    r.group_id = KSTR_LIT("g");
    r.member_id = kstr_c(a.member_id);
    enum grp_err errs[1];
    grp_leave(fx_c, 1, &r, errs);
    cr_assert_str_eq(fx_state("g"), "Empty");
    struct coordinator *old = swap_in(fx_reload());
    coord_free(old);
    struct group *g = coord_group(fx_c, KSTR_LIT("g"));
    cr_assert_not_null(g);
    cr_assert_str_eq(fx_state("g"), "Empty");
    cr_assert_eq(g->generation, 2);
    cr_assert_str_eq(g->protocol_type, "consumer");
    cr_assert_null(g->protocol_name);
}

struct gdel_out {
    bool called;
    int32_t n;
    enum grp_err errs[4];
};

static void gdel_cb(void *arg, const enum grp_err *errs, int32_t n)
{
    struct gdel_out *o = arg;
    o->called = true;
    o->n = n;
    for (int32_t i = 0; i < n && i < 4; i++)
        o->errs[i] = errs[i];
}

static void delete_groups(struct gdel_out *o, const char *a, const char *b, const char *c)
{
    struct kstr names[3] = {kstr_c(a), kstr_c(b), kstr_c(c)};
    struct delete_groups_req r;
    delete_groups_req_init(&r);
    r.groups_names = names;
    r.groups_names_count = 3;
    memset(o, 0, sizeof *o);
    grp_delete(fx_c, &r, gdel_cb, o);
}

Test(load, delete_groups_rules_and_tombstones_survive_reload)
{
    struct fx_commit c;
    int64_t off = 7;
    fx_commit(&c, "empty", -1, "", "t", 1, &off, NULL);
    struct fx_join a;
    fx_join_member(&a, "busy", RANGE);
    fx_run_until(&a.called, 500);
    struct gdel_out o;
    delete_groups(&o, "empty", "busy", "ghost");
    cr_assert(o.called);
    cr_assert_eq(o.n, 3);
    cr_assert_eq(o.errs[0], GRP_OK);
    cr_assert_eq(o.errs[1], GRP_NOT_EMPTY);
    cr_assert_eq(o.errs[2], GRP_NOT_FOUND);
    cr_assert_str_eq(fx_state("empty"), "none");
    cr_assert_eq(fx_fetch_one("empty", "t", 0), -1);
    struct coordinator *old = swap_in(fx_reload());
    coord_free(old);
    cr_assert_str_eq(fx_state("empty"), "none");
    cr_assert_eq(fx_fetch_one("empty", "t", 0), -1);
}

Test(load, a_loading_partition_answers_load_in_progress)
{
    struct coordinator *old = swap_in(coord_new(fx_base, &fx_cfg, &fx_log_ops, NULL));
    coord_free(old);
    int32_t p = coord_partition_for(fx_c, KSTR_LIT("g"));
    coord_load_begin(fx_c, p);
    struct fx_join j;
    struct join_group_req r = fx_join_req("g", "", NULL, 30000, 30000, RANGE);
    fx_join(&j, 5, &r);
    cr_assert_eq(j.err, GRP_LOADING);
    struct fx_commit c;
    int64_t off = 1;
    fx_commit(&c, "g", -1, "", "t", 1, &off, NULL);
    cr_assert_eq(c.errs[0], GRP_LOADING);
    cr_assert_eq(fx_heartbeat("g", 1, "m", NULL), GRP_OK); /* Kafka: answered blindly */
    struct fx_sync s;
    fx_sync(&s, "g", 1, "m", NULL, 0, NULL, NULL);
    cr_assert_eq(s.err, GRP_REBALANCING);
    struct arena ar;
    arena_init(&ar);
    struct grp_described d;
    grp_describe(fx_c, KSTR_LIT("g"), &ar, &d);
    cr_assert_eq(d.err, GRP_LOADING);
    cr_assert_str_eq(d.state, "");
    struct grp_listed *l;
    int32_t n;
    struct list_groups_req lr;
    list_groups_req_init(&lr);
    cr_assert_eq(grp_list(fx_c, &lr, 4, &ar, &l, &n), GRP_LOADING);
    arena_destroy(&ar);
    coord_load_end(fx_c, p);
    fx_commit(&c, "g", -1, "", "t", 1, &off, NULL);
    cr_assert_eq(c.errs[0], GRP_OK);
}

Test(load, list_and_describe_groups)
{
    struct fx_join a;
    fx_join_member(&a, "g", RANGE);
    fx_run_until(&a.called, 500);
    struct fx_sync s;
    const char *ids[] = {a.member_id};
    const char *as[] = {"asg"};
    fx_sync(&s, "g", 1, a.member_id, NULL, 1, ids, as);
    struct fx_commit c;
    int64_t off = 1;
    fx_commit(&c, "simple", -1, "", "t", 1, &off, NULL);

    struct arena ar;
    arena_init(&ar);
    struct list_groups_req lr;
    list_groups_req_init(&lr);
    struct grp_listed *l;
    int32_t n;
    cr_assert_eq(grp_list(fx_c, &lr, 3, &ar, &l, &n), GRP_OK);
    cr_assert_eq(n, 2);
    struct kstr stable = KSTR_LIT("sTaBlE");
    lr.states_filter = &stable;
    lr.states_filter_count = 1;
    grp_list(fx_c, &lr, 4, &ar, &l, &n);
    cr_assert_eq(n, 1);
    cr_assert(kstr_eq_c(l[0].group_id, "g"));
    cr_assert(kstr_eq_c(l[0].protocol_type, "consumer"));
    cr_assert_str_eq(l[0].type, "classic");
    grp_list(fx_c, &lr, 3, &ar, &l, &n); /* v3 has no states filter */
    cr_assert_eq(n, 2);
    struct kstr consumer = KSTR_LIT("consumer");
    lr.states_filter_count = 0;
    lr.types_filter = &consumer;
    lr.types_filter_count = 1;
    grp_list(fx_c, &lr, 5, &ar, &l, &n);
    cr_assert_eq(n, 0, "only classic groups here");

    struct grp_described d;
    grp_describe(fx_c, KSTR_LIT("g"), &ar, &d);
    cr_assert_eq(d.err, GRP_OK);
    cr_assert_str_eq(d.state, "Stable");
    cr_assert(kstr_eq_c(d.protocol_data, "range"));
    cr_assert_eq(d.members_count, 1);
    cr_assert(kstr_eq_c(d.members[0].client_id, "client"));
    cr_assert(kstr_eq_c(d.members[0].client_host, "/127.0.0.1"));
    cr_assert_eq(d.members[0].assignment.len, 3);
    cr_assert_eq(d.members[0].metadata.len, 7);
    grp_describe(fx_c, KSTR_LIT("simple"), &ar, &d);
    cr_assert_str_eq(d.state, "Empty");
    cr_assert(kstr_eq_c(d.protocol_type, ""));
    grp_describe(fx_c, KSTR_LIT("ghost"), &ar, &d);
    cr_assert_eq(d.err, GRP_OK);
    cr_assert_str_eq(d.state, "Dead");
    arena_destroy(&ar);
}
