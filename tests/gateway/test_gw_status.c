/*
 * StreamStatus over time (gw_status.c): CREATING after CreateStream,
 * UPDATING after a reshard, ACTIVE once status.delay.ms has passed on the
 * gateway's clock, and what each status admits. The harness clock only
 * moves when a test moves it.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/gateway.h"
#include "gateway/gw_status.h"
#include "gw_harness.h"
#include "protocol/status.h"

#define DELAY 500

static struct harness H;
static void setup(void)
{
    static const char *const s[] = {"sluice.gateway.status.delay.ms=500", NULL};
    hx_init(&H, s);
}
static void teardown(void) { hx_fini(&H); }
TestSuite(gw_status, .init = setup, .fini = teardown, .timeout = 10);

static void later(int64_t ms) { hx_set_now(&H, H.now_ms + ms); }

static const char *summary_status(const char *stream)
{
    static char out[32];
    json_t *j = hx_callf(&H, 200, "DescribeStreamSummary", "{\"StreamName\":\"%s\"}", stream);
    const char *st = json_string_value(
        json_object_get(json_object_get(j, "StreamDescriptionSummary"), "StreamStatus"));
    snprintf(out, sizeof out, "%s", st ? st : "(none)");
    json_decref(j);
    return out;
}

static char *stored_status(const char *stream)
{
    struct gw_backend *be = mem_backend_iface(H.mem);
    char *v = NULL;
    be->ops->attr_get(be->impl, stream, "kinesis.status", &v);
    return v;
}

Test(gw_status, create_is_creating_until_the_delay_passed)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"c\",\"ShardCount\":2}"));
    cr_assert_str_eq(summary_status("c"), "CREATING");
    json_t *j = hx_callf(&H, 200, "DescribeStream", "{\"StreamName\":\"c\"}");
    cr_assert_str_eq(json_string_value(json_object_get(json_object_get(j, "StreamDescription"),
                                                       "StreamStatus")),
                     "CREATING");
    json_decref(j);
    j = hx_callf(&H, 200, "ListStreams", "{}");
    cr_assert_str_eq(json_string_value(json_object_get(
                         json_array_get(json_object_get(j, "StreamSummaries"), 0), "StreamStatus")),
                     "CREATING");
    json_decref(j);
    /* ListShards works (the shards exist); data does not, as on AWS. */
    json_decref(hx_callf(&H, 200, "ListShards", "{\"StreamName\":\"c\"}"));
    hx_expect_error(&H, "ResourceNotFoundException", "PutRecord",
                    "{\"StreamName\":\"c\",\"Data\":\"AA==\",\"PartitionKey\":\"k\"}");
    hx_expect_error(&H, "ResourceNotFoundException", "PutRecords",
                    "{\"StreamName\":\"c\","
                    "\"Records\":[{\"Data\":\"AA==\",\"PartitionKey\":\"k\"}]}");
    hx_expect_error(&H, "ResourceNotFoundException", "GetShardIterator",
                    "{\"StreamName\":\"c\",\"ShardId\":\"shardId-000000000000\","
                    "\"ShardIteratorType\":\"TRIM_HORIZON\"}");
    hx_expect_error(&H, "ResourceInUseException", "SplitShard",
                    "{\"StreamName\":\"c\",\"ShardToSplit\":\"shardId-000000000000\","
                    "\"NewStartingHashKey\":\"100\"}");
    hx_expect_error(&H, "ResourceInUseException", "AddTagsToStream",
                    "{\"StreamName\":\"c\",\"Tags\":{\"a\":\"b\"}}");
    hx_expect_error(&H, "ResourceInUseException", "RegisterStreamConsumer",
                    "{\"StreamARN\":\"arn:aws:kinesis:us-east-1:000000000000:stream/c\","
                    "\"ConsumerName\":\"x\"}");
    hx_expect_error(&H, "ResourceInUseException", "IncreaseStreamRetentionPeriod",
                    "{\"StreamName\":\"c\",\"RetentionPeriodHours\":48}");
    hx_expect_error(&H, "ResourceInUseException", "DeleteStream", "{\"StreamName\":\"c\"}");
    cr_assert_eq(mem_backend_count(H.mem, "c", 0) + mem_backend_count(H.mem, "c", 1), 0);

    later(DELAY - 1);
    cr_assert_str_eq(summary_status("c"), "CREATING");
    later(1);
    cr_assert_str_eq(summary_status("c"), "ACTIVE");
    json_decref(hx_callf(&H, 200, "PutRecord",
                         "{\"StreamName\":\"c\",\"Data\":\"AA==\",\"PartitionKey\":\"k\"}"));
}

Test(gw_status, reshard_is_updating_and_refuses_a_second_one)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"u\",\"ShardCount\":2}"));
    later(DELAY);
    json_decref(hx_callf(&H, 200, "SplitShard",
                         "{\"StreamName\":\"u\",\"ShardToSplit\":\"shardId-000000000000\","
                         "\"NewStartingHashKey\":\"1000\"}"));
    cr_assert_str_eq(summary_status("u"), "UPDATING");
    hx_expect_error(&H, "ResourceInUseException", "MergeShards",
                    "{\"StreamName\":\"u\",\"ShardToMerge\":\"shardId-000000000002\","
                    "\"AdjacentShardToMerge\":\"shardId-000000000003\"}");
    hx_expect_error(&H, "ResourceInUseException", "UpdateShardCount",
                    "{\"StreamName\":\"u\",\"TargetShardCount\":4,"
                    "\"ScalingType\":\"UNIFORM_SCALING\"}");
    hx_expect_error(&H, "ResourceInUseException", "SplitShard",
                    "{\"StreamName\":\"u\",\"ShardToSplit\":\"shardId-000000000001\","
                    "\"NewStartingHashKey\":\"200000000000000000000000000000000000000\"}");
    hx_expect_error(&H, "ResourceInUseException", "DeleteStream", "{\"StreamName\":\"u\"}");
    /* Reads, writes, tags and consumers go on while UPDATING. */
    json_t *j = hx_callf(&H, 200, "PutRecord",
                         "{\"StreamName\":\"u\",\"Data\":\"AA==\",\"PartitionKey\":\"k\"}");
    json_decref(j);
    json_decref(hx_callf(&H, 200, "AddTagsToStream",
                         "{\"StreamName\":\"u\",\"Tags\":{\"a\":\"b\"}}"));
    json_decref(hx_callf(&H, 200, "GetShardIterator",
                         "{\"StreamName\":\"u\",\"ShardId\":\"shardId-000000000002\","
                         "\"ShardIteratorType\":\"TRIM_HORIZON\"}"));
    /* The tag change kept the status and its deadline. */
    cr_assert_str_eq(summary_status("u"), "UPDATING");
    later(DELAY);
    cr_assert_str_eq(summary_status("u"), "ACTIVE");
    json_decref(hx_callf(&H, 200, "MergeShards",
                         "{\"StreamName\":\"u\",\"ShardToMerge\":\"shardId-000000000002\","
                         "\"AdjacentShardToMerge\":\"shardId-000000000003\"}"));
    cr_assert_str_eq(summary_status("u"), "UPDATING");
    later(DELAY);
    j = hx_callf(&H, 200, "UpdateShardCount",
                 "{\"StreamName\":\"u\",\"TargetShardCount\":4,"
                 "\"ScalingType\":\"UNIFORM_SCALING\"}");
    json_decref(j);
    cr_assert_str_eq(summary_status("u"), "UPDATING");
    /* A refused reshard leaves no trace. */
    hx_expect_error(&H, "ResourceInUseException", "UpdateShardCount",
                    "{\"StreamName\":\"u\",\"TargetShardCount\":8,"
                    "\"ScalingType\":\"UNIFORM_SCALING\"}");
    later(DELAY);
    j = hx_callf(&H, 200, "DescribeStreamSummary", "{\"StreamName\":\"u\"}");
    cr_assert_eq(json_integer_value(json_object_get(json_object_get(j, "StreamDescriptionSummary"),
                                                    "OpenShardCount")),
                 4);
    json_decref(j);
}

Test(gw_status, the_deadline_is_stored_and_dropped_once_passed)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"p\",\"ShardCount\":1}"));
    char *v = stored_status("p");
    cr_assert(v && strstr(v, "\"CREATING\""), "%s", v ? v : "(none)");
    char want[64];
    snprintf(want, sizeof want, "%lld", (long long)(H.now_ms + DELAY));
    cr_assert(strstr(v, want), "%s", v);
    free(v);
    /* A restarted gateway (new process, same attributes) sees the same. */
    later(DELAY);
    json_decref(
        hx_callf(&H, 200, "AddTagsToStream", "{\"StreamName\":\"p\",\"Tags\":{\"a\":\"b\"}}"));
    cr_assert_null(stored_status("p"), "a save after the deadline drops the attribute");
    cr_assert_str_eq(summary_status("p"), "ACTIVE");
}

Test(gw_status, delay_zero_means_active_at_once)
{
    hx_fini(&H);
    hx_init(&H, NULL); /* the harness default: 0 */
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"z\",\"ShardCount\":1}"));
    cr_assert_str_eq(summary_status("z"), "ACTIVE");
    cr_assert_null(stored_status("z"));
    json_decref(hx_callf(&H, 200, "UpdateShardCount",
                         "{\"StreamName\":\"z\",\"TargetShardCount\":2,"
                         "\"ScalingType\":\"UNIFORM_SCALING\"}"));
    cr_assert_str_eq(summary_status("z"), "ACTIVE");
}

Test(gw_status, transitions_follow_the_diagram)
{
    struct gw_stream s;
    memset(&s, 0, sizeof s);
    /* A new stream may only start CREATING. */
    cr_assert_eq(gw_status_begin(&s, GW_STREAM_UPDATING, 1000, 100), 0,
                 "a Kafka-made stream (no attributes) is ACTIVE and may reshard");
    memset(&s, 0, sizeof s);
    cr_assert_eq(gw_status_begin(&s, GW_STREAM_CREATING, 1000, 100), 0);
    cr_assert_eq(gw_status_of(&s, 1099), GW_STREAM_CREATING);
    cr_assert_eq(gw_status_of(&s, 1100), GW_STREAM_ACTIVE);
    s.persisted = true;
    cr_assert_eq(gw_status_begin(&s, GW_STREAM_CREATING, 1200, 100), -E_INVAL,
                 "an existing stream is never CREATING again");
    cr_assert_eq(gw_status_begin(&s, GW_STREAM_UPDATING, 1050, 100), -E_INVAL,
                 "no reshard while CREATING");
    cr_assert_eq(gw_status_begin(&s, GW_STREAM_UPDATING, 1200, 100), 0);
    cr_assert_eq(gw_status_of(&s, 1250), GW_STREAM_UPDATING);
    cr_assert_eq(gw_status_begin(&s, GW_STREAM_UPDATING, 1250, 100), -E_INVAL);
    cr_assert_eq(gw_status_begin(&s, GW_STREAM_ACTIVE, 1400, 100), -E_INVAL,
                 "ACTIVE comes from the clock, not from a call");
    gw_status_settle(&s, 1250);
    cr_assert_eq(s.status, GW_STREAM_UPDATING, "settle keeps a running transition");
    gw_status_settle(&s, 1300);
    cr_assert_eq(s.status, GW_STREAM_ACTIVE);
    cr_assert_eq(s.status_until_ms, 0);
    /* The clock went back further than any delay: not stuck in UPDATING. */
    s.status = GW_STREAM_UPDATING;
    s.status_until_ms = 10 * 60 * 1000;
    cr_assert_eq(gw_status_of(&s, 0), GW_STREAM_ACTIVE);
    cr_assert_str_eq(gw_status_name(GW_STREAM_CREATING), "CREATING");
    cr_assert_str_eq(gw_status_name(GW_STREAM_UPDATING), "UPDATING");
    cr_assert_str_eq(gw_status_name(GW_STREAM_ACTIVE), "ACTIVE");
}

Test(gw_status, config_bounds)
{
    struct gw_config cfg;
    const char *why;
    cr_assert_eq(gw_config_init(&cfg), 0);
    cr_assert_eq(cfg.status_delay_ms, 100);
    cr_assert_eq(gw_config_set(&cfg, "sluice.gateway.status.delay.ms", "0", &why), 0);
    cr_assert_eq(cfg.status_delay_ms, 0);
    cr_assert_eq(gw_config_set(&cfg, "sluice.gateway.status.delay.ms", "60000", &why), 0);
    cr_assert_eq(gw_config_set(&cfg, "sluice.gateway.status.delay.ms", "60001", &why), -E_INVAL);
    cr_assert_eq(gw_config_set(&cfg, "sluice.gateway.status.delay.ms", "-1", &why), -E_INVAL);
    gw_config_destroy(&cfg);
}
