/* nn_eval.c — decision-boundary and hidden-unit grids (see nn_eval.h). */
#include <string.h>

#include "nn_eval.h"
#include "nn_features.h"
#include "nn_internal.h"

int nn_model_hidden_units(const nn_model *m)
{
    int units = 0;
    for (int l = 0; l < m->n_layers - 1; l++) units += m->sizes[l + 1];
    return units;
}

/* The grid's size and rectangle, as both grid functions take them. */
static int check_grid(float x0, float x1, float y0, float y1, int w, int h)
{
    if (w < 1 || h < 1 || w > 4096 || h > 4096)
        return nn__fail("grid size must be between 1x1 and 4096x4096, got %dx%d", w, h);
    if (!isfinite(x0) || !isfinite(x1) || !isfinite(y0) || !isfinite(y1) || !(x1 > x0) ||
        !(y1 > y0))
        return nn__fail("grid rectangle must be finite with x0 < x1 and y0 < y1");
    return NN_OK;
}

/* Copy chunk s..s+nb of the last forward pass out: the outputs into out's
 * planes and, if hidden is not NULL, every hidden unit into its plane (the
 * layouts of nn_eval.h; planes of `total` cells). */
static void copy_planes(const nn_model *m, float *out, float *hidden, int total, int s, int nb)
{
    int last = m->n_layers - 1;
    for (int o = 0; o < m->n_outputs; o++)
        memcpy(out + (size_t)o * total + s, m->out[last] + o * NN_CHUNK, (size_t)nb * sizeof(float));
    if (!hidden) return;
    int plane = 0;
    for (int l = 0; l < last; l++)
        for (int u = 0; u < m->sizes[l + 1]; u++, plane++)
            memcpy(hidden + (size_t)plane * total + s, m->out[l] + u * NN_CHUNK,
                   (size_t)nb * sizeof(float));
}

int nn_eval_grid(nn_model *m, float *out, float *hidden, float x0, float x1, float y0,
                 float y1, int w, int h)
{
    if (!m || !out) return nn__fail("grid evaluation needs a model and an output buffer");
    if (m->cfg.inputs > 2)
        return nn__fail("the grid shows 2 features but the model takes %d", m->cfg.inputs);
    if (check_grid(x0, x1, y0, y1, w, h) != NN_OK) return NN_ERR;
    int total = w * h;
    float dx = (x1 - x0) / (float)w, dy = (y1 - y0) / (float)h;
    float *in_x = m->input, *in_y = m->cfg.inputs > 1 ? m->input + NN_CHUNK : NULL;
    int row = 0, col = 0; /* of the next cell; stepped, not divided out per point */
    for (int s = 0; s < total; s += NN_CHUNK) {
        int nb = total - s < NN_CHUNK ? total - s : NN_CHUNK;
        int nbp = (nb + 3) & ~3;
        /* Cell centres; row 0 is the top (y1). A chunk is a few runs of
         * cells within one row each: y is constant along a run and x a
         * vectorizable function of the column. */
        for (int b = 0; b < nb;) {
            int run = w - col < nb - b ? w - col : nb - b;
            float y = y1 - ((float)row + 0.5f) * dy;
            for (int k = 0; k < run; k++) in_x[b + k] = x0 + ((float)(col + k) + 0.5f) * dx;
            if (in_y)
                for (int k = 0; k < run; k++) in_y[b + k] = y;
            b += run;
            col += run;
            if (col == w) {
                col = 0;
                row++;
            }
        }
        /* Padding columns repeat the last cell: finite, and never copied out. */
        for (int b = nb; b < nbp; b++) {
            in_x[b] = in_x[nb - 1];
            if (in_y) in_y[b] = in_y[nb - 1];
        }
        nn__model_eval_filled(m, nb);
        copy_planes(m, out, hidden, total, s, nb);
    }
    return NN_OK;
}

/* Check that map fits m; the number of model inputs it produces. */
static int map_inputs(const nn_model *m, const nn_input_map *map)
{
    if (map->n_raw < 1 || map->n_raw > NN_MAX_FEATURES || map->axis_x < 0 ||
        map->axis_x >= map->n_raw || map->axis_y < 0 || map->axis_y >= map->n_raw)
        return nn__fail("the grid's input map names features outside its %d", map->n_raw);
    int k = map->n_raw;
    if (map->features) {
        if (map->n_raw != 2) return nn__fail("input features expand exactly 2 raw features");
        k = nn_features_count(map->features);
        if (k < 0) return NN_ERR;
    }
    if (k != m->cfg.inputs)
        return nn__fail("the grid's input map makes %d inputs but the model takes %d", k,
                        m->cfg.inputs);
    for (int j = 0; j < k; j++)
        if (!nn__positive_finite(map->std[j]) || !isfinite(map->mean[j]))
            return nn__fail("the grid's input map needs finite means and positive spreads");
    return k;
}

int nn_eval_grid_map(nn_model *m, const nn_input_map *map, float *out, float *hidden,
                     float x0, float x1, float y0, float y1, int w, int h)
{
    if (!m || !map || !out || !map->held || !map->mean || !map->std)
        return nn__fail("grid evaluation needs a model, a map with its arrays and an output buffer");
    int k = map_inputs(m, map);
    if (k < 0) return NN_ERR;
    if (check_grid(x0, x1, y0, y1, w, h) != NN_OK) return NN_ERR;
    int total = w * h;
    float dx = (x1 - x0) / (float)w, dy = (y1 - y0) / (float)h;
    for (int s = 0; s < total; s += NN_CHUNK) {
        int nb = total - s < NN_CHUNK ? total - s : NN_CHUNK;
        int nbp = (nb + 3) & ~3;
        /* Padding columns repeat the last cell: finite, and never copied out. */
        for (int b = 0; b < nbp; b++) {
            int cell = s + (b < nb ? b : nb - 1);
            float cx = x0 + ((float)(cell % w) + 0.5f) * dx;
            float cy = y1 - ((float)(cell / w) + 0.5f) * dy;
            if (map->features) {
                /* n_raw is 2 here (map_inputs), so both raw values are axes or held. */
                float raw[2] = {map->held[0], map->held[1]}, v[NN_FEAT_COUNT];
                raw[map->axis_x] = cx;
                if (map->axis_y != map->axis_x) raw[map->axis_y] = cy;
                nn_features_expand(map->features, raw, 1, v);
                for (int j = 0; j < k; j++)
                    m->input[j * NN_CHUNK + b] = (v[j] - map->mean[j]) / map->std[j];
                continue;
            }
            for (int j = 0; j < k; j++) {
                float v = j == map->axis_x                          ? cx
                          : j == map->axis_y                        ? cy
                                                                    : map->held[j];
                m->input[j * NN_CHUNK + b] = (v - map->mean[j]) / map->std[j];
            }
        }
        nn__model_eval_filled(m, nb);
        copy_planes(m, out, hidden, total, s, nb);
    }
    return NN_OK;
}
