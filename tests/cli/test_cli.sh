#!/usr/bin/env bash
# test_cli.sh — end-to-end tests of the native `downhill` command.
#
#   bash tests/cli/test_cli.sh path/to/downhill
#
# Each case prints "FAIL: <case>" with what differed; the last line is
# "N passed, M failed" and the exit status is non-zero if anything failed.
# JSON is checked with node (python is not guaranteed on the machine).
set -u

BIN=${1:?usage: test_cli.sh path/to/downhill}
. "$(dirname "${BASH_SOURCE[0]}")/cli_lib.sh"

EPOCH_KEYS='epoch,train_loss,test_loss,train_acc,test_acc,lr'

# ---- help and version ------------------------------------------------------

expect_ok "--version" --version && contains "--version" "downhill "
expect_ok "--help" --help && contains "--help lists train" "train" && contains "--help lists perceptron" "perceptron"
expect_ok "train --help" train --help
for flag in dataset count noise seed data-seed test-ratio csv features label standardize model hidden \
    activation loss optimizer lr momentum rho beta1 beta2 eps schedule schedule-step gamma \
    schedule-patience min-lr batch reg reg-rate dropout patience epochs restarts every json; do
    if ! grep -qE -- "^  --$flag( |$)" "$OUT"; then fail "train --help lists --$flag" "$(cat "$OUT")"; else pass; fi
done
if grep -qE -- '^  --(lr|batch|epochs|hidden|optimizer) .*\(default [^)]+\)' "$OUT"; then pass; else
    fail "train --help shows defaults" "$(cat "$OUT")"; fi
expect_ok "perceptron --help" perceptron --help
for flag in csv features label dataset init lr steps json; do
    if ! grep -qE -- "^  --$flag( |$)" "$OUT"; then fail "perceptron --help lists --$flag" "$(cat "$OUT")"; else pass; fi
done

# ---- train -----------------------------------------------------------------

EXAMPLE=(train --dataset xor --hidden "8,8" --activation tanh --loss bce --optimizer adam --lr 0.01
    --batch 10 --epochs 500 --seed 1 --noise 0.1 --test-ratio 0.5)

expect_ok "example (text)" "${EXAMPLE[@]}" && contains "example (text) epoch line" "epoch   500" &&
    contains "example (text) final line" "done after 500 epochs"

expect_ok "example --json" "${EXAMPLE[@]}" --json && json_check "example --json lines" "
if (lines.length !== 501) bad('expected 500 epoch lines + 1, got ' + lines.length);
lines.slice(0, 500).forEach((l, i) => {
  if (Object.keys(l).join(',') !== '$EPOCH_KEYS') bad('line ' + (i + 1) + ' keys ' + Object.keys(l));
  if (l.epoch !== i + 1) bad('line ' + (i + 1) + ' has epoch ' + l.epoch);
  for (const k of ['train_loss', 'test_loss', 'train_acc', 'test_acc', 'lr'])
    if (typeof l[k] !== 'number') bad('line ' + (i + 1) + ' ' + k + ' = ' + l[k]);
  if (Math.abs(l.lr - 0.01) > 1e-9) bad('lr ' + l.lr);
});
if (last.status !== 'done' || last.epochs !== 500) bad('final ' + JSON.stringify(last));
if ('diverged_epoch' in last) bad('diverged_epoch on a done run');"

expect_ok "xor accuracy" train --dataset xor --hidden 8,8 --optimizer adam --lr 0.01 --epochs 300 --json &&
    json_check "xor final test accuracy >= 0.9" "
if (last.status !== 'done') bad('status ' + last.status);
if (!(last.test_acc >= 0.9)) bad('test_acc ' + last.test_acc);"

run "${EXAMPLE[@]}" --epochs 50 --json
cp "$OUT" "$TMP/a"
run "${EXAMPLE[@]}" --epochs 50 --json
if cmp -s "$OUT" "$TMP/a"; then pass; else fail "same seed gives identical output" "$(diff "$TMP/a" "$OUT" | head)"; fi
run "${EXAMPLE[@]}" --epochs 50 --json --seed 2
if cmp -s "$OUT" "$TMP/a"; then fail "another seed gives different output"; else pass; fi

expect_ok "--every" "${EXAMPLE[@]}" --epochs 25 --every 10 --json && json_check "--every prints every Nth and the last" "
const e = lines.slice(0, -1).map((l) => l.epoch).join(',');
if (e !== '10,20,25') bad('epochs printed: ' + e);"

# A huge step on an unbounded net: the weights overflow to Inf/NaN.
expect_ok "divergence exits 0" train --dataset xor --hidden 8,8 --activation linear \
    --optimizer sgd --lr 1e6 --epochs 50 --json &&
    json_check "divergence ends with status diverged" "
if (last.status !== 'diverged') bad('status ' + JSON.stringify(last));
if (!(last.diverged_epoch >= 1)) bad('diverged_epoch ' + last.diverged_epoch);
if (last.epochs > 50) bad('epochs ' + last.epochs);"
expect_ok "divergence (text)" train --dataset xor --hidden 8,8 --activation linear \
    --optimizer sgd --lr 1e6 --epochs 50 && contains "divergence (text) says so" "diverged in epoch"

expect_ok "early stopping" train --dataset spiral --count 60 --noise 0.5 --hidden 32,32 --optimizer adam \
    --lr 0.05 --epochs 2000 --patience 10 --json && json_check "early stopping ends with early-stopped" "
if (last.status !== 'early-stopped') bad('status ' + JSON.stringify(last));
if (!(last.epochs < 2000)) bad('epochs ' + last.epochs);"
expect_ok "early stopping (text)" train --dataset spiral --count 60 --noise 0.5 --hidden 32,32 --optimizer adam \
    --lr 0.05 --epochs 2000 --patience 10 --every 1000 && contains "early stopping (text) says so" "early stopped after"

expect_ok "restarts" train --dataset xor --hidden 4 --epochs 20 --restarts 3 --json &&
    json_check "restarts: 20 epochs of the best run" "
if (lines.length !== 21) bad('lines ' + lines.length);
if (last.status !== 'done' || last.restarts !== 3 || !(last.best_seed >= 1 && last.best_seed <= 3)) bad(JSON.stringify(last));"

expect_ok "every model kind: logistic" train --dataset gauss --model logistic --epochs 20 --json &&
    json_check "logistic on gauss" "if (last.status !== 'done' || !(last.test_acc > 0.8)) bad(JSON.stringify(last));"
expect_ok "every model kind: softmax" train --dataset blobs3 --model softmax --epochs 20 --json &&
    json_check "softmax on blobs3" "if (last.status !== 'done' || !(last.test_acc > 0.8)) bad(JSON.stringify(last));"
expect_ok "--hidden none picks softmax for 3 classes" train --dataset blobs3 --hidden none --epochs 5
contains "--hidden none model line" "model: softmax"
expect_ok "every model kind: perceptron" train --dataset gauss --model perceptron --lr 0.1 --epochs 20 --json &&
    json_check "perceptron model status" "if (last.status !== 'done') bad(JSON.stringify(last));"
expect_ok "3-class mlp, schedule, l2, dropout" train --dataset spiral3 --hidden 16,16 --activation relu \
    --optimizer momentum --momentum 0.8 --schedule step --schedule-step 5 --gamma 0.5 --reg l2 \
    --reg-rate 0.001 --dropout 0.1 --batch 32 --epochs 12 --json && json_check "step schedule halves lr" "
const lr = lines.slice(0, -1).map((l) => l.lr);
if (lr.length !== 12) bad('lines ' + lr.length);
if (!(Math.abs(lr[0] - 0.03) < 1e-7 && Math.abs(lr[5] - 0.015) < 1e-7 && Math.abs(lr[10] - 0.0075) < 1e-7)) bad('lr ' + lr);"
expect_ok "plateau schedule, rmsprop, l1" train --dataset circle --optimizer rmsprop --rho 0.95 --eps 1e-7 \
    --schedule plateau --schedule-patience 3 --min-lr 0.001 --reg l1 --reg-rate 0.0001 --epochs 10 --json
expect_ok "--test-ratio 0 (no test set)" train --dataset xor --test-ratio 0 --epochs 5 --json &&
    json_check "no test set: test metrics equal train metrics" "
if (last.test_loss !== last.train_loss || last.test_acc !== last.train_acc) bad(JSON.stringify(last));"

# ---- CSV -------------------------------------------------------------------

expect_ok "train --csv --features --label" train --csv "$DATA/admissions.csv" --features test,grades \
    --label admitted --model logistic --lr 0.1 --epochs 200 --json &&
    json_check "csv logistic learns admissions" "if (last.status !== 'done' || !(last.train_acc >= 0.9)) bad(JSON.stringify(last));"
expect_ok "train --csv (text) standardizes" train --csv "$DATA/admissions.csv" --features 1,2 --label 3 --epochs 2
contains "csv header line" "40 points: 20 train, 20 test; 2 features, 2 classes, standardized"
expect_ok "train --csv from stdin" train --csv - --features test,grades --label admitted --epochs 2 --json \
    <"$DATA/admissions.csv"
expect_ok "train --csv says what it read" train --csv "$DATA/admissions.csv" --features 1,2 --label 3 --epochs 1 &&
    contains "csv detection line" "csv: comma-separated, the first row names the columns"

# The course's own headerless file (a small one like it): every row is data,
# the columns are x1, x2, x3 and indices choose them.
expect_ok "headerless csv" train --csv "$DATA/course_headerless.csv" --epochs 1 &&
    contains "headerless: said so" "csv: comma-separated, no header row: columns named x1, x2, …" &&
    contains "headerless: no row lost" "24 points: 12 train, 12 test; 2 features, 2 classes"
expect_ok "headerless csv by index" train --csv "$DATA/course_headerless.csv" --features 0,1 --label 2 \
    --model logistic --lr 0.5 --epochs 200 --json &&
    json_check "headerless csv learns" "if (!(last.train_acc >= 0.9)) bad(JSON.stringify(last));"
expect_ok "headerless csv by name" train --csv "$DATA/course_headerless.csv" --features x2 --label x3 --epochs 1 &&
    contains "one feature" "1 features, 2 classes"
expect_ok "--header yes" train --csv "$DATA/course_headerless.csv" --header yes --epochs 1 &&
    contains "--header yes: said so" "the first row names the columns (as chosen)" &&
    contains "--header yes: one row fewer" "23 points"
# A European spreadsheet's export: BOM, CRLF, semicolons, decimal commas.
expect_ok "semicolons and decimal commas" train --csv "$DATA/semicolon_decimal_comma.csv" --epochs 1 &&
    contains "semicolons: said so" "csv: semicolon-separated, decimal commas, the first row names the columns" &&
    contains "semicolons: every row" "20 points"
printf 'a\tb\ty\n1,5\t2\t0\n3\t4,25\t1\n5\t6\t0\n7\t8\t1\n' >"$TMP/tab.csv"
expect_ok "tab-separated" train --csv "$TMP/tab.csv" --epochs 1 &&
    contains "tabs: said so" "csv: tab-separated, decimal commas, the first row names the columns"
printf 'a,b,y\n1,2,0\n3,4,1\n5,6,0\n7,8,1\n' | iconv -f utf-8 -t utf-16 >"$TMP/utf16.csv"
expect_ok "UTF-16 with a BOM" train --csv "$TMP/utf16.csv" --epochs 1 &&
    contains "UTF-16: said so" "csv: comma-separated, UTF-16LE with a byte-order mark, the first row names the columns"
printf 'x,x,y\n1,2,0\n3,4,1\n5,6,0\n7,8,1\n' >"$TMP/dup.csv"
expect_ok "duplicate names: x_2" perceptron --csv "$TMP/dup.csv" --features x_2 --steps 1 --json &&
    json_check "x_2 is the second column" "if (lines[0].point.join(',') !== '2') bad(JSON.stringify(lines[0]));"
expect_ok "--delimiter semicolon" train --csv "$DATA/semicolon_decimal_comma.csv" --delimiter semicolon --epochs 1 &&
    contains "--delimiter: not detected" "csv: semicolon-separated"

# ---- Kaggle digit-recognizer format ----------------------------------------
# 2,000 real digits (the mnist package) written at test time as Kaggle's
# train.csv is: label,pixel0,...,pixel783 and grey levels 0-255.
if node "$HERE/kaggle_digits.mjs" 2000 "$TMP/digits.csv"; then
    pass
    expect_ok "Kaggle digits: 784-16-16-10" train --csv "$TMP/digits.csv" --label label --hidden 16,16 --epochs 10 &&
        contains "Kaggle digits: header found" "the first row names the columns" &&
        contains "Kaggle digits: 784 pixels, 10 digits" "2000 points: 1000 train, 1000 test; 784 features, 10 classes" &&
        contains "Kaggle digits: the network" "model: mlp 784-16-16-10" &&
        contains "Kaggle digits: 10 epochs" "done after 10 epochs"
    acc=$(sed -n 's/^final weights: .* test loss [0-9.]* acc \([0-9.]*\)$/\1/p' "$OUT")
    # A float32 reference reaches about 85 % on 1,000 training digits.
    if awk -v a="$acc" 'BEGIN { exit !(a != "" && a >= 0.80) }'; then pass; else
        fail "Kaggle digits: test accuracy $acc, expected >= 0.80" "$(tail -n 3 "$OUT")"; fi
    expect_ok "Kaggle digits: chosen pixels by name" train --csv "$TMP/digits.csv" --label label \
        --features pixel350,pixel351,pixel378,pixel379 --epochs 1 &&
        contains "Kaggle digits: 4 of the pixels" "4 features, 10 classes"
else
    fail "kaggle_digits.mjs could not write the digits (is the mnist package installed?)"
fi

# ---- perceptron ------------------------------------------------------------

expect_ok "perceptron lesson step" perceptron --csv "$DATA/lesson_point.csv" --label label --init 3,4,-10 \
    --lr 0.1 --steps 1 && contains "perceptron lesson line" "2.6x1 + 3.5x2 - 10.1 = 0" &&
    contains "perceptron lesson point" "(4, 5) label 0, predicted 1"
expect_ok "perceptron lesson step --json" perceptron --csv "$DATA/lesson_point.csv" --init 3,4,-10 --lr 0.1 \
    --steps 1 --json && json_check "perceptron lesson values" "
const s = lines[0];
if (s.step !== 1 || s.index !== 0 || s.label !== 0 || s.predicted !== 1) bad(JSON.stringify(s));
if (s.point.join(',') !== '4,5') bad('point ' + s.point);
if (!near(s.w[0], 2.6, 1e-6) || !near(s.w[1], 3.5, 1e-6) || !near(s.b, -10.1, 1e-6)) bad('line ' + JSON.stringify(s));
if (last.status !== 'steps_done' || last.steps !== 1) bad(JSON.stringify(last));"

# The second step lands on 2.1999998 in float32; the lesson writes 2.2, and so do we.
expect_ok "perceptron lesson, two steps" perceptron --csv "$DATA/lesson_point.csv" --init 3,4,-10 --lr 0.1 \
    --steps 2 && contains "second step as the lesson writes it" "2.2x1 + 3x2 - 10.2 = 0"
expect_ok "perceptron lesson, two steps --json" perceptron --csv "$DATA/lesson_point.csv" --init 3,4,-10 --lr 0.1 \
    --steps 2 --json && contains "second step in JSON" '"w":[2.2,3],"b":-10.2}'

# The lesson's own single point, in a headerless file: one point, one class.
expect_ok "perceptron on the lesson's one point" perceptron --csv "$DATA/lesson_single.csv" --init 3,4,-10 \
    --lr 0.1 --steps 1 && contains "one point: the move" "(4, 5) label 0, predicted 1 -> 2.6x1 + 3.5x2 - 10.1 = 0" &&
    contains "one point: said so" "(1 point, lr 0.1)"
printf 'x1,x2,label\n4,5,no\n1,1,no\n' >"$TMP/oneclass.csv"
expect_ok "perceptron on one class" perceptron --csv "$TMP/oneclass.csv" --init 3,4,-10 --steps 50 --json &&
    json_check "one class: every point ends below the line" "if (last.status !== 'converged') bad(JSON.stringify(last));"

expect_ok "perceptron converges" perceptron --csv "$DATA/one_point.csv" --init 3,4,-10 --lr 0.1 --steps 100 --json &&
    json_check "perceptron (1,1) converges after exactly 10 steps" "
if (lines.length !== 11) bad('steps printed ' + (lines.length - 1));
if (last.status !== 'converged' || last.steps !== 10 || last.misclassified !== 0) bad(JSON.stringify(last));"
expect_ok "perceptron --steps 10" perceptron --csv "$DATA/one_point.csv" --init 3,4,-10 --lr 0.1 --steps 10 &&
    contains "perceptron says all points classified" "all points classified after 10 steps"
expect_ok "perceptron --steps 9" perceptron --csv "$DATA/one_point.csv" --init 3,4,-10 --lr 0.1 --steps 9 --json &&
    json_check "9 steps are not enough" "if (last.status !== 'steps_done' || last.misclassified !== 1) bad(JSON.stringify(last));"
expect_ok "perceptron on csv --features/--label" perceptron --csv "$DATA/admissions.csv" --features test,grades \
    --label admitted --lr 0.1 --steps 5 --json && json_check "perceptron csv points are (test, grades)" "
if (lines.length !== 6 || lines[0].point.length !== 2 || lines[0].w.length !== 2) bad(JSON.stringify(lines[0]));"
expect_ok "perceptron --dataset and" perceptron --dataset and --lr 0.1 --steps 1000 --json &&
    json_check "perceptron learns AND" "if (last.status !== 'converged') bad(JSON.stringify(last));"
expect_ok "perceptron --dataset or" perceptron --dataset or --steps 1000 && contains "perceptron OR" "all points classified"
expect_ok "perceptron negative coefficients" perceptron --dataset xor4 --init -1,-2,-3 --steps 1
if grep -qE -- '-?[0-9.]+x1 [+-] [0-9.]+x2 [+-] [0-9.]+ = 0' "$OUT"; then pass; else
    fail "perceptron line format" "$(cat "$OUT")"; fi

# ---- bad arguments -----------------------------------------------------------

run
if [ "$RC" -eq 2 ]; then pass; else fail "no command exits 2 (got $RC)"; fi
expect_error "unknown command" 2 "frobnicate|train|perceptron" frobnicate
expect_error "unknown flag" 2 "--frobnicate" train --frobnicate 3
expect_error "perceptron-only flag on train" 2 "--init" train --init 1,2,3
expect_error "missing value" 2 "--lr|needs a value" train --lr
expect_error "stray argument" 2 "xor" train xor
expect_error "--lr abc" 2 "--lr|abc|not a number" train --lr abc
expect_error "--lr 1e309" 2 "--lr|1e309|out of range" train --lr 1e309
expect_error "--lr 1e39 (overflows float)" 2 "--lr|1e39|out of range" train --lr 1e39
expect_error "--lr nan" 2 "--lr|nan|finite" train --lr nan
expect_error "--lr inf" 2 "--lr|inf|finite" train --lr inf
expect_error "--lr 2e6 (over the core limit)" 2 "--lr 2e6|learning rate" train --lr 2e6
expect_error "--lr 0" 2 "--lr|learning rate" train --lr 0
expect_error "--lr -1" 2 "--lr -1|learning rate" train --lr -1
expect_error "--lr=-0.5" 2 "--lr -0.5|learning rate" train --lr=-0.5
expect_error "--batch 0" 2 "--batch 0|batch" train --batch 0
expect_error "--batch -5" 2 "--batch -5|batch" train --batch -5
expect_error "--batch 2.5" 2 "--batch|2.5|not an integer" train --batch 2.5
expect_error "--batch 99999999999" 2 "--batch|99999999999|out of range" train --batch 99999999999
expect_error "--hidden 0" 2 "--hidden 0" train --hidden 0
expect_error "--hidden 100000" 2 "--hidden 100000" train --hidden 100000
expect_error "--hidden 8,257" 2 "--hidden 8,257|256" train --hidden 8,257
expect_error "--hidden 8,,8" 2 "--hidden 8,,8|layer 2 is empty" train --hidden 8,,8
expect_error "--hidden ''" 2 "--hidden|none" train --hidden ""
expect_error "--hidden 9 layers" 2 "--hidden|at most 8" train --hidden 1,1,1,1,1,1,1,1,1
expect_ok "--model mlp --hidden none (no hidden layers)" train --model mlp --hidden none --epochs 2
expect_error "--dataset nope" 2 "--dataset|nope|xor|spiral" train --dataset nope
expect_error "--optimizer nope" 2 "--optimizer|nope|adam|sgd" train --optimizer nope
expect_error "--activation nope" 2 "--activation|nope|tanh" train --activation nope
expect_error "--loss nope" 2 "--loss|nope|squared" train --loss nope
expect_error "--model nope" 2 "--model|nope|mlp" train --model nope
expect_error "--schedule nope" 2 "--schedule|nope|plateau" train --schedule nope
expect_error "--reg nope" 2 "--reg|nope|l2" train --reg nope
expect_error "--standardize maybe" 2 "--standardize|maybe|auto" train --standardize maybe
expect_error "--momentum 1.5" 2 "--momentum 1.5" train --optimizer momentum --momentum 1.5
expect_error "--beta2 1" 2 "--beta2 1" train --beta2 1
expect_error "--eps 0" 2 "--eps 0" train --eps 0
expect_error "--gamma 0" 2 "--gamma 0" train --schedule step --gamma 0
expect_error "--schedule-step 0" 2 "--schedule-step 0" train --schedule step --schedule-step 0
expect_error "--dropout 2" 2 "--dropout 2" train --dropout 2
expect_error "--reg-rate -1" 2 "--reg-rate -1" train --reg l2 --reg-rate -1
expect_error "--patience -1" 2 "--patience -1" train --patience -1
expect_error "--epochs 0" 2 "--epochs|>= 1" train --epochs 0
expect_error "--every 0" 2 "--every|>= 1" train --every 0
expect_error "--seed -1" 2 "--seed|-1" train --seed -1
expect_error "--test-ratio 1" 2 "--test-ratio" train --test-ratio 1
expect_error "--noise 5" 2 "--dataset xor|noise" train --noise 5
expect_error "--count 0" 2 "--dataset xor|count" train --count 0
expect_error "--csv and --dataset" 2 "--csv|--dataset" train --csv "$DATA/admissions.csv" --dataset xor
expect_error "--label without --csv" 2 "--label|--csv" train --label y
expect_error "unreadable file" 1 "--csv|$TMP/missing.csv|No such file" train --csv "$TMP/missing.csv"
expect_error "directory as csv" 1 "--csv|$TMP" train --csv "$TMP"
expect_error "bad csv cell" 1 "bad.csv|row 3" train --csv "$DATA/bad.csv"
expect_error "unknown csv column" 1 "admissions.csv|nope" train --csv "$DATA/admissions.csv" --label nope
: >"$TMP/empty.csv"
expect_error "empty csv" 1 "empty.csv" train --csv "$TMP/empty.csv"
# 129 MiB without writing it: the size is refused before a byte is read.
truncate -s $((129 * 1024 * 1024)) "$TMP/huge.csv"
expect_error "csv over the size limit" 1 "huge.csv|135266304 bytes|limit (128 MiB)" train --csv "$TMP/huge.csv"
expect_error "perceptron without data" 2 "--csv|--dataset" perceptron --steps 3
expect_error "perceptron --init count" 2 "--init|3 numbers" perceptron --dataset and --init 1,2
expect_error "perceptron --init abc" 2 "--init|abc" perceptron --dataset and --init 1,abc,3
expect_error "perceptron --lr 0" 2 "perceptron|rate" perceptron --dataset and --lr 0
expect_error "perceptron --steps 0" 2 "--steps|>= 1" perceptron --dataset and --steps 0
expect_error "perceptron on 3 classes" 2 "perceptron|2 classes" perceptron --dataset blobs3 --steps 3
expect_error "perceptron unknown flag" 2 "--epochs" perceptron --dataset and --epochs 3

# ---- regression ------------------------------------------------------------

# A 2-8-1 net on the plane: the targets' variance is 60/81 ≈ 0.74 and the
# noise 0.1 floor 0.0025; the test MSE must fall below 0.02.
expect_ok "train plane" train --dataset plane --hidden 8 --optimizer adam --lr 0.02 --epochs 50 --every 50 &&
    contains "train plane data line" "a continuous target" && contains "train plane loss" "squared loss" &&
    contains "train plane epoch line" "test MSE"
if mse=$(sed -n 's/^final weights: train MSE [0-9.]*, test MSE \([0-9.]*\)$/\1/p' "$OUT") && [ -n "$mse" ] &&
    node -e "process.exit(Number(process.argv[1]) < 0.02 ? 0 : 1)" "$mse"; then pass; else
    fail "train plane: test MSE below 0.02" "$(cat "$OUT")"; fi
expect_ok "train gauss-regression --json" train --dataset gauss-regression --epochs 2 --json &&
    contains "gauss-regression json has no accuracy" '"test_acc":null'
expect_error "train perceptron on plane" 2 "perceptron|continuous target" train --dataset plane --model perceptron
expect_error "perceptron on plane" 2 "perceptron|continuous target" perceptron --dataset plane --steps 3

summary
