/* SPDX-License-Identifier: MIT
 * tf_builtins: the emulated `tensorflow` module (and the numpy surface)
 * bound to the scope engine (tf.h): converts Python values to engine
 * arguments and engine results to Python objects (script-language.md §4-5).
 */
#ifndef SV_TF_BUILTINS_H
#define SV_TF_BUILTINS_H

#include "tf.h"
#include "value.h"

/* Registers the importer for `tensorflow`, `tensorflow.compat.v1` and
 * `numpy`, and the origin formatter. tf is borrowed and must outlive I. */
void sv__tf_builtins_install(sv_interp *I, sv_tf *tf);

#endif
