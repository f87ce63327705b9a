/*
 * services.c - start, tick and stop of the broker's rooms, in dependency
 * order: storage, the purgatory, producer state, the offsets log, the
 * Kinesis gateway; the reverse on the way down.
 */
#include "broker/services.h"

#include <string.h>

#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/gw_storage.h"
#include "broker/h_groups.h"
#include "broker/offsets_log.h"
#include "broker/partitions.h"
#include "broker/purgatory.h"
#include "broker/storage_glue.h"
#include "gateway/gateway.h"
#include "protocol/status.h"
#include "storage/storage.h"

/* How long shutdown waits for gateway appends to reach their fsync. */
#define GATEWAY_DRAIN_MS 5000

/* The gateway's log lines ("event=listening protocol=http ...") become
 * broker events named gateway_<event>; warnings keep their level. */
static void gateway_log(void *arg, const char *line)
{
    (void)arg;
    char event[64] = "gateway";
    const char *rest = line;
    if (!strncmp(line, "event=", 6)) {
        size_t n = strcspn(line + 6, " ");
        if (n > 0 && n < sizeof event - 8) {
            memcpy(event + 7, "_", 1);
            memcpy(event + 8, line + 6, n);
            event[8 + n] = '\0';
            rest = line + 6 + n;
            rest += strspn(rest, " ");
        }
    }
    blog(strstr(line, "warning=") ? BLOG_WARN : BLOG_INFO, event, "%s", rest);
}

/* The Kinesis gateway on the broker's loop, over storage, configured from
 * the sluice.gateway.* settings. Both listeners empty: not started. */
static int gateway_start(struct broker *b)
{
    struct gw_config gc;
    int rc = gw_config_init(&gc);
    if (rc)
        return rc;
    for (size_t i = 0; i < b->cfg.count && !rc; i++) {
        const struct config_entry *e = &b->cfg.entries[i];
        const char *why = NULL;
        rc = gw_config_set(&gc, e->name, e->value, &why);
        if (rc == -E_NOTFOUND)
            rc = 0;
        else if (rc)
            blog(BLOG_ERROR, "config_invalid", "key=%s reason=\"%s\"", e->name,
                 why ? why : status_name(rc));
    }
    if (!rc && !*gc.listener && !*gc.tls_listener) {
        blog(BLOG_INFO, "gateway_disabled", "reason=\"no listener configured\"");
        gw_config_destroy(&gc);
        return 0;
    }
    gc.log_fn = gateway_log;
    b->gw_backend = rc ? NULL : gws_new(b);
    if (!rc && !b->gw_backend)
        rc = -E_NOMEM;
    if (!rc) {
        b->gateway = gw_new(b->base, &gc, b->gw_backend, &rc);
        if (!b->gateway && !rc)
            rc = -E_NOMEM;
    }
    gw_config_destroy(&gc);
    if (rc)
        blog(BLOG_ERROR, "gateway_start_failed", "status=%s", status_name(rc));
    return rc;
}

/* Answers still owed to gateway clients come from storage completions:
 * let them run, then close the gateway. */
static void gateway_stop(struct broker *b)
{
    if (!b->gw_backend)
        return;
    int left = gws_drain(b->gw_backend, GATEWAY_DRAIN_MS);
    if (left)
        blog(BLOG_WARN, "gateway_drain_incomplete", "pending=%d", left);
    gws_detach(b->gw_backend);
    gw_free(b->gateway);
    b->gateway = NULL;
}

int services_start(struct broker *b, const char *dir)
{
    int rc = sg_open(b);
    if (rc)
        return rc;
    b->purgatory = purg_new(b->base);
    if (!b->purgatory)
        return -E_NOMEM;
    rc = parts_open(b, dir);
    if (rc)
        return rc;
    rc = offsets_log_start(b);
    if (rc)
        return rc;
    return gateway_start(b);
}

void services_tick(struct broker *b)
{
    if (b->store)
        store_tick(b->store, wall_ms());
    parts_tick(b);
}

void services_begin_stop(struct broker *b)
{
    /* Parked requests answer now: fetches with what they have, group
     * requests with NOT_COORDINATOR. */
    groups_begin_stop(b);
    if (b->purgatory)
        purg_expire_all(b->purgatory);
}

int services_stop(struct broker *b)
{
    if (b->purgatory)
        purg_expire_all(b->purgatory);
    gateway_stop(b);
    groups_stop(b);
    parts_close(b);
    bool offline = b->store && store_offline(b->store);
    sg_close(b);
    gws_free(b->gw_backend); /* after the store ran its last completions */
    b->gw_backend = NULL;
    purg_free(b->purgatory);
    b->purgatory = NULL;
    return offline ? -E_IO : 0;
}
