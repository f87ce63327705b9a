/*
 * checkpoint.h - small files replaced crash-safely: the partition offsets
 * checkpoint (recovery points and log start offsets), topic metadata, the
 * cleaner's swap manifest, and the clean-shutdown marker.
 *
 * Every such file is written as <name>.tmp, fsynced, renamed over <name>,
 * and then the directory is fsynced, so after a crash a reader sees either
 * the old contents or the new, never a mix. Each file carries a header
 * (magic "SLCK", version, kind, payload length, CRC-32C of the payload) so
 * a torn or foreign file is detected rather than trusted.
 */
#ifndef SLUICE_STORAGE_CHECKPOINT_H
#define SLUICE_STORAGE_CHECKPOINT_H

#include <stddef.h>
#include <stdint.h>

#include "protocol/kbuf.h"
#include "storage/io.h"

enum ckpt_kind {
    CKPT_OFFSETS = 1, /* partition-state-checkpoint */
    CKPT_TOPIC = 2,   /* topics/<name>.meta */
    CKPT_SWAP = 3,    /* a partition's cleaner-swap manifest */
    CKPT_MARKER = 4,  /* .sluice_cleanshutdown */
};

#define CKPT_HEADER_BYTES 16

/*
 * Write payload as file `name` in directory `dir` (an absolute path),
 * crash-safely. Returns 0 or a negative status (-E_IO, -E_NOSPC ...); on
 * failure the previous file, if any, is intact and the temp file removed
 * where possible.
 */
int ckpt_write(const struct sio *io, const char *dir, const char *name, enum ckpt_kind kind,
               const void *payload, size_t len);

/* The same, inside an open directory (the cleaner works through a
 * directory fd so a concurrent rename of the directory cannot redirect
 * it). */
int ckpt_write_at(const struct sio *io, int dirfd, const char *name, enum ckpt_kind kind,
                  const void *payload, size_t len);

/*
 * Read and verify file `name` in `dir`. On success *payload (freed by the
 * caller) and *len hold the payload. -E_NOTFOUND when absent, -E_CORRUPT
 * when the header, kind, length or CRC do not match, -E_TOOBIG past
 * max_len.
 */
int ckpt_read(const struct sio *io, const char *dir, const char *name, enum ckpt_kind kind,
              size_t max_len, uint8_t **payload, size_t *len);

/* --------------------------------------------- the partition offsets file */

struct ckpt_offsets_entry {
    struct kuuid topic_id; /* ids, not names: a re-created topic never
                              inherits a deleted one's recovery point */
    int32_t partition;
    int64_t recovery_point;
    int64_t log_start_offset;
};

/* Encode n entries into a new buffer (*out, freed by the caller). */
int ckpt_offsets_encode(const struct ckpt_offsets_entry *e, size_t n, uint8_t **out,
                        size_t *len);
/* Decode; *out is a new array (freed by the caller). -E_CORRUPT on
 * malformed input; the count is checked against the bytes present before
 * anything is allocated. */
int ckpt_offsets_decode(const uint8_t *p, size_t len, struct ckpt_offsets_entry **out,
                        size_t *n);

#endif
