/*
 * partitions.h - what the broker keeps per partition beside the log:
 * idempotent producer state, and the producer id allocator.
 *
 * Producer state is rebuilt lazily, the first time a partition sees an
 * idempotent batch after start-up, from the batch headers of the log's
 * tail (the last PARTS_REBUILD_OFFSETS offsets). A producer whose last
 * batch lies before that window is unknown afterwards, which Kafka treats
 * like an expired producer: its next batch is accepted at any sequence.
 */
#ifndef SLUICE_PARTITIONS_H
#define SLUICE_PARTITIONS_H

#include <stdint.h>

#include "coordinator/producer.h"

#define PARTS_REBUILD_OFFSETS 200000

struct broker;
struct log;
struct topic;

struct part_state {
    struct log *lg;
    struct pstate_table producers;
    int loaded;
};

int parts_open(struct broker *b, const char *dir);
void parts_close(struct broker *b);
void parts_tick(struct broker *b);
/* The state of lg, created (and rebuilt from the log) on first use; NULL
 * on allocation failure. */
struct part_state *parts_get(struct broker *b, struct log *lg);
/* Drop the state of every partition of t (before the topic is deleted). */
void parts_forget_topic(struct broker *b, struct topic *t);
/* A new producer id (persisted block), or a negative status. */
int64_t parts_new_producer_id(struct broker *b);
/* True when this broker ever issued id. */
bool parts_producer_id_issued(struct broker *b, int64_t id);

#endif
