/* generated from protocol/apis.def by protocol/gen/gen.py; do not edit (make regen). */
/*
 * registry.h - every generated API by key: served version range, first
 * flexible version, and type-erased codec entry points, so that framing,
 * dispatch, tests and fuzzers can walk all of them.
 */
#ifndef SLUICE_MSG_REGISTRY_H
#define SLUICE_MSG_REGISTRY_H

#include <stddef.h>
#include <stdint.h>

#include "protocol/arena.h"
#include "protocol/kbuf.h"

#include "protocol/msg/produce.h"
#include "protocol/msg/fetch.h"
#include "protocol/msg/list_offsets.h"
#include "protocol/msg/metadata.h"
#include "protocol/msg/offset_commit.h"
#include "protocol/msg/offset_fetch.h"
#include "protocol/msg/find_coordinator.h"
#include "protocol/msg/join_group.h"
#include "protocol/msg/heartbeat.h"
#include "protocol/msg/leave_group.h"
#include "protocol/msg/sync_group.h"
#include "protocol/msg/describe_groups.h"
#include "protocol/msg/list_groups.h"
#include "protocol/msg/sasl_handshake.h"
#include "protocol/msg/api_versions.h"
#include "protocol/msg/create_topics.h"
#include "protocol/msg/delete_topics.h"
#include "protocol/msg/delete_records.h"
#include "protocol/msg/init_producer_id.h"
#include "protocol/msg/offset_for_leader_epoch.h"
#include "protocol/msg/add_partitions_to_txn.h"
#include "protocol/msg/add_offsets_to_txn.h"
#include "protocol/msg/end_txn.h"
#include "protocol/msg/write_txn_markers.h"
#include "protocol/msg/txn_offset_commit.h"
#include "protocol/msg/describe_acls.h"
#include "protocol/msg/create_acls.h"
#include "protocol/msg/delete_acls.h"
#include "protocol/msg/describe_configs.h"
#include "protocol/msg/alter_configs.h"
#include "protocol/msg/sasl_authenticate.h"
#include "protocol/msg/create_partitions.h"
#include "protocol/msg/delete_groups.h"
#include "protocol/msg/incremental_alter_configs.h"
#include "protocol/msg/offset_delete.h"
#include "protocol/msg/describe_cluster.h"
#include "protocol/msg/describe_producers.h"
#include "protocol/msg/header.h"

struct kmsg_codec {
    size_t struct_size;
    void (*init)(void *x); /* set spec defaults */
    int (*decode)(struct kreader *r, struct arena *a, int16_t v, void *out);
    int (*encode)(struct kwriter *w, int16_t v, const void *in);
    size_t (*size)(int16_t v, const void *in);
};

struct kmsg_api {
    int16_t key;
    const char *name;     /* "Produce" */
    int16_t min_version;  /* served range (apis.def) */
    int16_t max_version;
    int16_t flex_version; /* first flexible version, -1 if none */
    struct kmsg_codec req;
    struct kmsg_codec resp;
};

#define KMSG_MAX_KEY 61

/* The API with this key, or NULL if it is not generated. */
const struct kmsg_api *kmsg_lookup(int16_t key);
/* All generated APIs, in apis.def order; *count receives the number. */
const struct kmsg_api *kmsg_all(size_t *count);
/* Request header version for (key, version): 2 when flexible, else 1. */
int16_t kmsg_request_header_version(const struct kmsg_api *api, int16_t version);
/* Response header version: 1 when flexible, else 0; always 0 for
 * ApiVersions so that old clients can read its error. */
int16_t kmsg_response_header_version(const struct kmsg_api *api, int16_t version);

#endif
