#!/usr/bin/env python3
"""Sluice's Kafka protocol code generator.

Reads the Apache Kafka JSON message specs and protocol/apis.def, and writes,
for every listed API, C structs plus decode / encode / size functions for the
request and the response over the served version range (protocol/msg/), a
registry of all of them, the request/response header codecs, and test
fixtures (random instances and per-version equality) for the codec tests.

Usage: gen.py --spec DIR --apis protocol/apis.def --out protocol/msg
              [--fixtures tests/protocol]

Only the Python standard library is used. Output is deterministic so that a
regenerate-and-diff check can guard the committed files.
"""

import argparse
import json
import os
import re
import sys

C_KEYWORDS = {
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double",
    "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long",
    "register", "restrict", "return", "short", "signed", "sizeof", "static", "struct",
    "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "bool",
}

PRIMS = {
    # type: (C type, fixed wire size, kr_ reader, kw_ writer)
    "bool": ("bool", 1, "kr_bool", "kw_bool"),
    "int8": ("int8_t", 1, "kr_i8", "kw_i8"),
    "int16": ("int16_t", 2, "kr_i16", "kw_i16"),
    "uint16": ("uint16_t", 2, "kr_u16", "kw_u16"),
    "int32": ("int32_t", 4, "kr_i32", "kw_i32"),
    "int64": ("int64_t", 8, "kr_i64", "kw_i64"),
    "float64": ("double", 8, "kr_f64", "kw_f64"),
}
VIEWS = {"string": "struct kstr", "bytes": "struct kbytes", "records": "struct krecords"}


def snake(name):
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = s.lower()
    return s + "_" if s in C_KEYWORDS else s


def load_spec(path):
    with open(path, encoding="utf-8") as f:
        text = "\n".join(line for line in f if not line.lstrip().startswith("//"))
    return json.loads(text)


class Versions:
    """An inclusive range of versions; None for "none"."""

    def __init__(self, text):
        text = (text or "none").strip()
        if text == "none":
            self.lo, self.hi = None, None
        elif text.endswith("+"):
            self.lo, self.hi = int(text[:-1]), 32767
        elif "-" in text:
            a, b = text.split("-")
            self.lo, self.hi = int(a), int(b)
        else:
            self.lo = self.hi = int(text)

    def empty(self):
        return self.lo is None

    def contains(self, v):
        return self.lo is not None and self.lo <= v <= self.hi


class Field:
    def __init__(self, spec, msg):
        self.spec = spec
        self.name = spec["name"]
        self.cname = snake(self.name)
        self.type = spec["type"]
        self.versions = Versions(spec.get("versions"))
        self.nullable = Versions(spec.get("nullableVersions"))
        self.tagged = Versions(spec.get("taggedVersions")) if "tag" in spec else None
        self.tag = spec.get("tag")
        self.ignorable = bool(spec.get("ignorable", False))
        self.default = spec.get("default")
        flex = spec.get("flexibleVersions")
        self.flex_override = Versions(flex) if flex is not None else None
        self.is_array = self.type.startswith("[]")
        self.elem = self.type[2:] if self.is_array else self.type
        self.struct = None  # Struct for struct-typed fields / arrays
        if self.elem not in PRIMS and self.elem not in VIEWS and self.elem != "uuid":
            self.struct = msg.add_struct(self.elem, spec.get("fields"))

    def is_prim(self):
        return self.elem in PRIMS


class Struct:
    def __init__(self, msg, name, cname):
        self.msg = msg
        self.name = name
        self.cname = cname
        self.fields = []
        self.defined = False

    def define(self, fields):
        self.defined = True
        self.fields = [Field(f, self.msg) for f in fields]
        names = {f.cname for f in self.fields}
        for f in self.fields:
            if f.is_array and f.cname + "_count" in names:
                raise SystemExit("name clash: %s.%s_count" % (self.cname, f.cname))


class Message:
    """One JSON spec (a request, response or header) and its structs."""

    def __init__(self, spec, prefix, vmin, vmax):
        self.spec = spec
        self.prefix = prefix
        self.vmin, self.vmax = vmin, vmax
        self.flexible = Versions(spec.get("flexibleVersions"))
        self.structs = {}
        self.order = []
        self.common = {c["name"]: c for c in spec.get("commonStructs", [])}
        self.top = Struct(self, spec["name"], prefix)
        self.top.define(spec["fields"])
        for name, c in self.common.items():
            if name not in self.structs:
                continue
            if not self.structs[name].defined:
                self.structs[name].define(c["fields"])
        self.order.append(self.top)
        for s in self.order:
            if not s.defined:
                raise SystemExit("%s: struct %s has no definition" % (prefix, s.name))

    def add_struct(self, name, fields):
        s = self.structs.get(name)
        if s is None:
            s = Struct(self, name, "%s_%s" % (self.prefix, snake(name).rstrip("_")))
            self.structs[name] = s
            if fields is not None:
                s.define(fields)
            elif name in self.common:
                s.define(self.common[name]["fields"])
            # Children before parents, so C sees definitions in order.
            self.order.append(s)
        elif fields is not None and not s.defined:
            s.define(fields)
        return s

    def flex_cond(self):
        c = cond_from_set([v for v in range(self.vmin, self.vmax + 1) if self.flexible.contains(v)],
                          self.vmin, self.vmax)
        return {"1": "true", "0": "false"}.get(c, c)


# ---------------------------------------------------------------- C output


def c_default(f):
    """C initialiser for a scalar field's default (strings handled apart)."""
    d = f.default
    if isinstance(d, bool):
        d = "true" if d else "false"
    elif d is not None:
        d = str(d)
    if f.elem == "bool":
        return "true" if d == "true" else "false"
    if d is None or d == "":
        return "0"
    if f.elem == "float64":
        return repr(float(d))
    val = int(d, 16) if d.lower().startswith("0x") else int(d)
    if f.elem == "int64":
        return "INT64_C(%d)" % val if val != -(2 ** 63) else "INT64_MIN"
    if f.elem == "int32" and val == -(2 ** 31):
        return "INT32_MIN"
    return str(val)


def str_default(f):
    if f.default == "null":
        return "KSTR_NULL"
    if f.default:
        return 'KSTR_LIT("%s")' % f.default
    return 'KSTR_LIT("")'


class Emitter:
    def __init__(self):
        self.lines = []

    def __call__(self, text=""):
        self.lines.append(text)

    def text(self):
        return "\n".join(self.lines) + "\n"


def field_compact(msg, f):
    """C expression: is this field written in compact form?"""
    if f.flex_override is not None:
        c = cond_from_set(version_set(msg, f.flex_override.contains), msg.vmin, msg.vmax)
        return {"1": "true", "0": "false"}.get(c, c)
    return "flex"


def min_size(msg, s, v, flex):
    """Smallest encoding of struct s at version v (for array count checks)."""
    total = 0
    for f in s.fields:
        if not f.versions.contains(v):
            continue
        if f.tagged is not None and f.tagged.contains(v):
            continue
        compact = flex if f.flex_override is None else f.flex_override.contains(v)
        if f.is_array:
            total += 1 if compact else 4
        elif f.is_prim():
            total += PRIMS[f.elem][1]
        elif f.elem == "uuid":
            total += 16
        elif f.elem == "string":
            total += 1 if compact else 2
        elif f.elem in ("bytes", "records"):
            total += 1 if compact else 4
        else:
            total += min_size(msg, f.struct, v, flex)
    if flex:
        total += 1
    return max(total, 1)


def elem_min_size(msg, f, v, flex):
    if f.struct is not None:
        return min_size(msg, f.struct, v, flex)
    if f.is_prim():
        return PRIMS[f.elem][1]
    if f.elem == "uuid":
        return 16
    compact = flex if f.flex_override is None else f.flex_override.contains(v)
    return (1 if compact else 2) if f.elem == "string" else (1 if compact else 4)


def gen_struct_decl(e, s):
    e("struct %s {" % s.cname)
    if not s.fields:
        e("    char unused_; /* no fields */")
    for f in s.fields:
        about = f.spec.get("about", "").replace("*/", "* /")
        vtxt = f.spec.get("versions", "")
        if f.tagged is not None:
            vtxt += ", tag %d" % f.tag
        comment = "/* v%s: %s */" % (vtxt, about[:70] + ("..." if len(about) > 70 else ""))
        if f.is_array:
            if f.struct is not None:
                ctype = "struct %s" % f.struct.cname
            elif f.is_prim():
                ctype = PRIMS[f.elem][0]
            elif f.elem == "uuid":
                ctype = "struct kuuid"
            else:
                ctype = VIEWS[f.elem]
            e("    %s *%s; %s" % (ctype, f.cname, comment))
            e("    int32_t %s_count; /* -1 = null */" % f.cname)
        elif f.struct is not None:
            e("    struct %s %s; %s" % (f.struct.cname, f.cname, comment))
        elif f.is_prim():
            e("    %s %s; %s" % (PRIMS[f.elem][0], f.cname, comment))
        elif f.elem == "uuid":
            e("    struct kuuid %s; %s" % (f.cname, comment))
        else:
            e("    %s %s; %s" % (VIEWS[f.elem], f.cname, comment))
    e("};")
    e()


def gen_init(e, msg, s):
    e("void %s_init(struct %s *x)" % (s.cname, s.cname))
    e("{")
    e("    memset(x, 0, sizeof *x);")
    for f in s.fields:
        if f.is_array:
            if f.default == "null":
                e("    x->%s_count = -1;" % f.cname)
        elif f.struct is not None:
            e("    %s_init(&x->%s);" % (f.struct.cname, f.cname))
        elif f.is_prim():
            d = c_default(f)
            if d not in ("0", "false", "0.0"):
                e("    x->%s = %s;" % (f.cname, d))
        elif f.elem == "string":
            e("    x->%s = %s;" % (f.cname, str_default(f)))
        elif f.elem in ("bytes", "records"):
            if f.default == "null":
                e("    x->%s.len = -1;" % f.cname)
    e("}")
    e()


def default_test(f, x):
    """C expression true when field f of x holds its default."""
    ref = "%s->%s" % (x, f.cname)
    if f.is_array:
        return "%s_count == %d" % (ref, -1 if f.default == "null" else 0)
    if f.struct is not None:
        return "%s_is_default(&%s)" % (f.struct.cname, ref)
    if f.is_prim():
        if f.elem == "float64":
            return "%s == %s" % (ref, c_default(f))
        return "%s == %s" % (ref, c_default(f))
    if f.elem == "uuid":
        return "kuuid_is_zero(&%s)" % ref
    if f.elem == "string":
        return "kstr_eq(%s, %s)" % (ref, str_default(f))
    if f.elem == "bytes":
        return "%s.len == %d" % (ref, -1 if f.default == "null" else 0)
    return "%s.len == %d && %s.nspans == 0" % (ref, -1 if f.default == "null" else 0, ref)


def gen_is_default(e, s):
    e("bool %s_is_default(const struct %s *x)" % (s.cname, s.cname))
    e("{")
    if not s.fields:
        e("    (void)x;")
        e("    return true;")
    else:
        conds = [default_test(f, "x") for f in s.fields]
        e("    return " + "\n        && ".join("(%s)" % c for c in conds) + ";")
    e("}")
    e()


def nullable_expr(msg, f):
    c = cond_from_set(version_set(msg, f.nullable.contains), msg.vmin, msg.vmax)
    return {"1": "true", "0": "false"}.get(c, c)


def scalar_read(msg, f, r, a, target, compact):
    """Statements decoding one non-array value of f's element type."""
    nul = nullable_expr(msg, f)
    if f.struct is not None:
        return ["decode_%s(%s, %s, v, &%s);" % (f.struct.cname, r, a, target)]
    if f.is_prim():
        return ["%s = %s(%s);" % (target, PRIMS[f.elem][2], r)]
    if f.elem == "uuid":
        return ["kr_uuid(%s, &%s);" % (r, target)]
    if f.elem == "string":
        return ["%s = kr_str(%s, %s, %s);" % (target, r, compact, nul)]
    if f.elem == "bytes":
        return ["%s = kr_bytes(%s, %s, %s);" % (target, r, compact, nul)]
    # records
    return [
        "{",
        "    struct kbytes b_ = kr_bytes(%s, %s, %s);" % (r, compact, nul),
        "    %s.ptr = b_.ptr;" % target,
        "    %s.len = b_.len;" % target,
        "}",
    ]


def elem_read(msg, f, r, a, target, compact):
    """Array elements are never null themselves (strings inside arrays are
    non-nullable in every spec we serve)."""
    if f.struct is not None:
        return ["%s_init(&%s);" % (f.struct.cname, target),
                "decode_%s(%s, %s, v, &%s);" % (f.struct.cname, r, a, target)]
    if f.is_prim():
        return ["%s = %s(%s);" % (target, PRIMS[f.elem][2], r)]
    if f.elem == "uuid":
        return ["kr_uuid(%s, &%s);" % (r, target)]
    if f.elem == "string":
        return ["%s = kr_str(%s, %s, false);" % (target, r, compact)]
    return ["%s = kr_bytes(%s, %s, false);" % (target, r, compact)]


def field_read(msg, s, f, r, a):
    compact = field_compact(msg, f)
    tgt = "x->%s" % f.cname
    if not f.is_array:
        return scalar_read(msg, f, r, a, tgt, compact)
    ms = "minsz_%s_%s" % (s.cname, f.cname)
    nul = nullable_expr(msg, f)
    out = [
        "{",
        "    int32_t n_ = kr_array_len(%s, %s, %s, %s[v]);" % (r, compact, nul, ms),
        "    %s_count = n_;" % tgt,
        "    %s = NULL;" % tgt,
        "    if (n_ > 0) {",
        "        %s = arena_calloc(%s, (size_t)n_, sizeof *%s);" % (tgt, a, tgt),
        "        if (!%s) {" % tgt,
        "            kr_fail(%s, \"out of memory\");" % r,
        "            %s_count = 0;" % tgt,
        "        }",
        "        for (int32_t i_ = 0; %s && i_ < n_ && !(%s)->err; i_++) {" % (tgt, r),
    ]
    out += ["            " + l for l in elem_read(msg, f, r, a, "%s[i_]" % tgt, compact)]
    out += ["        }", "    }", "}"]
    return out


def emit_block(e, cond, stmts, indent="    "):
    if cond == "0":
        return
    if cond == "1":
        for l in stmts:
            e(indent + l)
        return
    e("%sif (%s) {" % (indent, cond))
    for l in stmts:
        e(indent + "    " + l)
    e("%s}" % indent)


def cond_from_set(vs, lo, hi, var="v"):
    """A C condition true exactly for the versions in vs within [lo, hi]:
    "1" or "0" when constant, else ranges joined with ||."""
    vs = sorted(v for v in vs if lo <= v <= hi)
    if not vs:
        return "0"
    if len(vs) == hi - lo + 1:
        return "1"
    ranges = []
    for v in vs:
        if ranges and ranges[-1][1] == v - 1:
            ranges[-1][1] = v
        else:
            ranges.append([v, v])
    parts = []
    for a, b in ranges:
        terms = []
        if a > lo:
            terms.append("%s >= %d" % (var, a))
        if b < hi:
            terms.append("%s <= %d" % (var, b))
        if a == b and a > lo and b < hi:
            terms = ["%s == %d" % (var, a)]
        parts.append(" && ".join(terms))
    if len(parts) == 1:
        return parts[0]
    return " || ".join("(%s)" % p for p in parts)


def version_set(msg, pred):
    return [v for v in range(msg.vmin, msg.vmax + 1) if pred(v)]


def is_tagged_at(f, v):
    return f.tagged is not None and f.tagged.contains(v)


def regular_cond(msg, f):
    """Versions in which f is a regular (untagged) field."""
    return cond_from_set(version_set(msg, lambda v: f.versions.contains(v) and not is_tagged_at(f, v)),
                         msg.vmin, msg.vmax)


def tagged_cond(msg, f):
    return cond_from_set(version_set(msg, lambda v: f.versions.contains(v) and is_tagged_at(f, v)),
                         msg.vmin, msg.vmax)


def absent_cond(msg, f):
    return cond_from_set(version_set(msg, lambda v: not f.versions.contains(v)), msg.vmin, msg.vmax)


def gen_minsz_tables(e, msg, s):
    for f in s.fields:
        if not f.is_array or not version_set(msg, f.versions.contains):
            continue
        vals = []
        for v in range(0, msg.vmax + 1):
            flex = msg.flexible.contains(v)
            vals.append(str(elem_min_size(msg, f, v, flex)))
        e("static const uint16_t minsz_%s_%s[%d] = {%s};" % (s.cname, f.cname, msg.vmax + 1, ", ".join(vals)))


def gen_decode(e, msg, s):
    e("static void decode_%s(struct kreader *r, struct arena *a, int16_t v, struct %s *x)" % (s.cname, s.cname))
    e("{")
    e("    const bool flex = %s;" % msg.flex_cond())
    e("    (void)a;")
    e("    (void)v;")
    e("    (void)flex;")
    for f in s.fields:
        emit_block(e, regular_cond(msg, f), field_read(msg, s, f, "r", "a"))
    tagged = [f for f in s.fields if tagged_cond(msg, f) != "0"]
    e("    if (flex) {")
    if not tagged:
        e("        kr_skip_tags(r);")
    else:
        e("        uint32_t ntags_ = kr_uvarint(r);")
        e("        for (uint32_t t_ = 0; t_ < ntags_ && !r->err; t_++) {")
        e("            uint32_t tag_ = kr_uvarint(r);")
        e("            uint32_t size_ = kr_uvarint(r);")
        e("            const uint8_t *p_ = kr_take(r, size_);")
        e("            if (!p_)")
        e("                break;")
        e("            struct kreader sub_;")
        e("            kr_init(&sub_, p_, size_);")
        e("            switch (tag_) {")
        by_tag = {}
        for f in tagged:
            by_tag.setdefault(f.tag, []).append(f)
        for tag in sorted(by_tag):
            e("            case %d:" % tag)
            for f in by_tag[tag]:
                stmts = field_read(msg, s, f, "&sub_", "a")
                emit_block(e, tagged_cond(msg, f), stmts, indent="                ")
            e("                if (sub_.err)")
            e("                    kr_fail(r, \"tagged field\");")
            e("                break;")
        e("            default:")
        e("                break; /* unknown tags are skipped by size */")
        e("            }")
        e("        }")
    e("    }")
    e("}")
    e()


def scalar_write(msg, f, w, src, compact):
    nul = nullable_expr(msg, f)
    if f.struct is not None:
        return ["encode_%s(%s, v, &%s);" % (f.struct.cname, w, src)]
    if f.is_prim():
        return ["%s(%s, %s);" % (PRIMS[f.elem][3], w, src)]
    if f.elem == "uuid":
        return ["kw_uuid(%s, &%s);" % (w, src)]
    if f.elem == "string":
        return ["kw_str(%s, %s, %s, %s);" % (w, src, compact, nul)]
    if f.elem == "bytes":
        return ["kw_bytes(%s, %s, %s, %s);" % (w, src, compact, nul)]
    return ["kw_records(%s, &%s, %s, %s);" % (w, src, compact, nul)]


def elem_write(msg, f, w, src, compact):
    if f.struct is not None:
        return ["encode_%s(%s, v, &%s);" % (f.struct.cname, w, src)]
    if f.is_prim():
        return ["%s(%s, %s);" % (PRIMS[f.elem][3], w, src)]
    if f.elem == "uuid":
        return ["kw_uuid(%s, &%s);" % (w, src)]
    if f.elem == "string":
        return ["kw_str(%s, %s, %s, false);" % (w, src, compact)]
    return ["kw_bytes(%s, %s, %s, false);" % (w, src, compact)]


def field_write(msg, f, w):
    compact = field_compact(msg, f)
    src = "x->%s" % f.cname
    if not f.is_array:
        return scalar_write(msg, f, w, src, compact)
    nul = nullable_expr(msg, f)
    out = ["kw_array_len(%s, %s_count, %s, %s);" % (w, src, compact, nul),
           "for (int32_t i_ = 0; i_ < %s_count; i_++) {" % src]
    out += ["    " + l for l in elem_write(msg, f, w, "%s[i_]" % src, compact)]
    out += ["}"]
    return out


def scalar_size(msg, f, src, compact):
    if f.struct is not None:
        return "size_%s(v, &%s)" % (f.struct.cname, src)
    if f.is_prim():
        return str(PRIMS[f.elem][1])
    if f.elem == "uuid":
        return "16"
    if f.elem == "string":
        return "ksize_str(%s, %s)" % (src, compact)
    if f.elem == "bytes":
        return "ksize_bytes(%s, %s)" % (src, compact)
    return "ksize_records(&%s, %s)" % (src, compact)


def field_size_stmts(msg, f, acc):
    """Statements adding f's encoded size to acc."""
    compact = field_compact(msg, f)
    src = "x->%s" % f.cname
    if not f.is_array:
        return ["%s += %s;" % (acc, scalar_size(msg, f, src, compact))]
    out = ["%s += ksize_array_len(%s_count, %s);" % (acc, src, compact)]
    if f.is_prim() or f.elem == "uuid":
        per = "16" if f.elem == "uuid" else str(PRIMS[f.elem][1])
        out.append("if (%s_count > 0)" % src)
        out.append("    %s += (size_t)%s_count * %s;" % (acc, src, per))
        return out
    out.append("for (int32_t i_ = 0; i_ < %s_count; i_++)" % src)
    if f.struct is not None:
        out.append("    %s += size_%s(v, &%s[i_]);" % (acc, f.struct.cname, src))
    elif f.elem == "string":
        out.append("    %s += ksize_str(%s[i_], %s);" % (acc, src, compact))
    else:
        out.append("    %s += ksize_bytes(%s[i_], %s);" % (acc, src, compact))
    return out


def gen_encode(e, msg, s):
    e("static void encode_%s(struct kwriter *w, int16_t v, const struct %s *x)" % (s.cname, s.cname))
    e("{")
    e("    const bool flex = %s;" % msg.flex_cond())
    e("    (void)flex;")
    e("    (void)v;")
    for f in s.fields:
        emit_block(e, regular_cond(msg, f), field_write(msg, f, "w"))
        absent = absent_cond(msg, f)
        if absent != "0" and not f.ignorable:
            # Kafka refuses to drop a non-default, non-ignorable field.
            check = "w->strict && !(%s)" % default_test(f, "x")
            e("    if (%s)" % (check if absent == "1" else "(%s) && %s" % (absent, check)))
            e("        kw_fail(w, -E_INVAL, \"%s.%s not in this version\");" % (s.name, f.name))
    tagged = sorted([f for f in s.fields if tagged_cond(msg, f) != "0"], key=lambda f: f.tag)
    e("    if (flex) {")
    if not tagged:
        e("        kw_uvarint(w, 0);")
    else:
        e("        uint32_t ntags_ = 0;")
        for f in tagged:
            e("        const bool has_%s = (%s) && !(%s);" % (f.cname, tagged_cond(msg, f), default_test(f, "x")))
            e("        ntags_ += has_%s;" % f.cname)
        e("        kw_uvarint(w, ntags_);")
        for f in tagged:
            e("        if (has_%s) {" % f.cname)
            e("            size_t sz_ = 0;")
            for l in field_size_stmts(msg, f, "sz_"):
                e("            " + l)
            e("            kw_uvarint(w, %d);" % f.tag)
            e("            kw_uvarint(w, (uint32_t)sz_);")
            for l in field_write(msg, f, "w"):
                e("            " + l)
            e("        }")
    e("    }")
    e("}")
    e()


def gen_size(e, msg, s):
    e("static size_t size_%s(int16_t v, const struct %s *x)" % (s.cname, s.cname))
    e("{")
    e("    const bool flex = %s;" % msg.flex_cond())
    e("    size_t n = 0;")
    e("    (void)flex;")
    e("    (void)v;")
    e("    (void)x;")
    for f in s.fields:
        emit_block(e, regular_cond(msg, f), field_size_stmts(msg, f, "n"))
    tagged = sorted([f for f in s.fields if tagged_cond(msg, f) != "0"], key=lambda f: f.tag)
    e("    if (flex) {")
    if not tagged:
        e("        n += 1;")
    else:
        e("        uint32_t ntags_ = 0;")
        for f in tagged:
            e("        if ((%s) && !(%s)) {" % (tagged_cond(msg, f), default_test(f, "x")))
            e("            size_t sz_ = 0;")
            for l in field_size_stmts(msg, f, "sz_"):
                e("            " + l)
            e("            n += ksize_uvarint(%d) + ksize_uvarint((uint32_t)sz_) + sz_;" % f.tag)
            e("            ntags_++;")
            e("        }")
        e("        n += ksize_uvarint(ntags_);")
    e("    }")
    e("    return n;")
    e("}")
    e()


def message_prototypes(msg):
    """Forward declarations of the static per-struct functions."""
    out = []
    for s in msg.order:
        out.append("static void decode_%s(struct kreader *r, struct arena *a, int16_t v, struct %s *x);" % (s.cname, s.cname))
        out.append("static void encode_%s(struct kwriter *w, int16_t v, const struct %s *x);" % (s.cname, s.cname))
        out.append("static size_t size_%s(int16_t v, const struct %s *x);" % (s.cname, s.cname))
    return out


def gen_message_c(e, msg):
    for l in message_prototypes(msg):
        e(l)
    e()
    for s in msg.order:
        gen_minsz_tables(e, msg, s)
    e()
    for s in msg.order:
        gen_init(e, msg, s)
        gen_is_default(e, s)
        gen_decode(e, msg, s)
        gen_encode(e, msg, s)
        gen_size(e, msg, s)
    top = msg.top.cname
    e("int %s_decode(struct kreader *r, struct arena *a, int16_t v, struct %s *out)" % (top, top))
    e("{")
    e("    %s_init(out);" % top)
    e("    if (v < %d || v > %d)" % (msg.vmin, msg.vmax))
    e("        return -E_UNSUPPORTED;")
    e("    decode_%s(r, a, v, out);" % top)
    e("    return r->err;")
    e("}")
    e()
    e("int %s_encode(struct kwriter *w, int16_t v, const struct %s *in)" % (top, top))
    e("{")
    e("    if (v < %d || v > %d)" % (msg.vmin, msg.vmax))
    e("        return -E_UNSUPPORTED;")
    e("    encode_%s(w, v, in);" % top)
    e("    return w->err;")
    e("}")
    e()
    e("size_t %s_size(int16_t v, const struct %s *in)" % (top, top))
    e("{")
    e("    return size_%s(v, in);" % top)
    e("}")
    e()


def gen_message_h(e, msg):
    for s in msg.order:
        gen_struct_decl(e, s)
    for s in msg.order:
        e("/* Set every field of x to its spec default. */")
        e("void %s_init(struct %s *x);" % (s.cname, s.cname))
        e("bool %s_is_default(const struct %s *x);" % (s.cname, s.cname))
    top = msg.top.cname
    e()
    e("/* Decode version v from r; arrays come from arena a, strings and bytes")
    e(" * are views into r's buffer. Returns 0, r->err, or -E_UNSUPPORTED. */")
    e("int %s_decode(struct kreader *r, struct arena *a, int16_t v, struct %s *out);" % (top, top))
    e("/* Append version v of in to w. Returns 0 or w->err. */")
    e("int %s_encode(struct kwriter *w, int16_t v, const struct %s *in);" % (top, top))
    e("/* Bytes %s_encode would write for version v. */" % top)
    e("size_t %s_size(int16_t v, const struct %s *in);" % (top, top))
    e()


# ----------------------------------------------------------- test fixtures


def fx_random_stmts(msg, f, tgt, nullable_c):
    """Statements giving one value of f's element type a random value."""
    if f.struct is not None:
        return ["fx_random_%s(&%s, a, v, rng, depth + 1);" % (f.struct.cname, tgt)]
    if f.elem == "bool":
        return ["%s = fx_next(rng) & 1;" % tgt]
    if f.elem == "float64":
        return ["%s = fx_double(rng);" % tgt]
    if f.is_prim():
        return ["%s = (%s)fx_next(rng);" % (tgt, PRIMS[f.elem][0])]
    if f.elem == "uuid":
        return ["fx_uuid(rng, &%s);" % tgt]
    if f.elem == "string":
        return ["%s = fx_str(rng, a, %s);" % (tgt, nullable_c)]
    if f.elem == "bytes":
        return ["%s = fx_bytes(rng, a, %s);" % (tgt, nullable_c)]
    return ["{", "    struct kbytes b_ = fx_bytes(rng, a, %s);" % nullable_c,
            "    %s.ptr = b_.ptr;" % tgt, "    %s.len = b_.len;" % tgt, "}"]


def fx_field_random(msg, f):
    tgt = "x->%s" % f.cname
    nul = nullable_expr(msg, f)
    if not f.is_array:
        return fx_random_stmts(msg, f, tgt, nul)
    elem = "struct %s" % f.struct.cname if f.struct else (
        PRIMS[f.elem][0] if f.is_prim() else ("struct kuuid" if f.elem == "uuid" else VIEWS[f.elem]))
    out = ["{",
           "    int32_t n_ = fx_count(rng, depth, %s);" % nul,
           "    %s_count = n_;" % tgt,
           "    %s = n_ > 0 ? arena_calloc(a, (size_t)n_, sizeof(%s)) : NULL;" % (tgt, elem),
           "    for (int32_t i_ = 0; i_ < n_; i_++) {"]
    if f.struct is not None:
        out.append("        %s_init(&%s[i_]);" % (f.struct.cname, tgt))
    out += ["        " + l for l in fx_random_stmts(msg, f, "%s[i_]" % tgt, "false")]
    out += ["    }", "}"]
    return out


def fx_eq_expr(msg, f, a, b):
    if f.struct is not None:
        return "fx_eq_%s(&%s, &%s, v)" % (f.struct.cname, a, b)
    if f.elem == "bool":
        return "(!%s == !%s)" % (a, b)
    if f.elem == "float64":
        return "fx_double_eq(%s, %s)" % (a, b)
    if f.is_prim():
        return "%s == %s" % (a, b)
    if f.elem == "uuid":
        return "memcmp(%s.b, %s.b, 16) == 0" % (a, b)
    if f.elem == "string":
        return "kstr_eq(%s, %s)" % (a, b)
    if f.elem == "bytes":
        return "kbytes_eq(%s, %s)" % (a, b)
    return "fx_records_eq(&%s, &%s)" % (a, b)


def gen_fixtures(e, msg):
    for s in msg.order:
        e("static void fx_random_%s(struct %s *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth);" % (s.cname, s.cname))
        e("static bool fx_eq_%s(const struct %s *x, const struct %s *y, int16_t v);" % (s.cname, s.cname, s.cname))
    e()
    for s in msg.order:
        e("static void fx_random_%s(struct %s *x, struct arena *a, int16_t v, struct fx_rng *rng, int depth)" % (s.cname, s.cname))
        e("{")
        e("    (void)a; (void)v; (void)rng; (void)depth; (void)x;")
        for f in s.fields:
            cond = cond_from_set(version_set(msg, f.versions.contains), msg.vmin, msg.vmax)
            stmts = fx_field_random(msg, f)
            if f.tagged is not None:
                # Leave tagged fields at their default half the time, so
                # both "absent" and "present" encodings are exercised.
                stmts = ["if (fx_next(rng) & 1) {"] + ["    " + l for l in stmts] + ["}"]
            emit_block(e, cond, stmts)
        e("}")
        e()
        e("static bool fx_eq_%s(const struct %s *x, const struct %s *y, int16_t v)" % (s.cname, s.cname, s.cname))
        e("{")
        e("    (void)v; (void)x; (void)y;")
        for f in s.fields:
            cond = cond_from_set(version_set(msg, f.versions.contains), msg.vmin, msg.vmax)
            if cond == "0":
                continue
            if f.is_array:
                stmts = ["if (x->%s_count != y->%s_count)" % (f.cname, f.cname), "    return false;",
                         "for (int32_t i_ = 0; i_ < x->%s_count; i_++)" % f.cname,
                         "    if (!(%s))" % fx_eq_expr(msg, f, "x->%s[i_]" % f.cname, "y->%s[i_]" % f.cname),
                         "        return false;"]
            else:
                stmts = ["if (!(%s))" % fx_eq_expr(msg, f, "x->%s" % f.cname, "y->%s" % f.cname),
                         "    return false;"]
            emit_block(e, cond, stmts)
        e("    return true;")
        e("}")
        e()
    top = msg.top.cname
    e("static void fx_random_%s_top(void *x, struct arena *a, int16_t v, struct fx_rng *rng)" % top)
    e("{")
    e("    %s_init(x);" % top)
    e("    fx_random_%s(x, a, v, rng, 0);" % top)
    e("}")
    e()
    e("static bool fx_eq_%s_top(const void *x, const void *y, int16_t v)" % top)
    e("{")
    e("    return fx_eq_%s(x, y, v);" % top)
    e("}")
    e()


# --------------------------------------------------------------- driving


def parse_apis(path):
    apis = []
    pat = re.compile(r"^\s*API\(\s*(\d+)\s*,\s*(\w+)\s*,\s*(\w+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)")
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = pat.match(line)
            if m:
                apis.append((int(m.group(1)), m.group(2), m.group(3), int(m.group(4)), int(m.group(5))))
    if not apis:
        raise SystemExit("no API(...) lines in %s" % path)
    return apis


def banner(spec_files):
    return ("/* generated from %s by protocol/gen/gen.py; do not edit (make regen). */"
            % ", ".join(spec_files))


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def build_api(spec_dir, key, cname, spec_name, vmin, vmax):
    req_spec = load_spec(os.path.join(spec_dir, spec_name + "Request.json"))
    resp_spec = load_spec(os.path.join(spec_dir, spec_name + "Response.json"))
    for sp in (req_spec, resp_spec):
        if sp.get("apiKey") != key:
            raise SystemExit("%s: apiKey %s != %d" % (spec_name, sp.get("apiKey"), key))
        vv = Versions(sp["validVersions"])
        if vmin < vv.lo or vmax > vv.hi:
            raise SystemExit("%s: served %d-%d outside valid %s" % (spec_name, vmin, vmax, sp["validVersions"]))
    req = Message(req_spec, cname + "_req", vmin, vmax)
    resp = Message(resp_spec, cname + "_resp", vmin, vmax)
    return req, resp


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spec", default="../shared/kafka-protocol/messages")
    ap.add_argument("--apis", default="protocol/apis.def")
    ap.add_argument("--out", default="protocol/msg")
    ap.add_argument("--fixtures", default=None,
                    help="also write msg_fixtures.c/.h (random instances, equality) here")
    args = ap.parse_args()

    apis = parse_apis(args.apis)
    os.makedirs(args.out, exist_ok=True)
    built = []
    for key, cname, spec_name, vmin, vmax in apis:
        req, resp = build_api(args.spec, key, cname, spec_name, vmin, vmax)
        built.append((key, cname, spec_name, vmin, vmax, req, resp))
        files = [spec_name + "Request.json", spec_name + "Response.json"]
        guard = "SLUICE_MSG_%s_H" % cname.upper()
        h = Emitter()
        h(banner(files))
        h("/* %s (ApiKey %d), versions %d-%d. */" % (spec_name, key, vmin, vmax))
        h("#ifndef %s" % guard)
        h("#define %s" % guard)
        h()
        h("#include <stdbool.h>")
        h("#include <stddef.h>")
        h("#include <stdint.h>")
        h()
        h('#include "protocol/arena.h"')
        h('#include "protocol/kbuf.h"')
        h()
        h("#define %s_API_KEY %d" % (cname.upper(), key))
        h("#define %s_MIN_VERSION %d" % (cname.upper(), vmin))
        h("#define %s_MAX_VERSION %d" % (cname.upper(), vmax))
        h("#define %s_FLEX_VERSION %d /* first flexible version, -1 if none */"
          % (cname.upper(), req.flexible.lo if req.flexible.lo is not None else -1))
        h()
        gen_message_h(h, req)
        gen_message_h(h, resp)
        h("#endif")
        write(os.path.join(args.out, cname + ".h"), h.text())

        c = Emitter()
        c(banner(files))
        c('#include "protocol/msg/%s.h"' % cname)
        c()
        c("#include <string.h>")
        c()
        c('#include "protocol/status.h"')
        c()
        gen_message_c(c, req)
        gen_message_c(c, resp)
        write(os.path.join(args.out, cname + ".c"), c.text())

    # Headers: RequestHeader 1-2 and ResponseHeader 0-1 (v0 request header is
    # only for ControlledShutdown v0, which nobody serves).
    rqh = Message(load_spec(os.path.join(args.spec, "RequestHeader.json")), "request_header", 1, 2)
    rsh = Message(load_spec(os.path.join(args.spec, "ResponseHeader.json")), "response_header", 0, 1)
    files = ["RequestHeader.json", "ResponseHeader.json"]
    h = Emitter()
    h(banner(files))
    h("#ifndef SLUICE_MSG_HEADER_H")
    h("#define SLUICE_MSG_HEADER_H")
    h()
    h("#include <stdbool.h>")
    h("#include <stddef.h>")
    h("#include <stdint.h>")
    h()
    h('#include "protocol/arena.h"')
    h('#include "protocol/kbuf.h"')
    h()
    gen_message_h(h, rqh)
    gen_message_h(h, rsh)
    h("#endif")
    write(os.path.join(args.out, "header.h"), h.text())
    c = Emitter()
    c(banner(files))
    c('#include "protocol/msg/header.h"')
    c()
    c("#include <string.h>")
    c()
    c('#include "protocol/status.h"')
    c()
    gen_message_c(c, rqh)
    gen_message_c(c, rsh)
    write(os.path.join(args.out, "header.c"), c.text())

    gen_registry(args.out, built)
    if args.fixtures:
        gen_fixture_files(args.fixtures, built)
    print("generated %d APIs into %s" % (len(built), args.out))


def gen_registry(out, built):
    h = Emitter()
    h(banner(["protocol/apis.def"]))
    h("/*")
    h(" * registry.h - every generated API by key: served version range, first")
    h(" * flexible version, and type-erased codec entry points, so that framing,")
    h(" * dispatch, tests and fuzzers can walk all of them.")
    h(" */")
    h("#ifndef SLUICE_MSG_REGISTRY_H")
    h("#define SLUICE_MSG_REGISTRY_H")
    h()
    h("#include <stddef.h>")
    h("#include <stdint.h>")
    h()
    h('#include "protocol/arena.h"')
    h('#include "protocol/kbuf.h"')
    h()
    for (key, cname, *_rest) in built:
        h('#include "protocol/msg/%s.h"' % cname)
    h('#include "protocol/msg/header.h"')
    h()
    h("struct kmsg_codec {")
    h("    size_t struct_size;")
    h("    void (*init)(void *x); /* set spec defaults */")
    h("    int (*decode)(struct kreader *r, struct arena *a, int16_t v, void *out);")
    h("    int (*encode)(struct kwriter *w, int16_t v, const void *in);")
    h("    size_t (*size)(int16_t v, const void *in);")
    h("};")
    h()
    h("struct kmsg_api {")
    h("    int16_t key;")
    h("    const char *name;     /* \"Produce\" */")
    h("    int16_t min_version;  /* served range (apis.def) */")
    h("    int16_t max_version;")
    h("    int16_t flex_version; /* first flexible version, -1 if none */")
    h("    struct kmsg_codec req;")
    h("    struct kmsg_codec resp;")
    h("};")
    h()
    h("#define KMSG_MAX_KEY %d" % max(b[0] for b in built))
    h()
    h("/* The API with this key, or NULL if it is not generated. */")
    h("const struct kmsg_api *kmsg_lookup(int16_t key);")
    h("/* All generated APIs, in apis.def order; *count receives the number. */")
    h("const struct kmsg_api *kmsg_all(size_t *count);")
    h("/* Request header version for (key, version): 2 when flexible, else 1. */")
    h("int16_t kmsg_request_header_version(const struct kmsg_api *api, int16_t version);")
    h("/* Response header version: 1 when flexible, else 0; always 0 for")
    h(" * ApiVersions so that old clients can read its error. */")
    h("int16_t kmsg_response_header_version(const struct kmsg_api *api, int16_t version);")
    h()
    h("#endif")
    write(os.path.join(out, "registry.h"), h.text())

    c = Emitter()
    c(banner(["protocol/apis.def"]))
    c('#include "protocol/msg/registry.h"')
    c()
    for (key, cname, *_rest) in built:
        for side in ("req", "resp"):
            t = "%s_%s" % (cname, side)
            c("static int %s_decode_any(struct kreader *r, struct arena *a, int16_t v, void *out)" % t)
            c("{")
            c("    return %s_decode(r, a, v, out);" % t)
            c("}")
            c("static int %s_encode_any(struct kwriter *w, int16_t v, const void *in)" % t)
            c("{")
            c("    return %s_encode(w, v, in);" % t)
            c("}")
            c("static void %s_init_any(void *x)" % t)
            c("{")
            c("    %s_init(x);" % t)
            c("}")
            c("static size_t %s_size_any(int16_t v, const void *in)" % t)
            c("{")
            c("    return %s_size(v, in);" % t)
            c("}")
    c()
    c("static const struct kmsg_api apis[] = {")
    for (key, cname, spec_name, vmin, vmax, req, resp) in built:
        flex = req.flexible.lo if req.flexible.lo is not None else -1
        codecs = []
        for side in ("req", "resp"):
            t = "%s_%s" % (cname, side)
            codecs.append("{sizeof(struct %s), %s_init_any, %s_decode_any, %s_encode_any, %s_size_any}"
                          % (t, t, t, t, t))
        c('    {%d, "%s", %d, %d, %d,' % (key, spec_name, vmin, vmax, flex))
        c("     %s," % codecs[0])
        c("     %s}," % codecs[1])
    c("};")
    c()
    c("static const struct kmsg_api *by_key[KMSG_MAX_KEY + 1] = {")
    for i, b in enumerate(built):
        c("    [%d] = &apis[%d]," % (b[0], i))
    c("};")
    c()
    c("const struct kmsg_api *kmsg_lookup(int16_t key)")
    c("{")
    c("    if (key < 0 || key > KMSG_MAX_KEY)")
    c("        return NULL;")
    c("    return by_key[key];")
    c("}")
    c()
    c("const struct kmsg_api *kmsg_all(size_t *count)")
    c("{")
    c("    *count = sizeof apis / sizeof apis[0];")
    c("    return apis;")
    c("}")
    c()
    c("int16_t kmsg_request_header_version(const struct kmsg_api *api, int16_t version)")
    c("{")
    c("    return api->flex_version >= 0 && version >= api->flex_version ? 2 : 1;")
    c("}")
    c()
    c("int16_t kmsg_response_header_version(const struct kmsg_api *api, int16_t version)")
    c("{")
    c("    if (api->key == 18) /* ApiVersions: always header v0 */")
    c("        return 0;")
    c("    return api->flex_version >= 0 && version >= api->flex_version ? 1 : 0;")
    c("}")
    write(os.path.join(out, "registry.c"), c.text())


def gen_fixture_files(out, built):
    os.makedirs(out, exist_ok=True)
    h = Emitter()
    h(banner(["protocol/apis.def"]))
    h("/* msg_fixtures.h - random instances and per-version equality for every")
    h(" * generated request and response (codec round-trip tests and fuzz seeds). */")
    h("#ifndef SLUICE_MSG_FIXTURES_H")
    h("#define SLUICE_MSG_FIXTURES_H")
    h()
    h("#include <stdbool.h>")
    h("#include <stdint.h>")
    h()
    h('#include "protocol/msg/registry.h"')
    h('#include "tests/protocol/fx_random.h"')
    h()
    h("struct fx_codec {")
    h("    void (*random)(void *x, struct arena *a, int16_t v, struct fx_rng *rng);")
    h("    bool (*eq)(const void *x, const void *y, int16_t v);")
    h("};")
    h()
    h("struct fx_api {")
    h("    int16_t key;")
    h("    struct fx_codec req;")
    h("    struct fx_codec resp;")
    h("};")
    h()
    h("/* Fixtures for the API with this key, or NULL. */")
    h("const struct fx_api *fx_lookup(int16_t key);")
    h()
    h("#endif")
    write(os.path.join(out, "msg_fixtures.h"), h.text())

    c = Emitter()
    c(banner(["protocol/apis.def"]))
    c('#include "tests/protocol/msg_fixtures.h"')
    c()
    c("#include <string.h>")
    c()
    for (key, cname, spec_name, vmin, vmax, req, resp) in built:
        gen_fixtures(c, req)
        gen_fixtures(c, resp)
    c("static const struct fx_api fx_apis[] = {")
    for (key, cname, *_rest) in built:
        c("    {%d, {fx_random_%s_req_top, fx_eq_%s_req_top}, {fx_random_%s_resp_top, fx_eq_%s_resp_top}},"
          % (key, cname, cname, cname, cname))
    c("};")
    c()
    c("const struct fx_api *fx_lookup(int16_t key)")
    c("{")
    c("    for (size_t i = 0; i < sizeof fx_apis / sizeof fx_apis[0]; i++)")
    c("        if (fx_apis[i].key == key)")
    c("            return &fx_apis[i];")
    c("    return NULL;")
    c("}")
    write(os.path.join(out, "msg_fixtures.c"), c.text())


if __name__ == "__main__":
    sys.exit(main())
