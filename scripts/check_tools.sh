#!/usr/bin/env bash
# The tools that hold the line (issue 16 item 7): `ruff check src tests bench scripts` and `mypy` (configured in
# pyproject.toml: [tool.ruff], [tool.mypy]), with their error counts per file and in total.
# Exit status: 0 when both are clean, 1 otherwise. Run from anywhere in the repository; uses the
# ruff and mypy on PATH (the test extra installs them: pip install -e '.[test]').
# Formatting (`ruff format --check`) is left out: it is a separate, whole-tree step.
set -uo pipefail
cd "$(dirname "$0")/.."

status=0

echo "== ruff check src tests bench scripts"
ruff_out=$(ruff check src tests bench scripts --output-format concise 2>&1)
ruff_rc=$?
ruff_lines=$(printf '%s\n' "$ruff_out" | grep -E '^[^ ]+\.py:[0-9]+:[0-9]+: ' || true)
if [ -n "$ruff_lines" ]; then
    printf '%s\n' "$ruff_lines" | cut -d: -f1 | sort | uniq -c | sort -rn
    echo "-- by rule"
    ruff check src tests bench scripts --statistics 2>&1 | grep -E '^ *[0-9]+' || true
fi
ruff_count=$(printf '%s' "$ruff_lines" | grep -c . || true)
echo "ruff: ${ruff_count} error(s)"
[ "$ruff_rc" -eq 0 ] || status=1

echo
echo "== mypy"
mypy_out=$(mypy 2>&1)
mypy_rc=$?
mypy_lines=$(printf '%s\n' "$mypy_out" | grep -E '^[^ ]+\.py:[0-9]+: error: ' || true)
if [ -n "$mypy_lines" ]; then
    printf '%s\n' "$mypy_lines" | cut -d: -f1 | sort | uniq -c | sort -rn
fi
printf '%s\n' "$mypy_out" | tail -n 1
mypy_count=$(printf '%s' "$mypy_lines" | grep -c . || true)
echo "mypy: ${mypy_count} error(s)"
[ "$mypy_rc" -eq 0 ] || status=1

echo
echo "total: ruff ${ruff_count}, mypy ${mypy_count}"
exit "$status"
