/*
 * Resharding and shard listing: SplitShard, MergeShards, UpdateShardCount,
 * ListShards (+ShardFilter, NextToken), and readers crossing from a closed
 * parent to its children.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "gw_harness.h"

static struct harness H;
static void setup(void) { hx_init(&H, NULL); }
static void teardown(void) { hx_fini(&H); }
TestSuite(gw_op_shards, .init = setup, .fini = teardown, .timeout = 10);

#define MAX_KEY "340282366920938463463374607431768211455"
#define HALF "170141183460469231731687303715884105728"

static json_t *shards_of(const char *stream)
{
    json_t *j = hx_callf(&H, 200, "ListShards", "{\"StreamName\":\"%s\"}", stream);
    json_t *s = json_incref(json_object_get(j, "Shards"));
    json_decref(j);
    return s;
}

static const char *field(json_t *shards, size_t i, const char *k)
{
    return json_string_value(json_object_get(json_array_get(shards, i), k));
}

Test(gw_op_shards, split_closes_parent_and_adds_children)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"s\",\"ShardCount\":1}"));
    json_decref(hx_callf(&H, 200, "PutRecord",
                         "{\"StreamName\":\"s\",\"Data\":\"AA==\",\"PartitionKey\":\"before\"}"));
    json_t *it = hx_callf(&H, 200, "GetShardIterator",
                          "{\"StreamName\":\"s\",\"ShardId\":\"shardId-000000000000\","
                          "\"ShardIteratorType\":\"TRIM_HORIZON\"}");
    char *iter = strdup(json_string_value(json_object_get(it, "ShardIterator")));
    json_decref(it);
    cr_assert_null(hx_callf(&H, 200, "SplitShard",
                            "{\"StreamName\":\"s\",\"ShardToSplit\":\"shardId-000000000000\","
                            "\"NewStartingHashKey\":\"" HALF "\"}"));
    json_t *sh = shards_of("s");
    cr_assert_eq(json_array_size(sh), 3);
    json_t *parent = json_array_get(sh, 0);
    cr_assert(json_object_get(json_object_get(parent, "SequenceNumberRange"),
                              "EndingSequenceNumber"), "closed parent has an end");
    cr_assert_str_eq(field(sh, 1, "ParentShardId"), "shardId-000000000000");
    cr_assert_str_eq(json_string_value(json_object_get(
                         json_object_get(json_array_get(sh, 1), "HashKeyRange"), "EndingHashKey")),
                     "170141183460469231731687303715884105727");
    cr_assert_str_eq(json_string_value(json_object_get(
                         json_object_get(json_array_get(sh, 2), "HashKeyRange"), "StartingHashKey")),
                     HALF);
    json_decref(sh);
    /* New records go to the children only. */
    json_t *p = hx_callf(&H, 200, "PutRecord",
                         "{\"StreamName\":\"s\",\"Data\":\"AA==\",\"PartitionKey\":\"x\","
                         "\"ExplicitHashKey\":\"" MAX_KEY "\"}");
    cr_assert_str_eq(json_string_value(json_object_get(p, "ShardId")), "shardId-000000000002");
    json_decref(p);
    /* The old reader drains the parent, then gets ChildShards and no iterator. */
    json_t *g = hx_callf(&H, 200, "GetRecords", "{\"ShardIterator\":\"%s\"}", iter);
    cr_assert_eq(json_array_size(json_object_get(g, "Records")), 1);
    cr_assert_null(json_object_get(g, "NextShardIterator"));
    json_t *children = json_object_get(g, "ChildShards");
    cr_assert_eq(json_array_size(children), 2);
    cr_assert_str_eq(json_string_value(json_array_get(
                         json_object_get(json_array_get(children, 0), "ParentShards"), 0)),
                     "shardId-000000000000");
    json_decref(g);
    free(iter);
    /* A closed shard cannot be split or merged again. */
    hx_expect_error(&H, "InvalidArgumentException", "SplitShard",
                    "{\"StreamName\":\"s\",\"ShardToSplit\":\"shardId-000000000000\","
                    "\"NewStartingHashKey\":\"12345\"}");
    hx_expect_error(&H, "InvalidArgumentException", "MergeShards",
                    "{\"StreamName\":\"s\",\"ShardToMerge\":\"shardId-000000000000\","
                    "\"AdjacentShardToMerge\":\"shardId-000000000001\"}");
}

Test(gw_op_shards, split_argument_errors)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"e\",\"ShardCount\":2}"));
    hx_expect_error(&H, "InvalidArgumentException", "SplitShard",
                    "{\"StreamName\":\"e\",\"ShardToSplit\":\"shardId-000000000000\","
                    "\"NewStartingHashKey\":\"1\"}");
    hx_expect_error(&H, "InvalidArgumentException", "SplitShard",
                    "{\"StreamName\":\"e\",\"ShardToSplit\":\"shardId-000000000000\","
                    "\"NewStartingHashKey\":\"" MAX_KEY "\"}");
    hx_expect_error(&H, "InvalidArgumentException", "SplitShard",
                    "{\"StreamName\":\"e\",\"ShardToSplit\":\"shardId-000000000000\","
                    "\"NewStartingHashKey\":\"999999999999999999999999999999999999999\"}");
    hx_expect_error(&H, "ResourceNotFoundException", "SplitShard",
                    "{\"StreamName\":\"e\",\"ShardToSplit\":\"shardId-000000000007\","
                    "\"NewStartingHashKey\":\"5\"}");
    hx_expect_error(&H, "ValidationException", "SplitShard",
                    "{\"StreamName\":\"e\",\"ShardToSplit\":\"shardId-000000000000\","
                    "\"NewStartingHashKey\":\"05\"}");
    hx_expect_error(&H, "ValidationException", "SplitShard",
                    "{\"StreamName\":\"e\",\"ShardToSplit\":\"shardId-000000000000\"}");
}

Test(gw_op_shards, merge_rules)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"m\",\"ShardCount\":3}"));
    hx_expect_error(&H, "InvalidArgumentException", "MergeShards",
                    "{\"StreamName\":\"m\",\"ShardToMerge\":\"shardId-000000000000\","
                    "\"AdjacentShardToMerge\":\"shardId-000000000002\"}");
    hx_expect_error(&H, "InvalidArgumentException", "MergeShards",
                    "{\"StreamName\":\"m\",\"ShardToMerge\":\"shardId-000000000001\","
                    "\"AdjacentShardToMerge\":\"shardId-000000000001\"}");
    cr_assert_null(hx_callf(&H, 200, "MergeShards",
                            "{\"StreamName\":\"m\",\"ShardToMerge\":\"shardId-000000000002\","
                            "\"AdjacentShardToMerge\":\"shardId-000000000001\"}"));
    json_t *sh = shards_of("m");
    cr_assert_eq(json_array_size(sh), 4);
    cr_assert_str_eq(field(sh, 3, "ParentShardId"), "shardId-000000000002");
    cr_assert_str_eq(field(sh, 3, "AdjacentParentShardId"), "shardId-000000000001");
    json_t *range = json_object_get(json_array_get(sh, 3), "HashKeyRange");
    cr_assert_str_eq(json_string_value(json_object_get(range, "StartingHashKey")),
                     "113427455640312821154458202477256070485");
    cr_assert_str_eq(json_string_value(json_object_get(range, "EndingHashKey")), MAX_KEY);
    json_decref(sh);
    hx_expect_error(&H, "InvalidArgumentException", "MergeShards",
                    "{\"StreamName\":\"m\",\"ShardToMerge\":\"shardId-000000000003\","
                    "\"AdjacentShardToMerge\":\"shardId-000000000002\"}");
}

Test(gw_op_shards, list_shards_filters)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"f\",\"ShardCount\":2}"));
    hx_set_now(&H, H.now_ms + 60000);
    json_decref(hx_callf(&H, 200, "SplitShard",
                         "{\"StreamName\":\"f\",\"ShardToSplit\":\"shardId-000000000000\","
                         "\"NewStartingHashKey\":\"1000\"}"));
    struct {
        const char *filter;
        size_t want;
        const char *first;
    } cases[] = {
        {"", 4, "shardId-000000000000"},
        {",\"ShardFilter\":{\"Type\":\"AT_LATEST\"}", 3, "shardId-000000000001"},
        {",\"ShardFilter\":{\"Type\":\"AT_TRIM_HORIZON\"}", 2, "shardId-000000000000"},
        {",\"ShardFilter\":{\"Type\":\"FROM_TRIM_HORIZON\"}", 4, "shardId-000000000000"},
        {",\"ShardFilter\":{\"Type\":\"AFTER_SHARD_ID\",\"ShardId\":\"shardId-000000000001\"}", 2,
         "shardId-000000000002"},
        /* At creation time: only the original two shards existed. */
        {",\"ShardFilter\":{\"Type\":\"AT_TIMESTAMP\",\"Timestamp\":1767323046}", 2,
         "shardId-000000000000"},
        /* From after the split: the closed parent no longer counts. */
        {",\"ShardFilter\":{\"Type\":\"FROM_TIMESTAMP\",\"Timestamp\":1767323200}", 3,
         "shardId-000000000001"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        json_t *j = hx_callf(&H, 200, "ListShards", "{\"StreamName\":\"f\"%s}", cases[i].filter);
        json_t *sh = json_object_get(j, "Shards");
        cr_expect_eq(json_array_size(sh), cases[i].want, "case %zu: %zu", i, json_array_size(sh));
        if (json_array_size(sh))
            cr_expect_str_eq(field(sh, 0, "ShardId"), cases[i].first, "case %zu", i);
        json_decref(j);
    }
    hx_expect_error(&H, "InvalidArgumentException", "ListShards",
                    "{\"StreamName\":\"f\",\"ShardFilter\":{\"Type\":\"AFTER_SHARD_ID\"}}");
    hx_expect_error(&H, "InvalidArgumentException", "ListShards",
                    "{\"StreamName\":\"f\",\"ShardFilter\":{\"Type\":\"AT_TIMESTAMP\"}}");
    hx_expect_error(&H, "ValidationException", "ListShards",
                    "{\"StreamName\":\"f\",\"ShardFilter\":{\"Type\":\"SIDEWAYS\"}}");
    hx_expect_error(&H, "ValidationException", "ListShards",
                    "{\"StreamName\":\"f\",\"MaxResults\":0}");
}

Test(gw_op_shards, list_shards_next_token)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"n\",\"ShardCount\":5}"));
    json_t *j = hx_callf(&H, 200, "ListShards", "{\"StreamName\":\"n\",\"MaxResults\":2}");
    cr_assert_eq(json_array_size(json_object_get(j, "Shards")), 2);
    char *tok = strdup(json_string_value(json_object_get(j, "NextToken")));
    json_decref(j);
    j = hx_callf(&H, 200, "ListShards", "{\"NextToken\":\"%s\",\"MaxResults\":2}", tok);
    cr_assert_str_eq(field(json_object_get(j, "Shards"), 0, "ShardId"), "shardId-000000000002");
    json_decref(j);
    hx_expect_error(&H, "InvalidArgumentException", "ListShards",
                    "{\"NextToken\":\"%s\",\"StreamName\":\"n\"}", tok);
    hx_set_now(&H, H.now_ms + 301000);
    hx_expect_error(&H, "ExpiredNextTokenException", "ListShards", "{\"NextToken\":\"%s\"}", tok);
    hx_expect_error(&H, "InvalidArgumentException", "ListShards", "{\"NextToken\":\"abcd\"}");
    free(tok);
}

Test(gw_op_shards, update_shard_count_uniform_scaling)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"u\",\"ShardCount\":2}"));
    json_t *j = hx_callf(&H, 200, "UpdateShardCount",
                         "{\"StreamName\":\"u\",\"TargetShardCount\":4,"
                         "\"ScalingType\":\"UNIFORM_SCALING\"}");
    cr_assert_eq(json_integer_value(json_object_get(j, "CurrentShardCount")), 2);
    cr_assert_eq(json_integer_value(json_object_get(j, "TargetShardCount")), 4);
    json_decref(j);
    j = hx_callf(&H, 200, "ListShards",
                 "{\"StreamName\":\"u\",\"ShardFilter\":{\"Type\":\"AT_LATEST\"}}");
    json_t *sh = json_object_get(j, "Shards");
    cr_assert_eq(json_array_size(sh), 4);
    /* Each new quarter descends from the half that held it. */
    cr_assert_str_eq(field(sh, 0, "ParentShardId"), "shardId-000000000000");
    cr_assert_str_eq(field(sh, 3, "ParentShardId"), "shardId-000000000001");
    cr_assert_str_eq(json_string_value(json_object_get(
                         json_object_get(json_array_get(sh, 3), "HashKeyRange"), "EndingHashKey")),
                     MAX_KEY);
    json_decref(j);
    hx_expect_error(&H, "LimitExceededException", "UpdateShardCount",
                    "{\"StreamName\":\"u\",\"TargetShardCount\":9,\"ScalingType\":\"UNIFORM_SCALING\"}");
    hx_expect_error(&H, "ValidationException", "UpdateShardCount",
                    "{\"StreamName\":\"u\",\"TargetShardCount\":3,\"ScalingType\":\"RANDOM\"}");
    /* Halving back: each new shard merges two quarters. */
    j = hx_callf(&H, 200, "UpdateShardCount",
                 "{\"StreamName\":\"u\",\"TargetShardCount\":2,\"ScalingType\":\"UNIFORM_SCALING\"}");
    json_decref(j);
    j = hx_callf(&H, 200, "ListShards",
                 "{\"StreamName\":\"u\",\"ShardFilter\":{\"Type\":\"AT_LATEST\"}}");
    sh = json_object_get(j, "Shards");
    cr_assert_eq(json_array_size(sh), 2);
    cr_assert(field(sh, 0, "AdjacentParentShardId"));
    json_decref(j);
}

/* AWS: UpdateShardCount at most ten times per rolling 24 hours per stream
 * (LimitExceededException); other reshards and no-op counts do not count. */
Test(gw_op_shards, update_shard_count_ten_times_a_day)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"d\",\"ShardCount\":1}"));
    int64_t first = H.now_ms;
    for (int i = 0; i < 10; i++) {
        hx_set_now(&H, first + i * 60000);
        json_decref(hx_callf(&H, 200, "UpdateShardCount",
                             "{\"StreamName\":\"d\",\"TargetShardCount\":%d,"
                             "\"ScalingType\":\"UNIFORM_SCALING\"}",
                             i % 2 ? 1 : 2));
    }
    /* Ten done (ending at 1 shard): the eleventh is refused, the stream
     * unchanged; asking for the current count changes nothing and passes. */
    hx_expect_error(&H, "LimitExceededException", "UpdateShardCount",
                    "{\"StreamName\":\"d\",\"TargetShardCount\":2,"
                    "\"ScalingType\":\"UNIFORM_SCALING\"}");
    json_decref(hx_callf(&H, 200, "UpdateShardCount",
                         "{\"StreamName\":\"d\",\"TargetShardCount\":1,"
                         "\"ScalingType\":\"UNIFORM_SCALING\"}"));
    json_t *j = hx_callf(&H, 200, "DescribeStreamSummary", "{\"StreamName\":\"d\"}");
    cr_assert_eq(json_integer_value(json_object_get(json_object_get(j, "StreamDescriptionSummary"),
                                                    "OpenShardCount")),
                 1);
    json_decref(j);
    /* The history is stored with the stream. */
    struct gw_backend *be = mem_backend_iface(H.mem);
    char *v = NULL;
    cr_assert_eq(be->ops->attr_get(be->impl, "d", "kinesis.scalings", &v), 0);
    cr_assert_eq(json_array_size(j = json_loads(v, 0, NULL)), 10, "%s", v);
    json_decref(j);
    free(v);
    /* Split and merge are not UpdateShardCount (1 -> 2 open shards). */
    j = hx_callf(&H, 200, "ListShards",
                 "{\"StreamName\":\"d\",\"ShardFilter\":{\"Type\":\"AT_LATEST\"}}");
    const char *open0 = field(json_object_get(j, "Shards"), 0, "ShardId");
    json_decref(hx_callf(&H, 200, "SplitShard",
                         "{\"StreamName\":\"d\",\"ShardToSplit\":\"%s\","
                         "\"NewStartingHashKey\":\"1000\"}",
                         open0));
    json_decref(j);
    /* A rolling window: 24 hours after the first, one more is allowed. */
    hx_set_now(&H, first + 24 * 3600 * 1000LL - 1);
    hx_expect_error(&H, "LimitExceededException", "UpdateShardCount",
                    "{\"StreamName\":\"d\",\"TargetShardCount\":4,"
                    "\"ScalingType\":\"UNIFORM_SCALING\"}");
    hx_set_now(&H, first + 24 * 3600 * 1000LL);
    json_decref(hx_callf(&H, 200, "UpdateShardCount",
                         "{\"StreamName\":\"d\",\"TargetShardCount\":4,"
                         "\"ScalingType\":\"UNIFORM_SCALING\"}"));
    hx_expect_error(&H, "LimitExceededException", "UpdateShardCount",
                    "{\"StreamName\":\"d\",\"TargetShardCount\":3,"
                    "\"ScalingType\":\"UNIFORM_SCALING\"}");
}
