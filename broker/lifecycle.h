/*
 * lifecycle.h - bringing the broker up and down in order.
 */
#ifndef SLUICE_LIFECYCLE_H
#define SLUICE_LIFECYCLE_H

struct broker;

/* Read settings, open the data directory, start listeners and timers.
 * Returns 0, or a negative status after logging why. */
int broker_start(struct broker *b);
/* Called after the loop exits: close connections, flush and close storage
 * (writing the clean-shutdown marker). Returns 0 when everything closed
 * cleanly. */
int broker_stop(struct broker *b);
/* Begin an orderly shutdown from inside the loop (signals call this). */
void broker_request_stop(struct broker *b);

#endif
