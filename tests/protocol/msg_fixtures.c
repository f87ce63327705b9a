/* generated from protocol/apis.def by protocol/gen/gen.py; do not edit (make regen). */
#include "tests/protocol/msg_fixtures.h"

#include <string.h>

static void fx_random_produce_req_partition_produce_data(struct produce_req_partition_produce_data *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_produce_req_partition_produce_data(const struct produce_req_partition_produce_data *x, const struct produce_req_partition_produce_data *y, int16_t v);
static void fx_random_produce_req_topic_produce_data(struct produce_req_topic_produce_data *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_produce_req_topic_produce_data(const struct produce_req_topic_produce_data *x, const struct produce_req_topic_produce_data *y, int16_t v);
static void fx_random_produce_req(struct produce_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_produce_req(const struct produce_req *x, const struct produce_req *y, int16_t v);

static void fx_random_produce_req_partition_produce_data(struct produce_req_partition_produce_data *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->index = (int32_t)fx_next(rng);
    {
        struct kbytes b_ = fx_bytes(rng, a, true);
        x->records.ptr = b_.ptr;
        x->records.len = b_.len;
    }
}

static bool fx_eq_produce_req_partition_produce_data(const struct produce_req_partition_produce_data *x, const struct produce_req_partition_produce_data *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->index == y->index))
        return false;
    if (!(fx_records_eq(&x->records, &y->records)))
        return false;
    return true;
}

static void fx_random_produce_req_topic_produce_data(struct produce_req_topic_produce_data *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partition_data_count = n_;
        x->partition_data = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct produce_req_partition_produce_data)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            produce_req_partition_produce_data_init(&x->partition_data[i_]);
            fx_random_produce_req_partition_produce_data(&x->partition_data[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_produce_req_topic_produce_data(const struct produce_req_topic_produce_data *x, const struct produce_req_topic_produce_data *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partition_data_count != y->partition_data_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partition_data_count; i_++)
        if (!(fx_eq_produce_req_partition_produce_data(&x->partition_data[i_], &y->partition_data[i_], v)))
            return false;
    return true;
}

static void fx_random_produce_req(struct produce_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 3) {
        x->transactional_id = fx_str(rng, a, v >= 3);
    }
    x->acks = (int16_t)fx_next(rng);
    x->timeout_ms = (int32_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topic_data_count = n_;
        x->topic_data = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct produce_req_topic_produce_data)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            produce_req_topic_produce_data_init(&x->topic_data[i_]);
            fx_random_produce_req_topic_produce_data(&x->topic_data[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_produce_req(const struct produce_req *x, const struct produce_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 3) {
        if (!(kstr_eq(x->transactional_id, y->transactional_id)))
            return false;
    }
    if (!(x->acks == y->acks))
        return false;
    if (!(x->timeout_ms == y->timeout_ms))
        return false;
    if (x->topic_data_count != y->topic_data_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topic_data_count; i_++)
        if (!(fx_eq_produce_req_topic_produce_data(&x->topic_data[i_], &y->topic_data[i_], v)))
            return false;
    return true;
}

static void fx_random_produce_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    produce_req_init(x);
    fx_random_produce_req(x, a, v, rng, 0);
}

static bool fx_eq_produce_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_produce_req(x, y, v);
}

static void fx_random_produce_resp_batch_index_and_error_message(struct produce_resp_batch_index_and_error_message *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_produce_resp_batch_index_and_error_message(const struct produce_resp_batch_index_and_error_message *x, const struct produce_resp_batch_index_and_error_message *y, int16_t v);
static void fx_random_produce_resp_leader_id_and_epoch(struct produce_resp_leader_id_and_epoch *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_produce_resp_leader_id_and_epoch(const struct produce_resp_leader_id_and_epoch *x, const struct produce_resp_leader_id_and_epoch *y, int16_t v);
static void fx_random_produce_resp_partition_produce_response(struct produce_resp_partition_produce_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_produce_resp_partition_produce_response(const struct produce_resp_partition_produce_response *x, const struct produce_resp_partition_produce_response *y, int16_t v);
static void fx_random_produce_resp_topic_produce_response(struct produce_resp_topic_produce_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_produce_resp_topic_produce_response(const struct produce_resp_topic_produce_response *x, const struct produce_resp_topic_produce_response *y, int16_t v);
static void fx_random_produce_resp_node_endpoint(struct produce_resp_node_endpoint *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_produce_resp_node_endpoint(const struct produce_resp_node_endpoint *x, const struct produce_resp_node_endpoint *y, int16_t v);
static void fx_random_produce_resp(struct produce_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_produce_resp(const struct produce_resp *x, const struct produce_resp *y, int16_t v);

static void fx_random_produce_resp_batch_index_and_error_message(struct produce_resp_batch_index_and_error_message *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 8) {
        x->batch_index = (int32_t)fx_next(rng);
    }
    if (v >= 8) {
        x->batch_index_error_message = fx_str(rng, a, v >= 8);
    }
}

static bool fx_eq_produce_resp_batch_index_and_error_message(const struct produce_resp_batch_index_and_error_message *x, const struct produce_resp_batch_index_and_error_message *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 8) {
        if (!(x->batch_index == y->batch_index))
            return false;
    }
    if (v >= 8) {
        if (!(kstr_eq(x->batch_index_error_message, y->batch_index_error_message)))
            return false;
    }
    return true;
}

static void fx_random_produce_resp_leader_id_and_epoch(struct produce_resp_leader_id_and_epoch *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 10) {
        x->leader_id = (int32_t)fx_next(rng);
    }
    if (v >= 10) {
        x->leader_epoch = (int32_t)fx_next(rng);
    }
}

static bool fx_eq_produce_resp_leader_id_and_epoch(const struct produce_resp_leader_id_and_epoch *x, const struct produce_resp_leader_id_and_epoch *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 10) {
        if (!(x->leader_id == y->leader_id))
            return false;
    }
    if (v >= 10) {
        if (!(x->leader_epoch == y->leader_epoch))
            return false;
    }
    return true;
}

static void fx_random_produce_resp_partition_produce_response(struct produce_resp_partition_produce_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->index = (int32_t)fx_next(rng);
    x->error_code = (int16_t)fx_next(rng);
    x->base_offset = (int64_t)fx_next(rng);
    if (v >= 2) {
        x->log_append_time_ms = (int64_t)fx_next(rng);
    }
    if (v >= 5) {
        x->log_start_offset = (int64_t)fx_next(rng);
    }
    if (v >= 8) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->record_errors_count = n_;
            x->record_errors = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct produce_resp_batch_index_and_error_message)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                produce_resp_batch_index_and_error_message_init(&x->record_errors[i_]);
                fx_random_produce_resp_batch_index_and_error_message(&x->record_errors[i_], a, v, rng, depth + 1);
            }
        }
    }
    if (v >= 8) {
        x->error_message = fx_str(rng, a, v >= 8);
    }
    if (v >= 10) {
        if (fx_next(rng) & 1) {
            fx_random_produce_resp_leader_id_and_epoch(&x->current_leader, a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_produce_resp_partition_produce_response(const struct produce_resp_partition_produce_response *x, const struct produce_resp_partition_produce_response *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->index == y->index))
        return false;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(x->base_offset == y->base_offset))
        return false;
    if (v >= 2) {
        if (!(x->log_append_time_ms == y->log_append_time_ms))
            return false;
    }
    if (v >= 5) {
        if (!(x->log_start_offset == y->log_start_offset))
            return false;
    }
    if (v >= 8) {
        if (x->record_errors_count != y->record_errors_count)
            return false;
        for (int32_t i_ = 0; i_ < x->record_errors_count; i_++)
            if (!(fx_eq_produce_resp_batch_index_and_error_message(&x->record_errors[i_], &y->record_errors[i_], v)))
                return false;
    }
    if (v >= 8) {
        if (!(kstr_eq(x->error_message, y->error_message)))
            return false;
    }
    if (v >= 10) {
        if (!(fx_eq_produce_resp_leader_id_and_epoch(&x->current_leader, &y->current_leader, v)))
            return false;
    }
    return true;
}

static void fx_random_produce_resp_topic_produce_response(struct produce_resp_topic_produce_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partition_responses_count = n_;
        x->partition_responses = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct produce_resp_partition_produce_response)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            produce_resp_partition_produce_response_init(&x->partition_responses[i_]);
            fx_random_produce_resp_partition_produce_response(&x->partition_responses[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_produce_resp_topic_produce_response(const struct produce_resp_topic_produce_response *x, const struct produce_resp_topic_produce_response *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partition_responses_count != y->partition_responses_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partition_responses_count; i_++)
        if (!(fx_eq_produce_resp_partition_produce_response(&x->partition_responses[i_], &y->partition_responses[i_], v)))
            return false;
    return true;
}

static void fx_random_produce_resp_node_endpoint(struct produce_resp_node_endpoint *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 10) {
        x->node_id = (int32_t)fx_next(rng);
    }
    if (v >= 10) {
        x->host = fx_str(rng, a, false);
    }
    if (v >= 10) {
        x->port = (int32_t)fx_next(rng);
    }
    if (v >= 10) {
        x->rack = fx_str(rng, a, v >= 10);
    }
}

static bool fx_eq_produce_resp_node_endpoint(const struct produce_resp_node_endpoint *x, const struct produce_resp_node_endpoint *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 10) {
        if (!(x->node_id == y->node_id))
            return false;
    }
    if (v >= 10) {
        if (!(kstr_eq(x->host, y->host)))
            return false;
    }
    if (v >= 10) {
        if (!(x->port == y->port))
            return false;
    }
    if (v >= 10) {
        if (!(kstr_eq(x->rack, y->rack)))
            return false;
    }
    return true;
}

static void fx_random_produce_resp(struct produce_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->responses_count = n_;
        x->responses = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct produce_resp_topic_produce_response)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            produce_resp_topic_produce_response_init(&x->responses[i_]);
            fx_random_produce_resp_topic_produce_response(&x->responses[i_], a, v, rng, depth + 1);
        }
    }
    if (v >= 1) {
        x->throttle_time_ms = (int32_t)fx_next(rng);
    }
    if (v >= 10) {
        if (fx_next(rng) & 1) {
            {
                int32_t n_ = fx_count(rng, depth, false);
                x->node_endpoints_count = n_;
                x->node_endpoints = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct produce_resp_node_endpoint)) : NULL;
                for (int32_t i_ = 0; i_ < n_; i_++) {
                    produce_resp_node_endpoint_init(&x->node_endpoints[i_]);
                    fx_random_produce_resp_node_endpoint(&x->node_endpoints[i_], a, v, rng, depth + 1);
                }
            }
        }
    }
}

static bool fx_eq_produce_resp(const struct produce_resp *x, const struct produce_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (x->responses_count != y->responses_count)
        return false;
    for (int32_t i_ = 0; i_ < x->responses_count; i_++)
        if (!(fx_eq_produce_resp_topic_produce_response(&x->responses[i_], &y->responses[i_], v)))
            return false;
    if (v >= 1) {
        if (!(x->throttle_time_ms == y->throttle_time_ms))
            return false;
    }
    if (v >= 10) {
        if (x->node_endpoints_count != y->node_endpoints_count)
            return false;
        for (int32_t i_ = 0; i_ < x->node_endpoints_count; i_++)
            if (!(fx_eq_produce_resp_node_endpoint(&x->node_endpoints[i_], &y->node_endpoints[i_], v)))
                return false;
    }
    return true;
}

static void fx_random_produce_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    produce_resp_init(x);
    fx_random_produce_resp(x, a, v, rng, 0);
}

static bool fx_eq_produce_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_produce_resp(x, y, v);
}

static void fx_random_fetch_req_replica_state(struct fetch_req_replica_state *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_fetch_req_replica_state(const struct fetch_req_replica_state *x, const struct fetch_req_replica_state *y, int16_t v);
static void fx_random_fetch_req_fetch_partition(struct fetch_req_fetch_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_fetch_req_fetch_partition(const struct fetch_req_fetch_partition *x, const struct fetch_req_fetch_partition *y, int16_t v);
static void fx_random_fetch_req_fetch_topic(struct fetch_req_fetch_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_fetch_req_fetch_topic(const struct fetch_req_fetch_topic *x, const struct fetch_req_fetch_topic *y, int16_t v);
static void fx_random_fetch_req_forgotten_topic(struct fetch_req_forgotten_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_fetch_req_forgotten_topic(const struct fetch_req_forgotten_topic *x, const struct fetch_req_forgotten_topic *y, int16_t v);
static void fx_random_fetch_req(struct fetch_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_fetch_req(const struct fetch_req *x, const struct fetch_req *y, int16_t v);

static void fx_random_fetch_req_replica_state(struct fetch_req_replica_state *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 15) {
        x->replica_id = (int32_t)fx_next(rng);
    }
    if (v >= 15) {
        x->replica_epoch = (int64_t)fx_next(rng);
    }
}

static bool fx_eq_fetch_req_replica_state(const struct fetch_req_replica_state *x, const struct fetch_req_replica_state *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 15) {
        if (!(x->replica_id == y->replica_id))
            return false;
    }
    if (v >= 15) {
        if (!(x->replica_epoch == y->replica_epoch))
            return false;
    }
    return true;
}

static void fx_random_fetch_req_fetch_partition(struct fetch_req_fetch_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition = (int32_t)fx_next(rng);
    if (v >= 9) {
        x->current_leader_epoch = (int32_t)fx_next(rng);
    }
    x->fetch_offset = (int64_t)fx_next(rng);
    if (v >= 12) {
        x->last_fetched_epoch = (int32_t)fx_next(rng);
    }
    if (v >= 5) {
        x->log_start_offset = (int64_t)fx_next(rng);
    }
    x->partition_max_bytes = (int32_t)fx_next(rng);
    if (v >= 17) {
        if (fx_next(rng) & 1) {
            fx_uuid(rng, &x->replica_directory_id);
        }
    }
}

static bool fx_eq_fetch_req_fetch_partition(const struct fetch_req_fetch_partition *x, const struct fetch_req_fetch_partition *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition == y->partition))
        return false;
    if (v >= 9) {
        if (!(x->current_leader_epoch == y->current_leader_epoch))
            return false;
    }
    if (!(x->fetch_offset == y->fetch_offset))
        return false;
    if (v >= 12) {
        if (!(x->last_fetched_epoch == y->last_fetched_epoch))
            return false;
    }
    if (v >= 5) {
        if (!(x->log_start_offset == y->log_start_offset))
            return false;
    }
    if (!(x->partition_max_bytes == y->partition_max_bytes))
        return false;
    if (v >= 17) {
        if (!(memcmp(x->replica_directory_id.b, y->replica_directory_id.b, 16) == 0))
            return false;
    }
    return true;
}

static void fx_random_fetch_req_fetch_topic(struct fetch_req_fetch_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v <= 12) {
        x->topic = fx_str(rng, a, false);
    }
    if (v >= 13) {
        fx_uuid(rng, &x->topic_id);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct fetch_req_fetch_partition)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            fetch_req_fetch_partition_init(&x->partitions[i_]);
            fx_random_fetch_req_fetch_partition(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_fetch_req_fetch_topic(const struct fetch_req_fetch_topic *x, const struct fetch_req_fetch_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v <= 12) {
        if (!(kstr_eq(x->topic, y->topic)))
            return false;
    }
    if (v >= 13) {
        if (!(memcmp(x->topic_id.b, y->topic_id.b, 16) == 0))
            return false;
    }
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_fetch_req_fetch_partition(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    return true;
}

static void fx_random_fetch_req_forgotten_topic(struct fetch_req_forgotten_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 7 && v <= 12) {
        x->topic = fx_str(rng, a, false);
    }
    if (v >= 13) {
        fx_uuid(rng, &x->topic_id);
    }
    if (v >= 7) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->partitions_count = n_;
            x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(int32_t)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                x->partitions[i_] = (int32_t)fx_next(rng);
            }
        }
    }
}

static bool fx_eq_fetch_req_forgotten_topic(const struct fetch_req_forgotten_topic *x, const struct fetch_req_forgotten_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 7 && v <= 12) {
        if (!(kstr_eq(x->topic, y->topic)))
            return false;
    }
    if (v >= 13) {
        if (!(memcmp(x->topic_id.b, y->topic_id.b, 16) == 0))
            return false;
    }
    if (v >= 7) {
        if (x->partitions_count != y->partitions_count)
            return false;
        for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
            if (!(x->partitions[i_] == y->partitions[i_]))
                return false;
    }
    return true;
}

static void fx_random_fetch_req(struct fetch_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 12) {
        if (fx_next(rng) & 1) {
            x->cluster_id = fx_str(rng, a, v >= 12);
        }
    }
    if (v <= 14) {
        x->replica_id = (int32_t)fx_next(rng);
    }
    if (v >= 15) {
        if (fx_next(rng) & 1) {
            fx_random_fetch_req_replica_state(&x->replica_state, a, v, rng, depth + 1);
        }
    }
    x->max_wait_ms = (int32_t)fx_next(rng);
    x->min_bytes = (int32_t)fx_next(rng);
    x->max_bytes = (int32_t)fx_next(rng);
    x->isolation_level = (int8_t)fx_next(rng);
    if (v >= 7) {
        x->session_id = (int32_t)fx_next(rng);
    }
    if (v >= 7) {
        x->session_epoch = (int32_t)fx_next(rng);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct fetch_req_fetch_topic)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            fetch_req_fetch_topic_init(&x->topics[i_]);
            fx_random_fetch_req_fetch_topic(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
    if (v >= 7) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->forgotten_topics_data_count = n_;
            x->forgotten_topics_data = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct fetch_req_forgotten_topic)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                fetch_req_forgotten_topic_init(&x->forgotten_topics_data[i_]);
                fx_random_fetch_req_forgotten_topic(&x->forgotten_topics_data[i_], a, v, rng, depth + 1);
            }
        }
    }
    if (v >= 11) {
        x->rack_id = fx_str(rng, a, false);
    }
}

static bool fx_eq_fetch_req(const struct fetch_req *x, const struct fetch_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 12) {
        if (!(kstr_eq(x->cluster_id, y->cluster_id)))
            return false;
    }
    if (v <= 14) {
        if (!(x->replica_id == y->replica_id))
            return false;
    }
    if (v >= 15) {
        if (!(fx_eq_fetch_req_replica_state(&x->replica_state, &y->replica_state, v)))
            return false;
    }
    if (!(x->max_wait_ms == y->max_wait_ms))
        return false;
    if (!(x->min_bytes == y->min_bytes))
        return false;
    if (!(x->max_bytes == y->max_bytes))
        return false;
    if (!(x->isolation_level == y->isolation_level))
        return false;
    if (v >= 7) {
        if (!(x->session_id == y->session_id))
            return false;
    }
    if (v >= 7) {
        if (!(x->session_epoch == y->session_epoch))
            return false;
    }
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_fetch_req_fetch_topic(&x->topics[i_], &y->topics[i_], v)))
            return false;
    if (v >= 7) {
        if (x->forgotten_topics_data_count != y->forgotten_topics_data_count)
            return false;
        for (int32_t i_ = 0; i_ < x->forgotten_topics_data_count; i_++)
            if (!(fx_eq_fetch_req_forgotten_topic(&x->forgotten_topics_data[i_], &y->forgotten_topics_data[i_], v)))
                return false;
    }
    if (v >= 11) {
        if (!(kstr_eq(x->rack_id, y->rack_id)))
            return false;
    }
    return true;
}

static void fx_random_fetch_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    fetch_req_init(x);
    fx_random_fetch_req(x, a, v, rng, 0);
}

static bool fx_eq_fetch_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_fetch_req(x, y, v);
}

static void fx_random_fetch_resp_epoch_end_offset(struct fetch_resp_epoch_end_offset *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_fetch_resp_epoch_end_offset(const struct fetch_resp_epoch_end_offset *x, const struct fetch_resp_epoch_end_offset *y, int16_t v);
static void fx_random_fetch_resp_leader_id_and_epoch(struct fetch_resp_leader_id_and_epoch *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_fetch_resp_leader_id_and_epoch(const struct fetch_resp_leader_id_and_epoch *x, const struct fetch_resp_leader_id_and_epoch *y, int16_t v);
static void fx_random_fetch_resp_snapshot_id(struct fetch_resp_snapshot_id *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_fetch_resp_snapshot_id(const struct fetch_resp_snapshot_id *x, const struct fetch_resp_snapshot_id *y, int16_t v);
static void fx_random_fetch_resp_aborted_transaction(struct fetch_resp_aborted_transaction *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_fetch_resp_aborted_transaction(const struct fetch_resp_aborted_transaction *x, const struct fetch_resp_aborted_transaction *y, int16_t v);
static void fx_random_fetch_resp_partition_data(struct fetch_resp_partition_data *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_fetch_resp_partition_data(const struct fetch_resp_partition_data *x, const struct fetch_resp_partition_data *y, int16_t v);
static void fx_random_fetch_resp_fetchable_topic_response(struct fetch_resp_fetchable_topic_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_fetch_resp_fetchable_topic_response(const struct fetch_resp_fetchable_topic_response *x, const struct fetch_resp_fetchable_topic_response *y, int16_t v);
static void fx_random_fetch_resp_node_endpoint(struct fetch_resp_node_endpoint *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_fetch_resp_node_endpoint(const struct fetch_resp_node_endpoint *x, const struct fetch_resp_node_endpoint *y, int16_t v);
static void fx_random_fetch_resp(struct fetch_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_fetch_resp(const struct fetch_resp *x, const struct fetch_resp *y, int16_t v);

static void fx_random_fetch_resp_epoch_end_offset(struct fetch_resp_epoch_end_offset *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 12) {
        x->epoch = (int32_t)fx_next(rng);
    }
    if (v >= 12) {
        x->end_offset = (int64_t)fx_next(rng);
    }
}

static bool fx_eq_fetch_resp_epoch_end_offset(const struct fetch_resp_epoch_end_offset *x, const struct fetch_resp_epoch_end_offset *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 12) {
        if (!(x->epoch == y->epoch))
            return false;
    }
    if (v >= 12) {
        if (!(x->end_offset == y->end_offset))
            return false;
    }
    return true;
}

static void fx_random_fetch_resp_leader_id_and_epoch(struct fetch_resp_leader_id_and_epoch *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 12) {
        x->leader_id = (int32_t)fx_next(rng);
    }
    if (v >= 12) {
        x->leader_epoch = (int32_t)fx_next(rng);
    }
}

static bool fx_eq_fetch_resp_leader_id_and_epoch(const struct fetch_resp_leader_id_and_epoch *x, const struct fetch_resp_leader_id_and_epoch *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 12) {
        if (!(x->leader_id == y->leader_id))
            return false;
    }
    if (v >= 12) {
        if (!(x->leader_epoch == y->leader_epoch))
            return false;
    }
    return true;
}

static void fx_random_fetch_resp_snapshot_id(struct fetch_resp_snapshot_id *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->end_offset = (int64_t)fx_next(rng);
    x->epoch = (int32_t)fx_next(rng);
}

static bool fx_eq_fetch_resp_snapshot_id(const struct fetch_resp_snapshot_id *x, const struct fetch_resp_snapshot_id *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->end_offset == y->end_offset))
        return false;
    if (!(x->epoch == y->epoch))
        return false;
    return true;
}

static void fx_random_fetch_resp_aborted_transaction(struct fetch_resp_aborted_transaction *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->producer_id = (int64_t)fx_next(rng);
    x->first_offset = (int64_t)fx_next(rng);
}

static bool fx_eq_fetch_resp_aborted_transaction(const struct fetch_resp_aborted_transaction *x, const struct fetch_resp_aborted_transaction *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->producer_id == y->producer_id))
        return false;
    if (!(x->first_offset == y->first_offset))
        return false;
    return true;
}

static void fx_random_fetch_resp_partition_data(struct fetch_resp_partition_data *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition_index = (int32_t)fx_next(rng);
    x->error_code = (int16_t)fx_next(rng);
    x->high_watermark = (int64_t)fx_next(rng);
    x->last_stable_offset = (int64_t)fx_next(rng);
    if (v >= 5) {
        x->log_start_offset = (int64_t)fx_next(rng);
    }
    if (v >= 12) {
        if (fx_next(rng) & 1) {
            fx_random_fetch_resp_epoch_end_offset(&x->diverging_epoch, a, v, rng, depth + 1);
        }
    }
    if (v >= 12) {
        if (fx_next(rng) & 1) {
            fx_random_fetch_resp_leader_id_and_epoch(&x->current_leader, a, v, rng, depth + 1);
        }
    }
    if (v >= 12) {
        if (fx_next(rng) & 1) {
            fx_random_fetch_resp_snapshot_id(&x->snapshot_id, a, v, rng, depth + 1);
        }
    }
    {
        int32_t n_ = fx_count(rng, depth, true);
        x->aborted_transactions_count = n_;
        x->aborted_transactions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct fetch_resp_aborted_transaction)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            fetch_resp_aborted_transaction_init(&x->aborted_transactions[i_]);
            fx_random_fetch_resp_aborted_transaction(&x->aborted_transactions[i_], a, v, rng, depth + 1);
        }
    }
    if (v >= 11) {
        x->preferred_read_replica = (int32_t)fx_next(rng);
    }
    {
        struct kbytes b_ = fx_bytes(rng, a, true);
        x->records.ptr = b_.ptr;
        x->records.len = b_.len;
    }
}

static bool fx_eq_fetch_resp_partition_data(const struct fetch_resp_partition_data *x, const struct fetch_resp_partition_data *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition_index == y->partition_index))
        return false;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(x->high_watermark == y->high_watermark))
        return false;
    if (!(x->last_stable_offset == y->last_stable_offset))
        return false;
    if (v >= 5) {
        if (!(x->log_start_offset == y->log_start_offset))
            return false;
    }
    if (v >= 12) {
        if (!(fx_eq_fetch_resp_epoch_end_offset(&x->diverging_epoch, &y->diverging_epoch, v)))
            return false;
    }
    if (v >= 12) {
        if (!(fx_eq_fetch_resp_leader_id_and_epoch(&x->current_leader, &y->current_leader, v)))
            return false;
    }
    if (v >= 12) {
        if (!(fx_eq_fetch_resp_snapshot_id(&x->snapshot_id, &y->snapshot_id, v)))
            return false;
    }
    if (x->aborted_transactions_count != y->aborted_transactions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->aborted_transactions_count; i_++)
        if (!(fx_eq_fetch_resp_aborted_transaction(&x->aborted_transactions[i_], &y->aborted_transactions[i_], v)))
            return false;
    if (v >= 11) {
        if (!(x->preferred_read_replica == y->preferred_read_replica))
            return false;
    }
    if (!(fx_records_eq(&x->records, &y->records)))
        return false;
    return true;
}

static void fx_random_fetch_resp_fetchable_topic_response(struct fetch_resp_fetchable_topic_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v <= 12) {
        x->topic = fx_str(rng, a, false);
    }
    if (v >= 13) {
        fx_uuid(rng, &x->topic_id);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct fetch_resp_partition_data)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            fetch_resp_partition_data_init(&x->partitions[i_]);
            fx_random_fetch_resp_partition_data(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_fetch_resp_fetchable_topic_response(const struct fetch_resp_fetchable_topic_response *x, const struct fetch_resp_fetchable_topic_response *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v <= 12) {
        if (!(kstr_eq(x->topic, y->topic)))
            return false;
    }
    if (v >= 13) {
        if (!(memcmp(x->topic_id.b, y->topic_id.b, 16) == 0))
            return false;
    }
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_fetch_resp_partition_data(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    return true;
}

static void fx_random_fetch_resp_node_endpoint(struct fetch_resp_node_endpoint *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 16) {
        x->node_id = (int32_t)fx_next(rng);
    }
    if (v >= 16) {
        x->host = fx_str(rng, a, false);
    }
    if (v >= 16) {
        x->port = (int32_t)fx_next(rng);
    }
    if (v >= 16) {
        x->rack = fx_str(rng, a, v >= 16);
    }
}

static bool fx_eq_fetch_resp_node_endpoint(const struct fetch_resp_node_endpoint *x, const struct fetch_resp_node_endpoint *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 16) {
        if (!(x->node_id == y->node_id))
            return false;
    }
    if (v >= 16) {
        if (!(kstr_eq(x->host, y->host)))
            return false;
    }
    if (v >= 16) {
        if (!(x->port == y->port))
            return false;
    }
    if (v >= 16) {
        if (!(kstr_eq(x->rack, y->rack)))
            return false;
    }
    return true;
}

static void fx_random_fetch_resp(struct fetch_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    if (v >= 7) {
        x->error_code = (int16_t)fx_next(rng);
    }
    if (v >= 7) {
        x->session_id = (int32_t)fx_next(rng);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->responses_count = n_;
        x->responses = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct fetch_resp_fetchable_topic_response)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            fetch_resp_fetchable_topic_response_init(&x->responses[i_]);
            fx_random_fetch_resp_fetchable_topic_response(&x->responses[i_], a, v, rng, depth + 1);
        }
    }
    if (v >= 16) {
        if (fx_next(rng) & 1) {
            {
                int32_t n_ = fx_count(rng, depth, false);
                x->node_endpoints_count = n_;
                x->node_endpoints = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct fetch_resp_node_endpoint)) : NULL;
                for (int32_t i_ = 0; i_ < n_; i_++) {
                    fetch_resp_node_endpoint_init(&x->node_endpoints[i_]);
                    fx_random_fetch_resp_node_endpoint(&x->node_endpoints[i_], a, v, rng, depth + 1);
                }
            }
        }
    }
}

static bool fx_eq_fetch_resp(const struct fetch_resp *x, const struct fetch_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (v >= 7) {
        if (!(x->error_code == y->error_code))
            return false;
    }
    if (v >= 7) {
        if (!(x->session_id == y->session_id))
            return false;
    }
    if (x->responses_count != y->responses_count)
        return false;
    for (int32_t i_ = 0; i_ < x->responses_count; i_++)
        if (!(fx_eq_fetch_resp_fetchable_topic_response(&x->responses[i_], &y->responses[i_], v)))
            return false;
    if (v >= 16) {
        if (x->node_endpoints_count != y->node_endpoints_count)
            return false;
        for (int32_t i_ = 0; i_ < x->node_endpoints_count; i_++)
            if (!(fx_eq_fetch_resp_node_endpoint(&x->node_endpoints[i_], &y->node_endpoints[i_], v)))
                return false;
    }
    return true;
}

static void fx_random_fetch_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    fetch_resp_init(x);
    fx_random_fetch_resp(x, a, v, rng, 0);
}

static bool fx_eq_fetch_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_fetch_resp(x, y, v);
}

static void fx_random_list_offsets_req_list_offsets_partition(struct list_offsets_req_list_offsets_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_list_offsets_req_list_offsets_partition(const struct list_offsets_req_list_offsets_partition *x, const struct list_offsets_req_list_offsets_partition *y, int16_t v);
static void fx_random_list_offsets_req_list_offsets_topic(struct list_offsets_req_list_offsets_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_list_offsets_req_list_offsets_topic(const struct list_offsets_req_list_offsets_topic *x, const struct list_offsets_req_list_offsets_topic *y, int16_t v);
static void fx_random_list_offsets_req(struct list_offsets_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_list_offsets_req(const struct list_offsets_req *x, const struct list_offsets_req *y, int16_t v);

static void fx_random_list_offsets_req_list_offsets_partition(struct list_offsets_req_list_offsets_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition_index = (int32_t)fx_next(rng);
    if (v >= 4) {
        x->current_leader_epoch = (int32_t)fx_next(rng);
    }
    x->timestamp = (int64_t)fx_next(rng);
}

static bool fx_eq_list_offsets_req_list_offsets_partition(const struct list_offsets_req_list_offsets_partition *x, const struct list_offsets_req_list_offsets_partition *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition_index == y->partition_index))
        return false;
    if (v >= 4) {
        if (!(x->current_leader_epoch == y->current_leader_epoch))
            return false;
    }
    if (!(x->timestamp == y->timestamp))
        return false;
    return true;
}

static void fx_random_list_offsets_req_list_offsets_topic(struct list_offsets_req_list_offsets_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct list_offsets_req_list_offsets_partition)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            list_offsets_req_list_offsets_partition_init(&x->partitions[i_]);
            fx_random_list_offsets_req_list_offsets_partition(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_list_offsets_req_list_offsets_topic(const struct list_offsets_req_list_offsets_topic *x, const struct list_offsets_req_list_offsets_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_list_offsets_req_list_offsets_partition(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    return true;
}

static void fx_random_list_offsets_req(struct list_offsets_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->replica_id = (int32_t)fx_next(rng);
    if (v >= 2) {
        x->isolation_level = (int8_t)fx_next(rng);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct list_offsets_req_list_offsets_topic)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            list_offsets_req_list_offsets_topic_init(&x->topics[i_]);
            fx_random_list_offsets_req_list_offsets_topic(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_list_offsets_req(const struct list_offsets_req *x, const struct list_offsets_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->replica_id == y->replica_id))
        return false;
    if (v >= 2) {
        if (!(x->isolation_level == y->isolation_level))
            return false;
    }
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_list_offsets_req_list_offsets_topic(&x->topics[i_], &y->topics[i_], v)))
            return false;
    return true;
}

static void fx_random_list_offsets_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    list_offsets_req_init(x);
    fx_random_list_offsets_req(x, a, v, rng, 0);
}

static bool fx_eq_list_offsets_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_list_offsets_req(x, y, v);
}

static void fx_random_list_offsets_resp_list_offsets_partition_response(struct list_offsets_resp_list_offsets_partition_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_list_offsets_resp_list_offsets_partition_response(const struct list_offsets_resp_list_offsets_partition_response *x, const struct list_offsets_resp_list_offsets_partition_response *y, int16_t v);
static void fx_random_list_offsets_resp_list_offsets_topic_response(struct list_offsets_resp_list_offsets_topic_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_list_offsets_resp_list_offsets_topic_response(const struct list_offsets_resp_list_offsets_topic_response *x, const struct list_offsets_resp_list_offsets_topic_response *y, int16_t v);
static void fx_random_list_offsets_resp(struct list_offsets_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_list_offsets_resp(const struct list_offsets_resp *x, const struct list_offsets_resp *y, int16_t v);

static void fx_random_list_offsets_resp_list_offsets_partition_response(struct list_offsets_resp_list_offsets_partition_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition_index = (int32_t)fx_next(rng);
    x->error_code = (int16_t)fx_next(rng);
    x->timestamp = (int64_t)fx_next(rng);
    x->offset = (int64_t)fx_next(rng);
    if (v >= 4) {
        x->leader_epoch = (int32_t)fx_next(rng);
    }
}

static bool fx_eq_list_offsets_resp_list_offsets_partition_response(const struct list_offsets_resp_list_offsets_partition_response *x, const struct list_offsets_resp_list_offsets_partition_response *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition_index == y->partition_index))
        return false;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(x->timestamp == y->timestamp))
        return false;
    if (!(x->offset == y->offset))
        return false;
    if (v >= 4) {
        if (!(x->leader_epoch == y->leader_epoch))
            return false;
    }
    return true;
}

static void fx_random_list_offsets_resp_list_offsets_topic_response(struct list_offsets_resp_list_offsets_topic_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct list_offsets_resp_list_offsets_partition_response)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            list_offsets_resp_list_offsets_partition_response_init(&x->partitions[i_]);
            fx_random_list_offsets_resp_list_offsets_partition_response(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_list_offsets_resp_list_offsets_topic_response(const struct list_offsets_resp_list_offsets_topic_response *x, const struct list_offsets_resp_list_offsets_topic_response *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_list_offsets_resp_list_offsets_partition_response(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    return true;
}

static void fx_random_list_offsets_resp(struct list_offsets_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 2) {
        x->throttle_time_ms = (int32_t)fx_next(rng);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct list_offsets_resp_list_offsets_topic_response)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            list_offsets_resp_list_offsets_topic_response_init(&x->topics[i_]);
            fx_random_list_offsets_resp_list_offsets_topic_response(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_list_offsets_resp(const struct list_offsets_resp *x, const struct list_offsets_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 2) {
        if (!(x->throttle_time_ms == y->throttle_time_ms))
            return false;
    }
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_list_offsets_resp_list_offsets_topic_response(&x->topics[i_], &y->topics[i_], v)))
            return false;
    return true;
}

static void fx_random_list_offsets_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    list_offsets_resp_init(x);
    fx_random_list_offsets_resp(x, a, v, rng, 0);
}

static bool fx_eq_list_offsets_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_list_offsets_resp(x, y, v);
}

static void fx_random_metadata_req_metadata_request_topic(struct metadata_req_metadata_request_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_metadata_req_metadata_request_topic(const struct metadata_req_metadata_request_topic *x, const struct metadata_req_metadata_request_topic *y, int16_t v);
static void fx_random_metadata_req(struct metadata_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_metadata_req(const struct metadata_req *x, const struct metadata_req *y, int16_t v);

static void fx_random_metadata_req_metadata_request_topic(struct metadata_req_metadata_request_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 10) {
        fx_uuid(rng, &x->topic_id);
    }
    x->name = fx_str(rng, a, v >= 10);
}

static bool fx_eq_metadata_req_metadata_request_topic(const struct metadata_req_metadata_request_topic *x, const struct metadata_req_metadata_request_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 10) {
        if (!(memcmp(x->topic_id.b, y->topic_id.b, 16) == 0))
            return false;
    }
    if (!(kstr_eq(x->name, y->name)))
        return false;
    return true;
}

static void fx_random_metadata_req(struct metadata_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    {
        int32_t n_ = fx_count(rng, depth, v >= 1);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct metadata_req_metadata_request_topic)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            metadata_req_metadata_request_topic_init(&x->topics[i_]);
            fx_random_metadata_req_metadata_request_topic(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
    if (v >= 4) {
        x->allow_auto_topic_creation = fx_next(rng) & 1;
    }
    if (v >= 8 && v <= 10) {
        x->include_cluster_authorized_operations = fx_next(rng) & 1;
    }
    if (v >= 8) {
        x->include_topic_authorized_operations = fx_next(rng) & 1;
    }
}

static bool fx_eq_metadata_req(const struct metadata_req *x, const struct metadata_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_metadata_req_metadata_request_topic(&x->topics[i_], &y->topics[i_], v)))
            return false;
    if (v >= 4) {
        if (!((!x->allow_auto_topic_creation == !y->allow_auto_topic_creation)))
            return false;
    }
    if (v >= 8 && v <= 10) {
        if (!((!x->include_cluster_authorized_operations == !y->include_cluster_authorized_operations)))
            return false;
    }
    if (v >= 8) {
        if (!((!x->include_topic_authorized_operations == !y->include_topic_authorized_operations)))
            return false;
    }
    return true;
}

static void fx_random_metadata_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    metadata_req_init(x);
    fx_random_metadata_req(x, a, v, rng, 0);
}

static bool fx_eq_metadata_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_metadata_req(x, y, v);
}

static void fx_random_metadata_resp_metadata_response_broker(struct metadata_resp_metadata_response_broker *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_metadata_resp_metadata_response_broker(const struct metadata_resp_metadata_response_broker *x, const struct metadata_resp_metadata_response_broker *y, int16_t v);
static void fx_random_metadata_resp_metadata_response_partition(struct metadata_resp_metadata_response_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_metadata_resp_metadata_response_partition(const struct metadata_resp_metadata_response_partition *x, const struct metadata_resp_metadata_response_partition *y, int16_t v);
static void fx_random_metadata_resp_metadata_response_topic(struct metadata_resp_metadata_response_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_metadata_resp_metadata_response_topic(const struct metadata_resp_metadata_response_topic *x, const struct metadata_resp_metadata_response_topic *y, int16_t v);
static void fx_random_metadata_resp(struct metadata_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_metadata_resp(const struct metadata_resp *x, const struct metadata_resp *y, int16_t v);

static void fx_random_metadata_resp_metadata_response_broker(struct metadata_resp_metadata_response_broker *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->node_id = (int32_t)fx_next(rng);
    x->host = fx_str(rng, a, false);
    x->port = (int32_t)fx_next(rng);
    if (v >= 1) {
        x->rack = fx_str(rng, a, v >= 1);
    }
}

static bool fx_eq_metadata_resp_metadata_response_broker(const struct metadata_resp_metadata_response_broker *x, const struct metadata_resp_metadata_response_broker *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->node_id == y->node_id))
        return false;
    if (!(kstr_eq(x->host, y->host)))
        return false;
    if (!(x->port == y->port))
        return false;
    if (v >= 1) {
        if (!(kstr_eq(x->rack, y->rack)))
            return false;
    }
    return true;
}

static void fx_random_metadata_resp_metadata_response_partition(struct metadata_resp_metadata_response_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->error_code = (int16_t)fx_next(rng);
    x->partition_index = (int32_t)fx_next(rng);
    x->leader_id = (int32_t)fx_next(rng);
    if (v >= 7) {
        x->leader_epoch = (int32_t)fx_next(rng);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->replica_nodes_count = n_;
        x->replica_nodes = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(int32_t)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            x->replica_nodes[i_] = (int32_t)fx_next(rng);
        }
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->isr_nodes_count = n_;
        x->isr_nodes = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(int32_t)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            x->isr_nodes[i_] = (int32_t)fx_next(rng);
        }
    }
    if (v >= 5) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->offline_replicas_count = n_;
            x->offline_replicas = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(int32_t)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                x->offline_replicas[i_] = (int32_t)fx_next(rng);
            }
        }
    }
}

static bool fx_eq_metadata_resp_metadata_response_partition(const struct metadata_resp_metadata_response_partition *x, const struct metadata_resp_metadata_response_partition *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(x->partition_index == y->partition_index))
        return false;
    if (!(x->leader_id == y->leader_id))
        return false;
    if (v >= 7) {
        if (!(x->leader_epoch == y->leader_epoch))
            return false;
    }
    if (x->replica_nodes_count != y->replica_nodes_count)
        return false;
    for (int32_t i_ = 0; i_ < x->replica_nodes_count; i_++)
        if (!(x->replica_nodes[i_] == y->replica_nodes[i_]))
            return false;
    if (x->isr_nodes_count != y->isr_nodes_count)
        return false;
    for (int32_t i_ = 0; i_ < x->isr_nodes_count; i_++)
        if (!(x->isr_nodes[i_] == y->isr_nodes[i_]))
            return false;
    if (v >= 5) {
        if (x->offline_replicas_count != y->offline_replicas_count)
            return false;
        for (int32_t i_ = 0; i_ < x->offline_replicas_count; i_++)
            if (!(x->offline_replicas[i_] == y->offline_replicas[i_]))
                return false;
    }
    return true;
}

static void fx_random_metadata_resp_metadata_response_topic(struct metadata_resp_metadata_response_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->error_code = (int16_t)fx_next(rng);
    x->name = fx_str(rng, a, v >= 12);
    if (v >= 10) {
        fx_uuid(rng, &x->topic_id);
    }
    if (v >= 1) {
        x->is_internal = fx_next(rng) & 1;
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct metadata_resp_metadata_response_partition)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            metadata_resp_metadata_response_partition_init(&x->partitions[i_]);
            fx_random_metadata_resp_metadata_response_partition(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
    if (v >= 8) {
        x->topic_authorized_operations = (int32_t)fx_next(rng);
    }
}

static bool fx_eq_metadata_resp_metadata_response_topic(const struct metadata_resp_metadata_response_topic *x, const struct metadata_resp_metadata_response_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (v >= 10) {
        if (!(memcmp(x->topic_id.b, y->topic_id.b, 16) == 0))
            return false;
    }
    if (v >= 1) {
        if (!((!x->is_internal == !y->is_internal)))
            return false;
    }
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_metadata_resp_metadata_response_partition(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    if (v >= 8) {
        if (!(x->topic_authorized_operations == y->topic_authorized_operations))
            return false;
    }
    return true;
}

static void fx_random_metadata_resp(struct metadata_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 3) {
        x->throttle_time_ms = (int32_t)fx_next(rng);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->brokers_count = n_;
        x->brokers = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct metadata_resp_metadata_response_broker)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            metadata_resp_metadata_response_broker_init(&x->brokers[i_]);
            fx_random_metadata_resp_metadata_response_broker(&x->brokers[i_], a, v, rng, depth + 1);
        }
    }
    if (v >= 2) {
        x->cluster_id = fx_str(rng, a, v >= 2);
    }
    if (v >= 1) {
        x->controller_id = (int32_t)fx_next(rng);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct metadata_resp_metadata_response_topic)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            metadata_resp_metadata_response_topic_init(&x->topics[i_]);
            fx_random_metadata_resp_metadata_response_topic(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
    if (v >= 8 && v <= 10) {
        x->cluster_authorized_operations = (int32_t)fx_next(rng);
    }
}

static bool fx_eq_metadata_resp(const struct metadata_resp *x, const struct metadata_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 3) {
        if (!(x->throttle_time_ms == y->throttle_time_ms))
            return false;
    }
    if (x->brokers_count != y->brokers_count)
        return false;
    for (int32_t i_ = 0; i_ < x->brokers_count; i_++)
        if (!(fx_eq_metadata_resp_metadata_response_broker(&x->brokers[i_], &y->brokers[i_], v)))
            return false;
    if (v >= 2) {
        if (!(kstr_eq(x->cluster_id, y->cluster_id)))
            return false;
    }
    if (v >= 1) {
        if (!(x->controller_id == y->controller_id))
            return false;
    }
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_metadata_resp_metadata_response_topic(&x->topics[i_], &y->topics[i_], v)))
            return false;
    if (v >= 8 && v <= 10) {
        if (!(x->cluster_authorized_operations == y->cluster_authorized_operations))
            return false;
    }
    return true;
}

static void fx_random_metadata_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    metadata_resp_init(x);
    fx_random_metadata_resp(x, a, v, rng, 0);
}

static bool fx_eq_metadata_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_metadata_resp(x, y, v);
}

static void fx_random_offset_commit_req_offset_commit_request_partition(struct offset_commit_req_offset_commit_request_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_commit_req_offset_commit_request_partition(const struct offset_commit_req_offset_commit_request_partition *x, const struct offset_commit_req_offset_commit_request_partition *y, int16_t v);
static void fx_random_offset_commit_req_offset_commit_request_topic(struct offset_commit_req_offset_commit_request_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_commit_req_offset_commit_request_topic(const struct offset_commit_req_offset_commit_request_topic *x, const struct offset_commit_req_offset_commit_request_topic *y, int16_t v);
static void fx_random_offset_commit_req(struct offset_commit_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_commit_req(const struct offset_commit_req *x, const struct offset_commit_req *y, int16_t v);

static void fx_random_offset_commit_req_offset_commit_request_partition(struct offset_commit_req_offset_commit_request_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition_index = (int32_t)fx_next(rng);
    x->committed_offset = (int64_t)fx_next(rng);
    if (v >= 6) {
        x->committed_leader_epoch = (int32_t)fx_next(rng);
    }
    x->committed_metadata = fx_str(rng, a, true);
}

static bool fx_eq_offset_commit_req_offset_commit_request_partition(const struct offset_commit_req_offset_commit_request_partition *x, const struct offset_commit_req_offset_commit_request_partition *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition_index == y->partition_index))
        return false;
    if (!(x->committed_offset == y->committed_offset))
        return false;
    if (v >= 6) {
        if (!(x->committed_leader_epoch == y->committed_leader_epoch))
            return false;
    }
    if (!(kstr_eq(x->committed_metadata, y->committed_metadata)))
        return false;
    return true;
}

static void fx_random_offset_commit_req_offset_commit_request_topic(struct offset_commit_req_offset_commit_request_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_commit_req_offset_commit_request_partition)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            offset_commit_req_offset_commit_request_partition_init(&x->partitions[i_]);
            fx_random_offset_commit_req_offset_commit_request_partition(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_offset_commit_req_offset_commit_request_topic(const struct offset_commit_req_offset_commit_request_topic *x, const struct offset_commit_req_offset_commit_request_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_offset_commit_req_offset_commit_request_partition(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    return true;
}

static void fx_random_offset_commit_req(struct offset_commit_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->group_id = fx_str(rng, a, false);
    x->generation_id_or_member_epoch = (int32_t)fx_next(rng);
    x->member_id = fx_str(rng, a, false);
    if (v >= 7) {
        x->group_instance_id = fx_str(rng, a, v >= 7);
    }
    if (v <= 4) {
        x->retention_time_ms = (int64_t)fx_next(rng);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_commit_req_offset_commit_request_topic)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            offset_commit_req_offset_commit_request_topic_init(&x->topics[i_]);
            fx_random_offset_commit_req_offset_commit_request_topic(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_offset_commit_req(const struct offset_commit_req *x, const struct offset_commit_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->group_id, y->group_id)))
        return false;
    if (!(x->generation_id_or_member_epoch == y->generation_id_or_member_epoch))
        return false;
    if (!(kstr_eq(x->member_id, y->member_id)))
        return false;
    if (v >= 7) {
        if (!(kstr_eq(x->group_instance_id, y->group_instance_id)))
            return false;
    }
    if (v <= 4) {
        if (!(x->retention_time_ms == y->retention_time_ms))
            return false;
    }
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_offset_commit_req_offset_commit_request_topic(&x->topics[i_], &y->topics[i_], v)))
            return false;
    return true;
}

static void fx_random_offset_commit_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    offset_commit_req_init(x);
    fx_random_offset_commit_req(x, a, v, rng, 0);
}

static bool fx_eq_offset_commit_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_offset_commit_req(x, y, v);
}

static void fx_random_offset_commit_resp_offset_commit_response_partition(struct offset_commit_resp_offset_commit_response_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_commit_resp_offset_commit_response_partition(const struct offset_commit_resp_offset_commit_response_partition *x, const struct offset_commit_resp_offset_commit_response_partition *y, int16_t v);
static void fx_random_offset_commit_resp_offset_commit_response_topic(struct offset_commit_resp_offset_commit_response_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_commit_resp_offset_commit_response_topic(const struct offset_commit_resp_offset_commit_response_topic *x, const struct offset_commit_resp_offset_commit_response_topic *y, int16_t v);
static void fx_random_offset_commit_resp(struct offset_commit_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_commit_resp(const struct offset_commit_resp *x, const struct offset_commit_resp *y, int16_t v);

static void fx_random_offset_commit_resp_offset_commit_response_partition(struct offset_commit_resp_offset_commit_response_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition_index = (int32_t)fx_next(rng);
    x->error_code = (int16_t)fx_next(rng);
}

static bool fx_eq_offset_commit_resp_offset_commit_response_partition(const struct offset_commit_resp_offset_commit_response_partition *x, const struct offset_commit_resp_offset_commit_response_partition *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition_index == y->partition_index))
        return false;
    if (!(x->error_code == y->error_code))
        return false;
    return true;
}

static void fx_random_offset_commit_resp_offset_commit_response_topic(struct offset_commit_resp_offset_commit_response_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_commit_resp_offset_commit_response_partition)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            offset_commit_resp_offset_commit_response_partition_init(&x->partitions[i_]);
            fx_random_offset_commit_resp_offset_commit_response_partition(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_offset_commit_resp_offset_commit_response_topic(const struct offset_commit_resp_offset_commit_response_topic *x, const struct offset_commit_resp_offset_commit_response_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_offset_commit_resp_offset_commit_response_partition(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    return true;
}

static void fx_random_offset_commit_resp(struct offset_commit_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 3) {
        x->throttle_time_ms = (int32_t)fx_next(rng);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_commit_resp_offset_commit_response_topic)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            offset_commit_resp_offset_commit_response_topic_init(&x->topics[i_]);
            fx_random_offset_commit_resp_offset_commit_response_topic(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_offset_commit_resp(const struct offset_commit_resp *x, const struct offset_commit_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 3) {
        if (!(x->throttle_time_ms == y->throttle_time_ms))
            return false;
    }
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_offset_commit_resp_offset_commit_response_topic(&x->topics[i_], &y->topics[i_], v)))
            return false;
    return true;
}

static void fx_random_offset_commit_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    offset_commit_resp_init(x);
    fx_random_offset_commit_resp(x, a, v, rng, 0);
}

static bool fx_eq_offset_commit_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_offset_commit_resp(x, y, v);
}

static void fx_random_offset_fetch_req_offset_fetch_request_topic(struct offset_fetch_req_offset_fetch_request_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_fetch_req_offset_fetch_request_topic(const struct offset_fetch_req_offset_fetch_request_topic *x, const struct offset_fetch_req_offset_fetch_request_topic *y, int16_t v);
static void fx_random_offset_fetch_req_offset_fetch_request_topics(struct offset_fetch_req_offset_fetch_request_topics *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_fetch_req_offset_fetch_request_topics(const struct offset_fetch_req_offset_fetch_request_topics *x, const struct offset_fetch_req_offset_fetch_request_topics *y, int16_t v);
static void fx_random_offset_fetch_req_offset_fetch_request_group(struct offset_fetch_req_offset_fetch_request_group *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_fetch_req_offset_fetch_request_group(const struct offset_fetch_req_offset_fetch_request_group *x, const struct offset_fetch_req_offset_fetch_request_group *y, int16_t v);
static void fx_random_offset_fetch_req(struct offset_fetch_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_fetch_req(const struct offset_fetch_req *x, const struct offset_fetch_req *y, int16_t v);

static void fx_random_offset_fetch_req_offset_fetch_request_topic(struct offset_fetch_req_offset_fetch_request_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v <= 7) {
        x->name = fx_str(rng, a, false);
    }
    if (v <= 7) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->partition_indexes_count = n_;
            x->partition_indexes = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(int32_t)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                x->partition_indexes[i_] = (int32_t)fx_next(rng);
            }
        }
    }
}

static bool fx_eq_offset_fetch_req_offset_fetch_request_topic(const struct offset_fetch_req_offset_fetch_request_topic *x, const struct offset_fetch_req_offset_fetch_request_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v <= 7) {
        if (!(kstr_eq(x->name, y->name)))
            return false;
    }
    if (v <= 7) {
        if (x->partition_indexes_count != y->partition_indexes_count)
            return false;
        for (int32_t i_ = 0; i_ < x->partition_indexes_count; i_++)
            if (!(x->partition_indexes[i_] == y->partition_indexes[i_]))
                return false;
    }
    return true;
}

static void fx_random_offset_fetch_req_offset_fetch_request_topics(struct offset_fetch_req_offset_fetch_request_topics *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 8) {
        x->name = fx_str(rng, a, false);
    }
    if (v >= 8) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->partition_indexes_count = n_;
            x->partition_indexes = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(int32_t)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                x->partition_indexes[i_] = (int32_t)fx_next(rng);
            }
        }
    }
}

static bool fx_eq_offset_fetch_req_offset_fetch_request_topics(const struct offset_fetch_req_offset_fetch_request_topics *x, const struct offset_fetch_req_offset_fetch_request_topics *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 8) {
        if (!(kstr_eq(x->name, y->name)))
            return false;
    }
    if (v >= 8) {
        if (x->partition_indexes_count != y->partition_indexes_count)
            return false;
        for (int32_t i_ = 0; i_ < x->partition_indexes_count; i_++)
            if (!(x->partition_indexes[i_] == y->partition_indexes[i_]))
                return false;
    }
    return true;
}

static void fx_random_offset_fetch_req_offset_fetch_request_group(struct offset_fetch_req_offset_fetch_request_group *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 8) {
        x->group_id = fx_str(rng, a, false);
    }
    if (v >= 9) {
        x->member_id = fx_str(rng, a, v >= 9);
    }
    if (v >= 9) {
        x->member_epoch = (int32_t)fx_next(rng);
    }
    if (v >= 8) {
        {
            int32_t n_ = fx_count(rng, depth, v >= 8);
            x->topics_count = n_;
            x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_fetch_req_offset_fetch_request_topics)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                offset_fetch_req_offset_fetch_request_topics_init(&x->topics[i_]);
                fx_random_offset_fetch_req_offset_fetch_request_topics(&x->topics[i_], a, v, rng, depth + 1);
            }
        }
    }
}

static bool fx_eq_offset_fetch_req_offset_fetch_request_group(const struct offset_fetch_req_offset_fetch_request_group *x, const struct offset_fetch_req_offset_fetch_request_group *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 8) {
        if (!(kstr_eq(x->group_id, y->group_id)))
            return false;
    }
    if (v >= 9) {
        if (!(kstr_eq(x->member_id, y->member_id)))
            return false;
    }
    if (v >= 9) {
        if (!(x->member_epoch == y->member_epoch))
            return false;
    }
    if (v >= 8) {
        if (x->topics_count != y->topics_count)
            return false;
        for (int32_t i_ = 0; i_ < x->topics_count; i_++)
            if (!(fx_eq_offset_fetch_req_offset_fetch_request_topics(&x->topics[i_], &y->topics[i_], v)))
                return false;
    }
    return true;
}

static void fx_random_offset_fetch_req(struct offset_fetch_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v <= 7) {
        x->group_id = fx_str(rng, a, false);
    }
    if (v <= 7) {
        {
            int32_t n_ = fx_count(rng, depth, v >= 2 && v <= 7);
            x->topics_count = n_;
            x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_fetch_req_offset_fetch_request_topic)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                offset_fetch_req_offset_fetch_request_topic_init(&x->topics[i_]);
                fx_random_offset_fetch_req_offset_fetch_request_topic(&x->topics[i_], a, v, rng, depth + 1);
            }
        }
    }
    if (v >= 8) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->groups_count = n_;
            x->groups = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_fetch_req_offset_fetch_request_group)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                offset_fetch_req_offset_fetch_request_group_init(&x->groups[i_]);
                fx_random_offset_fetch_req_offset_fetch_request_group(&x->groups[i_], a, v, rng, depth + 1);
            }
        }
    }
    if (v >= 7) {
        x->require_stable = fx_next(rng) & 1;
    }
}

static bool fx_eq_offset_fetch_req(const struct offset_fetch_req *x, const struct offset_fetch_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v <= 7) {
        if (!(kstr_eq(x->group_id, y->group_id)))
            return false;
    }
    if (v <= 7) {
        if (x->topics_count != y->topics_count)
            return false;
        for (int32_t i_ = 0; i_ < x->topics_count; i_++)
            if (!(fx_eq_offset_fetch_req_offset_fetch_request_topic(&x->topics[i_], &y->topics[i_], v)))
                return false;
    }
    if (v >= 8) {
        if (x->groups_count != y->groups_count)
            return false;
        for (int32_t i_ = 0; i_ < x->groups_count; i_++)
            if (!(fx_eq_offset_fetch_req_offset_fetch_request_group(&x->groups[i_], &y->groups[i_], v)))
                return false;
    }
    if (v >= 7) {
        if (!((!x->require_stable == !y->require_stable)))
            return false;
    }
    return true;
}

static void fx_random_offset_fetch_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    offset_fetch_req_init(x);
    fx_random_offset_fetch_req(x, a, v, rng, 0);
}

static bool fx_eq_offset_fetch_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_offset_fetch_req(x, y, v);
}

static void fx_random_offset_fetch_resp_offset_fetch_response_partition(struct offset_fetch_resp_offset_fetch_response_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_fetch_resp_offset_fetch_response_partition(const struct offset_fetch_resp_offset_fetch_response_partition *x, const struct offset_fetch_resp_offset_fetch_response_partition *y, int16_t v);
static void fx_random_offset_fetch_resp_offset_fetch_response_topic(struct offset_fetch_resp_offset_fetch_response_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_fetch_resp_offset_fetch_response_topic(const struct offset_fetch_resp_offset_fetch_response_topic *x, const struct offset_fetch_resp_offset_fetch_response_topic *y, int16_t v);
static void fx_random_offset_fetch_resp_offset_fetch_response_partitions(struct offset_fetch_resp_offset_fetch_response_partitions *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_fetch_resp_offset_fetch_response_partitions(const struct offset_fetch_resp_offset_fetch_response_partitions *x, const struct offset_fetch_resp_offset_fetch_response_partitions *y, int16_t v);
static void fx_random_offset_fetch_resp_offset_fetch_response_topics(struct offset_fetch_resp_offset_fetch_response_topics *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_fetch_resp_offset_fetch_response_topics(const struct offset_fetch_resp_offset_fetch_response_topics *x, const struct offset_fetch_resp_offset_fetch_response_topics *y, int16_t v);
static void fx_random_offset_fetch_resp_offset_fetch_response_group(struct offset_fetch_resp_offset_fetch_response_group *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_fetch_resp_offset_fetch_response_group(const struct offset_fetch_resp_offset_fetch_response_group *x, const struct offset_fetch_resp_offset_fetch_response_group *y, int16_t v);
static void fx_random_offset_fetch_resp(struct offset_fetch_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_fetch_resp(const struct offset_fetch_resp *x, const struct offset_fetch_resp *y, int16_t v);

static void fx_random_offset_fetch_resp_offset_fetch_response_partition(struct offset_fetch_resp_offset_fetch_response_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v <= 7) {
        x->partition_index = (int32_t)fx_next(rng);
    }
    if (v <= 7) {
        x->committed_offset = (int64_t)fx_next(rng);
    }
    if (v >= 5 && v <= 7) {
        x->committed_leader_epoch = (int32_t)fx_next(rng);
    }
    if (v <= 7) {
        x->metadata = fx_str(rng, a, v <= 7);
    }
    if (v <= 7) {
        x->error_code = (int16_t)fx_next(rng);
    }
}

static bool fx_eq_offset_fetch_resp_offset_fetch_response_partition(const struct offset_fetch_resp_offset_fetch_response_partition *x, const struct offset_fetch_resp_offset_fetch_response_partition *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v <= 7) {
        if (!(x->partition_index == y->partition_index))
            return false;
    }
    if (v <= 7) {
        if (!(x->committed_offset == y->committed_offset))
            return false;
    }
    if (v >= 5 && v <= 7) {
        if (!(x->committed_leader_epoch == y->committed_leader_epoch))
            return false;
    }
    if (v <= 7) {
        if (!(kstr_eq(x->metadata, y->metadata)))
            return false;
    }
    if (v <= 7) {
        if (!(x->error_code == y->error_code))
            return false;
    }
    return true;
}

static void fx_random_offset_fetch_resp_offset_fetch_response_topic(struct offset_fetch_resp_offset_fetch_response_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v <= 7) {
        x->name = fx_str(rng, a, false);
    }
    if (v <= 7) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->partitions_count = n_;
            x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_fetch_resp_offset_fetch_response_partition)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                offset_fetch_resp_offset_fetch_response_partition_init(&x->partitions[i_]);
                fx_random_offset_fetch_resp_offset_fetch_response_partition(&x->partitions[i_], a, v, rng, depth + 1);
            }
        }
    }
}

static bool fx_eq_offset_fetch_resp_offset_fetch_response_topic(const struct offset_fetch_resp_offset_fetch_response_topic *x, const struct offset_fetch_resp_offset_fetch_response_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v <= 7) {
        if (!(kstr_eq(x->name, y->name)))
            return false;
    }
    if (v <= 7) {
        if (x->partitions_count != y->partitions_count)
            return false;
        for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
            if (!(fx_eq_offset_fetch_resp_offset_fetch_response_partition(&x->partitions[i_], &y->partitions[i_], v)))
                return false;
    }
    return true;
}

static void fx_random_offset_fetch_resp_offset_fetch_response_partitions(struct offset_fetch_resp_offset_fetch_response_partitions *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 8) {
        x->partition_index = (int32_t)fx_next(rng);
    }
    if (v >= 8) {
        x->committed_offset = (int64_t)fx_next(rng);
    }
    if (v >= 8) {
        x->committed_leader_epoch = (int32_t)fx_next(rng);
    }
    if (v >= 8) {
        x->metadata = fx_str(rng, a, v >= 8);
    }
    if (v >= 8) {
        x->error_code = (int16_t)fx_next(rng);
    }
}

static bool fx_eq_offset_fetch_resp_offset_fetch_response_partitions(const struct offset_fetch_resp_offset_fetch_response_partitions *x, const struct offset_fetch_resp_offset_fetch_response_partitions *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 8) {
        if (!(x->partition_index == y->partition_index))
            return false;
    }
    if (v >= 8) {
        if (!(x->committed_offset == y->committed_offset))
            return false;
    }
    if (v >= 8) {
        if (!(x->committed_leader_epoch == y->committed_leader_epoch))
            return false;
    }
    if (v >= 8) {
        if (!(kstr_eq(x->metadata, y->metadata)))
            return false;
    }
    if (v >= 8) {
        if (!(x->error_code == y->error_code))
            return false;
    }
    return true;
}

static void fx_random_offset_fetch_resp_offset_fetch_response_topics(struct offset_fetch_resp_offset_fetch_response_topics *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 8) {
        x->name = fx_str(rng, a, false);
    }
    if (v >= 8) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->partitions_count = n_;
            x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_fetch_resp_offset_fetch_response_partitions)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                offset_fetch_resp_offset_fetch_response_partitions_init(&x->partitions[i_]);
                fx_random_offset_fetch_resp_offset_fetch_response_partitions(&x->partitions[i_], a, v, rng, depth + 1);
            }
        }
    }
}

static bool fx_eq_offset_fetch_resp_offset_fetch_response_topics(const struct offset_fetch_resp_offset_fetch_response_topics *x, const struct offset_fetch_resp_offset_fetch_response_topics *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 8) {
        if (!(kstr_eq(x->name, y->name)))
            return false;
    }
    if (v >= 8) {
        if (x->partitions_count != y->partitions_count)
            return false;
        for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
            if (!(fx_eq_offset_fetch_resp_offset_fetch_response_partitions(&x->partitions[i_], &y->partitions[i_], v)))
                return false;
    }
    return true;
}

static void fx_random_offset_fetch_resp_offset_fetch_response_group(struct offset_fetch_resp_offset_fetch_response_group *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 8) {
        x->group_id = fx_str(rng, a, false);
    }
    if (v >= 8) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->topics_count = n_;
            x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_fetch_resp_offset_fetch_response_topics)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                offset_fetch_resp_offset_fetch_response_topics_init(&x->topics[i_]);
                fx_random_offset_fetch_resp_offset_fetch_response_topics(&x->topics[i_], a, v, rng, depth + 1);
            }
        }
    }
    if (v >= 8) {
        x->error_code = (int16_t)fx_next(rng);
    }
}

static bool fx_eq_offset_fetch_resp_offset_fetch_response_group(const struct offset_fetch_resp_offset_fetch_response_group *x, const struct offset_fetch_resp_offset_fetch_response_group *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 8) {
        if (!(kstr_eq(x->group_id, y->group_id)))
            return false;
    }
    if (v >= 8) {
        if (x->topics_count != y->topics_count)
            return false;
        for (int32_t i_ = 0; i_ < x->topics_count; i_++)
            if (!(fx_eq_offset_fetch_resp_offset_fetch_response_topics(&x->topics[i_], &y->topics[i_], v)))
                return false;
    }
    if (v >= 8) {
        if (!(x->error_code == y->error_code))
            return false;
    }
    return true;
}

static void fx_random_offset_fetch_resp(struct offset_fetch_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 3) {
        x->throttle_time_ms = (int32_t)fx_next(rng);
    }
    if (v <= 7) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->topics_count = n_;
            x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_fetch_resp_offset_fetch_response_topic)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                offset_fetch_resp_offset_fetch_response_topic_init(&x->topics[i_]);
                fx_random_offset_fetch_resp_offset_fetch_response_topic(&x->topics[i_], a, v, rng, depth + 1);
            }
        }
    }
    if (v >= 2 && v <= 7) {
        x->error_code = (int16_t)fx_next(rng);
    }
    if (v >= 8) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->groups_count = n_;
            x->groups = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_fetch_resp_offset_fetch_response_group)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                offset_fetch_resp_offset_fetch_response_group_init(&x->groups[i_]);
                fx_random_offset_fetch_resp_offset_fetch_response_group(&x->groups[i_], a, v, rng, depth + 1);
            }
        }
    }
}

static bool fx_eq_offset_fetch_resp(const struct offset_fetch_resp *x, const struct offset_fetch_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 3) {
        if (!(x->throttle_time_ms == y->throttle_time_ms))
            return false;
    }
    if (v <= 7) {
        if (x->topics_count != y->topics_count)
            return false;
        for (int32_t i_ = 0; i_ < x->topics_count; i_++)
            if (!(fx_eq_offset_fetch_resp_offset_fetch_response_topic(&x->topics[i_], &y->topics[i_], v)))
                return false;
    }
    if (v >= 2 && v <= 7) {
        if (!(x->error_code == y->error_code))
            return false;
    }
    if (v >= 8) {
        if (x->groups_count != y->groups_count)
            return false;
        for (int32_t i_ = 0; i_ < x->groups_count; i_++)
            if (!(fx_eq_offset_fetch_resp_offset_fetch_response_group(&x->groups[i_], &y->groups[i_], v)))
                return false;
    }
    return true;
}

static void fx_random_offset_fetch_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    offset_fetch_resp_init(x);
    fx_random_offset_fetch_resp(x, a, v, rng, 0);
}

static bool fx_eq_offset_fetch_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_offset_fetch_resp(x, y, v);
}

static void fx_random_find_coordinator_req(struct find_coordinator_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_find_coordinator_req(const struct find_coordinator_req *x, const struct find_coordinator_req *y, int16_t v);

static void fx_random_find_coordinator_req(struct find_coordinator_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v <= 3) {
        x->key = fx_str(rng, a, false);
    }
    if (v >= 1) {
        x->key_type = (int8_t)fx_next(rng);
    }
    if (v >= 4) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->coordinator_keys_count = n_;
            x->coordinator_keys = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct kstr)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                x->coordinator_keys[i_] = fx_str(rng, a, false);
            }
        }
    }
}

static bool fx_eq_find_coordinator_req(const struct find_coordinator_req *x, const struct find_coordinator_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v <= 3) {
        if (!(kstr_eq(x->key, y->key)))
            return false;
    }
    if (v >= 1) {
        if (!(x->key_type == y->key_type))
            return false;
    }
    if (v >= 4) {
        if (x->coordinator_keys_count != y->coordinator_keys_count)
            return false;
        for (int32_t i_ = 0; i_ < x->coordinator_keys_count; i_++)
            if (!(kstr_eq(x->coordinator_keys[i_], y->coordinator_keys[i_])))
                return false;
    }
    return true;
}

static void fx_random_find_coordinator_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    find_coordinator_req_init(x);
    fx_random_find_coordinator_req(x, a, v, rng, 0);
}

static bool fx_eq_find_coordinator_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_find_coordinator_req(x, y, v);
}

static void fx_random_find_coordinator_resp_coordinator(struct find_coordinator_resp_coordinator *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_find_coordinator_resp_coordinator(const struct find_coordinator_resp_coordinator *x, const struct find_coordinator_resp_coordinator *y, int16_t v);
static void fx_random_find_coordinator_resp(struct find_coordinator_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_find_coordinator_resp(const struct find_coordinator_resp *x, const struct find_coordinator_resp *y, int16_t v);

static void fx_random_find_coordinator_resp_coordinator(struct find_coordinator_resp_coordinator *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 4) {
        x->key = fx_str(rng, a, false);
    }
    if (v >= 4) {
        x->node_id = (int32_t)fx_next(rng);
    }
    if (v >= 4) {
        x->host = fx_str(rng, a, false);
    }
    if (v >= 4) {
        x->port = (int32_t)fx_next(rng);
    }
    if (v >= 4) {
        x->error_code = (int16_t)fx_next(rng);
    }
    if (v >= 4) {
        x->error_message = fx_str(rng, a, v >= 4);
    }
}

static bool fx_eq_find_coordinator_resp_coordinator(const struct find_coordinator_resp_coordinator *x, const struct find_coordinator_resp_coordinator *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 4) {
        if (!(kstr_eq(x->key, y->key)))
            return false;
    }
    if (v >= 4) {
        if (!(x->node_id == y->node_id))
            return false;
    }
    if (v >= 4) {
        if (!(kstr_eq(x->host, y->host)))
            return false;
    }
    if (v >= 4) {
        if (!(x->port == y->port))
            return false;
    }
    if (v >= 4) {
        if (!(x->error_code == y->error_code))
            return false;
    }
    if (v >= 4) {
        if (!(kstr_eq(x->error_message, y->error_message)))
            return false;
    }
    return true;
}

static void fx_random_find_coordinator_resp(struct find_coordinator_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 1) {
        x->throttle_time_ms = (int32_t)fx_next(rng);
    }
    if (v <= 3) {
        x->error_code = (int16_t)fx_next(rng);
    }
    if (v >= 1 && v <= 3) {
        x->error_message = fx_str(rng, a, v >= 1 && v <= 3);
    }
    if (v <= 3) {
        x->node_id = (int32_t)fx_next(rng);
    }
    if (v <= 3) {
        x->host = fx_str(rng, a, false);
    }
    if (v <= 3) {
        x->port = (int32_t)fx_next(rng);
    }
    if (v >= 4) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->coordinators_count = n_;
            x->coordinators = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct find_coordinator_resp_coordinator)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                find_coordinator_resp_coordinator_init(&x->coordinators[i_]);
                fx_random_find_coordinator_resp_coordinator(&x->coordinators[i_], a, v, rng, depth + 1);
            }
        }
    }
}

static bool fx_eq_find_coordinator_resp(const struct find_coordinator_resp *x, const struct find_coordinator_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 1) {
        if (!(x->throttle_time_ms == y->throttle_time_ms))
            return false;
    }
    if (v <= 3) {
        if (!(x->error_code == y->error_code))
            return false;
    }
    if (v >= 1 && v <= 3) {
        if (!(kstr_eq(x->error_message, y->error_message)))
            return false;
    }
    if (v <= 3) {
        if (!(x->node_id == y->node_id))
            return false;
    }
    if (v <= 3) {
        if (!(kstr_eq(x->host, y->host)))
            return false;
    }
    if (v <= 3) {
        if (!(x->port == y->port))
            return false;
    }
    if (v >= 4) {
        if (x->coordinators_count != y->coordinators_count)
            return false;
        for (int32_t i_ = 0; i_ < x->coordinators_count; i_++)
            if (!(fx_eq_find_coordinator_resp_coordinator(&x->coordinators[i_], &y->coordinators[i_], v)))
                return false;
    }
    return true;
}

static void fx_random_find_coordinator_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    find_coordinator_resp_init(x);
    fx_random_find_coordinator_resp(x, a, v, rng, 0);
}

static bool fx_eq_find_coordinator_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_find_coordinator_resp(x, y, v);
}

static void fx_random_join_group_req_join_group_request_protocol(struct join_group_req_join_group_request_protocol *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_join_group_req_join_group_request_protocol(const struct join_group_req_join_group_request_protocol *x, const struct join_group_req_join_group_request_protocol *y, int16_t v);
static void fx_random_join_group_req(struct join_group_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_join_group_req(const struct join_group_req *x, const struct join_group_req *y, int16_t v);

static void fx_random_join_group_req_join_group_request_protocol(struct join_group_req_join_group_request_protocol *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    x->metadata = fx_bytes(rng, a, false);
}

static bool fx_eq_join_group_req_join_group_request_protocol(const struct join_group_req_join_group_request_protocol *x, const struct join_group_req_join_group_request_protocol *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (!(kbytes_eq(x->metadata, y->metadata)))
        return false;
    return true;
}

static void fx_random_join_group_req(struct join_group_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->group_id = fx_str(rng, a, false);
    x->session_timeout_ms = (int32_t)fx_next(rng);
    if (v >= 1) {
        x->rebalance_timeout_ms = (int32_t)fx_next(rng);
    }
    x->member_id = fx_str(rng, a, false);
    if (v >= 5) {
        x->group_instance_id = fx_str(rng, a, v >= 5);
    }
    x->protocol_type = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->protocols_count = n_;
        x->protocols = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct join_group_req_join_group_request_protocol)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            join_group_req_join_group_request_protocol_init(&x->protocols[i_]);
            fx_random_join_group_req_join_group_request_protocol(&x->protocols[i_], a, v, rng, depth + 1);
        }
    }
    if (v >= 8) {
        x->reason = fx_str(rng, a, v >= 8);
    }
}

static bool fx_eq_join_group_req(const struct join_group_req *x, const struct join_group_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->group_id, y->group_id)))
        return false;
    if (!(x->session_timeout_ms == y->session_timeout_ms))
        return false;
    if (v >= 1) {
        if (!(x->rebalance_timeout_ms == y->rebalance_timeout_ms))
            return false;
    }
    if (!(kstr_eq(x->member_id, y->member_id)))
        return false;
    if (v >= 5) {
        if (!(kstr_eq(x->group_instance_id, y->group_instance_id)))
            return false;
    }
    if (!(kstr_eq(x->protocol_type, y->protocol_type)))
        return false;
    if (x->protocols_count != y->protocols_count)
        return false;
    for (int32_t i_ = 0; i_ < x->protocols_count; i_++)
        if (!(fx_eq_join_group_req_join_group_request_protocol(&x->protocols[i_], &y->protocols[i_], v)))
            return false;
    if (v >= 8) {
        if (!(kstr_eq(x->reason, y->reason)))
            return false;
    }
    return true;
}

static void fx_random_join_group_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    join_group_req_init(x);
    fx_random_join_group_req(x, a, v, rng, 0);
}

static bool fx_eq_join_group_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_join_group_req(x, y, v);
}

static void fx_random_join_group_resp_join_group_response_member(struct join_group_resp_join_group_response_member *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_join_group_resp_join_group_response_member(const struct join_group_resp_join_group_response_member *x, const struct join_group_resp_join_group_response_member *y, int16_t v);
static void fx_random_join_group_resp(struct join_group_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_join_group_resp(const struct join_group_resp *x, const struct join_group_resp *y, int16_t v);

static void fx_random_join_group_resp_join_group_response_member(struct join_group_resp_join_group_response_member *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->member_id = fx_str(rng, a, false);
    if (v >= 5) {
        x->group_instance_id = fx_str(rng, a, v >= 5);
    }
    x->metadata = fx_bytes(rng, a, false);
}

static bool fx_eq_join_group_resp_join_group_response_member(const struct join_group_resp_join_group_response_member *x, const struct join_group_resp_join_group_response_member *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->member_id, y->member_id)))
        return false;
    if (v >= 5) {
        if (!(kstr_eq(x->group_instance_id, y->group_instance_id)))
            return false;
    }
    if (!(kbytes_eq(x->metadata, y->metadata)))
        return false;
    return true;
}

static void fx_random_join_group_resp(struct join_group_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 2) {
        x->throttle_time_ms = (int32_t)fx_next(rng);
    }
    x->error_code = (int16_t)fx_next(rng);
    x->generation_id = (int32_t)fx_next(rng);
    if (v >= 7) {
        x->protocol_type = fx_str(rng, a, v >= 7);
    }
    x->protocol_name = fx_str(rng, a, v >= 7);
    x->leader = fx_str(rng, a, false);
    if (v >= 9) {
        x->skip_assignment = fx_next(rng) & 1;
    }
    x->member_id = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->members_count = n_;
        x->members = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct join_group_resp_join_group_response_member)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            join_group_resp_join_group_response_member_init(&x->members[i_]);
            fx_random_join_group_resp_join_group_response_member(&x->members[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_join_group_resp(const struct join_group_resp *x, const struct join_group_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 2) {
        if (!(x->throttle_time_ms == y->throttle_time_ms))
            return false;
    }
    if (!(x->error_code == y->error_code))
        return false;
    if (!(x->generation_id == y->generation_id))
        return false;
    if (v >= 7) {
        if (!(kstr_eq(x->protocol_type, y->protocol_type)))
            return false;
    }
    if (!(kstr_eq(x->protocol_name, y->protocol_name)))
        return false;
    if (!(kstr_eq(x->leader, y->leader)))
        return false;
    if (v >= 9) {
        if (!((!x->skip_assignment == !y->skip_assignment)))
            return false;
    }
    if (!(kstr_eq(x->member_id, y->member_id)))
        return false;
    if (x->members_count != y->members_count)
        return false;
    for (int32_t i_ = 0; i_ < x->members_count; i_++)
        if (!(fx_eq_join_group_resp_join_group_response_member(&x->members[i_], &y->members[i_], v)))
            return false;
    return true;
}

static void fx_random_join_group_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    join_group_resp_init(x);
    fx_random_join_group_resp(x, a, v, rng, 0);
}

static bool fx_eq_join_group_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_join_group_resp(x, y, v);
}

static void fx_random_heartbeat_req(struct heartbeat_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_heartbeat_req(const struct heartbeat_req *x, const struct heartbeat_req *y, int16_t v);

static void fx_random_heartbeat_req(struct heartbeat_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->group_id = fx_str(rng, a, false);
    x->generation_id = (int32_t)fx_next(rng);
    x->member_id = fx_str(rng, a, false);
    if (v >= 3) {
        x->group_instance_id = fx_str(rng, a, v >= 3);
    }
}

static bool fx_eq_heartbeat_req(const struct heartbeat_req *x, const struct heartbeat_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->group_id, y->group_id)))
        return false;
    if (!(x->generation_id == y->generation_id))
        return false;
    if (!(kstr_eq(x->member_id, y->member_id)))
        return false;
    if (v >= 3) {
        if (!(kstr_eq(x->group_instance_id, y->group_instance_id)))
            return false;
    }
    return true;
}

static void fx_random_heartbeat_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    heartbeat_req_init(x);
    fx_random_heartbeat_req(x, a, v, rng, 0);
}

static bool fx_eq_heartbeat_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_heartbeat_req(x, y, v);
}

static void fx_random_heartbeat_resp(struct heartbeat_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_heartbeat_resp(const struct heartbeat_resp *x, const struct heartbeat_resp *y, int16_t v);

static void fx_random_heartbeat_resp(struct heartbeat_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 1) {
        x->throttle_time_ms = (int32_t)fx_next(rng);
    }
    x->error_code = (int16_t)fx_next(rng);
}

static bool fx_eq_heartbeat_resp(const struct heartbeat_resp *x, const struct heartbeat_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 1) {
        if (!(x->throttle_time_ms == y->throttle_time_ms))
            return false;
    }
    if (!(x->error_code == y->error_code))
        return false;
    return true;
}

static void fx_random_heartbeat_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    heartbeat_resp_init(x);
    fx_random_heartbeat_resp(x, a, v, rng, 0);
}

static bool fx_eq_heartbeat_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_heartbeat_resp(x, y, v);
}

static void fx_random_leave_group_req_member_identity(struct leave_group_req_member_identity *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_leave_group_req_member_identity(const struct leave_group_req_member_identity *x, const struct leave_group_req_member_identity *y, int16_t v);
static void fx_random_leave_group_req(struct leave_group_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_leave_group_req(const struct leave_group_req *x, const struct leave_group_req *y, int16_t v);

static void fx_random_leave_group_req_member_identity(struct leave_group_req_member_identity *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 3) {
        x->member_id = fx_str(rng, a, false);
    }
    if (v >= 3) {
        x->group_instance_id = fx_str(rng, a, v >= 3);
    }
    if (v >= 5) {
        x->reason = fx_str(rng, a, v >= 5);
    }
}

static bool fx_eq_leave_group_req_member_identity(const struct leave_group_req_member_identity *x, const struct leave_group_req_member_identity *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 3) {
        if (!(kstr_eq(x->member_id, y->member_id)))
            return false;
    }
    if (v >= 3) {
        if (!(kstr_eq(x->group_instance_id, y->group_instance_id)))
            return false;
    }
    if (v >= 5) {
        if (!(kstr_eq(x->reason, y->reason)))
            return false;
    }
    return true;
}

static void fx_random_leave_group_req(struct leave_group_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->group_id = fx_str(rng, a, false);
    if (v <= 2) {
        x->member_id = fx_str(rng, a, false);
    }
    if (v >= 3) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->members_count = n_;
            x->members = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct leave_group_req_member_identity)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                leave_group_req_member_identity_init(&x->members[i_]);
                fx_random_leave_group_req_member_identity(&x->members[i_], a, v, rng, depth + 1);
            }
        }
    }
}

static bool fx_eq_leave_group_req(const struct leave_group_req *x, const struct leave_group_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->group_id, y->group_id)))
        return false;
    if (v <= 2) {
        if (!(kstr_eq(x->member_id, y->member_id)))
            return false;
    }
    if (v >= 3) {
        if (x->members_count != y->members_count)
            return false;
        for (int32_t i_ = 0; i_ < x->members_count; i_++)
            if (!(fx_eq_leave_group_req_member_identity(&x->members[i_], &y->members[i_], v)))
                return false;
    }
    return true;
}

static void fx_random_leave_group_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    leave_group_req_init(x);
    fx_random_leave_group_req(x, a, v, rng, 0);
}

static bool fx_eq_leave_group_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_leave_group_req(x, y, v);
}

static void fx_random_leave_group_resp_member_response(struct leave_group_resp_member_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_leave_group_resp_member_response(const struct leave_group_resp_member_response *x, const struct leave_group_resp_member_response *y, int16_t v);
static void fx_random_leave_group_resp(struct leave_group_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_leave_group_resp(const struct leave_group_resp *x, const struct leave_group_resp *y, int16_t v);

static void fx_random_leave_group_resp_member_response(struct leave_group_resp_member_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 3) {
        x->member_id = fx_str(rng, a, false);
    }
    if (v >= 3) {
        x->group_instance_id = fx_str(rng, a, v >= 3);
    }
    if (v >= 3) {
        x->error_code = (int16_t)fx_next(rng);
    }
}

static bool fx_eq_leave_group_resp_member_response(const struct leave_group_resp_member_response *x, const struct leave_group_resp_member_response *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 3) {
        if (!(kstr_eq(x->member_id, y->member_id)))
            return false;
    }
    if (v >= 3) {
        if (!(kstr_eq(x->group_instance_id, y->group_instance_id)))
            return false;
    }
    if (v >= 3) {
        if (!(x->error_code == y->error_code))
            return false;
    }
    return true;
}

static void fx_random_leave_group_resp(struct leave_group_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 1) {
        x->throttle_time_ms = (int32_t)fx_next(rng);
    }
    x->error_code = (int16_t)fx_next(rng);
    if (v >= 3) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->members_count = n_;
            x->members = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct leave_group_resp_member_response)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                leave_group_resp_member_response_init(&x->members[i_]);
                fx_random_leave_group_resp_member_response(&x->members[i_], a, v, rng, depth + 1);
            }
        }
    }
}

static bool fx_eq_leave_group_resp(const struct leave_group_resp *x, const struct leave_group_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 1) {
        if (!(x->throttle_time_ms == y->throttle_time_ms))
            return false;
    }
    if (!(x->error_code == y->error_code))
        return false;
    if (v >= 3) {
        if (x->members_count != y->members_count)
            return false;
        for (int32_t i_ = 0; i_ < x->members_count; i_++)
            if (!(fx_eq_leave_group_resp_member_response(&x->members[i_], &y->members[i_], v)))
                return false;
    }
    return true;
}

static void fx_random_leave_group_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    leave_group_resp_init(x);
    fx_random_leave_group_resp(x, a, v, rng, 0);
}

static bool fx_eq_leave_group_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_leave_group_resp(x, y, v);
}

static void fx_random_sync_group_req_sync_group_request_assignment(struct sync_group_req_sync_group_request_assignment *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_sync_group_req_sync_group_request_assignment(const struct sync_group_req_sync_group_request_assignment *x, const struct sync_group_req_sync_group_request_assignment *y, int16_t v);
static void fx_random_sync_group_req(struct sync_group_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_sync_group_req(const struct sync_group_req *x, const struct sync_group_req *y, int16_t v);

static void fx_random_sync_group_req_sync_group_request_assignment(struct sync_group_req_sync_group_request_assignment *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->member_id = fx_str(rng, a, false);
    x->assignment = fx_bytes(rng, a, false);
}

static bool fx_eq_sync_group_req_sync_group_request_assignment(const struct sync_group_req_sync_group_request_assignment *x, const struct sync_group_req_sync_group_request_assignment *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->member_id, y->member_id)))
        return false;
    if (!(kbytes_eq(x->assignment, y->assignment)))
        return false;
    return true;
}

static void fx_random_sync_group_req(struct sync_group_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->group_id = fx_str(rng, a, false);
    x->generation_id = (int32_t)fx_next(rng);
    x->member_id = fx_str(rng, a, false);
    if (v >= 3) {
        x->group_instance_id = fx_str(rng, a, v >= 3);
    }
    if (v >= 5) {
        x->protocol_type = fx_str(rng, a, v >= 5);
    }
    if (v >= 5) {
        x->protocol_name = fx_str(rng, a, v >= 5);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->assignments_count = n_;
        x->assignments = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct sync_group_req_sync_group_request_assignment)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            sync_group_req_sync_group_request_assignment_init(&x->assignments[i_]);
            fx_random_sync_group_req_sync_group_request_assignment(&x->assignments[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_sync_group_req(const struct sync_group_req *x, const struct sync_group_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->group_id, y->group_id)))
        return false;
    if (!(x->generation_id == y->generation_id))
        return false;
    if (!(kstr_eq(x->member_id, y->member_id)))
        return false;
    if (v >= 3) {
        if (!(kstr_eq(x->group_instance_id, y->group_instance_id)))
            return false;
    }
    if (v >= 5) {
        if (!(kstr_eq(x->protocol_type, y->protocol_type)))
            return false;
    }
    if (v >= 5) {
        if (!(kstr_eq(x->protocol_name, y->protocol_name)))
            return false;
    }
    if (x->assignments_count != y->assignments_count)
        return false;
    for (int32_t i_ = 0; i_ < x->assignments_count; i_++)
        if (!(fx_eq_sync_group_req_sync_group_request_assignment(&x->assignments[i_], &y->assignments[i_], v)))
            return false;
    return true;
}

static void fx_random_sync_group_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    sync_group_req_init(x);
    fx_random_sync_group_req(x, a, v, rng, 0);
}

static bool fx_eq_sync_group_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_sync_group_req(x, y, v);
}

static void fx_random_sync_group_resp(struct sync_group_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_sync_group_resp(const struct sync_group_resp *x, const struct sync_group_resp *y, int16_t v);

static void fx_random_sync_group_resp(struct sync_group_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 1) {
        x->throttle_time_ms = (int32_t)fx_next(rng);
    }
    x->error_code = (int16_t)fx_next(rng);
    if (v >= 5) {
        x->protocol_type = fx_str(rng, a, v >= 5);
    }
    if (v >= 5) {
        x->protocol_name = fx_str(rng, a, v >= 5);
    }
    x->assignment = fx_bytes(rng, a, false);
}

static bool fx_eq_sync_group_resp(const struct sync_group_resp *x, const struct sync_group_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 1) {
        if (!(x->throttle_time_ms == y->throttle_time_ms))
            return false;
    }
    if (!(x->error_code == y->error_code))
        return false;
    if (v >= 5) {
        if (!(kstr_eq(x->protocol_type, y->protocol_type)))
            return false;
    }
    if (v >= 5) {
        if (!(kstr_eq(x->protocol_name, y->protocol_name)))
            return false;
    }
    if (!(kbytes_eq(x->assignment, y->assignment)))
        return false;
    return true;
}

static void fx_random_sync_group_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    sync_group_resp_init(x);
    fx_random_sync_group_resp(x, a, v, rng, 0);
}

static bool fx_eq_sync_group_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_sync_group_resp(x, y, v);
}

static void fx_random_describe_groups_req(struct describe_groups_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_groups_req(const struct describe_groups_req *x, const struct describe_groups_req *y, int16_t v);

static void fx_random_describe_groups_req(struct describe_groups_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->groups_count = n_;
        x->groups = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct kstr)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            x->groups[i_] = fx_str(rng, a, false);
        }
    }
    if (v >= 3) {
        x->include_authorized_operations = fx_next(rng) & 1;
    }
}

static bool fx_eq_describe_groups_req(const struct describe_groups_req *x, const struct describe_groups_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (x->groups_count != y->groups_count)
        return false;
    for (int32_t i_ = 0; i_ < x->groups_count; i_++)
        if (!(kstr_eq(x->groups[i_], y->groups[i_])))
            return false;
    if (v >= 3) {
        if (!((!x->include_authorized_operations == !y->include_authorized_operations)))
            return false;
    }
    return true;
}

static void fx_random_describe_groups_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    describe_groups_req_init(x);
    fx_random_describe_groups_req(x, a, v, rng, 0);
}

static bool fx_eq_describe_groups_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_describe_groups_req(x, y, v);
}

static void fx_random_describe_groups_resp_described_group_member(struct describe_groups_resp_described_group_member *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_groups_resp_described_group_member(const struct describe_groups_resp_described_group_member *x, const struct describe_groups_resp_described_group_member *y, int16_t v);
static void fx_random_describe_groups_resp_described_group(struct describe_groups_resp_described_group *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_groups_resp_described_group(const struct describe_groups_resp_described_group *x, const struct describe_groups_resp_described_group *y, int16_t v);
static void fx_random_describe_groups_resp(struct describe_groups_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_groups_resp(const struct describe_groups_resp *x, const struct describe_groups_resp *y, int16_t v);

static void fx_random_describe_groups_resp_described_group_member(struct describe_groups_resp_described_group_member *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->member_id = fx_str(rng, a, false);
    if (v >= 4) {
        x->group_instance_id = fx_str(rng, a, v >= 4);
    }
    x->client_id = fx_str(rng, a, false);
    x->client_host = fx_str(rng, a, false);
    x->member_metadata = fx_bytes(rng, a, false);
    x->member_assignment = fx_bytes(rng, a, false);
}

static bool fx_eq_describe_groups_resp_described_group_member(const struct describe_groups_resp_described_group_member *x, const struct describe_groups_resp_described_group_member *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->member_id, y->member_id)))
        return false;
    if (v >= 4) {
        if (!(kstr_eq(x->group_instance_id, y->group_instance_id)))
            return false;
    }
    if (!(kstr_eq(x->client_id, y->client_id)))
        return false;
    if (!(kstr_eq(x->client_host, y->client_host)))
        return false;
    if (!(kbytes_eq(x->member_metadata, y->member_metadata)))
        return false;
    if (!(kbytes_eq(x->member_assignment, y->member_assignment)))
        return false;
    return true;
}

static void fx_random_describe_groups_resp_described_group(struct describe_groups_resp_described_group *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->error_code = (int16_t)fx_next(rng);
    x->group_id = fx_str(rng, a, false);
    x->group_state = fx_str(rng, a, false);
    x->protocol_type = fx_str(rng, a, false);
    x->protocol_data = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->members_count = n_;
        x->members = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct describe_groups_resp_described_group_member)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            describe_groups_resp_described_group_member_init(&x->members[i_]);
            fx_random_describe_groups_resp_described_group_member(&x->members[i_], a, v, rng, depth + 1);
        }
    }
    if (v >= 3) {
        x->authorized_operations = (int32_t)fx_next(rng);
    }
}

static bool fx_eq_describe_groups_resp_described_group(const struct describe_groups_resp_described_group *x, const struct describe_groups_resp_described_group *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(kstr_eq(x->group_id, y->group_id)))
        return false;
    if (!(kstr_eq(x->group_state, y->group_state)))
        return false;
    if (!(kstr_eq(x->protocol_type, y->protocol_type)))
        return false;
    if (!(kstr_eq(x->protocol_data, y->protocol_data)))
        return false;
    if (x->members_count != y->members_count)
        return false;
    for (int32_t i_ = 0; i_ < x->members_count; i_++)
        if (!(fx_eq_describe_groups_resp_described_group_member(&x->members[i_], &y->members[i_], v)))
            return false;
    if (v >= 3) {
        if (!(x->authorized_operations == y->authorized_operations))
            return false;
    }
    return true;
}

static void fx_random_describe_groups_resp(struct describe_groups_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 1) {
        x->throttle_time_ms = (int32_t)fx_next(rng);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->groups_count = n_;
        x->groups = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct describe_groups_resp_described_group)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            describe_groups_resp_described_group_init(&x->groups[i_]);
            fx_random_describe_groups_resp_described_group(&x->groups[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_describe_groups_resp(const struct describe_groups_resp *x, const struct describe_groups_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 1) {
        if (!(x->throttle_time_ms == y->throttle_time_ms))
            return false;
    }
    if (x->groups_count != y->groups_count)
        return false;
    for (int32_t i_ = 0; i_ < x->groups_count; i_++)
        if (!(fx_eq_describe_groups_resp_described_group(&x->groups[i_], &y->groups[i_], v)))
            return false;
    return true;
}

static void fx_random_describe_groups_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    describe_groups_resp_init(x);
    fx_random_describe_groups_resp(x, a, v, rng, 0);
}

static bool fx_eq_describe_groups_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_describe_groups_resp(x, y, v);
}

static void fx_random_list_groups_req(struct list_groups_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_list_groups_req(const struct list_groups_req *x, const struct list_groups_req *y, int16_t v);

static void fx_random_list_groups_req(struct list_groups_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 4) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->states_filter_count = n_;
            x->states_filter = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct kstr)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                x->states_filter[i_] = fx_str(rng, a, false);
            }
        }
    }
    if (v >= 5) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->types_filter_count = n_;
            x->types_filter = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct kstr)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                x->types_filter[i_] = fx_str(rng, a, false);
            }
        }
    }
}

static bool fx_eq_list_groups_req(const struct list_groups_req *x, const struct list_groups_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 4) {
        if (x->states_filter_count != y->states_filter_count)
            return false;
        for (int32_t i_ = 0; i_ < x->states_filter_count; i_++)
            if (!(kstr_eq(x->states_filter[i_], y->states_filter[i_])))
                return false;
    }
    if (v >= 5) {
        if (x->types_filter_count != y->types_filter_count)
            return false;
        for (int32_t i_ = 0; i_ < x->types_filter_count; i_++)
            if (!(kstr_eq(x->types_filter[i_], y->types_filter[i_])))
                return false;
    }
    return true;
}

static void fx_random_list_groups_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    list_groups_req_init(x);
    fx_random_list_groups_req(x, a, v, rng, 0);
}

static bool fx_eq_list_groups_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_list_groups_req(x, y, v);
}

static void fx_random_list_groups_resp_listed_group(struct list_groups_resp_listed_group *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_list_groups_resp_listed_group(const struct list_groups_resp_listed_group *x, const struct list_groups_resp_listed_group *y, int16_t v);
static void fx_random_list_groups_resp(struct list_groups_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_list_groups_resp(const struct list_groups_resp *x, const struct list_groups_resp *y, int16_t v);

static void fx_random_list_groups_resp_listed_group(struct list_groups_resp_listed_group *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->group_id = fx_str(rng, a, false);
    x->protocol_type = fx_str(rng, a, false);
    if (v >= 4) {
        x->group_state = fx_str(rng, a, false);
    }
    if (v >= 5) {
        x->group_type = fx_str(rng, a, false);
    }
}

static bool fx_eq_list_groups_resp_listed_group(const struct list_groups_resp_listed_group *x, const struct list_groups_resp_listed_group *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->group_id, y->group_id)))
        return false;
    if (!(kstr_eq(x->protocol_type, y->protocol_type)))
        return false;
    if (v >= 4) {
        if (!(kstr_eq(x->group_state, y->group_state)))
            return false;
    }
    if (v >= 5) {
        if (!(kstr_eq(x->group_type, y->group_type)))
            return false;
    }
    return true;
}

static void fx_random_list_groups_resp(struct list_groups_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 1) {
        x->throttle_time_ms = (int32_t)fx_next(rng);
    }
    x->error_code = (int16_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->groups_count = n_;
        x->groups = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct list_groups_resp_listed_group)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            list_groups_resp_listed_group_init(&x->groups[i_]);
            fx_random_list_groups_resp_listed_group(&x->groups[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_list_groups_resp(const struct list_groups_resp *x, const struct list_groups_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 1) {
        if (!(x->throttle_time_ms == y->throttle_time_ms))
            return false;
    }
    if (!(x->error_code == y->error_code))
        return false;
    if (x->groups_count != y->groups_count)
        return false;
    for (int32_t i_ = 0; i_ < x->groups_count; i_++)
        if (!(fx_eq_list_groups_resp_listed_group(&x->groups[i_], &y->groups[i_], v)))
            return false;
    return true;
}

static void fx_random_list_groups_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    list_groups_resp_init(x);
    fx_random_list_groups_resp(x, a, v, rng, 0);
}

static bool fx_eq_list_groups_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_list_groups_resp(x, y, v);
}

static void fx_random_sasl_handshake_req(struct sasl_handshake_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_sasl_handshake_req(const struct sasl_handshake_req *x, const struct sasl_handshake_req *y, int16_t v);

static void fx_random_sasl_handshake_req(struct sasl_handshake_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->mechanism = fx_str(rng, a, false);
}

static bool fx_eq_sasl_handshake_req(const struct sasl_handshake_req *x, const struct sasl_handshake_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->mechanism, y->mechanism)))
        return false;
    return true;
}

static void fx_random_sasl_handshake_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    sasl_handshake_req_init(x);
    fx_random_sasl_handshake_req(x, a, v, rng, 0);
}

static bool fx_eq_sasl_handshake_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_sasl_handshake_req(x, y, v);
}

static void fx_random_sasl_handshake_resp(struct sasl_handshake_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_sasl_handshake_resp(const struct sasl_handshake_resp *x, const struct sasl_handshake_resp *y, int16_t v);

static void fx_random_sasl_handshake_resp(struct sasl_handshake_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->error_code = (int16_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->mechanisms_count = n_;
        x->mechanisms = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct kstr)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            x->mechanisms[i_] = fx_str(rng, a, false);
        }
    }
}

static bool fx_eq_sasl_handshake_resp(const struct sasl_handshake_resp *x, const struct sasl_handshake_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->error_code == y->error_code))
        return false;
    if (x->mechanisms_count != y->mechanisms_count)
        return false;
    for (int32_t i_ = 0; i_ < x->mechanisms_count; i_++)
        if (!(kstr_eq(x->mechanisms[i_], y->mechanisms[i_])))
            return false;
    return true;
}

static void fx_random_sasl_handshake_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    sasl_handshake_resp_init(x);
    fx_random_sasl_handshake_resp(x, a, v, rng, 0);
}

static bool fx_eq_sasl_handshake_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_sasl_handshake_resp(x, y, v);
}

static void fx_random_api_versions_req(struct api_versions_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_api_versions_req(const struct api_versions_req *x, const struct api_versions_req *y, int16_t v);

static void fx_random_api_versions_req(struct api_versions_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 3) {
        x->client_software_name = fx_str(rng, a, false);
    }
    if (v >= 3) {
        x->client_software_version = fx_str(rng, a, false);
    }
}

static bool fx_eq_api_versions_req(const struct api_versions_req *x, const struct api_versions_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 3) {
        if (!(kstr_eq(x->client_software_name, y->client_software_name)))
            return false;
    }
    if (v >= 3) {
        if (!(kstr_eq(x->client_software_version, y->client_software_version)))
            return false;
    }
    return true;
}

static void fx_random_api_versions_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    api_versions_req_init(x);
    fx_random_api_versions_req(x, a, v, rng, 0);
}

static bool fx_eq_api_versions_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_api_versions_req(x, y, v);
}

static void fx_random_api_versions_resp_api_version(struct api_versions_resp_api_version *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_api_versions_resp_api_version(const struct api_versions_resp_api_version *x, const struct api_versions_resp_api_version *y, int16_t v);
static void fx_random_api_versions_resp_supported_feature_key(struct api_versions_resp_supported_feature_key *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_api_versions_resp_supported_feature_key(const struct api_versions_resp_supported_feature_key *x, const struct api_versions_resp_supported_feature_key *y, int16_t v);
static void fx_random_api_versions_resp_finalized_feature_key(struct api_versions_resp_finalized_feature_key *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_api_versions_resp_finalized_feature_key(const struct api_versions_resp_finalized_feature_key *x, const struct api_versions_resp_finalized_feature_key *y, int16_t v);
static void fx_random_api_versions_resp(struct api_versions_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_api_versions_resp(const struct api_versions_resp *x, const struct api_versions_resp *y, int16_t v);

static void fx_random_api_versions_resp_api_version(struct api_versions_resp_api_version *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->api_key = (int16_t)fx_next(rng);
    x->min_version = (int16_t)fx_next(rng);
    x->max_version = (int16_t)fx_next(rng);
}

static bool fx_eq_api_versions_resp_api_version(const struct api_versions_resp_api_version *x, const struct api_versions_resp_api_version *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->api_key == y->api_key))
        return false;
    if (!(x->min_version == y->min_version))
        return false;
    if (!(x->max_version == y->max_version))
        return false;
    return true;
}

static void fx_random_api_versions_resp_supported_feature_key(struct api_versions_resp_supported_feature_key *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 3) {
        x->name = fx_str(rng, a, false);
    }
    if (v >= 3) {
        x->min_version = (int16_t)fx_next(rng);
    }
    if (v >= 3) {
        x->max_version = (int16_t)fx_next(rng);
    }
}

static bool fx_eq_api_versions_resp_supported_feature_key(const struct api_versions_resp_supported_feature_key *x, const struct api_versions_resp_supported_feature_key *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 3) {
        if (!(kstr_eq(x->name, y->name)))
            return false;
    }
    if (v >= 3) {
        if (!(x->min_version == y->min_version))
            return false;
    }
    if (v >= 3) {
        if (!(x->max_version == y->max_version))
            return false;
    }
    return true;
}

static void fx_random_api_versions_resp_finalized_feature_key(struct api_versions_resp_finalized_feature_key *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 3) {
        x->name = fx_str(rng, a, false);
    }
    if (v >= 3) {
        x->max_version_level = (int16_t)fx_next(rng);
    }
    if (v >= 3) {
        x->min_version_level = (int16_t)fx_next(rng);
    }
}

static bool fx_eq_api_versions_resp_finalized_feature_key(const struct api_versions_resp_finalized_feature_key *x, const struct api_versions_resp_finalized_feature_key *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 3) {
        if (!(kstr_eq(x->name, y->name)))
            return false;
    }
    if (v >= 3) {
        if (!(x->max_version_level == y->max_version_level))
            return false;
    }
    if (v >= 3) {
        if (!(x->min_version_level == y->min_version_level))
            return false;
    }
    return true;
}

static void fx_random_api_versions_resp(struct api_versions_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->error_code = (int16_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->api_keys_count = n_;
        x->api_keys = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct api_versions_resp_api_version)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            api_versions_resp_api_version_init(&x->api_keys[i_]);
            fx_random_api_versions_resp_api_version(&x->api_keys[i_], a, v, rng, depth + 1);
        }
    }
    if (v >= 1) {
        x->throttle_time_ms = (int32_t)fx_next(rng);
    }
    if (v >= 3) {
        if (fx_next(rng) & 1) {
            {
                int32_t n_ = fx_count(rng, depth, false);
                x->supported_features_count = n_;
                x->supported_features = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct api_versions_resp_supported_feature_key)) : NULL;
                for (int32_t i_ = 0; i_ < n_; i_++) {
                    api_versions_resp_supported_feature_key_init(&x->supported_features[i_]);
                    fx_random_api_versions_resp_supported_feature_key(&x->supported_features[i_], a, v, rng, depth + 1);
                }
            }
        }
    }
    if (v >= 3) {
        if (fx_next(rng) & 1) {
            x->finalized_features_epoch = (int64_t)fx_next(rng);
        }
    }
    if (v >= 3) {
        if (fx_next(rng) & 1) {
            {
                int32_t n_ = fx_count(rng, depth, false);
                x->finalized_features_count = n_;
                x->finalized_features = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct api_versions_resp_finalized_feature_key)) : NULL;
                for (int32_t i_ = 0; i_ < n_; i_++) {
                    api_versions_resp_finalized_feature_key_init(&x->finalized_features[i_]);
                    fx_random_api_versions_resp_finalized_feature_key(&x->finalized_features[i_], a, v, rng, depth + 1);
                }
            }
        }
    }
    if (v >= 3) {
        if (fx_next(rng) & 1) {
            x->zk_migration_ready = fx_next(rng) & 1;
        }
    }
}

static bool fx_eq_api_versions_resp(const struct api_versions_resp *x, const struct api_versions_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->error_code == y->error_code))
        return false;
    if (x->api_keys_count != y->api_keys_count)
        return false;
    for (int32_t i_ = 0; i_ < x->api_keys_count; i_++)
        if (!(fx_eq_api_versions_resp_api_version(&x->api_keys[i_], &y->api_keys[i_], v)))
            return false;
    if (v >= 1) {
        if (!(x->throttle_time_ms == y->throttle_time_ms))
            return false;
    }
    if (v >= 3) {
        if (x->supported_features_count != y->supported_features_count)
            return false;
        for (int32_t i_ = 0; i_ < x->supported_features_count; i_++)
            if (!(fx_eq_api_versions_resp_supported_feature_key(&x->supported_features[i_], &y->supported_features[i_], v)))
                return false;
    }
    if (v >= 3) {
        if (!(x->finalized_features_epoch == y->finalized_features_epoch))
            return false;
    }
    if (v >= 3) {
        if (x->finalized_features_count != y->finalized_features_count)
            return false;
        for (int32_t i_ = 0; i_ < x->finalized_features_count; i_++)
            if (!(fx_eq_api_versions_resp_finalized_feature_key(&x->finalized_features[i_], &y->finalized_features[i_], v)))
                return false;
    }
    if (v >= 3) {
        if (!((!x->zk_migration_ready == !y->zk_migration_ready)))
            return false;
    }
    return true;
}

static void fx_random_api_versions_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    api_versions_resp_init(x);
    fx_random_api_versions_resp(x, a, v, rng, 0);
}

static bool fx_eq_api_versions_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_api_versions_resp(x, y, v);
}

static void fx_random_create_topics_req_creatable_replica_assignment(struct create_topics_req_creatable_replica_assignment *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_create_topics_req_creatable_replica_assignment(const struct create_topics_req_creatable_replica_assignment *x, const struct create_topics_req_creatable_replica_assignment *y, int16_t v);
static void fx_random_create_topics_req_creatable_topic_config(struct create_topics_req_creatable_topic_config *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_create_topics_req_creatable_topic_config(const struct create_topics_req_creatable_topic_config *x, const struct create_topics_req_creatable_topic_config *y, int16_t v);
static void fx_random_create_topics_req_creatable_topic(struct create_topics_req_creatable_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_create_topics_req_creatable_topic(const struct create_topics_req_creatable_topic *x, const struct create_topics_req_creatable_topic *y, int16_t v);
static void fx_random_create_topics_req(struct create_topics_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_create_topics_req(const struct create_topics_req *x, const struct create_topics_req *y, int16_t v);

static void fx_random_create_topics_req_creatable_replica_assignment(struct create_topics_req_creatable_replica_assignment *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition_index = (int32_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->broker_ids_count = n_;
        x->broker_ids = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(int32_t)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            x->broker_ids[i_] = (int32_t)fx_next(rng);
        }
    }
}

static bool fx_eq_create_topics_req_creatable_replica_assignment(const struct create_topics_req_creatable_replica_assignment *x, const struct create_topics_req_creatable_replica_assignment *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition_index == y->partition_index))
        return false;
    if (x->broker_ids_count != y->broker_ids_count)
        return false;
    for (int32_t i_ = 0; i_ < x->broker_ids_count; i_++)
        if (!(x->broker_ids[i_] == y->broker_ids[i_]))
            return false;
    return true;
}

static void fx_random_create_topics_req_creatable_topic_config(struct create_topics_req_creatable_topic_config *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    x->value = fx_str(rng, a, true);
}

static bool fx_eq_create_topics_req_creatable_topic_config(const struct create_topics_req_creatable_topic_config *x, const struct create_topics_req_creatable_topic_config *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (!(kstr_eq(x->value, y->value)))
        return false;
    return true;
}

static void fx_random_create_topics_req_creatable_topic(struct create_topics_req_creatable_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    x->num_partitions = (int32_t)fx_next(rng);
    x->replication_factor = (int16_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->assignments_count = n_;
        x->assignments = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct create_topics_req_creatable_replica_assignment)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            create_topics_req_creatable_replica_assignment_init(&x->assignments[i_]);
            fx_random_create_topics_req_creatable_replica_assignment(&x->assignments[i_], a, v, rng, depth + 1);
        }
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->configs_count = n_;
        x->configs = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct create_topics_req_creatable_topic_config)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            create_topics_req_creatable_topic_config_init(&x->configs[i_]);
            fx_random_create_topics_req_creatable_topic_config(&x->configs[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_create_topics_req_creatable_topic(const struct create_topics_req_creatable_topic *x, const struct create_topics_req_creatable_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (!(x->num_partitions == y->num_partitions))
        return false;
    if (!(x->replication_factor == y->replication_factor))
        return false;
    if (x->assignments_count != y->assignments_count)
        return false;
    for (int32_t i_ = 0; i_ < x->assignments_count; i_++)
        if (!(fx_eq_create_topics_req_creatable_replica_assignment(&x->assignments[i_], &y->assignments[i_], v)))
            return false;
    if (x->configs_count != y->configs_count)
        return false;
    for (int32_t i_ = 0; i_ < x->configs_count; i_++)
        if (!(fx_eq_create_topics_req_creatable_topic_config(&x->configs[i_], &y->configs[i_], v)))
            return false;
    return true;
}

static void fx_random_create_topics_req(struct create_topics_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct create_topics_req_creatable_topic)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            create_topics_req_creatable_topic_init(&x->topics[i_]);
            fx_random_create_topics_req_creatable_topic(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
    x->timeout_ms = (int32_t)fx_next(rng);
    if (v >= 1) {
        x->validate_only = fx_next(rng) & 1;
    }
}

static bool fx_eq_create_topics_req(const struct create_topics_req *x, const struct create_topics_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_create_topics_req_creatable_topic(&x->topics[i_], &y->topics[i_], v)))
            return false;
    if (!(x->timeout_ms == y->timeout_ms))
        return false;
    if (v >= 1) {
        if (!((!x->validate_only == !y->validate_only)))
            return false;
    }
    return true;
}

static void fx_random_create_topics_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    create_topics_req_init(x);
    fx_random_create_topics_req(x, a, v, rng, 0);
}

static bool fx_eq_create_topics_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_create_topics_req(x, y, v);
}

static void fx_random_create_topics_resp_creatable_topic_configs(struct create_topics_resp_creatable_topic_configs *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_create_topics_resp_creatable_topic_configs(const struct create_topics_resp_creatable_topic_configs *x, const struct create_topics_resp_creatable_topic_configs *y, int16_t v);
static void fx_random_create_topics_resp_creatable_topic_result(struct create_topics_resp_creatable_topic_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_create_topics_resp_creatable_topic_result(const struct create_topics_resp_creatable_topic_result *x, const struct create_topics_resp_creatable_topic_result *y, int16_t v);
static void fx_random_create_topics_resp(struct create_topics_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_create_topics_resp(const struct create_topics_resp *x, const struct create_topics_resp *y, int16_t v);

static void fx_random_create_topics_resp_creatable_topic_configs(struct create_topics_resp_creatable_topic_configs *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 5) {
        x->name = fx_str(rng, a, false);
    }
    if (v >= 5) {
        x->value = fx_str(rng, a, v >= 5);
    }
    if (v >= 5) {
        x->read_only = fx_next(rng) & 1;
    }
    if (v >= 5) {
        x->config_source = (int8_t)fx_next(rng);
    }
    if (v >= 5) {
        x->is_sensitive = fx_next(rng) & 1;
    }
}

static bool fx_eq_create_topics_resp_creatable_topic_configs(const struct create_topics_resp_creatable_topic_configs *x, const struct create_topics_resp_creatable_topic_configs *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 5) {
        if (!(kstr_eq(x->name, y->name)))
            return false;
    }
    if (v >= 5) {
        if (!(kstr_eq(x->value, y->value)))
            return false;
    }
    if (v >= 5) {
        if (!((!x->read_only == !y->read_only)))
            return false;
    }
    if (v >= 5) {
        if (!(x->config_source == y->config_source))
            return false;
    }
    if (v >= 5) {
        if (!((!x->is_sensitive == !y->is_sensitive)))
            return false;
    }
    return true;
}

static void fx_random_create_topics_resp_creatable_topic_result(struct create_topics_resp_creatable_topic_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    if (v >= 7) {
        fx_uuid(rng, &x->topic_id);
    }
    x->error_code = (int16_t)fx_next(rng);
    if (v >= 1) {
        x->error_message = fx_str(rng, a, true);
    }
    if (v >= 5) {
        if (fx_next(rng) & 1) {
            x->topic_config_error_code = (int16_t)fx_next(rng);
        }
    }
    if (v >= 5) {
        x->num_partitions = (int32_t)fx_next(rng);
    }
    if (v >= 5) {
        x->replication_factor = (int16_t)fx_next(rng);
    }
    if (v >= 5) {
        {
            int32_t n_ = fx_count(rng, depth, v >= 5);
            x->configs_count = n_;
            x->configs = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct create_topics_resp_creatable_topic_configs)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                create_topics_resp_creatable_topic_configs_init(&x->configs[i_]);
                fx_random_create_topics_resp_creatable_topic_configs(&x->configs[i_], a, v, rng, depth + 1);
            }
        }
    }
}

static bool fx_eq_create_topics_resp_creatable_topic_result(const struct create_topics_resp_creatable_topic_result *x, const struct create_topics_resp_creatable_topic_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (v >= 7) {
        if (!(memcmp(x->topic_id.b, y->topic_id.b, 16) == 0))
            return false;
    }
    if (!(x->error_code == y->error_code))
        return false;
    if (v >= 1) {
        if (!(kstr_eq(x->error_message, y->error_message)))
            return false;
    }
    if (v >= 5) {
        if (!(x->topic_config_error_code == y->topic_config_error_code))
            return false;
    }
    if (v >= 5) {
        if (!(x->num_partitions == y->num_partitions))
            return false;
    }
    if (v >= 5) {
        if (!(x->replication_factor == y->replication_factor))
            return false;
    }
    if (v >= 5) {
        if (x->configs_count != y->configs_count)
            return false;
        for (int32_t i_ = 0; i_ < x->configs_count; i_++)
            if (!(fx_eq_create_topics_resp_creatable_topic_configs(&x->configs[i_], &y->configs[i_], v)))
                return false;
    }
    return true;
}

static void fx_random_create_topics_resp(struct create_topics_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 2) {
        x->throttle_time_ms = (int32_t)fx_next(rng);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct create_topics_resp_creatable_topic_result)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            create_topics_resp_creatable_topic_result_init(&x->topics[i_]);
            fx_random_create_topics_resp_creatable_topic_result(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_create_topics_resp(const struct create_topics_resp *x, const struct create_topics_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 2) {
        if (!(x->throttle_time_ms == y->throttle_time_ms))
            return false;
    }
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_create_topics_resp_creatable_topic_result(&x->topics[i_], &y->topics[i_], v)))
            return false;
    return true;
}

static void fx_random_create_topics_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    create_topics_resp_init(x);
    fx_random_create_topics_resp(x, a, v, rng, 0);
}

static bool fx_eq_create_topics_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_create_topics_resp(x, y, v);
}

static void fx_random_delete_topics_req_delete_topic_state(struct delete_topics_req_delete_topic_state *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_topics_req_delete_topic_state(const struct delete_topics_req_delete_topic_state *x, const struct delete_topics_req_delete_topic_state *y, int16_t v);
static void fx_random_delete_topics_req(struct delete_topics_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_topics_req(const struct delete_topics_req *x, const struct delete_topics_req *y, int16_t v);

static void fx_random_delete_topics_req_delete_topic_state(struct delete_topics_req_delete_topic_state *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 6) {
        x->name = fx_str(rng, a, v >= 6);
    }
    if (v >= 6) {
        fx_uuid(rng, &x->topic_id);
    }
}

static bool fx_eq_delete_topics_req_delete_topic_state(const struct delete_topics_req_delete_topic_state *x, const struct delete_topics_req_delete_topic_state *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 6) {
        if (!(kstr_eq(x->name, y->name)))
            return false;
    }
    if (v >= 6) {
        if (!(memcmp(x->topic_id.b, y->topic_id.b, 16) == 0))
            return false;
    }
    return true;
}

static void fx_random_delete_topics_req(struct delete_topics_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 6) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->topics_count = n_;
            x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct delete_topics_req_delete_topic_state)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                delete_topics_req_delete_topic_state_init(&x->topics[i_]);
                fx_random_delete_topics_req_delete_topic_state(&x->topics[i_], a, v, rng, depth + 1);
            }
        }
    }
    if (v <= 5) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->topic_names_count = n_;
            x->topic_names = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct kstr)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                x->topic_names[i_] = fx_str(rng, a, false);
            }
        }
    }
    x->timeout_ms = (int32_t)fx_next(rng);
}

static bool fx_eq_delete_topics_req(const struct delete_topics_req *x, const struct delete_topics_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 6) {
        if (x->topics_count != y->topics_count)
            return false;
        for (int32_t i_ = 0; i_ < x->topics_count; i_++)
            if (!(fx_eq_delete_topics_req_delete_topic_state(&x->topics[i_], &y->topics[i_], v)))
                return false;
    }
    if (v <= 5) {
        if (x->topic_names_count != y->topic_names_count)
            return false;
        for (int32_t i_ = 0; i_ < x->topic_names_count; i_++)
            if (!(kstr_eq(x->topic_names[i_], y->topic_names[i_])))
                return false;
    }
    if (!(x->timeout_ms == y->timeout_ms))
        return false;
    return true;
}

static void fx_random_delete_topics_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    delete_topics_req_init(x);
    fx_random_delete_topics_req(x, a, v, rng, 0);
}

static bool fx_eq_delete_topics_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_delete_topics_req(x, y, v);
}

static void fx_random_delete_topics_resp_deletable_topic_result(struct delete_topics_resp_deletable_topic_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_topics_resp_deletable_topic_result(const struct delete_topics_resp_deletable_topic_result *x, const struct delete_topics_resp_deletable_topic_result *y, int16_t v);
static void fx_random_delete_topics_resp(struct delete_topics_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_topics_resp(const struct delete_topics_resp *x, const struct delete_topics_resp *y, int16_t v);

static void fx_random_delete_topics_resp_deletable_topic_result(struct delete_topics_resp_deletable_topic_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, v >= 6);
    if (v >= 6) {
        fx_uuid(rng, &x->topic_id);
    }
    x->error_code = (int16_t)fx_next(rng);
    if (v >= 5) {
        x->error_message = fx_str(rng, a, v >= 5);
    }
}

static bool fx_eq_delete_topics_resp_deletable_topic_result(const struct delete_topics_resp_deletable_topic_result *x, const struct delete_topics_resp_deletable_topic_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (v >= 6) {
        if (!(memcmp(x->topic_id.b, y->topic_id.b, 16) == 0))
            return false;
    }
    if (!(x->error_code == y->error_code))
        return false;
    if (v >= 5) {
        if (!(kstr_eq(x->error_message, y->error_message)))
            return false;
    }
    return true;
}

static void fx_random_delete_topics_resp(struct delete_topics_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 1) {
        x->throttle_time_ms = (int32_t)fx_next(rng);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->responses_count = n_;
        x->responses = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct delete_topics_resp_deletable_topic_result)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            delete_topics_resp_deletable_topic_result_init(&x->responses[i_]);
            fx_random_delete_topics_resp_deletable_topic_result(&x->responses[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_delete_topics_resp(const struct delete_topics_resp *x, const struct delete_topics_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 1) {
        if (!(x->throttle_time_ms == y->throttle_time_ms))
            return false;
    }
    if (x->responses_count != y->responses_count)
        return false;
    for (int32_t i_ = 0; i_ < x->responses_count; i_++)
        if (!(fx_eq_delete_topics_resp_deletable_topic_result(&x->responses[i_], &y->responses[i_], v)))
            return false;
    return true;
}

static void fx_random_delete_topics_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    delete_topics_resp_init(x);
    fx_random_delete_topics_resp(x, a, v, rng, 0);
}

static bool fx_eq_delete_topics_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_delete_topics_resp(x, y, v);
}

static void fx_random_delete_records_req_delete_records_partition(struct delete_records_req_delete_records_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_records_req_delete_records_partition(const struct delete_records_req_delete_records_partition *x, const struct delete_records_req_delete_records_partition *y, int16_t v);
static void fx_random_delete_records_req_delete_records_topic(struct delete_records_req_delete_records_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_records_req_delete_records_topic(const struct delete_records_req_delete_records_topic *x, const struct delete_records_req_delete_records_topic *y, int16_t v);
static void fx_random_delete_records_req(struct delete_records_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_records_req(const struct delete_records_req *x, const struct delete_records_req *y, int16_t v);

static void fx_random_delete_records_req_delete_records_partition(struct delete_records_req_delete_records_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition_index = (int32_t)fx_next(rng);
    x->offset = (int64_t)fx_next(rng);
}

static bool fx_eq_delete_records_req_delete_records_partition(const struct delete_records_req_delete_records_partition *x, const struct delete_records_req_delete_records_partition *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition_index == y->partition_index))
        return false;
    if (!(x->offset == y->offset))
        return false;
    return true;
}

static void fx_random_delete_records_req_delete_records_topic(struct delete_records_req_delete_records_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct delete_records_req_delete_records_partition)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            delete_records_req_delete_records_partition_init(&x->partitions[i_]);
            fx_random_delete_records_req_delete_records_partition(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_delete_records_req_delete_records_topic(const struct delete_records_req_delete_records_topic *x, const struct delete_records_req_delete_records_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_delete_records_req_delete_records_partition(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    return true;
}

static void fx_random_delete_records_req(struct delete_records_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct delete_records_req_delete_records_topic)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            delete_records_req_delete_records_topic_init(&x->topics[i_]);
            fx_random_delete_records_req_delete_records_topic(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
    x->timeout_ms = (int32_t)fx_next(rng);
}

static bool fx_eq_delete_records_req(const struct delete_records_req *x, const struct delete_records_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_delete_records_req_delete_records_topic(&x->topics[i_], &y->topics[i_], v)))
            return false;
    if (!(x->timeout_ms == y->timeout_ms))
        return false;
    return true;
}

static void fx_random_delete_records_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    delete_records_req_init(x);
    fx_random_delete_records_req(x, a, v, rng, 0);
}

static bool fx_eq_delete_records_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_delete_records_req(x, y, v);
}

static void fx_random_delete_records_resp_delete_records_partition_result(struct delete_records_resp_delete_records_partition_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_records_resp_delete_records_partition_result(const struct delete_records_resp_delete_records_partition_result *x, const struct delete_records_resp_delete_records_partition_result *y, int16_t v);
static void fx_random_delete_records_resp_delete_records_topic_result(struct delete_records_resp_delete_records_topic_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_records_resp_delete_records_topic_result(const struct delete_records_resp_delete_records_topic_result *x, const struct delete_records_resp_delete_records_topic_result *y, int16_t v);
static void fx_random_delete_records_resp(struct delete_records_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_records_resp(const struct delete_records_resp *x, const struct delete_records_resp *y, int16_t v);

static void fx_random_delete_records_resp_delete_records_partition_result(struct delete_records_resp_delete_records_partition_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition_index = (int32_t)fx_next(rng);
    x->low_watermark = (int64_t)fx_next(rng);
    x->error_code = (int16_t)fx_next(rng);
}

static bool fx_eq_delete_records_resp_delete_records_partition_result(const struct delete_records_resp_delete_records_partition_result *x, const struct delete_records_resp_delete_records_partition_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition_index == y->partition_index))
        return false;
    if (!(x->low_watermark == y->low_watermark))
        return false;
    if (!(x->error_code == y->error_code))
        return false;
    return true;
}

static void fx_random_delete_records_resp_delete_records_topic_result(struct delete_records_resp_delete_records_topic_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct delete_records_resp_delete_records_partition_result)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            delete_records_resp_delete_records_partition_result_init(&x->partitions[i_]);
            fx_random_delete_records_resp_delete_records_partition_result(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_delete_records_resp_delete_records_topic_result(const struct delete_records_resp_delete_records_topic_result *x, const struct delete_records_resp_delete_records_topic_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_delete_records_resp_delete_records_partition_result(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    return true;
}

static void fx_random_delete_records_resp(struct delete_records_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct delete_records_resp_delete_records_topic_result)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            delete_records_resp_delete_records_topic_result_init(&x->topics[i_]);
            fx_random_delete_records_resp_delete_records_topic_result(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_delete_records_resp(const struct delete_records_resp *x, const struct delete_records_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_delete_records_resp_delete_records_topic_result(&x->topics[i_], &y->topics[i_], v)))
            return false;
    return true;
}

static void fx_random_delete_records_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    delete_records_resp_init(x);
    fx_random_delete_records_resp(x, a, v, rng, 0);
}

static bool fx_eq_delete_records_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_delete_records_resp(x, y, v);
}

static void fx_random_init_producer_id_req(struct init_producer_id_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_init_producer_id_req(const struct init_producer_id_req *x, const struct init_producer_id_req *y, int16_t v);

static void fx_random_init_producer_id_req(struct init_producer_id_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->transactional_id = fx_str(rng, a, true);
    x->transaction_timeout_ms = (int32_t)fx_next(rng);
    if (v >= 3) {
        x->producer_id = (int64_t)fx_next(rng);
    }
    if (v >= 3) {
        x->producer_epoch = (int16_t)fx_next(rng);
    }
}

static bool fx_eq_init_producer_id_req(const struct init_producer_id_req *x, const struct init_producer_id_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->transactional_id, y->transactional_id)))
        return false;
    if (!(x->transaction_timeout_ms == y->transaction_timeout_ms))
        return false;
    if (v >= 3) {
        if (!(x->producer_id == y->producer_id))
            return false;
    }
    if (v >= 3) {
        if (!(x->producer_epoch == y->producer_epoch))
            return false;
    }
    return true;
}

static void fx_random_init_producer_id_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    init_producer_id_req_init(x);
    fx_random_init_producer_id_req(x, a, v, rng, 0);
}

static bool fx_eq_init_producer_id_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_init_producer_id_req(x, y, v);
}

static void fx_random_init_producer_id_resp(struct init_producer_id_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_init_producer_id_resp(const struct init_producer_id_resp *x, const struct init_producer_id_resp *y, int16_t v);

static void fx_random_init_producer_id_resp(struct init_producer_id_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    x->error_code = (int16_t)fx_next(rng);
    x->producer_id = (int64_t)fx_next(rng);
    x->producer_epoch = (int16_t)fx_next(rng);
}

static bool fx_eq_init_producer_id_resp(const struct init_producer_id_resp *x, const struct init_producer_id_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(x->producer_id == y->producer_id))
        return false;
    if (!(x->producer_epoch == y->producer_epoch))
        return false;
    return true;
}

static void fx_random_init_producer_id_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    init_producer_id_resp_init(x);
    fx_random_init_producer_id_resp(x, a, v, rng, 0);
}

static bool fx_eq_init_producer_id_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_init_producer_id_resp(x, y, v);
}

static void fx_random_offset_for_leader_epoch_req_offset_for_leader_partition(struct offset_for_leader_epoch_req_offset_for_leader_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_for_leader_epoch_req_offset_for_leader_partition(const struct offset_for_leader_epoch_req_offset_for_leader_partition *x, const struct offset_for_leader_epoch_req_offset_for_leader_partition *y, int16_t v);
static void fx_random_offset_for_leader_epoch_req_offset_for_leader_topic(struct offset_for_leader_epoch_req_offset_for_leader_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_for_leader_epoch_req_offset_for_leader_topic(const struct offset_for_leader_epoch_req_offset_for_leader_topic *x, const struct offset_for_leader_epoch_req_offset_for_leader_topic *y, int16_t v);
static void fx_random_offset_for_leader_epoch_req(struct offset_for_leader_epoch_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_for_leader_epoch_req(const struct offset_for_leader_epoch_req *x, const struct offset_for_leader_epoch_req *y, int16_t v);

static void fx_random_offset_for_leader_epoch_req_offset_for_leader_partition(struct offset_for_leader_epoch_req_offset_for_leader_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition = (int32_t)fx_next(rng);
    if (v >= 2) {
        x->current_leader_epoch = (int32_t)fx_next(rng);
    }
    x->leader_epoch = (int32_t)fx_next(rng);
}

static bool fx_eq_offset_for_leader_epoch_req_offset_for_leader_partition(const struct offset_for_leader_epoch_req_offset_for_leader_partition *x, const struct offset_for_leader_epoch_req_offset_for_leader_partition *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition == y->partition))
        return false;
    if (v >= 2) {
        if (!(x->current_leader_epoch == y->current_leader_epoch))
            return false;
    }
    if (!(x->leader_epoch == y->leader_epoch))
        return false;
    return true;
}

static void fx_random_offset_for_leader_epoch_req_offset_for_leader_topic(struct offset_for_leader_epoch_req_offset_for_leader_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->topic = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_for_leader_epoch_req_offset_for_leader_partition)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            offset_for_leader_epoch_req_offset_for_leader_partition_init(&x->partitions[i_]);
            fx_random_offset_for_leader_epoch_req_offset_for_leader_partition(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_offset_for_leader_epoch_req_offset_for_leader_topic(const struct offset_for_leader_epoch_req_offset_for_leader_topic *x, const struct offset_for_leader_epoch_req_offset_for_leader_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->topic, y->topic)))
        return false;
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_offset_for_leader_epoch_req_offset_for_leader_partition(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    return true;
}

static void fx_random_offset_for_leader_epoch_req(struct offset_for_leader_epoch_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 3) {
        x->replica_id = (int32_t)fx_next(rng);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_for_leader_epoch_req_offset_for_leader_topic)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            offset_for_leader_epoch_req_offset_for_leader_topic_init(&x->topics[i_]);
            fx_random_offset_for_leader_epoch_req_offset_for_leader_topic(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_offset_for_leader_epoch_req(const struct offset_for_leader_epoch_req *x, const struct offset_for_leader_epoch_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 3) {
        if (!(x->replica_id == y->replica_id))
            return false;
    }
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_offset_for_leader_epoch_req_offset_for_leader_topic(&x->topics[i_], &y->topics[i_], v)))
            return false;
    return true;
}

static void fx_random_offset_for_leader_epoch_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    offset_for_leader_epoch_req_init(x);
    fx_random_offset_for_leader_epoch_req(x, a, v, rng, 0);
}

static bool fx_eq_offset_for_leader_epoch_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_offset_for_leader_epoch_req(x, y, v);
}

static void fx_random_offset_for_leader_epoch_resp_epoch_end_offset(struct offset_for_leader_epoch_resp_epoch_end_offset *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_for_leader_epoch_resp_epoch_end_offset(const struct offset_for_leader_epoch_resp_epoch_end_offset *x, const struct offset_for_leader_epoch_resp_epoch_end_offset *y, int16_t v);
static void fx_random_offset_for_leader_epoch_resp_offset_for_leader_topic_result(struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_for_leader_epoch_resp_offset_for_leader_topic_result(const struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *x, const struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *y, int16_t v);
static void fx_random_offset_for_leader_epoch_resp(struct offset_for_leader_epoch_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_for_leader_epoch_resp(const struct offset_for_leader_epoch_resp *x, const struct offset_for_leader_epoch_resp *y, int16_t v);

static void fx_random_offset_for_leader_epoch_resp_epoch_end_offset(struct offset_for_leader_epoch_resp_epoch_end_offset *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->error_code = (int16_t)fx_next(rng);
    x->partition = (int32_t)fx_next(rng);
    if (v >= 1) {
        x->leader_epoch = (int32_t)fx_next(rng);
    }
    x->end_offset = (int64_t)fx_next(rng);
}

static bool fx_eq_offset_for_leader_epoch_resp_epoch_end_offset(const struct offset_for_leader_epoch_resp_epoch_end_offset *x, const struct offset_for_leader_epoch_resp_epoch_end_offset *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(x->partition == y->partition))
        return false;
    if (v >= 1) {
        if (!(x->leader_epoch == y->leader_epoch))
            return false;
    }
    if (!(x->end_offset == y->end_offset))
        return false;
    return true;
}

static void fx_random_offset_for_leader_epoch_resp_offset_for_leader_topic_result(struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->topic = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_for_leader_epoch_resp_epoch_end_offset)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            offset_for_leader_epoch_resp_epoch_end_offset_init(&x->partitions[i_]);
            fx_random_offset_for_leader_epoch_resp_epoch_end_offset(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_offset_for_leader_epoch_resp_offset_for_leader_topic_result(const struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *x, const struct offset_for_leader_epoch_resp_offset_for_leader_topic_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->topic, y->topic)))
        return false;
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_offset_for_leader_epoch_resp_epoch_end_offset(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    return true;
}

static void fx_random_offset_for_leader_epoch_resp(struct offset_for_leader_epoch_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 2) {
        x->throttle_time_ms = (int32_t)fx_next(rng);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_for_leader_epoch_resp_offset_for_leader_topic_result)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            offset_for_leader_epoch_resp_offset_for_leader_topic_result_init(&x->topics[i_]);
            fx_random_offset_for_leader_epoch_resp_offset_for_leader_topic_result(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_offset_for_leader_epoch_resp(const struct offset_for_leader_epoch_resp *x, const struct offset_for_leader_epoch_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 2) {
        if (!(x->throttle_time_ms == y->throttle_time_ms))
            return false;
    }
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_offset_for_leader_epoch_resp_offset_for_leader_topic_result(&x->topics[i_], &y->topics[i_], v)))
            return false;
    return true;
}

static void fx_random_offset_for_leader_epoch_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    offset_for_leader_epoch_resp_init(x);
    fx_random_offset_for_leader_epoch_resp(x, a, v, rng, 0);
}

static bool fx_eq_offset_for_leader_epoch_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_offset_for_leader_epoch_resp(x, y, v);
}

static void fx_random_add_partitions_to_txn_req_add_partitions_to_txn_topic(struct add_partitions_to_txn_req_add_partitions_to_txn_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_add_partitions_to_txn_req_add_partitions_to_txn_topic(const struct add_partitions_to_txn_req_add_partitions_to_txn_topic *x, const struct add_partitions_to_txn_req_add_partitions_to_txn_topic *y, int16_t v);
static void fx_random_add_partitions_to_txn_req_add_partitions_to_txn_transaction(struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_add_partitions_to_txn_req_add_partitions_to_txn_transaction(const struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *x, const struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *y, int16_t v);
static void fx_random_add_partitions_to_txn_req(struct add_partitions_to_txn_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_add_partitions_to_txn_req(const struct add_partitions_to_txn_req *x, const struct add_partitions_to_txn_req *y, int16_t v);

static void fx_random_add_partitions_to_txn_req_add_partitions_to_txn_topic(struct add_partitions_to_txn_req_add_partitions_to_txn_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(int32_t)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            x->partitions[i_] = (int32_t)fx_next(rng);
        }
    }
}

static bool fx_eq_add_partitions_to_txn_req_add_partitions_to_txn_topic(const struct add_partitions_to_txn_req_add_partitions_to_txn_topic *x, const struct add_partitions_to_txn_req_add_partitions_to_txn_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(x->partitions[i_] == y->partitions[i_]))
            return false;
    return true;
}

static void fx_random_add_partitions_to_txn_req_add_partitions_to_txn_transaction(struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 4) {
        x->transactional_id = fx_str(rng, a, false);
    }
    if (v >= 4) {
        x->producer_id = (int64_t)fx_next(rng);
    }
    if (v >= 4) {
        x->producer_epoch = (int16_t)fx_next(rng);
    }
    if (v >= 4) {
        x->verify_only = fx_next(rng) & 1;
    }
    if (v >= 4) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->topics_count = n_;
            x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct add_partitions_to_txn_req_add_partitions_to_txn_topic)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                add_partitions_to_txn_req_add_partitions_to_txn_topic_init(&x->topics[i_]);
                fx_random_add_partitions_to_txn_req_add_partitions_to_txn_topic(&x->topics[i_], a, v, rng, depth + 1);
            }
        }
    }
}

static bool fx_eq_add_partitions_to_txn_req_add_partitions_to_txn_transaction(const struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *x, const struct add_partitions_to_txn_req_add_partitions_to_txn_transaction *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 4) {
        if (!(kstr_eq(x->transactional_id, y->transactional_id)))
            return false;
    }
    if (v >= 4) {
        if (!(x->producer_id == y->producer_id))
            return false;
    }
    if (v >= 4) {
        if (!(x->producer_epoch == y->producer_epoch))
            return false;
    }
    if (v >= 4) {
        if (!((!x->verify_only == !y->verify_only)))
            return false;
    }
    if (v >= 4) {
        if (x->topics_count != y->topics_count)
            return false;
        for (int32_t i_ = 0; i_ < x->topics_count; i_++)
            if (!(fx_eq_add_partitions_to_txn_req_add_partitions_to_txn_topic(&x->topics[i_], &y->topics[i_], v)))
                return false;
    }
    return true;
}

static void fx_random_add_partitions_to_txn_req(struct add_partitions_to_txn_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 4) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->transactions_count = n_;
            x->transactions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct add_partitions_to_txn_req_add_partitions_to_txn_transaction)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                add_partitions_to_txn_req_add_partitions_to_txn_transaction_init(&x->transactions[i_]);
                fx_random_add_partitions_to_txn_req_add_partitions_to_txn_transaction(&x->transactions[i_], a, v, rng, depth + 1);
            }
        }
    }
    if (v <= 3) {
        x->v3_and_below_transactional_id = fx_str(rng, a, false);
    }
    if (v <= 3) {
        x->v3_and_below_producer_id = (int64_t)fx_next(rng);
    }
    if (v <= 3) {
        x->v3_and_below_producer_epoch = (int16_t)fx_next(rng);
    }
    if (v <= 3) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->v3_and_below_topics_count = n_;
            x->v3_and_below_topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct add_partitions_to_txn_req_add_partitions_to_txn_topic)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                add_partitions_to_txn_req_add_partitions_to_txn_topic_init(&x->v3_and_below_topics[i_]);
                fx_random_add_partitions_to_txn_req_add_partitions_to_txn_topic(&x->v3_and_below_topics[i_], a, v, rng, depth + 1);
            }
        }
    }
}

static bool fx_eq_add_partitions_to_txn_req(const struct add_partitions_to_txn_req *x, const struct add_partitions_to_txn_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 4) {
        if (x->transactions_count != y->transactions_count)
            return false;
        for (int32_t i_ = 0; i_ < x->transactions_count; i_++)
            if (!(fx_eq_add_partitions_to_txn_req_add_partitions_to_txn_transaction(&x->transactions[i_], &y->transactions[i_], v)))
                return false;
    }
    if (v <= 3) {
        if (!(kstr_eq(x->v3_and_below_transactional_id, y->v3_and_below_transactional_id)))
            return false;
    }
    if (v <= 3) {
        if (!(x->v3_and_below_producer_id == y->v3_and_below_producer_id))
            return false;
    }
    if (v <= 3) {
        if (!(x->v3_and_below_producer_epoch == y->v3_and_below_producer_epoch))
            return false;
    }
    if (v <= 3) {
        if (x->v3_and_below_topics_count != y->v3_and_below_topics_count)
            return false;
        for (int32_t i_ = 0; i_ < x->v3_and_below_topics_count; i_++)
            if (!(fx_eq_add_partitions_to_txn_req_add_partitions_to_txn_topic(&x->v3_and_below_topics[i_], &y->v3_and_below_topics[i_], v)))
                return false;
    }
    return true;
}

static void fx_random_add_partitions_to_txn_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    add_partitions_to_txn_req_init(x);
    fx_random_add_partitions_to_txn_req(x, a, v, rng, 0);
}

static bool fx_eq_add_partitions_to_txn_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_add_partitions_to_txn_req(x, y, v);
}

static void fx_random_add_partitions_to_txn_resp_add_partitions_to_txn_partition_result(struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_add_partitions_to_txn_resp_add_partitions_to_txn_partition_result(const struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *x, const struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *y, int16_t v);
static void fx_random_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(const struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *x, const struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *y, int16_t v);
static void fx_random_add_partitions_to_txn_resp_add_partitions_to_txn_result(struct add_partitions_to_txn_resp_add_partitions_to_txn_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_add_partitions_to_txn_resp_add_partitions_to_txn_result(const struct add_partitions_to_txn_resp_add_partitions_to_txn_result *x, const struct add_partitions_to_txn_resp_add_partitions_to_txn_result *y, int16_t v);
static void fx_random_add_partitions_to_txn_resp(struct add_partitions_to_txn_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_add_partitions_to_txn_resp(const struct add_partitions_to_txn_resp *x, const struct add_partitions_to_txn_resp *y, int16_t v);

static void fx_random_add_partitions_to_txn_resp_add_partitions_to_txn_partition_result(struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition_index = (int32_t)fx_next(rng);
    x->partition_error_code = (int16_t)fx_next(rng);
}

static bool fx_eq_add_partitions_to_txn_resp_add_partitions_to_txn_partition_result(const struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *x, const struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition_index == y->partition_index))
        return false;
    if (!(x->partition_error_code == y->partition_error_code))
        return false;
    return true;
}

static void fx_random_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->results_by_partition_count = n_;
        x->results_by_partition = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct add_partitions_to_txn_resp_add_partitions_to_txn_partition_result)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            add_partitions_to_txn_resp_add_partitions_to_txn_partition_result_init(&x->results_by_partition[i_]);
            fx_random_add_partitions_to_txn_resp_add_partitions_to_txn_partition_result(&x->results_by_partition[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(const struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *x, const struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->results_by_partition_count != y->results_by_partition_count)
        return false;
    for (int32_t i_ = 0; i_ < x->results_by_partition_count; i_++)
        if (!(fx_eq_add_partitions_to_txn_resp_add_partitions_to_txn_partition_result(&x->results_by_partition[i_], &y->results_by_partition[i_], v)))
            return false;
    return true;
}

static void fx_random_add_partitions_to_txn_resp_add_partitions_to_txn_result(struct add_partitions_to_txn_resp_add_partitions_to_txn_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 4) {
        x->transactional_id = fx_str(rng, a, false);
    }
    if (v >= 4) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->topic_results_count = n_;
            x->topic_results = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                add_partitions_to_txn_resp_add_partitions_to_txn_topic_result_init(&x->topic_results[i_]);
                fx_random_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(&x->topic_results[i_], a, v, rng, depth + 1);
            }
        }
    }
}

static bool fx_eq_add_partitions_to_txn_resp_add_partitions_to_txn_result(const struct add_partitions_to_txn_resp_add_partitions_to_txn_result *x, const struct add_partitions_to_txn_resp_add_partitions_to_txn_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 4) {
        if (!(kstr_eq(x->transactional_id, y->transactional_id)))
            return false;
    }
    if (v >= 4) {
        if (x->topic_results_count != y->topic_results_count)
            return false;
        for (int32_t i_ = 0; i_ < x->topic_results_count; i_++)
            if (!(fx_eq_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(&x->topic_results[i_], &y->topic_results[i_], v)))
                return false;
    }
    return true;
}

static void fx_random_add_partitions_to_txn_resp(struct add_partitions_to_txn_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    if (v >= 4) {
        x->error_code = (int16_t)fx_next(rng);
    }
    if (v >= 4) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->results_by_transaction_count = n_;
            x->results_by_transaction = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct add_partitions_to_txn_resp_add_partitions_to_txn_result)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                add_partitions_to_txn_resp_add_partitions_to_txn_result_init(&x->results_by_transaction[i_]);
                fx_random_add_partitions_to_txn_resp_add_partitions_to_txn_result(&x->results_by_transaction[i_], a, v, rng, depth + 1);
            }
        }
    }
    if (v <= 3) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->results_by_topic_v3_and_below_count = n_;
            x->results_by_topic_v3_and_below = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct add_partitions_to_txn_resp_add_partitions_to_txn_topic_result)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                add_partitions_to_txn_resp_add_partitions_to_txn_topic_result_init(&x->results_by_topic_v3_and_below[i_]);
                fx_random_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(&x->results_by_topic_v3_and_below[i_], a, v, rng, depth + 1);
            }
        }
    }
}

static bool fx_eq_add_partitions_to_txn_resp(const struct add_partitions_to_txn_resp *x, const struct add_partitions_to_txn_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (v >= 4) {
        if (!(x->error_code == y->error_code))
            return false;
    }
    if (v >= 4) {
        if (x->results_by_transaction_count != y->results_by_transaction_count)
            return false;
        for (int32_t i_ = 0; i_ < x->results_by_transaction_count; i_++)
            if (!(fx_eq_add_partitions_to_txn_resp_add_partitions_to_txn_result(&x->results_by_transaction[i_], &y->results_by_transaction[i_], v)))
                return false;
    }
    if (v <= 3) {
        if (x->results_by_topic_v3_and_below_count != y->results_by_topic_v3_and_below_count)
            return false;
        for (int32_t i_ = 0; i_ < x->results_by_topic_v3_and_below_count; i_++)
            if (!(fx_eq_add_partitions_to_txn_resp_add_partitions_to_txn_topic_result(&x->results_by_topic_v3_and_below[i_], &y->results_by_topic_v3_and_below[i_], v)))
                return false;
    }
    return true;
}

static void fx_random_add_partitions_to_txn_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    add_partitions_to_txn_resp_init(x);
    fx_random_add_partitions_to_txn_resp(x, a, v, rng, 0);
}

static bool fx_eq_add_partitions_to_txn_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_add_partitions_to_txn_resp(x, y, v);
}

static void fx_random_add_offsets_to_txn_req(struct add_offsets_to_txn_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_add_offsets_to_txn_req(const struct add_offsets_to_txn_req *x, const struct add_offsets_to_txn_req *y, int16_t v);

static void fx_random_add_offsets_to_txn_req(struct add_offsets_to_txn_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->transactional_id = fx_str(rng, a, false);
    x->producer_id = (int64_t)fx_next(rng);
    x->producer_epoch = (int16_t)fx_next(rng);
    x->group_id = fx_str(rng, a, false);
}

static bool fx_eq_add_offsets_to_txn_req(const struct add_offsets_to_txn_req *x, const struct add_offsets_to_txn_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->transactional_id, y->transactional_id)))
        return false;
    if (!(x->producer_id == y->producer_id))
        return false;
    if (!(x->producer_epoch == y->producer_epoch))
        return false;
    if (!(kstr_eq(x->group_id, y->group_id)))
        return false;
    return true;
}

static void fx_random_add_offsets_to_txn_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    add_offsets_to_txn_req_init(x);
    fx_random_add_offsets_to_txn_req(x, a, v, rng, 0);
}

static bool fx_eq_add_offsets_to_txn_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_add_offsets_to_txn_req(x, y, v);
}

static void fx_random_add_offsets_to_txn_resp(struct add_offsets_to_txn_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_add_offsets_to_txn_resp(const struct add_offsets_to_txn_resp *x, const struct add_offsets_to_txn_resp *y, int16_t v);

static void fx_random_add_offsets_to_txn_resp(struct add_offsets_to_txn_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    x->error_code = (int16_t)fx_next(rng);
}

static bool fx_eq_add_offsets_to_txn_resp(const struct add_offsets_to_txn_resp *x, const struct add_offsets_to_txn_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (!(x->error_code == y->error_code))
        return false;
    return true;
}

static void fx_random_add_offsets_to_txn_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    add_offsets_to_txn_resp_init(x);
    fx_random_add_offsets_to_txn_resp(x, a, v, rng, 0);
}

static bool fx_eq_add_offsets_to_txn_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_add_offsets_to_txn_resp(x, y, v);
}

static void fx_random_end_txn_req(struct end_txn_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_end_txn_req(const struct end_txn_req *x, const struct end_txn_req *y, int16_t v);

static void fx_random_end_txn_req(struct end_txn_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->transactional_id = fx_str(rng, a, false);
    x->producer_id = (int64_t)fx_next(rng);
    x->producer_epoch = (int16_t)fx_next(rng);
    x->committed = fx_next(rng) & 1;
}

static bool fx_eq_end_txn_req(const struct end_txn_req *x, const struct end_txn_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->transactional_id, y->transactional_id)))
        return false;
    if (!(x->producer_id == y->producer_id))
        return false;
    if (!(x->producer_epoch == y->producer_epoch))
        return false;
    if (!((!x->committed == !y->committed)))
        return false;
    return true;
}

static void fx_random_end_txn_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    end_txn_req_init(x);
    fx_random_end_txn_req(x, a, v, rng, 0);
}

static bool fx_eq_end_txn_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_end_txn_req(x, y, v);
}

static void fx_random_end_txn_resp(struct end_txn_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_end_txn_resp(const struct end_txn_resp *x, const struct end_txn_resp *y, int16_t v);

static void fx_random_end_txn_resp(struct end_txn_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    x->error_code = (int16_t)fx_next(rng);
}

static bool fx_eq_end_txn_resp(const struct end_txn_resp *x, const struct end_txn_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (!(x->error_code == y->error_code))
        return false;
    return true;
}

static void fx_random_end_txn_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    end_txn_resp_init(x);
    fx_random_end_txn_resp(x, a, v, rng, 0);
}

static bool fx_eq_end_txn_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_end_txn_resp(x, y, v);
}

static void fx_random_write_txn_markers_req_writable_txn_marker_topic(struct write_txn_markers_req_writable_txn_marker_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_write_txn_markers_req_writable_txn_marker_topic(const struct write_txn_markers_req_writable_txn_marker_topic *x, const struct write_txn_markers_req_writable_txn_marker_topic *y, int16_t v);
static void fx_random_write_txn_markers_req_writable_txn_marker(struct write_txn_markers_req_writable_txn_marker *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_write_txn_markers_req_writable_txn_marker(const struct write_txn_markers_req_writable_txn_marker *x, const struct write_txn_markers_req_writable_txn_marker *y, int16_t v);
static void fx_random_write_txn_markers_req(struct write_txn_markers_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_write_txn_markers_req(const struct write_txn_markers_req *x, const struct write_txn_markers_req *y, int16_t v);

static void fx_random_write_txn_markers_req_writable_txn_marker_topic(struct write_txn_markers_req_writable_txn_marker_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partition_indexes_count = n_;
        x->partition_indexes = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(int32_t)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            x->partition_indexes[i_] = (int32_t)fx_next(rng);
        }
    }
}

static bool fx_eq_write_txn_markers_req_writable_txn_marker_topic(const struct write_txn_markers_req_writable_txn_marker_topic *x, const struct write_txn_markers_req_writable_txn_marker_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partition_indexes_count != y->partition_indexes_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partition_indexes_count; i_++)
        if (!(x->partition_indexes[i_] == y->partition_indexes[i_]))
            return false;
    return true;
}

static void fx_random_write_txn_markers_req_writable_txn_marker(struct write_txn_markers_req_writable_txn_marker *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->producer_id = (int64_t)fx_next(rng);
    x->producer_epoch = (int16_t)fx_next(rng);
    x->transaction_result = fx_next(rng) & 1;
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct write_txn_markers_req_writable_txn_marker_topic)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            write_txn_markers_req_writable_txn_marker_topic_init(&x->topics[i_]);
            fx_random_write_txn_markers_req_writable_txn_marker_topic(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
    x->coordinator_epoch = (int32_t)fx_next(rng);
}

static bool fx_eq_write_txn_markers_req_writable_txn_marker(const struct write_txn_markers_req_writable_txn_marker *x, const struct write_txn_markers_req_writable_txn_marker *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->producer_id == y->producer_id))
        return false;
    if (!(x->producer_epoch == y->producer_epoch))
        return false;
    if (!((!x->transaction_result == !y->transaction_result)))
        return false;
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_write_txn_markers_req_writable_txn_marker_topic(&x->topics[i_], &y->topics[i_], v)))
            return false;
    if (!(x->coordinator_epoch == y->coordinator_epoch))
        return false;
    return true;
}

static void fx_random_write_txn_markers_req(struct write_txn_markers_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->markers_count = n_;
        x->markers = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct write_txn_markers_req_writable_txn_marker)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            write_txn_markers_req_writable_txn_marker_init(&x->markers[i_]);
            fx_random_write_txn_markers_req_writable_txn_marker(&x->markers[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_write_txn_markers_req(const struct write_txn_markers_req *x, const struct write_txn_markers_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (x->markers_count != y->markers_count)
        return false;
    for (int32_t i_ = 0; i_ < x->markers_count; i_++)
        if (!(fx_eq_write_txn_markers_req_writable_txn_marker(&x->markers[i_], &y->markers[i_], v)))
            return false;
    return true;
}

static void fx_random_write_txn_markers_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    write_txn_markers_req_init(x);
    fx_random_write_txn_markers_req(x, a, v, rng, 0);
}

static bool fx_eq_write_txn_markers_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_write_txn_markers_req(x, y, v);
}

static void fx_random_write_txn_markers_resp_writable_txn_marker_partition_result(struct write_txn_markers_resp_writable_txn_marker_partition_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_write_txn_markers_resp_writable_txn_marker_partition_result(const struct write_txn_markers_resp_writable_txn_marker_partition_result *x, const struct write_txn_markers_resp_writable_txn_marker_partition_result *y, int16_t v);
static void fx_random_write_txn_markers_resp_writable_txn_marker_topic_result(struct write_txn_markers_resp_writable_txn_marker_topic_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_write_txn_markers_resp_writable_txn_marker_topic_result(const struct write_txn_markers_resp_writable_txn_marker_topic_result *x, const struct write_txn_markers_resp_writable_txn_marker_topic_result *y, int16_t v);
static void fx_random_write_txn_markers_resp_writable_txn_marker_result(struct write_txn_markers_resp_writable_txn_marker_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_write_txn_markers_resp_writable_txn_marker_result(const struct write_txn_markers_resp_writable_txn_marker_result *x, const struct write_txn_markers_resp_writable_txn_marker_result *y, int16_t v);
static void fx_random_write_txn_markers_resp(struct write_txn_markers_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_write_txn_markers_resp(const struct write_txn_markers_resp *x, const struct write_txn_markers_resp *y, int16_t v);

static void fx_random_write_txn_markers_resp_writable_txn_marker_partition_result(struct write_txn_markers_resp_writable_txn_marker_partition_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition_index = (int32_t)fx_next(rng);
    x->error_code = (int16_t)fx_next(rng);
}

static bool fx_eq_write_txn_markers_resp_writable_txn_marker_partition_result(const struct write_txn_markers_resp_writable_txn_marker_partition_result *x, const struct write_txn_markers_resp_writable_txn_marker_partition_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition_index == y->partition_index))
        return false;
    if (!(x->error_code == y->error_code))
        return false;
    return true;
}

static void fx_random_write_txn_markers_resp_writable_txn_marker_topic_result(struct write_txn_markers_resp_writable_txn_marker_topic_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct write_txn_markers_resp_writable_txn_marker_partition_result)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            write_txn_markers_resp_writable_txn_marker_partition_result_init(&x->partitions[i_]);
            fx_random_write_txn_markers_resp_writable_txn_marker_partition_result(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_write_txn_markers_resp_writable_txn_marker_topic_result(const struct write_txn_markers_resp_writable_txn_marker_topic_result *x, const struct write_txn_markers_resp_writable_txn_marker_topic_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_write_txn_markers_resp_writable_txn_marker_partition_result(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    return true;
}

static void fx_random_write_txn_markers_resp_writable_txn_marker_result(struct write_txn_markers_resp_writable_txn_marker_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->producer_id = (int64_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct write_txn_markers_resp_writable_txn_marker_topic_result)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            write_txn_markers_resp_writable_txn_marker_topic_result_init(&x->topics[i_]);
            fx_random_write_txn_markers_resp_writable_txn_marker_topic_result(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_write_txn_markers_resp_writable_txn_marker_result(const struct write_txn_markers_resp_writable_txn_marker_result *x, const struct write_txn_markers_resp_writable_txn_marker_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->producer_id == y->producer_id))
        return false;
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_write_txn_markers_resp_writable_txn_marker_topic_result(&x->topics[i_], &y->topics[i_], v)))
            return false;
    return true;
}

static void fx_random_write_txn_markers_resp(struct write_txn_markers_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->markers_count = n_;
        x->markers = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct write_txn_markers_resp_writable_txn_marker_result)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            write_txn_markers_resp_writable_txn_marker_result_init(&x->markers[i_]);
            fx_random_write_txn_markers_resp_writable_txn_marker_result(&x->markers[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_write_txn_markers_resp(const struct write_txn_markers_resp *x, const struct write_txn_markers_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (x->markers_count != y->markers_count)
        return false;
    for (int32_t i_ = 0; i_ < x->markers_count; i_++)
        if (!(fx_eq_write_txn_markers_resp_writable_txn_marker_result(&x->markers[i_], &y->markers[i_], v)))
            return false;
    return true;
}

static void fx_random_write_txn_markers_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    write_txn_markers_resp_init(x);
    fx_random_write_txn_markers_resp(x, a, v, rng, 0);
}

static bool fx_eq_write_txn_markers_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_write_txn_markers_resp(x, y, v);
}

static void fx_random_txn_offset_commit_req_txn_offset_commit_request_partition(struct txn_offset_commit_req_txn_offset_commit_request_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_txn_offset_commit_req_txn_offset_commit_request_partition(const struct txn_offset_commit_req_txn_offset_commit_request_partition *x, const struct txn_offset_commit_req_txn_offset_commit_request_partition *y, int16_t v);
static void fx_random_txn_offset_commit_req_txn_offset_commit_request_topic(struct txn_offset_commit_req_txn_offset_commit_request_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_txn_offset_commit_req_txn_offset_commit_request_topic(const struct txn_offset_commit_req_txn_offset_commit_request_topic *x, const struct txn_offset_commit_req_txn_offset_commit_request_topic *y, int16_t v);
static void fx_random_txn_offset_commit_req(struct txn_offset_commit_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_txn_offset_commit_req(const struct txn_offset_commit_req *x, const struct txn_offset_commit_req *y, int16_t v);

static void fx_random_txn_offset_commit_req_txn_offset_commit_request_partition(struct txn_offset_commit_req_txn_offset_commit_request_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition_index = (int32_t)fx_next(rng);
    x->committed_offset = (int64_t)fx_next(rng);
    if (v >= 2) {
        x->committed_leader_epoch = (int32_t)fx_next(rng);
    }
    x->committed_metadata = fx_str(rng, a, true);
}

static bool fx_eq_txn_offset_commit_req_txn_offset_commit_request_partition(const struct txn_offset_commit_req_txn_offset_commit_request_partition *x, const struct txn_offset_commit_req_txn_offset_commit_request_partition *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition_index == y->partition_index))
        return false;
    if (!(x->committed_offset == y->committed_offset))
        return false;
    if (v >= 2) {
        if (!(x->committed_leader_epoch == y->committed_leader_epoch))
            return false;
    }
    if (!(kstr_eq(x->committed_metadata, y->committed_metadata)))
        return false;
    return true;
}

static void fx_random_txn_offset_commit_req_txn_offset_commit_request_topic(struct txn_offset_commit_req_txn_offset_commit_request_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct txn_offset_commit_req_txn_offset_commit_request_partition)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            txn_offset_commit_req_txn_offset_commit_request_partition_init(&x->partitions[i_]);
            fx_random_txn_offset_commit_req_txn_offset_commit_request_partition(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_txn_offset_commit_req_txn_offset_commit_request_topic(const struct txn_offset_commit_req_txn_offset_commit_request_topic *x, const struct txn_offset_commit_req_txn_offset_commit_request_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_txn_offset_commit_req_txn_offset_commit_request_partition(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    return true;
}

static void fx_random_txn_offset_commit_req(struct txn_offset_commit_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->transactional_id = fx_str(rng, a, false);
    x->group_id = fx_str(rng, a, false);
    x->producer_id = (int64_t)fx_next(rng);
    x->producer_epoch = (int16_t)fx_next(rng);
    if (v >= 3) {
        x->generation_id = (int32_t)fx_next(rng);
    }
    if (v >= 3) {
        x->member_id = fx_str(rng, a, false);
    }
    if (v >= 3) {
        x->group_instance_id = fx_str(rng, a, v >= 3);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct txn_offset_commit_req_txn_offset_commit_request_topic)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            txn_offset_commit_req_txn_offset_commit_request_topic_init(&x->topics[i_]);
            fx_random_txn_offset_commit_req_txn_offset_commit_request_topic(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_txn_offset_commit_req(const struct txn_offset_commit_req *x, const struct txn_offset_commit_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->transactional_id, y->transactional_id)))
        return false;
    if (!(kstr_eq(x->group_id, y->group_id)))
        return false;
    if (!(x->producer_id == y->producer_id))
        return false;
    if (!(x->producer_epoch == y->producer_epoch))
        return false;
    if (v >= 3) {
        if (!(x->generation_id == y->generation_id))
            return false;
    }
    if (v >= 3) {
        if (!(kstr_eq(x->member_id, y->member_id)))
            return false;
    }
    if (v >= 3) {
        if (!(kstr_eq(x->group_instance_id, y->group_instance_id)))
            return false;
    }
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_txn_offset_commit_req_txn_offset_commit_request_topic(&x->topics[i_], &y->topics[i_], v)))
            return false;
    return true;
}

static void fx_random_txn_offset_commit_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    txn_offset_commit_req_init(x);
    fx_random_txn_offset_commit_req(x, a, v, rng, 0);
}

static bool fx_eq_txn_offset_commit_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_txn_offset_commit_req(x, y, v);
}

static void fx_random_txn_offset_commit_resp_txn_offset_commit_response_partition(struct txn_offset_commit_resp_txn_offset_commit_response_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_txn_offset_commit_resp_txn_offset_commit_response_partition(const struct txn_offset_commit_resp_txn_offset_commit_response_partition *x, const struct txn_offset_commit_resp_txn_offset_commit_response_partition *y, int16_t v);
static void fx_random_txn_offset_commit_resp_txn_offset_commit_response_topic(struct txn_offset_commit_resp_txn_offset_commit_response_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_txn_offset_commit_resp_txn_offset_commit_response_topic(const struct txn_offset_commit_resp_txn_offset_commit_response_topic *x, const struct txn_offset_commit_resp_txn_offset_commit_response_topic *y, int16_t v);
static void fx_random_txn_offset_commit_resp(struct txn_offset_commit_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_txn_offset_commit_resp(const struct txn_offset_commit_resp *x, const struct txn_offset_commit_resp *y, int16_t v);

static void fx_random_txn_offset_commit_resp_txn_offset_commit_response_partition(struct txn_offset_commit_resp_txn_offset_commit_response_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition_index = (int32_t)fx_next(rng);
    x->error_code = (int16_t)fx_next(rng);
}

static bool fx_eq_txn_offset_commit_resp_txn_offset_commit_response_partition(const struct txn_offset_commit_resp_txn_offset_commit_response_partition *x, const struct txn_offset_commit_resp_txn_offset_commit_response_partition *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition_index == y->partition_index))
        return false;
    if (!(x->error_code == y->error_code))
        return false;
    return true;
}

static void fx_random_txn_offset_commit_resp_txn_offset_commit_response_topic(struct txn_offset_commit_resp_txn_offset_commit_response_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct txn_offset_commit_resp_txn_offset_commit_response_partition)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            txn_offset_commit_resp_txn_offset_commit_response_partition_init(&x->partitions[i_]);
            fx_random_txn_offset_commit_resp_txn_offset_commit_response_partition(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_txn_offset_commit_resp_txn_offset_commit_response_topic(const struct txn_offset_commit_resp_txn_offset_commit_response_topic *x, const struct txn_offset_commit_resp_txn_offset_commit_response_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_txn_offset_commit_resp_txn_offset_commit_response_partition(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    return true;
}

static void fx_random_txn_offset_commit_resp(struct txn_offset_commit_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct txn_offset_commit_resp_txn_offset_commit_response_topic)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            txn_offset_commit_resp_txn_offset_commit_response_topic_init(&x->topics[i_]);
            fx_random_txn_offset_commit_resp_txn_offset_commit_response_topic(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_txn_offset_commit_resp(const struct txn_offset_commit_resp *x, const struct txn_offset_commit_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_txn_offset_commit_resp_txn_offset_commit_response_topic(&x->topics[i_], &y->topics[i_], v)))
            return false;
    return true;
}

static void fx_random_txn_offset_commit_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    txn_offset_commit_resp_init(x);
    fx_random_txn_offset_commit_resp(x, a, v, rng, 0);
}

static bool fx_eq_txn_offset_commit_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_txn_offset_commit_resp(x, y, v);
}

static void fx_random_describe_acls_req(struct describe_acls_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_acls_req(const struct describe_acls_req *x, const struct describe_acls_req *y, int16_t v);

static void fx_random_describe_acls_req(struct describe_acls_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->resource_type_filter = (int8_t)fx_next(rng);
    x->resource_name_filter = fx_str(rng, a, true);
    if (v >= 1) {
        x->pattern_type_filter = (int8_t)fx_next(rng);
    }
    x->principal_filter = fx_str(rng, a, true);
    x->host_filter = fx_str(rng, a, true);
    x->operation = (int8_t)fx_next(rng);
    x->permission_type = (int8_t)fx_next(rng);
}

static bool fx_eq_describe_acls_req(const struct describe_acls_req *x, const struct describe_acls_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->resource_type_filter == y->resource_type_filter))
        return false;
    if (!(kstr_eq(x->resource_name_filter, y->resource_name_filter)))
        return false;
    if (v >= 1) {
        if (!(x->pattern_type_filter == y->pattern_type_filter))
            return false;
    }
    if (!(kstr_eq(x->principal_filter, y->principal_filter)))
        return false;
    if (!(kstr_eq(x->host_filter, y->host_filter)))
        return false;
    if (!(x->operation == y->operation))
        return false;
    if (!(x->permission_type == y->permission_type))
        return false;
    return true;
}

static void fx_random_describe_acls_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    describe_acls_req_init(x);
    fx_random_describe_acls_req(x, a, v, rng, 0);
}

static bool fx_eq_describe_acls_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_describe_acls_req(x, y, v);
}

static void fx_random_describe_acls_resp_acl_description(struct describe_acls_resp_acl_description *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_acls_resp_acl_description(const struct describe_acls_resp_acl_description *x, const struct describe_acls_resp_acl_description *y, int16_t v);
static void fx_random_describe_acls_resp_describe_acls_resource(struct describe_acls_resp_describe_acls_resource *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_acls_resp_describe_acls_resource(const struct describe_acls_resp_describe_acls_resource *x, const struct describe_acls_resp_describe_acls_resource *y, int16_t v);
static void fx_random_describe_acls_resp(struct describe_acls_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_acls_resp(const struct describe_acls_resp *x, const struct describe_acls_resp *y, int16_t v);

static void fx_random_describe_acls_resp_acl_description(struct describe_acls_resp_acl_description *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->principal = fx_str(rng, a, false);
    x->host = fx_str(rng, a, false);
    x->operation = (int8_t)fx_next(rng);
    x->permission_type = (int8_t)fx_next(rng);
}

static bool fx_eq_describe_acls_resp_acl_description(const struct describe_acls_resp_acl_description *x, const struct describe_acls_resp_acl_description *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->principal, y->principal)))
        return false;
    if (!(kstr_eq(x->host, y->host)))
        return false;
    if (!(x->operation == y->operation))
        return false;
    if (!(x->permission_type == y->permission_type))
        return false;
    return true;
}

static void fx_random_describe_acls_resp_describe_acls_resource(struct describe_acls_resp_describe_acls_resource *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->resource_type = (int8_t)fx_next(rng);
    x->resource_name = fx_str(rng, a, false);
    if (v >= 1) {
        x->pattern_type = (int8_t)fx_next(rng);
    }
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->acls_count = n_;
        x->acls = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct describe_acls_resp_acl_description)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            describe_acls_resp_acl_description_init(&x->acls[i_]);
            fx_random_describe_acls_resp_acl_description(&x->acls[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_describe_acls_resp_describe_acls_resource(const struct describe_acls_resp_describe_acls_resource *x, const struct describe_acls_resp_describe_acls_resource *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->resource_type == y->resource_type))
        return false;
    if (!(kstr_eq(x->resource_name, y->resource_name)))
        return false;
    if (v >= 1) {
        if (!(x->pattern_type == y->pattern_type))
            return false;
    }
    if (x->acls_count != y->acls_count)
        return false;
    for (int32_t i_ = 0; i_ < x->acls_count; i_++)
        if (!(fx_eq_describe_acls_resp_acl_description(&x->acls[i_], &y->acls[i_], v)))
            return false;
    return true;
}

static void fx_random_describe_acls_resp(struct describe_acls_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    x->error_code = (int16_t)fx_next(rng);
    x->error_message = fx_str(rng, a, true);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->resources_count = n_;
        x->resources = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct describe_acls_resp_describe_acls_resource)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            describe_acls_resp_describe_acls_resource_init(&x->resources[i_]);
            fx_random_describe_acls_resp_describe_acls_resource(&x->resources[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_describe_acls_resp(const struct describe_acls_resp *x, const struct describe_acls_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(kstr_eq(x->error_message, y->error_message)))
        return false;
    if (x->resources_count != y->resources_count)
        return false;
    for (int32_t i_ = 0; i_ < x->resources_count; i_++)
        if (!(fx_eq_describe_acls_resp_describe_acls_resource(&x->resources[i_], &y->resources[i_], v)))
            return false;
    return true;
}

static void fx_random_describe_acls_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    describe_acls_resp_init(x);
    fx_random_describe_acls_resp(x, a, v, rng, 0);
}

static bool fx_eq_describe_acls_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_describe_acls_resp(x, y, v);
}

static void fx_random_create_acls_req_acl_creation(struct create_acls_req_acl_creation *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_create_acls_req_acl_creation(const struct create_acls_req_acl_creation *x, const struct create_acls_req_acl_creation *y, int16_t v);
static void fx_random_create_acls_req(struct create_acls_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_create_acls_req(const struct create_acls_req *x, const struct create_acls_req *y, int16_t v);

static void fx_random_create_acls_req_acl_creation(struct create_acls_req_acl_creation *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->resource_type = (int8_t)fx_next(rng);
    x->resource_name = fx_str(rng, a, false);
    if (v >= 1) {
        x->resource_pattern_type = (int8_t)fx_next(rng);
    }
    x->principal = fx_str(rng, a, false);
    x->host = fx_str(rng, a, false);
    x->operation = (int8_t)fx_next(rng);
    x->permission_type = (int8_t)fx_next(rng);
}

static bool fx_eq_create_acls_req_acl_creation(const struct create_acls_req_acl_creation *x, const struct create_acls_req_acl_creation *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->resource_type == y->resource_type))
        return false;
    if (!(kstr_eq(x->resource_name, y->resource_name)))
        return false;
    if (v >= 1) {
        if (!(x->resource_pattern_type == y->resource_pattern_type))
            return false;
    }
    if (!(kstr_eq(x->principal, y->principal)))
        return false;
    if (!(kstr_eq(x->host, y->host)))
        return false;
    if (!(x->operation == y->operation))
        return false;
    if (!(x->permission_type == y->permission_type))
        return false;
    return true;
}

static void fx_random_create_acls_req(struct create_acls_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->creations_count = n_;
        x->creations = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct create_acls_req_acl_creation)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            create_acls_req_acl_creation_init(&x->creations[i_]);
            fx_random_create_acls_req_acl_creation(&x->creations[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_create_acls_req(const struct create_acls_req *x, const struct create_acls_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (x->creations_count != y->creations_count)
        return false;
    for (int32_t i_ = 0; i_ < x->creations_count; i_++)
        if (!(fx_eq_create_acls_req_acl_creation(&x->creations[i_], &y->creations[i_], v)))
            return false;
    return true;
}

static void fx_random_create_acls_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    create_acls_req_init(x);
    fx_random_create_acls_req(x, a, v, rng, 0);
}

static bool fx_eq_create_acls_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_create_acls_req(x, y, v);
}

static void fx_random_create_acls_resp_acl_creation_result(struct create_acls_resp_acl_creation_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_create_acls_resp_acl_creation_result(const struct create_acls_resp_acl_creation_result *x, const struct create_acls_resp_acl_creation_result *y, int16_t v);
static void fx_random_create_acls_resp(struct create_acls_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_create_acls_resp(const struct create_acls_resp *x, const struct create_acls_resp *y, int16_t v);

static void fx_random_create_acls_resp_acl_creation_result(struct create_acls_resp_acl_creation_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->error_code = (int16_t)fx_next(rng);
    x->error_message = fx_str(rng, a, true);
}

static bool fx_eq_create_acls_resp_acl_creation_result(const struct create_acls_resp_acl_creation_result *x, const struct create_acls_resp_acl_creation_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(kstr_eq(x->error_message, y->error_message)))
        return false;
    return true;
}

static void fx_random_create_acls_resp(struct create_acls_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->results_count = n_;
        x->results = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct create_acls_resp_acl_creation_result)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            create_acls_resp_acl_creation_result_init(&x->results[i_]);
            fx_random_create_acls_resp_acl_creation_result(&x->results[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_create_acls_resp(const struct create_acls_resp *x, const struct create_acls_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (x->results_count != y->results_count)
        return false;
    for (int32_t i_ = 0; i_ < x->results_count; i_++)
        if (!(fx_eq_create_acls_resp_acl_creation_result(&x->results[i_], &y->results[i_], v)))
            return false;
    return true;
}

static void fx_random_create_acls_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    create_acls_resp_init(x);
    fx_random_create_acls_resp(x, a, v, rng, 0);
}

static bool fx_eq_create_acls_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_create_acls_resp(x, y, v);
}

static void fx_random_delete_acls_req_delete_acls_filter(struct delete_acls_req_delete_acls_filter *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_acls_req_delete_acls_filter(const struct delete_acls_req_delete_acls_filter *x, const struct delete_acls_req_delete_acls_filter *y, int16_t v);
static void fx_random_delete_acls_req(struct delete_acls_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_acls_req(const struct delete_acls_req *x, const struct delete_acls_req *y, int16_t v);

static void fx_random_delete_acls_req_delete_acls_filter(struct delete_acls_req_delete_acls_filter *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->resource_type_filter = (int8_t)fx_next(rng);
    x->resource_name_filter = fx_str(rng, a, true);
    if (v >= 1) {
        x->pattern_type_filter = (int8_t)fx_next(rng);
    }
    x->principal_filter = fx_str(rng, a, true);
    x->host_filter = fx_str(rng, a, true);
    x->operation = (int8_t)fx_next(rng);
    x->permission_type = (int8_t)fx_next(rng);
}

static bool fx_eq_delete_acls_req_delete_acls_filter(const struct delete_acls_req_delete_acls_filter *x, const struct delete_acls_req_delete_acls_filter *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->resource_type_filter == y->resource_type_filter))
        return false;
    if (!(kstr_eq(x->resource_name_filter, y->resource_name_filter)))
        return false;
    if (v >= 1) {
        if (!(x->pattern_type_filter == y->pattern_type_filter))
            return false;
    }
    if (!(kstr_eq(x->principal_filter, y->principal_filter)))
        return false;
    if (!(kstr_eq(x->host_filter, y->host_filter)))
        return false;
    if (!(x->operation == y->operation))
        return false;
    if (!(x->permission_type == y->permission_type))
        return false;
    return true;
}

static void fx_random_delete_acls_req(struct delete_acls_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->filters_count = n_;
        x->filters = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct delete_acls_req_delete_acls_filter)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            delete_acls_req_delete_acls_filter_init(&x->filters[i_]);
            fx_random_delete_acls_req_delete_acls_filter(&x->filters[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_delete_acls_req(const struct delete_acls_req *x, const struct delete_acls_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (x->filters_count != y->filters_count)
        return false;
    for (int32_t i_ = 0; i_ < x->filters_count; i_++)
        if (!(fx_eq_delete_acls_req_delete_acls_filter(&x->filters[i_], &y->filters[i_], v)))
            return false;
    return true;
}

static void fx_random_delete_acls_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    delete_acls_req_init(x);
    fx_random_delete_acls_req(x, a, v, rng, 0);
}

static bool fx_eq_delete_acls_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_delete_acls_req(x, y, v);
}

static void fx_random_delete_acls_resp_delete_acls_matching_acl(struct delete_acls_resp_delete_acls_matching_acl *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_acls_resp_delete_acls_matching_acl(const struct delete_acls_resp_delete_acls_matching_acl *x, const struct delete_acls_resp_delete_acls_matching_acl *y, int16_t v);
static void fx_random_delete_acls_resp_delete_acls_filter_result(struct delete_acls_resp_delete_acls_filter_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_acls_resp_delete_acls_filter_result(const struct delete_acls_resp_delete_acls_filter_result *x, const struct delete_acls_resp_delete_acls_filter_result *y, int16_t v);
static void fx_random_delete_acls_resp(struct delete_acls_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_acls_resp(const struct delete_acls_resp *x, const struct delete_acls_resp *y, int16_t v);

static void fx_random_delete_acls_resp_delete_acls_matching_acl(struct delete_acls_resp_delete_acls_matching_acl *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->error_code = (int16_t)fx_next(rng);
    x->error_message = fx_str(rng, a, true);
    x->resource_type = (int8_t)fx_next(rng);
    x->resource_name = fx_str(rng, a, false);
    if (v >= 1) {
        x->pattern_type = (int8_t)fx_next(rng);
    }
    x->principal = fx_str(rng, a, false);
    x->host = fx_str(rng, a, false);
    x->operation = (int8_t)fx_next(rng);
    x->permission_type = (int8_t)fx_next(rng);
}

static bool fx_eq_delete_acls_resp_delete_acls_matching_acl(const struct delete_acls_resp_delete_acls_matching_acl *x, const struct delete_acls_resp_delete_acls_matching_acl *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(kstr_eq(x->error_message, y->error_message)))
        return false;
    if (!(x->resource_type == y->resource_type))
        return false;
    if (!(kstr_eq(x->resource_name, y->resource_name)))
        return false;
    if (v >= 1) {
        if (!(x->pattern_type == y->pattern_type))
            return false;
    }
    if (!(kstr_eq(x->principal, y->principal)))
        return false;
    if (!(kstr_eq(x->host, y->host)))
        return false;
    if (!(x->operation == y->operation))
        return false;
    if (!(x->permission_type == y->permission_type))
        return false;
    return true;
}

static void fx_random_delete_acls_resp_delete_acls_filter_result(struct delete_acls_resp_delete_acls_filter_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->error_code = (int16_t)fx_next(rng);
    x->error_message = fx_str(rng, a, true);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->matching_acls_count = n_;
        x->matching_acls = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct delete_acls_resp_delete_acls_matching_acl)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            delete_acls_resp_delete_acls_matching_acl_init(&x->matching_acls[i_]);
            fx_random_delete_acls_resp_delete_acls_matching_acl(&x->matching_acls[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_delete_acls_resp_delete_acls_filter_result(const struct delete_acls_resp_delete_acls_filter_result *x, const struct delete_acls_resp_delete_acls_filter_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(kstr_eq(x->error_message, y->error_message)))
        return false;
    if (x->matching_acls_count != y->matching_acls_count)
        return false;
    for (int32_t i_ = 0; i_ < x->matching_acls_count; i_++)
        if (!(fx_eq_delete_acls_resp_delete_acls_matching_acl(&x->matching_acls[i_], &y->matching_acls[i_], v)))
            return false;
    return true;
}

static void fx_random_delete_acls_resp(struct delete_acls_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->filter_results_count = n_;
        x->filter_results = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct delete_acls_resp_delete_acls_filter_result)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            delete_acls_resp_delete_acls_filter_result_init(&x->filter_results[i_]);
            fx_random_delete_acls_resp_delete_acls_filter_result(&x->filter_results[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_delete_acls_resp(const struct delete_acls_resp *x, const struct delete_acls_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (x->filter_results_count != y->filter_results_count)
        return false;
    for (int32_t i_ = 0; i_ < x->filter_results_count; i_++)
        if (!(fx_eq_delete_acls_resp_delete_acls_filter_result(&x->filter_results[i_], &y->filter_results[i_], v)))
            return false;
    return true;
}

static void fx_random_delete_acls_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    delete_acls_resp_init(x);
    fx_random_delete_acls_resp(x, a, v, rng, 0);
}

static bool fx_eq_delete_acls_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_delete_acls_resp(x, y, v);
}

static void fx_random_describe_configs_req_describe_configs_resource(struct describe_configs_req_describe_configs_resource *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_configs_req_describe_configs_resource(const struct describe_configs_req_describe_configs_resource *x, const struct describe_configs_req_describe_configs_resource *y, int16_t v);
static void fx_random_describe_configs_req(struct describe_configs_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_configs_req(const struct describe_configs_req *x, const struct describe_configs_req *y, int16_t v);

static void fx_random_describe_configs_req_describe_configs_resource(struct describe_configs_req_describe_configs_resource *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->resource_type = (int8_t)fx_next(rng);
    x->resource_name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, true);
        x->configuration_keys_count = n_;
        x->configuration_keys = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct kstr)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            x->configuration_keys[i_] = fx_str(rng, a, false);
        }
    }
}

static bool fx_eq_describe_configs_req_describe_configs_resource(const struct describe_configs_req_describe_configs_resource *x, const struct describe_configs_req_describe_configs_resource *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->resource_type == y->resource_type))
        return false;
    if (!(kstr_eq(x->resource_name, y->resource_name)))
        return false;
    if (x->configuration_keys_count != y->configuration_keys_count)
        return false;
    for (int32_t i_ = 0; i_ < x->configuration_keys_count; i_++)
        if (!(kstr_eq(x->configuration_keys[i_], y->configuration_keys[i_])))
            return false;
    return true;
}

static void fx_random_describe_configs_req(struct describe_configs_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->resources_count = n_;
        x->resources = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct describe_configs_req_describe_configs_resource)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            describe_configs_req_describe_configs_resource_init(&x->resources[i_]);
            fx_random_describe_configs_req_describe_configs_resource(&x->resources[i_], a, v, rng, depth + 1);
        }
    }
    if (v >= 1) {
        x->include_synonyms = fx_next(rng) & 1;
    }
    if (v >= 3) {
        x->include_documentation = fx_next(rng) & 1;
    }
}

static bool fx_eq_describe_configs_req(const struct describe_configs_req *x, const struct describe_configs_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (x->resources_count != y->resources_count)
        return false;
    for (int32_t i_ = 0; i_ < x->resources_count; i_++)
        if (!(fx_eq_describe_configs_req_describe_configs_resource(&x->resources[i_], &y->resources[i_], v)))
            return false;
    if (v >= 1) {
        if (!((!x->include_synonyms == !y->include_synonyms)))
            return false;
    }
    if (v >= 3) {
        if (!((!x->include_documentation == !y->include_documentation)))
            return false;
    }
    return true;
}

static void fx_random_describe_configs_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    describe_configs_req_init(x);
    fx_random_describe_configs_req(x, a, v, rng, 0);
}

static bool fx_eq_describe_configs_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_describe_configs_req(x, y, v);
}

static void fx_random_describe_configs_resp_describe_configs_synonym(struct describe_configs_resp_describe_configs_synonym *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_configs_resp_describe_configs_synonym(const struct describe_configs_resp_describe_configs_synonym *x, const struct describe_configs_resp_describe_configs_synonym *y, int16_t v);
static void fx_random_describe_configs_resp_describe_configs_resource_result(struct describe_configs_resp_describe_configs_resource_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_configs_resp_describe_configs_resource_result(const struct describe_configs_resp_describe_configs_resource_result *x, const struct describe_configs_resp_describe_configs_resource_result *y, int16_t v);
static void fx_random_describe_configs_resp_describe_configs_result(struct describe_configs_resp_describe_configs_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_configs_resp_describe_configs_result(const struct describe_configs_resp_describe_configs_result *x, const struct describe_configs_resp_describe_configs_result *y, int16_t v);
static void fx_random_describe_configs_resp(struct describe_configs_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_configs_resp(const struct describe_configs_resp *x, const struct describe_configs_resp *y, int16_t v);

static void fx_random_describe_configs_resp_describe_configs_synonym(struct describe_configs_resp_describe_configs_synonym *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    if (v >= 1) {
        x->name = fx_str(rng, a, false);
    }
    if (v >= 1) {
        x->value = fx_str(rng, a, true);
    }
    if (v >= 1) {
        x->source = (int8_t)fx_next(rng);
    }
}

static bool fx_eq_describe_configs_resp_describe_configs_synonym(const struct describe_configs_resp_describe_configs_synonym *x, const struct describe_configs_resp_describe_configs_synonym *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (v >= 1) {
        if (!(kstr_eq(x->name, y->name)))
            return false;
    }
    if (v >= 1) {
        if (!(kstr_eq(x->value, y->value)))
            return false;
    }
    if (v >= 1) {
        if (!(x->source == y->source))
            return false;
    }
    return true;
}

static void fx_random_describe_configs_resp_describe_configs_resource_result(struct describe_configs_resp_describe_configs_resource_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    x->value = fx_str(rng, a, true);
    x->read_only = fx_next(rng) & 1;
    if (v <= 0) {
        x->is_default = fx_next(rng) & 1;
    }
    if (v >= 1) {
        x->config_source = (int8_t)fx_next(rng);
    }
    x->is_sensitive = fx_next(rng) & 1;
    if (v >= 1) {
        {
            int32_t n_ = fx_count(rng, depth, false);
            x->synonyms_count = n_;
            x->synonyms = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct describe_configs_resp_describe_configs_synonym)) : NULL;
            for (int32_t i_ = 0; i_ < n_; i_++) {
                describe_configs_resp_describe_configs_synonym_init(&x->synonyms[i_]);
                fx_random_describe_configs_resp_describe_configs_synonym(&x->synonyms[i_], a, v, rng, depth + 1);
            }
        }
    }
    if (v >= 3) {
        x->config_type = (int8_t)fx_next(rng);
    }
    if (v >= 3) {
        x->documentation = fx_str(rng, a, true);
    }
}

static bool fx_eq_describe_configs_resp_describe_configs_resource_result(const struct describe_configs_resp_describe_configs_resource_result *x, const struct describe_configs_resp_describe_configs_resource_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (!(kstr_eq(x->value, y->value)))
        return false;
    if (!((!x->read_only == !y->read_only)))
        return false;
    if (v <= 0) {
        if (!((!x->is_default == !y->is_default)))
            return false;
    }
    if (v >= 1) {
        if (!(x->config_source == y->config_source))
            return false;
    }
    if (!((!x->is_sensitive == !y->is_sensitive)))
        return false;
    if (v >= 1) {
        if (x->synonyms_count != y->synonyms_count)
            return false;
        for (int32_t i_ = 0; i_ < x->synonyms_count; i_++)
            if (!(fx_eq_describe_configs_resp_describe_configs_synonym(&x->synonyms[i_], &y->synonyms[i_], v)))
                return false;
    }
    if (v >= 3) {
        if (!(x->config_type == y->config_type))
            return false;
    }
    if (v >= 3) {
        if (!(kstr_eq(x->documentation, y->documentation)))
            return false;
    }
    return true;
}

static void fx_random_describe_configs_resp_describe_configs_result(struct describe_configs_resp_describe_configs_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->error_code = (int16_t)fx_next(rng);
    x->error_message = fx_str(rng, a, true);
    x->resource_type = (int8_t)fx_next(rng);
    x->resource_name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->configs_count = n_;
        x->configs = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct describe_configs_resp_describe_configs_resource_result)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            describe_configs_resp_describe_configs_resource_result_init(&x->configs[i_]);
            fx_random_describe_configs_resp_describe_configs_resource_result(&x->configs[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_describe_configs_resp_describe_configs_result(const struct describe_configs_resp_describe_configs_result *x, const struct describe_configs_resp_describe_configs_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(kstr_eq(x->error_message, y->error_message)))
        return false;
    if (!(x->resource_type == y->resource_type))
        return false;
    if (!(kstr_eq(x->resource_name, y->resource_name)))
        return false;
    if (x->configs_count != y->configs_count)
        return false;
    for (int32_t i_ = 0; i_ < x->configs_count; i_++)
        if (!(fx_eq_describe_configs_resp_describe_configs_resource_result(&x->configs[i_], &y->configs[i_], v)))
            return false;
    return true;
}

static void fx_random_describe_configs_resp(struct describe_configs_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->results_count = n_;
        x->results = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct describe_configs_resp_describe_configs_result)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            describe_configs_resp_describe_configs_result_init(&x->results[i_]);
            fx_random_describe_configs_resp_describe_configs_result(&x->results[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_describe_configs_resp(const struct describe_configs_resp *x, const struct describe_configs_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (x->results_count != y->results_count)
        return false;
    for (int32_t i_ = 0; i_ < x->results_count; i_++)
        if (!(fx_eq_describe_configs_resp_describe_configs_result(&x->results[i_], &y->results[i_], v)))
            return false;
    return true;
}

static void fx_random_describe_configs_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    describe_configs_resp_init(x);
    fx_random_describe_configs_resp(x, a, v, rng, 0);
}

static bool fx_eq_describe_configs_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_describe_configs_resp(x, y, v);
}

static void fx_random_alter_configs_req_alterable_config(struct alter_configs_req_alterable_config *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_alter_configs_req_alterable_config(const struct alter_configs_req_alterable_config *x, const struct alter_configs_req_alterable_config *y, int16_t v);
static void fx_random_alter_configs_req_alter_configs_resource(struct alter_configs_req_alter_configs_resource *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_alter_configs_req_alter_configs_resource(const struct alter_configs_req_alter_configs_resource *x, const struct alter_configs_req_alter_configs_resource *y, int16_t v);
static void fx_random_alter_configs_req(struct alter_configs_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_alter_configs_req(const struct alter_configs_req *x, const struct alter_configs_req *y, int16_t v);

static void fx_random_alter_configs_req_alterable_config(struct alter_configs_req_alterable_config *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    x->value = fx_str(rng, a, true);
}

static bool fx_eq_alter_configs_req_alterable_config(const struct alter_configs_req_alterable_config *x, const struct alter_configs_req_alterable_config *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (!(kstr_eq(x->value, y->value)))
        return false;
    return true;
}

static void fx_random_alter_configs_req_alter_configs_resource(struct alter_configs_req_alter_configs_resource *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->resource_type = (int8_t)fx_next(rng);
    x->resource_name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->configs_count = n_;
        x->configs = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct alter_configs_req_alterable_config)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            alter_configs_req_alterable_config_init(&x->configs[i_]);
            fx_random_alter_configs_req_alterable_config(&x->configs[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_alter_configs_req_alter_configs_resource(const struct alter_configs_req_alter_configs_resource *x, const struct alter_configs_req_alter_configs_resource *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->resource_type == y->resource_type))
        return false;
    if (!(kstr_eq(x->resource_name, y->resource_name)))
        return false;
    if (x->configs_count != y->configs_count)
        return false;
    for (int32_t i_ = 0; i_ < x->configs_count; i_++)
        if (!(fx_eq_alter_configs_req_alterable_config(&x->configs[i_], &y->configs[i_], v)))
            return false;
    return true;
}

static void fx_random_alter_configs_req(struct alter_configs_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->resources_count = n_;
        x->resources = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct alter_configs_req_alter_configs_resource)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            alter_configs_req_alter_configs_resource_init(&x->resources[i_]);
            fx_random_alter_configs_req_alter_configs_resource(&x->resources[i_], a, v, rng, depth + 1);
        }
    }
    x->validate_only = fx_next(rng) & 1;
}

static bool fx_eq_alter_configs_req(const struct alter_configs_req *x, const struct alter_configs_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (x->resources_count != y->resources_count)
        return false;
    for (int32_t i_ = 0; i_ < x->resources_count; i_++)
        if (!(fx_eq_alter_configs_req_alter_configs_resource(&x->resources[i_], &y->resources[i_], v)))
            return false;
    if (!((!x->validate_only == !y->validate_only)))
        return false;
    return true;
}

static void fx_random_alter_configs_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    alter_configs_req_init(x);
    fx_random_alter_configs_req(x, a, v, rng, 0);
}

static bool fx_eq_alter_configs_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_alter_configs_req(x, y, v);
}

static void fx_random_alter_configs_resp_alter_configs_resource_response(struct alter_configs_resp_alter_configs_resource_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_alter_configs_resp_alter_configs_resource_response(const struct alter_configs_resp_alter_configs_resource_response *x, const struct alter_configs_resp_alter_configs_resource_response *y, int16_t v);
static void fx_random_alter_configs_resp(struct alter_configs_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_alter_configs_resp(const struct alter_configs_resp *x, const struct alter_configs_resp *y, int16_t v);

static void fx_random_alter_configs_resp_alter_configs_resource_response(struct alter_configs_resp_alter_configs_resource_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->error_code = (int16_t)fx_next(rng);
    x->error_message = fx_str(rng, a, true);
    x->resource_type = (int8_t)fx_next(rng);
    x->resource_name = fx_str(rng, a, false);
}

static bool fx_eq_alter_configs_resp_alter_configs_resource_response(const struct alter_configs_resp_alter_configs_resource_response *x, const struct alter_configs_resp_alter_configs_resource_response *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(kstr_eq(x->error_message, y->error_message)))
        return false;
    if (!(x->resource_type == y->resource_type))
        return false;
    if (!(kstr_eq(x->resource_name, y->resource_name)))
        return false;
    return true;
}

static void fx_random_alter_configs_resp(struct alter_configs_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->responses_count = n_;
        x->responses = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct alter_configs_resp_alter_configs_resource_response)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            alter_configs_resp_alter_configs_resource_response_init(&x->responses[i_]);
            fx_random_alter_configs_resp_alter_configs_resource_response(&x->responses[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_alter_configs_resp(const struct alter_configs_resp *x, const struct alter_configs_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (x->responses_count != y->responses_count)
        return false;
    for (int32_t i_ = 0; i_ < x->responses_count; i_++)
        if (!(fx_eq_alter_configs_resp_alter_configs_resource_response(&x->responses[i_], &y->responses[i_], v)))
            return false;
    return true;
}

static void fx_random_alter_configs_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    alter_configs_resp_init(x);
    fx_random_alter_configs_resp(x, a, v, rng, 0);
}

static bool fx_eq_alter_configs_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_alter_configs_resp(x, y, v);
}

static void fx_random_sasl_authenticate_req(struct sasl_authenticate_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_sasl_authenticate_req(const struct sasl_authenticate_req *x, const struct sasl_authenticate_req *y, int16_t v);

static void fx_random_sasl_authenticate_req(struct sasl_authenticate_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->auth_bytes = fx_bytes(rng, a, false);
}

static bool fx_eq_sasl_authenticate_req(const struct sasl_authenticate_req *x, const struct sasl_authenticate_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kbytes_eq(x->auth_bytes, y->auth_bytes)))
        return false;
    return true;
}

static void fx_random_sasl_authenticate_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    sasl_authenticate_req_init(x);
    fx_random_sasl_authenticate_req(x, a, v, rng, 0);
}

static bool fx_eq_sasl_authenticate_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_sasl_authenticate_req(x, y, v);
}

static void fx_random_sasl_authenticate_resp(struct sasl_authenticate_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_sasl_authenticate_resp(const struct sasl_authenticate_resp *x, const struct sasl_authenticate_resp *y, int16_t v);

static void fx_random_sasl_authenticate_resp(struct sasl_authenticate_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->error_code = (int16_t)fx_next(rng);
    x->error_message = fx_str(rng, a, true);
    x->auth_bytes = fx_bytes(rng, a, false);
    if (v >= 1) {
        x->session_lifetime_ms = (int64_t)fx_next(rng);
    }
}

static bool fx_eq_sasl_authenticate_resp(const struct sasl_authenticate_resp *x, const struct sasl_authenticate_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(kstr_eq(x->error_message, y->error_message)))
        return false;
    if (!(kbytes_eq(x->auth_bytes, y->auth_bytes)))
        return false;
    if (v >= 1) {
        if (!(x->session_lifetime_ms == y->session_lifetime_ms))
            return false;
    }
    return true;
}

static void fx_random_sasl_authenticate_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    sasl_authenticate_resp_init(x);
    fx_random_sasl_authenticate_resp(x, a, v, rng, 0);
}

static bool fx_eq_sasl_authenticate_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_sasl_authenticate_resp(x, y, v);
}

static void fx_random_create_partitions_req_create_partitions_assignment(struct create_partitions_req_create_partitions_assignment *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_create_partitions_req_create_partitions_assignment(const struct create_partitions_req_create_partitions_assignment *x, const struct create_partitions_req_create_partitions_assignment *y, int16_t v);
static void fx_random_create_partitions_req_create_partitions_topic(struct create_partitions_req_create_partitions_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_create_partitions_req_create_partitions_topic(const struct create_partitions_req_create_partitions_topic *x, const struct create_partitions_req_create_partitions_topic *y, int16_t v);
static void fx_random_create_partitions_req(struct create_partitions_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_create_partitions_req(const struct create_partitions_req *x, const struct create_partitions_req *y, int16_t v);

static void fx_random_create_partitions_req_create_partitions_assignment(struct create_partitions_req_create_partitions_assignment *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->broker_ids_count = n_;
        x->broker_ids = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(int32_t)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            x->broker_ids[i_] = (int32_t)fx_next(rng);
        }
    }
}

static bool fx_eq_create_partitions_req_create_partitions_assignment(const struct create_partitions_req_create_partitions_assignment *x, const struct create_partitions_req_create_partitions_assignment *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (x->broker_ids_count != y->broker_ids_count)
        return false;
    for (int32_t i_ = 0; i_ < x->broker_ids_count; i_++)
        if (!(x->broker_ids[i_] == y->broker_ids[i_]))
            return false;
    return true;
}

static void fx_random_create_partitions_req_create_partitions_topic(struct create_partitions_req_create_partitions_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    x->count = (int32_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, true);
        x->assignments_count = n_;
        x->assignments = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct create_partitions_req_create_partitions_assignment)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            create_partitions_req_create_partitions_assignment_init(&x->assignments[i_]);
            fx_random_create_partitions_req_create_partitions_assignment(&x->assignments[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_create_partitions_req_create_partitions_topic(const struct create_partitions_req_create_partitions_topic *x, const struct create_partitions_req_create_partitions_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (!(x->count == y->count))
        return false;
    if (x->assignments_count != y->assignments_count)
        return false;
    for (int32_t i_ = 0; i_ < x->assignments_count; i_++)
        if (!(fx_eq_create_partitions_req_create_partitions_assignment(&x->assignments[i_], &y->assignments[i_], v)))
            return false;
    return true;
}

static void fx_random_create_partitions_req(struct create_partitions_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct create_partitions_req_create_partitions_topic)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            create_partitions_req_create_partitions_topic_init(&x->topics[i_]);
            fx_random_create_partitions_req_create_partitions_topic(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
    x->timeout_ms = (int32_t)fx_next(rng);
    x->validate_only = fx_next(rng) & 1;
}

static bool fx_eq_create_partitions_req(const struct create_partitions_req *x, const struct create_partitions_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_create_partitions_req_create_partitions_topic(&x->topics[i_], &y->topics[i_], v)))
            return false;
    if (!(x->timeout_ms == y->timeout_ms))
        return false;
    if (!((!x->validate_only == !y->validate_only)))
        return false;
    return true;
}

static void fx_random_create_partitions_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    create_partitions_req_init(x);
    fx_random_create_partitions_req(x, a, v, rng, 0);
}

static bool fx_eq_create_partitions_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_create_partitions_req(x, y, v);
}

static void fx_random_create_partitions_resp_create_partitions_topic_result(struct create_partitions_resp_create_partitions_topic_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_create_partitions_resp_create_partitions_topic_result(const struct create_partitions_resp_create_partitions_topic_result *x, const struct create_partitions_resp_create_partitions_topic_result *y, int16_t v);
static void fx_random_create_partitions_resp(struct create_partitions_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_create_partitions_resp(const struct create_partitions_resp *x, const struct create_partitions_resp *y, int16_t v);

static void fx_random_create_partitions_resp_create_partitions_topic_result(struct create_partitions_resp_create_partitions_topic_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    x->error_code = (int16_t)fx_next(rng);
    x->error_message = fx_str(rng, a, true);
}

static bool fx_eq_create_partitions_resp_create_partitions_topic_result(const struct create_partitions_resp_create_partitions_topic_result *x, const struct create_partitions_resp_create_partitions_topic_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(kstr_eq(x->error_message, y->error_message)))
        return false;
    return true;
}

static void fx_random_create_partitions_resp(struct create_partitions_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->results_count = n_;
        x->results = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct create_partitions_resp_create_partitions_topic_result)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            create_partitions_resp_create_partitions_topic_result_init(&x->results[i_]);
            fx_random_create_partitions_resp_create_partitions_topic_result(&x->results[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_create_partitions_resp(const struct create_partitions_resp *x, const struct create_partitions_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (x->results_count != y->results_count)
        return false;
    for (int32_t i_ = 0; i_ < x->results_count; i_++)
        if (!(fx_eq_create_partitions_resp_create_partitions_topic_result(&x->results[i_], &y->results[i_], v)))
            return false;
    return true;
}

static void fx_random_create_partitions_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    create_partitions_resp_init(x);
    fx_random_create_partitions_resp(x, a, v, rng, 0);
}

static bool fx_eq_create_partitions_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_create_partitions_resp(x, y, v);
}

static void fx_random_delete_groups_req(struct delete_groups_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_groups_req(const struct delete_groups_req *x, const struct delete_groups_req *y, int16_t v);

static void fx_random_delete_groups_req(struct delete_groups_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->groups_names_count = n_;
        x->groups_names = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct kstr)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            x->groups_names[i_] = fx_str(rng, a, false);
        }
    }
}

static bool fx_eq_delete_groups_req(const struct delete_groups_req *x, const struct delete_groups_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (x->groups_names_count != y->groups_names_count)
        return false;
    for (int32_t i_ = 0; i_ < x->groups_names_count; i_++)
        if (!(kstr_eq(x->groups_names[i_], y->groups_names[i_])))
            return false;
    return true;
}

static void fx_random_delete_groups_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    delete_groups_req_init(x);
    fx_random_delete_groups_req(x, a, v, rng, 0);
}

static bool fx_eq_delete_groups_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_delete_groups_req(x, y, v);
}

static void fx_random_delete_groups_resp_deletable_group_result(struct delete_groups_resp_deletable_group_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_groups_resp_deletable_group_result(const struct delete_groups_resp_deletable_group_result *x, const struct delete_groups_resp_deletable_group_result *y, int16_t v);
static void fx_random_delete_groups_resp(struct delete_groups_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_delete_groups_resp(const struct delete_groups_resp *x, const struct delete_groups_resp *y, int16_t v);

static void fx_random_delete_groups_resp_deletable_group_result(struct delete_groups_resp_deletable_group_result *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->group_id = fx_str(rng, a, false);
    x->error_code = (int16_t)fx_next(rng);
}

static bool fx_eq_delete_groups_resp_deletable_group_result(const struct delete_groups_resp_deletable_group_result *x, const struct delete_groups_resp_deletable_group_result *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->group_id, y->group_id)))
        return false;
    if (!(x->error_code == y->error_code))
        return false;
    return true;
}

static void fx_random_delete_groups_resp(struct delete_groups_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->results_count = n_;
        x->results = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct delete_groups_resp_deletable_group_result)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            delete_groups_resp_deletable_group_result_init(&x->results[i_]);
            fx_random_delete_groups_resp_deletable_group_result(&x->results[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_delete_groups_resp(const struct delete_groups_resp *x, const struct delete_groups_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (x->results_count != y->results_count)
        return false;
    for (int32_t i_ = 0; i_ < x->results_count; i_++)
        if (!(fx_eq_delete_groups_resp_deletable_group_result(&x->results[i_], &y->results[i_], v)))
            return false;
    return true;
}

static void fx_random_delete_groups_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    delete_groups_resp_init(x);
    fx_random_delete_groups_resp(x, a, v, rng, 0);
}

static bool fx_eq_delete_groups_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_delete_groups_resp(x, y, v);
}

static void fx_random_incremental_alter_configs_req_alterable_config(struct incremental_alter_configs_req_alterable_config *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_incremental_alter_configs_req_alterable_config(const struct incremental_alter_configs_req_alterable_config *x, const struct incremental_alter_configs_req_alterable_config *y, int16_t v);
static void fx_random_incremental_alter_configs_req_alter_configs_resource(struct incremental_alter_configs_req_alter_configs_resource *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_incremental_alter_configs_req_alter_configs_resource(const struct incremental_alter_configs_req_alter_configs_resource *x, const struct incremental_alter_configs_req_alter_configs_resource *y, int16_t v);
static void fx_random_incremental_alter_configs_req(struct incremental_alter_configs_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_incremental_alter_configs_req(const struct incremental_alter_configs_req *x, const struct incremental_alter_configs_req *y, int16_t v);

static void fx_random_incremental_alter_configs_req_alterable_config(struct incremental_alter_configs_req_alterable_config *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    x->config_operation = (int8_t)fx_next(rng);
    x->value = fx_str(rng, a, true);
}

static bool fx_eq_incremental_alter_configs_req_alterable_config(const struct incremental_alter_configs_req_alterable_config *x, const struct incremental_alter_configs_req_alterable_config *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (!(x->config_operation == y->config_operation))
        return false;
    if (!(kstr_eq(x->value, y->value)))
        return false;
    return true;
}

static void fx_random_incremental_alter_configs_req_alter_configs_resource(struct incremental_alter_configs_req_alter_configs_resource *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->resource_type = (int8_t)fx_next(rng);
    x->resource_name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->configs_count = n_;
        x->configs = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct incremental_alter_configs_req_alterable_config)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            incremental_alter_configs_req_alterable_config_init(&x->configs[i_]);
            fx_random_incremental_alter_configs_req_alterable_config(&x->configs[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_incremental_alter_configs_req_alter_configs_resource(const struct incremental_alter_configs_req_alter_configs_resource *x, const struct incremental_alter_configs_req_alter_configs_resource *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->resource_type == y->resource_type))
        return false;
    if (!(kstr_eq(x->resource_name, y->resource_name)))
        return false;
    if (x->configs_count != y->configs_count)
        return false;
    for (int32_t i_ = 0; i_ < x->configs_count; i_++)
        if (!(fx_eq_incremental_alter_configs_req_alterable_config(&x->configs[i_], &y->configs[i_], v)))
            return false;
    return true;
}

static void fx_random_incremental_alter_configs_req(struct incremental_alter_configs_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->resources_count = n_;
        x->resources = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct incremental_alter_configs_req_alter_configs_resource)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            incremental_alter_configs_req_alter_configs_resource_init(&x->resources[i_]);
            fx_random_incremental_alter_configs_req_alter_configs_resource(&x->resources[i_], a, v, rng, depth + 1);
        }
    }
    x->validate_only = fx_next(rng) & 1;
}

static bool fx_eq_incremental_alter_configs_req(const struct incremental_alter_configs_req *x, const struct incremental_alter_configs_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (x->resources_count != y->resources_count)
        return false;
    for (int32_t i_ = 0; i_ < x->resources_count; i_++)
        if (!(fx_eq_incremental_alter_configs_req_alter_configs_resource(&x->resources[i_], &y->resources[i_], v)))
            return false;
    if (!((!x->validate_only == !y->validate_only)))
        return false;
    return true;
}

static void fx_random_incremental_alter_configs_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    incremental_alter_configs_req_init(x);
    fx_random_incremental_alter_configs_req(x, a, v, rng, 0);
}

static bool fx_eq_incremental_alter_configs_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_incremental_alter_configs_req(x, y, v);
}

static void fx_random_incremental_alter_configs_resp_alter_configs_resource_response(struct incremental_alter_configs_resp_alter_configs_resource_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_incremental_alter_configs_resp_alter_configs_resource_response(const struct incremental_alter_configs_resp_alter_configs_resource_response *x, const struct incremental_alter_configs_resp_alter_configs_resource_response *y, int16_t v);
static void fx_random_incremental_alter_configs_resp(struct incremental_alter_configs_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_incremental_alter_configs_resp(const struct incremental_alter_configs_resp *x, const struct incremental_alter_configs_resp *y, int16_t v);

static void fx_random_incremental_alter_configs_resp_alter_configs_resource_response(struct incremental_alter_configs_resp_alter_configs_resource_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->error_code = (int16_t)fx_next(rng);
    x->error_message = fx_str(rng, a, true);
    x->resource_type = (int8_t)fx_next(rng);
    x->resource_name = fx_str(rng, a, false);
}

static bool fx_eq_incremental_alter_configs_resp_alter_configs_resource_response(const struct incremental_alter_configs_resp_alter_configs_resource_response *x, const struct incremental_alter_configs_resp_alter_configs_resource_response *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(kstr_eq(x->error_message, y->error_message)))
        return false;
    if (!(x->resource_type == y->resource_type))
        return false;
    if (!(kstr_eq(x->resource_name, y->resource_name)))
        return false;
    return true;
}

static void fx_random_incremental_alter_configs_resp(struct incremental_alter_configs_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->responses_count = n_;
        x->responses = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct incremental_alter_configs_resp_alter_configs_resource_response)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            incremental_alter_configs_resp_alter_configs_resource_response_init(&x->responses[i_]);
            fx_random_incremental_alter_configs_resp_alter_configs_resource_response(&x->responses[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_incremental_alter_configs_resp(const struct incremental_alter_configs_resp *x, const struct incremental_alter_configs_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (x->responses_count != y->responses_count)
        return false;
    for (int32_t i_ = 0; i_ < x->responses_count; i_++)
        if (!(fx_eq_incremental_alter_configs_resp_alter_configs_resource_response(&x->responses[i_], &y->responses[i_], v)))
            return false;
    return true;
}

static void fx_random_incremental_alter_configs_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    incremental_alter_configs_resp_init(x);
    fx_random_incremental_alter_configs_resp(x, a, v, rng, 0);
}

static bool fx_eq_incremental_alter_configs_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_incremental_alter_configs_resp(x, y, v);
}

static void fx_random_offset_delete_req_offset_delete_request_partition(struct offset_delete_req_offset_delete_request_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_delete_req_offset_delete_request_partition(const struct offset_delete_req_offset_delete_request_partition *x, const struct offset_delete_req_offset_delete_request_partition *y, int16_t v);
static void fx_random_offset_delete_req_offset_delete_request_topic(struct offset_delete_req_offset_delete_request_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_delete_req_offset_delete_request_topic(const struct offset_delete_req_offset_delete_request_topic *x, const struct offset_delete_req_offset_delete_request_topic *y, int16_t v);
static void fx_random_offset_delete_req(struct offset_delete_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_delete_req(const struct offset_delete_req *x, const struct offset_delete_req *y, int16_t v);

static void fx_random_offset_delete_req_offset_delete_request_partition(struct offset_delete_req_offset_delete_request_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition_index = (int32_t)fx_next(rng);
}

static bool fx_eq_offset_delete_req_offset_delete_request_partition(const struct offset_delete_req_offset_delete_request_partition *x, const struct offset_delete_req_offset_delete_request_partition *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition_index == y->partition_index))
        return false;
    return true;
}

static void fx_random_offset_delete_req_offset_delete_request_topic(struct offset_delete_req_offset_delete_request_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_delete_req_offset_delete_request_partition)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            offset_delete_req_offset_delete_request_partition_init(&x->partitions[i_]);
            fx_random_offset_delete_req_offset_delete_request_partition(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_offset_delete_req_offset_delete_request_topic(const struct offset_delete_req_offset_delete_request_topic *x, const struct offset_delete_req_offset_delete_request_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_offset_delete_req_offset_delete_request_partition(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    return true;
}

static void fx_random_offset_delete_req(struct offset_delete_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->group_id = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_delete_req_offset_delete_request_topic)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            offset_delete_req_offset_delete_request_topic_init(&x->topics[i_]);
            fx_random_offset_delete_req_offset_delete_request_topic(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_offset_delete_req(const struct offset_delete_req *x, const struct offset_delete_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->group_id, y->group_id)))
        return false;
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_offset_delete_req_offset_delete_request_topic(&x->topics[i_], &y->topics[i_], v)))
            return false;
    return true;
}

static void fx_random_offset_delete_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    offset_delete_req_init(x);
    fx_random_offset_delete_req(x, a, v, rng, 0);
}

static bool fx_eq_offset_delete_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_offset_delete_req(x, y, v);
}

static void fx_random_offset_delete_resp_offset_delete_response_partition(struct offset_delete_resp_offset_delete_response_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_delete_resp_offset_delete_response_partition(const struct offset_delete_resp_offset_delete_response_partition *x, const struct offset_delete_resp_offset_delete_response_partition *y, int16_t v);
static void fx_random_offset_delete_resp_offset_delete_response_topic(struct offset_delete_resp_offset_delete_response_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_delete_resp_offset_delete_response_topic(const struct offset_delete_resp_offset_delete_response_topic *x, const struct offset_delete_resp_offset_delete_response_topic *y, int16_t v);
static void fx_random_offset_delete_resp(struct offset_delete_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_offset_delete_resp(const struct offset_delete_resp *x, const struct offset_delete_resp *y, int16_t v);

static void fx_random_offset_delete_resp_offset_delete_response_partition(struct offset_delete_resp_offset_delete_response_partition *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition_index = (int32_t)fx_next(rng);
    x->error_code = (int16_t)fx_next(rng);
}

static bool fx_eq_offset_delete_resp_offset_delete_response_partition(const struct offset_delete_resp_offset_delete_response_partition *x, const struct offset_delete_resp_offset_delete_response_partition *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition_index == y->partition_index))
        return false;
    if (!(x->error_code == y->error_code))
        return false;
    return true;
}

static void fx_random_offset_delete_resp_offset_delete_response_topic(struct offset_delete_resp_offset_delete_response_topic *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_delete_resp_offset_delete_response_partition)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            offset_delete_resp_offset_delete_response_partition_init(&x->partitions[i_]);
            fx_random_offset_delete_resp_offset_delete_response_partition(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_offset_delete_resp_offset_delete_response_topic(const struct offset_delete_resp_offset_delete_response_topic *x, const struct offset_delete_resp_offset_delete_response_topic *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_offset_delete_resp_offset_delete_response_partition(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    return true;
}

static void fx_random_offset_delete_resp(struct offset_delete_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->error_code = (int16_t)fx_next(rng);
    x->throttle_time_ms = (int32_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct offset_delete_resp_offset_delete_response_topic)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            offset_delete_resp_offset_delete_response_topic_init(&x->topics[i_]);
            fx_random_offset_delete_resp_offset_delete_response_topic(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_offset_delete_resp(const struct offset_delete_resp *x, const struct offset_delete_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_offset_delete_resp_offset_delete_response_topic(&x->topics[i_], &y->topics[i_], v)))
            return false;
    return true;
}

static void fx_random_offset_delete_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    offset_delete_resp_init(x);
    fx_random_offset_delete_resp(x, a, v, rng, 0);
}

static bool fx_eq_offset_delete_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_offset_delete_resp(x, y, v);
}

static void fx_random_describe_cluster_req(struct describe_cluster_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_cluster_req(const struct describe_cluster_req *x, const struct describe_cluster_req *y, int16_t v);

static void fx_random_describe_cluster_req(struct describe_cluster_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->include_cluster_authorized_operations = fx_next(rng) & 1;
    if (v >= 1) {
        x->endpoint_type = (int8_t)fx_next(rng);
    }
}

static bool fx_eq_describe_cluster_req(const struct describe_cluster_req *x, const struct describe_cluster_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!((!x->include_cluster_authorized_operations == !y->include_cluster_authorized_operations)))
        return false;
    if (v >= 1) {
        if (!(x->endpoint_type == y->endpoint_type))
            return false;
    }
    return true;
}

static void fx_random_describe_cluster_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    describe_cluster_req_init(x);
    fx_random_describe_cluster_req(x, a, v, rng, 0);
}

static bool fx_eq_describe_cluster_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_describe_cluster_req(x, y, v);
}

static void fx_random_describe_cluster_resp_describe_cluster_broker(struct describe_cluster_resp_describe_cluster_broker *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_cluster_resp_describe_cluster_broker(const struct describe_cluster_resp_describe_cluster_broker *x, const struct describe_cluster_resp_describe_cluster_broker *y, int16_t v);
static void fx_random_describe_cluster_resp(struct describe_cluster_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_cluster_resp(const struct describe_cluster_resp *x, const struct describe_cluster_resp *y, int16_t v);

static void fx_random_describe_cluster_resp_describe_cluster_broker(struct describe_cluster_resp_describe_cluster_broker *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->broker_id = (int32_t)fx_next(rng);
    x->host = fx_str(rng, a, false);
    x->port = (int32_t)fx_next(rng);
    x->rack = fx_str(rng, a, true);
}

static bool fx_eq_describe_cluster_resp_describe_cluster_broker(const struct describe_cluster_resp_describe_cluster_broker *x, const struct describe_cluster_resp_describe_cluster_broker *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->broker_id == y->broker_id))
        return false;
    if (!(kstr_eq(x->host, y->host)))
        return false;
    if (!(x->port == y->port))
        return false;
    if (!(kstr_eq(x->rack, y->rack)))
        return false;
    return true;
}

static void fx_random_describe_cluster_resp(struct describe_cluster_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    x->error_code = (int16_t)fx_next(rng);
    x->error_message = fx_str(rng, a, true);
    if (v >= 1) {
        x->endpoint_type = (int8_t)fx_next(rng);
    }
    x->cluster_id = fx_str(rng, a, false);
    x->controller_id = (int32_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->brokers_count = n_;
        x->brokers = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct describe_cluster_resp_describe_cluster_broker)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            describe_cluster_resp_describe_cluster_broker_init(&x->brokers[i_]);
            fx_random_describe_cluster_resp_describe_cluster_broker(&x->brokers[i_], a, v, rng, depth + 1);
        }
    }
    x->cluster_authorized_operations = (int32_t)fx_next(rng);
}

static bool fx_eq_describe_cluster_resp(const struct describe_cluster_resp *x, const struct describe_cluster_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(kstr_eq(x->error_message, y->error_message)))
        return false;
    if (v >= 1) {
        if (!(x->endpoint_type == y->endpoint_type))
            return false;
    }
    if (!(kstr_eq(x->cluster_id, y->cluster_id)))
        return false;
    if (!(x->controller_id == y->controller_id))
        return false;
    if (x->brokers_count != y->brokers_count)
        return false;
    for (int32_t i_ = 0; i_ < x->brokers_count; i_++)
        if (!(fx_eq_describe_cluster_resp_describe_cluster_broker(&x->brokers[i_], &y->brokers[i_], v)))
            return false;
    if (!(x->cluster_authorized_operations == y->cluster_authorized_operations))
        return false;
    return true;
}

static void fx_random_describe_cluster_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    describe_cluster_resp_init(x);
    fx_random_describe_cluster_resp(x, a, v, rng, 0);
}

static bool fx_eq_describe_cluster_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_describe_cluster_resp(x, y, v);
}

static void fx_random_describe_producers_req_topic_request(struct describe_producers_req_topic_request *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_producers_req_topic_request(const struct describe_producers_req_topic_request *x, const struct describe_producers_req_topic_request *y, int16_t v);
static void fx_random_describe_producers_req(struct describe_producers_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_producers_req(const struct describe_producers_req *x, const struct describe_producers_req *y, int16_t v);

static void fx_random_describe_producers_req_topic_request(struct describe_producers_req_topic_request *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partition_indexes_count = n_;
        x->partition_indexes = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(int32_t)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            x->partition_indexes[i_] = (int32_t)fx_next(rng);
        }
    }
}

static bool fx_eq_describe_producers_req_topic_request(const struct describe_producers_req_topic_request *x, const struct describe_producers_req_topic_request *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partition_indexes_count != y->partition_indexes_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partition_indexes_count; i_++)
        if (!(x->partition_indexes[i_] == y->partition_indexes[i_]))
            return false;
    return true;
}

static void fx_random_describe_producers_req(struct describe_producers_req *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct describe_producers_req_topic_request)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            describe_producers_req_topic_request_init(&x->topics[i_]);
            fx_random_describe_producers_req_topic_request(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_describe_producers_req(const struct describe_producers_req *x, const struct describe_producers_req *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_describe_producers_req_topic_request(&x->topics[i_], &y->topics[i_], v)))
            return false;
    return true;
}

static void fx_random_describe_producers_req_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    describe_producers_req_init(x);
    fx_random_describe_producers_req(x, a, v, rng, 0);
}

static bool fx_eq_describe_producers_req_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_describe_producers_req(x, y, v);
}

static void fx_random_describe_producers_resp_producer_state(struct describe_producers_resp_producer_state *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_producers_resp_producer_state(const struct describe_producers_resp_producer_state *x, const struct describe_producers_resp_producer_state *y, int16_t v);
static void fx_random_describe_producers_resp_partition_response(struct describe_producers_resp_partition_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_producers_resp_partition_response(const struct describe_producers_resp_partition_response *x, const struct describe_producers_resp_partition_response *y, int16_t v);
static void fx_random_describe_producers_resp_topic_response(struct describe_producers_resp_topic_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_producers_resp_topic_response(const struct describe_producers_resp_topic_response *x, const struct describe_producers_resp_topic_response *y, int16_t v);
static void fx_random_describe_producers_resp(struct describe_producers_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);
static bool fx_eq_describe_producers_resp(const struct describe_producers_resp *x, const struct describe_producers_resp *y, int16_t v);

static void fx_random_describe_producers_resp_producer_state(struct describe_producers_resp_producer_state *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->producer_id = (int64_t)fx_next(rng);
    x->producer_epoch = (int32_t)fx_next(rng);
    x->last_sequence = (int32_t)fx_next(rng);
    x->last_timestamp = (int64_t)fx_next(rng);
    x->coordinator_epoch = (int32_t)fx_next(rng);
    x->current_txn_start_offset = (int64_t)fx_next(rng);
}

static bool fx_eq_describe_producers_resp_producer_state(const struct describe_producers_resp_producer_state *x, const struct describe_producers_resp_producer_state *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->producer_id == y->producer_id))
        return false;
    if (!(x->producer_epoch == y->producer_epoch))
        return false;
    if (!(x->last_sequence == y->last_sequence))
        return false;
    if (!(x->last_timestamp == y->last_timestamp))
        return false;
    if (!(x->coordinator_epoch == y->coordinator_epoch))
        return false;
    if (!(x->current_txn_start_offset == y->current_txn_start_offset))
        return false;
    return true;
}

static void fx_random_describe_producers_resp_partition_response(struct describe_producers_resp_partition_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->partition_index = (int32_t)fx_next(rng);
    x->error_code = (int16_t)fx_next(rng);
    x->error_message = fx_str(rng, a, true);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->active_producers_count = n_;
        x->active_producers = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct describe_producers_resp_producer_state)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            describe_producers_resp_producer_state_init(&x->active_producers[i_]);
            fx_random_describe_producers_resp_producer_state(&x->active_producers[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_describe_producers_resp_partition_response(const struct describe_producers_resp_partition_response *x, const struct describe_producers_resp_partition_response *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->partition_index == y->partition_index))
        return false;
    if (!(x->error_code == y->error_code))
        return false;
    if (!(kstr_eq(x->error_message, y->error_message)))
        return false;
    if (x->active_producers_count != y->active_producers_count)
        return false;
    for (int32_t i_ = 0; i_ < x->active_producers_count; i_++)
        if (!(fx_eq_describe_producers_resp_producer_state(&x->active_producers[i_], &y->active_producers[i_], v)))
            return false;
    return true;
}

static void fx_random_describe_producers_resp_topic_response(struct describe_producers_resp_topic_response *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->name = fx_str(rng, a, false);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->partitions_count = n_;
        x->partitions = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct describe_producers_resp_partition_response)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            describe_producers_resp_partition_response_init(&x->partitions[i_]);
            fx_random_describe_producers_resp_partition_response(&x->partitions[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_describe_producers_resp_topic_response(const struct describe_producers_resp_topic_response *x, const struct describe_producers_resp_topic_response *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(kstr_eq(x->name, y->name)))
        return false;
    if (x->partitions_count != y->partitions_count)
        return false;
    for (int32_t i_ = 0; i_ < x->partitions_count; i_++)
        if (!(fx_eq_describe_producers_resp_partition_response(&x->partitions[i_], &y->partitions[i_], v)))
            return false;
    return true;
}

static void fx_random_describe_producers_resp(struct describe_producers_resp *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)
{
    (void)a; (void)v; (void)rng; (void)depth; (void)x;
    x->throttle_time_ms = (int32_t)fx_next(rng);
    {
        int32_t n_ = fx_count(rng, depth, false);
        x->topics_count = n_;
        x->topics = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(struct describe_producers_resp_topic_response)) : NULL;
        for (int32_t i_ = 0; i_ < n_; i_++) {
            describe_producers_resp_topic_response_init(&x->topics[i_]);
            fx_random_describe_producers_resp_topic_response(&x->topics[i_], a, v, rng, depth + 1);
        }
    }
}

static bool fx_eq_describe_producers_resp(const struct describe_producers_resp *x, const struct describe_producers_resp *y, int16_t v)
{
    (void)v; (void)x; (void)y;
    if (!(x->throttle_time_ms == y->throttle_time_ms))
        return false;
    if (x->topics_count != y->topics_count)
        return false;
    for (int32_t i_ = 0; i_ < x->topics_count; i_++)
        if (!(fx_eq_describe_producers_resp_topic_response(&x->topics[i_], &y->topics[i_], v)))
            return false;
    return true;
}

static void fx_random_describe_producers_resp_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)
{
    describe_producers_resp_init(x);
    fx_random_describe_producers_resp(x, a, v, rng, 0);
}

static bool fx_eq_describe_producers_resp_top(const void *x, const void *y, int16_t v)
{
    return fx_eq_describe_producers_resp(x, y, v);
}

static const struct fx_api fx_apis[] = {
    {0, {fx_random_produce_req_top, fx_eq_produce_req_top}, {fx_random_produce_resp_top, fx_eq_produce_resp_top}},
    {1, {fx_random_fetch_req_top, fx_eq_fetch_req_top}, {fx_random_fetch_resp_top, fx_eq_fetch_resp_top}},
    {2, {fx_random_list_offsets_req_top, fx_eq_list_offsets_req_top}, {fx_random_list_offsets_resp_top, fx_eq_list_offsets_resp_top}},
    {3, {fx_random_metadata_req_top, fx_eq_metadata_req_top}, {fx_random_metadata_resp_top, fx_eq_metadata_resp_top}},
    {8, {fx_random_offset_commit_req_top, fx_eq_offset_commit_req_top}, {fx_random_offset_commit_resp_top, fx_eq_offset_commit_resp_top}},
    {9, {fx_random_offset_fetch_req_top, fx_eq_offset_fetch_req_top}, {fx_random_offset_fetch_resp_top, fx_eq_offset_fetch_resp_top}},
    {10, {fx_random_find_coordinator_req_top, fx_eq_find_coordinator_req_top}, {fx_random_find_coordinator_resp_top, fx_eq_find_coordinator_resp_top}},
    {11, {fx_random_join_group_req_top, fx_eq_join_group_req_top}, {fx_random_join_group_resp_top, fx_eq_join_group_resp_top}},
    {12, {fx_random_heartbeat_req_top, fx_eq_heartbeat_req_top}, {fx_random_heartbeat_resp_top, fx_eq_heartbeat_resp_top}},
    {13, {fx_random_leave_group_req_top, fx_eq_leave_group_req_top}, {fx_random_leave_group_resp_top, fx_eq_leave_group_resp_top}},
    {14, {fx_random_sync_group_req_top, fx_eq_sync_group_req_top}, {fx_random_sync_group_resp_top, fx_eq_sync_group_resp_top}},
    {15, {fx_random_describe_groups_req_top, fx_eq_describe_groups_req_top}, {fx_random_describe_groups_resp_top, fx_eq_describe_groups_resp_top}},
    {16, {fx_random_list_groups_req_top, fx_eq_list_groups_req_top}, {fx_random_list_groups_resp_top, fx_eq_list_groups_resp_top}},
    {17, {fx_random_sasl_handshake_req_top, fx_eq_sasl_handshake_req_top}, {fx_random_sasl_handshake_resp_top, fx_eq_sasl_handshake_resp_top}},
    {18, {fx_random_api_versions_req_top, fx_eq_api_versions_req_top}, {fx_random_api_versions_resp_top, fx_eq_api_versions_resp_top}},
    {19, {fx_random_create_topics_req_top, fx_eq_create_topics_req_top}, {fx_random_create_topics_resp_top, fx_eq_create_topics_resp_top}},
    {20, {fx_random_delete_topics_req_top, fx_eq_delete_topics_req_top}, {fx_random_delete_topics_resp_top, fx_eq_delete_topics_resp_top}},
    {21, {fx_random_delete_records_req_top, fx_eq_delete_records_req_top}, {fx_random_delete_records_resp_top, fx_eq_delete_records_resp_top}},
    {22, {fx_random_init_producer_id_req_top, fx_eq_init_producer_id_req_top}, {fx_random_init_producer_id_resp_top, fx_eq_init_producer_id_resp_top}},
    {23, {fx_random_offset_for_leader_epoch_req_top, fx_eq_offset_for_leader_epoch_req_top}, {fx_random_offset_for_leader_epoch_resp_top, fx_eq_offset_for_leader_epoch_resp_top}},
    {24, {fx_random_add_partitions_to_txn_req_top, fx_eq_add_partitions_to_txn_req_top}, {fx_random_add_partitions_to_txn_resp_top, fx_eq_add_partitions_to_txn_resp_top}},
    {25, {fx_random_add_offsets_to_txn_req_top, fx_eq_add_offsets_to_txn_req_top}, {fx_random_add_offsets_to_txn_resp_top, fx_eq_add_offsets_to_txn_resp_top}},
    {26, {fx_random_end_txn_req_top, fx_eq_end_txn_req_top}, {fx_random_end_txn_resp_top, fx_eq_end_txn_resp_top}},
    {27, {fx_random_write_txn_markers_req_top, fx_eq_write_txn_markers_req_top}, {fx_random_write_txn_markers_resp_top, fx_eq_write_txn_markers_resp_top}},
    {28, {fx_random_txn_offset_commit_req_top, fx_eq_txn_offset_commit_req_top}, {fx_random_txn_offset_commit_resp_top, fx_eq_txn_offset_commit_resp_top}},
    {29, {fx_random_describe_acls_req_top, fx_eq_describe_acls_req_top}, {fx_random_describe_acls_resp_top, fx_eq_describe_acls_resp_top}},
    {30, {fx_random_create_acls_req_top, fx_eq_create_acls_req_top}, {fx_random_create_acls_resp_top, fx_eq_create_acls_resp_top}},
    {31, {fx_random_delete_acls_req_top, fx_eq_delete_acls_req_top}, {fx_random_delete_acls_resp_top, fx_eq_delete_acls_resp_top}},
    {32, {fx_random_describe_configs_req_top, fx_eq_describe_configs_req_top}, {fx_random_describe_configs_resp_top, fx_eq_describe_configs_resp_top}},
    {33, {fx_random_alter_configs_req_top, fx_eq_alter_configs_req_top}, {fx_random_alter_configs_resp_top, fx_eq_alter_configs_resp_top}},
    {36, {fx_random_sasl_authenticate_req_top, fx_eq_sasl_authenticate_req_top}, {fx_random_sasl_authenticate_resp_top, fx_eq_sasl_authenticate_resp_top}},
    {37, {fx_random_create_partitions_req_top, fx_eq_create_partitions_req_top}, {fx_random_create_partitions_resp_top, fx_eq_create_partitions_resp_top}},
    {42, {fx_random_delete_groups_req_top, fx_eq_delete_groups_req_top}, {fx_random_delete_groups_resp_top, fx_eq_delete_groups_resp_top}},
    {44, {fx_random_incremental_alter_configs_req_top, fx_eq_incremental_alter_configs_req_top}, {fx_random_incremental_alter_configs_resp_top, fx_eq_incremental_alter_configs_resp_top}},
    {47, {fx_random_offset_delete_req_top, fx_eq_offset_delete_req_top}, {fx_random_offset_delete_resp_top, fx_eq_offset_delete_resp_top}},
    {60, {fx_random_describe_cluster_req_top, fx_eq_describe_cluster_req_top}, {fx_random_describe_cluster_resp_top, fx_eq_describe_cluster_resp_top}},
    {61, {fx_random_describe_producers_req_top, fx_eq_describe_producers_req_top}, {fx_random_describe_producers_resp_top, fx_eq_describe_producers_resp_top}},
};

const struct fx_api *fx_lookup(int16_t key)
{
    for (size_t i = 0; i < sizeof fx_apis / sizeof fx_apis[0]; i++)
        if (fx_apis[i].key == key)
            return &fx_apis[i];
    return NULL;
}
