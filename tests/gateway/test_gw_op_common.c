/*
 * Naming a stream (gw_op_common.c): every operation that names a stream
 * takes StreamARN alone, as AWS documents ("you must use either the
 * StreamARN or the StreamName parameter, or both"); both must agree; a
 * malformed ARN is a ValidationException.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "gw_harness.h"

#define ARN "arn:aws:kinesis:us-east-1:000000000000:stream/a"
#define REF "\"StreamARN\":\"" ARN "\""

static struct harness H;
static void setup(void) { hx_init(&H, NULL); }
static void teardown(void) { hx_fini(&H); }
TestSuite(gw_op_common, .init = setup, .fini = teardown, .timeout = 10);

/* Every operation with a stream in its input, each with StreamARN only.
 * Not here: CreateStream (StreamName only in the API), ListStreams and
 * DescribeLimits (no stream), SubscribeToShard (ConsumerARN). */
static const struct {
    const char *op, *body;
} BY_ARN[] = {
    {"DescribeStream", "{" REF "}"},
    {"DescribeStreamSummary", "{" REF "}"},
    {"ListShards", "{" REF "}"},
    {"AddTagsToStream", "{" REF ",\"Tags\":{\"team\":\"a\",\"env\":\"b\"}}"},
    {"RemoveTagsFromStream", "{" REF ",\"TagKeys\":[\"env\"]}"},
    {"ListTagsForStream", "{" REF "}"},
    {"IncreaseStreamRetentionPeriod", "{" REF ",\"RetentionPeriodHours\":48}"},
    {"DecreaseStreamRetentionPeriod", "{" REF ",\"RetentionPeriodHours\":24}"},
    {"UpdateMaxRecordSize", "{" REF ",\"MaxRecordSizeInKiB\":2048}"},
    {"PutRecord", "{" REF ",\"Data\":\"AA==\",\"PartitionKey\":\"k\"}"},
    {"PutRecords", "{" REF ",\"Records\":[{\"Data\":\"AQ==\",\"PartitionKey\":\"k\"}]}"},
    {"GetShardIterator",
     "{" REF ",\"ShardId\":\"shardId-000000000000\",\"ShardIteratorType\":\"TRIM_HORIZON\"}"},
    {"SplitShard",
     "{" REF ",\"ShardToSplit\":\"shardId-000000000000\",\"NewStartingHashKey\":\"1000\"}"},
    {"MergeShards",
     "{" REF ",\"ShardToMerge\":\"shardId-000000000002\","
     "\"AdjacentShardToMerge\":\"shardId-000000000003\"}"},
    {"UpdateShardCount", "{" REF ",\"TargetShardCount\":4,\"ScalingType\":\"UNIFORM_SCALING\"}"},
    {"RegisterStreamConsumer", "{" REF ",\"ConsumerName\":\"c\"}"},
    {"DescribeStreamConsumer", "{" REF ",\"ConsumerName\":\"c\"}"},
    {"ListStreamConsumers", "{" REF "}"},
    {"DeregisterStreamConsumer", "{" REF ",\"ConsumerName\":\"c\"}"},
    {"DeleteStream", "{" REF "}"},
};

Test(gw_op_common, every_stream_operation_takes_stream_arn_alone)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"a\",\"ShardCount\":2}"));
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"b\",\"ShardCount\":1}"));
    char *iterator = NULL;
    for (size_t i = 0; i < sizeof BY_ARN / sizeof BY_ARN[0]; i++) {
        json_t *j = hx_callf(&H, 200, BY_ARN[i].op, "%s", BY_ARN[i].body);
        if (!strcmp(BY_ARN[i].op, "GetShardIterator"))
            iterator = strdup(json_string_value(json_object_get(j, "ShardIterator")));
        if (!strcmp(BY_ARN[i].op, "ListTagsForStream"))
            cr_assert_eq(json_array_size(json_object_get(j, "Tags")), 1, "tags of stream a");
        if (!strcmp(BY_ARN[i].op, "GetShardIterator")) {
            /* GetRecords names its stream by the iterator; StreamARN, when
             * given, must be the same stream. */
            json_t *g = hx_callf(&H, 200, "GetRecords", "{\"ShardIterator\":\"%s\"," REF "}",
                                 iterator);
            json_decref(g);
            hx_expect_error(&H, "InvalidArgumentException", "GetRecords",
                            "{\"ShardIterator\":\"%s\",\"StreamARN\":\"arn:aws:kinesis:"
                            "us-east-1:000000000000:stream/b\"}",
                            iterator);
        }
        json_decref(j);
    }
    free(iterator);
    /* Everything above went to stream a: b is untouched, a is gone. */
    json_t *j = hx_callf(&H, 200, "DescribeStreamSummary", "{\"StreamName\":\"b\"}");
    json_t *d = json_object_get(j, "StreamDescriptionSummary");
    cr_assert_eq(json_integer_value(json_object_get(d, "OpenShardCount")), 1);
    cr_assert_eq(json_integer_value(json_object_get(d, "MaxRecordSizeInKiB")), 1024);
    json_decref(j);
    j = hx_callf(&H, 200, "ListTagsForStream", "{\"StreamName\":\"b\"}");
    cr_assert_eq(json_array_size(json_object_get(j, "Tags")), 0);
    json_decref(j);
    cr_assert_eq(mem_backend_count(H.mem, "b", 0), 0);
    hx_expect_error(&H, "ResourceNotFoundException", "DescribeStream", "{" REF "}");
}

Test(gw_op_common, name_and_arn_must_agree_and_arns_must_parse)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"a\",\"ShardCount\":1}"));
    /* Both given and the same: fine. */
    json_decref(hx_callf(&H, 200, "PutRecord",
                         "{\"StreamName\":\"a\"," REF
                         ",\"Data\":\"AA==\",\"PartitionKey\":\"k\"}"));
    for (size_t i = 0; i < sizeof BY_ARN / sizeof BY_ARN[0]; i++) {
        if (strstr(BY_ARN[i].op, "Consumer"))
            continue; /* StreamARN is their only stream member */
        char *body = strdup(BY_ARN[i].body);
        char *at = strstr(body, REF);
        cr_assert(at);
        /* Same length, another stream: {"StreamName":"x","StreamARN":...a} */
        char *mixed = NULL;
        cr_assert(asprintf(&mixed, "{\"StreamName\":\"x\",%s", body + 1) > 0);
        hx_expect_error(&H, "InvalidArgumentException", BY_ARN[i].op, "%s", mixed);
        free(mixed);
        /* A malformed ARN is a shape error. */
        memcpy(at + strlen("\"StreamARN\":\""), "arn:aws:s3", 10);
        hx_expect_error(&H, "ValidationException", BY_ARN[i].op, "%s", body);
        free(body);
    }
    hx_expect_error(&H, "ResourceNotFoundException", "PutRecord",
                    "{\"StreamARN\":\"arn:aws:kinesis:us-east-1:000000000000:stream/none\","
                    "\"Data\":\"AA==\",\"PartitionKey\":\"k\"}");
}
