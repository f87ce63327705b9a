/*
 * SubscribeToShard over HTTP/2: event-stream framing, initial-response
 * first, records with continuation numbers, heartbeat, clean end after the
 * lifetime, end of a closed shard, cancellation, and the one-subscription
 * rule.
 */
#include <cbor.h>
#include <criterion/criterion.h>
#include <event2/event.h>
#include <string.h>
#include <unistd.h>

#include "gateway/gw_evstream.h"
#include "gateway/gw_ops.h"
#include "gateway/gw_seq.h"
#include "h2_client.h"

static struct harness H;
static struct h2c C;
#define ARN "arn:aws:kinesis:us-east-1:000000000000:stream/s"
#define JSON "application/x-amz-json-1.1"
static char consumer_arn[256];

static void init_with(const char *const *settings)
{
    hx_init(&H, settings);
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"s\",\"ShardCount\":1}"));
    json_t *j = hx_callf(&H, 200, "RegisterStreamConsumer",
                         "{\"StreamARN\":\"" ARN "\",\"ConsumerName\":\"efo\"}");
    snprintf(consumer_arn, sizeof consumer_arn, "%s",
             json_string_value(json_object_get(json_object_get(j, "Consumer"), "ConsumerARN")));
    json_decref(j);
    h2c_init(&C, &H, hx_connect(&H), 0);
}

static void setup(void) { init_with(NULL); }
static void teardown(void)
{
    int fd = C.fd;
    h2c_free(&C);
    close(fd);
    hx_fini(&H);
}
TestSuite(gw_op_subscribe, .init = setup, .fini = teardown, .timeout = 10);

static int32_t subscribe(const char *position)
{
    char body[512];
    snprintf(body, sizeof body,
             "{\"ConsumerARN\":\"%s\",\"ShardId\":\"shardId-000000000000\","
             "\"StartingPosition\":%s}",
             consumer_arn, position);
    return h2c_kinesis(&C, "SubscribeToShard", JSON, body, strlen(body));
}

struct events {
    struct gw_evs_message m[16];
    int n;
};

static void decode_all(struct h2c_stream *st, struct events *ev)
{
    ev->n = 0;
    size_t at = 0;
    while (at < st->len && ev->n < 16) {
        long used = gw_evstream_decode(st->body + at, st->len - at, &ev->m[ev->n]);
        cr_assert_gt(used, 0, "bad event-stream framing at %zu", at);
        at += (size_t)used;
        ev->n++;
    }
}

static bool header_is(const struct gw_evs_message *m, const char *name, const char *value)
{
    return kstr_eq_c(gw_evs_header_get(m, name), value);
}

static json_t *payload(const struct gw_evs_message *m)
{
    return json_loadb((const char *)m->payload.ptr, (size_t)m->payload.len, 0, NULL);
}

static void run_for_ms(int ms)
{
    struct timeval tv = {0, ms * 1000};
    event_base_loopexit(H.base, &tv);
    event_base_dispatch(H.base);
}

Test(gw_op_subscribe, initial_response_then_records)
{
    for (int i = 0; i < 3; i++)
        json_decref(hx_callf(&H, 200, "PutRecord",
                             "{\"StreamName\":\"s\",\"Data\":\"aGk=\",\"PartitionKey\":\"k%d\"}", i));
    int32_t id = subscribe("{\"Type\":\"TRIM_HORIZON\"}");
    h2c_pump(&C, 20);
    struct h2c_stream *st = h2c_stream(&C, id);
    cr_assert_eq(st->status, 200);
    cr_assert_str_eq(st->content_type, "application/vnd.amazon.eventstream");
    cr_assert(!st->closed, "the stream stays open");
    struct events ev;
    decode_all(st, &ev);
    cr_assert_eq(ev.n, 2);
    cr_assert(header_is(&ev.m[0], ":event-type", "initial-response"));
    cr_assert(header_is(&ev.m[0], ":message-type", "event"));
    cr_assert(header_is(&ev.m[1], ":event-type", "SubscribeToShardEvent"));
    cr_assert(header_is(&ev.m[1], ":content-type", JSON));
    json_t *p = payload(&ev.m[1]);
    cr_assert_eq(json_array_size(json_object_get(p, "Records")), 3);
    char last[40];
    gw_seq_format(0, 2, last);
    cr_assert_str_eq(json_string_value(json_object_get(p, "ContinuationSequenceNumber")), last);
    cr_assert_eq(json_integer_value(json_object_get(p, "MillisBehindLatest")), 0);
    json_decref(p);
    cr_assert_eq(H.gw->api->nsubs, 1);
    /* A second subscription for the same consumer and shard is refused. */
    struct h2c_stream *dup = h2c_wait(&C, subscribe("{\"Type\":\"LATEST\"}"), 30);
    cr_assert_eq(dup->status, 400);
    cr_assert(strstr((char *)dup->body, "ResourceInUseException"), "%s", dup->body);
    /* The client resets the stream: the subscription goes away. */
    nghttp2_submit_rst_stream(C.s, NGHTTP2_FLAG_NONE, id, NGHTTP2_CANCEL);
    h2c_pump(&C, 10);
    cr_assert_eq(H.gw->api->nsubs, 0);
}

Test(gw_op_subscribe, heartbeat_carries_a_continuation_and_resume_works)
{
    teardown();
    static const char *const s[] = {"sluice.gateway.subscribe.poll.ms=1", NULL};
    init_with(s);
    int32_t id = subscribe("{\"Type\":\"LATEST\"}");
    h2c_pump(&C, 10);
    hx_set_now(&H, H.now_ms + 6000);
    run_for_ms(20);
    h2c_pump(&C, 10);
    struct events ev;
    decode_all(h2c_stream(&C, id), &ev);
    cr_assert_geq(ev.n, 2);
    json_t *p = payload(&ev.m[1]);
    cr_assert_eq(json_array_size(json_object_get(p, "Records")), 0);
    const char *cont = json_string_value(json_object_get(p, "ContinuationSequenceNumber"));
    cr_assert(cont, "a heartbeat must carry a continuation (KCL needs it)");
    char before_first[40];
    gw_seq_format(0, -1, before_first);
    cr_assert_str_eq(cont, before_first);
    /* New data, then resume AFTER the continuation on a new subscription. */
    json_decref(hx_callf(&H, 200, "PutRecord",
                         "{\"StreamName\":\"s\",\"Data\":\"aGk=\",\"PartitionKey\":\"k\"}"));
    nghttp2_submit_rst_stream(C.s, NGHTTP2_FLAG_NONE, id, NGHTTP2_CANCEL);
    h2c_pump(&C, 10);
    char pos[128];
    snprintf(pos, sizeof pos, "{\"Type\":\"AFTER_SEQUENCE_NUMBER\",\"SequenceNumber\":\"%s\"}", cont);
    json_decref(p);
    int32_t id2 = subscribe(pos);
    h2c_pump(&C, 10);
    decode_all(h2c_stream(&C, id2), &ev);
    cr_assert_eq(ev.n, 2);
    p = payload(&ev.m[1]);
    cr_assert_eq(json_array_size(json_object_get(p, "Records")), 1);
    json_decref(p);
}

Test(gw_op_subscribe, ends_cleanly_after_its_lifetime)
{
    teardown();
    static const char *const s[] = {"sluice.gateway.subscribe.poll.ms=1",
                                    "sluice.gateway.subscribe.lifetime.ms=10", NULL};
    init_with(s);
    int32_t id = subscribe("{\"Type\":\"TRIM_HORIZON\"}");
    h2c_pump(&C, 5);
    hx_set_now(&H, H.now_ms + 20);
    run_for_ms(10);
    struct h2c_stream *st = h2c_wait(&C, id, 20);
    cr_assert(st->closed);
    cr_assert_eq(st->error_code, 0);
    cr_assert_eq(H.gw->api->nsubs, 0);
}

Test(gw_op_subscribe, closed_shard_ends_with_child_shards)
{
    json_decref(hx_callf(&H, 200, "PutRecord",
                         "{\"StreamName\":\"s\",\"Data\":\"aGk=\",\"PartitionKey\":\"k\"}"));
    json_decref(hx_callf(&H, 200, "SplitShard",
                         "{\"StreamName\":\"s\",\"ShardToSplit\":\"shardId-000000000000\","
                         "\"NewStartingHashKey\":\"99999\"}"));
    int32_t id = subscribe("{\"Type\":\"TRIM_HORIZON\"}");
    struct h2c_stream *st = h2c_wait(&C, id, 30);
    cr_assert(st->closed);
    struct events ev;
    decode_all(st, &ev);
    cr_assert_eq(ev.n, 2);
    json_t *p = payload(&ev.m[1]);
    cr_assert_eq(json_array_size(json_object_get(p, "Records")), 1);
    cr_assert_eq(json_array_size(json_object_get(p, "ChildShards")), 2);
    cr_assert_null(json_object_get(p, "ContinuationSequenceNumber"));
    json_decref(p);
}

Test(gw_op_subscribe, cbor_events_use_bytes_and_millisecond_tags)
{
    json_decref(hx_callf(&H, 200, "PutRecord",
                         "{\"StreamName\":\"s\",\"Data\":\"aGk=\",\"PartitionKey\":\"k\"}"));
    /* {"ConsumerARN": arn, "ShardId": "...", "StartingPosition": {"Type": "TRIM_HORIZON"}} */
    cbor_item_t *m = cbor_new_definite_map(3), *pos = cbor_new_definite_map(1);
    cbor_map_add(pos, (struct cbor_pair){cbor_move(cbor_build_string("Type")),
                                         cbor_move(cbor_build_string("TRIM_HORIZON"))});
    cbor_map_add(m, (struct cbor_pair){cbor_move(cbor_build_string("ConsumerARN")),
                                       cbor_move(cbor_build_string(consumer_arn))});
    cbor_map_add(m, (struct cbor_pair){cbor_move(cbor_build_string("ShardId")),
                                       cbor_move(cbor_build_string("shardId-000000000000"))});
    cbor_map_add(m, (struct cbor_pair){cbor_move(cbor_build_string("StartingPosition")),
                                       cbor_move(pos)});
    unsigned char *buf;
    size_t cap;
    size_t len = cbor_serialize_alloc(m, &buf, &cap);
    cbor_decref(&m);
    int32_t id = h2c_kinesis(&C, "SubscribeToShard", "application/x-amz-cbor-1.1", buf, len);
    h2c_pump(&C, 20);
    struct events ev;
    decode_all(h2c_stream(&C, id), &ev);
    cr_assert_eq(ev.n, 2);
    cr_assert(header_is(&ev.m[1], ":content-type", "application/x-amz-cbor-1.1"));
    struct cbor_load_result res;
    cbor_item_t *e = cbor_load(ev.m[1].payload.ptr, (size_t)ev.m[1].payload.len, &res);
    cr_assert(e && cbor_isa_map(e));
    struct cbor_pair *pairs = cbor_map_handle(e);
    cbor_item_t *records = NULL;
    for (size_t i = 0; i < cbor_map_size(e); i++)
        if (!memcmp(cbor_string_handle(pairs[i].key), "Records", 7))
            records = pairs[i].value;
    cr_assert(records && cbor_array_size(records) == 1);
    cbor_item_t *r = cbor_array_handle(records)[0];
    struct cbor_pair *rp = cbor_map_handle(r);
    bool saw_data = false, saw_ts = false;
    for (size_t i = 0; i < cbor_map_size(r); i++) {
        const char *k = (const char *)cbor_string_handle(rp[i].key);
        if (!strncmp(k, "Data", 4)) {
            cr_assert(cbor_isa_bytestring(rp[i].value));
            cr_assert_eq(cbor_bytestring_length(rp[i].value), 2);
            saw_data = true;
        }
        if (!strncmp(k, "ApproximateArrivalTimestamp", 27)) {
            cr_assert(cbor_isa_tag(rp[i].value));
            cr_assert_eq(cbor_tag_value(rp[i].value), 1);
            cbor_item_t *inner = cbor_tag_item(rp[i].value);
            cr_assert_eq(cbor_get_int(inner), 1767323045000ULL, "milliseconds");
            cbor_decref(&inner);
            saw_ts = true;
        }
    }
    cr_assert(saw_data && saw_ts);
    cbor_decref(&e);
    free(buf);
}

Test(gw_op_subscribe, errors_before_the_stream_starts)
{
    struct h2c_stream *st = h2c_wait(&C, subscribe("{\"Type\":\"AT_SEQUENCE_NUMBER\"}"), 30);
    cr_assert_eq(st->status, 400);
    cr_assert(strstr((char *)st->body, "InvalidArgumentException"));
    char body[256];
    snprintf(body, sizeof body,
             "{\"ConsumerARN\":\"" ARN "/consumer/nobody:1\",\"ShardId\":\"shardId-000000000000\","
             "\"StartingPosition\":{\"Type\":\"LATEST\"}}");
    st = h2c_wait(&C, h2c_kinesis(&C, "SubscribeToShard", JSON, body, strlen(body)), 30);
    cr_assert_eq(st->status, 400);
    cr_assert(strstr((char *)st->body, "ResourceNotFoundException"));
    /* Over HTTP/1.1 there is no event stream. */
    int status;
    char body2[512];
    snprintf(body2, sizeof body2,
             "{\"ConsumerARN\":\"%s\",\"ShardId\":\"shardId-000000000000\","
             "\"StartingPosition\":{\"Type\":\"LATEST\"}}",
             consumer_arn);
    json_t *j = hx_call(&H, "SubscribeToShard", body2, &status);
    cr_assert_eq(status, 400);
    json_decref(j);
}
