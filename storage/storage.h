/*
 * storage.h - Sluice's durable, crash-safe partition logs. Include this.
 *
 *   store.h   open/close, topics (create, delete, add partitions, configs,
 *             attributes), completion queue, tick, compaction trigger
 *   topic.h   topic identity, partitions, effective configs, attributes
 *   log.h     one partition: append, read (zero-copy spans), in-process
 *             batch reads, ListOffsets lookups, DeleteRecords
 *   config.h  broker config (Kafka names and defaults), topic configs
 *   io.h      the file-operation table (fault injection in tests)
 *
 * On disk, under the first entry of log.dirs:
 *   <topic>-<partition>/<20-digit base offset>.log        batches as received
 *                        ...                  .index      offset -> position
 *                        ...                  .timeindex  timestamp -> offset
 *   topics/<topic>.meta            name, id, partition count, configs, attrs
 *   partition-state-checkpoint     recovery points and log start offsets
 *   .sluice_cleanshutdown          present only after a clean shutdown
 *
 * Durability and its settings: the "Durability" section of README.md.
 */
#ifndef SLUICE_STORAGE_H
#define SLUICE_STORAGE_H

#include "storage/config.h"
#include "storage/io.h"
#include "storage/log.h"
#include "storage/store.h"
#include "storage/topic.h"

#endif
