/*
 * services.c - start, tick and stop of the broker's rooms, in dependency
 * order (storage first, gateway last on the way up; the reverse down).
 */
#include "broker/services.h"

#include "broker/broker.h"

int services_start(struct broker *b, const char *dir)
{
    (void)b;
    (void)dir;
    return 0;
}

void services_tick(struct broker *b)
{
    (void)b;
}

void services_begin_stop(struct broker *b)
{
    (void)b;
}

int services_stop(struct broker *b)
{
    (void)b;
    return 0;
}
