/* test_eval_map.c — the grid through an input map equals a direct forward
 * pass on inputs built by hand: expanded features, and a 3-feature slice. */
#include "check.h"
#include "nn_error.h"
#include "nn_eval.h"
#include "nn_features.h"
#include "nn_model.h"

enum { W = 3, H = 2 };

/* Every cell of the grid over [-1, 2] × [0, 1] against nn_model_predict on
 * the input built cell by cell in the plain way. */
static void check_against_predict(nn_model *m, const nn_input_map *map)
{
    float grid[W * H], hidden[4 * W * H];
    CHECK(nn_eval_grid_map(m, map, grid, hidden, -1.0f, 2.0f, 0.0f, 1.0f, W, H) == NN_OK);
    int k = m->cfg.inputs;
    for (int r = 0; r < H; r++)
        for (int c = 0; c < W; c++) {
            float raw[NN_MAX_FEATURES], x[NN_MAX_FEATURES], p;
            for (int j = 0; j < map->n_raw; j++) raw[j] = map->held[j];
            raw[map->axis_x] = -1.0f + (float)c + 0.5f;       /* cells 1 wide */
            raw[map->axis_y] = 1.0f - ((float)r + 0.5f) * 0.5f; /* 0.5 high, top first */
            if (map->features) nn_features_expand(map->features, raw, 1, x);
            else
                for (int j = 0; j < k; j++) x[j] = raw[j];
            for (int j = 0; j < k; j++) x[j] = (x[j] - map->mean[j]) / map->std[j];
            nn_model_predict(m, &p, x, 1);
            CHECK_NEAR(grid[r * W + c], p, 1e-6);
        }
}

int main(void)
{
    nn_config cfg;
    nn_config_default(&cfg);
    cfg.hidden_layers = 1;
    cfg.hidden[0] = 4;

    /* Expansion: x1, x1², x2², x1·x2, sin x2 from (x1, x2). */
    float held[3] = {0}, mean[5], std[5];
    nn_input_map map = {.n_raw = 2, .axis_x = 0, .axis_y = 1, .held = held, .mean = mean, .std = std};
    map.features = (1u << NN_FEAT_X1) | (1u << NN_FEAT_X1SQ) | (1u << NN_FEAT_X2SQ) |
                   (1u << NN_FEAT_X1X2) | (1u << NN_FEAT_SINX2);
    cfg.inputs = 5;
    for (int j = 0; j < 5; j++) {
        mean[j] = 0.1f * (float)j;
        std[j] = 1.0f + 0.5f * (float)j;
    }
    nn_model *m = nn_model_create(&cfg);
    CHECK(m != NULL);
    nn_model_init(m, 7);
    check_against_predict(m, &map);
    /* A map that makes 5 inputs for a model of 3 is refused. */
    map.features = NN_FEATURES_DEFAULT | (1u << NN_FEAT_X1SQ);
    float g[W * H];
    CHECK(nn_eval_grid_map(m, &map, g, NULL, -1, 2, 0, 1, W, H) == NN_ERR);
    nn_model_destroy(m);

    /* Slice: 3 raw features, x on feature 2, y on feature 0, feature 1 held at 2.5. */
    nn_input_map slice = {.n_raw = 3, .axis_x = 2, .axis_y = 0, .features = 0,
                          .held = held, .mean = mean, .std = std};
    held[1] = 2.5f;
    for (int j = 0; j < 3; j++) {
        mean[j] = (float)j;
        std[j] = 2.0f;
    }
    cfg.inputs = 3;
    m = nn_model_create(&cfg);
    nn_model_init(m, 11);
    check_against_predict(m, &slice);
    /* Another held value changes the map. */
    float a[W * H], b[W * H];
    nn_eval_grid_map(m, &slice, a, NULL, -1, 2, 0, 1, W, H);
    held[1] = -3.0f;
    nn_eval_grid_map(m, &slice, b, NULL, -1, 2, 0, 1, W, H);
    int differ = 0;
    for (int i = 0; i < W * H; i++) differ += a[i] != b[i];
    CHECK(differ > 0);
    nn_model_destroy(m);
    return check_summary("test_eval_map");
}
