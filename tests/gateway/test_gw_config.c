/* sluice.gateway.* settings. */
#include <criterion/criterion.h>
#include <string.h>

#include "gateway/gateway.h"
#include "protocol/status.h"

Test(gw_config, defaults_and_settings)
{
    struct gw_config c;
    cr_assert_eq(gw_config_init(&c), 0);
    cr_assert_str_eq(c.listener, "127.0.0.1:4566");
    cr_assert_eq(c.auth, GW_AUTH_SIGV4);
    cr_assert_eq(c.max_body_bytes, 16u << 20);
    const char *why;
    cr_assert_eq(gw_config_set(&c, "sluice.gateway.credentials", "AK1:s1, AK2:se:cr/et+", &why), 0);
    cr_assert_eq(c.ncreds, 2);
    cr_assert_str_eq(c.creds[1].access_key, "AK2");
    cr_assert_str_eq(c.creds[1].secret_key, "se:cr/et+");
    cr_assert_eq(gw_config_set(&c, "sluice.gateway.auth", "any", &why), 0);
    cr_assert_eq(c.auth, GW_AUTH_ANY);
    cr_assert_eq(gw_config_set(&c, "sluice.gateway.listener", "", &why), 0);
    cr_assert_str_eq(c.listener, "");
    cr_assert_eq(gw_config_set(&c, "sluice.gateway.max.body.bytes", "2048", &why), 0);
    cr_assert_eq(c.max_body_bytes, 2048);
    cr_assert_eq(gw_config_set(&c, "log.dirs", "/x", &why), -E_NOTFOUND);
    cr_assert_eq(gw_config_set(&c, "sluice.gateway.nope", "1", &why), -E_INVAL);
    cr_assert_eq(gw_config_set(&c, "sluice.gateway.auth", "maybe", &why), -E_INVAL);
    cr_assert_eq(gw_config_set(&c, "sluice.gateway.max.body.bytes", "12x", &why), -E_INVAL);
    cr_assert_eq(gw_config_set(&c, "sluice.gateway.max.body.bytes", "1", &why), -E_INVAL);
    cr_assert_eq(gw_config_set(&c, "sluice.gateway.credentials", "nocolon", &why), -E_INVAL);
    cr_assert_eq(gw_config_set(&c, "sluice.gateway.credentials", ":secret", &why), -E_INVAL);
    cr_assert_eq(gw_config_set(&c, "sluice.gateway.account.id", "123", &why), -E_INVAL);
    gw_config_destroy(&c);
}

#include "gw_harness.h"

Test(gw_config, auth_any_is_logged_at_start)
{
    struct harness h;
    hx_init(&h, NULL);
    cr_assert(strstr(h.log, "event=auth_disabled auth=any"), "%s", h.log);
    hx_fini(&h);
    static const char *const s[] = {"sluice.gateway.auth=sigv4",
                                     "sluice.gateway.credentials=A:B", NULL};
    hx_init(&h, s);
    cr_assert_null(strstr(h.log, "auth_disabled"), "%s", h.log);
    hx_fini(&h);
}

Test(gw_config, listener_binds_and_reports_port)
{
    struct harness h;
    static const char *const s[] = {"sluice.gateway.listener=127.0.0.1:0", NULL};
    hx_init(&h, s);
    cr_assert_gt(gw_listener_port(h.gw, false), 0);
    cr_assert_eq(gw_listener_port(h.gw, true), -1);
    cr_assert(strstr(h.log, "event=listening protocol=http"), "%s", h.log);
    hx_fini(&h);
}
