/*
 * test_join.c - JoinGroup through the group state machine: the two-step
 * join, leader election and metadata, protocol selection, validation, the
 * initial delay and the rebalance timeout.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "fx.h"

static const char *const RANGE[] = {"range", NULL};
static const char *const RANGE_RR[] = {"range", "roundrobin", NULL};
static const char *const RR_RANGE[] = {"roundrobin", "range", NULL};
static const char *const STICKY[] = {"sticky", NULL};

TestSuite(join, .init = fx_init, .fini = fx_fini);

Test(join, v4_plus_requires_member_id_then_rejoin_with_it)
{
    struct join_group_req r = fx_join_req("g", "", NULL, 30000, 30000, RANGE);
    struct fx_join j;
    fx_join(&j, 4, &r);
    fx_run_until(&j.called, 500);
    cr_assert(j.called);
    cr_assert_eq(j.err, GRP_MEMBER_ID_REQUIRED);
    cr_assert_eq(j.generation, -1);
    cr_assert(strncmp(j.member_id, "client-", 7) == 0, "id %s", j.member_id);
    cr_assert_eq(strlen(j.member_id), strlen("client-") + 36);
    /* The id is remembered as a pending member, not yet a member. */
    struct group *g = coord_group(fx_c, KSTR_LIT("g"));
    cr_assert_eq(g->nmembers, 0);
    cr_assert_eq(g->npending, 1);

    char id[128];
    strcpy(id, j.member_id);
    r = fx_join_req("g", id, NULL, 30000, 30000, RANGE);
    fx_join(&j, 4, &r);
    fx_run_until(&j.called, 500);
    cr_assert(j.called);
    cr_assert_eq(j.err, GRP_OK);
    cr_assert_eq(j.generation, 1);
    cr_assert_str_eq(j.member_id, id);
    cr_assert_str_eq(j.leader, id);
    cr_assert_str_eq(j.protocol, "range");
    cr_assert_eq(j.nmembers, 1);
    cr_assert_eq(g->npending, 0);
    cr_assert_str_eq(fx_state("g"), "CompletingRebalance");
}

Test(join, v3_and_older_join_in_one_step)
{
    for (int16_t v = 0; v <= 3; v++) {
        char group[8];
        snprintf(group, sizeof group, "g%d", v);
        struct join_group_req r = fx_join_req(group, "", NULL, 30000, 30000, RANGE);
        struct fx_join j;
        fx_join(&j, v, &r);
        fx_run_until(&j.called, 500);
        cr_assert_eq(j.err, GRP_OK, "v%d: %s", v, grp_err_name(j.err));
        cr_assert_eq(j.generation, 1);
    }
}

Test(join, v0_uses_the_session_timeout_as_rebalance_timeout)
{
    struct join_group_req r = fx_join_req("g", "", NULL, 4321, 99999, RANGE);
    struct fx_join j;
    fx_join(&j, 0, &r);
    struct member *m = TAILQ_FIRST(&coord_group(fx_c, KSTR_LIT("g"))->members);
    cr_assert_eq(m->rebalance_timeout_ms, 4321);
    r = fx_join_req("g1", "", NULL, 4321, 99999, RANGE);
    fx_join(&j, 1, &r);
    m = TAILQ_FIRST(&coord_group(fx_c, KSTR_LIT("g1"))->members);
    cr_assert_eq(m->rebalance_timeout_ms, 99999);
    fx_run_for(5);
}

Test(join, first_member_leads_and_only_the_leader_sees_metadata)
{
    struct join_group_req ra = fx_join_req("g", "", NULL, 30000, 30000, RANGE);
    struct join_group_req rb = fx_join_req("g", "", NULL, 30000, 30000, RANGE);
    struct fx_join a, b;
    fx_join(&a, 3, &ra);
    fx_join(&b, 3, &rb); /* before the (zero) initial delay runs out */
    fx_run_until(&b.called, 500);
    cr_assert(a.called && b.called);
    cr_assert_eq(a.err, GRP_OK);
    cr_assert_eq(b.err, GRP_OK);
    cr_assert_str_eq(a.leader, a.member_id);
    cr_assert_str_eq(b.leader, a.member_id);
    cr_assert_eq(a.generation, b.generation);
    cr_assert_eq(a.nmembers, 2);
    cr_assert_eq(b.nmembers, 0);
    cr_assert_str_eq(a.members[0], a.member_id);
    cr_assert_str_eq(a.members[1], b.member_id);
    cr_assert_eq(a.member_meta_len[1], 7);
    cr_assert(memcmp(a.member_meta[1], "M:range", 7) == 0);
    cr_assert_str_eq(a.protocol_type, "consumer");
}

Test(join, protocol_chosen_by_vote_among_common_ones)
{
    struct join_group_req r1 = fx_join_req("g", "", NULL, 30000, 30000, RANGE_RR);
    struct join_group_req r2 = fx_join_req("g", "", NULL, 30000, 30000, RR_RANGE);
    struct join_group_req r3 = fx_join_req("g", "", NULL, 30000, 30000, RR_RANGE);
    struct fx_join a, b, c;
    fx_join(&a, 3, &r1);
    fx_join(&b, 3, &r2);
    fx_join(&c, 3, &r3);
    fx_run_until(&c.called, 500);
    cr_assert_eq(a.err, GRP_OK);
    cr_assert_str_eq(a.protocol, "roundrobin"); /* two votes to one */
    cr_assert_str_eq(c.protocol, "roundrobin");
    /* The leader sees each member's metadata for the chosen protocol. */
    cr_assert(memcmp(a.member_meta[0], "M:roundrobin", 12) == 0);
}

Test(join, no_common_protocol_or_other_type_is_inconsistent)
{
    struct fx_join a, b;
    struct join_group_req r1 = fx_join_req("g", "", NULL, 30000, 30000, RANGE);
    fx_join(&a, 3, &r1);
    fx_run_until(&a.called, 500);
    struct join_group_req r2 = fx_join_req("g", "", NULL, 30000, 30000, STICKY);
    fx_join(&b, 3, &r2);
    fx_run_until(&b.called, 500);
    cr_assert_eq(b.err, GRP_INCONSISTENT_PROTOCOL);
    struct join_group_req r3 = fx_join_req("g", "", NULL, 30000, 30000, RANGE);
    r3.protocol_type = KSTR_LIT("connect");
    fx_join(&b, 3, &r3);
    fx_run_until(&b.called, 500);
    cr_assert_eq(b.err, GRP_INCONSISTENT_PROTOCOL);
    /* An empty group accepts any type but needs protocols. */
    struct join_group_req r4 = fx_join_req("h", "", NULL, 30000, 30000, NULL);
    fx_join(&b, 3, &r4);
    fx_run_until(&b.called, 500);
    cr_assert_eq(b.err, GRP_INCONSISTENT_PROTOCOL);
}

Test(join, validates_group_id_session_timeout_and_known_member)
{
    struct fx_join j;
    struct join_group_req r = fx_join_req("", "", NULL, 30000, 30000, RANGE);
    fx_join(&j, 5, &r);
    fx_run_until(&j.called, 100);
    cr_assert_eq(j.err, GRP_INVALID_GROUP_ID);
    r = fx_join_req("g", "", NULL, 5, 30000, RANGE); /* below min 10 */
    fx_join(&j, 5, &r);
    fx_run_until(&j.called, 100);
    cr_assert_eq(j.err, GRP_INVALID_SESSION_TIMEOUT);
    r = fx_join_req("g", "", NULL, 600001, 30000, RANGE);
    fx_join(&j, 5, &r);
    fx_run_until(&j.called, 100);
    cr_assert_eq(j.err, GRP_INVALID_SESSION_TIMEOUT);
    /* A member id for a group we do not know. */
    r = fx_join_req("nope", "client-x", NULL, 30000, 30000, RANGE);
    fx_join(&j, 5, &r);
    fx_run_until(&j.called, 100);
    cr_assert_eq(j.err, GRP_UNKNOWN_MEMBER);
    cr_assert_str_eq(fx_state("nope"), "none");
}

Test(join, group_max_size_is_enforced)
{
    fx_cfg.max_group_size = 1;
    fx_restart();
    struct fx_join a, b;
    fx_join_member(&a, "g", RANGE);
    fx_run_until(&a.called, 500);
    cr_assert_eq(a.err, GRP_OK);
    fx_join_member(&b, "g", RANGE);
    fx_run_until(&b.called, 500);
    cr_assert_eq(b.err, GRP_FULL);
    cr_assert_str_eq(b.member_id, "");
}

Test(join, initial_delay_holds_the_first_rebalance)
{
    fx_cfg.initial_rebalance_delay_ms = 60;
    fx_restart();
    struct join_group_req r = fx_join_req("g", "", NULL, 30000, 30000, RANGE);
    struct fx_join a, b;
    fx_join(&a, 3, &r);
    fx_run_for(20);
    cr_assert(!a.called, "answered before the initial delay");
    struct join_group_req r2 = fx_join_req("g", "", NULL, 30000, 30000, RANGE);
    fx_join(&b, 3, &r2); /* arrives within the delay: extends it */
    fx_run_until(&b.called, 1000);
    cr_assert(a.called && b.called);
    cr_assert_eq(a.generation, 1);
    cr_assert_eq(a.nmembers, 2);
}

Test(join, members_that_do_not_rejoin_in_the_rebalance_timeout_are_removed)
{
    struct join_group_req ra = fx_join_req("g", "", NULL, 30000, 40, RANGE);
    struct join_group_req rb = fx_join_req("g", "", NULL, 30000, 40, RANGE);
    struct fx_join a, b;
    fx_join(&a, 3, &ra);
    fx_join(&b, 3, &rb);
    fx_run_until(&b.called, 500);
    cr_assert_eq(a.nmembers, 2);
    struct fx_sync sa, sb;
    fx_sync(&sb, "g", 1, b.member_id, NULL, 0, NULL, NULL);
    fx_sync(&sa, "g", 1, a.member_id, NULL, 0, NULL, NULL);
    cr_assert_str_eq(fx_state("g"), "Stable");
    char aid[128];
    strcpy(aid, a.member_id);
    /* The leader rejoins (a rebalance); the follower stays silent. */
    ra = fx_join_req("g", aid, NULL, 30000, 40, RANGE);
    fx_join(&a, 3, &ra);
    fx_run_for(5);
    cr_assert(!a.called);
    cr_assert_str_eq(fx_state("g"), "PreparingRebalance");
    cr_assert_eq(fx_heartbeat("g", 1, b.member_id, NULL), GRP_REBALANCING);
    fx_run_until(&a.called, 1000);
    cr_assert(a.called);
    cr_assert_eq(a.err, GRP_OK);
    cr_assert_eq(a.generation, 2);
    cr_assert_eq(a.nmembers, 1);
    cr_assert_eq(fx_heartbeat("g", 2, b.member_id, NULL), GRP_UNKNOWN_MEMBER);
}

Test(join, follower_rejoining_unchanged_in_stable_gets_current_generation)
{
    struct fx_join a, b;
    struct join_group_req ra = fx_join_req("g", "", NULL, 30000, 30000, RANGE);
    struct join_group_req rb = fx_join_req("g", "", NULL, 30000, 30000, RANGE);
    fx_join(&a, 3, &ra);
    fx_join(&b, 3, &rb);
    fx_run_until(&b.called, 500);
    struct fx_sync sa, sb;
    const char *ids[] = {a.member_id, b.member_id};
    const char *as[] = {"A", "B"};
    fx_sync(&sb, "g", 1, b.member_id, NULL, 0, NULL, NULL);
    fx_sync(&sa, "g", 1, a.member_id, NULL, 2, ids, as);
    cr_assert_str_eq(fx_state("g"), "Stable");
    char bid[128];
    strcpy(bid, b.member_id);
    rb = fx_join_req("g", bid, NULL, 30000, 30000, RANGE);
    fx_join(&b, 3, &rb);
    cr_assert(b.called);
    cr_assert_eq(b.err, GRP_OK);
    cr_assert_eq(b.generation, 1);
    cr_assert_str_eq(fx_state("g"), "Stable");
}

Test(join, pending_member_expires_after_session_timeout)
{
    struct join_group_req r = fx_join_req("g", "", NULL, 30, 30000, RANGE);
    struct fx_join j;
    fx_join(&j, 5, &r);
    cr_assert_eq(j.err, GRP_MEMBER_ID_REQUIRED);
    struct group *g = coord_group(fx_c, KSTR_LIT("g"));
    cr_assert_eq(g->npending, 1);
    fx_run_for(80);
    cr_assert_eq(g->npending, 0);
    char id[128];
    strcpy(id, j.member_id);
    r = fx_join_req("g", id, NULL, 30, 30000, RANGE);
    fx_join(&j, 5, &r);
    cr_assert_eq(j.err, GRP_UNKNOWN_MEMBER);
}
