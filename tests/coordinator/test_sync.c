/*
 * test_sync.c - SyncGroup distribution, Heartbeat answers, session
 * expiry, LeaveGroup (single and batch), static membership (rejoin
 * without rebalance, fencing).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "fx.h"
#include "protocol/status.h"

static const char *const RANGE[] = {"range", NULL};

TestSuite(sync, .init = fx_init, .fini = fx_fini);

/* Two dynamic members a (leader) and b joined in generation 1. */
static void two_members(struct fx_join *a, struct fx_join *b, int32_t session_ms)
{
    struct join_group_req ra = fx_join_req("g", "", NULL, session_ms, 30000, RANGE);
    struct join_group_req rb = fx_join_req("g", "", NULL, session_ms, 30000, RANGE);
    fx_join(a, 3, &ra);
    fx_join(b, 3, &rb);
    fx_run_until(&b->called, 500);
    cr_assert(a->called && b->called);
    cr_assert_str_eq(a->leader, a->member_id);
}

static void make_stable(struct fx_join *a, struct fx_join *b)
{
    struct fx_sync sa, sb;
    const char *ids[] = {a->member_id, b->member_id};
    const char *as[] = {"for-a", "for-b"};
    fx_sync(&sb, "g", a->generation, b->member_id, NULL, 0, NULL, NULL);
    fx_sync(&sa, "g", a->generation, a->member_id, NULL, 2, ids, as);
    cr_assert(sa.called && sb.called);
    cr_assert_str_eq(fx_state("g"), "Stable");
}

Test(sync, leader_assignments_reach_each_member)
{
    struct fx_join a, b;
    two_members(&a, &b, 30000);
    struct fx_sync sa, sb;
    fx_sync(&sb, "g", 1, b.member_id, NULL, 0, NULL, NULL);
    cr_assert(!sb.called, "a follower waits for the leader");
    const char *ids[] = {a.member_id, b.member_id};
    const char *as[] = {"for-a", "for-b"};
    fx_sync(&sa, "g", 1, a.member_id, NULL, 2, ids, as);
    cr_assert(sa.called && sb.called);
    cr_assert_eq(sa.err, GRP_OK);
    cr_assert_eq(sb.err, GRP_OK);
    cr_assert_eq(sa.len, 5);
    cr_assert(memcmp(sa.assignment, "for-a", 5) == 0);
    cr_assert(memcmp(sb.assignment, "for-b", 5) == 0);
    cr_assert_str_eq(sb.protocol_name, "range");
    cr_assert_str_eq(fx_state("g"), "Stable");
    /* A SyncGroup in a Stable group returns the member's assignment. */
    fx_sync(&sb, "g", 1, b.member_id, NULL, 0, NULL, NULL);
    cr_assert(sb.called);
    cr_assert(memcmp(sb.assignment, "for-b", 5) == 0);
}

Test(sync, members_wait_until_the_assignment_is_durable)
{
    struct fx_join a, b;
    two_members(&a, &b, 30000);
    fx_log.mode = FX_LOG_MANUAL;
    struct fx_sync sa, sb;
    const char *ids[] = {a.member_id, b.member_id};
    const char *as[] = {"for-a", "for-b"};
    fx_sync(&sb, "g", 1, b.member_id, NULL, 0, NULL, NULL);
    fx_sync(&sa, "g", 1, a.member_id, NULL, 2, ids, as);
    cr_assert(!sa.called && !sb.called);
    cr_assert_str_eq(fx_state("g"), "CompletingRebalance");
    cr_assert_eq(fx_log_flush(0), 1);
    cr_assert(sa.called && sb.called);
    cr_assert_eq(sb.err, GRP_OK);
    cr_assert_str_eq(fx_state("g"), "Stable");
}

Test(sync, a_failed_write_sends_everyone_back_to_join)
{
    struct fx_join a, b;
    two_members(&a, &b, 30000);
    fx_log.mode = FX_LOG_MANUAL;
    struct fx_sync sa, sb;
    fx_sync(&sb, "g", 1, b.member_id, NULL, 0, NULL, NULL);
    fx_sync(&sa, "g", 1, a.member_id, NULL, 0, NULL, NULL);
    fx_log_flush(-E_IO);
    cr_assert(sa.called && sb.called);
    cr_assert_eq(sa.err, GRP_NOT_COORDINATOR);
    cr_assert_eq(sb.err, GRP_NOT_COORDINATOR);
    cr_assert_str_eq(fx_state("g"), "PreparingRebalance");
    fx_log.mode = FX_LOG_SYNC;
}

Test(sync, checks_member_generation_and_protocol)
{
    struct fx_join a, b;
    two_members(&a, &b, 30000);
    struct fx_sync s;
    fx_sync(&s, "g", 1, "nobody", NULL, 0, NULL, NULL);
    cr_assert_eq(s.err, GRP_UNKNOWN_MEMBER);
    fx_sync(&s, "g", 7, b.member_id, NULL, 0, NULL, NULL);
    cr_assert_eq(s.err, GRP_ILLEGAL_GENERATION);
    fx_sync(&s, "other", 1, b.member_id, NULL, 0, NULL, NULL);
    cr_assert_eq(s.err, GRP_UNKNOWN_MEMBER);
    /* v5: type and name are mandatory and must match. */
    struct sync_group_req r;
    sync_group_req_init(&r);
    r.group_id = KSTR_LIT("g");
    r.generation_id = 1;
    r.member_id = kstr_c(b.member_id);
    grp_sync(fx_c, 5, &r, fx_sync_cb, &s);
    cr_assert_eq(s.err, GRP_INCONSISTENT_PROTOCOL);
    r.protocol_type = KSTR_LIT("consumer");
    r.protocol_name = KSTR_LIT("roundrobin");
    memset(&s, 0, sizeof s);
    grp_sync(fx_c, 5, &r, fx_sync_cb, &s);
    cr_assert_eq(s.err, GRP_INCONSISTENT_PROTOCOL);
    r.protocol_name = KSTR_LIT("range");
    memset(&s, 0, sizeof s);
    grp_sync(fx_c, 5, &r, fx_sync_cb, &s);
    cr_assert(!s.called); /* a good follower sync waits */
    struct fx_sync sa;
    fx_sync(&sa, "g", 1, a.member_id, NULL, 0, NULL, NULL);
    cr_assert(s.called);
    cr_assert_eq(s.err, GRP_OK);
    cr_assert_eq(s.len, 0); /* the leader left it out: empty assignment */
}

Test(sync, heartbeat_answers_by_state_and_identity)
{
    struct fx_join a, b;
    two_members(&a, &b, 30000);
    cr_assert_eq(fx_heartbeat("g", 1, a.member_id, NULL), GRP_OK); /* CompletingRebalance */
    make_stable(&a, &b);
    cr_assert_eq(fx_heartbeat("g", 1, a.member_id, NULL), GRP_OK);
    cr_assert_eq(fx_heartbeat("g", 0, a.member_id, NULL), GRP_ILLEGAL_GENERATION);
    cr_assert_eq(fx_heartbeat("g", 1, "nobody", NULL), GRP_UNKNOWN_MEMBER);
    cr_assert_eq(fx_heartbeat("nogroup", 1, a.member_id, NULL), GRP_UNKNOWN_MEMBER);
    cr_assert_eq(fx_heartbeat("", 1, a.member_id, NULL), GRP_INVALID_GROUP_ID);
    /* A third member joining starts a rebalance: the others must rejoin. */
    struct fx_join c;
    fx_join_member(&c, "g", RANGE);
    cr_assert(!c.called);
    cr_assert_str_eq(fx_state("g"), "PreparingRebalance");
    cr_assert_eq(fx_heartbeat("g", 1, a.member_id, NULL), GRP_REBALANCING);
    cr_assert_eq(fx_heartbeat("g", 1, b.member_id, NULL), GRP_REBALANCING);
    char aid[128], bid[128];
    strcpy(aid, a.member_id);
    strcpy(bid, b.member_id);
    struct join_group_req ra = fx_join_req("g", aid, NULL, 30000, 30000, RANGE);
    struct join_group_req rb = fx_join_req("g", bid, NULL, 30000, 30000, RANGE);
    fx_join(&a, 5, &ra);
    fx_join(&b, 5, &rb);
    cr_assert(a.called && b.called && c.called, "%d %d %d %s %s", a.called, b.called, c.called, grp_err_name(a.err), fx_state("g"));
    cr_assert_eq(c.generation, 2);
    cr_assert_eq(a.nmembers, 3);
}

Test(sync, session_expiry_removes_the_member_and_rebalances)
{
    struct fx_join a, b;
    two_members(&a, &b, 60);
    make_stable(&a, &b);
    /* a keeps heartbeating, b goes silent. */
    for (int i = 0; i < 20 && coord_group(fx_c, KSTR_LIT("g"))->nmembers == 2; i++) {
        fx_heartbeat("g", 1, a.member_id, NULL);
        fx_run_for(15);
    }
    struct group *g = coord_group(fx_c, KSTR_LIT("g"));
    cr_assert_eq(g->nmembers, 1);
    cr_assert_str_eq(fx_state("g"), "PreparingRebalance");
    cr_assert_eq(fx_heartbeat("g", 1, a.member_id, NULL), GRP_REBALANCING);
    char aid[128];
    strcpy(aid, a.member_id);
    struct join_group_req ra = fx_join_req("g", aid, NULL, 60, 30000, RANGE);
    fx_join(&a, 5, &ra);
    cr_assert(a.called);
    cr_assert_eq(a.generation, 2, "%d %s %s", a.generation, grp_err_name(a.err), fx_state("g"));
    cr_assert_eq(a.nmembers, 1);
}

Test(sync, last_member_leaving_empties_the_group)
{
    struct fx_join a;
    fx_join_member(&a, "g", RANGE);
    fx_run_until(&a.called, 500);
    struct leave_group_req r;
    leave_group_req_init(&r);
    r.group_id = KSTR_LIT("g");
    r.member_id = kstr_c(a.member_id);
    enum grp_err errs[1];
    cr_assert_eq(grp_leave(fx_c, 0, &r, errs), GRP_OK);
    cr_assert_eq(errs[0], GRP_OK);
    cr_assert_str_eq(fx_state("g"), "Empty");
    cr_assert_eq(coord_group(fx_c, KSTR_LIT("g"))->generation, 2);
    /* Leaving again: unknown. */
    grp_leave(fx_c, 1, &r, errs);
    cr_assert_eq(errs[0], GRP_UNKNOWN_MEMBER);
    /* The Empty group's record was written (no members). */
    cr_assert(fx_log.nbatches >= 1);
}

Test(sync, batch_leave_reports_each_member)
{
    struct fx_join a, b;
    two_members(&a, &b, 30000);
    make_stable(&a, &b);
    struct leave_group_req_member_identity ids[3];
    for (int i = 0; i < 3; i++)
        leave_group_req_member_identity_init(&ids[i]);
    ids[0].member_id = kstr_c(a.member_id);
    ids[1].member_id = KSTR_LIT("ghost");
    ids[2].member_id = kstr_c(b.member_id);
    struct leave_group_req r;
    leave_group_req_init(&r);
    r.group_id = KSTR_LIT("g");
    r.members = ids;
    r.members_count = 3;
    enum grp_err errs[3];
    cr_assert_eq(grp_leave(fx_c, 3, &r, errs), GRP_OK);
    cr_assert_eq(errs[0], GRP_OK);
    cr_assert_eq(errs[1], GRP_UNKNOWN_MEMBER);
    cr_assert_eq(errs[2], GRP_OK);
    cr_assert_str_eq(fx_state("g"), "Empty");
    r.group_id = KSTR_LIT("");
    cr_assert_eq(grp_leave(fx_c, 3, &r, errs), GRP_INVALID_GROUP_ID);
}

/* A static member "i-a" and a dynamic one, Stable in generation 1. */
static void static_group(struct fx_join *a, struct fx_join *b)
{
    struct join_group_req ra = fx_join_req("g", "", "i-a", 30000, 30000, RANGE);
    struct join_group_req rb = fx_join_req("g", "", NULL, 30000, 30000, RANGE);
    fx_join(a, 5, &ra); /* static members skip MEMBER_ID_REQUIRED */
    fx_join(b, 3, &rb);
    fx_run_until(&b->called, 500);
    cr_assert_eq(a->err, GRP_OK);
    cr_assert(strncmp(a->member_id, "i-a-", 4) == 0);
    struct fx_sync sa, sb;
    const char *ids[] = {a->member_id, b->member_id};
    const char *as[] = {"for-a", "for-b"};
    fx_sync(&sb, "g", 1, b->member_id, NULL, 0, NULL, NULL);
    fx_sync(&sa, "g", 1, a->member_id, "i-a", 2, ids, as);
    cr_assert_str_eq(fx_state("g"), "Stable");
}

Test(sync, static_member_restart_gets_its_assignment_without_rebalance)
{
    struct fx_join a, b;
    static_group(&a, &b);
    char old_id[128], leader[128];
    strcpy(old_id, a.member_id);
    strcpy(leader, a.leader);
    int batches = fx_log.nbatches;
    /* The consumer restarts: same instance id, no member id. */
    struct join_group_req r = fx_join_req("g", "", "i-a", 30000, 30000, RANGE);
    struct fx_join a2;
    fx_join(&a2, 5, &r);
    cr_assert(a2.called);
    cr_assert_eq(a2.err, GRP_OK);
    cr_assert_str_neq(a2.member_id, old_id);
    cr_assert_eq(a2.generation, 1);
    cr_assert_str_eq(a2.leader, leader); /* the old leader id: no assignment to run */
    cr_assert_eq(a2.nmembers, 0);
    cr_assert_str_eq(fx_state("g"), "Stable");
    cr_assert_eq(fx_log.nbatches, batches + 1, "the new member id is persisted");
    struct fx_sync s;
    fx_sync(&s, "g", 1, a2.member_id, "i-a", 0, NULL, NULL);
    cr_assert_eq(s.err, GRP_OK);
    cr_assert(memcmp(s.assignment, "for-a", 5) == 0);
    /* The old incarnation is fenced everywhere. */
    cr_assert_eq(fx_heartbeat("g", 1, old_id, "i-a"), GRP_FENCED_INSTANCE);
    fx_sync(&s, "g", 1, old_id, "i-a", 0, NULL, NULL);
    cr_assert_eq(s.err, GRP_FENCED_INSTANCE);
    struct join_group_req rj = fx_join_req("g", old_id, "i-a", 30000, 30000, RANGE);
    struct fx_join j;
    fx_join(&j, 5, &rj);
    cr_assert_eq(j.err, GRP_FENCED_INSTANCE);
    struct fx_commit cm;
    int64_t off = 5;
    fx_commit(&cm, "g", 1, old_id, "t", 1, &off, NULL);
    cr_assert_eq(cm.errs[0], GRP_UNKNOWN_MEMBER); /* old id is gone, no instance id sent */
    /* The follower never noticed. */
    cr_assert_eq(fx_heartbeat("g", 1, b.member_id, NULL), GRP_OK);
}

Test(sync, static_member_with_new_protocols_triggers_a_rebalance)
{
    struct fx_join a, b;
    static_group(&a, &b);
    static const char *const BOTH[] = {"roundrobin", "range", NULL};
    struct join_group_req r = fx_join_req("g", "", "i-a", 30000, 30000, BOTH);
    struct fx_join a2;
    fx_join(&a2, 5, &r);
    /* range is still the only common protocol, so no rebalance is needed. */
    cr_assert(a2.called);
    cr_assert_str_eq(fx_state("g"), "Stable");
}

Test(sync, static_member_can_be_removed_by_instance_id)
{
    struct fx_join a, b;
    static_group(&a, &b);
    struct leave_group_req_member_identity id;
    leave_group_req_member_identity_init(&id);
    id.member_id = KSTR_LIT("");
    id.group_instance_id = KSTR_LIT("i-a");
    struct leave_group_req r;
    leave_group_req_init(&r);
    r.group_id = KSTR_LIT("g");
    r.members = &id;
    r.members_count = 1;
    enum grp_err errs[1];
    grp_leave(fx_c, 4, &r, errs);
    cr_assert_eq(errs[0], GRP_OK);
    cr_assert_str_eq(fx_state("g"), "PreparingRebalance");
    /* A wrong member id for a known instance is fenced. */
    id.member_id = KSTR_LIT("x");
    id.group_instance_id = KSTR_LIT("i-b");
    grp_leave(fx_c, 4, &r, errs);
    cr_assert_eq(errs[0], GRP_UNKNOWN_MEMBER);
}

Test(sync, members_that_never_sync_are_removed)
{
    struct join_group_req ra = fx_join_req("g", "", NULL, 30000, 40, RANGE);
    struct join_group_req rb = fx_join_req("g", "", NULL, 30000, 40, RANGE);
    struct fx_join a, b;
    fx_join(&a, 3, &ra);
    fx_join(&b, 3, &rb);
    fx_run_until(&b.called, 500);
    struct fx_sync sa;
    fx_sync(&sa, "g", 1, a.member_id, NULL, 0, NULL, NULL);
    cr_assert_str_eq(fx_state("g"), "Stable");
    struct group *g = coord_group(fx_c, KSTR_LIT("g"));
    for (int i = 0; i < 50 && g->nmembers == 2; i++)
        fx_run_for(5);
    cr_assert_eq(g->nmembers, 1);
    cr_assert_str_eq(fx_state("g"), "PreparingRebalance");
}
