/*
 * offsets_log.h - the group coordinator's log: the compacted internal
 * topic __consumer_offsets on storage, created at first start, replayed
 * into the coordinator at every start.
 */
#ifndef SLUICE_OFFSETS_LOG_H
#define SLUICE_OFFSETS_LOG_H

struct broker;

/* Make sure __consumer_offsets exists, start the coordinator over it and
 * load every stored record. Returns 0 or a negative status (logged). */
int offsets_log_start(struct broker *b);

#endif
