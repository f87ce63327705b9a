/*
 * h_admin.h - the admin API handlers (broker/h_<api>.c): topics, partitions,
 * configs and record deletion. Each takes a decoded request, does the work
 * and answers with rq_finish() once every change it made is durable.
 *
 * handlers.h declares the same functions; this header is what the admin
 * handler files themselves include, so they build without touching it.
 */
#ifndef SLUICE_H_ADMIN_H
#define SLUICE_H_ADMIN_H

#include "broker/request.h"

void h_create_topics(struct request *rq);             /* key 19, v0-7 */
void h_delete_topics(struct request *rq);             /* key 20, v0-6 */
void h_delete_records(struct request *rq);            /* key 21, v0-2 */
void h_describe_configs(struct request *rq);          /* key 32, v0-4 */
void h_alter_configs(struct request *rq);             /* key 33, v0-2 */
void h_create_partitions(struct request *rq);         /* key 37, v0-3 */
void h_incremental_alter_configs(struct request *rq); /* key 44, v0-1 */

#endif
