/*
 * test_deploy.c - deploy/ stays in step with the build: no Docker engine
 * runs here, so the compose file is validated by docker-compose itself and
 * the Dockerfile's build stage is checked against scripts/deps.sh and the
 * Makefile. Runs from the repository root.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f, "cannot open %s", path);
    static char buf[65536];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return strdup(buf);
}

Test(deploy, compose_file_is_valid)
{
    int rc = system("docker-compose -f deploy/docker-compose.yml config -q");
    cr_assert_eq(rc, 0, "docker-compose rejected deploy/docker-compose.yml");
}

Test(deploy, dockerfile_installs_every_build_package)
{
    char *deps = slurp("scripts/deps.sh");
    char *docker = slurp("deploy/Dockerfile");
    char *start = strstr(deps, "build_pkgs=\"");
    cr_assert_not_null(start);
    start += strlen("build_pkgs=\"");
    char *end = strchr(start, '"');
    cr_assert_not_null(end);
    *end = '\0';
    int checked = 0;
    for (char *tok = strtok(start, " \n"); tok; tok = strtok(NULL, " \n")) {
        char word[128];
        snprintf(word, sizeof word, " %s", tok);
        cr_assert_not_null(strstr(docker, word), "deploy/Dockerfile does not install %s", tok);
        checked++;
    }
    cr_assert_gt(checked, 5);
    free(deps);
    free(docker);
}

Test(deploy, dockerfile_build_steps_are_makefile_targets)
{
    char *docker = slurp("deploy/Dockerfile");
    cr_assert_not_null(strstr(docker, "scripts/deps.sh build && make build/sluice"));
    /* `make -n` proves the target exists and has a recipe. */
    cr_assert_eq(system("make -n build/sluice >/dev/null 2>&1"), 0);
    cr_assert_not_null(strstr(docker, "USER sluice"), "the image must not run as root");
    cr_assert_not_null(strstr(docker, "HEALTHCHECK"));
    cr_assert_not_null(strstr(docker, "VOLUME"));
    free(docker);
}
