/*
 * rk.h - small librdkafka helpers for compat tests: producers and
 * consumers configured from "key=value" lists, synchronous produce with
 * delivery checks, and reading a whole topic back.
 */
#ifndef SLUICE_COMPAT_RK_H
#define SLUICE_COMPAT_RK_H

#include <librdkafka/rdkafka.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A message as read back (owned copies). */
struct rk_msg {
    int32_t partition;
    int64_t offset;
    int64_t timestamp;
    void *key;
    size_t key_len;
    bool key_null;
    void *value;
    size_t value_len;
    bool value_null;
    int nheaders;
    char *header_names[4];
    void *header_values[4];
    size_t header_lens[4];
};

struct rk_msgs {
    struct rk_msg *v;
    size_t n;
    size_t cap;
};

/* Producer with bootstrap.servers and extra "key=value" settings (NULL-
 * terminated list). Aborts the test on a bad setting. */
rd_kafka_t *rk_producer(const char *bootstrap, const char *const *settings);
rd_kafka_t *rk_consumer(const char *bootstrap, const char *group, const char *const *settings);

/* Delivery accounting for producers made by rk_producer. */
struct rk_delivery {
    long ok;
    long failed;
    rd_kafka_resp_err_t first_error;
};
struct rk_delivery *rk_delivery_of(rd_kafka_t *rk);
/* Flush and wait until every message has a delivery report (timeout_ms). */
bool rk_flush(rd_kafka_t *rk, int timeout_ms);

/* Create a topic with n partitions through the Admin API (waits). Returns
 * the error (RD_KAFKA_RESP_ERR_NO_ERROR). */
rd_kafka_resp_err_t rk_create_topic(const char *bootstrap, const char *topic, int partitions,
                                    const char *const *configs);

/* Read every partition of topic from `from` (RD_KAFKA_OFFSET_BEGINNING or
 * an offset) until `want` messages arrived or nothing came for idle_ms.
 * Uses assign(), not a group. */
void rk_read_all(const char *bootstrap, const char *topic, int64_t from, size_t want, int idle_ms,
                 const char *const *settings, struct rk_msgs *out);
void rk_msgs_free(struct rk_msgs *m);

/* Number of partitions of topic per metadata, or -1. */
int rk_partition_count(rd_kafka_t *rk, const char *topic);

/* The consumer's group's committed offset of topic/partition
 * (RD_KAFKA_OFFSET_INVALID for none), or INT64_MIN if the call failed. */
int64_t rk_committed(rd_kafka_t *consumer, const char *topic, int32_t partition);

#endif
