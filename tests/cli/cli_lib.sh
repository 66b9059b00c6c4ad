# cli_lib.sh — what the tests/cli suites share: a scratch directory, the
# pass/fail counters and the run/expect helpers. Sourced after BIN is set:
#
#   BIN=${1:?usage: ...}
#   . "$(dirname "${BASH_SOURCE[0]}")/cli_lib.sh"
#
# Ends with `summary`, which prints "N passed, M failed" and sets the status.
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DATA=$HERE/data
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

passed=0
failed=0
OUT=$TMP/out
ERR=$TMP/err
RC=0

pass() { passed=$((passed + 1)); }
fail() {
    failed=$((failed + 1))
    echo "FAIL: $1" >&2
    if [ -n "${2-}" ]; then printf '%s\n' "$2" | head -n 15 | sed 's/^/    /' >&2; fi
}

# run ARGS...: run the binary, keep stdout in $OUT, stderr in $ERR, status in $RC.
run() {
    "$BIN" "$@" >"$OUT" 2>"$ERR"
    RC=$?
}

# A crash is a signal (status >= 128) or a sanitizer report.
crashed() {
    [ "$RC" -ge 128 ] || grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:' "$ERR"
}

# expect_ok NAME ARGS...: status 0, nothing on stderr.
expect_ok() {
    local name=$1
    shift
    run "$@"
    if [ "$RC" -ne 0 ] || crashed; then
        fail "$name: exit $RC" "$(cat "$ERR")"
        return 1
    fi
    pass
}

# expect_error NAME CODE "WORD1|WORD2|..." ARGS...: exit CODE, one stderr line
# starting "downhill: " that contains every WORD (fixed strings), nothing on stdout.
expect_error() {
    local name=$1 code=$2 words=$3
    shift 3
    run "$@"
    local msg
    msg=$(cat "$ERR")
    if crashed; then
        fail "$name: crashed (exit $RC)" "$msg"
        return
    fi
    if [ "$RC" -ne "$code" ]; then
        fail "$name: exit $RC, expected $code" "$msg"
        return
    fi
    if [ "$(wc -l <"$ERR")" -ne 1 ] || [[ $msg != "downhill: "* ]]; then
        fail "$name: stderr is not one 'downhill: ' line" "$msg"
        return
    fi
    local IFS='|' w
    for w in $words; do
        if [[ $msg != *"$w"* ]]; then
            fail "$name: message lacks '$w'" "$msg"
            return
        fi
    done
    if [ -s "$OUT" ]; then
        fail "$name: printed to stdout on error" "$(cat "$OUT")"
        return
    fi
    pass
}

# json_check NAME SCRIPT: run node SCRIPT with `lines` = the JSON objects of
# $OUT (every line must parse); SCRIPT throws (or calls bad(msg)) to fail.
json_check() {
    local name=$1 script=$2 res
    if ! res=$(node -e "
const fs = require('fs');
const text = fs.readFileSync(process.argv[1], 'utf8');
const raw = text.split('\n').filter((l) => l.length > 0);
const lines = raw.map((l, i) => { try { return JSON.parse(l); } catch (e) { throw new Error('line ' + (i + 1) + ' is not JSON: ' + l); } });
const last = lines[lines.length - 1];
function bad(msg) { throw new Error(msg); }
function near(a, b, tol) { return typeof a === 'number' && Math.abs(a - b) <= tol; }
$script
" "$OUT" 2>&1); then
        fail "$name" "$res"
        return 1
    fi
    pass
}

# contains NAME TEXT: $OUT contains TEXT (fixed string).
contains() {
    if grep -qF -- "$2" "$OUT"; then pass; else fail "$1: output lacks '$2'" "$(head -n 5 "$OUT")"; fi
}

# summary: the last line of a suite, and its exit status.
summary() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
