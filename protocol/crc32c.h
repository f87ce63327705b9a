/*
 * crc32c.h - CRC-32C (Castagnoli, reflected 0x82F63B78), the checksum of
 * RecordBatch v2. Uses the SSE4.2 crc32 instruction when the CPU has it
 * (detected at run time), a slicing table otherwise.
 */
#ifndef SLUICE_CRC32C_H
#define SLUICE_CRC32C_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Extend crc (0 to start) over len bytes. */
uint32_t crc32c(uint32_t crc, const void *data, size_t len);

/* The two implementations, for tests and the benchmark. */
uint32_t crc32c_sw(uint32_t crc, const void *data, size_t len);
uint32_t crc32c_hw(uint32_t crc, const void *data, size_t len);
bool crc32c_hw_available(void);

#endif
