/*
 * Every operation's input decoder, fed the same cases in JSON and in CBOR:
 * valid inputs decode; wrong types are SerializationException, constraint
 * violations ValidationException, as the service answers.
 */
#include <cbor.h>
#include <criterion/criterion.h>
#include <jansson.h>
#include <string.h>

#include "gateway/gw_codec.h"

typedef int (*dec_fn)(struct arena *a, enum gw_fmt f, const struct gw_val *in, struct gw_err *e);

#define DEC(op)                                                                                   \
    static int dec_##op(struct arena *a, enum gw_fmt f, const struct gw_val *in,                 \
                        struct gw_err *e)                                                         \
    {                                                                                             \
        struct gw_##op##_in out;                                                                  \
        memset(&out, 0, sizeof out);                                                              \
        return gw_dec_##op(a, f, in, &out, e);                                                    \
    }
DEC(create_stream)
DEC(delete_stream)
DEC(describe_stream)
DEC(describe_stream_summary)
DEC(list_streams)
DEC(retention)
DEC(update_max_record_size)
DEC(list_shards)
DEC(split_shard)
DEC(merge_shards)
DEC(update_shard_count)
DEC(put_record)
DEC(put_records)
DEC(get_shard_iterator)
DEC(get_records)
DEC(add_tags)
DEC(remove_tags)
DEC(list_tags)
DEC(list_consumers)
DEC(subscribe)

static int dec_register(struct arena *a, enum gw_fmt f, const struct gw_val *in, struct gw_err *e)
{
    struct gw_consumer_in out = {0};
    return gw_dec_consumer(a, f, in, true, &out, e);
}

static int dec_describe_consumer(struct arena *a, enum gw_fmt f, const struct gw_val *in,
                                 struct gw_err *e)
{
    struct gw_consumer_in out = {0};
    return gw_dec_consumer(a, f, in, false, &out, e);
}

#define OK GW_EXC_NONE
#define SER GW_EXC_SERIALIZATION
#define VAL GW_EXC_VALIDATION
#define ARG GW_EXC_INVALID_ARGUMENT
#define SARN "arn:aws:kinesis:us-east-1:123456789012:stream/a"
#define CARN SARN "/consumer/c:1700000000"

struct ccase {
    const char *op;
    dec_fn fn;
    const char *json;
    enum gw_exc want;
    bool json_only; /* not expressible in CBOR (e.g. bad base64) */
};

static const struct ccase CASES[] = {
    {"CreateStream", dec_create_stream, "{\"StreamName\":\"a\",\"ShardCount\":1}", OK, 0},
    {"CreateStream", dec_create_stream, "{\"StreamName\":\"a b\",\"ShardCount\":1}", VAL, 0},
    {"CreateStream", dec_create_stream, "{\"StreamName\":\"a\",\"ShardCount\":true}", SER, 0},
    {"CreateStream", dec_create_stream, "{\"StreamName\":\"a\",\"ShardCount\":\"1\"}", SER, 0},
    {"CreateStream", dec_create_stream, "{\"ShardCount\":1}", VAL, 0},
    {"CreateStream", dec_create_stream, "{\"StreamName\":\"a\",\"Tags\":{\"k\":\"v\"}}", OK, 0},
    {"DeleteStream", dec_delete_stream, "{\"StreamName\":\"a\"}", OK, 0},
    {"DeleteStream", dec_delete_stream, "{\"StreamName\":5}", SER, 0},
    {"DeleteStream", dec_delete_stream, "{}", VAL, 0},
    {"DeleteStream", dec_delete_stream, "{\"StreamName\":\"a\",\"EnforceConsumerDeletion\":\"y\"}", SER, 0},
    {"DescribeStream", dec_describe_stream, "{\"StreamName\":\"a\",\"Limit\":5}", OK, 0},
    {"DescribeStream", dec_describe_stream, "{\"StreamName\":\"a\",\"Limit\":0}", VAL, 0},
    {"DescribeStream", dec_describe_stream, "{\"StreamName\":\"a\",\"Limit\":\"5\"}", SER, 0},
    {"DescribeStream", dec_describe_stream, "{\"StreamName\":\"a\",\"ExclusiveStartShardId\":\"s d\"}", VAL, 0},
    {"DescribeStreamSummary", dec_describe_stream_summary, "{\"StreamARN\":\"" SARN "\"}", OK, 0},
    {"DescribeStreamSummary", dec_describe_stream_summary, "{\"StreamARN\":\"nope\"}", VAL, 0},
    {"ListStreams", dec_list_streams, "{}", OK, 0},
    {"ListStreams", dec_list_streams, "{\"Limit\":10001}", VAL, 0},
    {"ListStreams", dec_list_streams, "{\"ExclusiveStartStreamName\":\"\"}", VAL, 0},
    {"IncreaseStreamRetentionPeriod", dec_retention, "{\"StreamName\":\"a\",\"RetentionPeriodHours\":48}", OK, 0},
    {"UpdateMaxRecordSize", dec_update_max_record_size, "{\"StreamARN\":\"" SARN "\",\"MaxRecordSizeInKiB\":1024}", OK, 0},
    {"UpdateMaxRecordSize", dec_update_max_record_size, "{\"StreamARN\":\"" SARN "\",\"MaxRecordSizeInKiB\":10240,\"StreamId\":\"abcdefghij0123456789-abc\"}", OK, 0},
    {"UpdateMaxRecordSize", dec_update_max_record_size, "{\"StreamName\":\"a\",\"MaxRecordSizeInKiB\":4096}", OK, 0},
    {"UpdateMaxRecordSize", dec_update_max_record_size, "{\"StreamARN\":\"" SARN "\",\"MaxRecordSizeInKiB\":1023}", VAL, 0},
    {"UpdateMaxRecordSize", dec_update_max_record_size, "{\"StreamARN\":\"" SARN "\",\"MaxRecordSizeInKiB\":10241}", VAL, 0},
    {"UpdateMaxRecordSize", dec_update_max_record_size, "{\"StreamARN\":\"" SARN "\"}", VAL, 0},
    {"UpdateMaxRecordSize", dec_update_max_record_size, "{\"MaxRecordSizeInKiB\":2048}", VAL, 0},
    {"UpdateMaxRecordSize", dec_update_max_record_size, "{\"StreamARN\":\"arn:aws:s3:::b\",\"MaxRecordSizeInKiB\":2048}", VAL, 0},
    {"UpdateMaxRecordSize", dec_update_max_record_size, "{\"StreamARN\":\"" SARN "\",\"MaxRecordSizeInKiB\":\"2048\"}", SER, 0},
    {"CreateStream", dec_create_stream, "{\"StreamName\":\"a\",\"ShardCount\":1,\"MaxRecordSizeInKiB\":10240}", OK, 0},
    {"CreateStream", dec_create_stream, "{\"StreamName\":\"a\",\"ShardCount\":1,\"MaxRecordSizeInKiB\":512}", VAL, 0},
    {"IncreaseStreamRetentionPeriod", dec_retention, "{\"StreamName\":\"a\"}", VAL, 0},
    {"IncreaseStreamRetentionPeriod", dec_retention, "{\"StreamName\":\"a\",\"RetentionPeriodHours\":0}", VAL, 0},
    {"ListShards", dec_list_shards, "{\"StreamName\":\"a\"}", OK, 0},
    {"ListShards", dec_list_shards, "{\"StreamName\":\"a\",\"ShardFilter\":{\"Type\":\"AT_TIMESTAMP\",\"Timestamp\":1700000000}}", OK, 0},
    {"ListShards", dec_list_shards, "{\"StreamName\":\"a\",\"ShardFilter\":\"x\"}", SER, 0},
    {"ListShards", dec_list_shards, "{\"StreamName\":\"a\",\"ShardFilter\":{}}", VAL, 0},
    {"ListShards", dec_list_shards, "{\"StreamName\":\"a\",\"MaxResults\":20000}", VAL, 0},
    {"ListShards", dec_list_shards, "{\"StreamName\":\"a\",\"StreamCreationTimestamp\":\"x\"}", SER, 0},
    {"SplitShard", dec_split_shard, "{\"StreamName\":\"a\",\"ShardToSplit\":\"shardId-000000000000\",\"NewStartingHashKey\":\"5\"}", OK, 0},
    {"SplitShard", dec_split_shard, "{\"StreamName\":\"a\",\"ShardToSplit\":\"shardId-000000000000\"}", VAL, 0},
    {"SplitShard", dec_split_shard, "{\"StreamName\":\"a\",\"ShardToSplit\":\"s\",\"NewStartingHashKey\":\"abc\"}", VAL, 0},
    {"SplitShard", dec_split_shard, "{\"StreamName\":\"a\",\"ShardToSplit\":\"s\",\"NewStartingHashKey\":\"1234567890123456789012345678901234567890\"}", VAL, 0},
    {"MergeShards", dec_merge_shards, "{\"StreamName\":\"a\",\"ShardToMerge\":\"x\",\"AdjacentShardToMerge\":\"y\"}", OK, 0},
    {"MergeShards", dec_merge_shards, "{\"StreamName\":\"a\",\"ShardToMerge\":\"x\"}", VAL, 0},
    {"UpdateShardCount", dec_update_shard_count, "{\"StreamName\":\"a\",\"TargetShardCount\":2,\"ScalingType\":\"UNIFORM_SCALING\"}", OK, 0},
    {"UpdateShardCount", dec_update_shard_count, "{\"StreamName\":\"a\",\"TargetShardCount\":0,\"ScalingType\":\"UNIFORM_SCALING\"}", VAL, 0},
    {"UpdateShardCount", dec_update_shard_count, "{\"StreamName\":\"a\",\"TargetShardCount\":2,\"ScalingType\":\"X\"}", VAL, 0},
    {"PutRecord", dec_put_record, "{\"StreamName\":\"a\",\"Data\":\"AAEC\",\"PartitionKey\":\"k\"}", OK, 0},
    {"PutRecord", dec_put_record, "{\"StreamName\":\"a\",\"Data\":\"AAE\",\"PartitionKey\":\"k\"}", SER, 1},
    {"PutRecord", dec_put_record, "{\"StreamName\":\"a\",\"Data\":\"AA=A\",\"PartitionKey\":\"k\"}", SER, 1},
    {"PutRecord", dec_put_record, "{\"StreamName\":\"a\",\"Data\":\"A*==\",\"PartitionKey\":\"k\"}", SER, 1},
    {"PutRecord", dec_put_record, "{\"StreamName\":\"a\",\"Data\":[1],\"PartitionKey\":\"k\"}", SER, 0},
    {"PutRecord", dec_put_record, "{\"StreamName\":\"a\",\"PartitionKey\":\"k\"}", VAL, 0},
    {"PutRecord", dec_put_record, "{\"StreamName\":\"a\",\"Data\":\"AA==\",\"PartitionKey\":\"k\",\"ExplicitHashKey\":\"01\"}", VAL, 0},
    {"PutRecord", dec_put_record, "{\"StreamName\":\"a\",\"Data\":\"AA==\",\"PartitionKey\":\"k\",\"SequenceNumberForOrdering\":\"x\"}", VAL, 0},
    {"PutRecord", dec_put_record, "{\"StreamName\":\"a\",\"Data\":\"AA==\",\"PartitionKey\":7}", SER, 0},
    {"PutRecords", dec_put_records, "{\"StreamName\":\"a\",\"Records\":[{\"Data\":\"AA==\",\"PartitionKey\":\"k\"}]}", OK, 0},
    {"PutRecords", dec_put_records, "{\"StreamName\":\"a\",\"Records\":[]}", VAL, 0},
    {"PutRecords", dec_put_records, "{\"StreamName\":\"a\",\"Records\":\"x\"}", SER, 0},
    {"PutRecords", dec_put_records, "{\"StreamName\":\"a\",\"Records\":[1]}", SER, 0},
    {"PutRecords", dec_put_records, "{\"StreamName\":\"a\",\"Records\":[{\"PartitionKey\":\"k\"}]}", VAL, 0},
    {"GetShardIterator", dec_get_shard_iterator, "{\"StreamName\":\"a\",\"ShardId\":\"s\",\"ShardIteratorType\":\"LATEST\"}", OK, 0},
    {"GetShardIterator", dec_get_shard_iterator, "{\"StreamName\":\"a\",\"ShardId\":\"s\",\"ShardIteratorType\":\"NEWEST\"}", VAL, 0},
    {"GetShardIterator", dec_get_shard_iterator, "{\"StreamName\":\"a\",\"ShardIteratorType\":\"LATEST\"}", VAL, 0},
    {"GetShardIterator", dec_get_shard_iterator, "{\"StreamName\":\"a\",\"ShardId\":\"s\",\"ShardIteratorType\":\"AT_SEQUENCE_NUMBER\",\"StartingSequenceNumber\":\"abc\"}", VAL, 0},
    {"GetShardIterator", dec_get_shard_iterator, "{\"StreamName\":\"a\",\"ShardId\":\"s\",\"ShardIteratorType\":\"AT_TIMESTAMP\",\"Timestamp\":\"x\"}", SER, 0},
    {"GetShardIterator", dec_get_shard_iterator, "{\"StreamName\":\"a\",\"ShardId\":\"s\",\"ShardIteratorType\":\"AT_TIMESTAMP\",\"Timestamp\":1700000000.5}", OK, 0},
    {"GetRecords", dec_get_records, "{\"ShardIterator\":\"abc\"}", OK, 0},
    {"GetRecords", dec_get_records, "{}", VAL, 0},
    {"GetRecords", dec_get_records, "{\"ShardIterator\":\"\"}", VAL, 0},
    {"GetRecords", dec_get_records, "{\"ShardIterator\":\"abc\",\"Limit\":0}", VAL, 0},
    {"GetRecords", dec_get_records, "{\"ShardIterator\":{}}", SER, 0},
    {"AddTagsToStream", dec_add_tags, "{\"StreamName\":\"a\",\"Tags\":{\"k\":\"v\"}}", OK, 0},
    {"AddTagsToStream", dec_add_tags, "{\"StreamName\":\"a\",\"Tags\":{}}", VAL, 0},
    {"AddTagsToStream", dec_add_tags, "{\"StreamName\":\"a\",\"Tags\":[]}", SER, 0},
    {"RemoveTagsFromStream", dec_remove_tags, "{\"StreamName\":\"a\",\"TagKeys\":[\"k\"]}", OK, 0},
    {"RemoveTagsFromStream", dec_remove_tags, "{\"StreamName\":\"a\",\"TagKeys\":[\"\"]}", VAL, 0},
    {"RemoveTagsFromStream", dec_remove_tags, "{\"StreamName\":\"a\",\"TagKeys\":[1]}", SER, 0},
    {"ListTagsForStream", dec_list_tags, "{\"StreamName\":\"a\"}", OK, 0},
    {"ListTagsForStream", dec_list_tags, "{\"StreamName\":\"a\",\"Limit\":51}", VAL, 0},
    {"RegisterStreamConsumer", dec_register, "{\"StreamARN\":\"" SARN "\",\"ConsumerName\":\"c\"}", OK, 0},
    {"RegisterStreamConsumer", dec_register, "{\"StreamARN\":\"" SARN "\"}", VAL, 0},
    {"DescribeStreamConsumer", dec_describe_consumer, "{\"ConsumerARN\":\"" CARN "\"}", OK, 0},
    {"DescribeStreamConsumer", dec_describe_consumer, "{\"ConsumerName\":\"c\"}", ARG, 0},
    {"DescribeStreamConsumer", dec_describe_consumer, "{\"ConsumerARN\":\"arn:x\"}", VAL, 0},
    {"ListStreamConsumers", dec_list_consumers, "{\"StreamARN\":\"" SARN "\"}", OK, 0},
    {"ListStreamConsumers", dec_list_consumers, "{}", VAL, 0},
    {"ListStreamConsumers", dec_list_consumers, "{\"StreamARN\":\"" SARN "\",\"MaxResults\":0}", VAL, 0},
    {"SubscribeToShard", dec_subscribe, "{\"ConsumerARN\":\"" CARN "\",\"ShardId\":\"s\",\"StartingPosition\":{\"Type\":\"LATEST\"}}", OK, 0},
    {"SubscribeToShard", dec_subscribe, "{\"ConsumerARN\":\"" CARN "\",\"ShardId\":\"s\"}", VAL, 0},
    {"SubscribeToShard", dec_subscribe, "{\"ConsumerARN\":\"" CARN "\",\"ShardId\":\"s\",\"StartingPosition\":{\"Type\":\"NOW\"}}", VAL, 0},
    {"SubscribeToShard", dec_subscribe, "{\"ConsumerARN\":\"" CARN "\",\"ShardId\":\"s\",\"StartingPosition\":[]}", SER, 0},
};

/* JSON -> CBOR the way the Java SDK would send it: Data as bytes,
 * timestamps as tag 1 + epoch milliseconds. */
static cbor_item_t *to_cbor(json_t *j, const char *key)
{
    switch (json_typeof(j)) {
    case JSON_OBJECT: {
        cbor_item_t *m = cbor_new_definite_map(json_object_size(j));
        const char *k;
        json_t *v;
        json_object_foreach(j, k, v)
        {
            cbor_item_t *ck = cbor_build_string(k), *cv = to_cbor(v, k);
            cbor_map_add(m, (struct cbor_pair){ck, cv});
            cbor_decref(&ck);
            cbor_decref(&cv);
        }
        return m;
    }
    case JSON_ARRAY: {
        cbor_item_t *a = cbor_new_definite_array(json_array_size(j));
        size_t i;
        json_t *v;
        json_array_foreach(j, i, v)
        {
            cbor_item_t *c = to_cbor(v, NULL);
            cbor_array_push(a, c);
            cbor_decref(&c);
        }
        return a;
    }
    case JSON_STRING:
        if (key && !strcmp(key, "Data")) {
            struct arena a;
            arena_init(&a);
            uint8_t *p;
            size_t n;
            const char *why;
            cr_assert_eq(gw_base64_decode(&a, json_string_value(j), json_string_length(j), &p,
                                          &n, &why),
                         0);
            cbor_item_t *b = cbor_build_bytestring(p, n);
            arena_destroy(&a);
            return b;
        }
        return cbor_build_stringn(json_string_value(j), json_string_length(j));
    case JSON_INTEGER:
    case JSON_REAL: {
        double v = json_number_value(j);
        if (key && strstr(key, "Timestamp")) {
            cbor_item_t *ms = cbor_build_uint64((uint64_t)(v * 1000.0 + 0.5));
            cbor_item_t *t = cbor_build_tag(1, ms);
            cbor_decref(&ms);
            return t;
        }
        if (json_is_real(j))
            return cbor_build_float8(v);
        json_int_t i = json_integer_value(j);
        return i >= 0 ? cbor_build_uint64((uint64_t)i) : cbor_build_negint64((uint64_t)(-1 - i));
    }
    case JSON_TRUE:
    case JSON_FALSE:
        return cbor_build_bool(json_is_true(j));
    case JSON_NULL:
        return cbor_new_null();
    }
    return NULL;
}

static enum gw_exc run(const struct ccase *c, enum gw_fmt fmt, char *msg, size_t cap)
{
    struct arena a;
    arena_init(&a);
    struct gw_err err = {0};
    struct gw_val *in = NULL;
    int rc;
    if (fmt == GW_FMT_JSON) {
        rc = gw_doc_parse(&a, fmt, (const uint8_t *)c->json, strlen(c->json), &in, &err);
    } else {
        json_t *j = json_loads(c->json, 0, NULL);
        cr_assert(j, "bad case JSON: %s", c->json);
        cbor_item_t *it = to_cbor(j, NULL);
        json_decref(j);
        unsigned char *buf;
        size_t bcap;
        size_t n = cbor_serialize_alloc(it, &buf, &bcap);
        cbor_decref(&it);
        rc = gw_doc_parse(&a, fmt, buf, n, &in, &err);
        free(buf);
    }
    if (!rc)
        rc = c->fn(&a, fmt, in, &err);
    snprintf(msg, cap, "%s", err.msg);
    arena_destroy(&a);
    return rc ? err.exc : GW_EXC_NONE;
}

Test(gw_codec, every_operation_input_json)
{
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char msg[512];
        enum gw_exc got = run(&CASES[i], GW_FMT_JSON, msg, sizeof msg);
        cr_expect_eq(got, CASES[i].want, "%s %s: want %s got %s (%s)", CASES[i].op,
                     CASES[i].json, gw_exc_name(CASES[i].want), gw_exc_name(got), msg);
    }
}

Test(gw_codec, every_operation_input_cbor)
{
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        if (CASES[i].json_only)
            continue;
        char msg[512];
        enum gw_exc got = run(&CASES[i], GW_FMT_CBOR, msg, sizeof msg);
        cr_expect_eq(got, CASES[i].want, "%s %s: want %s got %s (%s)", CASES[i].op,
                     CASES[i].json, gw_exc_name(CASES[i].want), gw_exc_name(got), msg);
    }
}

Test(gw_codec, validation_message_has_aws_shape)
{
    struct ccase c = {"CreateStream", dec_create_stream,
                      "{\"StreamName\":\"bad name\",\"ShardCount\":0}", VAL, 0};
    char msg[512];
    cr_assert_eq(run(&c, GW_FMT_JSON, msg, sizeof msg), GW_EXC_VALIDATION);
    cr_assert_str_eq(msg, "2 validation errors detected: Value 'bad name' at 'streamName' failed "
                          "to satisfy constraint: Member must satisfy regular expression pattern: "
                          "[a-zA-Z0-9_.-]+; Value '0' at 'shardCount' failed to satisfy "
                          "constraint: Member must have value greater than or equal to 1");
}

Test(gw_codec, cbor_timestamps_are_milliseconds_json_seconds)
{
    struct arena a;
    arena_init(&a);
    struct gw_err err = {0};
    struct gw_val *in;
    const char *js = "{\"Timestamp\":1700000000.123}";
    cr_assert_eq(gw_doc_parse(&a, GW_FMT_JSON, (const uint8_t *)js, strlen(js), &in, &err), 0);
    int64_t ms;
    bool present;
    cr_assert_eq(gd_time(GW_FMT_JSON, in, "Timestamp", &ms, &present, &err), 0);
    cr_assert_eq(ms, 1700000000123LL);
    /* CBOR: {"Timestamp": 1(1700000000123)} as the Java SDK writes it. */
    static const uint8_t cb[] = {0xa1, 0x69, 'T', 'i', 'm', 'e', 's', 't', 'a', 'm', 'p',
                                 0xc1, 0x1b, 0x00, 0x00, 0x01, 0x8b, 0xcf, 0xe5, 0x68, 0x7b};
    cr_assert_eq(gw_doc_parse(&a, GW_FMT_CBOR, cb, sizeof cb, &in, &err), 0);
    cr_assert_eq(gd_time(GW_FMT_CBOR, in, "Timestamp", &ms, &present, &err), 0);
    cr_assert_eq(ms, 1700000000123LL);
    arena_destroy(&a);
}

/* Deterministic mutation: random byte flips, truncations and insertions of
 * every valid case, in both formats, through parse and decode. Only the
 * absence of crashes and leaks (ASan) is checked. */
static uint32_t rng = 12345;
static uint32_t next_rand(void)
{
    rng = rng * 1103515245u + 12345u;
    return rng >> 8;
}

Test(gw_codec, mutated_inputs_never_crash)
{
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        for (int fmt = 0; fmt < 2; fmt++) {
            uint8_t *base;
            size_t n;
            if (fmt == GW_FMT_JSON) {
                n = strlen(CASES[i].json);
                base = (uint8_t *)strdup(CASES[i].json);
            } else {
                if (CASES[i].json_only)
                    continue;
                json_t *j = json_loads(CASES[i].json, 0, NULL);
                cbor_item_t *it = to_cbor(j, NULL);
                json_decref(j);
                size_t cap;
                n = cbor_serialize_alloc(it, &base, &cap);
                cbor_decref(&it);
            }
            for (int k = 0; k < 40; k++) {
                uint8_t buf[2048];
                size_t len = n < sizeof buf ? n : sizeof buf;
                memcpy(buf, base, len);
                int flips = 1 + (int)(next_rand() % 4);
                for (int f = 0; f < flips && len; f++)
                    buf[next_rand() % len] = (uint8_t)next_rand();
                if (next_rand() % 4 == 0 && len)
                    len = next_rand() % len;
                struct arena a;
                arena_init(&a);
                struct gw_err err = {0};
                struct gw_val *in;
                if (!gw_doc_parse(&a, (enum gw_fmt)fmt, buf, len, &in, &err))
                    CASES[i].fn(&a, (enum gw_fmt)fmt, in, &err);
                arena_destroy(&a);
            }
            free(base);
        }
    }
}

Test(gw_codec, deep_nesting_is_refused)
{
    char deep[400];
    size_t at = 0;
    at += (size_t)sprintf(deep, "{\"a\":");
    for (int i = 0; i < 100; i++)
        deep[at++] = '[';
    for (int i = 0; i < 100; i++)
        deep[at++] = ']';
    deep[at++] = '}';
    deep[at] = '\0';
    struct arena a;
    arena_init(&a);
    struct gw_err err = {0};
    struct gw_val *in;
    cr_assert_neq(gw_doc_parse(&a, GW_FMT_JSON, (uint8_t *)deep, at, &in, &err), 0);
    cr_assert_eq(err.exc, GW_EXC_SERIALIZATION);
    /* CBOR: 100 nested one-element arrays under a map. */
    uint8_t cb[200];
    size_t n = 0;
    cb[n++] = 0xa1;
    cb[n++] = 0x61;
    cb[n++] = 'a';
    for (int i = 0; i < 100; i++)
        cb[n++] = 0x81;
    cb[n++] = 0x00;
    memset(&err, 0, sizeof err);
    cr_assert_neq(gw_doc_parse(&a, GW_FMT_CBOR, cb, n, &in, &err), 0);
    cr_assert_eq(err.exc, GW_EXC_SERIALIZATION);
    /* Trailing bytes after a CBOR document. */
    static const uint8_t two[] = {0xa0, 0xa0};
    memset(&err, 0, sizeof err);
    cr_assert_neq(gw_doc_parse(&a, GW_FMT_CBOR, two, 2, &in, &err), 0);
    arena_destroy(&a);
}

/* Limits first: a 12-byte CBOR body declaring 2^36 array entries is
 * refused before libcbor runs; a JSON body with too many values stops the
 * JSON reader at GW_DOC_MAX_VALUES. */
Test(gw_codec, declared_counts_are_checked_before_allocation)
{
    struct arena a;
    arena_init(&a);
    struct gw_err err = {0};
    struct gw_val *in;
    static const uint8_t bomb[] = {0xa1, 0x61, 'a', 0x9b, 0x00, 0x00, 0x00, 0x10, 0, 0, 0, 0};
    cr_assert_neq(gw_doc_parse(&a, GW_FMT_CBOR, bomb, sizeof bomb, &in, &err), 0);
    cr_assert_eq(err.exc, GW_EXC_SERIALIZATION);
    static const uint8_t map_bomb[] = {0xba, 0x7f, 0xff, 0xff, 0xff};
    memset(&err, 0, sizeof err);
    cr_assert_neq(gw_doc_parse(&a, GW_FMT_CBOR, map_bomb, sizeof map_bomb, &in, &err), 0);
    static const uint8_t str_bomb[] = {0xa1, 0x7b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
    memset(&err, 0, sizeof err);
    cr_assert_neq(gw_doc_parse(&a, GW_FMT_CBOR, str_bomb, sizeof str_bomb, &in, &err), 0);
    size_t n = 2 * 300000 + 16;
    char *many = malloc(n);
    size_t at = (size_t)sprintf(many, "{\"a\":[");
    for (int i = 0; i < 300000; i++) {
        many[at++] = '0';
        many[at++] = ',';
    }
    many[at++] = '0';
    at += (size_t)sprintf(many + at, "]}");
    memset(&err, 0, sizeof err);
    cr_assert_neq(gw_doc_parse(&a, GW_FMT_JSON, (uint8_t *)many, at, &in, &err), 0);
    cr_assert_eq(err.exc, GW_EXC_SERIALIZATION);
    free(many);
    arena_destroy(&a);
}
