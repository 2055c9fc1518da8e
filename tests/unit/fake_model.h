/* SPDX-License-Identifier: MIT
 * fake_model: a hand-built implementation of the read-only model API
 * (scopeviz/model.h) for exporter unit tests, so the data exporters are
 * tested on records written straight from tf1-semantics.md, independently
 * of the engine. Records are copied in as given; ids are assigned.
 */
#ifndef SV_FAKE_MODEL_H
#define SV_FAKE_MODEL_H

#include "scopeviz/model.h"

typedef struct fm_model fm_model;

fm_model *fm_new(const char *source_name, const char *source_text);
void fm_free(fm_model *m);
const sv_model *fm_model_of(fm_model *m);
sv_graph *fm_add_graph(fm_model *m);
void fm_set_outcome(fm_model *m, const sv_outcome *o);

/* Each appends a copy (id overwritten) and its event, returns the id. */
uint32_t fm_enter(sv_graph *g, sv_entry e);
void fm_exit(sv_graph *g, uint32_t entry);
uint32_t fm_name_scope(sv_graph *g, sv_name_scope n);
uint32_t fm_rename(sv_graph *g, sv_rename r); /* no event */
uint32_t fm_op(sv_graph *g, sv_op op);
uint32_t fm_var(sv_graph *g, sv_var v);
uint32_t fm_getvar(sv_graph *g, sv_getvar c);
uint32_t fm_error(sv_graph *g, sv_error e);
/* Mutable access to a record after the fact. */
sv_var *fm_var_at(sv_graph *g, uint32_t id);
sv_getvar *fm_getvar_at(sv_graph *g, uint32_t id);
sv_entry *fm_entry_at(sv_graph *g, uint32_t id);

/* A shape that lives as long as the process (tests only). */
sv_shape fm_shape2(int64_t a, int64_t b);
sv_loc fm_line(uint32_t line);
/* A name-scope record (op SV_NONE; fm_name_scope gives its id). */
sv_name_scope fm_scope(const char *name, const char *requested,
                       sv_ns_opener opener, uint32_t entry, uint32_t var,
                       uint32_t rename, sv_loc loc);

#endif
