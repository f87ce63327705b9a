/*
 * test_offsets.c - OffsetCommit (generation -1 on empty groups, member
 * checks, durability, limits), OffsetFetch (-1, all partitions,
 * require_stable), OffsetDelete and expiry.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "fx.h"
#include "protocol/status.h"

static const char *const RANGE[] = {"range", NULL};

TestSuite(offsets, .init = fx_init, .fini = fx_fini);

Test(offsets, generation_minus_one_commit_accepted_on_empty_group)
{
    struct fx_commit c;
    int64_t offs[] = {10, 20};
    fx_commit(&c, "kcat", -1, "", "t", 2, offs, "meta");
    cr_assert(c.called);
    cr_assert_eq(c.count, 2);
    cr_assert_eq(c.errs[0], GRP_OK);
    cr_assert_eq(c.errs[1], GRP_OK);
    cr_assert_eq(fx_fetch_one("kcat", "t", 0), 10);
    cr_assert_eq(fx_fetch_one("kcat", "t", 1), 20);
    cr_assert_str_eq(fx_state("kcat"), "Empty");
    /* Offsets of a group nobody committed for: -1. */
    cr_assert_eq(fx_fetch_one("kcat", "t", 7), -1);
    cr_assert_eq(fx_fetch_one("other", "t", 0), -1);
}

Test(offsets, generation_minus_one_rejected_while_the_group_has_members)
{
    struct fx_join a;
    fx_join_member(&a, "g", RANGE);
    fx_run_until(&a.called, 500);
    struct fx_sync s;
    fx_sync(&s, "g", 1, a.member_id, NULL, 0, NULL, NULL);
    struct fx_commit c;
    int64_t off = 5;
    fx_commit(&c, "g", -1, "", "t", 1, &off, NULL);
    cr_assert_eq(c.errs[0], GRP_UNKNOWN_MEMBER);
    fx_commit(&c, "g", 3, a.member_id, "t", 1, &off, NULL);
    cr_assert_eq(c.errs[0], GRP_ILLEGAL_GENERATION);
    fx_commit(&c, "g", 1, "nobody", "t", 1, &off, NULL);
    cr_assert_eq(c.errs[0], GRP_UNKNOWN_MEMBER);
    fx_commit(&c, "g", 1, a.member_id, "t", 1, &off, NULL);
    cr_assert_eq(c.errs[0], GRP_OK);
    cr_assert_eq(fx_fetch_one("g", "t", 0), 5);
    /* A generation for a group this coordinator does not know. */
    fx_commit(&c, "unknown", 4, "m", "t", 1, &off, NULL);
    cr_assert_eq(c.errs[0], GRP_ILLEGAL_GENERATION);
    cr_assert_str_eq(fx_state("unknown"), "none");
    struct offset_commit_req_offset_commit_request_partition p;
    offset_commit_req_offset_commit_request_partition_init(&p);
    struct offset_commit_req_offset_commit_request_topic t;
    offset_commit_req_offset_commit_request_topic_init(&t);
    t.name = KSTR_LIT("t");
    t.partitions = &p;
    t.partitions_count = 1;
    struct offset_commit_req r;
    offset_commit_req_init(&r);
    r.group_id = KSTR_LIT("unknown");
    r.generation_id_or_member_epoch = 4;
    r.member_id = KSTR_LIT("m");
    r.topics = &t;
    r.topics_count = 1;
    memset(&c, 0, sizeof c);
    off_commit(fx_c, 9, &r, fx_commit_cb, &c);
    cr_assert_eq(c.errs[0], GRP_NOT_FOUND);
}

Test(offsets, commit_in_completing_rebalance_is_rebalance_in_progress)
{
    struct fx_join a;
    fx_join_member(&a, "g", RANGE);
    fx_run_until(&a.called, 500);
    struct fx_commit c;
    int64_t off = 5;
    fx_commit(&c, "g", 1, a.member_id, "t", 1, &off, NULL);
    cr_assert_eq(c.errs[0], GRP_REBALANCING);
}

Test(offsets, commit_is_answered_only_when_durable)
{
    fx_log.mode = FX_LOG_MANUAL;
    struct fx_commit c;
    int64_t off = 42;
    fx_commit(&c, "g", -1, "", "t", 1, &off, NULL);
    cr_assert(!c.called);
    cr_assert_eq(fx_fetch_one("g", "t", 0), -1, "not visible before durable");
    /* require_stable sees the pending commit. */
    struct arena ar;
    arena_init(&ar);
    int32_t p = 0, n;
    struct off_topic_sel sel = {KSTR_LIT("t"), &p, 1};
    struct off_fetched_topic *out;
    off_fetch(fx_c, KSTR_LIT("g"), &sel, 1, true, &ar, &out, &n);
    cr_assert_eq(out[0].partitions[0].err, GRP_UNSTABLE_OFFSET);
    arena_destroy(&ar);
    fx_log_flush(0);
    cr_assert(c.called);
    cr_assert_eq(c.errs[0], GRP_OK);
    cr_assert_eq(fx_fetch_one("g", "t", 0), 42);
    /* A failed write is reported and changes nothing. */
    off = 43;
    fx_commit(&c, "g", -1, "", "t", 1, &off, NULL);
    fx_log_flush(-E_IO);
    cr_assert_eq(c.errs[0], GRP_NOT_COORDINATOR);
    cr_assert_eq(fx_fetch_one("g", "t", 0), 42);
    fx_log.mode = FX_LOG_REFUSE;
    fx_commit(&c, "g", -1, "", "t", 1, &off, NULL);
    cr_assert(c.called);
    cr_assert_eq(c.errs[0], GRP_NOT_COORDINATOR);
}

Test(offsets, metadata_over_the_limit_is_refused_per_partition)
{
    char big[5000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    struct fx_commit c;
    int64_t off = 1;
    fx_commit(&c, "g", -1, "", "t", 1, &off, big);
    cr_assert_eq(c.errs[0], GRP_METADATA_TOO_LARGE);
    big[4096] = '\0';
    fx_commit(&c, "g", -1, "", "t", 1, &off, big);
    cr_assert_eq(c.errs[0], GRP_OK);
}

static bool only_t(void *ctx, struct kstr topic, int32_t partition)
{
    (void)ctx;
    return kstr_eq_c(topic, "t") && partition < 2;
}

Test(offsets, unknown_topic_partitions_are_refused)
{
    fx_cfg.partition_exists = only_t;
    fx_restart();
    struct fx_commit c;
    int64_t offs[] = {1, 2, 3};
    fx_commit(&c, "g", -1, "", "t", 3, offs, NULL);
    cr_assert_eq(c.errs[0], GRP_OK);
    cr_assert_eq(c.errs[1], GRP_OK);
    cr_assert_eq(c.errs[2], GRP_UNKNOWN_TOPIC);
    fx_commit(&c, "g", -1, "", "nope", 1, offs, NULL);
    cr_assert_eq(c.errs[0], GRP_UNKNOWN_TOPIC);
}

Test(offsets, fetch_all_lists_committed_partitions_in_order)
{
    struct fx_commit c;
    int64_t offs[] = {1, 2, 3};
    fx_commit(&c, "g", -1, "", "b", 2, offs, "m");
    fx_commit(&c, "g", -1, "", "a", 3, offs, NULL);
    struct arena ar;
    arena_init(&ar);
    struct off_fetched_topic *out;
    int32_t n;
    cr_assert_eq(off_fetch(fx_c, KSTR_LIT("g"), NULL, -1, false, &ar, &out, &n), GRP_OK);
    cr_assert_eq(n, 2);
    cr_assert(kstr_eq_c(out[0].name, "a"));
    cr_assert_eq(out[0].partitions_count, 3);
    cr_assert_eq(out[0].partitions[2].partition, 2);
    cr_assert_eq(out[0].partitions[2].offset, 3);
    cr_assert(kstr_eq_c(out[0].partitions[0].metadata, ""));
    cr_assert(kstr_eq_c(out[1].name, "b"));
    cr_assert(kstr_eq_c(out[1].partitions[1].metadata, "m"));
    cr_assert_eq(out[1].partitions[1].leader_epoch, -1);
    cr_assert_eq(off_fetch(fx_c, KSTR_LIT("none"), NULL, -1, false, &ar, &out, &n), GRP_OK);
    cr_assert_eq(n, 0);
    arena_destroy(&ar);
}

static void consumer_group(struct fx_join *a, const char *const *topics)
{
    static uint8_t sub[128];
    int32_t len = fx_subscription(sub, sizeof sub, topics);
    struct join_group_req r = fx_join_req("g", "", NULL, 30000, 30000, RANGE);
    struct join_group_req_join_group_request_protocol p = r.protocols[0];
    p.metadata = (struct kbytes){sub, len};
    r.protocols = &p;
    fx_join(a, 3, &r);
    fx_run_until(&a->called, 500);
    cr_assert_eq(a->err, GRP_OK);
    struct fx_sync s;
    fx_sync(&s, "g", 1, a->member_id, NULL, 0, NULL, NULL);
    cr_assert_str_eq(fx_state("g"), "Stable");
}

struct del_out {
    bool called;
    enum grp_err group_err;
    enum grp_err errs[8];
};

static void del_cb(void *arg, enum grp_err ge, const enum grp_err *errs, int32_t n)
{
    struct del_out *o = arg;
    o->called = true;
    o->group_err = ge;
    for (int32_t i = 0; i < n && i < 8; i++)
        o->errs[i] = errs[i];
}

static void offset_delete(struct del_out *o, const char *group, const char *t1, const char *t2)
{
    struct offset_delete_req_offset_delete_request_partition p;
    offset_delete_req_offset_delete_request_partition_init(&p);
    p.partition_index = 0;
    struct offset_delete_req_offset_delete_request_topic t[2];
    for (int i = 0; i < 2; i++) {
        offset_delete_req_offset_delete_request_topic_init(&t[i]);
        t[i].partitions = &p;
        t[i].partitions_count = 1;
    }
    t[0].name = kstr_c(t1);
    t[1].name = kstr_c(t2);
    struct offset_delete_req r;
    offset_delete_req_init(&r);
    r.group_id = kstr_c(group);
    r.topics = t;
    r.topics_count = 2;
    memset(o, 0, sizeof *o);
    off_delete(fx_c, &r, del_cb, o);
}

Test(offsets, offset_delete_refuses_topics_a_stable_consumer_group_reads)
{
    static const char *const SUB[] = {"t1", NULL};
    struct fx_join a;
    consumer_group(&a, SUB);
    struct fx_commit c;
    int64_t off = 9;
    fx_commit(&c, "g", 1, a.member_id, "t1", 1, &off, NULL);
    fx_commit(&c, "g", 1, a.member_id, "t2", 1, &off, NULL);
    int tombs = fx_log_tombstones();
    struct del_out o;
    offset_delete(&o, "g", "t1", "t2");
    cr_assert(o.called);
    cr_assert_eq(o.group_err, GRP_OK);
    cr_assert_eq(o.errs[0], GRP_SUBSCRIBED);
    cr_assert_eq(o.errs[1], GRP_OK);
    cr_assert_eq(fx_fetch_one("g", "t1", 0), 9);
    cr_assert_eq(fx_fetch_one("g", "t2", 0), -1);
    cr_assert_eq(fx_log_tombstones(), tombs + 1);
    offset_delete(&o, "missing", "t1", "t2");
    cr_assert_eq(o.group_err, GRP_NOT_FOUND);
}

Test(offsets, offset_delete_on_an_empty_group_removes_it_with_its_last_offset)
{
    struct fx_commit c;
    int64_t off = 9;
    fx_commit(&c, "s", -1, "", "t1", 1, &off, NULL);
    struct del_out o;
    offset_delete(&o, "s", "t1", "t2");
    cr_assert_eq(o.errs[0], GRP_OK);
    cr_assert_eq(o.errs[1], GRP_OK); /* nothing there: fine */
    cr_assert_str_eq(fx_state("s"), "none");
}

Test(offsets, simple_group_offsets_expire_by_commit_time)
{
    struct fx_commit c;
    int64_t off = 1;
    fx_commit(&c, "s", -1, "", "t", 1, &off, NULL);
    fx_clock_ms += fx_cfg.offsets_retention_ms - 1;
    cr_assert_eq(coord_expire_offsets(fx_c), 0);
    fx_clock_ms += 1;
    cr_assert_eq(coord_expire_offsets(fx_c), 1);
    cr_assert_str_eq(fx_state("s"), "none"); /* Empty with no offsets: gone */
    cr_assert_eq(fx_fetch_one("s", "t", 0), -1);
    cr_assert(fx_log_tombstones() >= 1);
}

Test(offsets, a_deleted_topics_offsets_are_removed_from_every_group)
{
    static const char *const SUB[] = {"t1", NULL};
    struct fx_join a;
    consumer_group(&a, SUB);
    struct fx_commit c;
    int64_t offs[] = {5, 6};
    fx_commit(&c, "g", 1, a.member_id, "t1", 2, offs, NULL);
    fx_commit(&c, "s", -1, "", "t1", 1, offs, NULL);
    fx_commit(&c, "s", -1, "", "t2", 1, offs, NULL);
    int tombs = fx_log_tombstones();
    /* Even a Stable group reading the topic loses them, as in Kafka. */
    cr_assert_eq(coord_forget_topic(fx_c, "t1"), 3);
    cr_assert_eq(fx_fetch_one("g", "t1", 0), -1);
    cr_assert_eq(fx_fetch_one("g", "t1", 1), -1);
    cr_assert_eq(fx_fetch_one("s", "t1", 0), -1);
    cr_assert_eq(fx_fetch_one("s", "t2", 0), 5);
    cr_assert_str_eq(fx_state("g"), "Stable");
    cr_assert_eq(fx_log_tombstones(), tombs + 3);
    cr_assert_eq(coord_forget_topic(fx_c, "t1"), 0);
    /* A group left with no offsets and no members is removed. */
    cr_assert_eq(coord_forget_topic(fx_c, "t2"), 1);
    cr_assert_str_eq(fx_state("s"), "none");
}

Test(offsets, consumer_group_offsets_expire_after_the_group_is_empty_long_enough)
{
    static const char *const SUB[] = {"t1", NULL};
    struct fx_join a;
    consumer_group(&a, SUB);
    struct fx_commit c;
    int64_t off = 9;
    fx_commit(&c, "g", 1, a.member_id, "t1", 1, &off, NULL);
    fx_commit(&c, "g", 1, a.member_id, "t2", 1, &off, NULL);
    /* Stable: only the unsubscribed topic's offsets may expire. */
    fx_clock_ms += fx_cfg.offsets_retention_ms;
    cr_assert_eq(coord_expire_offsets(fx_c), 1);
    cr_assert_eq(fx_fetch_one("g", "t1", 0), 9);
    struct leave_group_req r;
    leave_group_req_init(&r);
    r.group_id = KSTR_LIT("g");
    r.member_id = kstr_c(a.member_id);
    enum grp_err errs[1];
    grp_leave(fx_c, 1, &r, errs);
    cr_assert_str_eq(fx_state("g"), "Empty");
    /* Commit time is old, but the clock starts when it became Empty. */
    fx_clock_ms += fx_cfg.offsets_retention_ms - 1;
    cr_assert_eq(coord_expire_offsets(fx_c), 0);
    fx_clock_ms += 1;
    cr_assert_eq(coord_expire_offsets(fx_c), 1);
    cr_assert_str_eq(fx_state("g"), "none");
}

Test(offsets, v2_retention_time_sets_its_own_expiry)
{
    struct offset_commit_req_offset_commit_request_partition p;
    offset_commit_req_offset_commit_request_partition_init(&p);
    p.committed_offset = 3;
    struct offset_commit_req_offset_commit_request_topic t;
    offset_commit_req_offset_commit_request_topic_init(&t);
    t.name = KSTR_LIT("t");
    t.partitions = &p;
    t.partitions_count = 1;
    struct offset_commit_req r;
    offset_commit_req_init(&r);
    r.group_id = KSTR_LIT("s");
    r.retention_time_ms = 1000;
    r.topics = &t;
    r.topics_count = 1;
    struct fx_commit c = {0};
    off_commit(fx_c, 2, &r, fx_commit_cb, &c);
    cr_assert_eq(c.errs[0], GRP_OK);
    fx_clock_ms += 1000;
    cr_assert_eq(coord_expire_offsets(fx_c), 1);
}

Test(offsets, appends_outliving_the_coordinator_are_answered_and_freed)
{
    fx_log.mode = FX_LOG_MANUAL;
    struct fx_commit c;
    int64_t off = 1;
    fx_commit(&c, "g", -1, "", "t", 1, &off, NULL);
    cr_assert(!c.called);
    fx_restart(); /* the old coordinator goes with the append in flight */
    cr_assert(c.called);
    cr_assert_eq(c.errs[0], GRP_NOT_COORDINATOR);
    cr_assert_eq(fx_log_flush(0), 1); /* storage finishes later: only frees */
    fx_log.mode = FX_LOG_SYNC;
}
