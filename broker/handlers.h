/*
 * handlers.h - one handler per Kafka API (broker/h_<api>.c). Each takes a
 * decoded request, does the work, fills rq->resp and calls rq_finish(),
 * now or later.
 */
#ifndef SLUICE_HANDLERS_H
#define SLUICE_HANDLERS_H

#include "broker/request.h"

void h_api_versions(struct request *rq);
void h_metadata(struct request *rq);
void h_describe_cluster(struct request *rq);
void h_produce(struct request *rq);
void h_fetch(struct request *rq);
void h_list_offsets(struct request *rq);
void h_offset_for_leader_epoch(struct request *rq);
void h_create_topics(struct request *rq);
void h_delete_topics(struct request *rq);
void h_create_partitions(struct request *rq);
void h_describe_configs(struct request *rq);
void h_alter_configs(struct request *rq);
void h_incremental_alter_configs(struct request *rq);
void h_delete_records(struct request *rq);
void h_init_producer_id(struct request *rq);

/* Answer an ApiVersions request whose version we do not serve: error 35 in
 * a v0 body listing the ApiVersions range, never a closed socket. */
void h_api_versions_unsupported(struct request *rq);

#endif
