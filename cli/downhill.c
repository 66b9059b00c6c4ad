/* downhill.c — the native command-line trainer on the Downhill core.
 *
 *   downhill train      [options]   train a model, one line (or JSON object) per epoch
 *   downhill perceptron [options]   the perceptron trick, one step at a time
 *   downhill --help | --version
 *
 * Exit codes
 *   0  the command ran. A diverged or early-stopped run is a result, not an
 *      error: it exits 0 and says so in its last line ("status").
 *   1  a runtime failure outside the arguments' control: a file that cannot be
 *      read, a CSV the parser rejects, out of memory.
 *   2  a usage error: unknown command or flag, missing or malformed value, a
 *      value the core rejects (its nn_last_error() text is shown), or flags that
 *      do not fit the data (e.g. --model logistic on a 3-class dataset).
 * Every error is one line on stderr starting with "downhill: ".
 *
 * Range rules live in the core: each flag's value is checked by applying it to
 * a default nn_config / nn_optimizer / nn_schedule and calling the matching
 * *_validate, so the message names the flag and says what the core accepts.
 */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nn.h"

#define DOWNHILL_VERSION "0.1.0"

enum { EXIT_RUNTIME = 1, EXIT_USAGE = 2 };

/* ---- error output -------------------------------------------------------- */

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static int fail(int code, const char *fmt, ...)
{
    va_list args;
    fputs("downhill: ", stderr);
    va_start(args, fmt);
    vfprintf(stderr, fmt, args);
    va_end(args);
    fputc('\n', stderr);
    return code;
}

/* ---- options -------------------------------------------------------------- */

enum opt_id {
    O_HELP, O_JSON,
    O_DATASET, O_COUNT, O_NOISE, O_DATA_SEED, O_TEST_RATIO, O_CSV, O_FEATURES, O_LABEL,
    O_HEADER, O_DELIMITER, O_STANDARDIZE,
    O_MODEL, O_HIDDEN, O_ACTIVATION, O_LOSS,
    O_OPTIMIZER, O_LR, O_MOMENTUM, O_RHO, O_BETA1, O_BETA2, O_EPS,
    O_SCHEDULE, O_SCHED_STEP, O_GAMMA, O_SCHED_PATIENCE, O_MIN_LR,
    O_BATCH, O_REG, O_REG_RATE, O_DROPOUT, O_PATIENCE,
    O_SEED, O_EPOCHS, O_RESTARTS, O_EVERY,
    O_INIT, O_STEPS,
    O_COUNT_
};

enum { CMD_TRAIN = 1, CMD_PERCEPTRON = 2, CMD_BOTH = 3 };

typedef struct opt_spec {
    const char *name;    /* without the leading "--" */
    const char *metavar; /* NULL for a switch that takes no value */
    int id;
    int commands;        /* CMD_* mask */
    const char *help;
} opt_spec;

static const opt_spec OPTS[] = {
    {"dataset", "NAME", O_DATASET, CMD_BOTH, "synthetic dataset (see below)"},
    {"count", "N", O_COUNT, CMD_BOTH, "points to generate (truth tables ignore it)"},
    {"noise", "X", O_NOISE, CMD_BOTH, "generator noise in [0, 1]"},
    {"data-seed", "N", O_DATA_SEED, CMD_TRAIN, "seed for generating and splitting the data"},
    {"csv", "FILE", O_CSV, CMD_BOTH,
     "read points from a CSV file ('-' = stdin): comma-, semicolon- or tab-separated, UTF-8, UTF-16 or Windows-1252"},
    {"features", "A,B", O_FEATURES, CMD_BOTH,
     "CSV feature columns: names, or 0-based indices (#N is always index N)"},
    {"label", "COL", O_LABEL, CMD_BOTH, "CSV label column, name or 0-based index"},
    {"header", "auto|yes|no", O_HEADER, CMD_BOTH,
     "does the CSV's first row name the columns? auto: yes when one of its cells is text or empty above a "
     "column of numbers; without a header the columns are x1, x2, ..."},
    {"delimiter", "NAME", O_DELIMITER, CMD_BOTH,
     "CSV field separator: auto, comma, semicolon or tab (then numbers may use decimal commas)"},
    {"test-ratio", "X", O_TEST_RATIO, CMD_TRAIN, "fraction of the points held out for testing, [0, 1)"},
    {"standardize", "auto|on|off", O_STANDARDIZE, CMD_TRAIN,
     "standardize features with the training set's mean and std; auto = on for --csv and admissions"},
    {"model", "KIND", O_MODEL, CMD_TRAIN, "model kind:"},
    {"hidden", "N,N|none", O_HIDDEN, CMD_TRAIN,
     "units per hidden layer; 'none' = no hidden layers (then the default model is logistic, or softmax for > 2 classes)"},
    {"activation", "NAME", O_ACTIVATION, CMD_TRAIN, "hidden-layer activation:"},
    {"loss", "NAME", O_LOSS, CMD_TRAIN, "loss (also bce, ce, mse):"},
    {"optimizer", "NAME", O_OPTIMIZER, CMD_TRAIN, "optimizer:"},
    {"lr", "X", O_LR, CMD_BOTH, "learning rate"},
    {"momentum", "X", O_MOMENTUM, CMD_TRAIN, "momentum and nesterov: mu"},
    {"rho", "X", O_RHO, CMD_TRAIN, "rmsprop: decay rho"},
    {"beta1", "X", O_BETA1, CMD_TRAIN, "adam: beta1"},
    {"beta2", "X", O_BETA2, CMD_TRAIN, "adam: beta2"},
    {"eps", "X", O_EPS, CMD_TRAIN, "adagrad, rmsprop, adam: epsilon"},
    {"schedule", "NAME", O_SCHEDULE, CMD_TRAIN, "learning-rate schedule:"},
    {"schedule-step", "N", O_SCHED_STEP, CMD_TRAIN, "step schedule: epochs between decays"},
    {"gamma", "X", O_GAMMA, CMD_TRAIN, "schedule decay factor in (0, 1]"},
    {"schedule-patience", "N", O_SCHED_PATIENCE, CMD_TRAIN, "plateau: epochs without improvement"},
    {"min-lr", "X", O_MIN_LR, CMD_TRAIN, "plateau: lowest rate"},
    {"batch", "N", O_BATCH, CMD_TRAIN, "examples per update; 1 = stochastic, >= n = full batch"},
    {"reg", "KIND", O_REG, CMD_TRAIN, "regularization:"},
    {"reg-rate", "X", O_REG_RATE, CMD_TRAIN, "regularization rate lambda"},
    {"dropout", "P", O_DROPOUT, CMD_TRAIN, "drop probability for hidden units"},
    {"patience", "N", O_PATIENCE, CMD_TRAIN, "early stopping: epochs without test-loss gain; 0 = off"},
    {"seed", "N", O_SEED, CMD_TRAIN, "seed for weights, shuffles and dropout (and the data, unless --data-seed)"},
    {"seed", "N", O_SEED, CMD_PERCEPTRON, "seed for generated data"},
    {"epochs", "N", O_EPOCHS, CMD_TRAIN, "epochs to train (per restart)"},
    {"restarts", "N", O_RESTARTS, CMD_TRAIN, "train N runs from seeds seed..seed+N-1, keep the lowest final test loss; its epoch lines (the last 4096 at most) print afterwards"},
    {"every", "N", O_EVERY, CMD_TRAIN, "print every Nth epoch (the last one always)"},
    {"init", "W1,..,B", O_INIT, CMD_PERCEPTRON, "starting weights then bias, one weight per feature"},
    {"steps", "N", O_STEPS, CMD_PERCEPTRON, "perceptron-trick steps at most"},
    {"json", NULL, O_JSON, CMD_BOTH, "print JSON Lines instead of text"},
    {"help", NULL, O_HELP, CMD_BOTH, "show this help"},
};
#define N_OPTS ((int)(sizeof OPTS / sizeof OPTS[0]))

typedef struct args {
    int command;
    const char *val[O_COUNT_]; /* last value given for each option, NULL if absent */
} args;

/* Defaults that are the CLI's own (the rest come from the core's defaults). */
#define DEF_TRAIN_DATASET "xor"
#define DEF_COUNT 400
#define DEF_NOISE 0.1f
#define DEF_TEST_RATIO 0.5f
#define DEF_EPOCHS 100
#define DEF_PERCEPTRON_LR 0.1f
#define DEF_STEPS 100

/* The default shown in --help for option id, into buf. */
static void default_text(int id, int command, char *buf, size_t size)
{
    nn_config c;
    nn_config_default(&c);
    nn_optimizer adam = nn_optimizer_default(NN_OPT_ADAM);
    nn_optimizer mom = nn_optimizer_default(NN_OPT_MOMENTUM);
    nn_optimizer rms = nn_optimizer_default(NN_OPT_RMSPROP);
    nn_schedule step = nn_schedule_default(NN_SCHED_STEP);
    nn_schedule expo = nn_schedule_default(NN_SCHED_EXPONENTIAL);
    nn_schedule plat = nn_schedule_default(NN_SCHED_PLATEAU);
    buf[0] = '\0';
    switch (id) {
    case O_DATASET:
        snprintf(buf, size, "%s", command == CMD_TRAIN ? DEF_TRAIN_DATASET : "none; --csv or --dataset is required");
        break;
    case O_COUNT: snprintf(buf, size, "%d", DEF_COUNT); break;
    case O_NOISE: snprintf(buf, size, "%g", (double)DEF_NOISE); break;
    case O_DATA_SEED: snprintf(buf, size, "--seed"); break;
    case O_CSV: snprintf(buf, size, "none"); break;
    case O_FEATURES: snprintf(buf, size, "every column but the label"); break;
    case O_LABEL: snprintf(buf, size, "the last column"); break;
    case O_HEADER: snprintf(buf, size, "auto"); break;
    case O_DELIMITER: snprintf(buf, size, "auto"); break;
    case O_TEST_RATIO: snprintf(buf, size, "%g", (double)DEF_TEST_RATIO); break;
    case O_STANDARDIZE: snprintf(buf, size, "auto"); break;
    case O_MODEL: snprintf(buf, size, "%s", nn_model_kind_name(c.kind)); break;
    case O_HIDDEN: {
        size_t used = 0;
        for (int i = 0; i < c.hidden_layers && used < size; i++)
            used += (size_t)snprintf(buf + used, size - used, i ? ",%d" : "%d", c.hidden[i]);
        break;
    }
    case O_ACTIVATION: snprintf(buf, size, "%s", nn_activation_name(c.activation)); break;
    case O_LOSS: snprintf(buf, size, "%s", nn_loss_name(c.loss)); break;
    case O_OPTIMIZER: snprintf(buf, size, "%s", nn_optimizer_name(c.optimizer.kind)); break;
    case O_LR:
        snprintf(buf, size, "%g", (double)(command == CMD_TRAIN ? c.lr : DEF_PERCEPTRON_LR));
        break;
    case O_MOMENTUM: snprintf(buf, size, "%g", (double)mom.momentum); break;
    case O_RHO: snprintf(buf, size, "%g", (double)rms.rho); break;
    case O_BETA1: snprintf(buf, size, "%g", (double)adam.beta1); break;
    case O_BETA2: snprintf(buf, size, "%g", (double)adam.beta2); break;
    case O_EPS: snprintf(buf, size, "%g", (double)adam.eps); break;
    case O_SCHEDULE: snprintf(buf, size, "%s", nn_schedule_name(c.schedule.kind)); break;
    case O_SCHED_STEP: snprintf(buf, size, "%d", step.step); break;
    case O_GAMMA:
        snprintf(buf, size, "%g, %g for exponential", (double)step.gamma, (double)expo.gamma);
        break;
    case O_SCHED_PATIENCE: snprintf(buf, size, "%d", plat.patience); break;
    case O_MIN_LR: snprintf(buf, size, "%g", (double)plat.min_lr); break;
    case O_BATCH: snprintf(buf, size, "%d", c.batch); break;
    case O_REG: snprintf(buf, size, "%s", nn_reg_name(c.reg)); break;
    case O_REG_RATE: snprintf(buf, size, "%g", (double)c.reg_rate); break;
    case O_DROPOUT: snprintf(buf, size, "%g", (double)c.dropout); break;
    case O_PATIENCE: snprintf(buf, size, "%d", c.patience); break;
    case O_SEED: snprintf(buf, size, "%llu", (unsigned long long)c.seed); break;
    case O_EPOCHS: snprintf(buf, size, "%d", DEF_EPOCHS); break;
    case O_RESTARTS: snprintf(buf, size, "1"); break;
    case O_EVERY: snprintf(buf, size, "1"); break;
    case O_INIT: snprintf(buf, size, "all 0"); break;
    case O_STEPS: snprintf(buf, size, "%d", DEF_STEPS); break;
    default: break;
    }
}

/* nn_*_name as int -> name, for the choice lists in --help. */
static const char *model_name(int i) { return nn_model_kind_name((nn_model_kind)i); }
static const char *activation_name(int i) { return nn_activation_name((nn_activation)i); }
static const char *loss_name(int i) { return nn_loss_name((nn_loss)i); }
static const char *optimizer_name(int i) { return nn_optimizer_name((nn_optimizer_kind)i); }
static const char *schedule_name(int i) { return nn_schedule_name((nn_schedule_kind)i); }
static const char *reg_name(int i) { return nn_reg_name((nn_reg_kind)i); }

static void print_dataset_names(FILE *f)
{
    fputs("Datasets:", f);
    for (int k = 0; k < NN_DATA_KIND_COUNT; k++)
        fprintf(f, " %s", nn_data_kind_name((nn_data_kind)k));
    fputc('\n', f);
}

/* The names an option takes, from the core's own tables: " a | b | c". */
static void choices_text(int id, char *buf, size_t size)
{
    const char *(*name)(int) = NULL;
    int count = 0;
    switch (id) {
    case O_MODEL: name = model_name, count = NN_MODEL_KIND_COUNT; break;
    case O_ACTIVATION: name = activation_name, count = NN_ACT_COUNT; break;
    case O_LOSS: name = loss_name, count = NN_LOSS_COUNT; break;
    case O_OPTIMIZER: name = optimizer_name, count = NN_OPT_COUNT; break;
    case O_SCHEDULE: name = schedule_name, count = NN_SCHED_COUNT; break;
    case O_REG: name = reg_name, count = NN_REG_COUNT; break;
    default: break;
    }
    size_t used = 0;
    buf[0] = '\0';
    for (int i = 0; i < count && used < size; i++)
        used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? " | " : " ", name(i));
}

static void print_options(FILE *f, int command)
{
    for (int i = 0; i < N_OPTS; i++) {
        const opt_spec *o = &OPTS[i];
        if (!(o->commands & command))
            continue;
        char left[48], def[96];
        snprintf(left, sizeof left, "--%s%s%s", o->name, o->metavar ? " " : "",
                 o->metavar ? o->metavar : "");
        char help[160];
        choices_text(o->id, help, sizeof help);
        default_text(o->id, command, def, sizeof def);
        if (def[0])
            fprintf(f, "  %-26s %s%s (default %s)\n", left, o->help, help, def);
        else
            fprintf(f, "  %-26s %s%s\n", left, o->help, help);
    }
}

static void usage_main(FILE *f)
{
    fputs("Usage: downhill COMMAND [options]\n"
          "\n"
          "Commands:\n"
          "  train        train a perceptron, logistic/softmax regression or MLP\n"
          "  perceptron   apply the perceptron trick step by step\n"
          "\n"
          "  downhill COMMAND --help   options of a command, with defaults\n"
          "  downhill --version        print the version\n"
          "\n"
          "Example:\n"
          "  downhill train --dataset xor --hidden 8,8 --activation tanh --loss bce \\\n"
          "    --optimizer adam --lr 0.01 --batch 10 --epochs 500 --seed 1 --noise 0.1\n"
          "\n"
          "Exit status: 0 when the command ran (a diverged or early-stopped run\n"
          "included: see its final \"status\"), 1 for unreadable files or bad CSV,\n"
          "2 for usage errors.\n",
          f);
}

static void usage_train(FILE *f)
{
    fputs("Usage: downhill train [options]\n"
          "\n"
          "Trains on a generated dataset (--dataset) or a CSV file (--csv), printing one\n"
          "line per epoch: epoch, train/test loss, train/test accuracy, learning rate.\n"
          "Train metrics are averages over the epoch's batches; the final line\n"
          "evaluates the final weights (the restored best ones after early stopping).\n"
          "With --json: one object per epoch\n"
          "  {\"epoch\":1,\"train_loss\":..,\"test_loss\":..,\"train_acc\":..,\"test_acc\":..,\"lr\":..}\n"
          "then {\"status\":\"done\"|\"diverged\"|\"early-stopped\",\"epochs\":..,...}.\n"
          "Numbers that are not finite are printed as null.\n"
          "\n"
          "Options:\n",
          f);
    print_options(f, CMD_TRAIN);
    fputc('\n', f);
    print_dataset_names(f);
}

static void usage_perceptron(FILE *f)
{
    fputs("Usage: downhill perceptron (--csv FILE | --dataset NAME) [options]\n"
          "\n"
          "Applies the perceptron trick: each step finds the next misclassified point\n"
          "(in order, wrapping round) and moves the line towards it,\n"
          "  predicted 0, label 1: w += lr*x, b += lr;  predicted 1, label 0: w -= lr*x, b -= lr,\n"
          "printing the point and the new line, e.g. 2.6x1 + 3.5x2 - 10.1 = 0.\n"
          "Stops early with \"all points classified\". Labels must be at most 2 classes\n"
          "(one point, or points of one class, are fine).\n"
          "Data is used as given (not standardized).\n"
          "With --json: one object per step\n"
          "  {\"step\":1,\"index\":0,\"point\":[..],\"label\":0,\"predicted\":1,\"w\":[..],\"b\":..}\n"
          "then {\"status\":\"converged\"|\"steps_done\",\"steps\":..,\"w\":[..],\"b\":..,\"misclassified\":..}.\n"
          "\n"
          "Options:\n",
          f);
    print_options(f, CMD_PERCEPTRON);
    fputc('\n', f);
    print_dataset_names(f);
}

static const opt_spec *find_opt(const char *name, size_t len, int command)
{
    for (int i = 0; i < N_OPTS; i++)
        if ((OPTS[i].commands & command) && strlen(OPTS[i].name) == len && strncmp(OPTS[i].name, name, len) == 0)
            return &OPTS[i];
    return NULL;
}

/* Accepts "--flag value" and "--flag=value". */
static int parse_args(args *a, int command, int argc, char **argv)
{
    memset(a, 0, sizeof *a);
    a->command = command;
    const char *cmd_name = command == CMD_TRAIN ? "train" : "perceptron";
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i];
        if (strncmp(arg, "--", 2) != 0 || arg[2] == '\0')
            return fail(EXIT_USAGE, "unexpected argument '%s' (options start with --; see downhill %s --help)",
                        arg, cmd_name);
        const char *name = arg + 2;
        const char *eq = strchr(name, '=');
        size_t len = eq ? (size_t)(eq - name) : strlen(name);
        const opt_spec *o = find_opt(name, len, command);
        if (!o)
            return fail(EXIT_USAGE, "unknown option '--%.*s' for %s (see downhill %s --help)",
                        (int)len, name, cmd_name, cmd_name);
        if (!o->metavar) {
            if (eq)
                return fail(EXIT_USAGE, "option --%s takes no value", o->name);
            a->val[o->id] = "1";
            continue;
        }
        if (eq) {
            a->val[o->id] = eq + 1;
        } else {
            if (i + 1 >= argc)
                return fail(EXIT_USAGE, "option --%s needs a value (%s)", o->name, o->metavar);
            a->val[o->id] = argv[++i];
        }
    }
    return 0;
}

/* ---- number parsing ------------------------------------------------------- */

static int parse_float(const char *flag, const char *s, float *out)
{
    char *end;
    errno = 0;
    if (s[0] == '\0' || s[0] == ' ' || s[0] == '\t')
        return fail(EXIT_USAGE, "%s: '%s' is not a number", flag, s);
    /* strtod also reads hexadecimal ("0x10" = 16): refuse it, as the CSV reader does. */
    const char *digits = s + (s[0] == '+' || s[0] == '-');
    if (digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X'))
        return fail(EXIT_USAGE, "%s: '%s' is not a decimal number (write e.g. 0.01 or 1e-3)", flag, s);
    double v = strtod(s, &end);
    if (end == s || *end != '\0')
        return fail(EXIT_USAGE, "%s: '%s' is not a number", flag, s);
    if (isnan(v) || (isinf(v) && errno != ERANGE))
        return fail(EXIT_USAGE, "%s: '%s' is not a finite number", flag, s);
    if (errno == ERANGE || fabs(v) > FLT_MAX || (v != 0.0 && fabs(v) < FLT_MIN))
        return fail(EXIT_USAGE, "%s: '%s' is out of range (a float32 holds about 1e-38..3e38)", flag, s);
    *out = (float)v;
    return 0;
}

static int parse_int(const char *flag, const char *s, int *out)
{
    char *end;
    errno = 0;
    if (s[0] == '\0' || s[0] == ' ' || s[0] == '\t')
        return fail(EXIT_USAGE, "%s: '%s' is not an integer", flag, s);
    long v = strtol(s, &end, 10);
    if (end == s || *end != '\0')
        return fail(EXIT_USAGE, "%s: '%s' is not an integer", flag, s);
    if (errno == ERANGE || v > INT_MAX || v < INT_MIN)
        return fail(EXIT_USAGE, "%s: '%s' is out of range", flag, s);
    *out = (int)v;
    return 0;
}

/* An integer >= lo (CLI-only settings without a core rule). */
static int parse_int_min(const char *flag, const char *s, int lo, int *out)
{
    if (parse_int(flag, s, out))
        return EXIT_USAGE;
    if (*out < lo)
        return fail(EXIT_USAGE, "%s: must be an integer >= %d, got %s", flag, lo, s);
    return 0;
}

static int parse_seed(const char *flag, const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    if (s[0] < '0' || s[0] > '9')
        return fail(EXIT_USAGE, "%s: '%s' is not a seed (an integer 0..%llu)", flag, s,
                    (unsigned long long)UINT64_MAX);
    unsigned long long v = strtoull(s, &end, 10);
    if (*end != '\0')
        return fail(EXIT_USAGE, "%s: '%s' is not a seed (an integer 0..%llu)", flag, s,
                    (unsigned long long)UINT64_MAX);
    if (errno == ERANGE)
        return fail(EXIT_USAGE, "%s: '%s' is out of range (0..%llu)", flag, s,
                    (unsigned long long)UINT64_MAX);
    *out = (uint64_t)v;
    return 0;
}

/* A name through one of the core's *_parse functions (their message lists the
 * valid names). */
static int parse_name(const char *flag, const char *s, int (*parse)(const char *), int *out)
{
    nn_clear_error();
    int v = parse(s);
    if (v < 0)
        return fail(EXIT_USAGE, "%s '%s': %s", flag, s, nn_last_error());
    *out = v;
    return 0;
}

/* ---- JSON numbers --------------------------------------------------------- */

/* The shortest %g text that reads back as the same float; null if not finite. */
static void json_float(FILE *f, float v)
{
    if (!isfinite(v)) {
        fputs("null", f);
        return;
    }
    char buf[32];
    for (int prec = 6; prec <= 9; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, (double)v);
        if (strtof(buf, NULL) == v)
            break;
    }
    fputs(buf, f);
}

static void json_floats(FILE *f, const float *v, int n)
{
    fputc('[', f);
    for (int i = 0; i < n; i++) {
        if (i)
            fputc(',', f);
        json_float(f, v[i]);
    }
    fputc(']', f);
}

/* ---- data ----------------------------------------------------------------- */

/* Read a whole file (or stdin for "-") into *text, refusing more than
 * NN_MAX_CSV_BYTES. */
static int read_file(const char *path, char **text, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return fail(EXIT_RUNTIME, "--csv: cannot open '%s': %s", path, strerror(errno));
    size_t cap = 1u << 16, n = 0;
    char *buf = NULL;
    int code = 0;
    /* A file whose size can be asked (not a pipe) is refused before any of
     * it is read when it is too large, and read into one buffer otherwise.
     * A directory has a size too, but no byte to read: it is left to the
     * read below, which says why. */
    if (f != stdin && fseek(f, 0, SEEK_END) == 0) {
        long size = ftell(f);
        rewind(f);
        if (size > (long)NN_MAX_CSV_BYTES && fgetc(f) != EOF) {
            code = fail(EXIT_RUNTIME, "--csv: '%s' is %ld bytes, larger than the %u-byte limit (%u MiB)",
                        path, size, NN_MAX_CSV_BYTES, NN_MAX_CSV_BYTES / (1024u * 1024u));
            goto done;
        }
        rewind(f);
        if (size >= 0 && size <= (long)NN_MAX_CSV_BYTES) cap = (size_t)size + 1; /* +1: the read that finds the end */
    }
    buf = malloc(cap);
    if (!buf) {
        code = fail(EXIT_RUNTIME, "out of memory reading '%s'", path);
        goto done;
    }
    for (;;) {
        if (n == cap) {
            if (cap > NN_MAX_CSV_BYTES) {
                code = fail(EXIT_RUNTIME, "--csv: '%s' is larger than the %u-byte limit (%u MiB)",
                            path, NN_MAX_CSV_BYTES, NN_MAX_CSV_BYTES / (1024u * 1024u));
                goto done;
            }
            size_t next = cap * 2;
            char *grown = realloc(buf, next);
            if (!grown) {
                code = fail(EXIT_RUNTIME, "out of memory reading '%s'", path);
                goto done;
            }
            buf = grown;
            cap = next;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) {
                code = fail(EXIT_RUNTIME, "--csv: cannot read '%s': %s", path, strerror(errno));
                goto done;
            }
            break;
        }
    }
    if (n > NN_MAX_CSV_BYTES) {
        code = fail(EXIT_RUNTIME, "--csv: '%s' is larger than the %u-byte limit (%u MiB)", path,
                    NN_MAX_CSV_BYTES, NN_MAX_CSV_BYTES / (1024u * 1024u));
        goto done;
    }
done:
    if (f != stdin)
        fclose(f);
    if (code) {
        free(buf);
        return code;
    }
    *text = buf;
    *len = n;
    return 0;
}

/* --header and --delimiter as nn_csv_options fields. */
static int csv_format(const args *a, nn_csv_options *opt)
{
    const char *v;
    if ((v = a->val[O_HEADER])) {
        if (strcmp(v, "auto") == 0) opt->header = NN_CSV_HEADER_AUTO;
        else if (strcmp(v, "yes") == 0) opt->header = NN_CSV_HEADER_YES;
        else if (strcmp(v, "no") == 0) opt->header = NN_CSV_HEADER_NO;
        else return fail(EXIT_USAGE, "--header '%s': use auto, yes or no", v);
    }
    if ((v = a->val[O_DELIMITER])) {
        if (strcmp(v, "auto") == 0) opt->delimiter = 0;
        else if (strcmp(v, "comma") == 0 || strcmp(v, ",") == 0) opt->delimiter = ',';
        else if (strcmp(v, "semicolon") == 0 || strcmp(v, ";") == 0) opt->delimiter = ';';
        else if (strcmp(v, "tab") == 0 || strcmp(v, "\t") == 0) opt->delimiter = '\t';
        else return fail(EXIT_USAGE, "--delimiter '%s': use auto, comma, semicolon or tab", v);
    }
    return 0;
}

/* The dataset --csv or --dataset asks for. *generated_kind is the kind, or -1
 * for CSV; then csv_note (size bytes) says what the reader detected.
 * min_classes: distinct CSV labels needed (the perceptron trick takes 1). */
static int load_dataset(const args *a, const char *default_dataset, int min_classes, nn_dataset **out,
                        int *generated_kind, char *csv_note, size_t note_size)
{
    *out = NULL;
    *generated_kind = -1;
    csv_note[0] = '\0';
    if (a->val[O_CSV] && a->val[O_DATASET])
        return fail(EXIT_USAGE, "give either --csv or --dataset, not both");
    if (!a->val[O_CSV] && (a->val[O_FEATURES] || a->val[O_LABEL] || a->val[O_HEADER] || a->val[O_DELIMITER]))
        return fail(EXIT_USAGE, "--features, --label, --header and --delimiter only apply with --csv FILE");
    if (a->val[O_CSV]) {
        if (a->val[O_COUNT] || a->val[O_NOISE])
            return fail(EXIT_USAGE, "--count and --noise only apply to generated data (--dataset)");
        nn_csv_options opt = {a->val[O_FEATURES], a->val[O_LABEL], NN_CSV_HEADER_AUTO, 0, min_classes, 0};
        int code = csv_format(a, &opt);
        if (code)
            return code;
        char *text = NULL;
        size_t len = 0;
        code = read_file(a->val[O_CSV], &text, &len);
        if (code)
            return code;
        nn_clear_error();
        nn_csv *csv = nn_csv_create(text, len, &opt);
        if (csv) {
            nn_csv_describe(nn_csv_get_info(csv), csv_note, note_size);
            *out = nn_csv_dataset(csv, &opt);
        }
        nn_csv_destroy(csv);
        free(text);
        if (!*out)
            return fail(EXIT_RUNTIME, "%s: %s", a->val[O_CSV], nn_last_error());
        return 0;
    }
    const char *name = a->val[O_DATASET] ? a->val[O_DATASET] : default_dataset;
    if (!name)
        return fail(EXIT_USAGE, "perceptron needs data: --csv FILE or --dataset NAME");
    int kind, count = DEF_COUNT;
    float noise = DEF_NOISE;
    uint64_t seed = 1;
    if (parse_name("--dataset", name, nn_data_kind_parse, &kind))
        return EXIT_USAGE;
    if (a->val[O_COUNT] && parse_int("--count", a->val[O_COUNT], &count))
        return EXIT_USAGE;
    if (a->val[O_NOISE] && parse_float("--noise", a->val[O_NOISE], &noise))
        return EXIT_USAGE;
    const char *seed_text = a->val[O_DATA_SEED] ? a->val[O_DATA_SEED] : a->val[O_SEED];
    if (seed_text && parse_seed(a->val[O_DATA_SEED] ? "--data-seed" : "--seed", seed_text, &seed))
        return EXIT_USAGE;
    nn_clear_error();
    *out = nn_dataset_generate((nn_data_kind)kind, count, noise, seed);
    if (!*out)
        return fail(EXIT_USAGE, "--dataset %s (--count %d, --noise %g): %s", name, count,
                    (double)noise, nn_last_error());
    *generated_kind = kind;
    return 0;
}

/* ---- train ---------------------------------------------------------------- */

/* Check one setting by applying it to a default config (of the chosen model
 * kind) and asking the core. */
static int check_config(const char *flag, const char *value, const nn_config *probe)
{
    nn_clear_error();
    if (nn_config_validate(probe) != NN_OK)
        return fail(EXIT_USAGE, "%s %s: %s", flag, value, nn_last_error());
    return 0;
}

static int check_optimizer(const char *flag, const char *value, const nn_optimizer *probe)
{
    nn_clear_error();
    if (nn_optimizer_validate(probe) != NN_OK)
        return fail(EXIT_USAGE, "%s %s: %s", flag, value, nn_last_error());
    return 0;
}

static int check_schedule(const char *flag, const char *value, const nn_schedule *probe)
{
    nn_clear_error();
    if (nn_schedule_validate(probe) != NN_OK)
        return fail(EXIT_USAGE, "%s %s: %s", flag, value, nn_last_error());
    return 0;
}

/* "8,8" -> hidden layers, "none" -> 0 layers. */
static int parse_hidden(const char *s, nn_config *cfg)
{
    if (strcmp(s, "none") == 0) {
        cfg->hidden_layers = 0;
        return 0;
    }
    if (s[0] == '\0')
        return fail(EXIT_USAGE, "--hidden: empty; give units per layer like 8,8 or 'none' for no hidden layers");
    int layers = 0;
    const char *p = s;
    for (;;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        char item[32];
        if (layers == NN_MAX_HIDDEN_LAYERS)
            return fail(EXIT_USAGE, "--hidden %s: at most %d hidden layers", s, NN_MAX_HIDDEN_LAYERS);
        if (len == 0)
            return fail(EXIT_USAGE, "--hidden %s: layer %d is empty; give units per layer like 8,8", s,
                        layers + 1);
        if (len >= sizeof item)
            return fail(EXIT_USAGE, "--hidden %s: '%.*s' is not an integer", s, (int)len, p);
        memcpy(item, p, len);
        item[len] = '\0';
        int units;
        if (parse_int("--hidden", item, &units))
            return EXIT_USAGE;
        cfg->hidden[layers++] = units;
        if (!comma)
            break;
        p = comma + 1;
    }
    cfg->hidden_layers = layers;
    return 0;
}

/* The final status in --json: the core's own spelling (nn_status_name, the
 * same the page and the JS module show) for a run that stopped by itself,
 * "done" for one that ran all its epochs. */
static const char *status_json(nn_status s)
{
    if (s == NN_STATUS_DIVERGED || s == NN_STATUS_EARLY_STOPPED) return nn_status_name(s);
    return "done";
}

static void print_epoch(const nn_epoch_record *r, int epoch, int json)
{
    if (json) {
        printf("{\"epoch\":%d,\"train_loss\":", epoch);
        json_float(stdout, r->train_loss);
        fputs(",\"test_loss\":", stdout);
        json_float(stdout, r->test_loss);
        fputs(",\"train_acc\":", stdout);
        json_float(stdout, r->train_acc);
        fputs(",\"test_acc\":", stdout);
        json_float(stdout, r->test_acc);
        fputs(",\"lr\":", stdout);
        json_float(stdout, r->lr);
        fputs("}\n", stdout);
    } else if (isnan(r->train_acc)) {
        /* Regression: the loss is the mean squared error; there is no accuracy. */
        printf("epoch %5d  train MSE %.4f  test MSE %.4f  lr %g\n", epoch, (double)r->train_loss,
               (double)r->test_loss, (double)r->lr);
    } else {
        printf("epoch %5d  train loss %.4f  test loss %.4f  train acc %.3f  test acc %.3f  lr %g\n",
               epoch, (double)r->train_loss, (double)r->test_loss, (double)r->train_acc,
               (double)r->test_acc, (double)r->lr);
    }
}

/* Epoch lines for records [from, t->epoch) that --every selects; the last
 * finished epoch of the run (ending != 0) is printed even when --every skips it. */
static void print_epochs(const nn_trainer *t, int from, int every, int json, int ending,
                         int *last_printed)
{
    for (int e = from; e < t->epoch; e++) {
        int is_last = ending && e == t->epoch - 1;
        if ((e + 1) % every != 0 && !is_last)
            continue;
        const nn_epoch_record *r = nn_trainer_record(t, e);
        if (!r || e + 1 == *last_printed)
            continue;
        print_epoch(r, e + 1, json);
        *last_printed = e + 1;
    }
}

static void describe_net(const nn_config *cfg, const nn_model *m, char *buf, size_t size)
{
    size_t used = 0;
    for (int l = 0; l <= m->n_layers && used < size; l++)
        used += (size_t)snprintf(buf + used, size - used, l ? "-%d" : "%d", m->sizes[l]);
    if (cfg->hidden_layers > 0 && used < size)
        snprintf(buf + used, size - used, " %s", nn_activation_name(cfg->activation));
}

static int cmd_train(int argc, char **argv)
{
    args a;
    int code = parse_args(&a, CMD_TRAIN, argc, argv);
    if (code)
        return code;
    if (a.val[O_HELP]) {
        usage_train(stdout);
        return 0;
    }

    nn_dataset *all = NULL, *train = NULL, *test = NULL;
    nn_trainer *t = NULL;
    const char *v;
    nn_config cfg, def;
    nn_config_default(&cfg);
    nn_config_default(&def);
    int json = a.val[O_JSON] != NULL;
    int epochs = DEF_EPOCHS, restarts = 1, every = 1, standardize = -1, kind_given = 0;
    float test_ratio = DEF_TEST_RATIO;
    int x;

    /* Model and training settings, in an order where later ones can refine
     * earlier ones (an optimizer's hyperparameters after its kind). */
    if ((v = a.val[O_SEED]) && parse_seed("--seed", v, &cfg.seed))
        return EXIT_USAGE;
    if ((v = a.val[O_MODEL])) {
        if (parse_name("--model", v, nn_model_kind_parse, &x))
            return EXIT_USAGE;
        cfg.kind = (nn_model_kind)x;
        kind_given = 1;
        if (cfg.kind != NN_MODEL_MLP)
            cfg.hidden_layers = 0;
    }
    if ((v = a.val[O_HIDDEN])) {
        if (parse_hidden(v, &cfg))
            return EXIT_USAGE;
        if (cfg.hidden_layers > 0) {
            nn_config probe = def;
            probe.hidden_layers = cfg.hidden_layers;
            memcpy(probe.hidden, cfg.hidden, sizeof probe.hidden);
            if (check_config("--hidden", v, &probe))
                return EXIT_USAGE;
        }
    }
    if ((v = a.val[O_ACTIVATION])) {
        if (parse_name("--activation", v, nn_activation_parse, &x))
            return EXIT_USAGE;
        cfg.activation = (nn_activation)x;
    }
    if ((v = a.val[O_LOSS])) {
        if (parse_name("--loss", v, nn_loss_parse, &x))
            return EXIT_USAGE;
        cfg.loss = (nn_loss)x;
    }
    if ((v = a.val[O_OPTIMIZER])) {
        if (parse_name("--optimizer", v, nn_optimizer_parse, &x))
            return EXIT_USAGE;
        cfg.optimizer = nn_optimizer_default((nn_optimizer_kind)x);
    }
    {
        /* Each value is checked against an optimizer that reads it (the core only
         * checks the fields the chosen rule uses), so a bad --beta2 is refused
         * even with --optimizer sgd. */
        static const struct {
            int id;
            const char *flag;
            size_t offset;
            nn_optimizer_kind user;
        } opt_fields[] = {
            {O_MOMENTUM, "--momentum", offsetof(nn_optimizer, momentum), NN_OPT_MOMENTUM},
            {O_RHO, "--rho", offsetof(nn_optimizer, rho), NN_OPT_RMSPROP},
            {O_BETA1, "--beta1", offsetof(nn_optimizer, beta1), NN_OPT_ADAM},
            {O_BETA2, "--beta2", offsetof(nn_optimizer, beta2), NN_OPT_ADAM},
            {O_EPS, "--eps", offsetof(nn_optimizer, eps), NN_OPT_ADAM},
        };
        for (size_t i = 0; i < sizeof opt_fields / sizeof opt_fields[0]; i++) {
            float f;
            if (!(v = a.val[opt_fields[i].id]))
                continue;
            if (parse_float(opt_fields[i].flag, v, &f))
                return EXIT_USAGE;
            nn_optimizer probe = nn_optimizer_default(opt_fields[i].user);
            memcpy((char *)&probe + opt_fields[i].offset, &f, sizeof f);
            if (check_optimizer(opt_fields[i].flag, v, &probe))
                return EXIT_USAGE;
            memcpy((char *)&cfg.optimizer + opt_fields[i].offset, &f, sizeof f);
        }
    }
    if ((v = a.val[O_LR])) {
        nn_config probe = def;
        if (parse_float("--lr", v, &probe.lr) || check_config("--lr", v, &probe))
            return EXIT_USAGE;
        cfg.lr = probe.lr;
    }
    if ((v = a.val[O_SCHEDULE])) {
        if (parse_name("--schedule", v, nn_schedule_parse, &x))
            return EXIT_USAGE;
        cfg.schedule = nn_schedule_default((nn_schedule_kind)x);
    }
    {
        /* As for the optimizer: probe with a schedule that reads the field. */
        if ((v = a.val[O_SCHED_STEP])) {
            nn_schedule probe = nn_schedule_default(NN_SCHED_STEP);
            if (parse_int("--schedule-step", v, &probe.step) ||
                check_schedule("--schedule-step", v, &probe))
                return EXIT_USAGE;
            cfg.schedule.step = probe.step;
        }
        if ((v = a.val[O_GAMMA])) {
            nn_schedule probe = nn_schedule_default(NN_SCHED_STEP);
            if (parse_float("--gamma", v, &probe.gamma) || check_schedule("--gamma", v, &probe))
                return EXIT_USAGE;
            cfg.schedule.gamma = probe.gamma;
        }
        if ((v = a.val[O_SCHED_PATIENCE])) {
            nn_schedule probe = nn_schedule_default(NN_SCHED_PLATEAU);
            if (parse_int("--schedule-patience", v, &probe.patience) ||
                check_schedule("--schedule-patience", v, &probe))
                return EXIT_USAGE;
            cfg.schedule.patience = probe.patience;
        }
        if ((v = a.val[O_MIN_LR])) {
            nn_schedule probe = nn_schedule_default(NN_SCHED_PLATEAU);
            if (parse_float("--min-lr", v, &probe.min_lr) || check_schedule("--min-lr", v, &probe))
                return EXIT_USAGE;
            cfg.schedule.min_lr = probe.min_lr;
        }
    }
    if ((v = a.val[O_BATCH])) {
        nn_config probe = def;
        if (parse_int("--batch", v, &probe.batch) || check_config("--batch", v, &probe))
            return EXIT_USAGE;
        cfg.batch = probe.batch;
    }
    if ((v = a.val[O_REG])) {
        if (parse_name("--reg", v, nn_reg_parse, &x))
            return EXIT_USAGE;
        cfg.reg = (nn_reg_kind)x;
    }
    if ((v = a.val[O_REG_RATE])) {
        nn_config probe = def;
        if (parse_float("--reg-rate", v, &probe.reg_rate) || check_config("--reg-rate", v, &probe))
            return EXIT_USAGE;
        cfg.reg_rate = probe.reg_rate;
    }
    if ((v = a.val[O_DROPOUT])) {
        nn_config probe = def;
        if (parse_float("--dropout", v, &probe.dropout) || check_config("--dropout", v, &probe))
            return EXIT_USAGE;
        cfg.dropout = probe.dropout;
    }
    if ((v = a.val[O_PATIENCE])) {
        nn_config probe = def;
        if (parse_int("--patience", v, &probe.patience) || check_config("--patience", v, &probe))
            return EXIT_USAGE;
        cfg.patience = probe.patience;
    }
    if ((v = a.val[O_EPOCHS]) && parse_int_min("--epochs", v, 1, &epochs))
        return EXIT_USAGE;
    if ((v = a.val[O_RESTARTS]) && parse_int_min("--restarts", v, 1, &restarts))
        return EXIT_USAGE;
    if (restarts > NN_MAX_RESTARTS) /* refused before any output, not after the data loads */
        return fail(EXIT_USAGE, "--restarts: must be an integer from 1 to %d, got %s", NN_MAX_RESTARTS,
                    a.val[O_RESTARTS]);
    if ((v = a.val[O_EVERY]) && parse_int_min("--every", v, 1, &every))
        return EXIT_USAGE;
    if ((v = a.val[O_TEST_RATIO]) && parse_float("--test-ratio", v, &test_ratio))
        return EXIT_USAGE;
    if ((v = a.val[O_STANDARDIZE])) {
        if (strcmp(v, "on") == 0)
            standardize = 1;
        else if (strcmp(v, "off") == 0)
            standardize = 0;
        else if (strcmp(v, "auto") != 0)
            return fail(EXIT_USAGE, "--standardize '%s': use auto, on or off", v);
    }

    /* Data. */
    int generated;
    char csv_note[160];
    code = load_dataset(&a, DEF_TRAIN_DATASET, 2, &all, &generated, csv_note, sizeof csv_note);
    if (code)
        goto out;
    uint64_t data_seed = cfg.seed;
    if (a.val[O_DATA_SEED] && parse_seed("--data-seed", a.val[O_DATA_SEED], &data_seed)) {
        code = EXIT_USAGE;
        goto out;
    }
    nn_clear_error();
    if (nn_dataset_split(all, test_ratio, data_seed, &train, &test) != NN_OK) {
        code = fail(EXIT_USAGE, "--test-ratio %g: %s", (double)test_ratio, nn_last_error());
        goto out;
    }
    if (train->n == 0) {
        code = fail(EXIT_USAGE, "--test-ratio %g leaves no training points out of %d", (double)test_ratio,
                    all->n);
        goto out;
    }
    if (standardize < 0)
        standardize = generated < 0 || generated == NN_DATA_ADMISSIONS;
    if (standardize) {
        nn_clear_error();
        if (nn_dataset_standardize(train) != NN_OK ||
            (test->n > 0 && nn_dataset_standardize_like(test, train) != NN_OK)) {
            code = fail(EXIT_RUNTIME, "standardizing: %s", nn_last_error());
            goto out;
        }
    }

    /* The model fits the data. */
    cfg.inputs = all->d;
    cfg.classes = all->k < 2 ? 2 : all->k;
    if (!kind_given && cfg.hidden_layers == 0)
        cfg.kind = cfg.classes > 2 ? NN_MODEL_SOFTMAX : NN_MODEL_LOGISTIC;
    nn_clear_error();
    if (nn_config_validate(&cfg) != NN_OK) {
        code = fail(EXIT_USAGE, "%s", nn_last_error());
        goto out;
    }
    nn_clear_error();
    t = nn_trainer_create(&cfg, train, test->n > 0 ? test : NULL);
    if (!t) {
        code = fail(EXIT_USAGE, "%s", nn_last_error());
        goto out;
    }

    if (!json) {
        char net[128];
        describe_net(&cfg, t->model, net, sizeof net);
        if (csv_note[0])
            printf("csv: %s\n", csv_note);
        char classes[32];
        if (all->target)
            snprintf(classes, sizeof classes, "a continuous target");
        else
            snprintf(classes, sizeof classes, "%d classes", all->k);
        printf("data: %s, %d points: %d train, %d test; %d features, %s%s\n",
               a.val[O_CSV] ? a.val[O_CSV] : nn_data_kind_name((nn_data_kind)generated), all->n,
               train->n, test->n, all->d, classes, standardize ? ", standardized" : "");
        printf("model: %s %s, %s loss, %s lr %g, batch %d, seed %llu\n", nn_model_kind_name(cfg.kind),
               net, nn_loss_name(t->model->cfg.loss), nn_optimizer_name(cfg.optimizer.kind), (double)cfg.lr,
               cfg.batch, (unsigned long long)cfg.seed);
    }

    int last_printed = 0;
    uint64_t best_seed = cfg.seed;
    if (restarts > 1) {
        nn_clear_error();
        if (nn_trainer_restarts(t, restarts, epochs, &best_seed) != NN_OK) {
            code = fail(EXIT_USAGE, "--restarts %d: %s", restarts, nn_last_error());
            goto out;
        }
        int first = t->epoch > NN_HISTORY_CAP ? t->epoch - NN_HISTORY_CAP : 0;
        print_epochs(t, first, every, json, 1, &last_printed);
    } else {
        for (int e = 0; e < epochs; e++) {
            int before = t->epoch;
            nn_clear_error();
            if (nn_trainer_step_epochs(t, 1) != NN_OK) {
                code = fail(EXIT_RUNTIME, "training: %s", nn_last_error());
                goto out;
            }
            int stopped = t->status != NN_STATUS_RUNNING && t->status != NN_STATUS_READY;
            print_epochs(t, before, every, json, stopped || e == epochs - 1, &last_printed);
            if (stopped)
                break;
        }
    }
    fflush(stdout);

    /* Final metrics: the final weights (after early stopping, the restored
     * best ones), evaluated without dropout. */
    float train_loss = NAN, train_acc = NAN, test_loss, test_acc;
    nn_model_evaluate(t->model, train, &train_loss, &train_acc);
    test_loss = train_loss;
    test_acc = train_acc;
    if (test->n > 0)
        nn_model_evaluate(t->model, test, &test_loss, &test_acc);
    const char *status = status_json(t->status);
    if (json) {
        printf("{\"status\":\"%s\",\"epochs\":%d,\"train_loss\":", status, t->epoch);
        json_float(stdout, train_loss);
        fputs(",\"test_loss\":", stdout);
        json_float(stdout, test_loss);
        fputs(",\"train_acc\":", stdout);
        json_float(stdout, train_acc);
        fputs(",\"test_acc\":", stdout);
        json_float(stdout, test_acc);
        fputs(",\"lr\":", stdout);
        json_float(stdout, t->lr_now);
        printf(",\"updates\":%lld", t->updates);
        if (t->status == NN_STATUS_DIVERGED)
            printf(",\"diverged_epoch\":%d", t->diverged_epoch);
        if (t->status == NN_STATUS_EARLY_STOPPED)
            printf(",\"best_epoch\":%d", t->best_epoch);
        if (t->status == NN_STATUS_CONVERGED)
            fputs(",\"converged\":true", stdout);
        if (restarts > 1)
            printf(",\"restarts\":%d,\"best_seed\":%llu", restarts, (unsigned long long)best_seed);
        fputs("}\n", stdout);
    } else {
        const char *s = t->epoch == 1 ? "" : "s";
        if (restarts > 1)
            printf("best of %d restarts: seed %llu\n", restarts, (unsigned long long)best_seed);
        if (t->status == NN_STATUS_DIVERGED) {
            printf("diverged in epoch %d: a loss or weight became NaN or infinite (or the loss "
                   "exploded); try a smaller --lr\n",
                   t->diverged_epoch);
        } else {
            if (t->status == NN_STATUS_EARLY_STOPPED)
                printf("early stopped after %d epoch%s: no test-loss gain for %d epochs; "
                       "weights of epoch %d restored\n",
                       t->epoch, s, cfg.patience, t->best_epoch);
            else if (t->status == NN_STATUS_CONVERGED)
                printf("done after %d epoch%s: converged, every training point classified\n",
                       t->epoch, s);
            else
                printf("done after %d epoch%s\n", t->epoch, s);
            if (t->model->cfg.regression)
                printf("final weights: train MSE %.4f, test MSE %.4f\n", (double)train_loss,
                       (double)test_loss);
            else
                printf("final weights: train loss %.4f acc %.3f, test loss %.4f acc %.3f\n",
                       (double)train_loss, (double)train_acc, (double)test_loss,
                       (double)test_acc);
        }
    }
    code = 0;
out:
    nn_trainer_destroy(t);
    nn_dataset_destroy(test);
    nn_dataset_destroy(train);
    nn_dataset_destroy(all);
    return code;
}

/* ---- perceptron ----------------------------------------------------------- */

/* "2.6x1 + 3.5x2 - 10.1 = 0" */
/* v to dec decimals with trailing zeros dropped ("2.2", "-10.2", "4", never
 * "-0"): the perceptron's numbers as the lesson writes them
 * (nn_perceptron_decimals says how many decimals they justify). */
static const char *fmt_dec(char *buf, size_t size, double v, int dec)
{
    snprintf(buf, size, "%.*f", dec, v);
    if (strchr(buf, '.')) {
        char *end = buf + strlen(buf) - 1;
        while (*end == '0') *end-- = '\0';
        if (*end == '.') *end = '\0';
    }
    if (strcmp(buf, "-0") == 0) strcpy(buf, "0");
    return buf;
}

static void print_line(const float *w, float b, int d, int dec)
{
    char buf[64];
    for (int i = 0; i < d; i++) {
        const char *t = fmt_dec(buf, sizeof buf, (double)w[i], dec);
        if (i == 0)
            printf("%sx%d", t, i + 1);
        else
            printf(" %c %sx%d", t[0] == '-' ? '-' : '+', t[0] == '-' ? t + 1 : t, i + 1);
    }
    const char *t = fmt_dec(buf, sizeof buf, (double)b, dec);
    printf(" %c %s = 0", t[0] == '-' ? '-' : '+', t[0] == '-' ? t + 1 : t);
}

static void json_decs(const float *v, int n, int dec)
{
    char buf[64];
    putchar('[');
    for (int i = 0; i < n; i++) printf(i ? ",%s" : "%s", fmt_dec(buf, sizeof buf, (double)v[i], dec));
    putchar(']');
}

static int misclassified(const float *w, float b, const nn_dataset *ds)
{
    int n = 0;
    for (int i = 0; i < ds->n; i++)
        n += nn_perceptron_predict(w, b, ds->x + (size_t)i * (size_t)ds->d, ds->d) != ds->y[i];
    return n;
}

static int cmd_perceptron(int argc, char **argv)
{
    args a;
    int code = parse_args(&a, CMD_PERCEPTRON, argc, argv);
    if (code)
        return code;
    if (a.val[O_HELP]) {
        usage_perceptron(stdout);
        return 0;
    }
    int json = a.val[O_JSON] != NULL, steps = DEF_STEPS;
    float lr = DEF_PERCEPTRON_LR;
    const char *v;
    if ((v = a.val[O_LR]) && parse_float("--lr", v, &lr))
        return EXIT_USAGE;
    if ((v = a.val[O_STEPS]) && parse_int_min("--steps", v, 1, &steps))
        return EXIT_USAGE;

    nn_dataset *ds = NULL;
    int generated;
    char csv_note[160];
    code = load_dataset(&a, NULL, 1, &ds, &generated, csv_note, sizeof csv_note);
    if (code)
        return code;
    if (ds->target) {
        nn_dataset_destroy(ds);
        return fail(EXIT_USAGE, "the perceptron sorts points into 2 classes, but %s has a "
                    "continuous target to predict; fit it with `downhill train`",
                    nn_data_kind_name((nn_data_kind)generated));
    }
    int d = ds->d;
    float w[NN_MAX_FEATURES] = {0}, b = 0.0f;
    if ((v = a.val[O_INIT])) {
        float vals[NN_MAX_FEATURES + 1];
        int n = 0;
        const char *p = v;
        for (;;) {
            const char *comma = strchr(p, ',');
            size_t len = comma ? (size_t)(comma - p) : strlen(p);
            char item[64];
            if (n == d + 1 || len >= sizeof item) {
                code = fail(EXIT_USAGE, "--init %s: needs %d numbers (w1..w%d then b) for %d features",
                            v, d + 1, d, d);
                goto out;
            }
            memcpy(item, p, len);
            item[len] = '\0';
            if (parse_float("--init", item, &vals[n])) {
                code = EXIT_USAGE;
                goto out;
            }
            n++;
            if (!comma)
                break;
            p = comma + 1;
        }
        if (n != d + 1) {
            code = fail(EXIT_USAGE, "--init %s: needs %d numbers (w1..w%d then b) for %d features, got %d",
                        v, d + 1, d, d, n);
            goto out;
        }
        memcpy(w, vals, (size_t)d * sizeof(float));
        b = vals[d];
    }

    {
        /* Let the core check the rate and the labels on a scratch copy before
         * anything is printed. */
        float w_probe[NN_MAX_FEATURES], b_probe = b;
        int cursor_probe = 0;
        nn_perceptron_move mv;
        memcpy(w_probe, w, sizeof w_probe);
        nn_clear_error();
        if (nn_perceptron_step(w_probe, &b_probe, ds, lr, &cursor_probe, &mv) != NN_OK) {
            code = fail(EXIT_USAGE, "perceptron --lr %g: %s", (double)lr, nn_last_error());
            goto out;
        }
    }
    /* Every number the trick makes has at most this many decimals. */
    const int dec = nn_perceptron_decimals(w, b, ds, lr);
    char nb[64];
    if (!json) {
        if (csv_note[0])
            printf("csv: %s\n", csv_note);
        printf("start: ");
        print_line(w, b, d, dec);
        printf("  (%d point%s, lr %g)\n", ds->n, ds->n == 1 ? "" : "s", (double)lr);
    }
    int cursor = 0, done = 0, converged = 0;
    for (int s = 1; s <= steps; s++) {
        nn_perceptron_move mv;
        nn_clear_error();
        if (nn_perceptron_step(w, &b, ds, lr, &cursor, &mv) != NN_OK) {
            code = fail(EXIT_USAGE, "perceptron: %s", nn_last_error());
            goto out;
        }
        if (mv.index < 0) {
            converged = 1;
            break;
        }
        done = s;
        const float *pt = ds->x + (size_t)mv.index * (size_t)d;
        if (json) {
            printf("{\"step\":%d,\"index\":%d,\"point\":", s, mv.index);
            json_floats(stdout, pt, d);
            printf(",\"label\":%d,\"predicted\":%d,\"w\":", mv.label, mv.predicted);
            json_decs(w, d, dec);
            printf(",\"b\":%s}\n", fmt_dec(nb, sizeof nb, (double)b, dec));
        } else {
            printf("step %d: point %d (", s, mv.index);
            for (int i = 0; i < d; i++)
                printf(i ? ", %g" : "%g", (double)pt[i]);
            printf(") label %d, predicted %d -> ", mv.label, mv.predicted);
            print_line(w, b, d, dec);
            putchar('\n');
        }
    }
    int wrong = misclassified(w, b, ds);
    if (wrong == 0)
        converged = 1;
    if (json) {
        printf("{\"status\":\"%s\",\"steps\":%d,\"w\":", converged ? "converged" : "steps_done", done);
        json_decs(w, d, dec);
        printf(",\"b\":%s,\"misclassified\":%d}\n", fmt_dec(nb, sizeof nb, (double)b, dec), wrong);
    } else if (converged) {
        printf("all points classified after %d step%s: ", done, done == 1 ? "" : "s");
        print_line(w, b, d, dec);
        putchar('\n');
    } else {
        printf("%d step%s done, %d point%s still misclassified: ", done, done == 1 ? "" : "s", wrong,
               wrong == 1 ? "" : "s");
        print_line(w, b, d, dec);
        putchar('\n');
    }
    code = 0;
out:
    nn_dataset_destroy(ds);
    return code;
}

/* ---- main ----------------------------------------------------------------- */

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage_main(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage_main(stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("downhill %s\n", DOWNHILL_VERSION);
        return 0;
    }
    int code;
    if (strcmp(cmd, "train") == 0)
        code = cmd_train(argc - 2, argv + 2);
    else if (strcmp(cmd, "perceptron") == 0)
        code = cmd_perceptron(argc - 2, argv + 2);
    else
        return fail(EXIT_USAGE, "unknown command '%s'; use train or perceptron (see downhill --help)", cmd);
    if (fflush(stdout) != 0 && code == 0)
        code = fail(EXIT_RUNTIME, "cannot write output: %s", strerror(errno));
    return code;
}
