/*
 * mem_backend.h - an in-memory struct gw_backend for the gateway's unit
 * tests only: topics, partitions as record arrays, attributes, and hooks to
 * defer callbacks (async completion) and inject append failures.
 */
#ifndef SLUICE_TESTS_MEM_BACKEND_H
#define SLUICE_TESTS_MEM_BACKEND_H

#include <stdbool.h>
#include <stdint.h>

#include "gateway/gw_backend.h"

struct mem_backend;

struct mem_backend *mem_backend_new(void);
void mem_backend_free(struct mem_backend *m);
struct gw_backend *mem_backend_iface(struct mem_backend *m);
/* The time stamped on appended records. */
void mem_backend_set_now(struct mem_backend *m, int64_t now_ms);
/* Appends to `partition` (-1: all) fail with status until reset with 0. */
void mem_backend_fail_appends(struct mem_backend *m, int32_t partition, int status);
/* Queue callbacks instead of calling them at once; run them with
 * mem_backend_run (returns how many ran). */
void mem_backend_defer(struct mem_backend *m, bool defer);
int mem_backend_run(struct mem_backend *m);
/* Drop records below offset (retention). */
void mem_backend_trim(struct mem_backend *m, const char *topic, int32_t partition, int64_t offset);
/* Inspect: a record's explicit hash key header, key, count. */
int64_t mem_backend_count(struct mem_backend *m, const char *topic, int32_t partition);
const char *mem_backend_ehk(struct mem_backend *m, const char *topic, int32_t partition,
                            int64_t offset);
int64_t mem_backend_retention(struct mem_backend *m, const char *topic);
/* Topic config max.message.bytes (1048588 until raised). */
int64_t mem_backend_max_message_bytes(struct mem_backend *m, const char *topic);

#endif
