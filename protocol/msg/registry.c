/* generated from protocol/apis.def by protocol/gen/gen.py; do not edit (make regen). */
#include "protocol/msg/registry.h"

static int produce_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return produce_req_decode(r, a, v, out);
}
static int produce_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return produce_req_encode(w, v, in);
}
static void produce_req_init_any(void *x)
{
    produce_req_init(x);
}
static size_t produce_req_size_any(int16_t v, const void *in)
{
    return produce_req_size(v, in);
}
static int produce_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return produce_resp_decode(r, a, v, out);
}
static int produce_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return produce_resp_encode(w, v, in);
}
static void produce_resp_init_any(void *x)
{
    produce_resp_init(x);
}
static size_t produce_resp_size_any(int16_t v, const void *in)
{
    return produce_resp_size(v, in);
}
static int fetch_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return fetch_req_decode(r, a, v, out);
}
static int fetch_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return fetch_req_encode(w, v, in);
}
static void fetch_req_init_any(void *x)
{
    fetch_req_init(x);
}
static size_t fetch_req_size_any(int16_t v, const void *in)
{
    return fetch_req_size(v, in);
}
static int fetch_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return fetch_resp_decode(r, a, v, out);
}
static int fetch_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return fetch_resp_encode(w, v, in);
}
static void fetch_resp_init_any(void *x)
{
    fetch_resp_init(x);
}
static size_t fetch_resp_size_any(int16_t v, const void *in)
{
    return fetch_resp_size(v, in);
}
static int list_offsets_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return list_offsets_req_decode(r, a, v, out);
}
static int list_offsets_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return list_offsets_req_encode(w, v, in);
}
static void list_offsets_req_init_any(void *x)
{
    list_offsets_req_init(x);
}
static size_t list_offsets_req_size_any(int16_t v, const void *in)
{
    return list_offsets_req_size(v, in);
}
static int list_offsets_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return list_offsets_resp_decode(r, a, v, out);
}
static int list_offsets_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return list_offsets_resp_encode(w, v, in);
}
static void list_offsets_resp_init_any(void *x)
{
    list_offsets_resp_init(x);
}
static size_t list_offsets_resp_size_any(int16_t v, const void *in)
{
    return list_offsets_resp_size(v, in);
}
static int metadata_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return metadata_req_decode(r, a, v, out);
}
static int metadata_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return metadata_req_encode(w, v, in);
}
static void metadata_req_init_any(void *x)
{
    metadata_req_init(x);
}
static size_t metadata_req_size_any(int16_t v, const void *in)
{
    return metadata_req_size(v, in);
}
static int metadata_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return metadata_resp_decode(r, a, v, out);
}
static int metadata_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return metadata_resp_encode(w, v, in);
}
static void metadata_resp_init_any(void *x)
{
    metadata_resp_init(x);
}
static size_t metadata_resp_size_any(int16_t v, const void *in)
{
    return metadata_resp_size(v, in);
}
static int offset_commit_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return offset_commit_req_decode(r, a, v, out);
}
static int offset_commit_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return offset_commit_req_encode(w, v, in);
}
static void offset_commit_req_init_any(void *x)
{
    offset_commit_req_init(x);
}
static size_t offset_commit_req_size_any(int16_t v, const void *in)
{
    return offset_commit_req_size(v, in);
}
static int offset_commit_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return offset_commit_resp_decode(r, a, v, out);
}
static int offset_commit_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return offset_commit_resp_encode(w, v, in);
}
static void offset_commit_resp_init_any(void *x)
{
    offset_commit_resp_init(x);
}
static size_t offset_commit_resp_size_any(int16_t v, const void *in)
{
    return offset_commit_resp_size(v, in);
}
static int offset_fetch_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return offset_fetch_req_decode(r, a, v, out);
}
static int offset_fetch_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return offset_fetch_req_encode(w, v, in);
}
static void offset_fetch_req_init_any(void *x)
{
    offset_fetch_req_init(x);
}
static size_t offset_fetch_req_size_any(int16_t v, const void *in)
{
    return offset_fetch_req_size(v, in);
}
static int offset_fetch_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return offset_fetch_resp_decode(r, a, v, out);
}
static int offset_fetch_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return offset_fetch_resp_encode(w, v, in);
}
static void offset_fetch_resp_init_any(void *x)
{
    offset_fetch_resp_init(x);
}
static size_t offset_fetch_resp_size_any(int16_t v, const void *in)
{
    return offset_fetch_resp_size(v, in);
}
static int find_coordinator_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return find_coordinator_req_decode(r, a, v, out);
}
static int find_coordinator_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return find_coordinator_req_encode(w, v, in);
}
static void find_coordinator_req_init_any(void *x)
{
    find_coordinator_req_init(x);
}
static size_t find_coordinator_req_size_any(int16_t v, const void *in)
{
    return find_coordinator_req_size(v, in);
}
static int find_coordinator_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return find_coordinator_resp_decode(r, a, v, out);
}
static int find_coordinator_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return find_coordinator_resp_encode(w, v, in);
}
static void find_coordinator_resp_init_any(void *x)
{
    find_coordinator_resp_init(x);
}
static size_t find_coordinator_resp_size_any(int16_t v, const void *in)
{
    return find_coordinator_resp_size(v, in);
}
static int join_group_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return join_group_req_decode(r, a, v, out);
}
static int join_group_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return join_group_req_encode(w, v, in);
}
static void join_group_req_init_any(void *x)
{
    join_group_req_init(x);
}
static size_t join_group_req_size_any(int16_t v, const void *in)
{
    return join_group_req_size(v, in);
}
static int join_group_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return join_group_resp_decode(r, a, v, out);
}
static int join_group_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return join_group_resp_encode(w, v, in);
}
static void join_group_resp_init_any(void *x)
{
    join_group_resp_init(x);
}
static size_t join_group_resp_size_any(int16_t v, const void *in)
{
    return join_group_resp_size(v, in);
}
static int heartbeat_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return heartbeat_req_decode(r, a, v, out);
}
static int heartbeat_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return heartbeat_req_encode(w, v, in);
}
static void heartbeat_req_init_any(void *x)
{
    heartbeat_req_init(x);
}
static size_t heartbeat_req_size_any(int16_t v, const void *in)
{
    return heartbeat_req_size(v, in);
}
static int heartbeat_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return heartbeat_resp_decode(r, a, v, out);
}
static int heartbeat_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return heartbeat_resp_encode(w, v, in);
}
static void heartbeat_resp_init_any(void *x)
{
    heartbeat_resp_init(x);
}
static size_t heartbeat_resp_size_any(int16_t v, const void *in)
{
    return heartbeat_resp_size(v, in);
}
static int leave_group_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return leave_group_req_decode(r, a, v, out);
}
static int leave_group_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return leave_group_req_encode(w, v, in);
}
static void leave_group_req_init_any(void *x)
{
    leave_group_req_init(x);
}
static size_t leave_group_req_size_any(int16_t v, const void *in)
{
    return leave_group_req_size(v, in);
}
static int leave_group_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return leave_group_resp_decode(r, a, v, out);
}
static int leave_group_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return leave_group_resp_encode(w, v, in);
}
static void leave_group_resp_init_any(void *x)
{
    leave_group_resp_init(x);
}
static size_t leave_group_resp_size_any(int16_t v, const void *in)
{
    return leave_group_resp_size(v, in);
}
static int sync_group_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return sync_group_req_decode(r, a, v, out);
}
static int sync_group_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return sync_group_req_encode(w, v, in);
}
static void sync_group_req_init_any(void *x)
{
    sync_group_req_init(x);
}
static size_t sync_group_req_size_any(int16_t v, const void *in)
{
    return sync_group_req_size(v, in);
}
static int sync_group_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return sync_group_resp_decode(r, a, v, out);
}
static int sync_group_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return sync_group_resp_encode(w, v, in);
}
static void sync_group_resp_init_any(void *x)
{
    sync_group_resp_init(x);
}
static size_t sync_group_resp_size_any(int16_t v, const void *in)
{
    return sync_group_resp_size(v, in);
}
static int describe_groups_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return describe_groups_req_decode(r, a, v, out);
}
static int describe_groups_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return describe_groups_req_encode(w, v, in);
}
static void describe_groups_req_init_any(void *x)
{
    describe_groups_req_init(x);
}
static size_t describe_groups_req_size_any(int16_t v, const void *in)
{
    return describe_groups_req_size(v, in);
}
static int describe_groups_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return describe_groups_resp_decode(r, a, v, out);
}
static int describe_groups_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return describe_groups_resp_encode(w, v, in);
}
static void describe_groups_resp_init_any(void *x)
{
    describe_groups_resp_init(x);
}
static size_t describe_groups_resp_size_any(int16_t v, const void *in)
{
    return describe_groups_resp_size(v, in);
}
static int list_groups_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return list_groups_req_decode(r, a, v, out);
}
static int list_groups_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return list_groups_req_encode(w, v, in);
}
static void list_groups_req_init_any(void *x)
{
    list_groups_req_init(x);
}
static size_t list_groups_req_size_any(int16_t v, const void *in)
{
    return list_groups_req_size(v, in);
}
static int list_groups_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return list_groups_resp_decode(r, a, v, out);
}
static int list_groups_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return list_groups_resp_encode(w, v, in);
}
static void list_groups_resp_init_any(void *x)
{
    list_groups_resp_init(x);
}
static size_t list_groups_resp_size_any(int16_t v, const void *in)
{
    return list_groups_resp_size(v, in);
}
static int sasl_handshake_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return sasl_handshake_req_decode(r, a, v, out);
}
static int sasl_handshake_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return sasl_handshake_req_encode(w, v, in);
}
static void sasl_handshake_req_init_any(void *x)
{
    sasl_handshake_req_init(x);
}
static size_t sasl_handshake_req_size_any(int16_t v, const void *in)
{
    return sasl_handshake_req_size(v, in);
}
static int sasl_handshake_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return sasl_handshake_resp_decode(r, a, v, out);
}
static int sasl_handshake_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return sasl_handshake_resp_encode(w, v, in);
}
static void sasl_handshake_resp_init_any(void *x)
{
    sasl_handshake_resp_init(x);
}
static size_t sasl_handshake_resp_size_any(int16_t v, const void *in)
{
    return sasl_handshake_resp_size(v, in);
}
static int api_versions_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return api_versions_req_decode(r, a, v, out);
}
static int api_versions_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return api_versions_req_encode(w, v, in);
}
static void api_versions_req_init_any(void *x)
{
    api_versions_req_init(x);
}
static size_t api_versions_req_size_any(int16_t v, const void *in)
{
    return api_versions_req_size(v, in);
}
static int api_versions_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return api_versions_resp_decode(r, a, v, out);
}
static int api_versions_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return api_versions_resp_encode(w, v, in);
}
static void api_versions_resp_init_any(void *x)
{
    api_versions_resp_init(x);
}
static size_t api_versions_resp_size_any(int16_t v, const void *in)
{
    return api_versions_resp_size(v, in);
}
static int create_topics_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return create_topics_req_decode(r, a, v, out);
}
static int create_topics_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return create_topics_req_encode(w, v, in);
}
static void create_topics_req_init_any(void *x)
{
    create_topics_req_init(x);
}
static size_t create_topics_req_size_any(int16_t v, const void *in)
{
    return create_topics_req_size(v, in);
}
static int create_topics_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return create_topics_resp_decode(r, a, v, out);
}
static int create_topics_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return create_topics_resp_encode(w, v, in);
}
static void create_topics_resp_init_any(void *x)
{
    create_topics_resp_init(x);
}
static size_t create_topics_resp_size_any(int16_t v, const void *in)
{
    return create_topics_resp_size(v, in);
}
static int delete_topics_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return delete_topics_req_decode(r, a, v, out);
}
static int delete_topics_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return delete_topics_req_encode(w, v, in);
}
static void delete_topics_req_init_any(void *x)
{
    delete_topics_req_init(x);
}
static size_t delete_topics_req_size_any(int16_t v, const void *in)
{
    return delete_topics_req_size(v, in);
}
static int delete_topics_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return delete_topics_resp_decode(r, a, v, out);
}
static int delete_topics_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return delete_topics_resp_encode(w, v, in);
}
static void delete_topics_resp_init_any(void *x)
{
    delete_topics_resp_init(x);
}
static size_t delete_topics_resp_size_any(int16_t v, const void *in)
{
    return delete_topics_resp_size(v, in);
}
static int delete_records_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return delete_records_req_decode(r, a, v, out);
}
static int delete_records_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return delete_records_req_encode(w, v, in);
}
static void delete_records_req_init_any(void *x)
{
    delete_records_req_init(x);
}
static size_t delete_records_req_size_any(int16_t v, const void *in)
{
    return delete_records_req_size(v, in);
}
static int delete_records_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return delete_records_resp_decode(r, a, v, out);
}
static int delete_records_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return delete_records_resp_encode(w, v, in);
}
static void delete_records_resp_init_any(void *x)
{
    delete_records_resp_init(x);
}
static size_t delete_records_resp_size_any(int16_t v, const void *in)
{
    return delete_records_resp_size(v, in);
}
static int init_producer_id_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return init_producer_id_req_decode(r, a, v, out);
}
static int init_producer_id_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return init_producer_id_req_encode(w, v, in);
}
static void init_producer_id_req_init_any(void *x)
{
    init_producer_id_req_init(x);
}
static size_t init_producer_id_req_size_any(int16_t v, const void *in)
{
    return init_producer_id_req_size(v, in);
}
static int init_producer_id_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return init_producer_id_resp_decode(r, a, v, out);
}
static int init_producer_id_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return init_producer_id_resp_encode(w, v, in);
}
static void init_producer_id_resp_init_any(void *x)
{
    init_producer_id_resp_init(x);
}
static size_t init_producer_id_resp_size_any(int16_t v, const void *in)
{
    return init_producer_id_resp_size(v, in);
}
static int offset_for_leader_epoch_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return offset_for_leader_epoch_req_decode(r, a, v, out);
}
static int offset_for_leader_epoch_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return offset_for_leader_epoch_req_encode(w, v, in);
}
static void offset_for_leader_epoch_req_init_any(void *x)
{
    offset_for_leader_epoch_req_init(x);
}
static size_t offset_for_leader_epoch_req_size_any(int16_t v, const void *in)
{
    return offset_for_leader_epoch_req_size(v, in);
}
static int offset_for_leader_epoch_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return offset_for_leader_epoch_resp_decode(r, a, v, out);
}
static int offset_for_leader_epoch_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return offset_for_leader_epoch_resp_encode(w, v, in);
}
static void offset_for_leader_epoch_resp_init_any(void *x)
{
    offset_for_leader_epoch_resp_init(x);
}
static size_t offset_for_leader_epoch_resp_size_any(int16_t v, const void *in)
{
    return offset_for_leader_epoch_resp_size(v, in);
}
static int add_partitions_to_txn_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return add_partitions_to_txn_req_decode(r, a, v, out);
}
static int add_partitions_to_txn_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return add_partitions_to_txn_req_encode(w, v, in);
}
static void add_partitions_to_txn_req_init_any(void *x)
{
    add_partitions_to_txn_req_init(x);
}
static size_t add_partitions_to_txn_req_size_any(int16_t v, const void *in)
{
    return add_partitions_to_txn_req_size(v, in);
}
static int add_partitions_to_txn_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return add_partitions_to_txn_resp_decode(r, a, v, out);
}
static int add_partitions_to_txn_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return add_partitions_to_txn_resp_encode(w, v, in);
}
static void add_partitions_to_txn_resp_init_any(void *x)
{
    add_partitions_to_txn_resp_init(x);
}
static size_t add_partitions_to_txn_resp_size_any(int16_t v, const void *in)
{
    return add_partitions_to_txn_resp_size(v, in);
}
static int add_offsets_to_txn_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return add_offsets_to_txn_req_decode(r, a, v, out);
}
static int add_offsets_to_txn_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return add_offsets_to_txn_req_encode(w, v, in);
}
static void add_offsets_to_txn_req_init_any(void *x)
{
    add_offsets_to_txn_req_init(x);
}
static size_t add_offsets_to_txn_req_size_any(int16_t v, const void *in)
{
    return add_offsets_to_txn_req_size(v, in);
}
static int add_offsets_to_txn_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return add_offsets_to_txn_resp_decode(r, a, v, out);
}
static int add_offsets_to_txn_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return add_offsets_to_txn_resp_encode(w, v, in);
}
static void add_offsets_to_txn_resp_init_any(void *x)
{
    add_offsets_to_txn_resp_init(x);
}
static size_t add_offsets_to_txn_resp_size_any(int16_t v, const void *in)
{
    return add_offsets_to_txn_resp_size(v, in);
}
static int end_txn_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return end_txn_req_decode(r, a, v, out);
}
static int end_txn_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return end_txn_req_encode(w, v, in);
}
static void end_txn_req_init_any(void *x)
{
    end_txn_req_init(x);
}
static size_t end_txn_req_size_any(int16_t v, const void *in)
{
    return end_txn_req_size(v, in);
}
static int end_txn_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return end_txn_resp_decode(r, a, v, out);
}
static int end_txn_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return end_txn_resp_encode(w, v, in);
}
static void end_txn_resp_init_any(void *x)
{
    end_txn_resp_init(x);
}
static size_t end_txn_resp_size_any(int16_t v, const void *in)
{
    return end_txn_resp_size(v, in);
}
static int write_txn_markers_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return write_txn_markers_req_decode(r, a, v, out);
}
static int write_txn_markers_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return write_txn_markers_req_encode(w, v, in);
}
static void write_txn_markers_req_init_any(void *x)
{
    write_txn_markers_req_init(x);
}
static size_t write_txn_markers_req_size_any(int16_t v, const void *in)
{
    return write_txn_markers_req_size(v, in);
}
static int write_txn_markers_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return write_txn_markers_resp_decode(r, a, v, out);
}
static int write_txn_markers_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return write_txn_markers_resp_encode(w, v, in);
}
static void write_txn_markers_resp_init_any(void *x)
{
    write_txn_markers_resp_init(x);
}
static size_t write_txn_markers_resp_size_any(int16_t v, const void *in)
{
    return write_txn_markers_resp_size(v, in);
}
static int txn_offset_commit_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return txn_offset_commit_req_decode(r, a, v, out);
}
static int txn_offset_commit_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return txn_offset_commit_req_encode(w, v, in);
}
static void txn_offset_commit_req_init_any(void *x)
{
    txn_offset_commit_req_init(x);
}
static size_t txn_offset_commit_req_size_any(int16_t v, const void *in)
{
    return txn_offset_commit_req_size(v, in);
}
static int txn_offset_commit_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return txn_offset_commit_resp_decode(r, a, v, out);
}
static int txn_offset_commit_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return txn_offset_commit_resp_encode(w, v, in);
}
static void txn_offset_commit_resp_init_any(void *x)
{
    txn_offset_commit_resp_init(x);
}
static size_t txn_offset_commit_resp_size_any(int16_t v, const void *in)
{
    return txn_offset_commit_resp_size(v, in);
}
static int describe_acls_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return describe_acls_req_decode(r, a, v, out);
}
static int describe_acls_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return describe_acls_req_encode(w, v, in);
}
static void describe_acls_req_init_any(void *x)
{
    describe_acls_req_init(x);
}
static size_t describe_acls_req_size_any(int16_t v, const void *in)
{
    return describe_acls_req_size(v, in);
}
static int describe_acls_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return describe_acls_resp_decode(r, a, v, out);
}
static int describe_acls_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return describe_acls_resp_encode(w, v, in);
}
static void describe_acls_resp_init_any(void *x)
{
    describe_acls_resp_init(x);
}
static size_t describe_acls_resp_size_any(int16_t v, const void *in)
{
    return describe_acls_resp_size(v, in);
}
static int create_acls_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return create_acls_req_decode(r, a, v, out);
}
static int create_acls_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return create_acls_req_encode(w, v, in);
}
static void create_acls_req_init_any(void *x)
{
    create_acls_req_init(x);
}
static size_t create_acls_req_size_any(int16_t v, const void *in)
{
    return create_acls_req_size(v, in);
}
static int create_acls_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return create_acls_resp_decode(r, a, v, out);
}
static int create_acls_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return create_acls_resp_encode(w, v, in);
}
static void create_acls_resp_init_any(void *x)
{
    create_acls_resp_init(x);
}
static size_t create_acls_resp_size_any(int16_t v, const void *in)
{
    return create_acls_resp_size(v, in);
}
static int delete_acls_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return delete_acls_req_decode(r, a, v, out);
}
static int delete_acls_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return delete_acls_req_encode(w, v, in);
}
static void delete_acls_req_init_any(void *x)
{
    delete_acls_req_init(x);
}
static size_t delete_acls_req_size_any(int16_t v, const void *in)
{
    return delete_acls_req_size(v, in);
}
static int delete_acls_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return delete_acls_resp_decode(r, a, v, out);
}
static int delete_acls_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return delete_acls_resp_encode(w, v, in);
}
static void delete_acls_resp_init_any(void *x)
{
    delete_acls_resp_init(x);
}
static size_t delete_acls_resp_size_any(int16_t v, const void *in)
{
    return delete_acls_resp_size(v, in);
}
static int describe_configs_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return describe_configs_req_decode(r, a, v, out);
}
static int describe_configs_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return describe_configs_req_encode(w, v, in);
}
static void describe_configs_req_init_any(void *x)
{
    describe_configs_req_init(x);
}
static size_t describe_configs_req_size_any(int16_t v, const void *in)
{
    return describe_configs_req_size(v, in);
}
static int describe_configs_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return describe_configs_resp_decode(r, a, v, out);
}
static int describe_configs_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return describe_configs_resp_encode(w, v, in);
}
static void describe_configs_resp_init_any(void *x)
{
    describe_configs_resp_init(x);
}
static size_t describe_configs_resp_size_any(int16_t v, const void *in)
{
    return describe_configs_resp_size(v, in);
}
static int alter_configs_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return alter_configs_req_decode(r, a, v, out);
}
static int alter_configs_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return alter_configs_req_encode(w, v, in);
}
static void alter_configs_req_init_any(void *x)
{
    alter_configs_req_init(x);
}
static size_t alter_configs_req_size_any(int16_t v, const void *in)
{
    return alter_configs_req_size(v, in);
}
static int alter_configs_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return alter_configs_resp_decode(r, a, v, out);
}
static int alter_configs_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return alter_configs_resp_encode(w, v, in);
}
static void alter_configs_resp_init_any(void *x)
{
    alter_configs_resp_init(x);
}
static size_t alter_configs_resp_size_any(int16_t v, const void *in)
{
    return alter_configs_resp_size(v, in);
}
static int sasl_authenticate_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return sasl_authenticate_req_decode(r, a, v, out);
}
static int sasl_authenticate_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return sasl_authenticate_req_encode(w, v, in);
}
static void sasl_authenticate_req_init_any(void *x)
{
    sasl_authenticate_req_init(x);
}
static size_t sasl_authenticate_req_size_any(int16_t v, const void *in)
{
    return sasl_authenticate_req_size(v, in);
}
static int sasl_authenticate_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return sasl_authenticate_resp_decode(r, a, v, out);
}
static int sasl_authenticate_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return sasl_authenticate_resp_encode(w, v, in);
}
static void sasl_authenticate_resp_init_any(void *x)
{
    sasl_authenticate_resp_init(x);
}
static size_t sasl_authenticate_resp_size_any(int16_t v, const void *in)
{
    return sasl_authenticate_resp_size(v, in);
}
static int create_partitions_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return create_partitions_req_decode(r, a, v, out);
}
static int create_partitions_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return create_partitions_req_encode(w, v, in);
}
static void create_partitions_req_init_any(void *x)
{
    create_partitions_req_init(x);
}
static size_t create_partitions_req_size_any(int16_t v, const void *in)
{
    return create_partitions_req_size(v, in);
}
static int create_partitions_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return create_partitions_resp_decode(r, a, v, out);
}
static int create_partitions_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return create_partitions_resp_encode(w, v, in);
}
static void create_partitions_resp_init_any(void *x)
{
    create_partitions_resp_init(x);
}
static size_t create_partitions_resp_size_any(int16_t v, const void *in)
{
    return create_partitions_resp_size(v, in);
}
static int delete_groups_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return delete_groups_req_decode(r, a, v, out);
}
static int delete_groups_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return delete_groups_req_encode(w, v, in);
}
static void delete_groups_req_init_any(void *x)
{
    delete_groups_req_init(x);
}
static size_t delete_groups_req_size_any(int16_t v, const void *in)
{
    return delete_groups_req_size(v, in);
}
static int delete_groups_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return delete_groups_resp_decode(r, a, v, out);
}
static int delete_groups_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return delete_groups_resp_encode(w, v, in);
}
static void delete_groups_resp_init_any(void *x)
{
    delete_groups_resp_init(x);
}
static size_t delete_groups_resp_size_any(int16_t v, const void *in)
{
    return delete_groups_resp_size(v, in);
}
static int incremental_alter_configs_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return incremental_alter_configs_req_decode(r, a, v, out);
}
static int incremental_alter_configs_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return incremental_alter_configs_req_encode(w, v, in);
}
static void incremental_alter_configs_req_init_any(void *x)
{
    incremental_alter_configs_req_init(x);
}
static size_t incremental_alter_configs_req_size_any(int16_t v, const void *in)
{
    return incremental_alter_configs_req_size(v, in);
}
static int incremental_alter_configs_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return incremental_alter_configs_resp_decode(r, a, v, out);
}
static int incremental_alter_configs_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return incremental_alter_configs_resp_encode(w, v, in);
}
static void incremental_alter_configs_resp_init_any(void *x)
{
    incremental_alter_configs_resp_init(x);
}
static size_t incremental_alter_configs_resp_size_any(int16_t v, const void *in)
{
    return incremental_alter_configs_resp_size(v, in);
}
static int offset_delete_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return offset_delete_req_decode(r, a, v, out);
}
static int offset_delete_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return offset_delete_req_encode(w, v, in);
}
static void offset_delete_req_init_any(void *x)
{
    offset_delete_req_init(x);
}
static size_t offset_delete_req_size_any(int16_t v, const void *in)
{
    return offset_delete_req_size(v, in);
}
static int offset_delete_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return offset_delete_resp_decode(r, a, v, out);
}
static int offset_delete_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return offset_delete_resp_encode(w, v, in);
}
static void offset_delete_resp_init_any(void *x)
{
    offset_delete_resp_init(x);
}
static size_t offset_delete_resp_size_any(int16_t v, const void *in)
{
    return offset_delete_resp_size(v, in);
}
static int describe_cluster_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return describe_cluster_req_decode(r, a, v, out);
}
static int describe_cluster_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return describe_cluster_req_encode(w, v, in);
}
static void describe_cluster_req_init_any(void *x)
{
    describe_cluster_req_init(x);
}
static size_t describe_cluster_req_size_any(int16_t v, const void *in)
{
    return describe_cluster_req_size(v, in);
}
static int describe_cluster_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return describe_cluster_resp_decode(r, a, v, out);
}
static int describe_cluster_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return describe_cluster_resp_encode(w, v, in);
}
static void describe_cluster_resp_init_any(void *x)
{
    describe_cluster_resp_init(x);
}
static size_t describe_cluster_resp_size_any(int16_t v, const void *in)
{
    return describe_cluster_resp_size(v, in);
}
static int describe_producers_req_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return describe_producers_req_decode(r, a, v, out);
}
static int describe_producers_req_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return describe_producers_req_encode(w, v, in);
}
static void describe_producers_req_init_any(void *x)
{
    describe_producers_req_init(x);
}
static size_t describe_producers_req_size_any(int16_t v, const void *in)
{
    return describe_producers_req_size(v, in);
}
static int describe_producers_resp_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)
{
    return describe_producers_resp_decode(r, a, v, out);
}
static int describe_producers_resp_encode_any(struct kwriter *w, int16_t v, const void *in)
{
    return describe_producers_resp_encode(w, v, in);
}
static void describe_producers_resp_init_any(void *x)
{
    describe_producers_resp_init(x);
}
static size_t describe_producers_resp_size_any(int16_t v, const void *in)
{
    return describe_producers_resp_size(v, in);
}

static const struct kmsg_api apis[] = {
    {0, "Produce", 0, 11, 9,
     {sizeof(struct produce_req), produce_req_init_any, produce_req_decode_any, produce_req_encode_any, produce_req_size_any},
     {sizeof(struct produce_resp), produce_resp_init_any, produce_resp_decode_any, produce_resp_encode_any, produce_resp_size_any}},
    {1, "Fetch", 4, 17, 12,
     {sizeof(struct fetch_req), fetch_req_init_any, fetch_req_decode_any, fetch_req_encode_any, fetch_req_size_any},
     {sizeof(struct fetch_resp), fetch_resp_init_any, fetch_resp_decode_any, fetch_resp_encode_any, fetch_resp_size_any}},
    {2, "ListOffsets", 1, 9, 6,
     {sizeof(struct list_offsets_req), list_offsets_req_init_any, list_offsets_req_decode_any, list_offsets_req_encode_any, list_offsets_req_size_any},
     {sizeof(struct list_offsets_resp), list_offsets_resp_init_any, list_offsets_resp_decode_any, list_offsets_resp_encode_any, list_offsets_resp_size_any}},
    {3, "Metadata", 0, 12, 9,
     {sizeof(struct metadata_req), metadata_req_init_any, metadata_req_decode_any, metadata_req_encode_any, metadata_req_size_any},
     {sizeof(struct metadata_resp), metadata_resp_init_any, metadata_resp_decode_any, metadata_resp_encode_any, metadata_resp_size_any}},
    {8, "OffsetCommit", 2, 9, 8,
     {sizeof(struct offset_commit_req), offset_commit_req_init_any, offset_commit_req_decode_any, offset_commit_req_encode_any, offset_commit_req_size_any},
     {sizeof(struct offset_commit_resp), offset_commit_resp_init_any, offset_commit_resp_decode_any, offset_commit_resp_encode_any, offset_commit_resp_size_any}},
    {9, "OffsetFetch", 1, 9, 6,
     {sizeof(struct offset_fetch_req), offset_fetch_req_init_any, offset_fetch_req_decode_any, offset_fetch_req_encode_any, offset_fetch_req_size_any},
     {sizeof(struct offset_fetch_resp), offset_fetch_resp_init_any, offset_fetch_resp_decode_any, offset_fetch_resp_encode_any, offset_fetch_resp_size_any}},
    {10, "FindCoordinator", 0, 6, 3,
     {sizeof(struct find_coordinator_req), find_coordinator_req_init_any, find_coordinator_req_decode_any, find_coordinator_req_encode_any, find_coordinator_req_size_any},
     {sizeof(struct find_coordinator_resp), find_coordinator_resp_init_any, find_coordinator_resp_decode_any, find_coordinator_resp_encode_any, find_coordinator_resp_size_any}},
    {11, "JoinGroup", 0, 9, 6,
     {sizeof(struct join_group_req), join_group_req_init_any, join_group_req_decode_any, join_group_req_encode_any, join_group_req_size_any},
     {sizeof(struct join_group_resp), join_group_resp_init_any, join_group_resp_decode_any, join_group_resp_encode_any, join_group_resp_size_any}},
    {12, "Heartbeat", 0, 4, 4,
     {sizeof(struct heartbeat_req), heartbeat_req_init_any, heartbeat_req_decode_any, heartbeat_req_encode_any, heartbeat_req_size_any},
     {sizeof(struct heartbeat_resp), heartbeat_resp_init_any, heartbeat_resp_decode_any, heartbeat_resp_encode_any, heartbeat_resp_size_any}},
    {13, "LeaveGroup", 0, 5, 4,
     {sizeof(struct leave_group_req), leave_group_req_init_any, leave_group_req_decode_any, leave_group_req_encode_any, leave_group_req_size_any},
     {sizeof(struct leave_group_resp), leave_group_resp_init_any, leave_group_resp_decode_any, leave_group_resp_encode_any, leave_group_resp_size_any}},
    {14, "SyncGroup", 0, 5, 4,
     {sizeof(struct sync_group_req), sync_group_req_init_any, sync_group_req_decode_any, sync_group_req_encode_any, sync_group_req_size_any},
     {sizeof(struct sync_group_resp), sync_group_resp_init_any, sync_group_resp_decode_any, sync_group_resp_encode_any, sync_group_resp_size_any}},
    {15, "DescribeGroups", 0, 5, 5,
     {sizeof(struct describe_groups_req), describe_groups_req_init_any, describe_groups_req_decode_any, describe_groups_req_encode_any, describe_groups_req_size_any},
     {sizeof(struct describe_groups_resp), describe_groups_resp_init_any, describe_groups_resp_decode_any, describe_groups_resp_encode_any, describe_groups_resp_size_any}},
    {16, "ListGroups", 0, 5, 3,
     {sizeof(struct list_groups_req), list_groups_req_init_any, list_groups_req_decode_any, list_groups_req_encode_any, list_groups_req_size_any},
     {sizeof(struct list_groups_resp), list_groups_resp_init_any, list_groups_resp_decode_any, list_groups_resp_encode_any, list_groups_resp_size_any}},
    {17, "SaslHandshake", 0, 1, -1,
     {sizeof(struct sasl_handshake_req), sasl_handshake_req_init_any, sasl_handshake_req_decode_any, sasl_handshake_req_encode_any, sasl_handshake_req_size_any},
     {sizeof(struct sasl_handshake_resp), sasl_handshake_resp_init_any, sasl_handshake_resp_decode_any, sasl_handshake_resp_encode_any, sasl_handshake_resp_size_any}},
    {18, "ApiVersions", 0, 4, 3,
     {sizeof(struct api_versions_req), api_versions_req_init_any, api_versions_req_decode_any, api_versions_req_encode_any, api_versions_req_size_any},
     {sizeof(struct api_versions_resp), api_versions_resp_init_any, api_versions_resp_decode_any, api_versions_resp_encode_any, api_versions_resp_size_any}},
    {19, "CreateTopics", 0, 7, 5,
     {sizeof(struct create_topics_req), create_topics_req_init_any, create_topics_req_decode_any, create_topics_req_encode_any, create_topics_req_size_any},
     {sizeof(struct create_topics_resp), create_topics_resp_init_any, create_topics_resp_decode_any, create_topics_resp_encode_any, create_topics_resp_size_any}},
    {20, "DeleteTopics", 0, 6, 4,
     {sizeof(struct delete_topics_req), delete_topics_req_init_any, delete_topics_req_decode_any, delete_topics_req_encode_any, delete_topics_req_size_any},
     {sizeof(struct delete_topics_resp), delete_topics_resp_init_any, delete_topics_resp_decode_any, delete_topics_resp_encode_any, delete_topics_resp_size_any}},
    {21, "DeleteRecords", 0, 2, 2,
     {sizeof(struct delete_records_req), delete_records_req_init_any, delete_records_req_decode_any, delete_records_req_encode_any, delete_records_req_size_any},
     {sizeof(struct delete_records_resp), delete_records_resp_init_any, delete_records_resp_decode_any, delete_records_resp_encode_any, delete_records_resp_size_any}},
    {22, "InitProducerId", 0, 5, 2,
     {sizeof(struct init_producer_id_req), init_producer_id_req_init_any, init_producer_id_req_decode_any, init_producer_id_req_encode_any, init_producer_id_req_size_any},
     {sizeof(struct init_producer_id_resp), init_producer_id_resp_init_any, init_producer_id_resp_decode_any, init_producer_id_resp_encode_any, init_producer_id_resp_size_any}},
    {23, "OffsetForLeaderEpoch", 0, 4, 4,
     {sizeof(struct offset_for_leader_epoch_req), offset_for_leader_epoch_req_init_any, offset_for_leader_epoch_req_decode_any, offset_for_leader_epoch_req_encode_any, offset_for_leader_epoch_req_size_any},
     {sizeof(struct offset_for_leader_epoch_resp), offset_for_leader_epoch_resp_init_any, offset_for_leader_epoch_resp_decode_any, offset_for_leader_epoch_resp_encode_any, offset_for_leader_epoch_resp_size_any}},
    {24, "AddPartitionsToTxn", 0, 5, 3,
     {sizeof(struct add_partitions_to_txn_req), add_partitions_to_txn_req_init_any, add_partitions_to_txn_req_decode_any, add_partitions_to_txn_req_encode_any, add_partitions_to_txn_req_size_any},
     {sizeof(struct add_partitions_to_txn_resp), add_partitions_to_txn_resp_init_any, add_partitions_to_txn_resp_decode_any, add_partitions_to_txn_resp_encode_any, add_partitions_to_txn_resp_size_any}},
    {25, "AddOffsetsToTxn", 0, 4, 3,
     {sizeof(struct add_offsets_to_txn_req), add_offsets_to_txn_req_init_any, add_offsets_to_txn_req_decode_any, add_offsets_to_txn_req_encode_any, add_offsets_to_txn_req_size_any},
     {sizeof(struct add_offsets_to_txn_resp), add_offsets_to_txn_resp_init_any, add_offsets_to_txn_resp_decode_any, add_offsets_to_txn_resp_encode_any, add_offsets_to_txn_resp_size_any}},
    {26, "EndTxn", 0, 4, 3,
     {sizeof(struct end_txn_req), end_txn_req_init_any, end_txn_req_decode_any, end_txn_req_encode_any, end_txn_req_size_any},
     {sizeof(struct end_txn_resp), end_txn_resp_init_any, end_txn_resp_decode_any, end_txn_resp_encode_any, end_txn_resp_size_any}},
    {27, "WriteTxnMarkers", 0, 1, 1,
     {sizeof(struct write_txn_markers_req), write_txn_markers_req_init_any, write_txn_markers_req_decode_any, write_txn_markers_req_encode_any, write_txn_markers_req_size_any},
     {sizeof(struct write_txn_markers_resp), write_txn_markers_resp_init_any, write_txn_markers_resp_decode_any, write_txn_markers_resp_encode_any, write_txn_markers_resp_size_any}},
    {28, "TxnOffsetCommit", 0, 4, 3,
     {sizeof(struct txn_offset_commit_req), txn_offset_commit_req_init_any, txn_offset_commit_req_decode_any, txn_offset_commit_req_encode_any, txn_offset_commit_req_size_any},
     {sizeof(struct txn_offset_commit_resp), txn_offset_commit_resp_init_any, txn_offset_commit_resp_decode_any, txn_offset_commit_resp_encode_any, txn_offset_commit_resp_size_any}},
    {29, "DescribeAcls", 0, 3, 2,
     {sizeof(struct describe_acls_req), describe_acls_req_init_any, describe_acls_req_decode_any, describe_acls_req_encode_any, describe_acls_req_size_any},
     {sizeof(struct describe_acls_resp), describe_acls_resp_init_any, describe_acls_resp_decode_any, describe_acls_resp_encode_any, describe_acls_resp_size_any}},
    {30, "CreateAcls", 0, 3, 2,
     {sizeof(struct create_acls_req), create_acls_req_init_any, create_acls_req_decode_any, create_acls_req_encode_any, create_acls_req_size_any},
     {sizeof(struct create_acls_resp), create_acls_resp_init_any, create_acls_resp_decode_any, create_acls_resp_encode_any, create_acls_resp_size_any}},
    {31, "DeleteAcls", 0, 3, 2,
     {sizeof(struct delete_acls_req), delete_acls_req_init_any, delete_acls_req_decode_any, delete_acls_req_encode_any, delete_acls_req_size_any},
     {sizeof(struct delete_acls_resp), delete_acls_resp_init_any, delete_acls_resp_decode_any, delete_acls_resp_encode_any, delete_acls_resp_size_any}},
    {32, "DescribeConfigs", 0, 4, 4,
     {sizeof(struct describe_configs_req), describe_configs_req_init_any, describe_configs_req_decode_any, describe_configs_req_encode_any, describe_configs_req_size_any},
     {sizeof(struct describe_configs_resp), describe_configs_resp_init_any, describe_configs_resp_decode_any, describe_configs_resp_encode_any, describe_configs_resp_size_any}},
    {33, "AlterConfigs", 0, 2, 2,
     {sizeof(struct alter_configs_req), alter_configs_req_init_any, alter_configs_req_decode_any, alter_configs_req_encode_any, alter_configs_req_size_any},
     {sizeof(struct alter_configs_resp), alter_configs_resp_init_any, alter_configs_resp_decode_any, alter_configs_resp_encode_any, alter_configs_resp_size_any}},
    {36, "SaslAuthenticate", 0, 2, 2,
     {sizeof(struct sasl_authenticate_req), sasl_authenticate_req_init_any, sasl_authenticate_req_decode_any, sasl_authenticate_req_encode_any, sasl_authenticate_req_size_any},
     {sizeof(struct sasl_authenticate_resp), sasl_authenticate_resp_init_any, sasl_authenticate_resp_decode_any, sasl_authenticate_resp_encode_any, sasl_authenticate_resp_size_any}},
    {37, "CreatePartitions", 0, 3, 2,
     {sizeof(struct create_partitions_req), create_partitions_req_init_any, create_partitions_req_decode_any, create_partitions_req_encode_any, create_partitions_req_size_any},
     {sizeof(struct create_partitions_resp), create_partitions_resp_init_any, create_partitions_resp_decode_any, create_partitions_resp_encode_any, create_partitions_resp_size_any}},
    {42, "DeleteGroups", 0, 2, 2,
     {sizeof(struct delete_groups_req), delete_groups_req_init_any, delete_groups_req_decode_any, delete_groups_req_encode_any, delete_groups_req_size_any},
     {sizeof(struct delete_groups_resp), delete_groups_resp_init_any, delete_groups_resp_decode_any, delete_groups_resp_encode_any, delete_groups_resp_size_any}},
    {44, "IncrementalAlterConfigs", 0, 1, 1,
     {sizeof(struct incremental_alter_configs_req), incremental_alter_configs_req_init_any, incremental_alter_configs_req_decode_any, incremental_alter_configs_req_encode_any, incremental_alter_configs_req_size_any},
     {sizeof(struct incremental_alter_configs_resp), incremental_alter_configs_resp_init_any, incremental_alter_configs_resp_decode_any, incremental_alter_configs_resp_encode_any, incremental_alter_configs_resp_size_any}},
    {47, "OffsetDelete", 0, 0, -1,
     {sizeof(struct offset_delete_req), offset_delete_req_init_any, offset_delete_req_decode_any, offset_delete_req_encode_any, offset_delete_req_size_any},
     {sizeof(struct offset_delete_resp), offset_delete_resp_init_any, offset_delete_resp_decode_any, offset_delete_resp_encode_any, offset_delete_resp_size_any}},
    {60, "DescribeCluster", 0, 1, 0,
     {sizeof(struct describe_cluster_req), describe_cluster_req_init_any, describe_cluster_req_decode_any, describe_cluster_req_encode_any, describe_cluster_req_size_any},
     {sizeof(struct describe_cluster_resp), describe_cluster_resp_init_any, describe_cluster_resp_decode_any, describe_cluster_resp_encode_any, describe_cluster_resp_size_any}},
    {61, "DescribeProducers", 0, 0, 0,
     {sizeof(struct describe_producers_req), describe_producers_req_init_any, describe_producers_req_decode_any, describe_producers_req_encode_any, describe_producers_req_size_any},
     {sizeof(struct describe_producers_resp), describe_producers_resp_init_any, describe_producers_resp_decode_any, describe_producers_resp_encode_any, describe_producers_resp_size_any}},
};

static const struct kmsg_api *by_key[KMSG_MAX_KEY + 1] = {
    [0] = &apis[0],
    [1] = &apis[1],
    [2] = &apis[2],
    [3] = &apis[3],
    [8] = &apis[4],
    [9] = &apis[5],
    [10] = &apis[6],
    [11] = &apis[7],
    [12] = &apis[8],
    [13] = &apis[9],
    [14] = &apis[10],
    [15] = &apis[11],
    [16] = &apis[12],
    [17] = &apis[13],
    [18] = &apis[14],
    [19] = &apis[15],
    [20] = &apis[16],
    [21] = &apis[17],
    [22] = &apis[18],
    [23] = &apis[19],
    [24] = &apis[20],
    [25] = &apis[21],
    [26] = &apis[22],
    [27] = &apis[23],
    [28] = &apis[24],
    [29] = &apis[25],
    [30] = &apis[26],
    [31] = &apis[27],
    [32] = &apis[28],
    [33] = &apis[29],
    [36] = &apis[30],
    [37] = &apis[31],
    [42] = &apis[32],
    [44] = &apis[33],
    [47] = &apis[34],
    [60] = &apis[35],
    [61] = &apis[36],
};

const struct kmsg_api *kmsg_lookup(int16_t key)
{
    if (key < 0 || key > KMSG_MAX_KEY)
        return NULL;
    return by_key[key];
}

const struct kmsg_api *kmsg_all(size_t *count)
{
    *count = sizeof apis / sizeof apis[0];
    return apis;
}

int16_t kmsg_request_header_version(const struct kmsg_api *api, int16_t version)
{
    return api->flex_version >= 0 && version >= api->flex_version ? 2 : 1;
}

int16_t kmsg_response_header_version(const struct kmsg_api *api, int16_t version)
{
    if (api->key == 18) /* ApiVersions: always header v0 */
        return 0;
    return api->flex_version >= 0 && version >= api->flex_version ? 1 : 0;
}
