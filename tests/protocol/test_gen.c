/*
 * test_gen.c - the committed generated code is exactly what the generator
 * makes from the specs: regenerate into a temporary folder and compare.
 * Skipped (not passed) when the spec folder is absent. Runs from the
 * repository root, as `make test` does.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *spec_dir(void)
{
    const char *d = getenv("SPEC_DIR");
    return d && *d ? d : "../shared/kafka-protocol/messages";
}

Test(gen, committed_code_matches_the_specs)
{
    if (access(spec_dir(), R_OK) != 0)
        cr_skip_test("spec folder %s not present", spec_dir());
    cr_assert_eq(access("protocol/gen/gen.py", R_OK), 0, "run the tests from the repository root");
    char tmpl[] = "/tmp/sluice-gen-XXXXXX";
    cr_assert_not_null(mkdtemp(tmpl));
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "python3 protocol/gen/gen.py --spec '%s' --apis protocol/apis.def --out %s/msg "
             "--fixtures %s/fx >/dev/null && "
             "diff -r protocol/msg %s/msg >&2 && "
             "diff tests/protocol/msg_fixtures.c %s/fx/msg_fixtures.c >&2 && "
             "diff tests/protocol/msg_fixtures.h %s/fx/msg_fixtures.h >&2",
             spec_dir(), tmpl, tmpl, tmpl, tmpl, tmpl);
    int rc = system(cmd);
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpl);
    (void)system(cmd);
    cr_assert_eq(rc, 0, "generated code differs from the generator's output: run make regen");
}

Test(gen, generated_files_carry_the_do_not_edit_line)
{
    FILE *f = fopen("protocol/msg/produce.c", "r");
    cr_assert_not_null(f);
    char line[512];
    cr_assert_not_null(fgets(line, sizeof line, f));
    fclose(f);
    cr_assert_not_null(strstr(line, "do not edit"), "first line: %s", line);
}
