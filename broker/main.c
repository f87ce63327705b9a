/* main.c - placeholder entry point until the broker issue lands. */
#include <stdio.h>

int main(void)
{
    fprintf(stderr, "sluice: broker not built yet\n");
    return 1;
}
