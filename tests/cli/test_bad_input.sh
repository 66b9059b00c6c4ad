#!/usr/bin/env bash
# test_bad_input.sh — the catalogue of bad command lines and bad files for the
# native `downhill` command (test_cli.sh covers the common flag errors; these
# are the rest). Each case checks the exit status, that stderr is one
# "downhill: " line holding the words a user needs (the flag, the value, what
# is allowed), that nothing reached stdout, and that a good run right after
# still works.
#
#   bash tests/cli/test_bad_input.sh path/to/downhill
set -u

BIN=${1:?usage: test_bad_input.sh path/to/downhill}
. "$(dirname "${BASH_SOURCE[0]}")/cli_lib.sh"

GOOD=(train --dataset xor --count 40 --hidden 3 --epochs 2 --json)

# refused NAME CODE "WORD1|WORD2" ARGS...: expect_error, then GOOD exits 0.
refused() {
    local name=$1
    expect_error "$@"
    run "${GOOD[@]}"
    if [ "$RC" -ne 0 ] || crashed || ! grep -q '"status":"done"' "$OUT"; then
        fail "$name: the good run after it failed (exit $RC)" "$(cat "$ERR")"
    else
        pass
    fi
}

# ---- flags -------------------------------------------------------------------

refused "single-dash flag" 2 "'-lr'|options start with --" train -lr 0.1
refused "a bare --" 2 "'--'|options start with --" train --
refused "switch given a value" 2 "--json takes no value" train --json=1
refused "--lr= (empty)" 2 "--lr: ''|not a number" train --lr=
refused "--lr with a leading space" 2 "--lr: ' 1'|not a number" train --lr " 1"
refused "--lr hexadecimal" 2 "--lr: '0x10'|not a decimal number" train --lr 0x10
refused "--lr 1e-45 underflows float32" 2 "--lr: '1e-45'|out of range" train --lr 1e-45
refused "--lr 1e7 over the core limit" 2 "--lr 1e7|at most 1e6" train --lr 1e7
refused "--batch 1e3 (not an integer)" 2 "--batch: '1e3'|not an integer" train --batch 1e3
refused "--batch=" 2 "--batch: ''|not an integer" train --batch=
refused "--hidden -3" 2 "--hidden -3|between 1 and 256 units|got -3" train --hidden -3
refused "--hidden 8, (trailing comma)" 2 "--hidden 8,|layer 2 is empty" train --hidden 8,
refused "--hidden ,8 (leading comma)" 2 "--hidden ,8|layer 1 is empty" train --hidden ,8
refused "--hidden abc" 2 "--hidden|'abc'|not an integer" train --hidden abc
refused "--epochs 99999999999" 2 "--epochs|99999999999|out of range" train --epochs 99999999999
refused "--restarts 1001" 2 "--restarts|1 to 1000|1001" train --restarts 1001
refused "--seed 1e3" 2 "--seed|'1e3'|not a seed" train --seed 1e3
refused "--seed past 2^64" 2 "--seed|out of range" train --seed 99999999999999999999999
refused "--dataset XOR (case)" 2 "--dataset 'XOR'|unknown dataset|xor, circle" train --dataset XOR
refused "--dataset ''" 2 "--dataset ''|valid: xor, circle" train --dataset ""
refused "--count 100001" 2 "--count 100001|between 1 and 100000" train --count 100001
refused "--count 1 leaves no training points" 2 "--test-ratio 0.5|no training points out of 1" train --count 1
refused "--test-ratio nan" 2 "--test-ratio|'nan'|finite" train --test-ratio nan
refused "--test-ratio -0.1" 2 "--test-ratio -0.1|at least 0 and below 1" train --test-ratio -0.1
refused "--dropout nan" 2 "--dropout|'nan'|finite" train --dropout nan
refused "--min-lr -1" 2 "--min-lr -1|min_lr|>= 0" train --schedule plateau --min-lr -1
refused "--schedule-patience 0" 2 "--schedule-patience 0|patience|>= 1" train --schedule plateau --schedule-patience 0
refused "--standardize ON (case)" 2 "--standardize 'ON'|auto, on or off" train --standardize ON
refused "--model logistic on 3 classes" 2 "logistic|2 classes|3|softmax" train --model logistic --dataset blobs3
refused "--model perceptron on 3 classes" 2 "perceptron|2 classes|3" train --model perceptron --dataset spiral3
refused "--count with --csv" 2 "--count and --noise|--dataset" train --csv "$DATA/admissions.csv" --count 10

# ---- perceptron ----------------------------------------------------------------

refused "perceptron --lr nan" 2 "--lr|'nan'|finite" perceptron --dataset and --lr nan
refused "perceptron --lr -1" 2 "perceptron --lr -1|learning rate|> 0" perceptron --dataset and --lr -1
refused "perceptron --init with nan" 2 "--init|'nan'|finite" perceptron --dataset and --init 1,2,nan
refused "perceptron --init 1e39" 2 "--init|'1e39'|out of range" perceptron --dataset and --init 1e39,0,0
refused "perceptron --init too many" 2 "--init 1,2,3,4|3 numbers" perceptron --dataset and --init 1,2,3,4

# ---- files -----------------------------------------------------------------------

printf 'a,b\n1,0\n2,1\n' | iconv -f utf-8 -t utf-16 | head -c 13 >"$TMP/utf16.csv"
printf 'PK\003\004\024\000\006\000' >"$TMP/zip.csv"
printf ',0,1,2\n0,0.5,0.25,1\n1,0.75,0.5,0\n' >"$TMP/pandas.csv"
printf 'x,y,label\n1,2,0\n3,4\0,1\n' >"$TMP/nul.csv"
printf 'a,a,y\n1,2,0\n3,4,1\n' >"$TMP/dup.csv"
printf 'a,b,y\n' >"$TMP/header.csv"
printf 'a,b,y\n1,2,0\n3,4\n' >"$TMP/ragged.csv"
printf 'a,y\n1,yes\n2,yes\n' >"$TMP/oneclass.csv"
printf 'a,y\n1e39,0\n2,1\n' >"$TMP/huge.csv"
printf 'a,y\nNaN,0\n2,1\n' >"$TMP/nan.csv"
printf 'a,b,y\n1,2,0\n3,4,1\n5,6,2\n' >"$TMP/three.csv"
refused "a path through a file" 1 "--csv|$DATA/admissions.csv/x|Not a directory" train --csv "$DATA/admissions.csv/x"
refused "empty stdin" 1 "-: the CSV text is empty" train --csv - </dev/null
refused "UTF-16 file cut short" 1 "utf16.csv|UTF-16|middle of a character" train --csv "$TMP/utf16.csv"
refused "NUL byte" 1 "nul.csv|this file is not text: row 3 holds the control byte 0x00" train --csv "$TMP/nul.csv"
refused "a ZIP renamed .csv" 1 "zip.csv|not text but a ZIP archive|save the sheet as CSV" train --csv "$TMP/zip.csv"
refused "an index that is also a name" 1 "pandas.csv|label column \"2\" is ambiguous|#3 or #2" train --csv "$TMP/pandas.csv" --label 2
refused "--header maybe" 2 "--header 'maybe'|auto, yes or no" train --csv "$DATA/admissions.csv" --header maybe
refused "--delimiter pipe" 2 "--delimiter 'pipe'|comma, semicolon or tab" train --csv "$DATA/admissions.csv" --delimiter pipe
refused "--header without --csv" 2 "--header|only apply with --csv" train --header no
refused "duplicate column chosen by name" 1 "dup.csv|two columns named \"a\"|index|\"a_2\"" train --csv "$TMP/dup.csv" --features a
refused "header only" 1 "header.csv|no data rows" train --csv "$TMP/header.csv"
refused "ragged row" 1 "ragged.csv|row 3 has 2 fields but the header has 3 columns" train --csv "$TMP/ragged.csv"
refused "one class" 1 "oneclass.csv|only one class (\"yes\")|at least 2" train --csv "$TMP/oneclass.csv"
refused "1e39 in a cell" 1 "huge.csv|row 2, column \"a\"|out of range" train --csv "$TMP/huge.csv"
refused "NaN in a cell" 1 "nan.csv|row 2, column \"a\"|\"NaN\" is not a finite number" train --csv "$TMP/nan.csv"
refused "label column index out of range" 1 "admissions.csv|label column index 99 is out of range|5 columns" train --csv "$DATA/admissions.csv" --label 99
refused "a year as the label" 1 "row 4, column \"year\"|integer label 2023 is too large|0 to 99" train --csv "$DATA/admissions.csv" --label year
refused "perceptron on a csv with 3 classes" 2 "perceptron|2 classes|3" perceptron --csv "$TMP/three.csv"

# A diverged run is a result, not an error: exit 0, the status says what to do.
expect_ok "lr 1e6 diverges (exit 0)" train --dataset xor --hidden 8 --activation linear --lr 1e6 --epochs 5 &&
    contains "diverged run says so" "diverged in epoch 1" && contains "diverged run says what to try" "try a smaller --lr"

summary
