/*
 * Per-stream settings (gw_op_settings.c): retention and UpdateMaxRecordSize,
 * and the record size limit PutRecord(s) enforce from it.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/gw_backend.h"
#include "gw_harness.h"

#define ARN "arn:aws:kinesis:us-east-1:000000000000:stream/"

static struct harness H;
static void setup(void) { hx_init(&H, NULL); }
static void teardown(void) { hx_fini(&H); }
TestSuite(gw_op_settings, .init = setup, .fini = teardown, .timeout = 10);

static int64_t summary_kib(const char *stream)
{
    json_t *j = hx_callf(&H, 200, "DescribeStreamSummary", "{\"StreamName\":\"%s\"}", stream);
    json_t *v = json_object_get(json_object_get(j, "StreamDescriptionSummary"),
                                "MaxRecordSizeInKiB");
    int64_t kib = json_is_integer(v) ? json_integer_value(v) : -1;
    json_decref(j);
    return kib;
}

/* {"StreamName":s,"PartitionKey":key,"Data":<base64 of data_len zero bytes>} */
static char *put_body(const char *stream, const char *key, size_t data_len)
{
    size_t b64 = (data_len + 2) / 3 * 4;
    char *body = malloc(b64 + strlen(stream) + strlen(key) + 80);
    int at = sprintf(body, "{\"StreamName\":\"%s\",\"PartitionKey\":\"%s\",\"Data\":\"", stream,
                     key);
    memset(body + at, 'A', b64);
    if (data_len % 3)
        memset(body + at + b64 - (3 - data_len % 3), '=', 3 - data_len % 3);
    strcpy(body + at + b64, "\"}");
    return body;
}

static int put(const char *stream, const char *key, size_t data_len, char *type, size_t cap)
{
    char *body = put_body(stream, key, data_len);
    int status;
    json_t *j = hx_call(&H, "PutRecord", body, &status);
    snprintf(type, cap, "%s", hx_type(j));
    json_decref(j);
    free(body);
    return status;
}

Test(gw_op_settings, update_max_record_size_by_arn_shows_and_persists)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"m\",\"ShardCount\":1}"));
    cr_assert_eq(summary_kib("m"), 1024, "AWS's default is 1 MiB");
    cr_assert_null(hx_callf(&H, 200, "UpdateMaxRecordSize",
                            "{\"StreamARN\":\"" ARN "m\",\"MaxRecordSizeInKiB\":10240}"),
                   "empty output, as AWS");
    cr_assert_eq(summary_kib("m"), 10240);
    struct gw_backend *be = mem_backend_iface(H.mem);
    char *v = NULL;
    cr_assert_eq(be->ops->attr_get(be->impl, "m", "kinesis.max_record_kib", &v), 0);
    cr_assert_str_eq(v, "10240");
    free(v);
    /* Storage must take the batches: the topic's limit was raised. */
    cr_assert_geq(mem_backend_max_message_bytes(H.mem, "m"), GW_BATCH_MAX_BYTES);
    /* By name too, and back down. */
    cr_assert_null(hx_callf(&H, 200, "UpdateMaxRecordSize",
                            "{\"StreamName\":\"m\",\"MaxRecordSizeInKiB\":1024}"));
    cr_assert_eq(summary_kib("m"), 1024);
    /* CreateStream takes it as well. */
    json_decref(hx_callf(&H, 200, "CreateStream",
                         "{\"StreamName\":\"c\",\"ShardCount\":1,\"MaxRecordSizeInKiB\":5000}"));
    cr_assert_eq(summary_kib("c"), 5000);
    /* A topic made through Kafka reads as 1 MiB. */
    be->ops->topic_create(be->impl, "kafka.made", 1);
    cr_assert_eq(summary_kib("kafka.made"), 1024);
}

Test(gw_op_settings, update_max_record_size_errors)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"e\",\"ShardCount\":1}"));
    hx_expect_error(&H, "ValidationException", "UpdateMaxRecordSize",
                    "{\"StreamARN\":\"" ARN "e\",\"MaxRecordSizeInKiB\":1023}");
    hx_expect_error(&H, "ValidationException", "UpdateMaxRecordSize",
                    "{\"StreamARN\":\"" ARN "e\",\"MaxRecordSizeInKiB\":10241}");
    hx_expect_error(&H, "ValidationException", "UpdateMaxRecordSize",
                    "{\"StreamARN\":\"" ARN "e\"}");
    hx_expect_error(&H, "ValidationException", "UpdateMaxRecordSize",
                    "{\"MaxRecordSizeInKiB\":2048}");
    hx_expect_error(&H, "ValidationException", "UpdateMaxRecordSize",
                    "{\"StreamARN\":\"" ARN "e\",\"MaxRecordSizeInKiB\":2048,"
                    "\"StreamId\":\"0123456789012345678901234\"}");
    hx_expect_error(&H, "SerializationException", "UpdateMaxRecordSize",
                    "{\"StreamARN\":\"" ARN "e\",\"MaxRecordSizeInKiB\":\"2048\"}");
    hx_expect_error(&H, "ResourceNotFoundException", "UpdateMaxRecordSize",
                    "{\"StreamARN\":\"" ARN "nope\",\"MaxRecordSizeInKiB\":2048}");
    hx_expect_error(&H, "ValidationException", "CreateStream",
                    "{\"StreamName\":\"big\",\"ShardCount\":1,\"MaxRecordSizeInKiB\":20000}");
    cr_assert_eq(summary_kib("e"), 1024, "refused updates change nothing");
    /* Not while the stream is CREATING or UPDATING. */
    hx_fini(&H);
    static const char *const s[] = {"sluice.gateway.status.delay.ms=100", NULL};
    hx_init(&H, s);
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"e\",\"ShardCount\":1}"));
    hx_expect_error(&H, "ResourceInUseException", "UpdateMaxRecordSize",
                    "{\"StreamARN\":\"" ARN "e\",\"MaxRecordSizeInKiB\":2048}");
    hx_set_now(&H, H.now_ms + 100);
    cr_assert_null(hx_callf(&H, 200, "UpdateMaxRecordSize",
                            "{\"StreamARN\":\"" ARN "e\",\"MaxRecordSizeInKiB\":2048}"));
}

Test(gw_op_settings, records_are_held_to_the_stream_limit)
{
    char type[64];
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"r\",\"ShardCount\":1}"));
    /* The limit counts data and partition key together. */
    cr_assert_eq(put("r", "kk", (1u << 20) - 2, type, sizeof type), 200, "%s", type);
    cr_assert_eq(put("r", "kk", (1u << 20) - 1, type, sizeof type), 400);
    cr_assert_str_eq(type, "ValidationException");
    cr_assert_null(hx_callf(&H, 200, "UpdateMaxRecordSize",
                            "{\"StreamName\":\"r\",\"MaxRecordSizeInKiB\":2048}"));
    cr_assert_eq(put("r", "k", (2u << 20) - 1, type, sizeof type), 200, "%s", type);
    cr_assert_eq(put("r", "k", 2u << 20, type, sizeof type), 400);
    cr_assert_str_eq(type, "ValidationException");
    /* PutRecords: one record over the limit fails the call, nothing is written. */
    int64_t before = mem_backend_count(H.mem, "r", 0);
    size_t b64 = ((2u << 20) + 2) / 3 * 4;
    char *big = malloc(b64 + 1);
    memset(big, 'A', b64);
    big[b64] = '\0';
    big[b64 - 1] = '='; /* 2 MiB + 1 byte of data */
    hx_expect_error(&H, "ValidationException", "PutRecords",
                    "{\"StreamName\":\"r\",\"Records\":[{\"PartitionKey\":\"a\",\"Data\":\"AA==\"},"
                    "{\"PartitionKey\":\"b\",\"Data\":\"%s\"}]}",
                    big);
    free(big);
    cr_assert_eq(mem_backend_count(H.mem, "r", 0), before);
    /* The largest record there is: 10 MiB of data and key, in one PutRecord
     * (about 14 MB of JSON: the default body cap takes it). */
    cr_assert_null(hx_callf(&H, 200, "UpdateMaxRecordSize",
                            "{\"StreamName\":\"r\",\"MaxRecordSizeInKiB\":10240}"));
    cr_assert_eq(put("r", "k", (10u << 20) - 1, type, sizeof type), 200, "%s", type);
    cr_assert_eq(put("r", "k", 10u << 20, type, sizeof type), 400);
    cr_assert_str_eq(type, "ValidationException");
    cr_assert_eq(mem_backend_count(H.mem, "r", 0), before + 1);
}

Test(gw_op_settings, retention_rules)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"r\",\"ShardCount\":1}"));
    json_decref(hx_callf(&H, 200, "IncreaseStreamRetentionPeriod",
                         "{\"StreamName\":\"r\",\"RetentionPeriodHours\":48}"));
    cr_assert_eq(mem_backend_retention(H.mem, "r"), 48LL * 3600 * 1000);
    hx_expect_error(&H, "InvalidArgumentException", "IncreaseStreamRetentionPeriod",
                    "{\"StreamName\":\"r\",\"RetentionPeriodHours\":12}");
    hx_expect_error(&H, "InvalidArgumentException", "IncreaseStreamRetentionPeriod",
                    "{\"StreamName\":\"r\",\"RetentionPeriodHours\":30}");
    hx_expect_error(&H, "InvalidArgumentException", "DecreaseStreamRetentionPeriod",
                    "{\"StreamName\":\"r\",\"RetentionPeriodHours\":100}");
    hx_expect_error(&H, "ValidationException", "IncreaseStreamRetentionPeriod",
                    "{\"StreamName\":\"r\",\"RetentionPeriodHours\":9000}");
    hx_expect_error(&H, "ValidationException", "IncreaseStreamRetentionPeriod",
                    "{\"StreamName\":\"r\"}");
    json_decref(hx_callf(&H, 200, "DecreaseStreamRetentionPeriod",
                         "{\"StreamName\":\"r\",\"RetentionPeriodHours\":24}"));
    json_t *j = hx_callf(&H, 200, "DescribeStreamSummary", "{\"StreamName\":\"r\"}");
    cr_assert_eq(json_integer_value(json_object_get(json_object_get(j, "StreamDescriptionSummary"),
                                                    "RetentionPeriodHours")),
                 24);
    json_decref(j);
}

