/* test_features.c — input feature expansion: names, counts, worked values. */
#include <string.h>

#include "check.h"
#include "nn_error.h"
#include "nn_features.h"

int main(void)
{
    CHECK(strcmp(nn_feature_name(NN_FEAT_X1SQ), "x1sq") == 0);
    CHECK(strcmp(nn_feature_name(NN_FEAT_SINX2), "sinx2") == 0);
    CHECK(nn_feature_name(NN_FEAT_COUNT) == NULL && nn_feature_name(-1) == NULL);
    CHECK(strcmp(nn_feature_label(NN_FEAT_X1X2), "x\xe2\x82\x81\xc2\xb7x\xe2\x82\x82") == 0);

    CHECK(nn_features_count(NN_FEATURES_DEFAULT) == 2);
    CHECK(nn_features_count((1u << NN_FEAT_COUNT) - 1u) == 7);
    CHECK(nn_features_count(0) == NN_ERR);
    CHECK(strcmp(nn_last_error(), "choose at least one input feature") == 0);
    CHECK(nn_features_count(1u << NN_FEAT_COUNT) == NN_ERR);
    CHECK(strcmp(nn_last_error(), "input feature set 128 names features beyond the 7 known") == 0);

    /* (3, -2) and (0.5, 1.5) expanded into every feature, worked by hand. */
    const float raw[4] = {3.0f, -2.0f, 0.5f, 1.5f};
    float out[14];
    CHECK(nn_features_expand((1u << NN_FEAT_COUNT) - 1u, raw, 2, out) == NN_OK);
    const double want[14] = {3, -2, 9, 4, -6, 0.14112000806, -0.90929742682,
                             0.5, 1.5, 0.25, 2.25, 0.75, 0.4794255386, 0.99749498660};
    for (int i = 0; i < 14; i++) CHECK_NEAR(out[i], want[i], 1e-6);

    /* A subset keeps enum order, whatever order the bits were named in. */
    float two[4] = {-1, -1, -1, -1};
    CHECK(nn_features_expand((1u << NN_FEAT_X2SQ) | (1u << NN_FEAT_X1SQ), raw, 2, two) == NN_OK);
    CHECK_NEAR(two[0], 9, 0);
    CHECK_NEAR(two[1], 4, 0);
    CHECK_NEAR(two[2], 0.25, 0);
    CHECK_NEAR(two[3], 2.25, 0);

    /* A bad mask writes nothing. */
    float keep = 7.0f;
    CHECK(nn_features_expand(0, raw, 1, &keep) == NN_ERR);
    CHECK_NEAR(keep, 7.0, 0);

    /* A dataset expanded: the same labels and class names, features in enum
     * order named by their labels; a regression set keeps its targets. */
    nn_dataset *ds = nn_dataset_create(2, 2, 2);
    memcpy(ds->x, raw, sizeof raw);
    ds->y[0] = 1;
    strcpy(ds->class_names[1], "yes");
    nn_dataset *ex = nn_features_dataset(ds, (1u << NN_FEAT_X1X2) | (1u << NN_FEAT_X1SQ));
    CHECK(ex && ex->n == 2 && ex->d == 2 && ex->k == 2 && !ex->target);
    CHECK(ex && ex->y[0] == 1 && ex->y[1] == 0 && strcmp(ex->class_names[1], "yes") == 0);
    CHECK(ex && strcmp(ex->feature_names[0], "x\xe2\x82\x81\xc2\xb2") == 0);
    if (ex) {
        CHECK_NEAR(ex->x[0], 9, 0);
        CHECK_NEAR(ex->x[1], -6, 0);
        CHECK_NEAR(ex->x[3], 0.75, 0);
    }
    nn_dataset_destroy(ex);
    nn_dataset *plane = nn_dataset_generate(NN_DATA_PLANE, 5, 0.1f, 3);
    nn_dataset *pex = plane ? nn_features_dataset(plane, 1u << NN_FEAT_SINX1) : NULL;
    CHECK(pex && pex->d == 1 && pex->target && pex->target[4] == plane->target[4]);
    nn_dataset_destroy(pex);
    nn_dataset_destroy(plane);
    nn_dataset *one = nn_dataset_create(2, 1, 2);
    CHECK(nn_features_dataset(one, NN_FEATURES_DEFAULT) == NULL);
    CHECK(strcmp(nn_last_error(), "input features are built from the two coordinates x1, x2; this data has 1") == 0);
    CHECK(nn_features_dataset(ds, 0) == NULL);
    nn_dataset_destroy(one);
    nn_dataset_destroy(ds);
    return check_summary("test_features");
}
