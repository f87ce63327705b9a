/*
 * PutRecord / PutRecords / GetShardIterator / GetRecords end to end:
 * create stream -> put -> iterator -> get, routing by MD5 and explicit hash
 * key, per-record failures, async backend completion, iterator expiry.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "gateway/gw_hash.h"
#include "gateway/gw_seq.h"
#include "gw_harness.h"
#include "protocol/status.h"

static struct harness H;
static void setup(void) { hx_init(&H, NULL); }
static void teardown(void) { hx_fini(&H); }
TestSuite(gw_op_records, .init = setup, .fini = teardown, .timeout = 10);

static char *iterator(const char *stream, const char *shard, const char *type, const char *extra)
{
    json_t *j = hx_callf(&H, 200, "GetShardIterator",
                         "{\"StreamName\":\"%s\",\"ShardId\":\"%s\",\"ShardIteratorType\":\"%s\"%s}",
                         stream, shard, type, extra ? extra : "");
    char *it = strdup(json_string_value(json_object_get(j, "ShardIterator")));
    json_decref(j);
    return it;
}

static json_t *get_records(const char *it)
{
    return hx_callf(&H, 200, "GetRecords", "{\"ShardIterator\":\"%s\"}", it);
}

Test(gw_op_records, put_then_get_round_trip)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"s\",\"ShardCount\":1}"));
    char *it = iterator("s", "shardId-000000000000", "TRIM_HORIZON", NULL);
    json_t *p = hx_callf(&H, 200, "PutRecord",
                         "{\"StreamName\":\"s\",\"Data\":\"aGVsbG8=\",\"PartitionKey\":\"pk\"}");
    cr_assert_str_eq(json_string_value(json_object_get(p, "ShardId")), "shardId-000000000000");
    const char *seq1 = json_string_value(json_object_get(p, "SequenceNumber"));
    cr_assert_eq(strlen(seq1), 39);
    cr_assert_str_eq(json_string_value(json_object_get(p, "EncryptionType")), "NONE");
    json_t *p2 = hx_callf(&H, 200, "PutRecord",
                          "{\"StreamName\":\"s\",\"Data\":\"\",\"PartitionKey\":\"pk2\"}");
    const char *seq2 = json_string_value(json_object_get(p2, "SequenceNumber"));
    cr_assert_lt(strcmp(seq1, seq2), 0, "sequence numbers increase within a shard");

    json_t *g = get_records(it);
    json_t *recs = json_object_get(g, "Records");
    cr_assert_eq(json_array_size(recs), 2);
    json_t *r0 = json_array_get(recs, 0);
    cr_assert_str_eq(json_string_value(json_object_get(r0, "Data")), "aGVsbG8=");
    cr_assert_str_eq(json_string_value(json_object_get(r0, "PartitionKey")), "pk");
    cr_assert_str_eq(json_string_value(json_object_get(r0, "SequenceNumber")), seq1);
    cr_assert_float_eq(json_real_value(json_object_get(r0, "ApproximateArrivalTimestamp")),
                       1767323045.0, 0.001);
    cr_assert_eq(json_integer_value(json_object_get(g, "MillisBehindLatest")), 0);
    const char *next = json_string_value(json_object_get(g, "NextShardIterator"));
    cr_assert(next);
    cr_assert_null(json_object_get(g, "ChildShards"));
    /* The next iterator is at the end: no records. */
    json_t *g2 = get_records(next);
    cr_assert_eq(json_array_size(json_object_get(g2, "Records")), 0);
    cr_assert(json_object_get(g2, "NextShardIterator"));
    /* AT / AFTER sequence number. */
    char extra[128];
    snprintf(extra, sizeof extra, ",\"StartingSequenceNumber\":\"%s\"", seq2);
    char *at = iterator("s", "shardId-000000000000", "AT_SEQUENCE_NUMBER", extra);
    json_t *g3 = get_records(at);
    cr_assert_eq(json_array_size(json_object_get(g3, "Records")), 1);
    char *after = iterator("s", "shardId-000000000000", "AFTER_SEQUENCE_NUMBER", extra);
    json_t *g4 = get_records(after);
    cr_assert_eq(json_array_size(json_object_get(g4, "Records")), 0);
    char *latest = iterator("s", "shardId-000000000000", "LATEST", NULL);
    json_decref(hx_callf(&H, 200, "PutRecord",
                         "{\"StreamName\":\"s\",\"Data\":\"eA==\",\"PartitionKey\":\"z\"}"));
    json_t *g5 = get_records(latest);
    cr_assert_eq(json_array_size(json_object_get(g5, "Records")), 1);
    free(it);
    free(at);
    free(after);
    free(latest);
    json_decref(p);
    json_decref(p2);
    json_decref(g);
    json_decref(g2);
    json_decref(g3);
    json_decref(g4);
    json_decref(g5);
}

Test(gw_op_records, routing_by_md5_and_explicit_hash_key)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"r\",\"ShardCount\":4}"));
    /* Expected shard from MD5("user-42") computed independently here. */
    gw_u128 h;
    gw_hash_key("user-42", 7, &h);
    int want = (int)(h / (((gw_u128)1) << 126));
    json_t *p = hx_callf(&H, 200, "PutRecord",
                         "{\"StreamName\":\"r\",\"Data\":\"AA==\",\"PartitionKey\":\"user-42\"}");
    char id[32];
    snprintf(id, sizeof id, "shardId-%012d", want);
    cr_assert_str_eq(json_string_value(json_object_get(p, "ShardId")), id);
    json_decref(p);
    /* An explicit hash key overrides, and travels as a record header. */
    p = hx_callf(&H, 200, "PutRecord",
                 "{\"StreamName\":\"r\",\"Data\":\"AA==\",\"PartitionKey\":\"user-42\","
                 "\"ExplicitHashKey\":\"340282366920938463463374607431768211455\"}");
    cr_assert_str_eq(json_string_value(json_object_get(p, "ShardId")), "shardId-000000000003");
    json_decref(p);
    int64_t n3 = mem_backend_count(H.mem, "r", 3);
    cr_assert_str_eq(mem_backend_ehk(H.mem, "r", 3, n3 - 1),
                     "340282366920938463463374607431768211455");
    hx_expect_error(&H, "InvalidArgumentException", "PutRecord",
                    "{\"StreamName\":\"r\",\"Data\":\"AA==\",\"PartitionKey\":\"k\","
                    "\"ExplicitHashKey\":\"340282366920938463463374607431768211456\"}");
    hx_expect_error(&H, "ValidationException", "PutRecord",
                    "{\"StreamName\":\"r\",\"Data\":\"AA==\",\"PartitionKey\":\"k\","
                    "\"ExplicitHashKey\":\"-1\"}");
}

Test(gw_op_records, put_record_validation)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"v\",\"ShardCount\":1}"));
    hx_expect_error(&H, "SerializationException", "PutRecord",
                    "{\"StreamName\":\"v\",\"Data\":\"not base64!\",\"PartitionKey\":\"k\"}");
    hx_expect_error(&H, "SerializationException", "PutRecord",
                    "{\"StreamName\":\"v\",\"Data\":\"abc\",\"PartitionKey\":\"k\"}");
    hx_expect_error(&H, "SerializationException", "PutRecord",
                    "{\"StreamName\":\"v\",\"Data\":12,\"PartitionKey\":\"k\"}");
    hx_expect_error(&H, "ValidationException", "PutRecord",
                    "{\"StreamName\":\"v\",\"Data\":\"AA==\"}");
    hx_expect_error(&H, "ValidationException", "PutRecord",
                    "{\"StreamName\":\"v\",\"PartitionKey\":\"k\"}");
    hx_expect_error(&H, "ValidationException", "PutRecord",
                    "{\"StreamName\":\"v\",\"Data\":\"AA==\",\"PartitionKey\":\"\"}");
    char pk[300];
    memset(pk, 'k', 257);
    pk[257] = '\0';
    hx_expect_error(&H, "ValidationException", "PutRecord",
                    "{\"StreamName\":\"v\",\"Data\":\"AA==\",\"PartitionKey\":\"%s\"}", pk);
    /* 256 multi-byte characters are fine: the limit counts characters. */
    char uni[800] = "";
    for (int i = 0; i < 256; i++)
        strcat(uni, "\xc3\xa9");
    json_decref(hx_callf(&H, 200, "PutRecord",
                         "{\"StreamName\":\"v\",\"Data\":\"AA==\",\"PartitionKey\":\"%s\"}", uni));
    hx_expect_error(&H, "ResourceNotFoundException", "PutRecord",
                    "{\"StreamName\":\"nope\",\"Data\":\"AA==\",\"PartitionKey\":\"k\"}");
}

Test(gw_op_records, oversize_data_is_validation_error)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"big\",\"ShardCount\":1}"));
    hx_fini(&H);
    static const char *const s[] = {"sluice.gateway.max.body.bytes=4194304", NULL};
    hx_init(&H, s);
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"big\",\"ShardCount\":1}"));
    size_t n = ((1u << 20) + 3) / 3 * 4; /* base64 of 1 MiB + 1..3 bytes */
    char *b64 = malloc(n + 1);
    memset(b64, 'A', n);
    b64[n] = '\0';
    hx_expect_error(&H, "ValidationException", "PutRecord",
                    "{\"StreamName\":\"big\",\"Data\":\"%s\",\"PartitionKey\":\"k\"}", b64);
    free(b64);
}

Test(gw_op_records, put_records_in_order_with_partial_failure)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"m\",\"ShardCount\":2}"));
    /* Records 0,2 to shard 0 and 1,3 to shard 1 (explicit keys); shard 1 fails. */
    mem_backend_fail_appends(H.mem, 1, -E_IO);
    json_t *j = hx_callf(
        &H, 200, "PutRecords",
        "{\"StreamName\":\"m\",\"Records\":["
        "{\"Data\":\"MA==\",\"PartitionKey\":\"a\",\"ExplicitHashKey\":\"1\"},"
        "{\"Data\":\"MQ==\",\"PartitionKey\":\"b\",\"ExplicitHashKey\":"
        "\"340282366920938463463374607431768211455\"},"
        "{\"Data\":\"Mg==\",\"PartitionKey\":\"c\",\"ExplicitHashKey\":\"2\"},"
        "{\"Data\":\"Mw==\",\"PartitionKey\":\"d\",\"ExplicitHashKey\":"
        "\"340282366920938463463374607431768211454\"}]}");
    cr_assert_eq(json_integer_value(json_object_get(j, "FailedRecordCount")), 2);
    json_t *recs = json_object_get(j, "Records");
    cr_assert_eq(json_array_size(recs), 4);
    cr_assert_str_eq(json_string_value(json_object_get(json_array_get(recs, 0), "ShardId")),
                     "shardId-000000000000");
    cr_assert_str_eq(json_string_value(json_object_get(json_array_get(recs, 1), "ErrorCode")),
                     "InternalFailure");
    cr_assert_null(json_object_get(json_array_get(recs, 1), "SequenceNumber"));
    cr_assert(json_object_get(json_array_get(recs, 2), "SequenceNumber"));
    const char *s0 = json_string_value(json_object_get(json_array_get(recs, 0), "SequenceNumber"));
    const char *s2 = json_string_value(json_object_get(json_array_get(recs, 2), "SequenceNumber"));
    cr_assert_lt(strcmp(s0, s2), 0, "order within a shard is request order");
    cr_assert_eq(mem_backend_count(H.mem, "m", 0), 2);
    json_decref(j);
    mem_backend_fail_appends(H.mem, -1, 0);
    hx_expect_error(&H, "ValidationException", "PutRecords", "{\"StreamName\":\"m\",\"Records\":[]}");
    hx_expect_error(&H, "ValidationException", "PutRecords", "{\"StreamName\":\"m\"}");
    hx_expect_error(&H, "SerializationException", "PutRecords",
                    "{\"StreamName\":\"m\",\"Records\":{}}");
    hx_expect_error(&H, "ValidationException", "PutRecords",
                    "{\"StreamName\":\"m\",\"Records\":[{\"Data\":\"AA==\"}]}");
    /* 501 records is one too many. */
    size_t cap = 501 * 40 + 64;
    char *big = malloc(cap);
    size_t at = (size_t)sprintf(big, "{\"StreamName\":\"m\",\"Records\":[");
    for (int i = 0; i < 501; i++)
        at += (size_t)sprintf(big + at, "%s{\"Data\":\"AA==\",\"PartitionKey\":\"k\"}",
                              i ? "," : "");
    sprintf(big + at, "]}");
    hx_expect_error(&H, "ValidationException", "PutRecords", "%s", big);
    free(big);
}

Test(gw_op_records, async_backend_completion)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"a\",\"ShardCount\":2}"));
    mem_backend_defer(H.mem, true);
    const char *body = "{\"StreamName\":\"a\",\"Records\":[{\"Data\":\"AA==\",\"PartitionKey\":\"a\","
                       "\"ExplicitHashKey\":\"0\"},{\"Data\":\"AA==\",\"PartitionKey\":\"b\","
                       "\"ExplicitHashKey\":\"340282366920938463463374607431768211455\"}]}";
    char head[512];
    int n = snprintf(head, sizeof head,
                     "POST / HTTP/1.1\r\nhost: h\r\ncontent-type: application/x-amz-json-1.1\r\n"
                     "x-amz-target: Kinesis_20131202.PutRecords\r\nx-amz-date: 20260102T030405Z\r\n"
                     "authorization: AWS4-HMAC-SHA256 Credential=A/20260102/us-east-1/kinesis/"
                     "aws4_request, SignedHeaders=host;x-amz-target, Signature=%064d\r\n"
                     "content-length: %zu\r\n\r\n",
                     0, strlen(body));
    hx_send(&H, H.fd, head, (size_t)n);
    hx_send(&H, H.fd, body, strlen(body));
    hx_pump(&H, 10);
    struct hresp r;
    cr_assert_neq(hx_read_response(&H, H.fd, &r, 3), 0, "no answer before the appends complete");
    cr_assert_eq(mem_backend_run(H.mem), 2);
    cr_assert_eq(hx_read_response(&H, H.fd, &r, 20), 0);
    cr_assert_eq(r.status, 200);
    cr_assert(strstr((char *)r.body, "\"FailedRecordCount\":0"), "%s", r.body);
    hresp_free(&r);
    mem_backend_defer(H.mem, false);
}

Test(gw_op_records, iterator_expiry_and_tampering)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"e\",\"ShardCount\":1}"));
    char *it = iterator("e", "shardId-000000000000", "TRIM_HORIZON", NULL);
    hx_set_now(&H, H.now_ms + 5 * 60 * 1000 + 1);
    hx_expect_error(&H, "ExpiredIteratorException", "GetRecords", "{\"ShardIterator\":\"%s\"}", it);
    /* Tampered (or signed by a previous process): answered as expired so
     * the client asks for a new iterator. */
    it[10] = it[10] == 'A' ? 'B' : 'A';
    hx_expect_error(&H, "ExpiredIteratorException", "GetRecords", "{\"ShardIterator\":\"%s\"}", it);
    hx_expect_error(&H, "InvalidArgumentException", "GetRecords",
                    "{\"ShardIterator\":\"not-an-iterator\"}");
    hx_expect_error(&H, "ValidationException", "GetRecords", "{}");
    free(it);
    /* A fresh iterator, then the stream is deleted and recreated. */
    it = iterator("e", "shardId-000000000000", "TRIM_HORIZON", NULL);
    json_decref(hx_callf(&H, 200, "DeleteStream", "{\"StreamName\":\"e\"}"));
    hx_set_now(&H, H.now_ms + 1000);
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"e\",\"ShardCount\":1}"));
    hx_expect_error(&H, "ResourceNotFoundException", "GetRecords", "{\"ShardIterator\":\"%s\"}",
                    it);
    free(it);
}

Test(gw_op_records, get_shard_iterator_errors)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"g\",\"ShardCount\":2}"));
    hx_expect_error(&H, "ResourceNotFoundException", "GetShardIterator",
                    "{\"StreamName\":\"g\",\"ShardId\":\"shardId-000000000009\","
                    "\"ShardIteratorType\":\"LATEST\"}");
    hx_expect_error(&H, "ValidationException", "GetShardIterator",
                    "{\"StreamName\":\"g\",\"ShardId\":\"shardId-000000000000\","
                    "\"ShardIteratorType\":\"SOMEWHERE\"}");
    hx_expect_error(&H, "InvalidArgumentException", "GetShardIterator",
                    "{\"StreamName\":\"g\",\"ShardId\":\"shardId-000000000000\","
                    "\"ShardIteratorType\":\"AT_SEQUENCE_NUMBER\"}");
    char seq[40];
    gw_seq_format(1, 0, seq); /* a number of shard 1 */
    hx_expect_error(&H, "InvalidArgumentException", "GetShardIterator",
                    "{\"StreamName\":\"g\",\"ShardId\":\"shardId-000000000000\","
                    "\"ShardIteratorType\":\"AT_SEQUENCE_NUMBER\",\"StartingSequenceNumber\":\"%s\"}",
                    seq);
    hx_expect_error(&H, "InvalidArgumentException", "GetShardIterator",
                    "{\"StreamName\":\"g\",\"ShardId\":\"shardId-000000000000\","
                    "\"ShardIteratorType\":\"AT_SEQUENCE_NUMBER\",\"StartingSequenceNumber\":\"12\"}");
    hx_expect_error(&H, "InvalidArgumentException", "GetShardIterator",
                    "{\"StreamName\":\"g\",\"ShardId\":\"shardId-000000000000\","
                    "\"ShardIteratorType\":\"AT_TIMESTAMP\"}");
    hx_expect_error(&H, "InvalidArgumentException", "GetShardIterator",
                    "{\"StreamName\":\"g\",\"ShardId\":\"shardId-000000000000\","
                    "\"ShardIteratorType\":\"AT_TIMESTAMP\",\"Timestamp\":1999999999}");
}

Test(gw_op_records, at_timestamp_and_trimmed_data)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"t\",\"ShardCount\":1}"));
    for (int i = 0; i < 3; i++) {
        hx_set_now(&H, 1767323045000LL + i * 10000);
        json_decref(hx_callf(&H, 200, "PutRecord",
                             "{\"StreamName\":\"t\",\"Data\":\"AA==\",\"PartitionKey\":\"k%d\"}", i));
    }
    /* JSON timestamps are epoch seconds with a fraction. */
    char *it = iterator("t", "shardId-000000000000", "AT_TIMESTAMP", ",\"Timestamp\":1767323055.0");
    json_t *g = get_records(it);
    json_t *recs = json_object_get(g, "Records");
    cr_assert_eq(json_array_size(recs), 2);
    cr_assert_str_eq(json_string_value(json_object_get(json_array_get(recs, 0), "PartitionKey")), "k1");
    json_decref(g);
    free(it);
    /* Retention removed offset 0: TRIM_HORIZON starts at the log start. */
    mem_backend_trim(H.mem, "t", 0, 2);
    it = iterator("t", "shardId-000000000000", "TRIM_HORIZON", NULL);
    g = get_records(it);
    cr_assert_eq(json_array_size(json_object_get(g, "Records")), 1);
    json_decref(g);
    free(it);
}

Test(gw_op_records, get_records_limit_and_millis_behind)
{
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"l\",\"ShardCount\":1}"));
    for (int i = 0; i < 5; i++)
        json_decref(hx_callf(&H, 200, "PutRecord",
                             "{\"StreamName\":\"l\",\"Data\":\"AA==\",\"PartitionKey\":\"k\"}"));
    hx_set_now(&H, H.now_ms + 7000);
    char *it = iterator("l", "shardId-000000000000", "TRIM_HORIZON", NULL);
    json_t *g = hx_callf(&H, 200, "GetRecords", "{\"ShardIterator\":\"%s\",\"Limit\":2}", it);
    cr_assert_eq(json_array_size(json_object_get(g, "Records")), 2);
    cr_assert_eq(json_integer_value(json_object_get(g, "MillisBehindLatest")), 7000);
    json_decref(g);
    hx_expect_error(&H, "ValidationException", "GetRecords",
                    "{\"ShardIterator\":\"%s\",\"Limit\":10001}", it);
    free(it);
}

/* PutRecords of n records with 1000002 bytes of data each (base64 of
 * 1333336 'A's), all to stream z. */
static char *million_records(int n)
{
    size_t b64 = 1000000 / 3 * 4 + 4;
    char *body = malloc((size_t)n * (b64 + 64) + 64);
    size_t at = (size_t)sprintf(body, "{\"StreamName\":\"z\",\"Records\":[");
    for (int i = 0; i < n; i++) {
        at += (size_t)sprintf(body + at, "%s{\"PartitionKey\":\"k\",\"Data\":\"", i ? "," : "");
        memset(body + at, 'A', b64);
        at += b64;
        at += (size_t)sprintf(body + at, "\"}");
    }
    sprintf(body + at, "]}");
    return body;
}

Test(gw_op_records, put_records_total_size_limit)
{
    hx_fini(&H);
    static const char *const s[] = {"sluice.gateway.max.body.bytes=16777216", NULL};
    hx_init(&H, s);
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"z\",\"ShardCount\":1}"));
    /* A call may carry 10 MiB of data and keys (5 MiB before large records
     * came): ten 1 MB records fit, eleven do not. */
    char *body = million_records(10);
    json_t *j = hx_callf(&H, 200, "PutRecords", "%s", body);
    cr_assert_eq(json_integer_value(json_object_get(j, "FailedRecordCount")), 0);
    json_decref(j);
    free(body);
    body = million_records(11);
    hx_expect_error(&H, "InvalidArgumentException", "PutRecords", "%s", body);
    free(body);
    cr_assert_eq(mem_backend_count(H.mem, "z", 0), 10);
}
