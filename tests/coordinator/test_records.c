/*
 * test_records.c - the byte layouts: __consumer_offsets keys and values
 * against hand-assembled bytes, the RecordBatch v2 builder and reader,
 * consumer subscription parsing, and Java's String.hashCode partition
 * mapping.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "fx.h"
#include "protocol/crc32c.h"
#include "protocol/status.h"

Test(records, offset_key_is_kafkas_v1_layout)
{
    struct kwriter w;
    kw_init(&w);
    crec_offset_key(&w, KSTR_LIT("g"), KSTR_LIT("tp"), 3);
    const uint8_t want[] = {0, 1, 0, 1, 'g', 0, 2, 't', 'p', 0, 0, 0, 3};
    cr_assert_eq(w.len, sizeof want);
    cr_assert(memcmp(w.buf, want, sizeof want) == 0);
    struct crec_key k;
    cr_assert_eq(crec_key_decode((struct kbytes){w.buf, (int32_t)w.len}, &k), 0);
    cr_assert_eq(k.version, 1);
    cr_assert(kstr_eq_c(k.group, "g"));
    cr_assert(kstr_eq_c(k.topic, "tp"));
    cr_assert_eq(k.partition, 3);
    kw_reset(&w);
    crec_group_key(&w, KSTR_LIT("g"));
    const uint8_t want2[] = {0, 2, 0, 1, 'g'};
    cr_assert(w.len == sizeof want2 && memcmp(w.buf, want2, sizeof want2) == 0);
    /* KIP-848 record types are not ours. */
    const uint8_t other[] = {0, 3, 0, 1, 'g'};
    cr_assert_eq(crec_key_decode((struct kbytes){other, 5}, &k), -E_UNSUPPORTED);
    kw_destroy(&w);
}

Test(records, offset_value_v3_and_v1_layouts)
{
    struct kwriter w;
    kw_init(&w);
    crec_offset_value(&w, 0x0102, 5, KSTR_LIT("m"), 0x10, -1);
    const uint8_t want[] = {0, 3, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 5, 0, 1, 'm',
                            0, 0, 0, 0, 0, 0, 0, 0x10};
    cr_assert_eq(w.len, sizeof want);
    cr_assert(memcmp(w.buf, want, sizeof want) == 0);
    kw_reset(&w);
    crec_offset_value(&w, 7, 5, KSTR_NULL, 0x10, 0x20);
    const uint8_t want1[] = {0, 1, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0,
                             0, 0, 0x10, 0, 0, 0, 0, 0, 0, 0, 0x20};
    cr_assert_eq(w.len, sizeof want1);
    cr_assert(memcmp(w.buf, want1, sizeof want1) == 0);
    struct crec_offset_value v;
    cr_assert_eq(crec_offset_value_decode((struct kbytes){w.buf, (int32_t)w.len}, &v), 0);
    cr_assert_eq(v.offset, 7);
    cr_assert_eq(v.expire_ts_ms, 0x20);
    cr_assert_eq(v.leader_epoch, -1);
    /* v4 (flexible): compact string and tagged fields. */
    const uint8_t v4[] = {0, 4, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 2, 2, 'x',
                          0, 0, 0, 0, 0, 0, 0, 1, 0};
    cr_assert_eq(crec_offset_value_decode((struct kbytes){v4, sizeof v4}, &v), 0);
    cr_assert_eq(v.offset, 9);
    cr_assert_eq(v.leader_epoch, 2);
    cr_assert(kstr_eq_c(v.metadata, "x"));
    cr_assert_eq(v.commit_ts_ms, 1);
    cr_assert_eq(crec_offset_value_decode((struct kbytes){v4, 10}, &v), -E_CORRUPT);
    kw_destroy(&w);
}

Test(records, group_value_v3_round_trips_and_reads_v0)
{
    struct crec_member m = {
        .member_id = KSTR_LIT("m1"),
        .instance_id = KSTR_NULL,
        .client_id = KSTR_LIT("c"),
        .client_host = KSTR_LIT("/h"),
        .rebalance_timeout_ms = 300,
        .session_timeout_ms = 100,
        .subscription = {(const uint8_t *)"S", 1},
        .assignment = {(const uint8_t *)"AA", 2},
    };
    struct crec_group_value v = {
        .protocol_type = KSTR_LIT("consumer"),
        .generation = 4,
        .protocol = KSTR_LIT("range"),
        .leader = KSTR_LIT("m1"),
        .state_ts_ms = 77,
        .members = &m,
        .members_count = 1,
    };
    struct kwriter w;
    kw_init(&w);
    crec_group_value(&w, &v);
    struct arena a;
    arena_init(&a);
    struct crec_group_value d;
    cr_assert_eq(crec_group_value_decode((struct kbytes){w.buf, (int32_t)w.len}, &a, &d), 0);
    cr_assert_eq(d.version, 3);
    cr_assert_eq(d.generation, 4);
    cr_assert(kstr_eq_c(d.protocol, "range"));
    cr_assert_eq(d.state_ts_ms, 77);
    cr_assert_eq(d.members_count, 1);
    cr_assert(kstr_eq_c(d.members[0].member_id, "m1"));
    cr_assert_eq(d.members[0].instance_id.len, -1);
    cr_assert_eq(d.members[0].rebalance_timeout_ms, 300);
    cr_assert_eq(d.members[0].assignment.len, 2);
    /* v0: no rebalance timeout, no state timestamp, no instance id. */
    const uint8_t v0[] = {0, 0, 0, 1, 'c', 0, 0, 0, 1, 0xff, 0xff, 0xff, 0xff,
                          0, 0, 0, 1, 0, 1, 'm', 0, 1, 'c', 0, 1, 'h', 0, 0, 0, 50,
                          0, 0, 0, 0, 0, 0, 0, 0};
    cr_assert_eq(crec_group_value_decode((struct kbytes){v0, sizeof v0}, &a, &d), 0);
    cr_assert_eq(d.protocol.len, -1);
    cr_assert_eq(d.state_ts_ms, -1);
    cr_assert_eq(d.members[0].rebalance_timeout_ms, 50);
    arena_destroy(&a);
    kw_destroy(&w);
}

struct seen {
    int n;
    int64_t offsets[4];
    int32_t vlen[4];
};

static int collect(void *ctx, int64_t off, int64_t ts, struct kbytes k, struct kbytes v)
{
    (void)ts;
    (void)k;
    struct seen *s = ctx;
    s->offsets[s->n] = off;
    s->vlen[s->n] = v.len;
    s->n++;
    return 0;
}

Test(records, batch_builds_and_parses_with_crc)
{
    struct cbatch b;
    cbatch_init(&b, 1234);
    cbatch_add(&b, (struct kbytes){(const uint8_t *)"k1", 2}, (struct kbytes){(const uint8_t *)"v", 1});
    cbatch_add(&b, (struct kbytes){(const uint8_t *)"k2", 2}, KBYTES_NULL);
    cr_assert_eq(cbatch_finish(&b), 0);
    const uint8_t *p = b.out.buf;
    cr_assert_eq(p[16], 2); /* magic */
    int32_t blen = (int32_t)((uint32_t)p[8] << 24 | (uint32_t)p[9] << 16 | (uint32_t)p[10] << 8 | p[11]);
    cr_assert_eq((size_t)blen + 12, b.out.len);
    uint32_t crc = (uint32_t)p[17] << 24 | (uint32_t)p[18] << 16 | (uint32_t)p[19] << 8 | p[20];
    cr_assert_eq(crc, crc32c(0, p + 21, b.out.len - 21));
    /* producer id -1, two records */
    cr_assert_eq(p[43], 0xff);
    cr_assert_eq(p[60], 2);
    uint8_t copy[256];
    memcpy(copy, p, b.out.len);
    copy[7] = 10; /* base offset 10 */
    struct seen s = {0};
    cr_assert_eq(cbatch_parse(copy, b.out.len, collect, &s), 0);
    cr_assert_eq(s.n, 2);
    cr_assert_eq(s.offsets[0], 10);
    cr_assert_eq(s.offsets[1], 11);
    cr_assert_eq(s.vlen[0], 1);
    cr_assert_eq(s.vlen[1], -1);
    copy[70] ^= 1;
    cr_assert_eq(cbatch_parse(copy, b.out.len, collect, &s), -E_CORRUPT);
    cr_assert_eq(cbatch_parse(copy, 30, collect, &s), -E_CORRUPT);
    cbatch_destroy(&b);
}

static void count_topic(void *ctx, struct kstr t)
{
    (void)t;
    (*(int *)ctx)++;
}

Test(records, subscription_topics_from_every_version)
{
    static const char *const topics[] = {"a", "bb", NULL};
    uint8_t buf[128];
    int32_t len = fx_subscription(buf, sizeof buf, topics);
    int n = 0;
    cr_assert_eq(csub_topics((struct kbytes){buf, len}, count_topic, &n), 0);
    cr_assert_eq(n, 2);
    /* A bare v0 (version, topics, null user data) works too. */
    const uint8_t v0[] = {0, 0, 0, 0, 0, 1, 0, 1, 'x', 0xff, 0xff, 0xff, 0xff};
    n = 0;
    cr_assert_eq(csub_topics((struct kbytes){v0, sizeof v0}, count_topic, &n), 0);
    cr_assert_eq(n, 1);
    n = 0;
    cr_assert_eq(csub_topics((struct kbytes){v0, 7}, count_topic, &n), -E_CORRUPT);
    cr_assert_eq(n, 0);
}

/* Java's String.hashCode by the definition s[0]*31^(n-1) + ... + s[n-1]:
 *   "a"  = 97
 *   "ab" = 97*31 + 98 = 3105
 *   "my-group" = -1906497762 (wrapped), so partition = (h & 0x7fffffff) % 50 = 36
 *   "été" = 233*31^2 + 116*31 + 233 = 227742 (UTF-16 units, not bytes)
 *   "😀g" = (0xD83D*31 + 0xDE00)*31 + 103 = 54959972 (a surrogate pair) */
Test(records, java_string_hash_partition_mapping)
{
    cr_assert_eq(coord_java_hash(KSTR_LIT("")), 0);
    cr_assert_eq(coord_java_hash(KSTR_LIT("a")), 97);
    cr_assert_eq(coord_java_hash(KSTR_LIT("ab")), 3105);
    cr_assert_eq(coord_java_hash(KSTR_LIT("my-group")), -1906497762);
    cr_assert_eq(coord_java_hash(KSTR_LIT("\xc3\xa9t\xc3\xa9")), 227742);
    cr_assert_eq(coord_java_hash(KSTR_LIT("\xf0\x9f\x98\x80g")), 54959972);
    cr_assert_eq(coord_partition_for(fx_c, KSTR_LIT("my-group")), 36);
    cr_assert_eq(coord_partition_for(fx_c, KSTR_LIT("test-group")), 12);
    cr_assert_eq(coord_partition_for(fx_c, KSTR_LIT("console-consumer-12345")), 6);
    cr_assert_eq(coord_partition_for(fx_c, KSTR_LIT("a")), 47);
}

TestSuite(records, .init = fx_init, .fini = fx_fini);
