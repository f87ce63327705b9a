/*
 * topic.h - read access to a topic: identity, partitions, configs and the
 * attribute map. Changes go through store.h (store_topic_*), which
 * persists them.
 *
 * A struct topic pointer is valid until store_topic_delete(); strings
 * returned here are borrowed until the topic changes.
 */
#ifndef SLUICE_STORAGE_TOPIC_H
#define SLUICE_STORAGE_TOPIC_H

#include <stdint.h>

#include "protocol/kbuf.h"
#include "storage/config.h"
#include "storage/log.h"

struct topic;

/* Kafka's rule: 1..249 characters of [a-zA-Z0-9._-], not "." or "..".
 * 0 or -E_INVAL. */
int topic_name_validate(const char *name);

const char *topic_name(const struct topic *t);
/* The topic id: a random (version 4) UUID made at creation. */
const struct kuuid *topic_id(const struct topic *t);
int32_t topic_partition_count(const struct topic *t);
/* The partition's log, or NULL when partition is out of range. */
struct log *topic_log(const struct topic *t, int32_t partition);

/* Effective typed configuration (overrides resolved against the broker
 * config). */
const struct tcfg *topic_cfg(const struct topic *t);
/* The topic-level override for key, or NULL when the default applies. */
const char *topic_config_override(const struct topic *t, const char *key);
/* Every topic config with its effective value and source, in name order
 * (DescribeConfigs). */
void topic_describe_configs(const struct topic *t, tcfg_describe_cb cb, void *arg);

/* The attribute map: string key -> string value, persisted with the topic
 * but not a Kafka config (the Kinesis gateway keeps shard hash ranges and
 * lineage here). NULL when absent. */
const char *topic_attr_get(const struct topic *t, const char *key);
/* Calls cb for every attribute in key order. */
void topic_attr_foreach(const struct topic *t, void (*cb)(void *arg, const char *key,
                                                          const char *value),
                        void *arg);

#endif
