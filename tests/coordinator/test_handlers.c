/*
 * test_handlers.c - the broker's group handlers end to end on a real
 * connection (a socketpair): every served version of every group API is
 * answered, the answer encodes and decodes with the generated codecs, and
 * the version-specific fields are right. dispatch.c's table is the lead's
 * to change, so requests are handed to the handlers directly.
 */
#include <criterion/criterion.h>
#include <event2/event.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/conn.h"
#include "broker/h_groups.h"
#include "fx.h"
#include "protocol/errors.h"
#include "protocol/msg/registry.h"

static struct broker hb;
static struct conn *hc;
static int peer_fd = -1;
static struct arena resp_arena;

static void setup(void)
{
    fx_init();
    blog_set_level(BLOG_WARN);
    memset(&hb, 0, sizeof hb);
    hb.base = fx_base;
    TAILQ_INIT(&hb.conns);
    hb.max_inflight = 100;
    hb.socket_request_max_bytes = 1 << 20;
    hb.node_id = 1;
    hb.advertised_host = "broker.local";
    hb.advertised_port = 9092;
    config_init(&hb.cfg);
    hb.coord = fx_c;
    int fds[2];
    cr_assert_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
    fcntl(fds[0], F_SETFL, O_NONBLOCK);
    fcntl(fds[1], F_SETFL, O_NONBLOCK);
    hc = conn_new(&hb, fds[0], "10.1.2.3:4567");
    cr_assert_not_null(hc);
    peer_fd = fds[1];
    arena_init(&resp_arena);
}

static void teardown(void)
{
    conn_close(hc, "test");
    close(peer_fd);
    arena_destroy(&resp_arena);
    config_destroy(&hb.cfg);
    fx_fini();
}

TestSuite(handlers, .init = setup, .fini = teardown);

/* Hand a request struct to a handler as dispatch would. */
static void call(int16_t key, int16_t version, void *body, void (*handler)(struct request *))
{
    struct request *rq = rq_new(&hb, hc, malloc(1), 1);
    rq->api = kmsg_lookup(key);
    rq->api_key = key;
    rq->version = version;
    rq->correlation_id = 1000 + version;
    rq->client_id = KSTR_LIT("cli");
    rq->body = body;
    TAILQ_INSERT_TAIL(&hc->inflight, rq, link);
    hc->ninflight++;
    handler(rq);
}

static uint8_t inbuf[1 << 16];
static size_t inlen;

/* Read one response frame (stepping the loop) and decode it. NULL if
 * none arrives within max_ms. */
static void *answer(int16_t key, int16_t version, int max_ms)
{
    const struct kmsg_api *api = kmsg_lookup(key);
    for (int i = 0; i < max_ms; i++) {
        event_base_loop(fx_base, EVLOOP_ONCE | EVLOOP_NONBLOCK);
        ssize_t n = read(peer_fd, inbuf + inlen, sizeof inbuf - inlen);
        if (n > 0)
            inlen += (size_t)n;
        if (inlen >= 4) {
            uint32_t size = (uint32_t)inbuf[0] << 24 | (uint32_t)inbuf[1] << 16 |
                            (uint32_t)inbuf[2] << 8 | inbuf[3];
            if (inlen >= 4 + size) {
                struct kreader r;
                kr_init(&r, inbuf + 4, size);
                cr_assert_eq(kr_i32(&r), 1000 + version, "correlation id");
                if (kmsg_response_header_version(api, version) >= 1)
                    kr_skip_tags(&r);
                void *out = arena_alloc(&resp_arena, api->resp.struct_size);
                cr_assert_eq(api->resp.decode(&r, &resp_arena, version, out), 0,
                             "%s v%d does not decode: %s", api->name, version,
                             r.err_what ? r.err_what : "?");
                cr_assert_eq(kr_remaining(&r), 0, "%s v%d trailing bytes", api->name, version);
                memmove(inbuf, inbuf + 4 + size, inlen - 4 - size);
                inlen -= 4 + size;
                return out;
            }
        }
        usleep(1000);
    }
    return NULL;
}

static const char *const RANGE[] = {"range", NULL};

static char *adup(struct kstr s)
{
    char *p = arena_alloc(&resp_arena, (size_t)s.len + 1);
    memcpy(p, s.ptr, (size_t)s.len);
    p[s.len] = '\0';
    return p;
}

Test(handlers, find_coordinator_every_version)
{
    static struct kstr keys[2] = {KSTR_LIT("g1"), KSTR_LIT("g2")};
    for (int16_t v = 0; v <= 6; v++) {
        static struct find_coordinator_req req;
        find_coordinator_req_init(&req);
        req.key = KSTR_LIT("g");
        req.coordinator_keys = keys;
        req.coordinator_keys_count = 2;
        call(10, v, &req, h_find_coordinator);
        struct find_coordinator_resp *r = answer(10, v, 200);
        cr_assert_not_null(r, "v%d unanswered", v);
        if (v < 4) {
            cr_assert_eq(r->error_code, 0);
            cr_assert_eq(r->node_id, 1);
            cr_assert(kstr_eq_c(r->host, "broker.local"));
            cr_assert_eq(r->port, 9092);
            if (v >= 1)
                cr_assert(kstr_eq_c(r->error_message, "NONE"));
        } else {
            cr_assert_eq(r->coordinators_count, 2);
            cr_assert(kstr_eq_c(r->coordinators[1].key, "g2"));
            cr_assert_eq(r->coordinators[1].node_id, 1);
        }
    }
    static struct find_coordinator_req txn;
    find_coordinator_req_init(&txn);
    txn.key = KSTR_LIT("tx");
    txn.key_type = 1;
    call(10, 2, &txn, h_find_coordinator);
    struct find_coordinator_resp *r = answer(10, 2, 200);
    cr_assert_eq(r->error_code, 0);
    txn.key_type = 5;
    call(10, 2, &txn, h_find_coordinator);
    r = answer(10, 2, 200);
    cr_assert_eq(r->error_code, KERR_INVALID_REQUEST);
    cr_assert_eq(r->node_id, -1);
}

Test(handlers, join_sync_heartbeat_leave_every_version)
{
    static struct join_group_req jr[10];
    static char groups[10][8];
    for (int16_t v = 0; v <= 9; v++) {
        snprintf(groups[v], sizeof groups[v], "g%d", v);
        jr[v] = fx_join_req(groups[v], "", v >= 5 ? "inst" : NULL, 30000, 30000, RANGE);
        call(11, v, &jr[v], h_join_group);
        struct join_group_resp *r = answer(11, v, 500);
        cr_assert_not_null(r, "JoinGroup v%d unanswered", v);
        if (v == 4) {
            /* v4 dynamic members come back with the id they were given;
             * static ones (v5+ here) join at once. */
            cr_assert_eq(r->error_code, KERR_MEMBER_ID_REQUIRED);
            jr[v].member_id = kstr_c(adup(r->member_id));
            call(11, v, &jr[v], h_join_group);
            r = answer(11, v, 500);
            cr_assert_not_null(r);
        }
        cr_assert_eq(r->error_code, 0, "v%d error %d", v, r->error_code);
        cr_assert_eq(r->generation_id, 1);
        cr_assert(kstr_eq_c(r->protocol_name, "range"));
        if (v >= 7)
            cr_assert(kstr_eq_c(r->protocol_type, "consumer"));
        cr_assert_eq(r->members_count, 1);
        if (v >= 5)
            cr_assert(kstr_eq_c(r->members[0].group_instance_id, "inst"));
        char *mid = adup(r->member_id);

        static struct sync_group_req sr[10];
        sync_group_req_init(&sr[v]);
        sr[v].group_id = kstr_c(groups[v]);
        sr[v].generation_id = 1;
        sr[v].member_id = kstr_c(mid);
        if (v >= 5)
            sr[v].group_instance_id = KSTR_LIT("inst");
        sr[v].protocol_type = KSTR_LIT("consumer");
        sr[v].protocol_name = KSTR_LIT("range");
        if (v <= 5) {
            call(14, v, &sr[v], h_sync_group);
            struct sync_group_resp *s = answer(14, v, 200);
            cr_assert_not_null(s);
            cr_assert_eq(s->error_code, 0);
            if (v == 5)
                cr_assert(kstr_eq_c(s->protocol_name, "range"));
        }
        static struct heartbeat_req hr[10];
        heartbeat_req_init(&hr[v]);
        hr[v].group_id = kstr_c(groups[v]);
        hr[v].generation_id = 1;
        hr[v].member_id = kstr_c(mid);
        if (v >= 5)
            hr[v].group_instance_id = KSTR_LIT("inst");
        if (v <= 4) {
            call(12, v, &hr[v], h_heartbeat);
            struct heartbeat_resp *h = answer(12, v, 200);
            cr_assert_eq(h->error_code, 0);
        }
        if (v <= 5) {
            static struct leave_group_req lr[10];
            static struct leave_group_req_member_identity id[10];
            leave_group_req_init(&lr[v]);
            leave_group_req_member_identity_init(&id[v]);
            lr[v].group_id = kstr_c(groups[v]);
            lr[v].member_id = kstr_c(mid);
            id[v].member_id = kstr_c(mid);
            if (v >= 5)
                id[v].group_instance_id = KSTR_LIT("inst");
            lr[v].members = &id[v];
            lr[v].members_count = 1;
            call(13, v, &lr[v], h_leave_group);
            struct leave_group_resp *l = answer(13, v, 200);
            cr_assert_eq(l->error_code, 0);
            if (v >= 3) {
                cr_assert_eq(l->members_count, 1);
                cr_assert_eq(l->members[0].error_code, 0);
            }
            call(13, v, &lr[v], h_leave_group); /* again: unknown */
            l = answer(13, v, 200);
            if (v <= 2)
                cr_assert_eq(l->error_code, KERR_UNKNOWN_MEMBER_ID);
            else
                cr_assert_eq(l->members[0].error_code, KERR_UNKNOWN_MEMBER_ID);
        }
    }
    /* v4 dynamic: MEMBER_ID_REQUIRED with the id to use. */
    static struct join_group_req j4;
    j4 = fx_join_req("dyn", "", NULL, 30000, 30000, RANGE);
    call(11, 4, &j4, h_join_group);
    struct join_group_resp *r = answer(11, 4, 200);
    cr_assert_eq(r->error_code, KERR_MEMBER_ID_REQUIRED);
    cr_assert(strncmp(r->member_id.ptr, "cli-", 4) == 0);
}

Test(handlers, offsets_every_version)
{
    static struct offset_commit_req_offset_commit_request_partition p;
    static struct offset_commit_req_offset_commit_request_topic t;
    static struct offset_commit_req cr_;
    offset_commit_req_offset_commit_request_partition_init(&p);
    p.partition_index = 3;
    p.committed_offset = 77;
    p.committed_leader_epoch = 5;
    offset_commit_req_offset_commit_request_topic_init(&t);
    t.name = KSTR_LIT("t");
    t.partitions = &p;
    t.partitions_count = 1;
    offset_commit_req_init(&cr_);
    cr_.group_id = KSTR_LIT("g");
    cr_.topics = &t;
    cr_.topics_count = 1;
    for (int16_t v = 2; v <= 9; v++) {
        call(8, v, &cr_, h_offset_commit);
        struct offset_commit_resp *r = answer(8, v, 200);
        cr_assert_not_null(r, "OffsetCommit v%d", v);
        cr_assert_eq(r->topics_count, 1);
        cr_assert_eq(r->topics[0].partitions[0].partition_index, 3);
        cr_assert_eq(r->topics[0].partitions[0].error_code, 0);
    }
    static int32_t parts[2] = {3, 4};
    static struct offset_fetch_req_offset_fetch_request_topic ft;
    static struct offset_fetch_req_offset_fetch_request_topics fts;
    static struct offset_fetch_req_offset_fetch_request_group fg[2];
    static struct offset_fetch_req fr;
    offset_fetch_req_offset_fetch_request_topic_init(&ft);
    ft.name = KSTR_LIT("t");
    ft.partition_indexes = parts;
    ft.partition_indexes_count = 2;
    offset_fetch_req_offset_fetch_request_topics_init(&fts);
    fts.name = KSTR_LIT("t");
    fts.partition_indexes = parts;
    fts.partition_indexes_count = 2;
    for (int i = 0; i < 2; i++)
        offset_fetch_req_offset_fetch_request_group_init(&fg[i]);
    fg[0].group_id = KSTR_LIT("g");
    fg[0].topics = &fts;
    fg[0].topics_count = 1;
    fg[1].group_id = KSTR_LIT("g");
    fg[1].topics = NULL;
    fg[1].topics_count = -1; /* all */
    offset_fetch_req_init(&fr);
    fr.group_id = KSTR_LIT("g");
    fr.topics = &ft;
    fr.topics_count = 1;
    fr.groups = fg;
    fr.groups_count = 2;
    for (int16_t v = 1; v <= 9; v++) {
        call(9, v, &fr, h_offset_fetch);
        struct offset_fetch_resp *r = answer(9, v, 200);
        cr_assert_not_null(r, "OffsetFetch v%d", v);
        if (v < 8) {
            cr_assert_eq(r->topics_count, 1);
            cr_assert_eq(r->topics[0].partitions[0].committed_offset, 77);
            cr_assert_eq(r->topics[0].partitions[1].committed_offset, -1);
            cr_assert(kstr_eq_c(r->topics[0].partitions[1].metadata, ""));
            if (v >= 5)
                cr_assert_eq(r->topics[0].partitions[0].committed_leader_epoch, 5);
        } else {
            cr_assert_eq(r->groups_count, 2);
            cr_assert_eq(r->groups[0].topics[0].partitions[0].committed_offset, 77);
            cr_assert_eq(r->groups[1].topics_count, 1); /* all: the one committed */
            cr_assert_eq(r->groups[1].topics[0].partitions_count, 1);
        }
    }
    /* v2+: null topics = every committed partition. */
    fr.topics = NULL;
    fr.topics_count = -1;
    call(9, 2, &fr, h_offset_fetch);
    struct offset_fetch_resp *r = answer(9, 2, 200);
    cr_assert_eq(r->topics_count, 1);
    cr_assert_eq(r->topics[0].partitions[0].partition_index, 3);

    static struct offset_delete_req_offset_delete_request_partition dp;
    static struct offset_delete_req_offset_delete_request_topic dt;
    static struct offset_delete_req dr;
    offset_delete_req_offset_delete_request_partition_init(&dp);
    dp.partition_index = 3;
    offset_delete_req_offset_delete_request_topic_init(&dt);
    dt.name = KSTR_LIT("t");
    dt.partitions = &dp;
    dt.partitions_count = 1;
    offset_delete_req_init(&dr);
    dr.group_id = KSTR_LIT("g");
    dr.topics = &dt;
    dr.topics_count = 1;
    call(47, 0, &dr, h_offset_delete);
    struct offset_delete_resp *d = answer(47, 0, 200);
    cr_assert_eq(d->error_code, 0);
    cr_assert_eq(d->topics[0].partitions[0].error_code, 0);
    call(47, 0, &dr, h_offset_delete); /* the group went with its last offset */
    d = answer(47, 0, 200);
    cr_assert_eq(d->error_code, KERR_GROUP_ID_NOT_FOUND);
    cr_assert_eq(d->topics_count, 0);
}

Test(handlers, admin_views_every_version)
{
    struct fx_join a;
    fx_join_member(&a, "g", RANGE);
    fx_run_until(&a.called, 500);
    struct fx_sync s;
    fx_sync(&s, "g", 1, a.member_id, NULL, 0, NULL, NULL);
    static struct list_groups_req lr;
    list_groups_req_init(&lr);
    for (int16_t v = 0; v <= 5; v++) {
        call(16, v, &lr, h_list_groups);
        struct list_groups_resp *r = answer(16, v, 200);
        cr_assert_not_null(r);
        cr_assert_eq(r->groups_count, 1);
        cr_assert(kstr_eq_c(r->groups[0].protocol_type, "consumer"));
        if (v >= 4)
            cr_assert(kstr_eq_c(r->groups[0].group_state, "Stable"));
        if (v >= 5)
            cr_assert(kstr_eq_c(r->groups[0].group_type, "classic"));
    }
    static struct kstr names[2] = {KSTR_LIT("g"), KSTR_LIT("nope")};
    static struct describe_groups_req dr;
    describe_groups_req_init(&dr);
    dr.groups = names;
    dr.groups_count = 2;
    for (int16_t v = 0; v <= 5; v++) {
        dr.include_authorized_operations = v == 4;
        call(15, v, &dr, h_describe_groups);
        struct describe_groups_resp *r = answer(15, v, 200);
        cr_assert_not_null(r);
        cr_assert_eq(r->groups_count, 2);
        cr_assert(kstr_eq_c(r->groups[0].group_state, "Stable"));
        cr_assert(kstr_eq_c(r->groups[0].protocol_data, "range"));
        cr_assert(kstr_eq_c(r->groups[0].members[0].client_host, "/127.0.0.1"));
        cr_assert(kstr_eq_c(r->groups[1].group_state, "Dead"));
        if (v >= 3)
            cr_assert_eq(r->groups[0].authorized_operations, v == 4 ? 328 : INT32_MIN);
    }
    static struct delete_groups_req gr;
    delete_groups_req_init(&gr);
    gr.groups_names = names;
    gr.groups_names_count = 2;
    for (int16_t v = 0; v <= 2; v++) {
        call(42, v, &gr, h_delete_groups);
        struct delete_groups_resp *r = answer(42, v, 200);
        cr_assert_not_null(r);
        cr_assert_eq(r->results[0].error_code, KERR_NON_EMPTY_GROUP);
        cr_assert_eq(r->results[1].error_code, KERR_GROUP_ID_NOT_FOUND);
    }
}

Test(handlers, client_host_is_kafkas_slash_ip_form)
{
    static struct join_group_req jr;
    jr = fx_join_req("h", "", NULL, 30000, 30000, RANGE);
    call(11, 3, &jr, h_join_group);
    cr_assert_not_null(answer(11, 3, 500));
    struct member *m = TAILQ_FIRST(&coord_group(fx_c, KSTR_LIT("h"))->members);
    cr_assert_str_eq(m->client_host, "/10.1.2.3");
    cr_assert_str_eq(m->client_id, "cli");
}
