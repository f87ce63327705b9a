/*
 * test_codec.c - every generated request and response, at every served
 * version, on structured random instances:
 *   bytes = encode(x); y = decode(bytes); y == x (fields of that version);
 *   encode(y) == bytes; and every strict prefix of bytes fails to decode
 *   cleanly (no crash, no read past the end).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "protocol/msg/registry.h"
#include "protocol/status.h"
#include "tests/protocol/msg_fixtures.h"

#define INSTANCES_PER_VERSION 40

struct side {
    const char *name;
    const struct kmsg_codec *codec;
    const struct fx_codec *fx;
};

/* Runs the round trip for one side of one API at one version; returns the
 * number of instances checked. */
static int round_trip(const struct kmsg_api *api, struct side s, int16_t v, struct fx_rng *rng)
{
    int checked = 0;
    for (int i = 0; i < INSTANCES_PER_VERSION; i++) {
        struct arena a;
        arena_init(&a);
        void *x = arena_alloc(&a, s.codec->struct_size);
        void *y = arena_alloc(&a, s.codec->struct_size);
        s.fx->random(x, &a, v, rng);

        struct kwriter w1, w2;
        kw_init(&w1);
        kw_init(&w2);
        w1.strict = true;
        int rc = s.codec->encode(&w1, v, x);
        cr_assert_eq(rc, 0, "%s %s v%d encode failed: %s", api->name, s.name, v,
                     w1.err_what ? w1.err_what : "?");
        cr_assert_eq(s.codec->size(v, x), w1.len, "%s %s v%d size() %zu != encoded %zu", api->name,
                     s.name, v, s.codec->size(v, x), w1.len);

        struct kreader r;
        kr_init(&r, w1.buf, w1.len);
        rc = s.codec->decode(&r, &a, v, y);
        cr_assert_eq(rc, 0, "%s %s v%d decode failed: %s at %zu", api->name, s.name, v,
                     r.err_what ? r.err_what : "?", r.err_at);
        cr_assert_eq(kr_remaining(&r), 0, "%s %s v%d left %zu bytes", api->name, s.name, v,
                     kr_remaining(&r));
        cr_assert(s.fx->eq(x, y, v), "%s %s v%d decode(encode(x)) != x", api->name, s.name, v);

        rc = s.codec->encode(&w2, v, y);
        cr_assert_eq(rc, 0);
        cr_assert_eq(w1.len, w2.len, "%s %s v%d re-encode length differs", api->name, s.name, v);
        cr_assert(w1.len == 0 || memcmp(w1.buf, w2.buf, w1.len) == 0, "%s %s v%d re-encode bytes differ",
                  api->name, s.name, v);

        /* Every truncation must fail, never crash. A handful per instance
         * keeps the run short while covering all field boundaries over
         * many instances. */
        for (size_t cut = 0; cut < w1.len; cut += 1 + w1.len / 16) {
            struct arena ta;
            arena_init(&ta);
            void *z = arena_alloc(&ta, s.codec->struct_size);
            struct kreader tr;
            kr_init(&tr, w1.buf, cut);
            rc = s.codec->decode(&tr, &ta, v, z);
            cr_assert_neq(rc, 0, "%s %s v%d decoded a %zu-byte prefix of %zu", api->name, s.name,
                          v, cut, w1.len);
            arena_destroy(&ta);
        }
        kw_destroy(&w1);
        kw_destroy(&w2);
        arena_destroy(&a);
        checked++;
    }
    return checked;
}

Test(codec, every_api_and_version_round_trips)
{
    size_t n;
    const struct kmsg_api *apis = kmsg_all(&n);
    struct fx_rng rng = {0x5eed5eed12345678ull};
    int pairs = 0, instances = 0;
    for (size_t i = 0; i < n; i++) {
        const struct kmsg_api *api = &apis[i];
        const struct fx_api *fx = fx_lookup(api->key);
        cr_assert_not_null(fx, "no fixtures for %s", api->name);
        for (int16_t v = api->min_version; v <= api->max_version; v++) {
            instances += round_trip(api, (struct side){"request", &api->req, &fx->req}, v, &rng);
            instances += round_trip(api, (struct side){"response", &api->resp, &fx->resp}, v, &rng);
            pairs++;
        }
    }
    printf("codec: %d API/version pairs over %zu APIs, %d request+response instances round-tripped\n",
           pairs, n, instances);
    fflush(stdout);
    cr_assert_gt(pairs, 200);
}

Test(codec, versions_outside_the_served_range_are_refused)
{
    size_t n;
    const struct kmsg_api *apis = kmsg_all(&n);
    for (size_t i = 0; i < n; i++) {
        const struct kmsg_api *api = &apis[i];
        struct arena a;
        arena_init(&a);
        void *x = arena_alloc(&a, api->req.struct_size);
        uint8_t buf[64] = {0};
        struct kreader r;
        kr_init(&r, buf, sizeof buf);
        cr_assert_eq(api->req.decode(&r, &a, (int16_t)(api->max_version + 1), x), -E_UNSUPPORTED);
        kr_init(&r, buf, sizeof buf);
        cr_assert_eq(api->req.decode(&r, &a, -1, x), -E_UNSUPPORTED);
        arena_destroy(&a);
    }
}

Test(codec, header_versions_follow_flexibility)
{
    const struct kmsg_api *produce = kmsg_lookup(0);
    const struct kmsg_api *apiv = kmsg_lookup(18);
    cr_assert_not_null(produce);
    cr_assert_eq(kmsg_request_header_version(produce, 8), 1);
    cr_assert_eq(kmsg_request_header_version(produce, 9), 2);
    cr_assert_eq(kmsg_response_header_version(produce, 8), 0);
    cr_assert_eq(kmsg_response_header_version(produce, 9), 1);
    /* ApiVersions: flexible request header from v3, response header always v0 */
    cr_assert_eq(kmsg_request_header_version(apiv, 3), 2);
    cr_assert_eq(kmsg_response_header_version(apiv, 3), 0);
    cr_assert_null(kmsg_lookup(4)); /* LeaderAndIsr is not generated */
    cr_assert_null(kmsg_lookup(-1));
    cr_assert_null(kmsg_lookup(30000));
}

Test(codec, request_header_v2_keeps_a_classic_client_id)
{
    /* RequestHeader v2: ClientId stays an int16-length string, then tags. */
    const uint8_t b[] = {0x00, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x2a, 0x00, 0x02, 'c', 'k', 0x00};
    struct kreader r;
    kr_init(&r, b, sizeof b);
    struct arena a;
    arena_init(&a);
    struct request_header h;
    cr_assert_eq(request_header_decode(&r, &a, 2, &h), 0);
    cr_assert_eq(h.request_api_key, 18);
    cr_assert_eq(h.request_api_version, 3);
    cr_assert_eq(h.correlation_id, 42);
    cr_assert(kstr_eq_c(h.client_id, "ck"));
    cr_assert_eq(kr_remaining(&r), 0);
    arena_destroy(&a);
}

Test(codec, tagged_fields_are_written_only_when_not_default)
{
    /* Fetch response v12+: CurrentLeader (tag 1) appears only when set. */
    struct fetch_resp_partition_data p;
    fetch_resp_partition_data_init(&p);
    p.records.len = -1;
    struct fetch_resp_fetchable_topic_response t;
    fetch_resp_fetchable_topic_response_init(&t);
    t.topic = KSTR_LIT("t");
    t.partitions = &p;
    t.partitions_count = 1;
    struct fetch_resp resp;
    fetch_resp_init(&resp);
    resp.responses = &t;
    resp.responses_count = 1;
    struct kwriter w;
    kw_init(&w);
    cr_assert_eq(fetch_resp_encode(&w, 12, &resp), 0);
    size_t plain = w.len;
    kw_reset(&w);
    p.current_leader.leader_id = 1;
    p.current_leader.leader_epoch = 5;
    cr_assert_eq(fetch_resp_encode(&w, 12, &resp), 0);
    /* tag 1, size 9: two int32 and the struct's own empty tag section */
    cr_assert_eq(w.len, plain + 1 + 1 + 9, "plain %zu tagged %zu", plain, w.len);
    struct kreader r;
    kr_init(&r, w.buf, w.len);
    struct arena a;
    arena_init(&a);
    struct fetch_resp back;
    cr_assert_eq(fetch_resp_decode(&r, &a, 12, &back), 0);
    cr_assert_eq(back.responses[0].partitions[0].current_leader.leader_epoch, 5);
    cr_assert_eq(back.responses[0].partitions[0].diverging_epoch.epoch, -1);
    arena_destroy(&a);
    kw_destroy(&w);
}

Test(codec, strict_writer_refuses_fields_the_version_lacks)
{
    struct metadata_req req;
    metadata_req_init(&req);
    req.allow_auto_topic_creation = false; /* v4+, default true, not ignorable */
    struct kwriter w;
    kw_init(&w);
    w.strict = true;
    cr_assert_eq(metadata_req_encode(&w, 3, &req), -E_INVAL);
    kw_reset(&w);
    w.strict = false;
    cr_assert_eq(metadata_req_encode(&w, 3, &req), 0);
    kw_destroy(&w);
}
