/*
 * admin_configs.h - configs as DescribeConfigs, CreateTopics (v5+) and the
 * AlterConfigs pair see them.
 *
 * Storage keeps topic overrides and resolves effective values (config.h);
 * this adds what Kafka reports beside the value: the source (KIP-226), the
 * synonyms, Kafka's data type (KIP-569) and documentation, and the checks
 * Kafka's controller applies to an override before it is stored.
 *
 * Sources. A topic config is DYNAMIC_TOPIC_CONFIG (1) when the topic
 * overrides it; otherwise its broker-level synonym (log.retention.ms,
 * log.retention.hours, ...) decides: STATIC_BROKER_CONFIG (4) when that was
 * set in the properties file or with --set, DEFAULT_CONFIG (5) when not.
 * Synonyms list, most specific first: the topic override, every broker
 * synonym that was set, then the default. Broker settings have no dynamic
 * layer yet, so they are all read-only and STATIC_BROKER_CONFIG or
 * DEFAULT_CONFIG.
 */
#ifndef SLUICE_ADMIN_CONFIGS_H
#define SLUICE_ADMIN_CONFIGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"

struct broker;
struct topic;
struct kvmap;

/* DescribeConfigsResponse ConfigSource ids. */
enum adm_source {
    ADM_SRC_UNKNOWN = 0,
    ADM_SRC_TOPIC = 1,
    ADM_SRC_DYNAMIC_BROKER = 2,
    ADM_SRC_DYNAMIC_DEFAULT_BROKER = 3,
    ADM_SRC_STATIC_BROKER = 4,
    ADM_SRC_DEFAULT = 5,
    ADM_SRC_BROKER_LOGGER = 6,
};

/* DescribeConfigsResponse ConfigType ids (KIP-569). */
enum adm_type {
    ADM_T_UNKNOWN = 0,
    ADM_T_BOOLEAN = 1,
    ADM_T_STRING = 2,
    ADM_T_INT = 3,
    ADM_T_SHORT = 4,
    ADM_T_LONG = 5,
    ADM_T_DOUBLE = 6,
    ADM_T_LIST = 7,
    ADM_T_CLASS = 8,
    ADM_T_PASSWORD = 9,
};

/* Kafka's AlterConfigOp.OpType ids. */
enum adm_op { ADM_OP_SET = 0, ADM_OP_DELETE = 1, ADM_OP_APPEND = 2, ADM_OP_SUBTRACT = 3 };

/* Kafka refuses longer config values (they would not fit a ConfigRecord). */
#define ADM_MAX_CONFIG_VALUE 32767

#define ADM_MAX_SYNONYMS 6

struct adm_synonym {
    const char *name;
    const char *value; /* NULL: unset or sensitive */
    int8_t source;
};

/* One config as described. Everything is borrowed for the callback. */
struct adm_config {
    const char *name;
    const char *value; /* NULL: unset or sensitive */
    int8_t source;
    int8_t type;
    bool read_only;
    bool sensitive;
    const char *doc;
    struct adm_synonym syn[ADM_MAX_SYNONYMS];
    int nsyn;
};

typedef void (*adm_config_cb)(void *arg, const struct adm_config *c);

/* Every topic config of t, in name order. */
void adm_topic_configs(struct broker *b, struct topic *t, adm_config_cb cb, void *arg);
/* Every topic config a topic created with the overrides ov would have
 * (CreateTopics validate_only). */
void adm_topic_configs_would_be(struct broker *b, const struct kvmap *ov, adm_config_cb cb,
                                void *arg);
/* Every broker setting: each one config_defs.def knows, then any unknown
 * key set in the properties file or with --set, in that order. */
void adm_broker_configs(struct broker *b, adm_config_cb cb, void *arg);

/* Kafka's data type of a topic config; ADM_T_UNKNOWN when it is none. */
int adm_topic_config_type(const char *name);

/*
 * Check one topic override as Kafka's controller does before storing it.
 * Returns NULL when fine, else the message (arena or static) for
 * INVALID_CONFIG: unknown name, value too long, or a value its type or
 * range refuses.
 */
const char *adm_check_topic_config(struct arena *a, const char *key, const char *value);

/*
 * IncrementalAlterConfigs APPEND / SUBTRACT on a list config: current is
 * the override (NULL: none, so Kafka starts from the config's default),
 * arg the operand. Kafka's rules: the list and the operand are split on
 * ',' (Java's String.split: empty trailing parts dropped), empty parts of
 * the current value are skipped, APPEND adds parts not yet present,
 * SUBTRACT removes the first occurrence of each. Returns the new value in
 * the arena (NULL on memory failure).
 */
char *adm_list_op(struct arena *a, const char *key, const char *current, const char *arg,
                  bool append);

#endif
