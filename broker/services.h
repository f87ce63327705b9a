/*
 * services.h - the rooms the broker runs besides its connections: storage,
 * the purgatory of parked requests, the group coordinator, the gateway.
 * lifecycle.c calls these in order; each room is optional until it lands.
 */
#ifndef SLUICE_SERVICES_H
#define SLUICE_SERVICES_H

struct broker;

/* Open everything under data directory dir. */
int services_start(struct broker *b, const char *dir);
/* Periodic work (every ~100 ms on the loop thread). */
void services_tick(struct broker *b);
/* Shutdown began: answer parked requests now rather than at their timeout. */
void services_begin_stop(struct broker *b);
/* After the loop: flush and close; returns 0 when all closed cleanly. */
int services_stop(struct broker *b);

#endif
