/* nn_error.c — the last-error buffer. */
#include <stdarg.h>
#include <stdio.h>

#include "nn_internal.h"

static char nn__error_text[256];

const char *nn_last_error(void) { return nn__error_text; }

void nn_clear_error(void) { nn__error_text[0] = '\0'; }

int nn__fail(const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    vsnprintf(nn__error_text, sizeof nn__error_text, fmt, args);
    va_end(args);
    return NN_ERR;
}
