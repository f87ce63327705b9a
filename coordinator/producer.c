/*
 * producer.c - producer id blocks and per-partition sequence state (see
 * producer.h for Kafka's rules).
 *
 * The id file holds the first id of the next unused block. Ids are handed
 * out only from a block whose end is already on disk, so a crash can skip
 * ids but never reuse one.
 */
#include "coordinator/producer.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "protocol/status.h"

#define PID_BLOCK 1000

/* ------------------------------------------------------- id allocation */

static int write_next_block(const struct pid_alloc *pa, int64_t value)
{
    char tmp[4200];
    if (snprintf(tmp, sizeof tmp, "%s.tmp", pa->path) >= (int)sizeof tmp)
        return -E_INVAL;
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return -E_IO;
    char text[32];
    int n = snprintf(text, sizeof text, "%" PRId64 "\n", value);
    if (write(fd, text, (size_t)n) != n || fsync(fd) != 0) {
        close(fd);
        unlink(tmp);
        return -E_IO;
    }
    close(fd);
    if (rename(tmp, pa->path) != 0)
        return -E_IO;
    /* fsync the directory so the rename itself survives power loss */
    char dir[4200];
    snprintf(dir, sizeof dir, "%s", pa->path);
    char *slash = strrchr(dir, '/');
    if (slash) {
        *slash = '\0';
        int dfd = open(dir, O_RDONLY | O_DIRECTORY);
        if (dfd >= 0) {
            fsync(dfd);
            close(dfd);
        }
    }
    return 0;
}

int pid_alloc_open(struct pid_alloc *pa, const char *dir)
{
    memset(pa, 0, sizeof *pa);
    size_t len = strlen(dir) + sizeof "/producer-id-block";
    pa->path = malloc(len);
    if (!pa->path)
        return -E_NOMEM;
    snprintf(pa->path, len, "%s/producer-id-block", dir);
    FILE *f = fopen(pa->path, "r");
    int64_t next = 0;
    if (f) {
        if (fscanf(f, "%" SCNd64, &next) != 1 || next < 0)
            next = 0;
        fclose(f);
    }
    pa->next_id = next;
    pa->block_end = next; /* nothing issued from the new run yet */
    return 0;
}

void pid_alloc_close(struct pid_alloc *pa)
{
    free(pa->path);
    pa->path = NULL;
}

int64_t pid_alloc_next(struct pid_alloc *pa)
{
    if (pa->next_id >= pa->block_end) {
        int rc = write_next_block(pa, pa->block_end + PID_BLOCK);
        if (rc)
            return rc;
        pa->block_end += PID_BLOCK;
    }
    return pa->next_id++;
}

bool pid_alloc_issued(const struct pid_alloc *pa, int64_t id)
{
    /* Everything below the persisted high-water mark may have been issued
     * by this broker, in this run or an earlier one. */
    return id >= 0 && id < pa->block_end;
}

/* ----------------------------------------------------- sequence state */

static size_t slot_of(const struct pstate_table *t, int64_t pid)
{
    uint64_t h = (uint64_t)pid * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 17) & (t->cap - 1);
}

void pstate_init(struct pstate_table *t)
{
    memset(t, 0, sizeof *t);
}

void pstate_destroy(struct pstate_table *t)
{
    free(t->slots);
    memset(t, 0, sizeof *t);
}

static struct pstate_entry *lookup(const struct pstate_table *t, int64_t pid)
{
    if (!t->cap)
        return NULL;
    for (size_t i = slot_of(t, pid), n = 0; n < t->cap; i = (i + 1) & (t->cap - 1), n++) {
        struct pstate_entry *e = &t->slots[i];
        if (e->producer_id == pid)
            return e;
        if (e->producer_id == -1)
            return NULL;
    }
    return NULL;
}

const struct pstate_entry *pstate_find(const struct pstate_table *t, int64_t producer_id)
{
    return lookup(t, producer_id);
}

static int grow(struct pstate_table *t)
{
    size_t cap = t->cap ? t->cap * 2 : 16;
    struct pstate_entry *slots = malloc(cap * sizeof *slots);
    if (!slots)
        return -E_NOMEM;
    for (size_t i = 0; i < cap; i++)
        slots[i].producer_id = -1;
    struct pstate_table nt = {slots, cap, 0};
    for (size_t i = 0; i < t->cap; i++) {
        if (t->slots[i].producer_id < 0)
            continue;
        size_t j = slot_of(&nt, t->slots[i].producer_id);
        while (nt.slots[j].producer_id != -1)
            j = (j + 1) & (cap - 1);
        nt.slots[j] = t->slots[i];
        nt.count++;
    }
    free(t->slots);
    *t = nt;
    return 0;
}

/* Sequence numbers wrap from INT32_MAX to 0 (KIP-98). */
static int32_t seq_next(int32_t seq)
{
    return seq == INT32_MAX ? 0 : seq + 1;
}

enum pstate_verdict pstate_check(const struct pstate_table *t, int64_t producer_id, int16_t epoch,
                                 int32_t first_seq, int32_t last_seq, struct pstate_batch *dup)
{
    if (producer_id < 0)
        return PSTATE_APPEND;
    const struct pstate_entry *e = lookup(t, producer_id);
    if (!e || e->nbatches == 0)
        return PSTATE_APPEND; /* unknown producer: its state may have aged out */
    if (epoch < e->epoch)
        return PSTATE_FENCED;
    if (epoch > e->epoch)
        return first_seq == 0 ? PSTATE_APPEND : PSTATE_OUT_OF_ORDER;
    for (int i = 0; i < e->nbatches; i++) {
        const struct pstate_batch *b = &e->batches[i];
        if (b->first_seq == first_seq && b->last_seq == last_seq) {
            if (dup)
                *dup = *b;
            return PSTATE_DUPLICATE;
        }
    }
    const struct pstate_batch *last = &e->batches[e->nbatches - 1];
    if (first_seq == seq_next(last->last_seq))
        return PSTATE_APPEND;
    /* Entirely at or before what we hold, but not one of the cached batches:
     * it was written long ago; we cannot give its offsets back. */
    const struct pstate_batch *oldest = &e->batches[0];
    if (first_seq < oldest->first_seq && last_seq < oldest->first_seq && first_seq <= last_seq &&
        last->last_seq >= oldest->first_seq)
        return PSTATE_OLD_DUPLICATE;
    return PSTATE_OUT_OF_ORDER;
}

int pstate_record(struct pstate_table *t, int64_t producer_id, int16_t epoch, int32_t first_seq,
                  int32_t last_seq, int64_t first_offset, int64_t last_offset, int64_t timestamp,
                  int64_t now_ms)
{
    if (producer_id < 0)
        return 0;
    struct pstate_entry *e = lookup(t, producer_id);
    if (!e) {
        if ((t->count + 1) * 4 > t->cap * 3 && grow(t) != 0)
            return -E_NOMEM;
        size_t j = slot_of(t, producer_id);
        while (t->slots[j].producer_id != -1)
            j = (j + 1) & (t->cap - 1);
        e = &t->slots[j];
        memset(e, 0, sizeof *e);
        e->producer_id = producer_id;
        e->epoch = epoch;
        t->count++;
    }
    if (epoch != e->epoch) {
        /* A new epoch starts a new sequence space. */
        e->epoch = epoch;
        e->nbatches = 0;
    }
    if (e->nbatches == PRODUCER_CACHED_BATCHES) {
        memmove(&e->batches[0], &e->batches[1], (PRODUCER_CACHED_BATCHES - 1) * sizeof e->batches[0]);
        e->nbatches--;
    }
    e->batches[e->nbatches++] = (struct pstate_batch){first_seq, last_seq, first_offset, last_offset,
                                                      timestamp};
    e->last_seen_ms = now_ms;
    return 0;
}

size_t pstate_expire(struct pstate_table *t, int64_t now_ms, int64_t max_idle_ms)
{
    size_t dropped = 0;
    bool any = false;
    for (size_t i = 0; i < t->cap; i++) {
        if (t->slots[i].producer_id >= 0 && now_ms - t->slots[i].last_seen_ms > max_idle_ms) {
            any = true;
            break;
        }
    }
    if (!any)
        return 0;
    /* Rebuild without the expired entries (open addressing has no cheap
     * delete). */
    struct pstate_table nt;
    pstate_init(&nt);
    for (size_t i = 0; i < t->cap; i++) {
        const struct pstate_entry *e = &t->slots[i];
        if (e->producer_id < 0)
            continue;
        if (now_ms - e->last_seen_ms > max_idle_ms) {
            dropped++;
            continue;
        }
        if ((nt.count + 1) * 4 > nt.cap * 3 && grow(&nt) != 0) {
            pstate_destroy(&nt);
            return 0; /* keep everything rather than lose state */
        }
        size_t j = slot_of(&nt, e->producer_id);
        while (nt.slots[j].producer_id != -1)
            j = (j + 1) & (nt.cap - 1);
        nt.slots[j] = *e;
        nt.count++;
    }
    pstate_destroy(t);
    *t = nt;
    return dropped;
}
