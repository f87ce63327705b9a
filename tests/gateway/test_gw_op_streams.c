/*
 * Stream operations end to end (HTTP/1.1 -> JSON -> operation -> in-memory
 * backend -> JSON): CreateStream, DescribeStream(Summary), ListStreams,
 * DeleteStream, DescribeLimits (settings: test_gw_op_settings.c).
 */
#include <criterion/criterion.h>
#include <string.h>

#include "gateway/gw_meta.h"
#include "gw_harness.h"

static struct harness H;
static void setup(void) { hx_init(&H, NULL); }
static void teardown(void) { hx_fini(&H); }
TestSuite(gw_op_streams, .init = setup, .fini = teardown, .timeout = 10);

static const char *jstr(json_t *j, const char *path)
{
    /* "a.b.0.c" */
    char buf[256];
    snprintf(buf, sizeof buf, "%s", path);
    json_t *cur = j;
    for (char *save, *t = strtok_r(buf, ".", &save); t && cur; t = strtok_r(NULL, ".", &save))
        cur = json_is_array(cur) ? json_array_get(cur, (size_t)atoi(t)) : json_object_get(cur, t);
    return json_string_value(cur);
}

Test(gw_op_streams, create_then_describe_matches_aws_layout)
{
    json_t *j = hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"orders\",\"ShardCount\":3}");
    cr_assert_null(j); /* empty body, as AWS */
    j = hx_callf(&H, 200, "DescribeStream", "{\"StreamName\":\"orders\"}");
    json_t *d = json_object_get(j, "StreamDescription");
    cr_assert_str_eq(jstr(d, "StreamStatus"), "ACTIVE");
    cr_assert_str_eq(jstr(d, "StreamARN"), "arn:aws:kinesis:us-east-1:000000000000:stream/orders");
    cr_assert(json_is_false(json_object_get(d, "HasMoreShards")));
    cr_assert_eq(json_integer_value(json_object_get(d, "RetentionPeriodHours")), 24);
    /* Epoch seconds with a fraction. */
    cr_assert(json_is_real(json_object_get(d, "StreamCreationTimestamp")));
    cr_assert_float_eq(json_real_value(json_object_get(d, "StreamCreationTimestamp")),
                       1767323045.0, 0.001);
    json_t *shards = json_object_get(d, "Shards");
    cr_assert_eq(json_array_size(shards), 3);
    /* AWS's even split for 3 shards: width floor(2^128 / 3). */
    cr_assert_str_eq(jstr(shards, "0.ShardId"), "shardId-000000000000");
    cr_assert_str_eq(jstr(shards, "0.HashKeyRange.StartingHashKey"), "0");
    cr_assert_str_eq(jstr(shards, "0.HashKeyRange.EndingHashKey"),
                     "113427455640312821154458202477256070484");
    cr_assert_str_eq(jstr(shards, "1.HashKeyRange.StartingHashKey"),
                     "113427455640312821154458202477256070485");
    cr_assert_str_eq(jstr(shards, "2.HashKeyRange.StartingHashKey"),
                     "226854911280625642308916404954512140970");
    cr_assert_str_eq(jstr(shards, "2.HashKeyRange.EndingHashKey"),
                     "340282366920938463463374607431768211455");
    /* Open shards omit parents and the ending sequence number. */
    json_t *s0 = json_array_get(shards, 0);
    cr_assert_null(json_object_get(s0, "ParentShardId"));
    cr_assert_null(json_object_get(s0, "AdjacentParentShardId"));
    cr_assert_null(json_object_get(json_object_get(s0, "SequenceNumberRange"),
                                   "EndingSequenceNumber"));
    cr_assert_eq(strlen(jstr(s0, "SequenceNumberRange.StartingSequenceNumber")), 39);
    json_decref(j);
}

Test(gw_op_streams, create_errors)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"dup\",\"ShardCount\":1}"));
    hx_expect_error(&H, "ResourceInUseException", "CreateStream",
                    "{\"StreamName\":\"dup\",\"ShardCount\":1}");
    hx_expect_error(&H, "ValidationException", "CreateStream",
                    "{\"StreamName\":\"bad name!\",\"ShardCount\":1}");
    hx_expect_error(&H, "ValidationException", "CreateStream",
                    "{\"StreamName\":\"zero\",\"ShardCount\":0}");
    hx_expect_error(&H, "ValidationException", "CreateStream", "{\"StreamName\":\"nocount\"}");
    hx_expect_error(&H, "ValidationException", "CreateStream", "{\"ShardCount\":1}");
    hx_expect_error(&H, "SerializationException", "CreateStream",
                    "{\"StreamName\":\"t\",\"ShardCount\":\"3\"}");
    hx_expect_error(&H, "SerializationException", "CreateStream",
                    "{\"StreamName\":[\"t\"],\"ShardCount\":3}");
    hx_expect_error(&H, "LimitExceededException", "CreateStream",
                    "{\"StreamName\":\"huge\",\"ShardCount\":5000}");
    char name[200];
    memset(name, 'n', 129);
    name[129] = '\0';
    hx_expect_error(&H, "ValidationException", "CreateStream",
                    "{\"StreamName\":\"%s\",\"ShardCount\":1}", name);
    hx_expect_error(&H, "ValidationException", "CreateStream",
                    "{\"StreamName\":\"m\",\"StreamModeDetails\":{\"StreamMode\":\"FAST\"}}");
    /* ON_DEMAND needs no ShardCount and starts with 4 shards. */
    json_decref(hx_callf(&H, 200, "CreateStream",
                         "{\"StreamName\":\"od\",\"StreamModeDetails\":{\"StreamMode\":\"ON_DEMAND\"}}"));
    json_t *j = hx_callf(&H, 200, "DescribeStreamSummary", "{\"StreamName\":\"od\"}");
    json_t *d = json_object_get(j, "StreamDescriptionSummary");
    cr_assert_eq(json_integer_value(json_object_get(d, "OpenShardCount")), 4);
    cr_assert_str_eq(jstr(d, "StreamModeDetails.StreamMode"), "ON_DEMAND");
    cr_assert_eq(json_integer_value(json_object_get(d, "ConsumerCount")), 0);
    json_decref(j);
}

Test(gw_op_streams, malformed_bodies_are_serialization_errors)
{
    hx_expect_error(&H, "SerializationException", "ListStreams", "{");
    hx_expect_error(&H, "SerializationException", "ListStreams", "[1,2]");
    hx_expect_error(&H, "SerializationException", "ListStreams", "%s", "");
    hx_expect_error(&H, "UnknownOperationException", "FlyToTheMoon", "{}");
}

Test(gw_op_streams, list_streams_pages_and_skips_internal_topics)
{
    const char *names[] = {"c", "a", "b"};
    for (int i = 0; i < 3; i++)
        json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"%s\",\"ShardCount\":1}",
                             names[i]));
    struct gw_backend *be = mem_backend_iface(H.mem);
    be->ops->topic_create(be->impl, "__consumer_offsets", 50);
    be->ops->topic_create(be->impl, "kafka.made", 2);
    json_t *j = hx_callf(&H, 200, "ListStreams", "{\"Limit\":2}");
    json_t *n = json_object_get(j, "StreamNames");
    cr_assert_eq(json_array_size(n), 2);
    cr_assert_str_eq(json_string_value(json_array_get(n, 0)), "a");
    cr_assert_str_eq(json_string_value(json_array_get(n, 1)), "b");
    cr_assert(json_is_true(json_object_get(j, "HasMoreStreams")));
    const char *tok = jstr(j, "NextToken");
    cr_assert(tok);
    cr_assert_eq(json_array_size(json_object_get(j, "StreamSummaries")), 2);
    json_t *k = hx_callf(&H, 200, "ListStreams", "{\"NextToken\":\"%s\"}", tok);
    n = json_object_get(k, "StreamNames");
    cr_assert_eq(json_array_size(n), 2);
    cr_assert_str_eq(json_string_value(json_array_get(n, 0)), "c");
    cr_assert_str_eq(json_string_value(json_array_get(n, 1)), "kafka.made");
    cr_assert(json_is_false(json_object_get(k, "HasMoreStreams")));
    cr_assert_null(json_object_get(k, "NextToken"));
    json_decref(j);
    json_decref(k);
    /* A topic made through Kafka reads as a stream of even open shards. */
    j = hx_callf(&H, 200, "DescribeStream", "{\"StreamName\":\"kafka.made\"}");
    cr_assert_str_eq(jstr(j, "StreamDescription.Shards.1.HashKeyRange.StartingHashKey"),
                     "170141183460469231731687303715884105728");
    json_decref(j);
    hx_expect_error(&H, "ValidationException", "ListStreams", "{\"Limit\":0}");
    hx_expect_error(&H, "InvalidArgumentException", "ListStreams", "{\"NextToken\":\"!!!!\"}");
}

Test(gw_op_streams, describe_by_arn_pagination_and_errors)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"p\",\"ShardCount\":5}"));
    json_t *j = hx_callf(&H, 200, "DescribeStream",
                         "{\"StreamARN\":\"arn:aws:kinesis:us-east-1:000000000000:stream/p\","
                         "\"Limit\":2,\"ExclusiveStartShardId\":\"shardId-000000000001\"}");
    json_t *shards = json_object_get(json_object_get(j, "StreamDescription"), "Shards");
    cr_assert_eq(json_array_size(shards), 2);
    cr_assert_str_eq(jstr(shards, "0.ShardId"), "shardId-000000000002");
    cr_assert(json_is_true(json_object_get(json_object_get(j, "StreamDescription"),
                                           "HasMoreShards")));
    json_decref(j);
    hx_expect_error(&H, "ResourceNotFoundException", "DescribeStream", "{\"StreamName\":\"nope\"}");
    hx_expect_error(&H, "InvalidArgumentException", "DescribeStream",
                    "{\"StreamName\":\"x\",\"StreamARN\":\"arn:aws:kinesis:us-east-1:"
                    "000000000000:stream/p\"}");
    hx_expect_error(&H, "ValidationException", "DescribeStream",
                    "{\"StreamARN\":\"arn:aws:s3:::bucket\"}");
    hx_expect_error(&H, "ValidationException", "DescribeStream",
                    "{\"StreamName\":\"p\",\"Limit\":10001}");
    hx_expect_error(&H, "ValidationException", "DescribeStream", "{}");
}

Test(gw_op_streams, delete_stream)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"gone\",\"ShardCount\":1}"));
    cr_assert_null(hx_callf(&H, 200, "DeleteStream", "{\"StreamName\":\"gone\"}"));
    hx_expect_error(&H, "ResourceNotFoundException", "DeleteStream", "{\"StreamName\":\"gone\"}");
    hx_expect_error(&H, "ResourceNotFoundException", "DescribeStreamSummary",
                    "{\"StreamName\":\"gone\"}");
}

Test(gw_op_streams, describe_limits)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"l\",\"ShardCount\":2}"));
    json_t *j = hx_callf(&H, 200, "DescribeLimits", "{}");
    cr_assert_eq(json_integer_value(json_object_get(j, "OpenShardCount")), 2);
    json_decref(j);
}

/* A changing operation answers only once the backend reports the change
 * durable (gw_backend_ops.sync); reads answer at once. */
Test(gw_op_streams, changing_operation_waits_for_durable_metadata)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"d\",\"ShardCount\":1}"));
    mem_backend_defer(H.mem, true);
    const char *body = "{\"StreamName\":\"d\",\"Tags\":{\"team\":\"a\"}}";
    char head[512];
    int n = snprintf(head, sizeof head,
                     "POST / HTTP/1.1\r\nhost: h\r\ncontent-type: application/x-amz-json-1.1\r\n"
                     "x-amz-target: Kinesis_20131202.AddTagsToStream\r\n"
                     "x-amz-date: 20260102T030405Z\r\n"
                     "authorization: AWS4-HMAC-SHA256 Credential=A/20260102/us-east-1/kinesis/"
                     "aws4_request, SignedHeaders=host;x-amz-target, Signature=%064d\r\n"
                     "content-length: %zu\r\n\r\n",
                     0, strlen(body));
    hx_send(&H, H.fd, head, (size_t)n);
    hx_send(&H, H.fd, body, strlen(body));
    hx_pump(&H, 10);
    struct hresp r;
    cr_assert_neq(hx_read_response(&H, H.fd, &r, 3), 0, "answered before the change was durable");
    cr_assert_eq(mem_backend_run(H.mem), 1);
    cr_assert_eq(hx_read_response(&H, H.fd, &r, 20), 0);
    cr_assert_eq(r.status, 200);
    hresp_free(&r);
    mem_backend_defer(H.mem, false);
    json_t *j = hx_callf(&H, 200, "ListTagsForStream", "{\"StreamName\":\"d\"}");
    cr_assert_str_eq(jstr(j, "Tags.0.Key"), "team");
    json_decref(j);
}

Test(gw_op_streams, closed_partition_from_the_shard_attribute)
{
    const char *attr = "[{\"p\":0,\"open\":false},{\"p\":1,\"open\":true}]";
    cr_assert(gw_meta_partition_closed(attr, 0));
    cr_assert_not(gw_meta_partition_closed(attr, 1));
    cr_assert_not(gw_meta_partition_closed(attr, 2));
    cr_assert_not(gw_meta_partition_closed(NULL, 0));
    cr_assert_not(gw_meta_partition_closed("[{\"p\":0,\"open\":true}]", 0));
    cr_assert_not(gw_meta_partition_closed("not json \"open\":false", 0));
}

/* AWS CreateStream: LimitExceededException with more than five streams
 * CREATING at once, or past the ON_DEMAND stream limit DescribeLimits
 * shows. */
Test(gw_op_streams, create_limits)
{
    hx_fini(&H);
    static const char *const s[] = {"sluice.gateway.status.delay.ms=1000", NULL};
    hx_init(&H, s);
    for (int i = 0; i < 5; i++)
        json_decref(hx_callf(&H, 200, "CreateStream",
                             "{\"StreamName\":\"c%d\",\"ShardCount\":1}", i));
    hx_expect_error(&H, "LimitExceededException", "CreateStream",
                    "{\"StreamName\":\"c5\",\"ShardCount\":1}");
    hx_expect_error(&H, "ResourceNotFoundException", "DescribeStreamSummary",
                    "{\"StreamName\":\"c5\"}");
    hx_set_now(&H, H.now_ms + 1000); /* the five are ACTIVE now */
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"c5\",\"ShardCount\":1}"));

    hx_fini(&H);
    hx_init(&H, NULL);
    for (int i = 0; i < 50; i++)
        json_decref(hx_callf(&H, 200, "CreateStream",
                             "{\"StreamName\":\"od%d\",\"StreamModeDetails\":"
                             "{\"StreamMode\":\"ON_DEMAND\"}}",
                             i));
    hx_expect_error(&H, "LimitExceededException", "CreateStream",
                    "{\"StreamName\":\"od50\","
                    "\"StreamModeDetails\":{\"StreamMode\":\"ON_DEMAND\"}}");
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"prov\",\"ShardCount\":1}"));
    json_t *j = hx_callf(&H, 200, "DescribeLimits", "{}");
    cr_assert_eq(json_integer_value(json_object_get(j, "OnDemandStreamCount")), 50);
    cr_assert_eq(json_integer_value(json_object_get(j, "OnDemandStreamCountLimit")), 50);
    cr_assert_eq(json_integer_value(json_object_get(j, "OpenShardCount")), 201);
    json_decref(j);
}
