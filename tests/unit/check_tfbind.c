/* SPDX-License-Identifier: MIT
 * check_tfbind: the tensorflow binding seen through the session API — what
 * the TF corpus (tests/tf) cannot see from stdout: call sites and error
 * records in the model, caught flags, rejections, determinism.
 */
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "scopeviz/model.h"
#include "scopeviz/scopeviz.h"

#include "mem.h"
#include "unit_testlib.h"

typedef struct run_result {
  sv_session *s;
  sv_status status;
  sv_buf out;
} run_result;

static void collect(void *ud, const char *data, size_t len) {
  sv__buf_append(ud, data, len);
}

static void run(run_result *r, const char *text) {
  r->s = sv_session_new(NULL);
  sv__buf_init(&r->out);
  r->status = sv_session_load_text(r->s, "t.py", text, strlen(text));
  if (r->status == SV_OK) r->status = sv_session_run(r->s, collect, &r->out);
}

static void done(run_result *r) {
  sv_session_free(r->s);
  sv__buf_fini(&r->out);
}

static const sv_graph *graph0(run_result *r) {
  return sv_model_graph(sv_session_model(r->s), 0);
}

/* Ops record the location of the script call that created them
 * (STYLE.md §5: ops copy the call site's loc). */
START_TEST(test_call_site_recorded)
{
  run_result r;
  run(&r, "import tensorflow as tf\n"
          "\n"
          "x = tf.constant(1.0)\n"
          "y = x + 2.0\n");
  ck_assert_int_eq(r.status, SV_OK);
  const sv_graph *g = graph0(&r);
  const sv_op *c = sv_graph_op_by_name(g, "Const");
  ck_assert_ptr_nonnull(c);
  ck_assert_uint_eq(c->loc.line, 3);
  ck_assert_uint_eq(c->loc.col, 5);
  /* §5.2: the operator's ops carry the operator expression's line. */
  const sv_op *add = sv_graph_op_by_name(g, "add");
  ck_assert_ptr_nonnull(add);
  ck_assert_str_eq(add->type, "AddV2");
  ck_assert_uint_eq(add->loc.line, 4);
  done(&r);
}
END_TEST

/* A TF error caught by try/except marks its record caught; an uncaught one
 * is the run's outcome (tf1-semantics.md §8.2 message). */
START_TEST(test_error_records)
{
  run_result r;
  run(&r, "import tensorflow as tf\n"
          "try:\n"
          "    with tf.variable_scope('s', reuse=True):\n"
          "        tf.get_variable('a', [1])\n"
          "except ValueError:\n"
          "    pass\n"
          "with tf.variable_scope('s', reuse=True):\n"
          "    tf.get_variable('b', [1])\n");
  ck_assert_int_eq(r.status, SV_EXCEPTION);
  const sv_graph *g = graph0(&r);
  ck_assert_uint_eq(sv_graph_error_count(g), 2);
  const sv_error *e0 = sv_graph_error(g, 0);
  ck_assert(e0->caught);
  ck_assert_str_eq(e0->type, "ValueError");
  ck_assert_str_eq(e0->message,
                   "Variable s/a does not exist, or was not created with "
                   "tf.get_variable(). Did you mean to set "
                   "reuse=tf.AUTO_REUSE in VarScope?");
  ck_assert(!sv_graph_error(g, 1)->caught);
  const sv_outcome *o = sv_model_outcome(sv_session_model(r.s));
  ck_assert_int_eq(o->end, SV_END_EXCEPTION);
  ck_assert_uint_eq(o->error, 1);
  const char *tb = sv_session_error_text(r.s);
  ck_assert_ptr_nonnull(strstr(tb, "ValueError: Variable s/b does not "
                                   "exist"));
  done(&r);
}
END_TEST

/* §8.7: the "already exists" message is exact up to "Originally defined
 * at:"; scopeviz then shows the script frame of the first definition. */
START_TEST(test_already_exists_origin)
{
  run_result r;
  run(&r, "import tensorflow as tf\n"
          "def make():\n"
          "    return tf.get_variable('w', [1])\n"
          "make()\n"
          "try:\n"
          "    make()\n"
          "except ValueError as e:\n"
          "    print(e)\n");
  ck_assert_int_eq(r.status, SV_OK);
  const char *out = sv__buf_cstr(&r.out);
  const char *head = "Variable w already exists, disallowed. Did you mean to "
                     "set reuse=True or reuse=tf.AUTO_REUSE in VarScope? "
                     "Originally defined at:\n\n";
  ck_assert_int_eq(strncmp(out, head, strlen(head)), 0);
  ck_assert_ptr_nonnull(strstr(out, "line 3, in make"));
  done(&r);
}
END_TEST

/* script-language.md §4: a tf attribute that is not emulated rejects the
 * script with its whole dotted path (exit status 2). */
START_TEST(test_not_emulated)
{
  run_result r;
  run(&r, "import tensorflow as tf\n"
          "x = tf.contrib.seq2seq.dynamic_decode(1)\n");
  ck_assert_int_eq(r.status, SV_REJECTED);
  ck_assert_uint_eq(sv_session_diag_count(r.s), 1);
  ck_assert_ptr_nonnull(strstr(sv_session_diag(r.s, 0),
                               "t.py:2:5: error: "
                               "tf.contrib.seq2seq.dynamic_decode is not "
                               "emulated"));
  done(&r);
}
END_TEST

/* §12: resource variables are outside the subset: a diagnostic at the
 * call, not a Python exception. */
START_TEST(test_unsupported_engine_feature)
{
  run_result r;
  run(&r, "import tensorflow as tf\n"
          "v = tf.get_variable('v', [1], use_resource=True)\n");
  ck_assert_int_eq(r.status, SV_REJECTED);
  ck_assert_ptr_nonnull(strstr(sv_session_diag(r.s, 0), "t.py:2:5: error:"));
  done(&r);
}
END_TEST

/* Python-level argument errors use TF 1.15's signatures (§6 note). */
START_TEST(test_arg_errors)
{
  run_result r;
  run(&r, "import tensorflow as tf\n"
          "for f in [lambda: tf.get_variable('v', reuse=True),\n"
          "          lambda: tf.Variable(1.0, nam='x'),\n"
          "          lambda: tf.constant()]:\n"
          "    try:\n"
          "        f()\n"
          "    except TypeError as e:\n"
          "        print(e)\n");
  ck_assert_int_eq(r.status, SV_OK);
  ck_assert_str_eq(sv__buf_cstr(&r.out),
                   "get_variable() got an unexpected keyword argument "
                   "'reuse'\n"
                   "_variable_v1_call() got an unexpected keyword argument "
                   "'nam'\n"
                   "constant_v1() missing 1 required positional argument: "
                   "'value'\n");
  done(&r);
}
END_TEST

/* Callables as initializers go back into the interpreter (§6.1 step 4,
 * §8.3 step 5: initializer(shape, dtype=D, partition_info=None)). */
START_TEST(test_callable_initializer)
{
  run_result r;
  run(&r, "import tensorflow as tf\n"
          "def init(shape, dtype=None, partition_info=None):\n"
          "    print(shape, dtype)\n"
          "    return tf.zeros(shape, dtype)\n"
          "v = tf.get_variable('v', [2, 3], initializer=init)\n"
          "print(v)\n");
  ck_assert_int_eq(r.status, SV_OK);
  ck_assert_str_eq(sv__buf_cstr(&r.out),
                   "[2, 3] <dtype: 'float32'>\n"
                   "<tf.Variable 'v:0' shape=(2, 3) dtype=float32_ref>\n");
  ck_assert_ptr_nonnull(sv_graph_op_by_name(graph0(&r), "v/Initializer/zeros"));
  done(&r);
}
END_TEST

/* A failing Python initializer propagates its own exception. */
START_TEST(test_callable_initializer_raises)
{
  run_result r;
  run(&r, "import tensorflow as tf\n"
          "def init(shape, dtype=None, partition_info=None):\n"
          "    raise KeyError('boom')\n"
          "try:\n"
          "    tf.get_variable('v', [2], initializer=init)\n"
          "except KeyError as e:\n"
          "    print('caught', e)\n"
          "print(tf.get_variable_scope().name == '')\n");
  ck_assert_int_eq(r.status, SV_OK);
  ck_assert_str_eq(sv__buf_cstr(&r.out), "caught 'boom'\nTrue\n");
  done(&r);
}
END_TEST

/* Default reprs carry a fake address that is the same on every run
 * (script-language.md §6). */
START_TEST(test_deterministic_reprs)
{
  const char *text = "import tensorflow as tf\n"
                     "with tf.variable_scope('a') as s:\n"
                     "    print(s)\n"
                     "print(tf.get_default_graph())\n";
  run_result r1, r2;
  run(&r1, text);
  run(&r2, text);
  ck_assert_int_eq(r1.status, SV_OK);
  ck_assert_str_eq(sv__buf_cstr(&r1.out), sv__buf_cstr(&r2.out));
  ck_assert_int_eq(strncmp(sv__buf_cstr(&r1.out),
                           "<tensorflow_core.python.ops.variable_scope."
                           "VariableScope object at 0x",
                           66),
                   0);
  done(&r1);
  done(&r2);
}
END_TEST

/* Identity: get_variable with reuse returns the same Python object (§8.5
 * "v1 is v"), dtypes are singletons (§9.5). */
START_TEST(test_identity)
{
  run_result r;
  run(&r, "import tensorflow as tf\n"
          "v = tf.get_variable('v', [1])\n"
          "with tf.variable_scope('', reuse=True):\n"
          "    w = tf.get_variable('v', [1])\n"
          "print(v is w, v.dtype.base_dtype is tf.float32)\n"
          "print(tf.get_variable_scope() is tf.get_variable_scope())\n");
  ck_assert_int_eq(r.status, SV_OK);
  ck_assert_str_eq(sv__buf_cstr(&r.out), "True True\nTrue\n");
  done(&r);
}
END_TEST

static Suite *tfbind_suite(void) {
  Suite *s = suite_create("tfbind");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_call_site_recorded);
  tcase_add_test(tc, test_error_records);
  tcase_add_test(tc, test_already_exists_origin);
  tcase_add_test(tc, test_not_emulated);
  tcase_add_test(tc, test_unsupported_engine_feature);
  tcase_add_test(tc, test_arg_errors);
  tcase_add_test(tc, test_callable_initializer);
  tcase_add_test(tc, test_callable_initializer_raises);
  tcase_add_test(tc, test_deterministic_reprs);
  tcase_add_test(tc, test_identity);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  return ut_run_suite(tfbind_suite());
}
