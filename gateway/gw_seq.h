/*
 * gw_seq.h - Kinesis sequence numbers for Kafka partition offsets.
 *
 * Encoding: the decimal of N = 10^38 + partition * 2^64 + (offset + 1).
 *  - The +1 lets offset -1 ("just before the first record") have a number:
 *    SubscribeToShard's ContinuationSequenceNumber must name the position
 *    before the next record even when nothing was ever read, so that
 *    AFTER_SEQUENCE_NUMBER resumes exactly there.
 *  - partition < 2^31 and offset < 2^63, so N < 10^38 + 2^95 < 2 * 10^38:
 *    every sequence number has exactly 39 digits and fits 128 bits.
 *  - Within a shard (one partition) N grows with the offset, and because
 *    the width is fixed, string order equals numeric order: SDKs that
 *    compare them as BigInteger (the KCL) and code that compares the
 *    strings agree.
 *  - Clients treat them as opaque; only this gateway decodes them, and a
 *    number for another shard is an InvalidArgumentException.
 */
#ifndef SLUICE_GW_SEQ_H
#define SLUICE_GW_SEQ_H

#include <stddef.h>
#include <stdint.h>

#define GW_SEQ_LEN 39
#define GW_SEQ_BUF 40

/* offset is -1 .. INT64_MAX - 1. */
void gw_seq_format(int32_t partition, int64_t offset, char out[GW_SEQ_BUF]);
/* Decode (*offset may be -1); -E_INVAL for anything this gateway did not
 * produce. */
int gw_seq_parse(const char *s, size_t n, int32_t *partition, int64_t *offset);

#endif
