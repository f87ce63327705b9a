/*
 * subscription.c - the topics a consumer subscribes to, read from the
 * ConsumerProtocolSubscription bytes it sends as JoinGroup metadata
 * (protocol type "consumer"): int16 version, then topics []string and
 * user data bytes. Versions 1-3 only append fields (owned partitions,
 * generation, rack), so every version is read through its v0 prefix - the
 * same way Kafka's group coordinator reads it for OffsetDelete.
 */
#include "coordinator/coord_int.h"
#include "protocol/status.h"

int csub_topics(struct kbytes metadata, void (*fn)(void *ctx, struct kstr topic), void *ctx)
{
    struct kreader r;
    if (metadata.len < 0)
        return -E_CORRUPT;
    kr_init(&r, metadata.ptr, (size_t)metadata.len);
    int16_t version = kr_i16(&r);
    if (version < 0)
        kr_fail(&r, "negative subscription version");
    int32_t n = kr_array_len(&r, false, false, 2);
    /* Validate the whole v0 prefix before reporting any topic, so a
     * malformed blob reports nothing. */
    struct kreader scan = r;
    for (int32_t i = 0; i < n && !scan.err; i++)
        (void)kr_str(&scan, false, false);
    (void)kr_bytes(&scan, false, true);
    if (r.err || scan.err)
        return -E_CORRUPT;
    for (int32_t i = 0; i < n; i++)
        fn(ctx, kr_str(&r, false, false));
    return 0;
}
