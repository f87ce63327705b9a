/*
 * test_api_versions.c - ApiVersions must be exactly true and never answered
 * by closing the socket (COMPAT-TRAPS, CLIENTS.md).
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compat-tests/harness.h"
#include "compat-tests/kclient.h"
#include "protocol/errors.h"
#include "protocol/msg/api_versions.h"
#include "protocol/msg/registry.h"

static struct broker_proc bp;

static void start(void)
{
    hx_init(&bp, NULL);
    cr_assert_eq(hx_start(&bp), 0);
}

static void stop(void)
{
    cr_expect_eq(hx_stop(&bp), 0, "broker did not stop cleanly");
    hx_cleanup(&bp);
}

TestSuite(api_versions, .init = start, .fini = stop, .timeout = 60);

Test(api_versions, every_served_version_answers_with_a_table_inside_the_codec_ranges)
{
    int fd = kc_connect(bp.port);
    cr_assert_geq(fd, 0);
    for (int16_t v = 0; v <= 4; v++) {
        struct api_versions_req req;
        api_versions_req_init(&req);
        req.client_software_name = KSTR_LIT("sluice-compat");
        req.client_software_version = KSTR_LIT("1.0");
        cr_assert_eq(kc_send(fd, 18, v, 100 + v, &req), 0);
        struct arena a;
        arena_init(&a);
        struct api_versions_resp resp;
        uint8_t *frame;
        cr_assert_eq(kc_recv(fd, 18, v, &a, &resp, &frame), 100 + v, "v%d response", v);
        cr_assert_eq(resp.error_code, 0);
        cr_assert_gt(resp.api_keys_count, 0);
        bool has_self = false;
        for (int32_t i = 0; i < resp.api_keys_count; i++) {
            const struct kmsg_api *api = kmsg_lookup(resp.api_keys[i].api_key);
            cr_assert_not_null(api, "advertises key %d without a codec", resp.api_keys[i].api_key);
            cr_assert_geq(resp.api_keys[i].min_version, api->min_version);
            cr_assert_leq(resp.api_keys[i].max_version, api->max_version);
            has_self |= resp.api_keys[i].api_key == 18;
        }
        cr_assert(has_self);
        free(frame);
        arena_destroy(&a);
    }
    close(fd);
}

Test(api_versions, too_new_version_gets_error_35_in_a_v0_body_and_the_connection_stays)
{
    int fd = kc_connect(bp.port);
    cr_assert_geq(fd, 0);
    /* ApiVersions v9 (does not exist yet): header v2, an opaque body. */
    const uint8_t frame[] = {0, 0, 0, 20, 0, 18, 0, 9, 0, 0, 0, 7, 0, 3, 'c', 'l', 'i',
                             0, /* header tags */ 0x42, 0x42, 0x42, 0x42, 0x42, 0x42};
    cr_assert_eq(kc_send_raw(fd, frame, sizeof frame), 0);
    struct arena a;
    arena_init(&a);
    struct api_versions_resp resp;
    uint8_t *buf;
    cr_assert_eq(kc_recv(fd, 18, 0, &a, &resp, &buf), 7);
    cr_assert_eq(resp.error_code, KERR_UNSUPPORTED_VERSION);
    cr_assert_eq(resp.api_keys_count, 1);
    cr_assert_eq(resp.api_keys[0].api_key, 18);
    cr_assert_eq(resp.api_keys[0].min_version, 0);
    cr_assert_eq(resp.api_keys[0].max_version, 4);
    free(buf);
    /* The same connection then works at v0, as librdkafka retries. */
    struct api_versions_req req;
    api_versions_req_init(&req);
    cr_assert_eq(kc_send(fd, 18, 0, 8, &req), 0);
    cr_assert_eq(kc_recv(fd, 18, 0, &a, &resp, &buf), 8);
    cr_assert_eq(resp.error_code, 0);
    free(buf);
    arena_destroy(&a);
    close(fd);
}

Test(api_versions, invalid_client_software_name_is_invalid_request)
{
    int fd = kc_connect(bp.port);
    struct api_versions_req req;
    api_versions_req_init(&req);
    req.client_software_name = KSTR_LIT("bad name!");
    req.client_software_version = KSTR_LIT("1.0");
    cr_assert_eq(kc_send(fd, 18, 3, 1, &req), 0);
    struct arena a;
    arena_init(&a);
    struct api_versions_resp resp;
    uint8_t *buf;
    cr_assert_eq(kc_recv(fd, 18, 3, &a, &resp, &buf), 1);
    cr_assert_eq(resp.error_code, KERR_INVALID_REQUEST);
    free(buf);
    arena_destroy(&a);
    close(fd);
}

Test(api_versions, pipelined_requests_are_answered_in_order)
{
    int fd = kc_connect(bp.port);
    for (int i = 0; i < 50; i++) {
        struct api_versions_req req;
        api_versions_req_init(&req);
        cr_assert_eq(kc_send(fd, 18, (int16_t)(i % 3), 1000 + i, &req), 0);
    }
    for (int i = 0; i < 50; i++) {
        struct arena a;
        arena_init(&a);
        struct api_versions_resp resp;
        uint8_t *buf;
        cr_assert_eq(kc_recv(fd, 18, (int16_t)(i % 3), &a, &resp, &buf), 1000 + i);
        free(buf);
        arena_destroy(&a);
    }
    close(fd);
}
