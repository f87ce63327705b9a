/*
 * topics.h - topic rules shared by handlers: internal topics, names,
 * auto-creation, what one partition's metadata looks like, and the
 * authorized-operations bitfields (there is no authorizer yet, so every
 * operation a resource supports is allowed, as Kafka reports without one).
 */
#ifndef SLUICE_TOPICS_H
#define SLUICE_TOPICS_H

#include <stdbool.h>
#include <stdint.h>

#include "protocol/kbuf.h"

struct broker;
struct topic;

#define TOPICS_OFFSETS "__consumer_offsets"
#define TOPICS_TXN_STATE "__transaction_state"
/* Kafka's "authorized operations not requested" value. */
#define TOPICS_OPS_OMITTED INT32_MIN

bool topics_is_internal(const char *name);
bool topics_is_internal_k(struct kstr name);
/* Validate a name from the wire: 1..249 chars of [a-zA-Z0-9._-], not "."
 * or "..". Copies it NUL-terminated into buf (at least 250 bytes). */
bool topics_name_ok(struct kstr name, char *buf, size_t len);
/* Operations allowed on a topic / on the cluster, as Kafka's bitfield. */
int32_t topics_topic_ops(void);
int32_t topics_cluster_ops(void);

typedef void (*topics_created_cb)(void *arg, int status, struct topic *t);
/* Create a topic with the broker's defaults (num.partitions, configs
 * none); cb runs once it is durable. Returns 0 (cb will run) or a negative
 * status (cb will not run). */
int topics_auto_create(struct broker *b, const char *name, topics_created_cb cb, void *arg);

#endif
