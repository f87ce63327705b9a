/*
 * services.c - start, tick and stop of the broker's rooms, in dependency
 * order: storage, the purgatory, producer state; the reverse on the way
 * down.
 */
#include "broker/services.h"

#include "broker/blog.h"
#include "broker/broker.h"
#include "broker/h_groups.h"
#include "broker/offsets_log.h"
#include "broker/partitions.h"
#include "broker/purgatory.h"
#include "broker/storage_glue.h"
#include "protocol/status.h"
#include "storage/storage.h"

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
    return offsets_log_start(b);
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
    groups_stop(b);
    parts_close(b);
    bool offline = b->store && store_offline(b->store);
    sg_close(b);
    purg_free(b->purgatory);
    b->purgatory = NULL;
    return offline ? -E_IO : 0;
}
