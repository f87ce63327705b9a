/*
 * gw_storage.h - the Kinesis gateway's backend (gateway/gw_backend.h) over
 * the broker's storage: streams are topics, shards are partitions, records
 * are Kafka records in the same logs Kafka clients produce to and fetch
 * from, and the gateway's stream metadata is kept in topic attributes.
 *
 * Durability:
 *   - PutRecord(s): one v2 batch per shard per call, appended as a Kafka
 *     acks=all produce is (group commit); the gateway is called back when
 *     an fdatasync covers it (sluice.durable.acks.all, on by default).
 *   - Metadata (create/delete, partitions, attributes, retention): storage
 *     applies a change in memory at once and writes it crash-safely in the
 *     background. The backend's sync op reports when every change made so
 *     far is durable, and the gateway answers a changing operation only
 *     then. A crash before that answer may lose the change (the client saw
 *     no success and retries); a change that was answered survives.
 *
 * Everything runs on the broker's loop thread.
 */
#ifndef SLUICE_GW_STORAGE_H
#define SLUICE_GW_STORAGE_H

#include <stdbool.h>
#include <stdint.h>

struct broker;
struct gw_backend;
struct topic;

/* A backend over b->store (which must outlive it). NULL on allocation
 * failure. */
struct gw_backend *gws_new(struct broker *b);
/* Deliver no more callbacks (after gws_drain gave up, before gw_free):
 * storage completions that come later are absorbed here. */
void gws_detach(struct gw_backend *be);
/* Free the backend after the store closed (its completions have run).
 * NULL is a no-op. */
void gws_free(struct gw_backend *be);
/* Callbacks (appends waiting for their fsync, syncs) not yet delivered. */
int gws_pending(const struct gw_backend *be);
/* Run storage completions until no callback is outstanding or timeout_ms
 * passed (shutdown, before gw_free). Returns the callbacks still pending. */
int gws_drain(struct gw_backend *be, int timeout_ms);

/* True when a Kinesis reshard closed this partition of t (its shard was
 * split or merged): Kafka producers get an error instead of writing past
 * the shard's end (h_produce.c). */
bool gws_partition_closed(const struct topic *t, int32_t partition);

#endif
