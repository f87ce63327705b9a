/*
 * gw_codec_records.c - inputs of PutRecord and PutRecords.
 * API reference: Data is a blob of at most 10 MiB before base64 (what a
 * stream takes is its MaxRecordSizeInKiB, checked by the operation);
 * PartitionKey 1..256 Unicode characters; ExplicitHashKey
 * 0|([1-9]\d{0,38}); SequenceNumberForOrdering 0|([1-9]\d{0,128});
 * PutRecords carries 1..500 records.
 */
#include "gateway/gw_codec.h"

#include <stdio.h>

#include "protocol/status.h"

static int dec_record(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                      struct gw_record_in *r, const char *prefix, struct gw_vcheck *vc,
                      struct gw_err *err)
{
    bool has_data;
    if (gd_blob(a, fmt, in, "Data", &r->data, &r->data_len, &has_data, err) ||
        gd_str(in, "PartitionKey", &r->partition_key, &r->partition_key_len, err) ||
        gd_str(in, "ExplicitHashKey", &r->explicit_hash_key, &r->explicit_hash_key_len, err))
        return -E_INVAL;
    char m[64];
    snprintf(m, sizeof m, "%sdata", prefix);
    if (vc_required(vc, m, has_data) && r->data_len > GW_MAX_RECORD_DATA) {
        char shown[96];
        int n = snprintf(shown, sizeof shown, "java.nio.HeapByteBuffer[pos=0 lim=%zu cap=%zu]",
                         r->data_len, r->data_len);
        vc_fail(vc, m, shown, (size_t)n,
                "Member must have length less than or equal to 10485760");
    }
    snprintf(m, sizeof m, "%spartitionKey", prefix);
    if (vc_required(vc, m, r->partition_key != NULL))
        vc_len(vc, m, r->partition_key, r->partition_key_len, 1, 256);
    snprintf(m, sizeof m, "%sexplicitHashKey", prefix);
    vc_digits(vc, m, r->explicit_hash_key, r->explicit_hash_key_len, 39);
    return 0;
}

int gw_dec_put_record(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                      struct gw_put_record_in *out, struct gw_err *err)
{
    struct gw_vcheck vc = {0};
    size_t l;
    if (gw_dec_stream_ref(in, &out->ref, &vc, err) ||
        dec_record(a, fmt, in, &out->rec, "", &vc, err) ||
        gd_str(in, "SequenceNumberForOrdering", &out->sequence_number_for_ordering, &l, err))
        return -E_INVAL;
    vc_digits(&vc, "sequenceNumberForOrdering", out->sequence_number_for_ordering, l, 129);
    return vc_done(&vc, err);
}

int gw_dec_put_records(struct arena *a, enum gw_fmt fmt, const struct gw_val *in,
                       struct gw_put_records_in *out, struct gw_err *err)
{
    struct gw_vcheck vc = {0};
    const struct gw_val *list;
    if (gw_dec_stream_ref(in, &out->ref, &vc, err) || gd_list(in, "Records", &list, err))
        return -E_INVAL;
    if (vc_required(&vc, "records", list != NULL)) {
        size_t n = list->u.a.n;
        if (n < 1 || n > GW_MAX_PUT_RECORDS) {
            char c[80];
            snprintf(c, sizeof c, "Member must have length %s",
                     n < 1 ? "greater than or equal to 1" : "less than or equal to 500");
            vc_fail(&vc, "records", "[...]", 5, c);
        } else {
            out->recs = arena_calloc(a, n, sizeof *out->recs);
            if (!out->recs)
                return gw_err_set(err, GW_EXC_INTERNAL_FAILURE, "out of memory");
            for (size_t i = 0; i < n; i++) {
                const struct gw_val *r = list->u.a.v[i];
                if (r->t != GV_MAP)
                    return gw_err_set(err, GW_EXC_SERIALIZATION, "Expected a record structure");
                char prefix[32];
                snprintf(prefix, sizeof prefix, "records.%zu.member.", i + 1);
                if (dec_record(a, fmt, r, &out->recs[i], prefix, &vc, err))
                    return -E_INVAL;
            }
            out->nrecs = n;
        }
    }
    return vc_done(&vc, err);
}
