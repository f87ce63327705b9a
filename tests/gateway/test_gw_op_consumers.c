/* Enhanced fan-out consumer registration end to end. */
#include <criterion/criterion.h>
#include <string.h>

#include "gw_harness.h"

static struct harness H;
#define ARN "arn:aws:kinesis:us-east-1:000000000000:stream/c"
static void setup(void)
{
    hx_init(&H, NULL);
    json_decref(hx_callf(&H, 200, "CreateStream", "{\"StreamName\":\"c\",\"ShardCount\":1}"));
}
static void teardown(void) { hx_fini(&H); }
TestSuite(gw_op_consumers, .init = setup, .fini = teardown, .timeout = 10);

Test(gw_op_consumers, register_describe_list_deregister)
{
    json_t *j = hx_callf(&H, 200, "RegisterStreamConsumer",
                         "{\"StreamARN\":\"" ARN "\",\"ConsumerName\":\"app\"}");
    json_t *co = json_object_get(j, "Consumer");
    const char *arn = json_string_value(json_object_get(co, "ConsumerARN"));
    cr_assert_str_eq(arn, ARN "/consumer/app:1767323045");
    cr_assert_str_eq(json_string_value(json_object_get(co, "ConsumerStatus")), "ACTIVE");
    char *carn = strdup(arn);
    json_decref(j);
    hx_expect_error(&H, "ResourceInUseException", "RegisterStreamConsumer",
                    "{\"StreamARN\":\"" ARN "\",\"ConsumerName\":\"app\"}");
    j = hx_callf(&H, 200, "DescribeStreamConsumer", "{\"ConsumerARN\":\"%s\"}", carn);
    cr_assert_str_eq(json_string_value(json_object_get(json_object_get(j, "ConsumerDescription"),
                                                       "StreamARN")),
                     ARN);
    json_decref(j);
    j = hx_callf(&H, 200, "DescribeStreamConsumer",
                 "{\"StreamARN\":\"" ARN "\",\"ConsumerName\":\"app\"}");
    json_decref(j);
    json_decref(hx_callf(&H, 200, "RegisterStreamConsumer",
                         "{\"StreamARN\":\"" ARN "\",\"ConsumerName\":\"two\"}"));
    j = hx_callf(&H, 200, "ListStreamConsumers", "{\"StreamARN\":\"" ARN "\",\"MaxResults\":1}");
    cr_assert_eq(json_array_size(json_object_get(j, "Consumers")), 1);
    const char *tok = json_string_value(json_object_get(j, "NextToken"));
    cr_assert(tok);
    json_t *k = hx_callf(&H, 200, "ListStreamConsumers",
                         "{\"StreamARN\":\"" ARN "\",\"NextToken\":\"%s\"}", tok);
    cr_assert_str_eq(json_string_value(json_object_get(
                         json_array_get(json_object_get(k, "Consumers"), 0), "ConsumerName")),
                     "two");
    cr_assert_null(json_object_get(k, "NextToken"));
    json_decref(j);
    json_decref(k);
    /* DeleteStream refuses while consumers exist, unless enforced. */
    hx_expect_error(&H, "ResourceInUseException", "DeleteStream", "{\"StreamName\":\"c\"}");
    cr_assert_null(hx_callf(&H, 200, "DeregisterStreamConsumer", "{\"ConsumerARN\":\"%s\"}", carn));
    hx_expect_error(&H, "ResourceNotFoundException", "DescribeStreamConsumer",
                    "{\"ConsumerARN\":\"%s\"}", carn);
    cr_assert_null(hx_callf(&H, 200, "DeleteStream",
                            "{\"StreamName\":\"c\",\"EnforceConsumerDeletion\":true}"));
    free(carn);
}

Test(gw_op_consumers, validation_and_limits)
{
    hx_expect_error(&H, "ValidationException", "RegisterStreamConsumer",
                    "{\"StreamARN\":\"" ARN "\"}");
    hx_expect_error(&H, "ValidationException", "RegisterStreamConsumer",
                    "{\"StreamARN\":\"" ARN "\",\"ConsumerName\":\"no spaces\"}");
    hx_expect_error(&H, "ValidationException", "RegisterStreamConsumer",
                    "{\"StreamARN\":\"stream/c\",\"ConsumerName\":\"x\"}");
    hx_expect_error(&H, "InvalidArgumentException", "DescribeStreamConsumer",
                    "{\"ConsumerName\":\"x\"}");
    hx_expect_error(&H, "ValidationException", "DescribeStreamConsumer",
                    "{\"ConsumerARN\":\"" ARN "/consumer/x\"}");
    hx_expect_error(&H, "ResourceNotFoundException", "RegisterStreamConsumer",
                    "{\"StreamARN\":\"arn:aws:kinesis:us-east-1:000000000000:stream/none\","
                    "\"ConsumerName\":\"x\"}");
    for (int i = 0; i < 20; i++)
        json_decref(hx_callf(&H, 200, "RegisterStreamConsumer",
                             "{\"StreamARN\":\"" ARN "\",\"ConsumerName\":\"c%d\"}", i));
    hx_expect_error(&H, "LimitExceededException", "RegisterStreamConsumer",
                    "{\"StreamARN\":\"" ARN "\",\"ConsumerName\":\"one-too-many\"}");
}
