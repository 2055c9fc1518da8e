/* SPDX-License-Identifier: MIT
 * golden: whole-file reads, atomic writes and a unified line diff for the
 * CLI's --check / --update / -o workflow (docs/cli.md "Golden files").
 */
#include "golden.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- reading ------------------------------------------------------------- */

int sv__golden_read(const char *path, char **out, size_t *out_len)
{
  int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY);
  if (fd < 0) return errno;
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    if (fd != STDIN_FILENO) close(fd);
    return EISDIR;
  }
  size_t cap = 65536, len = 0;
  char *buf = malloc(cap);
  int err = 0;
  if (!buf) err = ENOMEM;
  while (!err) {
    if (cap - len < 4096) {
      char *nb = cap > SIZE_MAX / 2 ? NULL : realloc(buf, cap * 2);
      if (!nb) {
        err = ENOMEM;
        break;
      }
      buf = nb;
      cap *= 2;
    }
    ssize_t n = read(fd, buf + len, cap - len - 1);
    if (n < 0) {
      if (errno == EINTR) continue;
      err = errno;
      break;
    }
    if (n == 0) break;
    len += (size_t)n;
  }
  if (fd != STDIN_FILENO) close(fd);
  if (err) {
    free(buf);
    return err;
  }
  buf[len] = '\0';
  *out = buf;
  *out_len = len;
  return 0;
}

/* ---- atomic writing -------------------------------------------------------- */

static int write_all(int fd, const char *data, size_t len)
{
  while (len) {
    ssize_t n = write(fd, data, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    data += n;
    len -= (size_t)n;
  }
  return 0;
}

int sv__atomic_open(sv_atomic *a, const char *path)
{
  a->fd = -1;
  a->tmp = NULL;
  a->path = path;
  a->err = 0;
  a->len = 0;
  struct stat st;
  if (stat(path, &st) == 0) {
    if (S_ISDIR(st.st_mode)) return EISDIR;
    if (!S_ISREG(st.st_mode)) {
      /* A device or FIFO: rename would replace the node itself. */
      a->fd = open(path, O_WRONLY | O_TRUNC);
      return a->fd < 0 ? errno : 0;
    }
  }
  /* The temporary lives in the target's directory so rename is atomic. */
  const char *slash = strrchr(path, '/');
  size_t dlen = slash ? (size_t)(slash - path) + 1 : 0;
  const char *base = slash ? slash + 1 : path;
  size_t tlen = dlen + strlen(base) + 32;
  a->tmp = malloc(tlen);
  if (!a->tmp) return ENOMEM;
  snprintf(a->tmp, tlen, "%.*s.%s.tmpXXXXXX", (int)dlen, path, base);
  a->fd = mkstemp(a->tmp);
  if (a->fd < 0) {
    int err = errno;
    free(a->tmp);
    a->tmp = NULL;
    return err;
  }
  return 0;
}

static void atomic_flush(sv_atomic *a)
{
  if (a->len && !a->err) a->err = write_all(a->fd, a->buf, a->len);
  a->len = 0;
}

void sv__atomic_write(void *ud, const char *data, size_t len)
{
  sv_atomic *a = ud;
  if (a->err) return;
  if (len > sizeof a->buf - a->len) {
    atomic_flush(a);
    if (len >= sizeof a->buf) {
      if (!a->err) a->err = write_all(a->fd, data, len);
      return;
    }
  }
  memcpy(a->buf + a->len, data, len);
  a->len += len;
}

void sv__atomic_abort(sv_atomic *a)
{
  if (a->fd >= 0) close(a->fd);
  a->fd = -1;
  if (a->tmp) unlink(a->tmp);
  free(a->tmp);
  a->tmp = NULL;
}

int sv__atomic_commit(sv_atomic *a)
{
  atomic_flush(a);
  int err = a->err;
  if (!a->tmp) { // written in place
    if (close(a->fd) != 0 && !err) err = errno;
    a->fd = -1;
    return err;
  }
  /* Keep the mode an existing file had; new files get 0644 less umask. */
  struct stat st;
  if (!err) {
    mode_t mode = 0644;
    if (stat(a->path, &st) == 0) {
      mode = st.st_mode & 07777;
    } else {
      mode_t um = umask(0);
      umask(um);
      mode &= ~um;
    }
    if (fchmod(a->fd, mode) != 0) err = errno;
  }
  if (!err && fsync(a->fd) != 0) err = errno;
  if (close(a->fd) != 0 && !err) err = errno;
  a->fd = -1;
  if (!err && rename(a->tmp, a->path) != 0) err = errno;
  if (err) unlink(a->tmp);
  free(a->tmp);
  a->tmp = NULL;
  return err;
}

int sv__golden_write_atomic(const char *path, const char *data, size_t len)
{
  /* 64 KiB staging buffer: keep it off the stack. */
  sv_atomic *a = malloc(sizeof *a);
  if (!a) return ENOMEM;
  int err = sv__atomic_open(a, path);
  if (!err) {
    sv__atomic_write(a, data, len);
    err = sv__atomic_commit(a);
  }
  free(a);
  return err;
}

/* ---- diff ---------------------------------------------------------------------- */

typedef struct line {
  const char *s;
  size_t len; /* without the newline */
} line;

typedef struct lines {
  line *v;
  size_t count;
  bool last_nl; /* the text ends with a newline */
} lines;

static bool split(const char *s, size_t len, lines *out)
{
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    if (s[i] == '\n') n++;
  out->last_nl = len == 0 || s[len - 1] == '\n';
  if (!out->last_nl) n++;
  out->v = malloc((n ? n : 1) * sizeof *out->v);
  if (!out->v) return false;
  out->count = 0;
  size_t start = 0;
  for (size_t i = 0; i <= len; i++) {
    if (i == len ? i > start : s[i] == '\n') {
      out->v[out->count].s = s + start;
      out->v[out->count].len = i - start;
      out->count++;
      start = i + 1;
    }
  }
  return true;
}

static bool same(const line *a, const line *b)
{
  return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
}

/* An edit: '=' keeps a[ai]==b[bi], '-' deletes a[ai], '+' inserts b[bi]. */
typedef struct edit {
  char op;
  size_t ai, bi;
} edit;

/* Largest middle section diffed by LCS (cells of the table); beyond it the
 * middle is shown as one replacement, which is still a correct diff. */
#define LCS_MAX_CELLS ((size_t)16 << 20)

static edit *script(const lines *a, const lines *b, size_t *out_n)
{
  size_t n = a->count, m = b->count;
  size_t pre = 0;
  while (pre < n && pre < m && same(&a->v[pre], &b->v[pre])) pre++;
  size_t suf = 0;
  while (suf < n - pre && suf < m - pre &&
         same(&a->v[n - 1 - suf], &b->v[m - 1 - suf]))
    suf++;
  size_t an = n - pre - suf, bn = m - pre - suf;
  edit *e = malloc((n + m + 1) * sizeof *e);
  if (!e) return NULL;
  size_t k = 0;
  for (size_t i = 0; i < pre; i++) e[k++] = (edit){'=', i, i};

  uint32_t *t = NULL;
  if (an && bn && (an + 1) <= LCS_MAX_CELLS / (bn + 1))
    t = calloc((an + 1) * (bn + 1), sizeof *t);
  if (t) {
    /* t[i][j] = LCS length of a[pre+i..] and b[pre+j..]. */
    size_t w = bn + 1;
    for (size_t i = an; i-- > 0;)
      for (size_t j = bn; j-- > 0;)
        t[i * w + j] = same(&a->v[pre + i], &b->v[pre + j])
                           ? t[(i + 1) * w + j + 1] + 1
                           : (t[(i + 1) * w + j] >= t[i * w + j + 1]
                                  ? t[(i + 1) * w + j]
                                  : t[i * w + j + 1]);
    size_t i = 0, j = 0;
    while (i < an || j < bn) {
      if (i < an && j < bn && same(&a->v[pre + i], &b->v[pre + j])) {
        e[k++] = (edit){'=', pre + i, pre + j};
        i++;
        j++;
      } else if (i < an &&
                 (j == bn || t[(i + 1) * w + j] >= t[i * w + j + 1])) {
        /* Deletions before insertions, as diff -u and difflib print. */
        e[k++] = (edit){'-', pre + i, pre + j};
        i++;
      } else {
        e[k++] = (edit){'+', pre + i, pre + j};
        j++;
      }
    }
    free(t);
  } else {
    for (size_t i = 0; i < an; i++) e[k++] = (edit){'-', pre + i, pre};
    for (size_t j = 0; j < bn; j++) e[k++] = (edit){'+', pre + an, pre + j};
  }
  for (size_t i = 0; i < suf; i++)
    e[k++] = (edit){'=', n - suf + i, m - suf + i};
  *out_n = k;
  return e;
}

static void wr(sv_write_fn write, void *ud, const char *s)
{
  write(ud, s, strlen(s));
}

static void emit_line(sv_write_fn write, void *ud, char op, const lines *l,
                      size_t i)
{
  char c = op == '=' ? ' ' : op;
  write(ud, &c, 1);
  write(ud, l->v[i].s, l->v[i].len);
  write(ud, "\n", 1);
  if (i + 1 == l->count && !l->last_nl)
    wr(write, ud, "\\ No newline at end of file\n");
}

#define CONTEXT 3

bool sv__golden_diff(const char *a, size_t a_len, const char *b, size_t b_len,
                     const char *a_name, const char *b_name, sv_write_fn write,
                     void *ud)
{
  if (a_len == b_len && memcmp(a, b, a_len) == 0) return false;
  lines la = {0}, lb = {0};
  size_t ne = 0;
  edit *e = NULL;
  if (!split(a, a_len, &la) || !split(b, b_len, &lb) ||
      !(e = script(&la, &lb, &ne))) {
    wr(write, ud, "scopeviz: out of memory while diffing\n");
    goto done;
  }
  wr(write, ud, "--- ");
  wr(write, ud, a_name);
  wr(write, ud, "\n+++ ");
  wr(write, ud, b_name);
  wr(write, ud, "\n");
  /* Only the final newline differs: the edit script is all '='. Show the
   * last line as changed so the hunk says so. */
  size_t i = 0;
  bool any = false;
  for (size_t x = 0; x < ne; x++)
    if (e[x].op != '=') any = true;
  if (!any && ne) {
    e[ne - 1].op = '~';
  }
  while (i < ne) {
    while (i < ne && e[i].op == '=') i++;
    if (i == ne) break;
    size_t start = i > CONTEXT ? i - CONTEXT : 0;
    /* Extend the hunk while changes are within 2*CONTEXT of each other. */
    size_t end = i;
    for (;;) {
      while (end < ne && e[end].op != '=') end++;
      size_t run = end;
      while (run < ne && e[run].op == '=') run++;
      if (run < ne && run - end <= 2 * CONTEXT) {
        end = run;
        continue;
      }
      end = end + CONTEXT < ne ? end + CONTEXT : ne;
      break;
    }
    size_t a0 = e[start].ai, b0 = e[start].bi, ac = 0, bc = 0;
    for (size_t x = start; x < end; x++) {
      if (e[x].op == '=' ) {
        ac++;
        bc++;
      } else if (e[x].op == '-') {
        ac++;
      } else if (e[x].op == '+') {
        bc++;
      } else {
        ac++;
        bc++;
      }
    }
    char hdr[96];
    snprintf(hdr, sizeof hdr, "@@ -%zu,%zu +%zu,%zu @@\n",
             ac ? a0 + 1 : a0, ac, bc ? b0 + 1 : b0, bc);
    wr(write, ud, hdr);
    for (size_t x = start; x < end; x++) {
      if (e[x].op == '=')
        emit_line(write, ud, '=', &la, e[x].ai);
      else if (e[x].op == '-')
        emit_line(write, ud, '-', &la, e[x].ai);
      else if (e[x].op == '+')
        emit_line(write, ud, '+', &lb, e[x].bi);
      else {
        emit_line(write, ud, '-', &la, e[x].ai);
        emit_line(write, ud, '+', &lb, e[x].bi);
      }
    }
    i = end;
  }
done:
  free(e);
  free(la.v);
  free(lb.v);
  return true;
}
