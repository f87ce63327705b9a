/*
 * storage_glue.h - storage as the broker runs it: configuration from the
 * broker's settings, codec hooks from protocol/compress, completions and
 * append notifications delivered on the event loop.
 */
#ifndef SLUICE_STORAGE_GLUE_H
#define SLUICE_STORAGE_GLUE_H

#include <stdint.h>

struct broker;

/* Open b->store over the configured log.dirs and hook it into b->base.
 * Returns 0 or a negative status (logged). */
int sg_open(struct broker *b);
/* Close the store (clean shutdown marker) and its events. */
void sg_close(struct broker *b);
/* Map an internal status from storage to a Kafka error code. */
int16_t sg_kerr(int status);

#endif
