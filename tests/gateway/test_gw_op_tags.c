/* Tag operations end to end. */
#include <criterion/criterion.h>
#include <string.h>

#include "gw_harness.h"

static struct harness H;
static void setup(void)
{
    hx_init(&H, NULL);
    json_decref(hx_callf(&H, 200, "CreateStream",
                         "{\"StreamName\":\"t\",\"ShardCount\":1,\"Tags\":{\"team\":\"data\"}}"));
}
static void teardown(void) { hx_fini(&H); }
TestSuite(gw_op_tags, .init = setup, .fini = teardown, .timeout = 10);

Test(gw_op_tags, add_list_remove)
{
    cr_assert_null(hx_callf(&H, 200, "AddTagsToStream",
                            "{\"StreamName\":\"t\",\"Tags\":{\"env\":\"prod\",\"a\":\"\"}}"));
    json_t *j = hx_callf(&H, 200, "ListTagsForStream", "{\"StreamName\":\"t\"}");
    json_t *tags = json_object_get(j, "Tags");
    cr_assert_eq(json_array_size(tags), 3);
    cr_assert_str_eq(json_string_value(json_object_get(json_array_get(tags, 0), "Key")), "a");
    cr_assert_str_eq(json_string_value(json_object_get(json_array_get(tags, 2), "Value")), "data");
    cr_assert(json_is_false(json_object_get(j, "HasMoreTags")));
    json_decref(j);
    j = hx_callf(&H, 200, "ListTagsForStream",
                 "{\"StreamName\":\"t\",\"Limit\":1,\"ExclusiveStartTagKey\":\"a\"}");
    cr_assert_str_eq(json_string_value(json_object_get(json_array_get(json_object_get(j, "Tags"), 0),
                                                       "Key")),
                     "env");
    cr_assert(json_is_true(json_object_get(j, "HasMoreTags")));
    json_decref(j);
    cr_assert_null(hx_callf(&H, 200, "RemoveTagsFromStream",
                            "{\"StreamName\":\"t\",\"TagKeys\":[\"env\",\"nothere\"]}"));
    j = hx_callf(&H, 200, "ListTagsForStream", "{\"StreamName\":\"t\"}");
    cr_assert_eq(json_array_size(json_object_get(j, "Tags")), 2);
    json_decref(j);
}

Test(gw_op_tags, limits_and_validation)
{
    char body[8192];
    size_t at = (size_t)sprintf(body, "{\"StreamName\":\"t\",\"Tags\":{");
    for (int i = 0; i < 50; i++)
        at += (size_t)sprintf(body + at, "%s\"k%d\":\"v\"", i ? "," : "", i);
    sprintf(body + at, "}}");
    /* 50 new + 1 existing = 51 > 50 */
    hx_expect_error(&H, "InvalidArgumentException", "AddTagsToStream", "%s", body);
    hx_expect_error(&H, "ValidationException", "AddTagsToStream", "{\"StreamName\":\"t\"}");
    hx_expect_error(&H, "ValidationException", "AddTagsToStream",
                    "{\"StreamName\":\"t\",\"Tags\":{}}");
    hx_expect_error(&H, "SerializationException", "AddTagsToStream",
                    "{\"StreamName\":\"t\",\"Tags\":{\"k\":1}}");
    hx_expect_error(&H, "SerializationException", "AddTagsToStream",
                    "{\"StreamName\":\"t\",\"Tags\":[\"k\"]}");
    hx_expect_error(&H, "ValidationException", "RemoveTagsFromStream",
                    "{\"StreamName\":\"t\",\"TagKeys\":[]}");
    hx_expect_error(&H, "ValidationException", "ListTagsForStream",
                    "{\"StreamName\":\"t\",\"Limit\":51}");
    hx_expect_error(&H, "ResourceNotFoundException", "ListTagsForStream", "{\"StreamName\":\"x\"}");
}
